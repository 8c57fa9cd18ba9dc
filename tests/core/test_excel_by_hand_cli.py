"""pustaka-cli with a buku induk kept in Excel a sheet a year: the dry run, the import and the review list say
which sheet and row each thing is in, so the librarian can find it in her workbook."""

from __future__ import annotations

from pustaka_desktop.cli import main

from .test_excel_by_hand import _buku_induk


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_review_list_names_the_sheet_and_row_of_each_item(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Desa Sukamaju", "--library-code", "SKM",
               "--librarian", "budi", "--password", "rahasia1")[0] == 0
    path = _buku_induk(tmp_path / "buku induk.xlsx", {
        "2019": [("02-04-2019", "001", "Laskar Pelangi", "Andrea Hirata", "2008", "X", None, None, 1, 25000)],
        "2020": [(None, None, "TAHUN 2020"),
                 ("03-02-2020", "002", "Ronggeng Dukuh Paruk", "Ahmad Tohari", "2003", "X", "X", None, 1, 45000)]})
    code, out, _ = run(capsys, "--db", db, "import", "xlsx", str(path), "--dry-run")
    assert code == 0 and "2 of 2 records can come in" in out
    assert 'Sheet 2020: Headings between the rows ("TAHUN 2020") left out, not books or members: row 6.' in out
    code, out, _ = run(capsys, "--db", db, "import", "xlsx", str(path), "--review")
    assert code == 0
    assert "Asal Buku is marked under more than one column (Beli, Hibah)" in out
    assert "In the file: buku induk.xlsx, sheet 2020, row 7" in out
    code, out, _ = run(capsys, "--db", db, "review", "list")
    assert "In the file: buku induk.xlsx, sheet 2020, row 7" in out
