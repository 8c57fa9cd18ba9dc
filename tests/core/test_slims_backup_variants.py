"""SLiMS database backups as libraries really hand them over: a statement of 50,000 rows on one line, loans
of barcodes typed in small letters, phpMyAdmin's zip and bzip2, a dump saved as UTF-16 by PowerShell or
Notepad, a packed backup copied before it was whole, a server's dump of several databases, an export of some
tables only, DBeaver's and ANSI names, and data-only dumps of SLiMS 7 and 9.6 (no CREATE TABLE)."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import tarfile
import zipfile
from pathlib import Path

import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import (
    importer,
    member_import,
    readers,
    slims_backup,
    slims_history,
    sql_dump,
)
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan, Member, MemberType, Record
from tests.core import interop_fixtures
from tests.core import test_interop_slims_backup as base
from tests.core.test_interop_slims_history import _history

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture


def _read(path: Path, **kwargs) -> list[tuple]:
    return [(inc.row > 0, inc.record, inc.items, inc.source_id, inc.error) for inc in
            slims_backup.read_biblio(path, **kwargs) if inc.notice is None]


def _one_line_per_statement(path: Path) -> Path:
    """phpMyAdmin's layout (one row a line) as the mysqldump command writes it: each INSERT on one line."""
    out, statement = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if statement or line.startswith("INSERT"):
            statement.append(line)
            if line.endswith(";"):
                out.append(" ".join(statement))
                statement = []
        else:
            out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


# 1. speed ------------------------------------------------------------------------------------------------

def _many_titles(count: int) -> list[dict]:
    return [dict(base.BIBLIO[0], biblio_id=n, title=f"Judul nomor {n}", authors=[1], topics=[1])
            for n in range(1, count + 1)]


@pytest.mark.parametrize("layout", ["one line", "one row a line"])
def test_the_rows_of_a_long_statement_are_numbered_in_one_pass(tmp_path, monkeypatch, layout):
    """A 50,000-title library in one INSERT took more than 20 minutes: each row's line number was counted
    from the start of the statement again. The line breaks of a statement are counted once, in all."""
    path = base.write_dump(tmp_path / "besar.sql", style="phpmyadmin", biblio=_many_titles(2000))
    if layout == "one line":
        _one_line_per_statement(path)
    scanned = []
    counter = sql_dump._newlines
    monkeypatch.setattr(sql_dump, "_newlines", lambda text, start, end: (
        scanned.append(end - start), counter(text, start, end))[1])
    rows = list(slims_backup.read_biblio(path))
    assert len(rows) == 2000 and all(inc.record is not None for inc in rows)
    assert 0 < sum(scanned) <= path.stat().st_size  # (once per row from the start: about 2,000 times the file)
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = [n for n, line in enumerate(lines, start=1) if "'Judul nomor" in line]
    if layout == "one line":
        expected = expected * 2000
    assert [inc.row for inc in rows] == expected  # each row on its own line, all on the INSERT's


# 2. loans of barcodes typed in small letters ---------------------------------------------------------------

def test_a_loan_of_a_barcode_typed_in_small_letters_finds_its_copy(tmp_path, empty_lib_factory):
    """SLiMS compares item codes ignoring case: its desk lent "b0001" as copy B0001. The loan comes in on
    that copy, as the desk here finds a typed barcode; a code two copies could be is still left out."""
    loans = [(1, "b0001", "M001", "2026-02-20", "2026-02-27", 0, 0, None, 1, 0, None),
             (2, "b0004", "M002", "2025-11-03", "2025-11-10", 0, 0, None, 1, 1, "2025-11-12"),
             (3, "ab1", "M002", "2025-11-03", "2025-11-10", 0, 0, None, 1, 1, "2025-11-12")]
    dump = base.write_dump(tmp_path / "backup.sql", extra=_history(loans_=loans, reserves_=[]))
    lib, by = empty_lib_factory("DESA")
    importer.import_slims_backup(lib, by, dump)
    member_import.import_members(lib, by, dump)
    record = Record.get(Record.slims_id == "slims:7")
    for barcode in ("Ab1", "aB1"):  # two copies that differ only in case: which one "ab1" is, nobody knows
        store.insert(lib, Item, record=record, barcode=barcode)
    result = slims_history.import_history(lib, by, dump)
    assert (result.loans_out, result.loans_returned) == (1, 1)
    assert [bad.params["barcode"] for bad in result.bad if "barcode" in bad.params] == ["ab1"]
    out = Loan.get(Loan.returned_at.is_null())
    assert Item.get_by_id(out.item_id).barcode == "B0001" and Item.get_by_id(out.item_id).status == "on_loan"


# 3, 4. packed (zip, bzip2, xz) and UTF-16 -----------------------------------------------------------------

def _packed(plain: Path, packing: str) -> Path:
    data = plain.read_bytes()
    if packing == "zip":  # phpMyAdmin's "zipped": the .sql inside
        path = plain.with_name("slims.sql.zip")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("slims.sql", data)
        return path
    if packing in ("bz2", "xz"):
        path = plain.with_name(f"slims.sql.{packing}")
        path.write_bytes((bz2 if packing == "bz2" else lzma).compress(data))
        return path
    path = plain.with_name(f"slims-{packing}.sql")  # PowerShell 5's ``mysqldump > backup.sql``; Notepad "Unicode"
    path.write_bytes(plain.read_text(encoding="utf-8").encode(packing.replace("-bom", "")))
    return path


@pytest.mark.parametrize("packing", ["zip", "bz2", "xz", "utf-16", "utf-16-be-bom"])
def test_a_zipped_bzipped_or_utf16_backup_reads_as_the_plain_one(tmp_path, empty_lib_factory, packing):
    plain = base.write_dump(tmp_path / "plain.sql", extra=_history())
    if packing == "utf-16-be-bom":
        plain.write_text("\ufeff" + plain.read_text(encoding="utf-8"), encoding="utf-8")
        path = plain.with_name("slims-be.sql")
        path.write_bytes(plain.read_text(encoding="utf-8-sig").encode("utf-16-be").join((b"\xfe\xff", b"")))
    else:
        path = _packed(plain, packing)
    assert readers.fitting_format(path, "slims-biblio") == "slims-sql"
    assert _read(path) == _read(plain)
    lib, by = empty_lib_factory()
    plans = importer.import_slims_backup(lib, by, path)
    assert (Record.select().count(), Item.select().count(), plans[0].bad, plans[1].bad) == (4, 6, [], [])
    types = {t.name for t in MemberType.select()}
    members = member_import.import_members(lib, by, path)  # (not "not a CSV", and no CSV read of SQL lines)
    assert (members.add, members.bad) == (2, [])
    assert {t.name for t in MemberType.select()} == types | {"Umum", "Pelajar"}  # no type "3000" made of a line
    history = slims_history.plan(lib, path)
    assert (history.loans_out, history.loans_returned, history.fines, history.visits) == (1, 2, 2, 3)


def test_a_file_named_as_a_backup_that_cannot_be_read_writes_no_members(tmp_path, lib, librarian):
    """A dump in an encoding no dump tool writes (UTF-32) is no member list read line by line: refused,
    and nothing written, not a member type "3000" made of its numbers."""
    path = tmp_path / "backup.sql"
    path.write_bytes(base.write_dump(tmp_path / "plain.sql").read_text(encoding="utf-8").encode("utf-32"))
    types = MemberType.select().count()
    with pytest.raises(ValidationError) as err:
        member_import.import_members(lib, librarian, path)
    assert "not a SLiMS database backup" in err.value.message()
    assert (Member.select().count(), MemberType.select().count()) == (0, types)


# 5. a packed backup copied before it was whole ------------------------------------------------------------

def _cut(plain: Path, packing: str) -> Path:
    data = plain.read_bytes()[:plain.read_bytes().index(b"INSERT INTO `item` VALUES (4,") + 40]
    if packing == "gz":
        whole = gzip.compress(plain.read_bytes())
    elif packing == "bz2":
        whole = bz2.compress(plain.read_bytes())
    elif packing == "zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("backup.sql", plain.read_bytes())
        whole = buffer.getvalue()
    else:
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
            info = tarfile.TarInfo("backup_20261201_100000.sql")
            info.size = len(plain.read_bytes())
            archive.addfile(info, io.BytesIO(plain.read_bytes()))
        whole = buffer.getvalue()
    path = plain.with_name(f"cut.sql.{packing}")
    # cut where the plain file is cut: as many bytes of the packed file as hold that much
    size = len(whole) * len(data) // len(plain.read_bytes())
    path.write_bytes(whole[:size])
    return path


@pytest.mark.parametrize("packing", ["gz", "tar.gz", "bz2", "zip"])
def test_a_packed_backup_copied_before_it_was_whole_is_refused_as_the_plain_one(tmp_path, lib, librarian, packing):
    plain = base.write_dump(tmp_path / "backup.sql", extra=_history())
    path = _cut(plain, packing)
    for run in (lambda: importer.import_slims_backup(lib, librarian, path),
                lambda: member_import.import_members(lib, librarian, path),
                lambda: slims_history.plan(lib, path)):
        with pytest.raises(ValidationError) as err:
            run()
        message = err.value.message()
        assert "is incomplete" in message and "Copy the whole file again" in message, message
        assert "Compressed file" not in message and "EOFError" not in message
    assert Record.select().count() == Member.select().count() == 0


# 6. a server's dump of several databases -------------------------------------------------------------------

def _database(path: Path, name: str) -> str:
    """``path``'s statements as mysqldump --all-databases writes one database of a server."""
    return (f"--\n-- Current Database: `{name}`\n--\n\nCREATE DATABASE /*!32312 IF NOT EXISTS*/ `{name}` "
            f"/*!40100 DEFAULT CHARACTER SET utf8mb4 */;\n\nUSE `{name}`;\n\n" + path.read_text(encoding="utf-8"))


def test_a_server_dump_of_two_slims_libraries_is_never_merged(tmp_path, lib, librarian):
    old = [dict(b, title="LAMA " + b["title"]) for b in base.BIBLIO]
    dump = tmp_path / "all-databases.sql"
    dump.write_text(_database(base.write_dump(tmp_path / "old.sql", biblio=old), "slims_lama")
                    + _database(base.write_dump(tmp_path / "new.sql"), "slims"), encoding="utf-8")
    for run in (lambda: importer.import_slims_backup(lib, librarian, dump),
                lambda: member_import.import_members(lib, librarian, dump),
                lambda: slims_history.plan(lib, dump)):
        with pytest.raises(ValidationError) as err:
            run()
        assert err.value.params["names"] == "slims, slims_lama" and "--database" in err.value.message()
    assert Record.select().count() == 0
    titles = [inc.record["title"] for inc in slims_backup.read_biblio(dump, database="slims_lama") if inc.record]
    assert len(titles) == 4 and all(title.startswith("LAMA") for title in titles)
    assert _read(dump, database="slims") == _read(tmp_path / "new.sql")
    with pytest.raises(ValidationError) as err:
        list(slims_backup.read_biblio(dump, database="slims_baru"))
    assert err.value.params["names"] == "slims, slims_lama"
    plan = member_import.import_members(lib, librarian, dump, database="slims_lama", dry_run=True)
    assert plan.add == 2


def test_a_server_dump_reads_its_one_slims_database(tmp_path):
    """The other databases of the server (MySQL's own, a shop's) are not SLiMS: left out."""
    shop = tmp_path / "shop.sql"
    shop.write_text("CREATE TABLE `item` (\n  `id` int(11),\n  `item_code` varchar(20)\n) ENGINE=InnoDB;\n"
                    "INSERT INTO `item` VALUES (1,'SABUN-01');\nINSERT INTO `user` VALUES ('root','x');\n",
                    encoding="utf-8")
    dump = tmp_path / "server.sql"
    dump.write_text(_database(shop, "mysql") + _database(base.write_dump(tmp_path / "slims.sql"), "slims")
                    + _database(shop, "toko"), encoding="utf-8")
    assert _read(dump) == _read(tmp_path / "slims.sql")
    items = [inc.items for inc in slims_backup.read_items(dump) if inc.items]
    assert len(items) == 6


# 7. an export of some tables only; names qualified or in double quotes --------------------------------------

def _only(path: Path, tables: set[str]) -> Path:
    """phpMyAdmin's export of the chosen tables of the database: the others' statements left out."""
    blocks = re.split(r"(?=^--\n-- Table structure for table )", path.read_text(encoding="utf-8"), flags=re.M)
    kept = [block for block in blocks if not block.startswith("--\n-- Table structure")
            or re.match(r"--\n-- Table structure for table `(\w+)`", block).group(1) in tables]
    path.write_text("".join(kept), encoding="utf-8")
    return path


def test_an_export_of_some_tables_names_what_is_missing_and_one_without_biblio_is_refused(tmp_path, lib, librarian):
    only_biblio = _only(base.write_dump(tmp_path / "biblio.sql", style="phpmyadmin"), {"biblio"})
    plans = importer.import_slims_backup(lib, librarian, only_biblio)
    notices = [notice.message() for notice in plans[0].notices]
    assert len(notices) == 1 and "mst_author" in notices[0] and "mst_publisher" in notices[0], notices
    assert plans[0].records_add == 4
    with pytest.raises(ValidationError) as err:  # no member table, no loan table: nothing to import
        member_import.import_members(lib, librarian, only_biblio)
    assert err.value.params["table"] == "member" and Member.select().count() == 0
    with pytest.raises(ValidationError) as err:
        slims_history.plan(lib, only_biblio)
    assert err.value.params["table"] == "loan"
    no_biblio = _only(base.write_dump(tmp_path / "other.sql", extra=_history()), {"holiday"})
    with pytest.raises(ValidationError) as err:  # the wrong database exported: not "0 of 0, done"
        importer.import_slims_backup(lib, librarian, no_biblio)
    assert err.value.params["table"] == "biblio"
    partial = _only(base.write_dump(tmp_path / "four.sql", extra=_history()),
                    {"biblio", "item", "member", "loan", "mst_member_type"})
    member_import.import_members(lib, librarian, partial)
    importer.import_slims_backup(lib, librarian, partial)
    history = slims_history.plan(lib, partial)
    assert "fines, holiday, reserve, visitor_count" in " ".join(notice.message() for notice in history.notices)


def _dbeaver(path: Path) -> Path:
    """DBeaver's "SQL INSERT statements": no CREATE TABLE, each name after its database's, no backticks,
    the row on the next line."""
    text = path.read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        m = re.match(r"INSERT INTO `(\w+)` \((.*)\) VALUES$", line)
        if m:
            out.append(f"INSERT INTO slims.{m.group(1)} ({m.group(2).replace('`', '').replace(' ', '')}) VALUES")
        elif line.startswith("("):
            out.append("\t " + line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_dbeaver_and_ansi_names_are_read(tmp_path):
    plain = base.write_dump(tmp_path / "plain.sql")
    dbeaver = _dbeaver(base.write_dump(tmp_path / "dbeaver.sql", style="phpmyadmin"))
    assert "\nINSERT INTO slims.biblio (biblio_id,gmd_id," in dbeaver.read_text(encoding="utf-8")
    assert readers.fitting_format(dbeaver, "csv") == "slims-sql"
    assert _read(dbeaver)[:2] == _read(plain)[:2] and len(_read(dbeaver)) == 4
    ansi = tmp_path / "ansi.sql"  # mysqldump --compatible=ansi: "biblio", "title"
    ansi.write_text(plain.read_text(encoding="utf-8").replace("`", '"'), encoding="utf-8")
    assert _read(ansi) == _read(plain)


# 8. data-only dumps of other SLiMS versions; names without backticks --------------------------------------

def _data_only(path: Path, drop: dict[str, tuple[str, ...]], add: dict[str, tuple[str, str]] | None = None) -> Path:
    """mysqldump -t of a SLiMS whose tables lack the ``drop`` columns (or have ``add``'s column after
    another): no CREATE TABLE, one INSERT a table, the values in the table's own column order."""
    out = ["-- MySQL dump 10.13  Distrib 5.7.33, for Win64 (x86_64)", "USE `slims`;"]
    text = path.read_text(encoding="utf-8")
    for table, columns in slims_backup.KNOWN_COLUMNS.items():
        rows = re.findall(rf"^INSERT INTO `{table}` VALUES \((.*)\);$", text, flags=re.M)
        if not rows and table not in ("loan", "visitor_count"):
            continue
        layout = [c for c in columns if c not in drop.get(table, ())]
        if add and table in add:
            layout.insert(layout.index(add[table][1]) + 1, add[table][0])
        values = []
        for row in rows:
            fields = dict(zip(columns, re.findall(r"'(?:[^'\\]|\\.)*'|NULL|-?[\d.]+", row), strict=True))
            values.append("(" + ",".join(fields.get(c, "'R1'") for c in layout) + ")")
        out += [f"LOCK TABLES `{table}` WRITE;"] + ([f"INSERT INTO `{table}` VALUES {','.join(values)};"] if values
                                                    else []) + ["UNLOCK TABLES;"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_data_only_dumps_of_slims_7_and_9_6_are_read_by_their_own_layout(tmp_path, empty_lib_factory):
    plain = base.write_dump(tmp_path / "plain.sql", extra=_history())
    slims7 = _data_only(base.write_dump(tmp_path / "s7.sql", extra=_history()), {
        "biblio": ("content_type_id", "media_type_id", "carrier_type_id"), "loan": ("input_date", "last_update", "uid")})
    assert _read(slims7) == _read(plain)
    rows = [(table, row) for _n, table, row in slims_backup.read_tables(slims7, {"loan", "visitor_count"})]
    assert len(rows) == 13 and not any(isinstance(row, slims_backup.BadRow) for _t, row in rows)
    slims96 = _data_only(base.write_dump(tmp_path / "s96.sql", extra=_history()), {},
                         {"visitor_count": ("room_code", "institution")})
    visits = [row for _n, _t, row in slims_backup.read_tables(slims96, {"visitor_count"})]
    assert [(row["member_name"], row["room_code"], row["checkin_date"]) for row in visits][2] == (
        "Pak RT Slamet", "R1", "2026-02-21 10:00:00")
    lib, by = empty_lib_factory()
    importer.import_slims_backup(lib, by, slims7)
    member_import.import_members(lib, by, slims7)
    result = slims_history.plan(lib, slims7)
    assert (result.loans_out, result.loans_returned, result.visits) == (1, 2, 3)


def test_create_table_without_backticks_gives_the_columns(tmp_path):
    """mysqldump --skip-quote-names: the CREATE TABLE names the columns bare, and they are the dump's
    own order (here, a SLiMS whose biblio has its columns in another order than SLiMS 9's)."""
    plain = base.write_dump(tmp_path / "plain.sql")
    text = plain.read_text(encoding="utf-8")
    bare = tmp_path / "bare.sql"
    bare.write_text(re.sub(r"`(\w+)`", r"\1", text), encoding="utf-8")
    assert "CREATE TABLE biblio (\n  biblio_id varchar(200)" in bare.read_text(encoding="utf-8")
    assert _read(bare) == _read(plain)
    swapped = tmp_path / "swapped.sql"  # the title's and the edition's columns in each other's place
    swapped.write_text(re.sub(r"`(\w+)`", r"\1", text).replace("  title varchar", "  tmp varchar", 1)
                       .replace("  edition varchar", "  title varchar", 1).replace("  tmp varchar", "  edition varchar",
                                                                                  1), encoding="utf-8")
    titles = sorted(inc.record["title"] for inc in slims_backup.read_biblio(swapped) if inc.record)
    assert "Cet. 5" in titles  # the edition of Laskar Pelangi, where the CREATE TABLE says the title is


def test_the_cli_chooses_the_database_of_a_server_dump(tmp_path, capsys, monkeypatch):
    dump = tmp_path / "all-databases.sql"
    old = [dict(b, title="LAMA " + b["title"]) for b in base.BIBLIO]
    dump.write_text(_database(base.write_dump(tmp_path / "old.sql", biblio=old), "slims_lama")
                    + _database(base.write_dump(tmp_path / "new.sql", extra=_history()), "slims"), encoding="utf-8")
    db = str(tmp_path / "baru.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "Baru", "--library-code", "BR",
                     "--librarian", "budi", "--password", "rahasia1"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    user = ["--lang", "en", "--db", db, "--user", "budi"]
    assert cli_main([*user, "import", "slims-sql", str(dump)]) == 1
    assert "several SLiMS libraries: slims, slims_lama" in capsys.readouterr().err
    assert cli_main([*user, "import", "slims-sql", str(dump), "--database", "slims"]) == 0
    assert cli_main([*user, "members-import", str(dump), "--database", "slims"]) == 0
    assert cli_main([*user, "history-import", str(dump), "--database", "slims", "--dry-run"]) == 2
    out = capsys.readouterr().out
    assert "would add 2 loan(s) still out" in out or "would add 1 loan(s) still out" in out
    assert not Record.select().where(Record.title.startswith("LAMA")).exists() and Record.select().count() == 4


# 8. phpMyAdmin's "Export tables as separate files": a zip of one .sql a table ----------------------------------

_PMA_HEADER = """-- phpMyAdmin SQL Dump
-- version 5.2.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Dec 01, 2026 at 10:00 AM
-- Server version: 10.4.32-MariaDB
-- PHP Version: 8.2.12

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `slims`
--
"""


def _separate_files(plain: Path) -> dict[str, bytes]:
    """``plain`` (phpMyAdmin's layout) as its "Export tables as separate files" zips it (Export::exportDatabase,
    ZipExtension::createFile): the header and the database's name in ``slims_database.sql``, each table in
    ``slims_table_<table>.sql`` (alphabetical, as SHOW TABLES), the keys in ``slims_extra.sql``; the footer
    (COMMIT) is in none of them."""
    blocks = re.split(r"(?=^--\n-- Table structure for table )", plain.read_text(encoding="utf-8"), flags=re.M)[1:]
    files = {"slims_database.sql": _PMA_HEADER}
    keys = ["--", "-- Indexes for dumped tables", "--", ""]
    for block in blocks:
        table = re.match(r"--\n-- Table structure for table `(\w+)`", block).group(1)
        lines = [line for line in block.splitlines()
                 if not line.startswith(("DROP TABLE", "/*!40000", "SET autocommit", "COMMIT"))]
        at = next((n for n, line in enumerate(lines) if line.startswith("INSERT")), len(lines))
        lines[at:at] = ["--", f"-- Dumping data for table `{table}`", "--", ""]
        files[f"slims_table_{table}.sql"] = "\n".join(["", *lines, "", "-- " + "-" * 56, ""])
        first = slims_backup.KNOWN_COLUMNS.get(table, ("backup_log_id",))[0]
        keys += ["--", f"-- Indexes for table `{table}`", "--", f"ALTER TABLE `{table}`",
                 f"  ADD PRIMARY KEY (`{first}`);", ""]
    files["slims_extra.sql"] = "\n".join(keys) + "\n"
    return {name: text.encode("utf-8") for name, text in files.items()}


def _archived(folder: Path, packing: str, files: dict[str, bytes]) -> Path:
    names = list(files)
    if packing == "zip by hand":  # zipped again by hand: a readme first, a Mac's ._ copies, any order
        files = {"BACA SAYA.txt": b"Cadangan SLiMS perpustakaan desa, diekspor dari phpMyAdmin.\r\n",
                 **{f"__MACOSX/._{name}": b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X" for name in names[:2]},
                 **{name: files[name] for name in reversed(names)}}  # (item before biblio, mst_* after it)
    if packing == "zip of .sql.gz":
        files = {f"{name}.gz": gzip.compress(data) for name, data in files.items()}
    if packing.startswith("zip"):
        path = folder / "slims.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
        return path
    path = folder / "slims.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(f"slims/{name}")  # (tar cvzf slims.tar.gz slims/)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize("packing", ["zip", "zip by hand", "zip of .sql.gz", "tar.gz"])
def test_a_backup_of_one_file_a_table_reads_as_the_one_file(tmp_path, empty_lib_factory, packing):
    """Only the first .sql of the zip was read: ten records without their authors or copies, and "the backup
    has no member table". Every .sql of a zip or tar is read, as one dump, whatever their order."""
    plain = base.write_dump(tmp_path / "slims.sql", style="phpmyadmin", extra=_history())
    path = _archived(tmp_path, packing, _separate_files(plain))
    assert readers.fitting_format(path, "slims-biblio") == "slims-sql"
    assert _read(path) == _read(plain)
    lib, by = empty_lib_factory()
    plans = importer.import_slims_backup(lib, by, path)
    assert (Record.select().count(), Item.select().count(), plans[0].notices, plans[0].bad) == (4, 6, [], [])
    members = member_import.import_members(lib, by, path)
    assert (members.add, members.bad) == (2, [])
    history = slims_history.plan(lib, path)
    assert (history.loans_out, history.loans_returned, history.fines, history.visits) == (1, 2, 2, 3)
    assert [n.template for n in history.notices] == [  # (what has no place here: said)
        slims_history.UNFINISHED_LOANS, slims_history.INSTITUTIONS_NOT_KEPT]


def test_a_tar_of_one_file_a_table_copied_before_it_was_whole_is_refused(tmp_path, lib, librarian):
    files = _separate_files(base.write_dump(tmp_path / "slims.sql", style="phpmyadmin", extra=_history()))
    whole = _archived(tmp_path, "tar.gz", files).read_bytes()
    path = tmp_path / "cut.tar.gz"
    path.write_bytes(whole[:len(whole) * 2 // 3])  # (ends inside a table's file; the later ones are missing)
    with pytest.raises(ValidationError) as err:
        importer.import_slims_backup(lib, librarian, path)
    assert "is incomplete" in err.value.message() and Record.select().count() == 0
