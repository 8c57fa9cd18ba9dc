"""Moving day: copies an import gives this library's own barcode (the file lists them without one: a buku induk kept
in Excel with a Jumlah column, INLISLite's Buku Induk) have books without a label a scanner reads. The import says
how many and how to print their labels; the label selection ``new-barcodes`` picks exactly them (``just-added``
cannot: they keep the old received dates). After a SLiMS CSV import, the next steps of the move are said too."""

from __future__ import annotations

import shlex

import pytest

from pustaka_desktop.cli import build_parser, main
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.printing import labels, selection, templates
from pustaka_desktop.core.store.models import Item

from .test_import_inlislite_rest import COPIES, LASKAR, RONGGENG, buku_induk, periodik_ods
from .test_interop_slims_pair import biblio_text, items_text

# a buku induk kept by hand: one row per title, how many copies in "Jumlah", no barcode (the books had none)
ROOM_A = """No.,Tanggal Terima,Judul,Pengarang,Penerbit,Tahun,Jumlah,Asal
1,12/03/2015,Laskar Pelangi,Andrea Hirata,Bentang,2005,3,Pembelian
2,12/03/2015,Bumi Manusia,Pramoedya Ananta Toer,Hasta Mitra,1980,2,Hibah
3,02/01/2016,Ronggeng Dukuh Paruk,Ahmad Tohari,Gramedia,1982,1,Pembelian
"""
ROOM_B = """No.,Tanggal Terima,Judul,Pengarang,Penerbit,Tahun,Jumlah,Asal
1,05/06/2017,Si Kancil dan Buaya,Anonim,Balai Pustaka,1999,2,Hibah
"""
ROOM_C = """No.,Tanggal Terima,Judul,Pengarang,Penerbit,Tahun,Jumlah,Asal
1,01/02/2018,Budidaya Lele,Tim Penyusun,Penebar Swadaya,2015,1,Pembelian
"""


def sheet(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def barcodes(spec: str, lib) -> list[str]:
    return [item.barcode for item in selection.select_items(lib, spec)]


def test_a_buku_induk_with_jumlah_lists_the_copies_it_gave_new_barcodes_once(lib, librarian, tmp_path):
    path = sheet(tmp_path, "buku induk ruang A.csv", ROOM_A)
    check = importer.import_file(lib, librarian, "csv", path, dry_run=True)
    assert check.barcodes_given == 6 and selection.select_items(lib, "new-barcodes") == []
    plan = importer.import_file(lib, librarian, "csv", path)
    assert plan.barcodes_given == 6 and plan.summary()["copies"]["new_barcodes"] == 6
    made = sorted(item.barcode for item in Item.select())
    assert barcodes("new-barcodes", lib) == made and len(made) == 6
    with pytest.raises(ValidationError) as caught:  # "just added" leaves them out: the message names the way
        selection.copies_to_print(lib, "just-added")
    assert caught.value.template == selection.ONLY_GIVEN_BARCODES and caught.value.params["count"] == 6
    again = importer.import_file(lib, librarian, "csv", path)  # the same file again: nothing new, nothing twice
    assert (again.items_add, again.barcodes_given) == (0, 0)
    assert barcodes("new-barcodes", lib) == made


def test_a_second_sheet_joins_the_list_until_labels_are_printed(lib, librarian, tmp_path):
    importer.import_file(lib, librarian, "csv", sheet(tmp_path, "a.csv", ROOM_A))
    importer.import_file(lib, librarian, "csv", sheet(tmp_path, "b.csv", ROOM_B))  # the next room, same afternoon
    chosen = selection.copies_to_print(lib, "new-barcodes")
    assert len(chosen) == 8
    template = templates.get_template("tj121")
    labels.print_labels(lib, librarian, "combined", template, selection.copy_labels(chosen), tmp_path / "l.pdf")
    assert len(selection.select_items(lib, "new-barcodes")) == 8  # (printed again after a paper jam)
    importer.import_file(lib, librarian, "csv", sheet(tmp_path, "c.csv", ROOM_C))  # next week's room
    [lele] = selection.copies_to_print(lib, "new-barcodes")
    assert lele.record.title == "Budidaya Lele"


def test_copies_given_the_barcode_on_their_book_later_leave_the_list(lib, librarian, tmp_path):
    """INLISLite's Buku Induk has no barcode; its Periodik report then gives each copy the label on its book."""
    induk = buku_induk(tmp_path / "Laporan_Buku_Induk.xls", [
        ["2019-03-12 00:00:00", "001/PD/2019", *LASKAR], ["2019-03-12 00:00:00", "002/PD/2019", *LASKAR],
        ["2020-08-05 00:00:00", "003/PD/2020", *RONGGENG]])
    assert importer.import_file(lib, librarian, "inlislite", induk).barcodes_given == 3
    assert len(selection.select_items(lib, "new-barcodes")) == 3
    importer.import_file(lib, librarian, "xlsx", periodik_ods(tmp_path / "periodik.ods", COPIES[:2]))
    [left] = selection.select_items(lib, "new-barcodes")
    assert left.accession_no == "003/PD/2020"  # (the one the report did not list still has no label)


def test_nothing_given_says_why(lib):
    with pytest.raises(ValidationError) as caught:
        selection.copies_to_print(lib, "new-barcodes")
    assert caught.value.template == selection.NO_BARCODES_GIVEN


# --- pustaka-cli -------------------------------------------------------------------------------------------------


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    return code, capsys.readouterr().out


@pytest.fixture
def cli_db(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "Perpus Desa"
    folder.mkdir()
    db = str(folder / "perpus.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Taman Bacaan Melati", "--library-code", "TBM",
               "--librarian", "siti", "--password", "rahasia123")[0] == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia123")
    monkeypatch.chdir(tmp_path)
    return db


def commands_in(line: str) -> list[list[str]]:
    """Each ``pustaka-cli ...`` of a printed line, as the librarian would paste it (until a bracket or the end)."""
    return [shlex.split(part.split(")")[0].split(";")[0]) for part in line.split("pustaka-cli ")[1:]]


def test_the_import_says_how_many_need_labels_and_the_printed_command_prints_them(cli_db, tmp_path, capsys):
    path = str(sheet(tmp_path, "buku induk.csv", ROOM_A))
    code, out = run(capsys, "--db", cli_db, "--user", "siti", "import", "csv", path, "--dry-run")
    assert code == 0 and "6 copies will get a new barcode" in out
    code, out = run(capsys, "--db", cli_db, "--user", "siti", "import", "csv", path)
    line = next(line for line in out.splitlines() if "new barcode" in line)
    assert line.startswith("6 copies got a new barcode")
    [command] = commands_in(line)
    code, out = run(capsys, *command)
    assert code == 0 and "Wrote 6 labels" in out and (tmp_path / "label-baru.pdf").exists()
    code, out = run(capsys, "--db", cli_db, "--user", "siti", "import", "csv", path)
    assert code == 0 and "new barcode" not in out  # the second import lists nothing again


def test_a_slims_csv_import_says_the_next_steps_with_commands_that_run(cli_db, tmp_path, capsys):
    biblio, items = tmp_path / "biblio.csv", tmp_path / "item.csv"
    biblio.write_text(biblio_text(), encoding="utf-8")
    items.write_text(items_text(), encoding="utf-8")
    code, out = run(capsys, "--db", cli_db, "--user", "siti", "import", "slims-biblio", str(biblio), "--items",
                    str(items))
    line = next(line for line in out.splitlines() if line.startswith("Next steps of the move from SLiMS"))
    commands = commands_in(line)
    assert [command[4] for command in commands] == ["members-import", "history-import", "loans-import"]
    for command in commands:
        assert command[:4] == ["--db", cli_db, "--user", "siti"]
        build_parser().parse_args(command)  # (a SystemExit here: the printed command does not run)
    code, out = run(capsys, "--db", cli_db, "--user", "siti", "import", "slims-biblio", str(biblio))
    assert "Next steps" not in out  # the biblio file alone: its copies come next, not the members


def test_a_slims_backup_import_names_the_same_backup_for_the_members_and_the_history(cli_db, tmp_path, capsys):
    from .test_interop_slims_backup import write_dump

    (tmp_path / "Cadangan SLiMS").mkdir()  # (a folder with a space: the command quotes it)
    dump = str(write_dump(tmp_path / "Cadangan SLiMS" / "backup_20260301_170000.sql"))
    code, out = run(capsys, "--db", cli_db, "--user", "siti", "import", "slims-sql", dump)
    line = next(line for line in out.splitlines() if line.startswith("Next steps of the move from SLiMS"))
    commands = commands_in(line)
    assert [command[4:] for command in commands] == [["members-import", dump], ["history-import", dump]]
    for command in commands:
        build_parser().parse_args(command)
