"""A district's MySQL server, dumped whole (mysqldump --all-databases): the survey that finds its SLiMS libraries
counts each one's titles, copies and members as it reads the file once, so the librarian can tell which
database is their village's. Rows are counted as the import reads them: a title holding "),(" or an escaped
quote is one row, not two. The survey says how far it is, can be cancelled, and is made once for the choice
and the import that follows."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from pustaka_desktop.core.errors import Cancelled
from pustaka_desktop.core.interop import slims_backup, sql_dump

HEAD = ("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: \n"
        "-- ------------------------------------------------------\n") + """-- Server version\t8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
"""
TAIL = """/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2026-02-03 21:15:02
"""

# values a naive count of "),(" or "(" would get wrong, as mysqldump escapes them (backslashes)
TRICKY_TITLES = ["Bumi manusia (Tetralogi Buru),(jilid 1)", "Jum'at berkah", "Peta C:\\data\\", "a'),('b",
                 "Kumpulan \"cerita\" (rakyat", "Catatan\nbaris dua ()", "Resep ) nenek"]


def _mysql(value) -> str:
    """A value as mysqldump writes it."""
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    escaped = value.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"').replace("\n", "\\n")
    return "'" + escaped + "'"


def _row(table: str, values: dict) -> tuple:
    return tuple(values.get(column) for column in slims_backup.KNOWN_COLUMNS[table])


def _table(table: str, rows: list[tuple], per_statement: int) -> str:
    """One table as mysqldump writes it: its CREATE TABLE, then its rows in extended INSERTs of several rows
    each (a new INSERT where net_buffer_length is reached: here every ``per_statement`` rows); an empty
    table has its LOCK TABLES and no INSERT."""
    columns = slims_backup.KNOWN_COLUMNS.get(table, ("id", "name"))
    lines = ["--", f"-- Table structure for table `{table}`", "--", "", f"DROP TABLE IF EXISTS `{table}`;",
             "/*!40101 SET @saved_cs_client     = @@character_set_client */;",
             "/*!50503 SET character_set_client = utf8mb4 */;", f"CREATE TABLE `{table}` ("]
    lines += [f"  `{column}` varchar(255) DEFAULT NULL," for column in columns]
    lines += [f"  PRIMARY KEY (`{columns[0]}`)", ") ENGINE=MyISAM DEFAULT CHARSET=utf8mb3;",
              "/*!40101 SET character_set_client = @saved_cs_client */;", "", "--",
              f"-- Dumping data for table `{table}`", "--", "", f"LOCK TABLES `{table}` WRITE;",
              f"/*!40000 ALTER TABLE `{table}` DISABLE KEYS */;"]
    for start in range(0, len(rows), per_statement):
        tuples = ",".join("(" + ",".join(map(_mysql, row)) + ")" for row in rows[start:start + per_statement])
        lines.append(f"INSERT INTO `{table}` VALUES {tuples};")
    lines += [f"/*!40000 ALTER TABLE `{table}` ENABLE KEYS */;", "UNLOCK TABLES;", ""]
    return "\n".join(lines) + "\n"


def _database(name: str, tables: dict[str, list[tuple]]) -> str:
    return (f"--\n-- Current Database: `{name}`\n--\n\nCREATE DATABASE /*!32312 IF NOT EXISTS*/ `{name}` /*!40100 "
            f"DEFAULT CHARACTER SET utf8mb4 */ /*!80016 DEFAULT ENCRYPTION='N' */;\n\nUSE `{name}`;\n\n"
            + "".join(_table(table, rows, per_statement=3) for table, rows in tables.items()))


def _library(prefix: str, titles: int, copies_each: int, members: int, loans: bool = False) -> dict[str, list[tuple]]:
    biblio = [_row("biblio", {"biblio_id": n, "gmd_id": 1, "title": f"{prefix} {TRICKY_TITLES[n % len(TRICKY_TITLES)]}",
                              "notes": "(lihat juga),(" if n % 2 else None, "input_date": "2024-01-05 10:00:00"})
              for n in range(1, titles + 1)]
    items = [_row("item", {"item_id": n * 10 + c, "biblio_id": n, "item_code": f"{prefix}{n:04d}-{c}",
                           "call_number": "899.221 (PRA) b", "site": "Rak 'A'),(", "input_date": "2024-01-05"})
             for n in range(1, titles + 1) for c in range(copies_each)]
    people = [_row("member", {"member_id": f"M{n:04d}", "member_name": f"Bu Siti ({prefix}) O'Neil",
                              "member_address": "RT 01),(RW 02\\", "member_type_id": 1}) for n in range(members)]
    tables = {"biblio": biblio, "item": items, "member": people,
              "mst_gmd": [_row("mst_gmd", {"gmd_id": 1, "gmd_code": "TE", "gmd_name": "Text"})]}
    if loans:
        tables["loan"] = [_row("loan", {"loan_id": 1, "item_code": f"{prefix}0001-0", "member_id": "M0000"})]
    return tables


def server_dump(folder: Path) -> Path:
    """mysqldump --all-databases of a district's server: MySQL's own database first, then three SLiMS
    libraries (one whose catalogue is empty: an old installation that kept only its members) and a
    shop's database that has an ``item`` table of its own."""
    path = folder / "all-databases.sql"
    path.write_text(HEAD + _database("mysql", {"user": [("root", "localhost"), ("slims", "%")]})
                    + _database("slims", _library("KEC", titles=4, copies_each=1, members=2, loans=True))
                    + _database("slims_desa_a", _library("DSA", titles=11, copies_each=2, members=7))
                    + _database("slims_old", {**_library("OLD", titles=0, copies_each=0, members=5)})
                    + _database("toko", {"item": [(1, "Gula (1 kg),(curah)"), (2, "Kopi")]}) + TAIL,
                    encoding="utf-8")
    return path


def _read_rows(path: Path, database: str, table: str) -> int:
    """The rows the import itself reads of ``table`` (every value taken apart)."""
    dump = slims_backup.dump_of(path, database)
    return sum(1 for _ in sql_dump.rows(dump, {table}))


def test_the_survey_counts_each_librarys_titles_copies_and_members(tmp_path):
    path = server_dump(tmp_path)
    libraries = slims_backup.libraries_in(path)
    assert [(db.name, db.titles, db.copies, db.members, db.loans) for db in libraries] == [
        ("slims", 4, 4, 2, True), ("slims_desa_a", 11, 22, 7, False), ("slims_old", 0, 0, 5, False)]
    for db in libraries:  # the same as the import reads, value by value
        assert (db.titles, db.copies, db.members) == tuple(_read_rows(path, db.name, table)
                                                           for table in ("biblio", "item", "member"))
    text = path.read_text(encoding="utf-8")
    assert text.count("),(") > 22 + 7 + 11  # (a count of the separators would be wrong)


def test_rows_of_one_insert_over_several_lines_are_counted(tmp_path):
    """phpMyAdmin writes one row a line under one INSERT, with its columns named, '' for a quote."""
    rows = ["(1, 'Satu (1),(a)', 'x'),", "(2, 'Dua''s ),(', NULL),", "(3, 'Tiga\\\\', 'y');"]
    path = tmp_path / "phpmyadmin.sql"
    path.write_text("-- phpMyAdmin SQL Dump\n-- Database: `slims_b`\n\nCREATE TABLE `biblio` (\n  `biblio_id` int,\n"
                    "  `title` text,\n  `notes` text\n);\n\nINSERT INTO `biblio` (`biblio_id`, `title`, `notes`) VALUES\n"
                    + "\n".join(rows) + "\n\n-- Database: `slims_c`\n\n" + "CREATE TABLE `biblio` (\n  `biblio_id` int\n);\n"
                    "INSERT INTO `biblio` (`biblio_id`) VALUES\n(7);\nCOMMIT;\n", encoding="utf-8")
    assert [(db.name, db.titles) for db in slims_backup.libraries_in(path)] == [("slims_b", 3), ("slims_c", 1)]


def test_the_survey_says_how_far_it_is_and_can_be_cancelled(tmp_path):
    plain = server_dump(tmp_path)
    packed = tmp_path / "all-databases.sql.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    with pytest.raises(Cancelled):
        slims_backup.libraries_in(packed, cancel=lambda: True)
    said: list[float] = []
    libraries = slims_backup.libraries_in(packed, lambda fraction, _message: said.append(fraction))
    assert [db.titles for db in libraries] == [4, 11, 0]  # the cancelled survey was not kept as the file's
    assert said and said == sorted(said) and said[-1] == 1.0  # how far into the file on disk, to its end


def test_the_survey_is_made_once_for_the_choice_and_the_import(tmp_path, monkeypatch):
    path = server_dump(tmp_path)
    surveys: list[Path] = []
    real = sql_dump.survey
    monkeypatch.setattr(sql_dump, "survey", lambda *args, **kwargs: surveys.append(args[0]) or real(*args, **kwargs))
    assert len(slims_backup.libraries_in(path)) == 3
    titles = [inc.record["title"] for inc in slims_backup.read_biblio(path, database="slims_desa_a") if inc.record]
    assert len(titles) == 11 and titles[1] == "DSA Peta C:\\data\\"
    assert surveys == [path]
