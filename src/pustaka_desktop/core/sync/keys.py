"""This site's Ed25519 key pair and the check that a database is not a copy pretending to be the
original site.

The private key lives in a folder beside the database (``<db>-keys/site.key``), never in the
database itself, never in a bundle and never in a log. ``instance.json`` beside it names the site id
and a random instance token that the database also holds; a database copied or restored elsewhere
no longer matches its key folder, and sync refuses until a librarian says what it is.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import platform
import secrets
import uuid
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .. import auth
from ..errors import Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..service import SITE_KEY, Library
from ..settings import get_setting, set_setting
from ..store import paths
from ..store.files import write_bytes
from ..store.models import ChangeLog, Setting, Staff, SyncPeer

INSTANCE_SETTING = "sync_instance"


def key_dir(lib: Library) -> Path:
    return paths.key_dir(Path(lib.path))


def _key_path(lib: Library) -> Path:
    return key_dir(lib) / "site.key"


def _instance_path(lib: Library) -> Path:
    return key_dir(lib) / "instance.json"


def _where(lib: Library) -> dict[str, str]:
    return {"path": str(lib.path.resolve()), "host": platform.node()}


def ensure_identity(lib: Library) -> None:
    """Create the key pair and the instance token the first time sync is used on this database."""
    if _key_path(lib).exists() or get_setting(INSTANCE_SETTING):
        return
    key_dir(lib).mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    write_bytes(_key_path(lib), pem)
    try:
        os.chmod(_key_path(lib), 0o600)
    except OSError:
        pass
    _write_instance(lib)


def _write_instance(lib: Library) -> None:
    token = secrets.token_hex(16)
    info = {"site": lib.site_id, "token": token, **_where(lib)}
    sent = _on_disk(lib).get("sent")
    if sent:
        info["sent"] = sent  # what this site has already sent survives a renewed token
    write_bytes(_instance_path(lib), json.dumps(info, indent=1).encode())
    set_setting(INSTANCE_SETTING, info)


def instance_problem(lib: Library) -> str:
    """'' when this database is the site its keys belong to; otherwise a short reason code:
    ``no-keys`` (the key folder is missing: copied or restored database), ``moved`` (the database
    or its PC changed), ``mismatch`` (the key folder belongs to another database)."""
    stored = get_setting(INSTANCE_SETTING)
    if stored is None:
        return ""  # sync never used here: the identity is created on first use
    if not _key_path(lib).exists() or not _instance_path(lib).exists():
        return "no-keys"
    try:
        on_disk = json.loads(_instance_path(lib).read_text())
    except (OSError, ValueError):
        return "mismatch"
    if on_disk.get("site") != lib.site_id or stored.get("site") != lib.site_id:
        return "mismatch"
    if on_disk.get("token") != stored.get("token"):
        same_place = on_disk.get("path") == _where(lib)["path"] and on_disk.get("host") == _where(lib)["host"]
        # same site, same file, same PC, older token: an older state of this very database was put back
        # (a restored backup); anywhere else it is a copy
        return "restored" if same_place else "mismatch"
    if on_disk.get("path") != _where(lib)["path"] or on_disk.get("host") != _where(lib)["host"]:
        return "moved"
    return ""


# What ``instance_problem`` found, said in words (the code alone, "(moved)", stood in the sentence untranslated)
_LOOKS_COPIED = {
    "no-keys": QT_TRANSLATE_NOOP(
        "Errors", "This database looks like a copy or a restored backup: the folder of its sync keys is not beside it. "
                  "Before it syncs, a librarian must confirm it is the original library, or make it a new site."),
    "moved": QT_TRANSLATE_NOOP(
        "Errors", "This database looks like a copy or a restored backup: it is in another folder or on another PC than "
                  "when it last synced. Before it syncs, a librarian must confirm it is the original library, or make "
                  "it a new site."),
    "mismatch": QT_TRANSLATE_NOOP(
        "Errors", "This database looks like a copy or a restored backup: the sync keys beside it belong to another "
                  "database. Before it syncs, a librarian must confirm it is the original library, or make it a new "
                  "site."),
}


def require_genuine(lib: Library) -> None:
    from ..store.move import moved_away

    gone = moved_away(lib)
    if gone:
        raise Refused(QT_TRANSLATE_NOOP(
            "Errors", "This library was moved to another PC on {date} ({file}). Sync from the new PC: two PCs must "
                      "never send bundles as one library."), reason="moved-away", date=str(gone.get("at", ""))[:10],
            file=gone.get("file", ""))
    problem = instance_problem(lib)
    if problem == "restored":
        rebase(lib, int((_on_disk(lib).get("sent") or {}).get("seq", 0) or 0), "restore-detected")
        problem = instance_problem(lib)
    if problem:
        raise Refused(_LOOKS_COPIED.get(problem, _LOOKS_COPIED["mismatch"]), reason="copied-database", problem=problem)
    ensure_identity(lib)
    check_restored(lib)


# --- a database restored from an older backup (or an older copy put back) --------------------------
#
# Beside the keys, outside the database, ``instance.json`` remembers the newest change this site has
# put into a bundle (its sequence number and version stamp). A database that no longer holds that
# exact change went back in time: its next changes would reuse sequence numbers the partners have
# already acknowledged, and would never be sent. ``check_restored`` notices it and re-bases.


def _on_disk(lib: Library) -> dict:
    try:
        info = json.loads(_instance_path(lib).read_text())
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def _own_max_seq(lib: Library) -> int:
    from peewee import fn

    return ChangeLog.select(fn.MAX(ChangeLog.seq)).where(ChangeLog.origin == lib.site_id).scalar() or 0


def note_sent(lib: Library, high: int) -> None:
    """Called before a bundle with this site's changes up to ``high`` is written: remember it."""
    if high <= 0:
        return
    version = ChangeLog.select(ChangeLog.version).where(
        (ChangeLog.origin == lib.site_id) & (ChangeLog.seq == high)).scalar()
    info = _on_disk(lib)
    if not info or not version or int((info.get("sent") or {}).get("seq", 0) or 0) > high:
        return
    info["sent"] = {"seq": high, "version": version}
    write_bytes(_instance_path(lib), json.dumps(info, indent=1).encode())


def restored_behind(lib: Library) -> int:
    """0 when this database still holds the newest change it ever sent; otherwise that change's
    sequence number (the database was restored from an older backup, or an older copy put back)."""
    sent = _on_disk(lib).get("sent")
    if not isinstance(sent, dict) or not sent.get("seq"):
        return 0
    seq = int(sent["seq"])
    version = ChangeLog.select(ChangeLog.version).where(
        (ChangeLog.origin == lib.site_id) & (ChangeLog.seq == seq)).scalar()
    return 0 if version == sent.get("version") else seq


def rebased_at(lib: Library) -> int:
    """The sequence number of the newest re-base marker (0: never restored)."""
    from peewee import fn

    return ChangeLog.select(fn.MAX(ChangeLog.seq)).where(
        (ChangeLog.origin == lib.site_id) & (ChangeLog.entity == "_clock") & (ChangeLog.op == "restore")).scalar() or 0


def check_restored(lib: Library) -> bool:
    """Re-base when this database went back in time; True when it did."""
    behind = restored_behind(lib)
    if behind:
        rebase(lib, behind, "restore-detected")
    return bool(behind)


def rebase(lib: Library, floor: int, why: str) -> None:
    """After a restore: number the next changes above ``floor`` (every sequence a partner may already
    hold), send every partner a full snapshot next time (so whatever the database holds reaches it
    again), and renew the instance token. Nothing counts as acknowledged that the partner did not
    receive: a stale acknowledgement can only reach numbers below the new changes."""
    with lib.transaction():
        seq = max(floor, _own_max_seq(lib)) + 1
        version = lib.hlc.tick()
        ChangeLog.create(origin=lib.site_id, seq=seq, entity="_clock", row_uid="", op="restore", version=version,
                         fields="", at=lib.clock.now())
        SyncPeer.update(acked_seq=0, snapshot_sent=False).execute()
        info = _on_disk(lib)
        if info:
            info["sent"] = {"seq": seq, "version": version}
            write_bytes(_instance_path(lib), json.dumps(info, indent=1).encode())
        if _key_path(lib).exists():
            _write_instance(lib)
        auth.audit(lib, "", "sync.restore_detected", "site", lib.site_id, reason=why, floor=floor, next_seq=seq + 1)


def resolve_copy(lib: Library, by: Staff, keep_site: bool) -> str:
    """After a copy/restore was detected: ``keep_site`` = this IS the original library (e.g. restored
    after a disk failure; the old PC must not sync any more); otherwise it becomes a new site with a
    new key and must be enrolled again. Returns the (possibly new) site id."""
    auth.require(by, "sync.manage")
    with lib.transaction():
        if keep_site and _key_path(lib).exists():
            _write_instance(lib)
        else:
            if not keep_site:
                new_site = str(uuid.uuid4())
                Setting.update(value=json.dumps(new_site)).where(Setting.key == SITE_KEY).execute()
                lib.site_id = new_site
                lib.hlc._site = new_site
                SyncPeer.delete().execute()  # a new site has no partners until enrolled again
            for name in ("site.key", "instance.json"):
                (key_dir(lib) / name).unlink(missing_ok=True)
            Setting.delete().where(Setting.key == INSTANCE_SETTING).execute()
            ensure_identity(lib)
        auth.audit(lib, by, "sync.resolve_copy", "site", lib.site_id, keep_site=keep_site)
    return lib.site_id


def _private(lib: Library) -> Ed25519PrivateKey:
    ensure_identity(lib)
    key = serialization.load_pem_private_key(_key_path(lib).read_bytes(), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def public_key_b64(lib: Library) -> str:
    raw = _private(lib).public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def fingerprint(public_b64: str) -> str:
    """Short enough to read aloud on the phone: 8 groups of 4 hex digits of SHA-256(public key)."""
    digest = hashlib.sha256(base64.b64decode(public_b64)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def own_fingerprint(lib: Library) -> str:
    return fingerprint(public_key_b64(lib))


def sign(lib: Library, data: bytes) -> bytes:
    return _private(lib).sign(data)


def verify(public_b64: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64)).verify(signature, data)
        return True
    except (InvalidSignature, ValueError, TypeError):  # TypeError: a key that is not text (altered file)
        return False
