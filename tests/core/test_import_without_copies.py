"""A file of titles alone (INLISLite's catalogue report, SLiMS's biblio export without its item export, SLiMS's
MARC export, a list of titles) brings records without a copy: no barcode for the desk to scan, nothing for the
reports' collection to count. The import said "Eksemplar: 0 ditambah" and no more; now it says what the books
lack and which file brings their copies."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.interop import importer, slims


def _notices(plan) -> list[str]:
    return [notice.template for notice in plan.notices if notice.params.get("count")]


def test_inlislite_s_catalogue_report_alone_says_to_import_its_copy_report(lib, librarian, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Laporan Katalog"
    sheet.append(["No", "No. Kontrol", "BIB ID", "Judul", "Pengarang", "Klas DDC", "Status OPAC"])
    sheet.append([1, "INLIS000000000001", "0010-0119000001", "Laskar pelangi / Andrea Hirata", "Hirata, Andrea",
                  "899.221 3", "Ya"])
    book.save(tmp_path / "laporan_katalog.xlsx")
    dry = importer.import_file(lib, librarian, "inlislite", tmp_path / "laporan_katalog.xlsx", dry_run=True)
    assert _notices(dry) == [importer._NO_COPIES["inlislite"]]  # (the check before the import says it too)
    plan = importer.import_file(lib, librarian, "inlislite", tmp_path / "laporan_katalog.xlsx")
    assert _notices(plan) == [importer._NO_COPIES["inlislite"]] and plan.notices[-1].params == {"count": 1}
    assert "Laporan Eksemplar" in plan.notices[-1].line()


def test_a_list_of_titles_says_which_column_brings_copies_and_a_list_with_copies_says_nothing(lib, librarian,
                                                                                             tmp_path):
    titles = tmp_path / "judul.csv"
    titles.write_text("Judul,Pengarang\nBumi Manusia,Pramoedya Ananta Toer\n", encoding="utf-8")
    assert _notices(importer.import_file(lib, librarian, "csv", titles)) == [importer._NO_COPIES["sheet"]]
    counted = tmp_path / "buku_induk.csv"
    counted.write_text("Judul,Pengarang,Jumlah\nAnak Semua Bangsa,Pramoedya Ananta Toer,2\n", encoding="utf-8")
    assert _notices(importer.import_file(lib, librarian, "csv", counted)) == []


def test_slims_biblio_alone_without_item_codes_and_the_pair_with_items(lib, librarian, tmp_path):
    def export(path, codes):
        line = lambda values: ",".join(f'"{v}"' for v in values)  # noqa: E731
        row = {"title": "Ronggeng dukuh paruk", "gmd_name": "Text", "authors": "<Tohari, Ahmad>", "item_code": codes}
        path.write_text(line(slims.BIBLIO_COLUMNS) + "\n" + line([row.get(c, "") for c in slims.BIBLIO_COLUMNS])
                        + "\n", encoding="utf-8")
        return path

    alone = importer.import_file(lib, librarian, "slims-biblio", export(tmp_path / "a.csv", ""))
    assert _notices(alone) == [importer._NO_COPIES["slims-biblio"]]
    paired = importer.import_file(lib, librarian, "slims-biblio", export(tmp_path / "b.csv", "<B001>"))
    assert _notices(paired) == []  # (the same record, now with its copy: nothing added without one)
