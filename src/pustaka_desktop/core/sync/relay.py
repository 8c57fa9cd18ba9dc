"""The district hub's side of sync over the network (``pustaka-cli hub serve``): bundles arrive in
pieces that survive a dropped connection, are checked whole and imported exactly like a bundle from a USB
stick; each village fetches its own bundles back the same way.

Files live beside the district database, in ``<name>-hub/``:
- ``incoming/<site>/<bundle>.part`` — a bundle being uploaded; it grows piece by piece, and an upload
  that broke off resumes from its size. Only when it is complete, and its SHA-256 is the one the village
  announced, is it moved to ``inbox/`` and imported (the village learns the result in the same answer:
  nothing counts as delivered before the hub stored, verified and applied the whole bundle).
- ``outbox/<site>/<bundle>`` — what the hub made for that village; deleted when the village says it
  imported it.
A bundle that arrives twice (over the network and on a stick) is applied once: the importer knows its id.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import PustakaError, Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.faults import explain
from ..store.models import Staff, SyncPeer
from ..store.postgres_errors import DistrictDatabaseError
from . import export, wire
from .importer import import_bundle

NAME = wire.BUNDLE_NAME
MAX_BUNDLE = 4 << 30  # 4 GiB: a full snapshot of a large library, with room
MAX_PIECE = 4 << 20


@dataclass(frozen=True)
class Delivered:
    """What the hub did with a whole uploaded bundle."""

    result: str  # applied | already | rejected
    bundle_id: str = ""
    rows: int = 0
    message: str = ""  # why it was rejected, in English (the village translates its own copy)


def hub_dir(lib: Library) -> Path:
    return lib.path.with_name(lib.path.stem + "-hub")


def _folder(lib: Library, kind: str, peer: SyncPeer) -> Path:
    folder = hub_dir(lib) / kind / peer.site
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def active_peer(site: str) -> SyncPeer | None:
    peer = SyncPeer.get_or_none(SyncPeer.site == site)
    return peer if peer is not None and peer.status == "active" else None


def _check_name(peer: SyncPeer, name: str) -> None:
    if not NAME.match(name or "") or not name.startswith(f"pustaka-{peer.code}-to-"):
        raise Refused(QT_TRANSLATE_NOOP("Errors", "{name} is not a bundle name this village may send."),
                      name=name, reason="name")


def received(lib: Library, peer: SyncPeer, name: str) -> int:
    """Bytes of ``name`` the hub holds so far (the whole size once it was delivered)."""
    _check_name(peer, name)
    part = _folder(lib, "incoming", peer) / (name + ".part")
    if part.exists():
        return part.stat().st_size
    done = hub_dir(lib) / "inbox" / name
    return done.stat().st_size if done.exists() else 0


def receive_piece(lib: Library, peer: SyncPeer, name: str, offset: int, total: int, piece: bytes,
                  piece_sha: str) -> int:
    """Append one piece at ``offset``; returns the bytes held now. A piece for the wrong offset (a retry
    after a dropped answer) changes nothing: the village asks where to go on."""
    _check_name(peer, name)
    if not 0 < total <= MAX_BUNDLE or len(piece) > MAX_PIECE or offset < 0 or offset + len(piece) > total:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "That piece of the bundle does not fit its size."), reason="size")
    if hashlib.sha256(piece).hexdigest() != piece_sha:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "A piece of the bundle was damaged on the way; send it again."),
                      reason="piece")
    part = _folder(lib, "incoming", peer) / (name + ".part")
    have = part.stat().st_size if part.exists() else 0
    if offset != have:
        return have
    try:
        with open(part, "ab") as handle:
            handle.write(piece)
            handle.flush()
    except OSError as exc:
        raise (explain(exc, part) or exc) from exc
    return have + len(piece)


def finish(lib: Library, by: Staff, peer: SyncPeer, name: str, total: int, sha: str) -> Delivered:
    """The whole bundle is here: check it, then import it as if it came on a USB stick."""
    _check_name(peer, name)
    part = _folder(lib, "incoming", peer) / (name + ".part")
    inbox = hub_dir(lib) / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    target = inbox / name
    if not part.exists() and target.exists():  # the answer to an earlier finish was lost: same result
        return _import(lib, by, target)
    if not part.exists() or part.stat().st_size != total:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "The bundle is not complete yet."), reason="incomplete")
    hasher = hashlib.sha256()
    with open(part, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hasher.update(block)
    if hasher.hexdigest() != sha:
        part.unlink(missing_ok=True)  # start again from nothing rather than keep a damaged file
        raise Refused(QT_TRANSLATE_NOOP("Errors", "The bundle arrived damaged; it will be sent again."),
                      reason="damaged")
    part.replace(target)
    return _import(lib, by, target)


# refusals of a bundle that are the hub's own database's doing (moved to a new server and not yet confirmed by the
# officer: ``keys.require_genuine``), never the village's
HUB_OWN = ("copied-database", "moved-away")


def _import(lib: Library, by: Staff, path: Path) -> Delivered:
    try:
        result = import_bundle(lib, by, path)
    except DistrictDatabaseError:
        raise  # the hub's own database, not the bundle: kept, and the village sends it again
    except PustakaError as exc:
        if getattr(exc, "reason", "") in HUB_OWN:
            raise  # likewise: the village's bundle is fine, and "this database looks like a copy" is not about its own
        return Delivered("rejected", message=exc.message())
    return Delivered(result.result, result.bundle_id, result.rows)


def prepare_outbox(lib: Library, by: Staff, peer: SyncPeer) -> list[dict]:
    """The village's bundles waiting here; a new one is made when none waits (acknowledgements, edits,
    catalogue records and grants for it)."""
    folder = _folder(lib, "outbox", peer)
    if not any(folder.glob("*.zip")):
        export.export_bundle(lib, by, peer.site, folder)
    return outbox(lib, peer)


def outbox(lib: Library, peer: SyncPeer) -> list[dict]:
    out = []
    for path in sorted(_folder(lib, "outbox", peer).glob("*.zip")):
        hasher = hashlib.sha256(path.read_bytes())
        out.append({"name": path.name, "size": path.stat().st_size, "sha256": hasher.hexdigest()})
    return out


def read_outbox(lib: Library, peer: SyncPeer, name: str, offset: int, length: int) -> bytes:
    path = _folder(lib, "outbox", peer) / name
    if not NAME.match(name or "") or not path.is_file():
        raise Refused(QT_TRANSLATE_NOOP("Errors", "No bundle {name} waits for this village."), name=name,
                      reason="missing")
    with open(path, "rb") as handle:
        handle.seek(max(0, offset))
        return handle.read(max(0, min(length, MAX_PIECE)))


def fetched(lib: Library, peer: SyncPeer, name: str) -> None:
    """The village imported it: it no longer waits."""
    path = _folder(lib, "outbox", peer) / name
    if NAME.match(name or "") and path.is_file():
        path.unlink()
