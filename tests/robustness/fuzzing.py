"""Hostile files for every importer: truncated, bit-flipped, wrongly encoded, huge fields, zip bombs,
paths with ``..``. The rule: an importer either accepts a file or refuses it with a ``PustakaError`` that
carries a readable message, and a refused file changes no row. Anything else is a crash.

``build_world(root)`` makes the libraries and a valid seed file per importer (exported by the app
itself); ``try_input(target, data)`` feeds one input and returns "ok" or "refused", raising
``FuzzFailure`` on a crash, a partial write or an empty message. Used by test_fuzz_importers.py
(hypothesis) and bench/fuzz.py (a longer random run). Importers are picked up when their module exists;
``MISSING`` lists the ones this checkout does not have.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import random
import re
import shutil
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pustaka_desktop.core import auth, demo, profile
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import SYNC_MODELS, ChangeLog


class FuzzFailure(AssertionError):
    pass


@dataclass
class Target:
    name: str
    lib: Library
    seed: bytes
    suffix: str
    run: Callable[[Path], Any]
    zipped: bool = False
    tried: int = 0
    refused: int = 0

    def __repr__(self) -> str:
        return f"Target({self.name}, {len(self.seed)} bytes)"


@dataclass
class World:
    root: Path
    targets: dict[str, Target] = field(default_factory=dict)
    libraries: list[Library] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"World({sorted(self.targets)})"

    def close(self) -> None:
        for lib in self.libraries:
            lib.close()


def _has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _new_library(world: World, name: str, code: str, clock: FixedClock, kind: str = "village"):
    lib = Library.open(world.root / f"{name}.sqlite3", clock)
    world.libraries.append(lib)
    with lib.bound():
        profile.init_library(lib, name=f"Perpustakaan {name}", code=code, librarian="admin", password="rahasia1",
                             pin="4321", kind=kind)
        by = auth.login(lib, "admin", "rahasia1")
    return lib, by


def build_world(root: Path) -> World:
    root.mkdir(parents=True, exist_ok=True)
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    world = World(root)
    source, source_by = _new_library(world, "sumber", "SBR", clock)
    with source.bound():
        demo.generate(source, "tiny", seed=3)
    target, target_by = _new_library(world, "tujuan", "TJN", clock)
    seeds = root / "seeds"
    seeds.mkdir(exist_ok=True)

    def add(name: str, lib: Library, seed_path: Path, run: Callable[[Path], Any], zipped: bool = False) -> None:
        world.targets[name] = Target(name, lib, seed_path.read_bytes(), seed_path.suffix, run, zipped)

    if _has("pustaka_desktop.core.interop.importer"):
        from pustaka_desktop.core.interop import importer, marc_writer, slims, spreadsheet

        with source.bound():
            slims.export_biblio(source, source_by, seeds / "biblio.csv")
            slims.export_items(source, source_by, seeds / "item.csv")
            marc_writer.export_marc(source, source_by, seeds / "records.mrc")
            marc_writer.export_marc(source, source_by, seeds / "records.xml", xml=True)
            spreadsheet.export_xlsx(source, source_by, seeds / "catalog.xlsx")
        _xlsx_to_csv(seeds / "catalog.xlsx", seeds / "catalog.csv")
        for fmt, file in (("slims-biblio", "biblio.csv"), ("slims-item", "item.csv"), ("marc", "records.mrc"),
                          ("marcxml", "records.xml"), ("xlsx", "catalog.xlsx"), ("csv", "catalog.csv")):
            add(fmt, target, seeds / file,
                lambda path, fmt=fmt: importer.import_file(target, target_by, fmt, path), zipped=fmt == "xlsx")
        # the database backups a library brings from SLiMS and INLISLite (written as they write them)
        from tests.core import inlislite_backup_sample
        from tests.core.test_interop_slims_backup import write_dump

        write_dump(seeds / "slims-backup.sql")
        inlislite_backup_sample.write(seeds / "inlislite-backup.sql")
        add("slims-sql", target, seeds / "slims-backup.sql",
            lambda path: importer.import_slims_backup(target, target_by, path))
        add("inlislite-sql", target, seeds / "inlislite-backup.sql",
            lambda path: importer.import_file(target, target_by, "inlislite-sql", path))
    else:
        world.missing += ["slims-biblio", "slims-item", "marc", "marcxml", "xlsx", "csv", "slims-sql", "inlislite-sql"]

    if _has("pustaka_desktop.core.interop.slims_members"):
        from pustaka_desktop.core.interop import member_import, slims_members

        with source.bound():
            slims_members.export_members(source, source_by, seeds / "members.csv")
        add("slims-members", target, seeds / "members.csv",
            lambda path: member_import.import_members(target, target_by, path))
    else:
        world.missing.append("slims-members")

    if _has("pustaka_desktop.core.sync.importer") and _has("pustaka_desktop.core.sync.enrolment"):
        from pustaka_desktop.core.sync import enrolment, export
        from pustaka_desktop.core.sync import importer as sync_importer

        district, district_by = _new_library(world, "kabupaten", "KAB", clock, kind="district")
        village, village_by = _new_library(world, "desa", "DSA", clock)
        late, late_by = _new_library(world, "desa2", "DSB", clock)
        with village.bound():
            demo.generate(village, "tiny", seed=5)
        for lib, by, code in ((village, village_by, "dsa"), (late, late_by, "dsb")):
            with lib.bound():
                enrolment.make_request(lib, by, seeds / f"request-{code}.json")
        with district.bound():
            enrolment.accept_request(district, district_by, seeds / "request-dsa.json", seeds / "answer-dsa.json")
            enrolment.accept_request(district, district_by, seeds / "request-dsb.json", seeds / "answer-dsb.json")
        with village.bound():
            enrolment.finish(village, village_by, seeds / "answer-dsa.json")
            bundle_path = export.export_bundle(village, village_by, district.site_id, seeds).path

        def import_bundle(path: Path) -> Any:
            return sync_importer.import_bundle(district, district_by, path)

        def finish_enrolment(path: Path) -> Any:
            return enrolment.finish(late, late_by, path)

        def accept(path: Path) -> Any:
            return enrolment.accept_request(district, district_by, path, root / "answer-out.json")

        def import_inbox(path: Path) -> Any:
            """The district's inbox: the hostile bundle beside a good one; the folder import never stops
            at the bad one (issue 14), so nothing here may raise - the bad one is a rejected line."""
            from pustaka_desktop.core.sync import hub

            folder = path.parent / "inbox"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            shutil.copy(path, folder / "pustaka-DSA-to-KAB-00000000-hostile0.zip")
            lines = hub.import_folder(district, district_by, folder)
            if any(line.result == "rejected" and not (line.error and line.error.message().strip()) for line in lines):
                raise AssertionError("a rejected bundle without a message")
            return lines

        add("bundle", district, bundle_path, import_bundle, zipped=True)
        add("inbox", district, bundle_path, import_inbox, zipped=True)
        add("enrolment-answer", late, seeds / "answer-dsb.json", finish_enrolment)
        add("enrolment-request", district, seeds / "request-dsb.json", accept)
    else:
        world.missing += ["bundle", "enrolment-answer", "enrolment-request"]
    from pustaka_desktop.core.store import backup as backup_mod

    with source.bound():
        good_backup = backup_mod.backup_to(source, source_by, seeds)
    restorer, restorer_by = _new_library(world, "pulih", "PLH", clock)

    def restore(path: Path) -> Any:
        return backup_mod.restore(restorer, restorer_by, path)

    add("backup-restore", restorer, good_backup, restore)
    return world


def _xlsx_to_csv(source: Path, target: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(source, read_only=True)
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for row in book.active.iter_rows(values_only=True):
            writer.writerow(["" if v is None else v for v in row])
    book.close()


# -- what must not change ------------------------------------------------------------------------


def snapshot(lib: Library) -> dict[str, int]:
    with lib.bound():
        counts = {m._meta.table_name: m.select().count() for m in SYNC_MODELS}
        counts["change_log"] = ChangeLog.select().count()
    return counts


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def try_input(target: Target, data: bytes, scratch: Path, label: str = "") -> str:
    path = scratch / f"input{target.suffix}"
    path.write_bytes(data)
    before = snapshot(target.lib)
    target.tried += 1
    try:
        with target.lib.bound():
            target.run(path)
    except PustakaError as exc:
        target.refused += 1
        after = snapshot(target.lib)
        if after != before:
            changed = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
            raise FuzzFailure(f"{target.name} {label}: refused but wrote rows {changed}") from exc
        message = exc.message()
        if not message.strip() or _PLACEHOLDER.search(message):
            raise FuzzFailure(f"{target.name} {label}: unreadable message {message!r}") from exc
        return "refused"
    except Exception as exc:
        raise FuzzFailure(f"{target.name} {label}: crashed with {type(exc).__name__}: {exc}") from exc
    return "ok"


# -- mutations ---------------------------------------------------------------------------------------


def truncate(data: bytes, fraction: float) -> bytes:
    return data[: int(len(data) * fraction)]


def flip_bits(data: bytes, positions: list[int]) -> bytes:
    out = bytearray(data)
    for pos in positions:
        if out:
            out[pos % len(out)] ^= 1 << (pos % 8)
    return bytes(out)


def reencode(data: bytes, encoding: str) -> bytes:
    text = data.decode("utf-8", errors="replace")
    return text.encode(encoding, errors="replace")


def huge_field(data: bytes, position: int, size: int) -> bytes:
    pos = position % (len(data) + 1)
    return data[:pos] + b"A" * size + data[pos:]


def splice_garbage(data: bytes, position: int, garbage: bytes) -> bytes:
    pos = position % (len(data) + 1)
    return data[:pos] + garbage + data[pos + len(garbage):]


def zip_bomb(data: bytes, size: int = 40 << 20) -> bytes:
    """The same archive with its first member replaced by ``size`` zero bytes (compresses ~1000:1)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        for n, name in enumerate(names):
            if n == 0:
                with dst.open(name, "w", force_zip64=True) as handle:
                    chunk = b"\0" * (1 << 20)
                    for _ in range(size >> 20):
                        handle.write(chunk)
            else:
                dst.writestr(name, src.read(name))
    return out.getvalue()


def zip_traversal(data: bytes, which: int) -> bytes:
    """The same archive with one member renamed to climb out of the folder (``../../x``)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        victim = which % len(names)
        for n, name in enumerate(names):
            dst.writestr(f"../../{name}" if n == victim else name, src.read(name))
        dst.writestr("../../../etc/evil.txt", b"owned")
    return out.getvalue()


def zip_member_flip(data: bytes, which: int, positions: list[int]) -> bytes:
    """The same archive, validly zipped, with one member's content bit-flipped (passes the CRC)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        victim = which % len(names)
        for n, name in enumerate(names):
            content = src.read(name)
            dst.writestr(name, flip_bits(content, positions) if n == victim else content)
    return out.getvalue()


ENCODINGS = ("utf-16", "cp1252", "latin-1", "utf-32", "cp437")


def declared_encoding(data: bytes, name: str) -> bytes:
    """An XML declaration naming an encoding (often one nobody knows, as some exporters write)."""
    body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
    return b'<?xml version="1.0" encoding="' + name.encode() + b'"?>' + body


def deep_nesting(data: bytes, depth: int) -> bytes:
    """JSON (or anything) wrapped in ``depth`` arrays: past Python's recursion limit."""
    return b"[" * depth + data + b"]" * depth


def huge_number(data: bytes, position: int) -> bytes:
    """A 25-digit number spliced in at a field boundary (a slipped price or year column)."""
    pos = position % (len(data) + 1)
    for sep in (b",", b";", b"\t", b">"):
        found = data.find(sep, pos)
        if found >= 0:
            return data[:found + 1] + b"9" * 25 + data[found + 1:]
    return data + b"9" * 25


def central_directory_flip(data: bytes, bit: int) -> bytes:
    """One bit flipped in the first central-directory entry (method, flags, sizes): zipfile then
    raises NotImplementedError or RuntimeError instead of BadZipFile."""
    end = data.rfind(b"PK\x05\x06")
    if end < 0 or end + 20 > len(data):
        return flip_bits(data, [bit])
    start = struct.unpack_from("<I", data, end + 16)[0]
    return flip_bits(data, [(start + 8) * 8 + bit % (20 * 8)])


def random_mutation(target: Target, rng: random.Random) -> tuple[str, bytes]:
    """One random hostile variant of the target's seed (for bench/fuzz.py)."""
    data = target.seed
    kinds = ["truncate", "flip", "encoding", "huge", "garbage", "empty"]
    if target.zipped:
        kinds += ["zip-bomb", "zip-traversal", "zip-member-flip", "zip-member-flip"]
    kind = rng.choice(kinds)
    if kind == "truncate":
        return kind, truncate(data, rng.random())
    if kind == "flip":
        return kind, flip_bits(data, [rng.randrange(len(data) * 8) for _ in range(rng.randint(1, 20))])
    if kind == "encoding":
        return kind, reencode(data, rng.choice(ENCODINGS))
    if kind == "huge":
        return kind, huge_field(data, rng.randrange(len(data) + 1), rng.choice([10_000, 200_000, 2_000_000]))
    if kind == "garbage":
        return kind, splice_garbage(data, rng.randrange(len(data) + 1), rng.randbytes(rng.randint(1, 4096)))
    if kind == "empty":
        return kind, b""
    if kind == "zip-bomb":
        return kind, zip_bomb(data, 40 << 20)
    if kind == "zip-traversal":
        return kind, zip_traversal(data, rng.randrange(100))
    return kind, zip_member_flip(data, rng.randrange(100), [rng.randrange(1 << 16) for _ in range(rng.randint(1, 8))])
