"""A CSV list with a quote mark typed at the start of a cell and never closed (``"Sang Pemimpi``): the csv module read
the whole rest of the file as that one cell, and a 3,000-row list came in as 201 books without a word. Now the row
is read as written, every row after it comes in, and the cell is on the review list with the text without the mark
as its suggestion; a cell spanning lines as Excel writes it (Alt+Enter) is still one cell."""

from __future__ import annotations

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer, text_rows
from pustaka_desktop.core.store.models import Member, Record


def _rows(lines: list[str], width: int = 2) -> tuple[list[list[str]], set[int]]:
    stray: set[int] = set()
    return list(text_rows.rows(iter(lines), ";", width, stray)), stray


def test_a_never_closed_quote_is_text_and_the_rows_after_it_are_rows():
    rows, stray = _rows(["Judul;Pengarang;Tahun", 'X;"Sang Pemimpi;2002', "Y;Z;2003", 'A;"Stray;2005',
                         'B;"dikutip";2006', "C;D;2007", 'E;"terbuka sampai akhir'])
    assert rows == [["Judul", "Pengarang", "Tahun"], ["X", '"Sang Pemimpi', "2002"], ["Y", "Z", "2003"],
                    ["A", '"Stray', "2005"], ["B", "dikutip", "2006"], ["C", "D", "2007"],
                    ["E", '"terbuka sampai akhir']]
    assert stray == {2, 4, 7}  # (row 4's quote was closed by row 5's: the cell held a whole row, so a stray too)


def test_cells_on_several_lines_and_doubled_quotes_read_as_the_csv_module_reads_them():
    rows, stray = _rows(['"Catatan', 'dua baris";B;2001', 'W;"Jl. Merdeka 5', 'RT 02/RW 03";2004',
                         'K;"Buku ""Kancil"" dan Buaya";2005', '"Kancil" dan Buaya;L;2006', ""])
    assert rows == [["Catatan\ndua baris", "B", "2001"], ["W", "Jl. Merdeka 5\nRT 02/RW 03", "2004"],
                    ["K", 'Buku "Kancil" dan Buaya', "2005"], ["Kancil dan Buaya", "L", "2006"], []]
    assert stray == set()


def test_a_stray_among_quoted_cells_keeps_the_cells_around_it():
    rows, stray = _rows(['"Bentang";"Sang Pemimpi;Hirata, Andrea', '"Mizan";"Ayat-ayat Cinta";"El Shirazy"'])
    assert rows == [["Bentang", '"Sang Pemimpi', "Hirata, Andrea"], ["Mizan", "Ayat-ayat Cinta", "El Shirazy"]]
    assert stray == {1}


def test_a_cell_that_spans_more_lines_than_any_cell_does_is_a_stray():
    lines = ['A;"Catatan'] + [f"baris {n}" for n in range(text_rows.MOST_LINES + 5)] + ['selesai";B']
    rows, stray = _rows(lines)
    assert rows[0] == ["A", '"Catatan'] and stray == {1} and len(rows) == len(lines)


def _list_with_a_stray(path, count: int = 3000):
    lines = ["Judul;Pengarang;Penerbit;Tahun"]
    for n in range(count):
        title = '"Sang Pemimpi' if n == 200 else f"Buku ke-{n}"
        lines.append(f"{title};Penulis {n};Balai Pustaka;2001")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_row_of_a_list_with_a_stray_quote_comes_in_and_the_cell_is_on_the_review_list(lib, librarian, tmp_path):
    result = importer.import_file(lib, librarian, "csv", _list_with_a_stray(tmp_path / "daftar buku.csv"))
    assert result.records_add == 3000 and not result.bad
    assert Record.select().where(Record.title == "Buku ke-2999").count() == 1
    (entry,) = [e for e in review.open_flags(lib) if e.reason == "quote"]
    assert (entry.title, entry.field, entry.suggestion, entry.row) == ('"Sang Pemimpi', "title", "Sang Pemimpi", 202)
    assert "never closed" in entry.message()
    review.fix(lib, librarian, entry.id)
    assert Record.get_by_id(entry.record_id).title == "Sang Pemimpi"


def test_ditto_marks_typed_as_a_quote_mark_are_the_cell_above_not_strays(lib, librarian, tmp_path):
    """A list typed in Notepad writes the ditto mark as a lone ``"``: the csv module read it as the start of a quoted
    cell (every row after it in one cell); it is the book above's publisher, as in a workbook, and not flagged."""
    path = tmp_path / "daftar.csv"
    path.write_text("Judul;Penerbit;Tahun\nLaskar Pelangi;Bentang;2005\nSang Pemimpi;\";2006\nEdensor;\";2007\n"
                    "Bumi Manusia;Hasta Mitra;1980\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert result.records_add == 4 and not result.bad
    assert {r.title: r.publisher for r in Record.select()} == {
        "Laskar Pelangi": "Bentang", "Sang Pemimpi": "Bentang", "Edensor": "Bentang", "Bumi Manusia": "Hasta Mitra"}
    assert not [e for e in review.open_flags(lib) if e.reason == "quote"]


def test_the_cli_says_it_in_indonesian(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--db", db, "init", "--library-name", "Desa", "--library-code", "DSA", "--librarian", "budi",
                 "--password", "rahasia1"]) == 0
    capsys.readouterr()
    code = main(["--db", db, "import", "csv", str(_list_with_a_stray(tmp_path / "daftar.csv", 300)), "--review"])
    out = capsys.readouterr().out
    assert code == 0 and "300 dari 300 judul berhasil masuk" in out
    assert "tanda kutip" in out and "Saran: Sang Pemimpi" in out


@pytest.mark.parametrize("name", ["anggota.csv"])
def test_a_member_list_with_a_stray_quote_loses_no_one(lib, librarian, tmp_path, name):
    from pustaka_desktop.core.interop import member_import

    names = ['"Siti Aminah' if n == 3 else f"Anggota {n}" for n in range(40)]
    lines = ["Nama;Alamat;No. HP"] + [f"{name};Desa Sukamaju;08123{n:05d}" for n, name in enumerate(names)]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = member_import.import_members(lib, librarian, path)
    assert result.add == 40 and not result.bad and Member.select().count() == 40
    (said,) = [notice.line() for notice in result.notices if notice.template == text_rows.STRAY_QUOTE_ROWS]
    assert said.startswith("Rows 5: a cell starts with a quotation mark")
