"""Our own exports imported back: into an empty library they give the same records and copies (all the
format has a place for), and into the library they came from they change nothing. SLiMS CSV (biblio and
item files) and xlsx, with the values that used to come back changed: a formula-looking title, a typed
backslash-n, a UDC class without a DDC, copies of one record with their own call numbers, an
organisation whose name holds "&" or "dan", a hidden record, author roles, the order and invoice."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pustaka_desktop.core.catalog import records
from pustaka_desktop.core.cells import as_written, neutralise
from pustaka_desktop.core.community import members
from pustaka_desktop.core.interop import (
    importer,
    member_import,
    row_checks,
    sheet_values,
    slims,
    slims_csv,
    slims_members,
    spreadsheet,
)
from pustaka_desktop.core.store import write
from pustaka_desktop.core.store.models import ChangeLog, CollectionType, Item, Member, Record, ReviewFlag
from pustaka_desktop.i18n import translator_for
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

A = dict  # an author: A(name=..., role=..., kind=...)

RECORDS = {
    "laskar": dict(title="Laskar pelangi", subtitle="sebuah novel", ddc="F 899.2213", year_text="2008",
                   publisher="Bentang Pustaka", place="Yogyakarta", language="ind",
                   notes="Paragraf satu.\n\nParagraf dua.",
                   authors=[A(name="Hirata, Andrea", role="primary", kind="person"),
                            A(name="Risdiyanto, Imam", role="editor", kind="person"),
                            A(name="Bentang Pustaka", role="additional", kind="organisation")]),
    "peta": dict(title="Peta Kabupaten Banyumas", class_other="udc 912(594.53)", year_text="[199-?]",
                 material_type="other"),
    "naskah": dict(title="Katalog naskah desa", ddc="091", year_text="2020", hidden=True,
                   notes="Berkas pindaian: D:\\naskah\\baru\\katalog.pdf\nBaris kedua.",
                   authors=[A(name="Rumah Baca Cahaya & Pustaka Bergerak", role="primary", kind="organisation"),
                            A(name="Kelompok Wanita Tani Melati dan PKK Desa Sukamaju", role="translator",
                              kind="organisation"),
                            A(name="Soebroto", role="illustrator", kind="person")]),
    "chairil": dict(title="-Ku dan -Mu dalam puisi Chairil", ddc="899.2211", year_text="1999",
                    authors=[A(name="@sastradesa", role="primary", kind="person")], subjects=["=Puisi Indonesia"]),
}
COPIES = [
    ("laskar", dict(barcode="b0001a", accession_no="001/P/2024", call_number="F 899.2213 HIR l",
                    collection_type="Sirkulasi", location="Ruang Baca", source="purchase", supplier="Toko Gramedia",
                    order_no="PO-17/2024", order_date=date(2024, 2, 1), invoice="INV 2024/0031",
                    invoice_date=date(2024, 2, 10), price=89000, received_on=date(2024, 2, 12))),
    ("laskar", dict(barcode="SRC000002", accession_no="002/P/2024", call_number="F 899.2213 HIR l c.2",
                    collection_type="Sirkulasi", location="Ruang Baca", source="purchase", price=0,
                    received_on=date(2024, 3, 1), status="damaged", condition_note="Sampul sobek.")),
    ("peta", dict(barcode="SRC000016", accession_no="016/S/2000", call_number="912 PET", location="Dinding",
                  source="purchase", received_on=date(2000, 1, 1), price=15000)),
    ("naskah", dict(barcode="SRC000021", accession_no="021/S/2020", call_number="091 RUM k", location="Lemari",
                    source="purchase", condition_note="Lihat D:\\naskah\\catatan.txt")),
    ("chairil", dict(barcode="SRC000022", accession_no="022/P/1999", call_number="899.2211 SAS k",
                     location="Ruang Baca", source="purchase", price=12000, supplier="=Toko Buku Sinar")),
]
# what is the catalogue's own or derived, not a value of the record or copy a file carries
NOT_CARRIED = {"id", "uid", "origin", "version", "deleted", "created_at", "updated_at", "field_versions", "cover",
               "match_key", "slims_id", "record"}


def build(lib) -> None:
    """The records and copies, stored as the catalogue stores them."""
    types = {name: id_ for id_, name in CollectionType.select(CollectionType.id, CollectionType.name).tuples()}
    made = {}
    for key, spec in RECORDS.items():
        cleaned = records.clean_record(dict(spec), 2026)
        cleaned["match_key"] = records.match_key(cleaned["title"], records.first_author(cleaned.get("authors")))
        made[key] = write.insert(lib, Record, **cleaned)
    for key, spec in COPIES:
        fields = dict(spec)
        if "collection_type" in fields:
            name = fields["collection_type"]
            if name not in types:
                types[name] = write.insert(lib, CollectionType, name=name).id
            fields["collection_type"] = types[name]
        write.insert(lib, Item, record=made[key].id, **fields)


def described(record: Record) -> dict:
    """A record with its copies (by barcode), field by field, as a file carries them."""
    fields = {k: v for k, v in record.__data__.items() if k not in NOT_CARRIED}
    fields["authors"] = json.loads(fields["authors"])
    fields["subjects"] = json.loads(fields["subjects"])
    fields["hidden"] = bool(fields["hidden"])
    fields["items"] = {}
    for item in Item.select().where(Item.record == record, Item.deleted == False):  # noqa: E712
        copy = {k: v for k, v in item.__data__.items() if k not in NOT_CARRIED}
        copy["collection_type"] = item.collection_type.name if item.collection_type else ""
        fields["items"][item.barcode] = copy
    return fields


def catalogue() -> dict[str, dict]:
    """Every record (by title and subtitle as one) with its copies, field by field, as a file carries them."""
    return {slims.full_title(record): described(record)
            for record in Record.select().where(Record.deleted == False)}  # noqa: E712


def fingerprint(lib) -> tuple:
    """Every column of every record and copy (versions too), and the change log: what a sync would send."""
    rows = tuple(tuple(lib.db.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall())
                 for table in ("record", "item", "collection_type", "subject"))
    return rows, ChangeLog.select().count()


def export_slims(lib, librarian, tmp_path):
    biblio, items = tmp_path / "biblio.csv", tmp_path / "item.csv"
    slims.export_biblio(lib, librarian, biblio)
    slims.export_items(lib, librarian, items)
    return biblio, items


# --- SLiMS CSV -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("together", [True, False])
def test_slims_export_imported_back_into_its_library_changes_nothing(lib, librarian, tmp_path, together):
    """Each copy keeps its own call number (the biblio file has one, the record's), the backslash-n
    stays a backslash and an n, the formula escape comes off, a UDC class gives no DDC: no update, no
    change-log entry, whether the two files come as one import or one after the other."""
    build(lib)
    biblio, items = export_slims(lib, librarian, tmp_path)
    before = fingerprint(lib)
    for _ in range(2):
        if together:
            plans = importer.import_slims(lib, librarian, biblio, items)
        else:
            plans = (importer.import_file(lib, librarian, "slims-biblio", biblio),
                     importer.import_file(lib, librarian, "slims-item", items))
        assert [(plan.records_update, plan.items_update, plan.records_add, plan.items_add) for plan in plans] == [
            (0, 0, 0, 0)] * 2
        assert fingerprint(lib) == before


def test_slims_export_into_an_empty_library_keeps_what_slims_has_a_place_for(lib, librarian, tmp_path,
                                                                             empty_lib_factory):
    build(lib)
    source = catalogue()
    biblio, items = export_slims(lib, librarian, tmp_path)
    text = biblio.read_text(encoding="utf-8")
    # one line a record (SLiMS reads line by line): a line break is written \r\n, a backslash \\
    assert len(text.splitlines()) == 1 + len(RECORDS)
    assert "D:\\\\naskah\\\\baru\\\\katalog.pdf\\r\\nBaris kedua." in text
    assert '"UDC 912(594.53)"' in text

    other, other_librarian = empty_lib_factory()
    importer.import_slims(other, other_librarian, biblio, items)
    got = catalogue()
    assert set(got) == set(source)
    for key in source:
        for name in ("title", "subtitle", "notes", "ddc", "class_other"):
            assert (key, name, got[key][name]) == (key, name, source[key][name])
        assert [s for s in got[key]["subjects"]] == source[key]["subjects"]
        for barcode, copy in source[key]["items"].items():
            for name in ("call_number", "supplier", "accession_no", "price", "order_no", "invoice", "order_date"):
                assert (barcode, name, got[key]["items"][barcode][name]) == (barcode, name, copy[name])
    # what looks like a formula is still flagged, without the export's apostrophe
    flagged = {flag.value for flag in ReviewFlag.select().where(ReviewFlag.reason == "formula")}
    assert {"-Ku dan -Mu dalam puisi Chairil", "=Toko Buku Sinar", "=Puisi Indonesia"} <= flagged


def test_biblio_file_alone_gives_new_copies_the_call_number_and_leaves_known_copies_theirs(
        lib, librarian, tmp_path, empty_lib_factory):
    build(lib)
    biblio, _ = export_slims(lib, librarian, tmp_path)
    plan = importer.import_file(lib, librarian, "slims-biblio", biblio)
    assert (plan.items_update, Item.get(Item.barcode == "SRC000002").call_number) == (0, "F 899.2213 HIR l c.2")

    # a SLiMS biblio export lists the copies by code only: each new copy takes the record's call number
    real = tmp_path / "senayan_biblio_export.csv"
    real.write_text(",".join(slims.BIBLIO_COLUMNS) + ",\n" + ",".join(f'"{v}"' for v in (
        "Ronggeng dukuh paruk", "Text", "", "", "Gramedia", "2003", "", "", "899.2213 TOH r", "Indonesia", "",
        "899.2213", "", "", "", "<Tohari, Ahmad>", "<Novel>", "<B0001><B0002>")) + "\n", encoding="utf-8")
    other, other_librarian = empty_lib_factory()
    importer.import_file(other, other_librarian, "slims-biblio", real)
    assert sorted(Item.select(Item.barcode, Item.call_number).tuples()) == [
        ("B0001", "899.2213 TOH r"), ("B0002", "899.2213 TOH r")]


def test_a_slims_field_is_read_as_typed():
    written_and_typed = [
        ("D:\\\\naskah\\\\baru", "D:\\naskah\\baru"),  # ours and SLiMS's item export: a backslash doubled
        ("'=Toko Buku Sinar", "=Toko Buku Sinar"),  # the formula escape of an export
        ("'Tis a book", "'Tis a book"),  # an apostrophe that is no escape
        ("Baris satu\\r\\n\\r\\nBaris tiga", "Baris satu\n\nBaris tiga"),  # ours: a blank line
        ("Baris satu\\n\\nBaris dua", "Baris satu\nBaris dua"),  # SLiMS 9.7: CR and LF each as \n
        ("Baris satu\\nBaris dua", "Baris satu\nBaris dua"),  # LF alone
    ]
    assert [slims_csv.unescape(written) for written, _ in written_and_typed] == [typed for _, typed in written_and_typed]


def test_a_udc_classification_in_a_slims_file_is_no_ddc():
    rec, _ = slims.biblio_row(dict(dict.fromkeys(slims.BIBLIO_COLUMNS, ""), title="Peta", call_number="912 PET",
                                   classification="UDC 912(594.53)"))
    assert (rec.get("ddc"), rec.get("class_other")) == (None, "udc 912(594.53)")
    rec, _ = slims.biblio_row(dict(dict.fromkeys(slims.BIBLIO_COLUMNS, ""), title="Novel", call_number="F HIR l",
                                   classification="F 899.221"))
    assert (rec.get("ddc"), rec.get("class_other")) == ("F 899.221", None)


def test_a_title_split_elsewhere_is_no_change():
    """SLiMS's one title column is split at " : ": "A : B" with no subtitle comes back as A and B."""
    row = {"title": "Ayat-ayat cinta : sebuah novel pembangun jiwa", "subtitle": "", "edition": ""}
    assert row_checks.record_changes(row, {"title": "Ayat-ayat cinta", "subtitle": "sebuah novel pembangun jiwa"},
                                     set()) == {}
    assert row_checks.record_changes(row, {"title": "Ayat-ayat cinta", "subtitle": "novel"}, set()) == {
        "title": "Ayat-ayat cinta", "subtitle": "novel"}


# --- xlsx ------------------------------------------------------------------------------------------------


def test_xlsx_export_into_an_empty_library_gives_the_same_records_and_copies(lib, librarian, tmp_path,
                                                                             empty_lib_factory):
    build(lib)
    source = catalogue()
    path = tmp_path / "katalog.xlsx"
    spreadsheet.export_xlsx(lib, librarian, path)
    other, other_librarian = empty_lib_factory()
    plan = importer.import_file(other, other_librarian, "xlsx", path)
    assert plan.bad == []
    assert catalogue() == source
    flagged = {flag.value for flag in ReviewFlag.select().where(ReviewFlag.reason == "formula")}
    assert {"-Ku dan -Mu dalam puisi Chairil", "=Toko Buku Sinar", "@sastradesa", "=Puisi Indonesia"} <= flagged


def test_xlsx_export_imported_back_into_its_library_changes_nothing(lib, librarian, tmp_path):
    build(lib)
    path = tmp_path / "katalog.xlsx"
    spreadsheet.export_xlsx(lib, librarian, path)
    before = fingerprint(lib)
    plan = importer.import_file(lib, librarian, "xlsx", path)
    assert (plan.records_add, plan.records_update, plan.items_add, plan.items_update) == (0, 0, 0, 0)
    assert fingerprint(lib) == before


def test_a_copy_on_loan_comes_back_without_a_word(lib, librarian, tmp_path, empty_lib_factory):
    """The export writes a copy out on a loan as ``on_loan``: back into its library the loan stays the desk's (no
    update, nothing to check); into another library (no loans came with it) the copy is on the shelf. It was read as
    a status of the library's own: the copy changed, "on_loan" in its remarks, a "status not known" item to check."""
    build(lib)
    write.update(lib, Item.get(Item.barcode == "SRC000016"), status="on_loan")
    path = tmp_path / "katalog.xlsx"
    spreadsheet.export_xlsx(lib, librarian, path)
    before = fingerprint(lib)
    plan = importer.import_file(lib, librarian, "xlsx", path)
    assert (plan.items_update, fingerprint(lib)) == (0, before)
    assert not ReviewFlag.select().where(ReviewFlag.reason == "status").exists()

    other, other_librarian = empty_lib_factory()
    importer.import_file(other, other_librarian, "xlsx", path)
    copy = Item.get(Item.barcode == "SRC000016")
    assert (copy.status, copy.condition_note) == ("available", "")
    assert not ReviewFlag.select().where(ReviewFlag.reason == "status").exists()


@pytest.mark.parametrize("fmt", ["slims", "marc"])
def test_a_copy_the_stock_take_did_not_find_goes_out_missing(lib, librarian, tmp_path, empty_lib_factory, fmt):
    """A copy not found at the stock-take went out in SLiMS and MARC files as on the shelf (a patron could reserve it
    in the library it went to). It goes out as SLiMS's Missing: another library has it lost; back into its own it
    stays missing, still looked for (the file says no more than "not on the shelf")."""
    from pustaka_desktop.core.interop import marc_writer

    build(lib)
    write.update(lib, Item.get(Item.barcode == "SRC000016"), status="missing")

    def bring_in(into, by):
        if fmt == "slims":
            importer.import_slims(into, by, *files)
        else:
            importer.import_file(into, by, "marc", files[0])

    if fmt == "slims":
        files = export_slims(lib, librarian, tmp_path)
    else:
        files = (tmp_path / "katalog.mrc",)
        marc_writer.export_marc(lib, librarian, files[0])
    before = fingerprint(lib)
    bring_in(lib, librarian)
    assert fingerprint(lib) == before
    other, other_librarian = empty_lib_factory()
    bring_in(other, other_librarian)
    assert Item.get(Item.barcode == "SRC000016").status == "lost"


def test_the_indonesian_export_is_known_as_ours(lib, librarian, tmp_path, empty_lib_factory):
    """The export's headers in Indonesian are each read as their field, and the sheet as our own: an
    organisation's "dan" and "&" stay in its name."""
    build(lib)
    source = catalogue()
    path = tmp_path / "katalog.xlsx"
    spreadsheet.export_xlsx(lib, librarian, path, translator_for("id"))
    headers = spreadsheet.preview(path).headers
    assert spreadsheet.guess_mapping(headers) == dict(zip(headers, spreadsheet.EXPORT_FIELDS, strict=True))
    other, other_librarian = empty_lib_factory()
    importer.import_file(other, other_librarian, "xlsx", path)
    assert catalogue() == source


@pytest.mark.parametrize(("cell", "names"), [
    ("Andrea Hirata dan Tere Liye", ["Andrea Hirata", "Tere Liye"]),
    ("Hirata, Andrea & Liye, Tere", ["Hirata, Andrea", "Liye, Tere"]),
    ("Rumah Baca Cahaya & Pustaka Bergerak", ["Rumah Baca Cahaya & Pustaka Bergerak"]),
    ("Kelompok Wanita Tani Melati dan PKK Desa Sukamaju", ["Kelompok Wanita Tani Melati dan PKK Desa Sukamaju"]),
    ("Yayasan Obor dan Tere Liye", ["Yayasan Obor dan Tere Liye"]),
    ("Sinar dan Harapan", ["Sinar dan Harapan"]),
])
def test_a_hand_kept_cell_splits_only_between_persons(cell, names):
    assert sheet_values.author_names(cell)[0] == names
    assert sheet_values.author_names(cell, joined=False)[0] == [cell]


def test_a_hand_kept_sheet_gives_roles_in_brackets(lib, librarian, tmp_path):
    path = tmp_path / "induk.csv"
    path.write_text('Judul;Pengarang;Penerbit;Tahun\nBuku satu;"Hirata, Andrea\nSantosa, Budi (penyunting)\n'
                    'Dinas Pertanian (badan, penerjemah)\nHamka (Haji Abdul Malik)";Gramedia;2019\n', encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    assert json.loads(Record.get().authors) == [
        {"name": "Hirata, Andrea", "role": "primary", "kind": "person"},
        {"name": "Santosa, Budi", "role": "editor", "kind": "person"},
        {"name": "Dinas Pertanian", "role": "translator", "kind": "organisation"},
        {"name": "Hamka (Haji Abdul Malik)", "role": "additional", "kind": "person"}]


def test_the_formula_escape_comes_off_exactly():
    texts = ["=Toko", "-Ku dan -Mu", "@sastradesa", "'=A1", "''+x", "'Tis", "-5", "Biasa", 7, None]
    assert [as_written(neutralise(text)) for text in texts] == texts


def test_a_member_export_imported_back_keeps_a_formula_looking_name(lib, librarian, tmp_path):
    members.register(lib, librarian, name="@budi_desa", member_type="Umum", gender="M", notes="=catatan")
    path = tmp_path / "anggota.csv"
    slims_members.export_members(lib, librarian, path)
    assert "'@budi_desa" in path.read_text(encoding="utf-8")
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.update) == (0, 0)
    assert [(m.name, m.notes) for m in Member.select()] == [("@budi_desa", "=catatan")]
