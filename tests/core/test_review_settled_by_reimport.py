"""The librarian corrects in her file what the review list named and imports it again: the new value is written,
and the items about the old one leave the list (they stayed open, about a value the catalogue no longer had, and
the dashboard kept counting them). An item about a value the file still has wrong stays; so does one the
correction did not reach."""

from __future__ import annotations

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item, Record

HEADER = "Judul;Pengarang;ISBN;Kode Eksemplar;Tgl Terima\n"


def _sheet(path, rows: list[str]):
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _open(lib) -> dict[tuple[str, str], str]:
    return {(entry.reason, entry.value): entry.title for entry in review.open_flags(lib)}


def test_a_corrected_file_imported_again_settles_the_items_about_the_old_values(lib, librarian, tmp_path):
    first = _sheet(tmp_path / "buku induk.csv", [
        "Ronggeng Dukuh Paruk;Ahmad Tohari;979-22-0196-0;B001;Juni 2019",
        "Bumi Manusia;Pramoedya Ananta Toer;9789799731236;B002;12-03-2019",
        "Budidaya Lele;Tim Penyusun;978-979-002-xxx;B003;2019-05-01"])
    importer.import_file(lib, librarian, "csv", first)
    assert set(_open(lib)) == {("isbn", "979-22-0196-0"), ("date", "Juni 2019"), ("isbn", "9789799731236"),
                               ("isbn", "978-979-002-xxx")}
    again = _sheet(tmp_path / "buku induk (benar).csv", [
        "Ronggeng Dukuh Paruk;Ahmad Tohari;979-22-0196-3;B001;03-06-2019",  # ISBN and date corrected
        "Bumi Manusia;Pramoedya Ananta Toer;9789799731236;B002;12-03-2019",  # not corrected: still wrong
        "Budidaya Lele;Tim Penyusun;9789790021234;B003;2019-05-01"])  # "corrected", but still no ISBN
    result = importer.import_file(lib, librarian, "csv", again)
    assert result.records_update == 1 and result.items_update == 1
    ronggeng = Record.get(Record.title == "Ronggeng Dukuh Paruk")
    assert ronggeng.isbn == "9789792201963" and str(Item.get(Item.barcode == "B001").received_on) == "2019-06-03"
    assert set(_open(lib)) == {("isbn", "9789799731236"), ("isbn", "978-979-002-xxx"), ("isbn", "9789790021234")}
    settled = [entry for entry in review.open_flags(lib, limit=-1)]
    assert all(entry.title != "Ronggeng Dukuh Paruk" for entry in settled)


def test_a_dry_run_of_the_corrected_file_settles_nothing(lib, librarian, tmp_path):
    importer.import_file(lib, librarian, "csv", _sheet(tmp_path / "a.csv", ["Ronggeng Dukuh Paruk;Ahmad Tohari;"
                                                                              "979-22-0196-0;B001;2019-06-03"]))
    importer.import_file(lib, librarian, "csv", _sheet(tmp_path / "b.csv", ["Ronggeng Dukuh Paruk;Ahmad Tohari;"
                                                                              "979-22-0196-3;B001;2019-06-03"]),
                         dry_run=True)
    assert set(_open(lib)) == {("isbn", "979-22-0196-0")}


def test_undoing_the_corrected_import_puts_the_items_back_on_the_list(lib, librarian, clock, tmp_path):
    """The corrected file was the wrong one after all: undone, the old value is back, and so is the item about it."""
    from pustaka_desktop.core.interop import import_undo
    from pustaka_desktop.core.store.models import AuditLog

    importer.import_file(lib, librarian, "csv", _sheet(tmp_path / "a.csv", [
        "Ronggeng Dukuh Paruk;Ahmad Tohari;979-22-0196-0;B001;2019-06-03",
        "Bumi Manusia;Pramoedya Ananta Toer;9789799731236;B002;2019-03-12"]))
    (bumi,) = [entry for entry in review.open_flags(lib) if entry.title == "Bumi Manusia"]
    review.keep(lib, librarian, bumi.id)  # (she looked at the book: printed so)
    clock.advance(hours=1)
    importer.import_file(lib, librarian, "csv", _sheet(tmp_path / "b.csv", [
        "Ronggeng Dukuh Paruk;Ahmad Tohari;979-22-0196-3;B001;2019-06-03",
        "Bumi Manusia;Pramoedya Ananta Toer;9789799731234;B002;2019-03-12"]))
    assert not review.open_flags(lib)
    clock.advance(hours=1)
    last = AuditLog.select().where(AuditLog.action == "catalog.import").order_by(AuditLog.id.desc()).first().id
    import_undo.undo_import(lib, librarian, last)
    assert Record.get(Record.title == "Ronggeng Dukuh Paruk").isbn == "979-22-0196-0"
    assert Record.get(Record.title == "Bumi Manusia").isbn == "9789799731236"
    assert set(_open(lib)) == {("isbn", "979-22-0196-0")}  # (the one she kept stays kept)
