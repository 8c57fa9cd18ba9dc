"""SLiMS's items file imported again names every copy by title: whether the copy here with a row's barcode is
another book's (both systems gave one barcode to a book of their own) is told a batch of copies at a time, not one
query a copy -- and the copies left out so are still said in the order of their rows, among the others left out."""

from __future__ import annotations

from pustaka_desktop.core.catalog import copies, records
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.store.models import Item


def _items_file(tmp_path, name: str, rows: list[dict[str, str]]):
    """An items file as SLiMS 9 writes it: every field quoted, a trailing separator after the header."""
    path = tmp_path / f"{name}_item.csv"
    lines = [",".join(slims.ITEM_COLUMNS) + ","]
    lines += [",".join(f'"{row.get(column, "")}"' for column in slims.ITEM_COLUMNS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _shelf(count: int) -> list[dict[str, str]]:
    """A shelf of SLiMS's copies: two of each book, its title as SLiMS writes it (with the subtitle)."""
    return [dict(item_code=f"S{n:04d}", title=f"Cerita Rakyat Nusantara Jilid {n // 2} : dongeng pilihan",
                 location_name="Rak A") for n in range(count)]


def _bring_in(lib, librarian, tmp_path, shelf):
    biblio = tmp_path / "first_biblio.csv"
    books = {row["title"]: [] for row in shelf}
    for row in shelf:
        books[row["title"]].append(row["item_code"])
    lines = [",".join(slims.BIBLIO_COLUMNS) + ","]
    lines += [",".join(f'"{value}"' for value in (dict(title=title, gmd_name="Text", publisher_name="Balai Pustaka",
                                                       publish_year="1999", authors="<Anonim>",
                                                       item_code="".join(f"<{code}>" for code in codes))
                                                  .get(column, "") for column in slims.BIBLIO_COLUMNS))
              for title, codes in books.items()]
    biblio.write_text("\n".join(lines) + "\n", encoding="utf-8")
    importer.import_file(lib, librarian, "slims-biblio", biblio)


def test_copies_of_another_book_are_left_out_in_row_order_among_the_others(lib, librarian, tmp_path):
    """Rows 100 and 700 name barcodes the librarian gave books of her own here; row 400 repeats row 3's barcode.
    Each is said once, in the order of the rows, and the copies here keep their books."""
    shelf = _shelf(800)
    _bring_in(lib, librarian, tmp_path, shelf)
    posyandu = records.add_record(lib, librarian, title="Panduan Posyandu", authors=[{"name": "Kemenkes"}]).record
    tani = records.add_record(lib, librarian, title="Kalender Tanam", authors=[{"name": "Dinas Pertanian"}]).record
    copies.add_item(lib, librarian, posyandu, barcode="P0001", location="Rak Kesehatan")
    copies.add_item(lib, librarian, tani, barcode="P0002", location="Rak Pertanian")
    rows = list(shelf)
    rows[98] = dict(item_code="P0001", title="Si Kancil", location_name="Rak A")  # file row 100 (after the header)
    rows[398] = dict(rows[1])  # file row 400: the same barcode as row 3
    rows[698] = dict(item_code="P0002", title="Si Kancil dan Buaya", location_name="Rak A")  # file row 700
    plan = importer.import_file(lib, librarian, "slims-item", _items_file(tmp_path, "again", rows))
    assert [(bad.row, bad.params.get("barcode"), bad.params.get("title")) for bad in plan.left_out] == [
        (100, "P0001", "Panduan Posyandu"), (400, "S0001", None), (700, "P0002", "Kalender Tanam")]
    assert [(item.record_id, item.location) for item in Item.select().where(Item.barcode << ["P0001", "P0002"])
            .order_by(Item.barcode)] == [(posyandu.id, "Rak Kesehatan"), (tani.id, "Rak Pertanian")]


def test_the_copies_of_an_items_file_are_not_looked_up_one_query_each(lib, librarian, tmp_path, monkeypatch):
    """An items file of 600 copies imported again: a query a copy (600 and more) made a library's re-import of
    100,000 copies half a second slower; a batch of copies is one query."""
    shelf = _shelf(600)
    _bring_in(lib, librarian, tmp_path, shelf)
    path = _items_file(tmp_path, "again", shelf)
    asked = []
    run = lib.db.execute_sql
    monkeypatch.setattr(lib.db, "execute_sql", lambda sql, *args, **kwargs: asked.append(sql) or run(sql, *args,
                                                                                                     **kwargs))
    plan = importer.import_file(lib, librarian, "slims-item", path)
    assert plan.copies_in == 600 and not plan.left_out
    assert len(asked) < 100
