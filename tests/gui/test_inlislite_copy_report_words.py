"""What the import says of INLISLite's copy report (Laporan Eksemplar), in the wizard and on the CLI: a list of
copies is said in copies, with what came of their records."""

from __future__ import annotations

from pustaka_desktop.cli import main
from pustaka_desktop.core.interop import importer
from pustaka_desktop.gui.import_wizard import describe
from tests.core.test_inlislite_33_movein_walk import EKSEMPLAR, inlislite_report
from tests.core.test_inlislite_movein_faults import SEJARAH, _copy_row, _twice


def test_a_copy_report_is_counted_in_copies_not_as_rows_joined_into_records(lib, librarian, tmp_path, capsys):
    """Three copies of two books said "1 of 3 records came in … rows describing the same book as an earlier row: 2":
    a list of copies is said in copies (with what came of their records)."""
    importer.import_file(lib, librarian, "inlislite", _twice(tmp_path, {"isbn": "978-602-8519-93-9"}))
    eksemplar = inlislite_report(tmp_path / "Laporan_Eksemplar.xlsx", "Worksheet", EKSEMPLAR, [
        _copy_row("00000001", "0001/PD/2019", **SEJARAH, isbn="978-602-8519-93-9"),
        _copy_row("00000002", "0002/PD/2019", **SEJARAH),
        _copy_row("00000003", "0003/PD/2019", **SEJARAH)])
    check = importer.import_file(lib, librarian, "inlislite", eksemplar, dry_run=True)
    words = describe(check)
    assert words.splitlines()[0] == "3 of 3 copies can come in."
    assert "same book as an earlier row" not in words and "records can come in" not in words
    assert "Records: 0 to add, 0 to update, 2 already the same." in words
    lib.close()
    assert main(["--lang", "en", "--db", str(lib.path), "import", "inlislite",
                 str(eksemplar)]) == 0
    said = capsys.readouterr().out
    assert "3 of 3 copies came in (0 rows refused)." in said and "records came in" not in said
