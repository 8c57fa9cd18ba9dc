"""The bundle: one zip file that carries changes between a village and its district.

``pustaka-<from>-to-<to>-<YYYYMMDD>-<HHMMSS><2 id characters>.zip`` (``file_name``) holds

- ``manifest.json``: format and schema versions, app version, bundle id, sender, receiver, the
  range of change sequence numbers per origin site, the sender's acknowledgements (for each site,
  the highest of its changes the sender holds), and per file its SHA-256, size and record count;
- ``manifest.sig``: the sender's Ed25519 signature over the exact bytes of ``manifest.json``;
- ``changes.jsonl`` (rows, see ``changes``), and from the district ``catalog_pack.jsonl``,
  ``grants.jsonl`` and, after the village restored an older backup, ``lost.jsonl``.

Bundles are signed but NOT encrypted. The signature stops forged or altered bundles; what they
carry by default is catalogue data, events and pseudonymised members (no names, phones, addresses
or NIK), which a librarian may carry on a stick like the printed monthly report. A library that opts
in to full member records is told that the stick then holds personal data and must be kept like the
paper member register (see the README). Encryption would also make a lost district key fatal for
every village's backlog, and the district has no way to recover it offline.
"""

from __future__ import annotations

import hashlib
import io
import json
import queue
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import Refused
from ..i18n import QT_TRANSLATE_NOOP

FORMAT = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES = "changes.jsonl"
CATALOG_PACK = "catalog_pack.jsonl"
GRANTS = "grants.jsonl"
LOST = "lost.jsonl"  # from the district after a village restored an older backup: what it lost (``lost``)
DATA_FILES = (CHANGES, CATALOG_PACK, GRANTS, LOST)
ALLOWED = frozenset({MANIFEST, SIGNATURE, *DATA_FILES})
MAX_FILE = 1 << 30  # 1 GiB uncompressed per file
MAX_RATIO = 200  # JSON compresses ~10x; far more is a zip bomb
MAX_MANIFEST = 1 << 20

# Why a bundle cannot be read, told apart where the file can tell: a stick that flipped a byte needs a new copy from
# a good source; a copy cut short (the stick pulled out too soon) may only need copying again.
DAMAGED = QT_TRANSLATE_NOOP("Errors", "The bundle is damaged: the file is whole, but part of it no longer reads right "
                                      "(a fault on the USB stick). Copy it again, or ask for a new bundle.")
CUT_SHORT = QT_TRANSLATE_NOOP("Errors", "The bundle is incomplete: the file ends too early (copying stopped, or the USB "
                                        "stick was pulled out too soon). Copy it again, or ask for a new bundle.")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The bundle is damaged or incomplete (truncated file).")  # (cannot tell)
_START_RECORD = b"PK\x03\x04"  # a zip begins with its first file's header
_END_RECORD = b"PK\x05\x06"  # the record that closes a zip, its last bytes: a file cut short has lost it
_END_SIZE = 22  # its length, the comment's length in its last two bytes
_END_SEARCH = _END_SIZE + 0xFFFF  # the record and the longest zip comment


def file_name(sender_code: str, receiver_code: str, made: datetime, bundle_id: str,
              taken: Callable[[str], bool] = lambda name: False) -> str:
    """``pustaka-SKM-to-DIN-20260305-143012a7.zip``: the day and the time (this PC's) it was made, then two
    characters of its id, so a stick's folder of 200 bundles sorted by name ends with the newest (and a folder
    is imported oldest first). The short part keeps the 8 characters older versions wrote (a random one, read as
    before), so the hub and older villages take the new names too. ``taken``: a name already in the folder."""
    local = made.astimezone()
    chars = bundle_id.replace("-", "")
    for start in range(0, len(chars) - 1, 2):
        name = f"pustaka-{sender_code}-to-{receiver_code}-{local:%Y%m%d}-{local:%H%M%S}{chars[start:start + 2]}.zip"
        if not taken(name):
            break
    return name


def write(handle, manifest: dict[str, Any], files: dict[str, Iterable[str]], signer,
          cancel: Callable[[], bool] | None = None) -> dict[str, Any]:
    """Stream a bundle into the open binary ``handle``: each data file from an iterable of JSON lines
    (hashed and counted on the way), then the completed manifest and its signature. Returns the
    manifest."""
    entries: dict[str, Any] = {}
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, lines in files.items():
            with zf.open(name, "w", force_zip64=True) as out:
                entries[name] = _write_lines(out, lines, cancel)
        manifest = dict(manifest, format=FORMAT, files=entries)
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
        zf.writestr(MANIFEST, manifest_bytes)
        zf.writestr(SIGNATURE, signer(manifest_bytes))
    return manifest


def _write_lines(out, lines: Iterable[str], cancel: Callable[[], bool] | None, batch: int = 5000) -> dict[str, Any]:
    """Write JSON lines to the zip member ``out``: this thread makes the lines (SQLite, which lets go of
    the GIL while it works), a helper thread hashes, compresses and writes them (zlib and hashlib let
    go of it too), so the two overlap on a PC with two cores. Returns the manifest entry."""
    digest, size, count = hashlib.sha256(), 0, 0
    chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
    failed: list[BaseException] = []

    def writer() -> None:
        while True:
            chunk = chunks.get()
            if chunk is None:
                return
            if failed:
                continue  # keep draining so the producer never blocks
            try:
                digest.update(chunk)
                out.write(chunk)
            except BaseException as exc:  # noqa: BLE001 - handed to the producer thread
                failed.append(exc)

    thread = threading.Thread(target=writer, name="bundle-writer", daemon=True)
    thread.start()
    try:
        buffer: list[str] = []
        for line in lines:
            buffer.append(line)
            if len(buffer) >= batch:
                chunk = ("\n".join(buffer) + "\n").encode()
                count += len(buffer)
                size += len(chunk)
                buffer.clear()
                chunks.put(chunk)
                if failed:
                    break
                if cancel is not None and cancel():
                    from ..errors import Cancelled

                    raise Cancelled()
        if buffer and not failed:
            chunk = ("\n".join(buffer) + "\n").encode()
            count += len(buffer)
            size += len(chunk)
            chunks.put(chunk)
    finally:
        chunks.put(None)
        thread.join()
    if failed:
        raise failed[0]
    return {"sha256": digest.hexdigest(), "bytes": size, "records": count}


def build(manifest: dict[str, Any], files: dict[str, bytes], signer) -> bytes:
    """The zip bytes: ``files`` data, and the manifest completed with their hashes and counts."""
    manifest = dict(manifest, format=FORMAT, files={
        name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "records": data.count(b"\n")}
        for name, data in files.items()})
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5) as zf:
        zf.writestr(MANIFEST, manifest_bytes)
        zf.writestr(SIGNATURE, signer(manifest_bytes))
        for name, data in files.items():
            zf.writestr(name, data)
    return out.getvalue()


def _refuse(template: str, reason: str, **params: Any) -> Refused:
    return Refused(template, reason=reason, **params)


def _not_a_zip(path: str | Path) -> Refused:
    """A file that does not open as a zip: cut short when it begins as one but the zip's end record is missing (or it
    is empty), damaged when that record is there; not said which when it does not even begin as a zip."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(_START_RECORD))
        if not start:
            return _refuse(CUT_SHORT, "damaged")
        if start != _START_RECORD:
            return _refuse(UNREADABLE, "damaged")
        return _refuse(CUT_SHORT if _end_missing(Path(path)) else DAMAGED, "damaged")
    except OSError:
        return _refuse(UNREADABLE, "damaged")


def _end_missing(path: Path) -> bool:
    """Whether the record that closes every zip is missing or cut from the file's end (where a zip comment may push
    it back by up to 64 KiB): the copy stopped early, or its tail was never written and reads as zeros. A byte
    flipped on the way leaves it whole (unless it hits that record: then "incomplete" is said, the advice the same)."""
    with open(path, "rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - _END_SEARCH))
        tail = handle.read()
    at = tail.rfind(_END_RECORD)
    if at < 0 or at + _END_SIZE > len(tail):
        return True
    comment = int.from_bytes(tail[at + _END_SIZE - 2:at + _END_SIZE], "little")
    return at + _END_SIZE + comment > len(tail)


@dataclass
class Opened:
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    zf: zipfile.ZipFile

    def read(self, name: str) -> bytes:
        """A small data file whole, checked against the (already verified) manifest's hash and count;
        big ones are streamed with ``batches``."""
        return b"".join(self._chunks(name))

    def verify(self, name: str) -> None:
        """Stream ``name`` once, only hashing and counting: refuses unless it matches the manifest."""
        for _ in self._chunks(name):
            pass

    def batches(self, name: str, size: int = 5000) -> Iterator[list[bytes]]:
        """The non-empty lines of a data file in lists of about ``size``, streamed (never the whole file
        in memory) and hashed and counted on the way: the last lines are only given out once the hash
        and count matched the manifest, so a file altered after ``verify`` cannot slip through."""
        rest = b""
        pending: list[bytes] = []
        for block in self._chunks(name):
            lines = (rest + block).split(b"\n")
            rest = lines.pop()
            pending.extend(filter(None, lines))  # the non-empty lines
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
        if rest:  # a last line without its newline (the count would not have matched a changed file)
            pending.append(rest)
        if pending:
            yield pending

    def _chunks(self, name: str, size: int = 1 << 20) -> Iterator[bytes]:
        """Decompressed blocks of ``name``; after the last one, hash, size and line count are checked
        (``Refused`` before the caller sees the end of the file)."""
        entry = self.manifest["files"].get(name)
        if entry is None:
            return
        altered = _refuse(QT_TRANSLATE_NOOP("Errors", "The bundle file {name} was altered."), "tampered", name=name)
        damaged = _refuse(DAMAGED, "damaged")  # (the zip's directory, at its end, was read: the file is whole)
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            raise altered from None
        if info.file_size != entry.get("bytes"):
            raise altered
        digest, total, newlines, last = hashlib.sha256(), 0, 0, b""
        try:
            with self.zf.open(name) as handle:
                while True:
                    block = handle.read(size)
                    if not block:
                        break
                    digest.update(block)
                    total += len(block)
                    newlines += block.count(b"\n")
                    if total > info.file_size:
                        raise altered
                    if total < info.file_size:
                        yield block
                    else:
                        last = block
                        break
                if total == info.file_size and handle.read(1):
                    raise altered
        except OSError:  # the stick could not be read (pulled out meanwhile, failing): nothing to tell from
            raise _refuse(UNREADABLE, "damaged") from None
        except (zipfile.BadZipFile, EOFError, ValueError, zlib.error, NotImplementedError, RuntimeError):
            # zlib.error: corrupt deflate data; NotImplementedError/RuntimeError: a flipped method/flag bit;
            # BadZipFile also covers a CRC mismatch
            raise damaged from None
        if total != info.file_size:
            raise damaged
        if digest.hexdigest() != entry.get("sha256") or newlines != entry.get("records"):
            raise altered
        if total:
            yield last


def open_bundle(path: str | Path) -> Opened:
    """Open and check the container (zip sanity, safe names, sizes); the signature is checked by the
    importer, which knows the sender's key."""
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except OSError:
        raise _refuse(UNREADABLE, "damaged") from None
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError):
        # NotImplementedError: a flipped bit in the central directory's "version needed" field
        raise _not_a_zip(path) from None
    for info in infos:
        name = info.filename
        if name not in ALLOWED or "/" in name or "\\" in name or ".." in name or info.is_dir():
            zf.close()
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "The bundle holds an unexpected file {name}; refused."),
                          "unsafe-path", name=name)
        if info.file_size > MAX_FILE or (info.file_size > 1 << 20 and
                                         info.file_size > MAX_RATIO * max(1, info.compress_size)):
            zf.close()
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "The bundle file {name} is impossibly large; refused."),
                          "too-large", name=name)
    names = {i.filename for i in infos}
    if MANIFEST not in names or SIGNATURE not in names:
        zf.close()
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "This is not a Pustaka sync bundle (no signed manifest)."),
                      "not-bundle")
    try:
        if zf.getinfo(MANIFEST).file_size > MAX_MANIFEST:
            raise ValueError
        manifest_bytes = zf.read(MANIFEST)
        signature = zf.read(SIGNATURE)
        manifest = json.loads(manifest_bytes)
        if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
            raise ValueError
    except OSError:
        zf.close()
        raise _refuse(UNREADABLE, "damaged") from None
    except (zipfile.BadZipFile, EOFError, ValueError, KeyError, zlib.error, NotImplementedError, RuntimeError):
        zf.close()  # (its directory was read: the file is whole)
        raise _refuse(DAMAGED, "damaged") from None
    return Opened(manifest, manifest_bytes, signature, zf)
