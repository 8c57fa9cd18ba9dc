"""Pairing a village with its district office by files on a USB stick, both ways.

1. The village writes an enrolment request (profile, site id, public key), signed with its key.
2. The district reads it, assigns or confirms the library code, and writes an answer (its own site
   id and public key, the code), signed with the district key.
3. The village reads the answer. Both screens show both fingerprints so the two librarians can
   compare them by phone: a tampered file shows a different fingerprint.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import auth, profile
from ..errors import Conflict, Refused, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..practice.library import require_real
from ..service import Library
from ..store import write as store
from ..store.files import write_bytes
from ..store.models import Staff, SyncPeer
from . import keys
from .changes import canonical_json

REQUEST = "pustaka-enrolment-request"
ANSWER = "pustaka-enrolment-answer"
FORMAT = 1
MAX_FILE = 1 << 20  # a real enrolment file is about 1 KB


def _signed(lib: Library, body: dict[str, Any]) -> bytes:
    import base64

    sig = base64.b64encode(keys.sign(lib, canonical_json(body))).decode()
    return json.dumps({**body, "signature": sig}, ensure_ascii=False, indent=1).encode()


def _read(path: str | Path, kind: str) -> dict[str, Any]:
    import base64

    try:
        if Path(path).stat().st_size > MAX_FILE:
            raise ValueError("too large")
        doc = json.loads(Path(path).read_bytes())
        sig = base64.b64decode(doc.pop("signature"))
        if doc.get("type") != kind or doc.get("format") != FORMAT:
            raise ValueError
        signer = doc["public_key"] if kind == REQUEST else doc["district"]["public_key"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):  # deep nesting too
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a Pustaka enrolment file of the right kind."),
                              path=str(path)) from None
    if not keys.verify(signer, sig, canonical_json(doc)):
        raise Refused(QT_TRANSLATE_NOOP("Errors", "The enrolment file {path} has been altered (bad signature)."),
                      reason="bad-signature", path=str(path))
    return doc


def make_request(lib: Library, by: Staff, path: str | Path) -> str:
    """Write the village's request; returns this site's fingerprint to read out on the phone."""
    auth.require(by, "sync.manage")
    require_real(lib)  # a practice library never travels
    keys.require_genuine(lib)
    p = lib.profile
    body = {"type": REQUEST, "format": FORMAT, "site": lib.site_id, "kind": p.kind, "name": p.name, "code": p.code,
            "village": p.village, "kecamatan": p.kecamatan, "kabupaten": p.kabupaten, "npp": p.npp,
            "public_key": keys.public_key_b64(lib), "made_at": lib.clock.now().isoformat()}
    write_bytes(path, _signed(lib, body))
    auth.audit(lib, by, "sync.enrol_request", "site", lib.site_id)
    return keys.own_fingerprint(lib)


def read_request(path: str | Path) -> dict[str, Any]:
    """The request's contents and fingerprint, to show before accepting."""
    doc = _read(path, REQUEST)
    return {**doc, "fingerprint": keys.fingerprint(doc["public_key"])}


def accept_request(lib: Library, by: Staff, path: str | Path, answer_path: str | Path,
                   code: str | None = None) -> SyncPeer:
    """District side: register the village (or re-key it) and write the answer file."""
    auth.require(by, "sync.manage")
    require_real(lib)  # a practice library never travels
    if not lib.is_district:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "Only a district office can accept enrolment requests."),
                      reason="not-district")
    keys.require_genuine(lib)
    doc = _read(path, REQUEST)
    if doc["site"] == lib.site_id:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "A library cannot enrol itself."), reason="self")
    code = profile.clean_profile({"code": code or doc["code"]})["code"]
    clash = SyncPeer.get_or_none((SyncPeer.code == code) & (SyncPeer.site != doc["site"])
                                 & (SyncPeer.status != "revoked"))
    if clash is not None:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "The library code {code} is already used by {name}."),
                       code=code, name=clash.name)
    with lib.transaction():
        peer = _trust(lib, doc["site"], {"kind": "village", "code": code, "name": doc["name"],
                                         "kabupaten": doc.get("kabupaten", ""), "public_key": doc["public_key"]})
        p = lib.profile
        body = {"type": ANSWER, "format": FORMAT, "village_site": doc["site"], "code": code,
                "district": {"site": lib.site_id, "name": p.name, "code": p.code, "kabupaten": p.kabupaten,
                             "public_key": keys.public_key_b64(lib)},
                "made_at": lib.clock.now().isoformat()}
        write_bytes(answer_path, _signed(lib, body))
        auth.audit(lib, by, "sync.enrol_accept", "site", doc["site"], code=code, name=doc["name"])
    return peer


def _trust(lib: Library, site: str, fields: dict[str, Any]) -> SyncPeer:
    """The partner ``site`` enrolled (again): active, with the key and names just exchanged. One enrolled
    again gets a whole snapshot with its next bundle."""
    peer = SyncPeer.get_or_none(SyncPeer.site == site)
    if peer is None:
        return SyncPeer.create(site=site, enrolled_at=lib.clock.now(), status="active", **fields)
    for key, value in {**fields, "status": "active", "snapshot_sent": False}.items():
        setattr(peer, key, value)
    peer.save()
    return peer


def read_answer(path: str | Path) -> dict[str, Any]:
    doc = _read(path, ANSWER)
    return {**doc, "fingerprint": keys.fingerprint(doc["district"]["public_key"])}


def finish(lib: Library, by: Staff, path: str | Path) -> SyncPeer:
    """Village side: trust the district named in the answer; adopt the code it assigned."""
    auth.require(by, "sync.manage")
    require_real(lib)  # a practice library never travels
    keys.require_genuine(lib)
    doc = _read(path, ANSWER)
    if doc["village_site"] != lib.site_id:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "This enrolment answer is meant for another library."),
                      reason="wrong-receiver")
    district = doc["district"]
    with lib.transaction():
        peer = _trust(lib, district["site"], {"kind": "district", "code": district["code"], "name": district["name"],
                                              "kabupaten": district.get("kabupaten", ""),
                                              "public_key": district["public_key"]})
        if doc["code"] != lib.profile.code:
            store.update(lib, lib.profile, code=doc["code"])
        auth.audit(lib, by, "sync.enrol_finish", "site", district["site"], code=doc["code"])
    return peer


def revoke(lib: Library, by: Staff, site: str) -> None:
    """Bundles from a revoked site are refused (a stolen PC, a closed library)."""
    auth.require(by, "sync.manage")
    peer = SyncPeer.get_or_none(SyncPeer.site == site)
    if peer is None:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "Unknown library site {site}."), reason="unknown-site", site=site)
    with lib.transaction():
        peer.status = "revoked"
        peer.revoked_at = lib.clock.now()
        peer.save()
        if lib.is_district:  # a closed village leaves the union catalogue, its counts and the pack
            from . import union_rebuild

            union_rebuild.withdraw_site(lib, site)
        auth.audit(lib, by, "sync.revoke", "site", site, code=peer.code)


def set_member_sharing(lib: Library, by: Staff, site: str, full: bool, consent_note: str = "") -> None:
    """Opt in (with the consent recorded) or out of sending full member records to ``site``."""
    auth.require(by, "sync.manage")
    peer = SyncPeer.get_or_none(SyncPeer.site == site)
    if peer is None:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "Unknown library site {site}."), reason="unknown-site", site=site)
    if full and not consent_note.strip():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Write down who agreed to share full member records, and when (the consent)."),
            field="consent")
    with lib.transaction():
        peer.full_members = full
        peer.consent_note = consent_note.strip() if full else ""
        peer.save()
        auth.audit(lib, by, "sync.member_sharing", "site", site, full=full, consent=consent_note.strip())
