"""Moving the library to a new PC ("Pindahkan ke PC lain").

Copying ``pustaka.sqlite3`` by hand loses whatever sits in its write-ahead log, and leaves the sync
key behind (the new PC then refuses to sync: "looks like a copy"). ``pack`` writes one file that holds
everything: the database (checkpointed, copied with SQLite's backup API and checked), the sync key
folder, and a note in Indonesian and English saying what to do. ``unpack`` on the new PC puts the
database where the app looks for it and the keys beside it, made to belong to the new place, so the
library syncs from there as the same site. The old PC is marked "moved away": it refuses to sync from
then on (two PCs must never send bundles as one library).

Only a librarian moves a library (it carries members' personal data), and it is audited.
"""

from __future__ import annotations

import json
import platform
import sqlite3
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from .. import auth
from ..errors import Conflict, NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import set_setting
from . import backup_status
from . import db as dbmod
from .files import _explain, atomic_write, check_zip_container, existing_folder
from .models import Staff
from .paths import key_dir

FORMAT = 1
DATABASE = "library.sqlite3"
MANIFEST = "move.json"
NOTE = "BACA-SAYA-README.txt"
KEYS = ("site.key", "instance.json")
MOVED_KEY = "moved_away"
NOTE_TEXT = """PINDAHKAN PERPUSTAKAAN KE PC LAIN / MOVING THE LIBRARY TO ANOTHER PC

Berkas ini berisi seluruh perpustakaan {name} ({code}): katalog, anggota, peminjaman, dan kunci sinkronisasi.
Simpan seperti buku induk anggota: berisi data pribadi.

Di PC baru:
1. Pasang Pustaka.
2. Pada layar pertama pilih "Pindahan dari PC lama" dan pilih berkas ini
   (atau: pustaka-cli move-in "{file}").
3. Masuk dengan akun pustakawan yang sama seperti di PC lama.
PC lama tidak lagi mengirim bundel sinkronisasi setelah berkas ini dibuat.

This file holds the whole library {name} ({code}): catalogue, members, loans and the sync key. Keep it like
the member register: it holds personal data. On the new PC: install Pustaka, choose "Move from the old PC"
on the first screen (or run pustaka-cli move-in "{file}"), then log in with the same librarian account.
The old PC sends no more sync bundles once this file is made.
"""


def pack(lib: Library, by: Staff, folder: str | Path) -> Path:
    """Write the move file into ``folder`` (a USB stick) and mark this PC's library as moved away.
    Returns the file written."""
    auth.require(by, "backup.create")
    folder = existing_folder(folder)
    profile = lib.profile
    code = (profile.code if profile else "") or "pustaka"
    now = lib.clock.now()
    target = folder / f"pustaka-pindah-{code.lower()}-{now.astimezone(UTC):%Y%m%d-%H%M}.zip"
    dbmod.checkpoint(lib.db)
    with tempfile.TemporaryDirectory(prefix="pustaka-move-") as scratch:
        copy = Path(scratch) / DATABASE
        try:
            dbmod.backup(lib.db, copy)  # consistent and checked, whatever the desk is doing
        except (OSError, sqlite3.Error) as exc:
            raise _explain(OSError(28, str(exc)) if "full" in str(exc) else OSError(5, str(exc)), copy) from exc
        manifest = {"format": FORMAT, "name": profile.name if profile else "", "code": code, "site": lib.site_id,
                    "made_at": now.isoformat(), "from_host": platform.node(), "schema": dbmod.schema_version(lib.db)}
        with atomic_write(target) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.write(copy, DATABASE)
            for name in KEYS:
                path = key_dir(Path(lib.path)) / name
                if path.is_file():
                    zf.write(path, f"keys/{name}")
            zf.writestr(MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))
            zf.writestr(NOTE, NOTE_TEXT.format(name=manifest["name"], code=code, file=target.name))
    with lib.transaction():
        set_setting(MOVED_KEY, {"at": now.isoformat(), "file": target.name})
        if backup_status.is_off_pc(lib.path, folder):  # a whole copy that survives this disk
            backup_status.record_off_pc(lib, target, backup_status.MOVE)
        auth.audit(lib, by, "backup.move_out", "backup", "", file=target.name)
    return target


def moved_away(lib: Library) -> dict | None:
    """When this PC's library was packed for another PC: {"at", "file"} (sync refuses from here)."""
    from ..settings import get_setting

    value = get_setting(MOVED_KEY)
    return value if isinstance(value, dict) else None


def _not_a_move_file(path: Path) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a Pustaka move file, or it is damaged."),
                           path=path.name)


# Said after a backup (not a move file) became the library on a new PC: what it did not bring.
WITHOUT_KEY_NOTE = QT_TRANSLATE_NOOP(
    "Backup", "A backup does not hold the old PC's sync key. Before sending bundles: on the Sync page choose \"It "
              "is the original library\", then enrol with the district again. The digital shelf's files (PDF, EPUB) "
              "are not in a backup either: add them again from the originals.")


def holds_no_library(db_path: Path) -> bool:
    """No library at ``db_path`` yet: no file, an empty one, or one the first start made but nobody set up."""
    db_path = Path(db_path)
    return not db_path.exists() or db_path.stat().st_size == 0 or _empty_library(db_path)


def _empty_library(db_path: Path) -> bool:
    """A database the first start made but nobody set up yet (no library profile): safe to replace."""
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM library_profile").fetchone()[0] == 0
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def unpack(package: str | Path, db_path: str | Path) -> dict:
    """On the new PC: put the library from ``package`` at ``db_path`` (which must not hold a library
    yet) and its sync keys beside it. Returns the move manifest (name, code, made_at; ``keys`` False
    when ``package`` was a backup: a backup never holds the sync key)."""
    package, db_path = Path(package), Path(db_path)
    if not package.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=str(package))
    if not holds_no_library(db_path):
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "There is already a library at {path}. Move into an empty place (another --db), or back that "
                      "library up and remove it first."), path=str(db_path))
    if _is_sqlite(package):  # after a broken disk often only a backup is left, not a move file
        from .backup import restore_into_empty

        info = restore_into_empty(db_path, package)
        return {"name": info.library_name, "code": info.library_code, "made_at": info.made_at.isoformat()
                if info.made_at else None, "at": datetime.now(UTC).isoformat(), "keys": False}
    check_zip_container(package)
    try:
        with zipfile.ZipFile(package) as zf:
            names = set(zf.namelist())
            allowed = {DATABASE, MANIFEST, NOTE, *(f"keys/{k}" for k in KEYS)}
            if DATABASE not in names or MANIFEST not in names or not names <= allowed:
                raise _not_a_move_file(package)
            manifest = json.loads(zf.read(MANIFEST))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise _not_a_move_file(package)
            db_path.parent.mkdir(parents=True, exist_ok=True)
            partial = db_path.with_name(db_path.name + ".partial")
            with zf.open(DATABASE) as source, open(partial, "wb") as out:
                while block := source.read(1 << 20):
                    out.write(block)
            keys = {name: zf.read(f"keys/{name}") for name in KEYS if f"keys/{name}" in names}
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError, NotImplementedError, RuntimeError) as exc:
        Path(str(db_path) + ".partial").unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno:
            raise _explain(exc, db_path) from exc
        raise _not_a_move_file(package) from exc
    from .backup import check_file

    if not check_file(partial):
        partial.unlink(missing_ok=True)
        raise _not_a_move_file(package)
    for side in ("-wal", "-shm"):  # of the empty database the first start made
        Path(str(db_path) + side).unlink(missing_ok=True)
    partial.replace(db_path)
    if keys:
        folder = key_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        if "site.key" in keys:
            (folder / "site.key").write_bytes(keys["site.key"])
        if "instance.json" in keys:
            info = json.loads(keys["instance.json"])
            info.update(path=str(db_path.resolve()), host=platform.node())  # the same site, now living here
            (folder / "instance.json").write_text(json.dumps(info, indent=1))
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("DELETE FROM setting WHERE key = ?", (MOVED_KEY,))
        conn.commit()
    finally:
        conn.close()
    return {"name": manifest.get("name", ""), "code": manifest.get("code", ""), "made_at": manifest.get("made_at"),
            "at": datetime.now(UTC).isoformat(), "keys": bool(keys)}
