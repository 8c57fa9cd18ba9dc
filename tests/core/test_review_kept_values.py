"""Values an import could not read are kept where a person can see them, whatever the librarian does with their
review flags: a copy's price or date that is no price or date ("gratis", "lima belas ribu", "Mar-15", "12 Mrt '15")
goes into the copy's note as written ("Harga tertulis: gratis"), so "keep as written" (one, several, or all)
loses nothing; the flag names the copy's field, so a right value typed on the list is written to that copy."""

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item
from tests.core.test_interop_slims import ITEM_HEADER, item_line

# a hand-kept Excel list saved as CSV, as a village library's looks: prices and dates as people write them
HAND_LIST = (
    "Judul,Pengarang,Kelas,Bahasa,Barcode,Harga,Tgl Terima,Keterangan\n"
    "Laskar Pelangi,Andrea Hirata,813,ind,B001,gratis,Mar-15,\n"
    "Ronggeng Dukuh Paruk,Ahmad Tohari,899.221 3,ind,B002,lima belas ribu,12 Mrt '15,sampul lepas\n"
    "Bumi Manusia,Pramoedya Ananta Toer,899.221 3,ind,B003,25000,2015-03-01,\n"
)


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def cli_library(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "--lang", "en", "init", "--library-name", "Desa", "--library-code", "DSA",
               "--librarian", "budi", "--password", "rahasia1")[0] == 0
    path = tmp_path / "buku.csv"
    path.write_text(HAND_LIST, encoding="utf-8")
    assert run(capsys, "--db", db, "--lang", "en", "import", "csv", str(path))[0] == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    return db


def _notes(db: str) -> dict[str, tuple]:
    from pustaka_desktop.core.service import Library

    lib = Library.open(db)
    try:
        return {i.barcode: (i.price, i.received_on, i.condition_note) for i in Item.select()}
    finally:
        lib.close()


def test_keeping_every_flag_as_written_leaves_the_prices_and_dates_on_the_copies(cli_library, capsys):
    base = ("--db", cli_library, "--lang", "en", "--user", "budi", "review")
    code, out, _ = run(capsys, *base, "fix", "--all", "--keep")
    assert code == 0 and "4 items kept as written." in out
    copies = _notes(cli_library)
    assert copies["B001"] == (None, None, "Harga tertulis: gratis; Tanggal terima tertulis: Mar-15")
    assert copies["B002"] == (None, None, "sampul lepas; Harga tertulis: lima belas ribu; "
                                          "Tanggal terima tertulis: 12 Mrt '15")
    assert copies["B003"][2] == ""  # (a price and date that were read: nothing to note)


def test_a_price_typed_on_the_list_is_written_to_the_flagged_copy(cli_library, capsys):
    code, out, _ = run(capsys, "--db", cli_library, "--lang", "en", "--user", "budi", "review", "list", "--json")
    import json

    items = {(i["barcode"], i["field"]): i["id"] for i in json.loads(out)["items"]}
    assert set(items) == {("B001", "price"), ("B001", "received_on"), ("B002", "price"), ("B002", "received_on")}
    base = ("--db", cli_library, "--lang", "en", "--user", "budi", "review", "fix")
    assert run(capsys, *base, str(items[("B002", "price")]), "--value", "15.000")[0] == 0
    assert run(capsys, *base, str(items[("B002", "received_on")]), "--value", "2015-03-12")[0] == 0
    price, received, note = _notes(cli_library)["B002"]
    assert (price, str(received)) == (15000, "2015-03-12")
    assert "Harga tertulis: lima belas ribu" in note  # (what the file said stays readable)


def test_a_second_import_neither_repeats_the_note_nor_replaces_the_librarians_own(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text(HAND_LIST, encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    copy = Item.get(Item.barcode == "B001")
    copy.condition_note = "sampul robek"
    copy.save()
    importer.import_file(lib, librarian, "csv", path)
    importer.import_file(lib, librarian, "csv", path)
    assert Item.get(Item.barcode == "B001").condition_note == (
        "sampul robek; Harga tertulis: gratis; Tanggal terima tertulis: Mar-15")
    assert Item.get(Item.barcode == "B002").condition_note == (
        "sampul lepas; Harga tertulis: lima belas ribu; Tanggal terima tertulis: 12 Mrt '15")


def test_slims_item_export_keeps_its_unreadable_price_and_dates_in_the_note(lib, librarian, tmp_path):
    from pustaka_desktop.core.interop import slims
    from tests.core.test_interop_slims import biblio_line

    biblio = tmp_path / "biblio.csv"
    biblio.write_text(",".join(slims.BIBLIO_COLUMNS) + ",\n" + biblio_line(title="Sang Pemimpi", gmd_name="Text")
                      + "\n", encoding="utf-8")
    importer.import_file(lib, librarian, "slims-biblio", biblio)
    items = tmp_path / "item.csv"
    items.write_text("\n".join([ITEM_HEADER + ",", item_line(
        item_code="S001", title="Sang Pemimpi", price="-- gratis --", price_currency="Rupiah", order_date="kemarin",
        invoice_date="31/02/2019", received_date="2019-03-04")]), encoding="utf-8")
    importer.import_file(lib, librarian, "slims-item", items)
    copy = Item.get(Item.barcode == "S001")
    assert str(copy.received_on) == "2019-03-04"
    assert copy.condition_note == ("Tanggal pesan tertulis: kemarin; Harga tertulis: -- gratis --; "
                                   "Tanggal faktur tertulis: 31/02/2019")
    flags = review.open_flags(lib)
    assert {(f.field, f.item_id) for f in flags} == {("order_date", copy.id), ("price", copy.id),
                                                      ("invoice_date", copy.id)}
    review.keep_many(lib, librarian, [f.id for f in flags])
    assert Item.get(Item.barcode == "S001").condition_note.count("tertulis") == 3


def test_marc_flags_of_a_later_copy_belong_to_that_copy(lib, librarian, tmp_path):
    """Koha's 952 per copy: the second copy's price "gratis" is flagged against the second copy (a fix writes
    there), not against the record's first copy, and noted on the second copy only."""
    path = tmp_path / "koha.mrk"
    path.write_text("=LDR  00000nam  2200000   4500\n=001  KOHA-7\n=245  10$aSi Kancil\n"
                    "=952  \\\\$pK001$g30000\n=952  \\\\$pK002$ggratis\n", encoding="utf-8")
    importer.import_file(lib, librarian, "marc", path)
    second = Item.get(Item.barcode == "K002")
    (flag,) = review.open_flags(lib)
    assert (flag.field, flag.item_id) == ("price", second.id)
    review.fix(lib, librarian, flag.id, "5000")
    assert (Item.get(Item.barcode == "K001").price, Item.get(Item.barcode == "K002").price) == (30000, 5000)
    assert (Item.get(Item.barcode == "K001").condition_note, second.condition_note) == ("", "Harga tertulis: gratis")


NO_CLASS_LIST = (
    "Judul,Pengarang,Kelas,Bahasa\n"
    "Ronggeng Dukuh Paruk,Ahmad Tohari,?,?\n"  # (a dash is no value at all: read as an empty cell)
    "Kumpulan Resep,Anonim,umum,ind\n"
    "Modul Kesehatan Desa,Dinkes,PDF,ind\n"
    "Buku Tamu,Anonim,0,ind\n"
    "Tafsir Jalalain,Anonim,Agama,ind\n"
)


def test_a_class_that_says_none_is_suggested_empty_and_all_suggestions_empty_it(cli_library, capsys, tmp_path):
    path = tmp_path / "kelas.csv"
    path.write_text(NO_CLASS_LIST, encoding="utf-8")
    assert run(capsys, "--db", cli_library, "--lang", "en", "--user", "budi", "import", "csv", str(path))[0] == 0
    base = ("--db", cli_library, "--lang", "en", "--user", "budi", "review")
    code, out, _ = run(capsys, *base, "list", "--reason", "ddc")
    assert out.count("Suggestion: (leave empty)") == 4 and "\u2205" not in out  # ("Agama": no guess)
    code, out, _ = run(capsys, *base, "list", "--reason", "language", "--json")
    import json

    (language,) = json.loads(out)["items"]
    assert (language["value"], language["suggestion"]) == ("?", "ind")  # as an empty language cell is taken
    assert run(capsys, *base, "fix", "--all")[0] == 0
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.models import Record

    lib = Library.open(cli_library)
    try:
        classes = {r.title: (r.ddc, r.language) for r in Record.select()}
        left = [(f.value, f.suggestion) for f in review.open_flags(lib)]
    finally:
        lib.close()
    assert classes["Ronggeng Dukuh Paruk"] == ("", "ind")
    assert classes["Kumpulan Resep"][0] == classes["Modul Kesehatan Desa"][0] == classes["Buku Tamu"][0] == ""
    assert ("Agama", "") in left and classes["Tafsir Jalalain"][0] == "Agama"

