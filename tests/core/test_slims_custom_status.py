"""A SLiMS library's own item statuses (its mst_item_status: "Hilang di banjir", "Tandon", "Dalam perbaikan")
come in as what their names say, or as SLiMS's own rule for them says (a backup's no_loan), never as copies on the
shelf that a reservation could set aside; the name is kept in the copy's remarks, and only a name that says
nothing readable leaves the copy available, flagged."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.interop import (
    importer,
    member_import,
    slims,
    slims_backup,
    slims_history,
    vocabulary,
)
from pustaka_desktop.core.store.models import Hold, Item, ReviewFlag
from tests.core import interop_fixtures
from tests.core.test_interop_slims_backup import write_dump

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

# what village libraries name their own statuses in SLiMS, and what each says of the copy
OWN_STATUSES = {
    "Hilang di banjir": "lost",
    "HILANG (dicuri)": "lost",
    "Rusak berat": "damaged",
    "Rusak karena rayap": "damaged",
    "Rusak ringan": "available",  # a loose page: still lent
    "Dalam perbaikan": "in_repair",
    "Sedang diperbaiki": "in_repair",
    "Reparasi sampul": "in_repair",
    "Ditarik (weeding)": "withdrawn",
    "Dihapus dari koleksi": "withdrawn",
    "Tandon": "not_for_loan",
    "Koleksi Referensi": "not_for_loan",
    "Tidak dipinjamkan": "not_for_loan",
    "Dipinjam antar perpustakaan": "not_for_loan",
}
UNREADABLE = "Koleksi Pak Lurah"


def _line(values: list[str]) -> str:
    return ",".join('"' + v.replace('"', '""') + '"' for v in values)


def _exports(folder, statuses: list[str]):
    """SLiMS's two CSV export pages: one title, a copy for each status (its item_status_name)."""
    biblio = folder / "senayan_biblio_export.csv"
    codes = "".join(f"<C{n:03}>" for n in range(len(statuses)))
    row = dict(title="Budidaya Lele", gmd_name="Text", publish_year="2015", classification="639.3", item_code=codes)
    biblio.write_text(",".join(slims.BIBLIO_COLUMNS) + ",\n" + _line([row.get(c, "") for c in slims.BIBLIO_COLUMNS])
                      + "\n", encoding="utf-8")
    items = folder / "senayan_item_export.csv"
    lines = [",".join(slims.ITEM_COLUMNS) + ","]
    for n, status in enumerate(statuses):
        values = dict(item_code=f"C{n:03}", item_status_name=status, source="1", title="Budidaya Lele")
        lines.append(_line([values.get(c, "") for c in slims.ITEM_COLUMNS]))
    items.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return biblio, items


def _copies() -> dict[str, tuple[str, str]]:
    return {item.barcode: (item.status, item.condition_note) for item in Item.select()}


def _status_flags() -> list[str]:
    return [flag.value for flag in ReviewFlag.select().where(ReviewFlag.reason == "status")]


def test_a_status_of_the_librarys_own_in_the_csv_export_says_what_its_name_says(tmp_path, empty_lib_factory):
    lib, by = empty_lib_factory()
    names = [*OWN_STATUSES, UNREADABLE, "Missing", ""]
    importer.import_slims(lib, by, *_exports(tmp_path, names))
    copies = _copies()
    for n, name in enumerate(OWN_STATUSES):
        assert copies[f"C{n:03}"] == (OWN_STATUSES[name], name), name  # the name kept in the remarks
    unreadable, missing, on_shelf = (copies[f"C{n:03}"] for n in range(len(OWN_STATUSES), len(names)))
    assert unreadable == ("available", UNREADABLE)
    assert (missing, on_shelf) == (("lost", ""), ("available", ""))  # SLiMS's own names: no remarks needed
    assert _status_flags() == [UNREADABLE]  # only the name nothing could be read from is on the review list
    said = ReviewFlag.get(ReviewFlag.reason == "status").template  # ... saying the copy may be lent, and what to do
    assert "can borrow and reserve it" in said and "change its status in the catalogue" in said


def _backup(path, statuses: list[tuple], history: dict[str, list[tuple]] | None = None):
    """A SLiMS backup whose item statuses are ``statuses`` (its mst_item_status rows), a copy with each."""
    items = [dict(item_id=n + 1, biblio_id=1, item_code=f"C{n:03}", item_status_id=row[0], source=1)
             for n, row in enumerate(statuses)]
    columns = slims_backup.KNOWN_COLUMNS["item"]
    extra = {"item": [tuple(i.get(c) for c in columns) for i in items], "mst_item_status": statuses, **(history or {})}
    return write_dump(path, biblio=[dict(biblio_id=1, gmd_id=1, title="Budidaya Lele", publish_year="2015",
                                         language_id="id", classification="639.3", authors=[], topics=[])],
                      extra=extra)


def test_a_backup_keeps_slims_rule_that_a_status_is_not_lent(tmp_path, empty_lib_factory):
    no_loan = 'a:1:{i:0;s:1:"1";}'  # SLiMS's rules as PHP serialized them
    statuses = [  # item_status_id, item_status_name, rules, no_loan, skip_stock_take, input_date, last_update
        ("KPL", UNREADABLE, None, 1, 0, None, None),  # not lent in SLiMS: not on the shelf here either
        ("BRS", "Baru datang", None, 0, 0, None, None),  # lent in SLiMS, but its name says nothing: flagged
        ("RR", "Rusak ringan", no_loan, 1, 1, None, None),  # SLiMS's rule says more than "ringan"
        ("HB", "Hilang di banjir", None, 0, 0, None, None),  # the name says more than the rule
        ("OLD", "Pinjam kilat", no_loan, 0, 0, None, None),  # SLiMS 9 lends it (the column wins)
        ("NL", "No Loan", no_loan, 1, 1, None, None),
    ]
    lib, by = empty_lib_factory()
    importer.import_slims_backup(lib, by, _backup(tmp_path / "backup_20261201_100000.sql", statuses))
    assert _copies() == {
        "C000": ("not_for_loan", UNREADABLE), "C001": ("available", "Baru datang"),
        "C002": ("not_for_loan", "Rusak ringan"), "C003": ("lost", "Hilang di banjir"),
        "C004": ("available", "Pinjam kilat"), "C005": ("not_for_loan", "")}
    assert sorted(_status_flags()) == ["Baru datang", "Pinjam kilat"]


def test_an_old_slims_backup_keeps_its_rule_written_only_in_the_rules(tmp_path, empty_lib_factory, monkeypatch):
    """SLiMS before its no_loan column kept the rule only in ``rules``: read there."""
    old = ("item_status_id", "item_status_name", "rules", "input_date", "last_update")
    statuses = [("KPL", UNREADABLE, 'a:1:{i:0;s:1:"1";}', None, None), ("X", "Baru datang", None, None, None)]
    with monkeypatch.context() as patch:  # (the dump's CREATE TABLE names the old columns)
        patch.setitem(slims_backup.KNOWN_COLUMNS, "mst_item_status", old)
        path = _backup(tmp_path / "backup_20150101_100000.sql", statuses)
    assert "`no_loan`" not in path.read_text(encoding="utf-8")
    lib, by = empty_lib_factory()
    importer.import_slims_backup(lib, by, path)
    assert _copies() == {"C000": ("not_for_loan", UNREADABLE), "C001": ("available", "Baru datang")}


def test_a_reservation_in_the_backup_never_sets_aside_a_copy_lost_in_the_flood(tmp_path, empty_lib_factory):
    """The harm the phone walk found: a copy SLiMS called "Hilang di banjir" was on the shelf here, so the
    reservation a patron made at SLiMS set it aside for her to fetch."""
    statuses = [("HB", "Hilang di banjir", None, 0, 0, None, None)]
    history = {"loan": [], "reserve": [(1, "M001", 1, "C000", "2026-02-23 11:00:00")]}  # Siti reserved it at SLiMS
    dump = _backup(tmp_path / "backup_20260301_170000.sql", statuses, history)
    lib, by = empty_lib_factory()
    importer.import_slims_backup(lib, by, dump)
    member_import.import_members(lib, by, dump)
    plan = slims_history.import_history(lib, by, dump)
    assert plan.put_aside == [] and Item.get(Item.barcode == "C000").status == "lost"
    assert [(hold.member.number, hold.status, hold.item_id) for hold in Hold.select()] == [("M001", "waiting", None)]


def test_a_hand_kept_sheets_status_column_is_read_by_its_words_too(tmp_path, empty_lib_factory):
    """The same names in a buku induk kept in Excel (its "Status" column), as a library moving off SLiMS
    often keeps its list."""
    path = tmp_path / "buku_induk.csv"
    rows = ["No. Induk;Judul;Pengarang;Status",
            "001;Budidaya Lele;Tim Penyusun;Hilang di banjir",
            "002;Budidaya Lele;Tim Penyusun;Sedang diperbaiki",
            "003;Kamus Besar Bahasa Indonesia;Tim Penyusun;Tandon",
            "004;Kamus Besar Bahasa Indonesia;Tim Penyusun;Koleksi Pak Lurah"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    lib, by = empty_lib_factory()
    importer.import_file(lib, by, "csv", path)
    copies = {item.accession_no: (item.status, item.condition_note) for item in Item.select()}
    assert copies == {"001": ("lost", "Hilang di banjir"), "002": ("in_repair", "Sedang diperbaiki"),
                      "003": ("not_for_loan", "Tandon"), "004": ("available", UNREADABLE)}
    assert _status_flags() == [UNREADABLE]


def test_an_inlislite_availability_of_the_librarys_own_is_read_by_its_words(tmp_path, empty_lib_factory):
    book = Workbook()
    sheet = book.active
    sheet.title = "Worksheet"  # (as INLISLite's LaporanEksemplar.php writes it)
    sheet.append(["No. Barcode", "No. Induk", "Judul", "No. Dewey", "Akses", "Ketersediaan"])
    sheet.append(["B1", "001", "Budidaya Lele", "639.3", "Dapat dipinjam", "Hilang di banjir"])
    sheet.append(["B2", "002", "Budidaya Lele", "639.3", "Dapat dipinjam", "Rusak berat"])
    path = tmp_path / "Laporan_Eksemplar.xlsx"
    book.save(path)
    lib, by = empty_lib_factory()
    importer.import_file(lib, by, "inlislite", path)
    assert _copies() == {"B1": ("lost", "Hilang di banjir"), "B2": ("damaged", "Rusak berat")}
    assert _status_flags() == []


@pytest.mark.parametrize(("name", "status"), [
    ("Sedang dipinjam", "available"),  # SLiMS keeps its loans apart: a copy of the shelf
    ("Kondisi baik", "available"),
    ("Tidak tersedia", None),  # not on the shelf, but where? asked
    ("Musnah terbakar", "lost"),
    ("Hilang, tidak dikembalikan peminjam", "lost"),
    ("Ditarik karena rusak", "withdrawn"),  # taken out of the collection, whatever the reason
    ("Rusak, dalam perbaikan", "in_repair"),
    ("Referensi rusak", "damaged"),
    ("Hanya dibaca di tempat", "not_for_loan"),
    ("Dilarang dipinjam", "not_for_loan"),
    ("Proses pengolahan", None),
])
def test_the_words_of_a_status_name(name, status):
    assert vocabulary.status_of_name(name) == status
