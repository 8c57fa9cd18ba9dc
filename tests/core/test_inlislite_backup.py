"""Issue #12, "Moving in without loss", for a library whose INLISLite computer is gone and whose own backup is all it
has (INLISLite 3: Setting → Umum → Backup Data, written as ``inlislite_backup_sample`` writes it): its records come
in from their MARC fields (or their columns, for a record typed before INLISLite kept MARC), each with every copy and
its details; what was deleted in INLISLite stays out, and what the import does not bring is said."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, inlislite_backup, readers, slims_backup
from pustaka_desktop.core.store.models import Item, Record
from tests.core import inlislite_backup_sample as sample
from tests.core.test_inlislite_33_movein_walk import KATALOG, inlislite_report


def _said(plan) -> dict[str, dict]:
    return {notice.template: notice.params for notice in plan.notices}


def _copy(barcode: str) -> Item:
    return Item.get(Item.barcode == barcode)


def test_a_backup_brings_the_catalogue_with_every_copy(lib, librarian, tmp_path):
    plan = importer.import_file(lib, librarian, "inlislite-sql", sample.write(tmp_path / "inlislite_2026_12_01.sql"))
    assert (plan.summary()["records"]["add"], plan.summary()["copies"]["add"], plan.bad) == (4, 5, [])
    laskar = Record.get(Record.title == "Laskar pelangi")
    # from its MARC fields: the subtitle and responsibility apart, the series (490) and the summary (520), the class
    # without its segmentation space, INLISLite's ids kept
    assert (laskar.subtitle, laskar.responsibility, laskar.series, laskar.ddc, laskar.edition, laskar.place) == (
        "sebuah novel", "Andrea Hirata", "Tetralogi laskar pelangi ; 1", "899.2213", "Cet. 12", "Yogyakarta")
    assert "Belitung" in laskar.notes and laskar.slims_id == "marc:INLIS000000000000012"
    riyadh = Record.get(Record.language == "ara")
    assert (riyadh.title, riyadh.ddc) == ("رياض الصالحين", "2X4.1")
    # typed before INLISLite kept MARC fields: from its columns, the ISBD title taken apart, kept off the OPAC
    lele = Record.get(Record.title == "Budidaya ikan lele di kolam terpal")
    assert (lele.responsibility, lele.isbn, lele.year_text, lele.hidden, json.loads(lele.subjects)) == (
        "Tim Penyusun", "9789790026001", "c2015", True, ["Perikanan", "Ikan lele"])
    assert lele.notes == "Bantuan Perpusnas 2019.\nDari O'Neil \\ Co."  # (addslashes undone, its line break kept)
    assert Record.get(Record.title == "Peta Kabupaten Sleman").material_type == "other"  # (a map: not a book)
    # the copies with what INLISLite's lists say of them
    first, gift, lost, damaged = _copy("00001"), _copy("00003"), _copy("00004"), _copy("00005")
    assert (first.accession_no, first.call_number, first.collection_type.name, first.location, first.source,
            first.price, str(first.received_on), first.status) == (
        "0001/PDS/2019", "899.221 3 HIR l", "Umum", "Ruang Baca Umum", "purchase", 79000, "2019-03-12", "available")
    assert (gift.record_id, gift.source, gift.source_detail, gift.price, gift.status) == (
        riyadh.id, "donation", "Bapak H. Sutrisno; Wakaf keluarga", None, "not_for_loan")  # (Tidak dapat dipinjam)
    assert (lost.status, damaged.status, lost.location, lost.collection_type.name) == (
        "lost", "damaged", "Ruang Anak", "Anak")
    # what a copy has no field for: lines of its remarks, in INLISLite's words
    assert damaged.condition_note == ("Keterangan: Sampul sobek, dilem; Bahan sertaan: 1 CD; "
                                      "RFID: E2003412DC03011912345678")
    assert lost.condition_note == "Harga per judul: 35000.00"  # (INLISLite's price of the whole title)
    assert not Item.select().where(Item.barcode.in_(["00006", "00007"])).exists()
    said = _said(plan)
    assert (said[inlislite_backup.IN_QUARANTINE]["records"], said[inlislite_backup.IN_QUARANTINE]["copies"]) == (1, 1)
    assert said[inlislite_backup.NO_RECORD] == {"barcode": "00007", "accession": "0007/PDS/2019"}
    assert said[inlislite_backup.OUT_ON_LOAN]["count"] == 1  # (00002: Dipinjam, on the shelf here)
    assert {kind: said[template]["count"] for kind, template in inlislite_backup.NOT_BROUGHT_SAID.items()} == {
        "members": 3, "loans": 5, "visits": 3, "files": 1, "covers": 1}
    assert "938" in next(n.params["tags"] for n in plan.notices if "tags" in n.params)  # (a vendor's field: named)
    assert inlislite_backup.COLUMNS_NOT_READ not in said  # (every filled column has its place, or is said)
    assert all(notice.line() for notice in plan.notices)


def test_a_second_import_of_the_backup_changes_nothing(lib, librarian, tmp_path):
    dump = sample.write(tmp_path / "backup.sql")
    importer.import_file(lib, librarian, "inlislite-sql", dump)
    again = importer.import_file(lib, librarian, "inlislite-sql", dump).summary()
    assert (again["records"]["add"], again["records"]["update"], again["copies"]["add"], again["copies"]["update"]) == (
        0, 0, 0, 0)


def test_the_records_inlislites_reports_brought_before_are_found_again(lib, librarian, tmp_path):
    report = inlislite_report(tmp_path / "Laporan_Katalog.xlsx", "Laporan Katalog", KATALOG, [
        ["INLIS000000000000012", "0010-0319000012", "Laskar pelangi : sebuah novel / Andrea Hirata", "Andrea Hirata",
         "Cet. 12", "Bentang Pustaka", "Yogyakarta", "2008", "Novel Indonesia", "xiv, 529 hlm. ; 20 cm",
         "9789793062792", "899.221 3 HIR l", "ind", "899.221 3", "", "Ya", "Tidak", "Tidak", "Tidak", "admin",
         "12-03-2019", "admin", "12-03-2019"]])
    importer.import_file(lib, librarian, "inlislite", report)
    importer.import_file(lib, librarian, "inlislite-sql", sample.write(tmp_path / "backup.sql"))
    assert Record.select().where(Record.title == "Laskar pelangi").count() == 1
    assert Item.select().join(Record).where(Record.title == "Laskar pelangi").count() == 2


def test_the_file_is_known_as_inlislites_backup_and_slims_import_says_so(lib, librarian, tmp_path):
    dump = sample.write(tmp_path / "backup.sql")
    assert readers.fitting_format(dump, "slims-sql") == "inlislite-sql"
    assert readers.fitting_format(dump, "csv") == "inlislite-sql"
    for read in (lambda: list(slims_backup.read_biblio(dump)), lambda: list(slims_backup.read_tables(
            dump, {"member"}, required="member"))):
        with pytest.raises(ValidationError) as refused:
            read()
        assert refused.value.template == slims_backup.INLISLITE_BACKUP and "inlislite-sql" in str(refused.value)


def test_what_is_no_inlislite_backup_is_refused_whole(lib, librarian, tmp_path):
    text = tmp_path / "catatan.sql"
    text.write_text("daftar buku\n", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, "inlislite-sql", text)
    assert refused.value.template == inlislite_backup.NOT_A_BACKUP
    slims = tmp_path / "slims.sql"
    slims.write_text("-- MySQL dump\nCREATE TABLE `biblio` (\n  `biblio_id` int\n);\n"
                     "INSERT INTO `biblio` VALUES (1);\n", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, "inlislite-sql", slims)
    assert refused.value.template == inlislite_backup.SLIMS_INSTEAD and "slims-sql" in str(refused.value)
    other = tmp_path / "kas_desa.sql"  # (another program's database)
    other.write_text("-- MySQL dump\nCREATE TABLE `kas` (\n  `id` int\n);\nINSERT INTO `kas` VALUES (1);\n",
                     encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, "inlislite-sql", other)
    assert refused.value.template == inlislite_backup.NO_CATALOGUE
    assert Record.select().count() == 0


def test_a_backup_copied_before_it_was_whole_is_refused_and_nothing_comes_in(lib, librarian, tmp_path):
    whole = sample.write(tmp_path / "whole.sql").read_text(encoding="utf-8")
    cut = tmp_path / "cut.sql"
    cut.write_text(whole[:whole.index("INSERT INTO `collections`") + 60], encoding="utf-8")
    with pytest.raises(ValidationError):
        importer.import_file(lib, librarian, "inlislite-sql", cut)
    assert Record.select().count() == 0 and Item.select().count() == 0


def test_a_row_of_the_backup_that_cannot_be_read_is_said_at_its_line(lib, librarian, tmp_path):
    data = sample.tables()
    dump = sample.write(tmp_path / "backup.sql", data)
    text = dump.read_text(encoding="utf-8").replace("('14','INLIS000000000000014',", "('14',", 1)
    dump.write_text(text, encoding="utf-8")
    plan = importer.import_file(lib, librarian, "inlislite-sql", dump)
    assert [bad.params for bad in plan.bad] == [{"found": len(sample.COLUMNS["catalogs"]) - 1,
                                                 "expected": len(sample.COLUMNS["catalogs"])}]
    assert Record.select().count() == 3  # (the others all in)


def test_the_cli_imports_a_backup(tmp_path, capsys, monkeypatch):
    dump = sample.write(tmp_path / "backup.sql")
    db = str(tmp_path / "baru.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "Baru", "--library-code", "BR",
                     "--librarian", "budi", "--password", "rahasia1"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    assert cli_main(["--lang", "en", "--db", db, "--user", "budi", "import", "inlislite-sql", str(dump)]) == 0
    out = capsys.readouterr().out
    assert "4 of 4" in out and "quarantine" in out


def test_a_title_missing_from_the_marc_fields_is_read_from_the_columns_and_no_date_is_none(lib, librarian, tmp_path):
    data = sample.tables()
    for field in data["catalog_ruas"]:
        if field["CatalogId"] == 12 and field["Tag"] == "245":
            field["Value"] = "$c Andrea Hirata"  # (its $a lost in an edit)
    for copy in data["collections"]:
        if copy["NomorBarcode"] == "00001":
            copy["TanggalPengadaan"] = "0000-00-00 00:00:00"  # (MySQL's no-date)
    plan = importer.import_file(lib, librarian, "inlislite-sql", sample.write(tmp_path / "backup.sql", data))
    assert plan.bad == [] and Record.get(Record.title == "Laskar pelangi").subtitle == "sebuah novel"
    assert (_copy("00001").received_on, plan.flags) == (None, 1)  # (no flag of a date: only the new category's)


def _mysqldump(path, data):
    """The same database as the mysqldump command writes it: each table's CREATE, then its rows (many a statement,
    no column list), by name; strings escaped with backslashes."""
    out = ["-- MySQL dump 10.13  Distrib 5.7.33, for Win64 (x86_64)\n--\n-- Host: localhost    Database: inlislite_v3\n"]
    for table in sorted(data):
        out.append(f"DROP TABLE IF EXISTS `{table}`;\n{sample._create(table)}\n")
        rows = [sample._stamp(row, table) for row in data[table]]
        if rows:
            values = ",".join("(" + ",".join("NULL" if v is None else f"'{sample._addslashes(v)}'".replace("\n", "\\n")
                                             for v in row) + ")" for row in rows)
            out.append(f"LOCK TABLES `{table}` WRITE;\nINSERT INTO `{table}` VALUES {values};\nUNLOCK TABLES;\n")
    out.append("-- Dump completed on 2026-12-01 10:15:00\n")
    path.write_text("".join(out), encoding="utf-8")
    return path


def test_the_same_database_dumped_by_mysqldump_is_known_and_comes_in_alike(lib, librarian, tmp_path):
    dump = _mysqldump(tmp_path / "inlislite_v3.sql", sample.tables())
    assert readers.fitting_format(dump, "slims-sql") == "inlislite-sql"
    plan = importer.import_file(lib, librarian, "inlislite-sql", dump)
    assert (plan.records_add, plan.items_add, plan.bad) == (4, 5, [])
    assert Record.get(Record.title == "Budidaya ikan lele di kolam terpal").notes == (
        "Bantuan Perpusnas 2019.\nDari O'Neil \\ Co.")


def test_a_leader_kept_among_the_marc_fields_is_the_records_leader(lib, librarian, tmp_path):
    data = sample.tables()
    data["catalog_ruas"].append({"ID": 900, "CatalogId": 13, "Tag": "Leader", "Indicator1": None, "Indicator2": None,
                                 "Value": "00000nem a2200000 a 4500", "Sequence": 0})  # (a map, as its leader says)
    plan = importer.import_file(lib, librarian, "inlislite-sql", sample.write(tmp_path / "backup.sql", data))
    riyadh = Record.get(Record.language == "ara")
    assert riyadh.material_type == "other" and "LEADER" not in str(plan.notices).upper()


def test_ids_written_as_decimals_in_one_table_still_join(lib, librarian, tmp_path):
    data = sample.tables()
    for copy in data["collections"]:
        copy["Catalog_id"] = f"{copy['Catalog_id']}.0"  # (a double, as another tool dumps it)
    plan = importer.import_file(lib, librarian, "inlislite-sql", sample.write(tmp_path / "backup.sql", data))
    assert (plan.records_add, plan.items_add) == (4, 5)


def test_mysqls_no_date_is_no_quarantine_and_a_worksheet_says_what_a_marc_record_is(lib, librarian, tmp_path):
    data = sample.tables()
    for row in (*data["catalogs"], *data["collections"]):
        row["QUARANTINEDDATE"] = row.get("QUARANTINEDDATE") or "0000-00-00 00:00:00"  # (a NOT NULL column's default)
    riyadh = next(row for row in data["catalogs"] if row["ID"] == 13)
    riyadh["Worksheet_id"] = 4  # (its MARC fields, with no leader: the worksheet says it is a map)
    plan = importer.import_file(lib, librarian, "inlislite-sql", sample.write(tmp_path / "backup.sql", data))
    assert (plan.records_add, plan.items_add) == (4, 5)
    assert Record.get(Record.language == "ara").material_type == "other"


def test_a_stopped_readings_staging_folder_is_swept_a_day_later(lib, librarian, tmp_path, monkeypatch):
    import os
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    stale, fresh = tmp_path / "tmp" / "pustaka-inlislite-old1", tmp_path / "tmp" / "pustaka-inlislite-new1"
    for folder in (stale, fresh):
        folder.mkdir()
        (folder / "staged.sqlite3").write_bytes(b"x")
    day_old = stale.stat().st_mtime - 2 * 24 * 3600
    os.utime(stale, (day_old, day_old))
    importer.import_file(lib, librarian, "inlislite-sql", sample.write(tmp_path / "backup.sql"))
    assert not stale.exists() and fresh.exists()  # (one under way, or just stopped, is left)
    assert sorted(p.name for p in (tmp_path / "tmp").iterdir()) == ["pustaka-inlislite-new1"]  # (its own: removed)
