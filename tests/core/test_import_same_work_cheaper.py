"""The importer's own process does less per row (issue 12): each shortcut gives exactly what the longer way gave --
the same JSON text, the same uids from the same random bits, the same ISBN digits, the same description key, the
same stored copy and default values."""

from __future__ import annotations

import json
import os
import time
from datetime import date

from pustaka_desktop.core.accents import fold
from pustaka_desktop.core.catalog.isbn import compact_isbn
from pustaka_desktop.core.interop import matching
from pustaka_desktop.core.interop.import_session import ImportSession
from pustaka_desktop.core.interop.row_checks import to_json
from pustaka_desktop.core.interop.types import ImportPlan, Incoming
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record, ReviewFlag
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

VALUES = [[], ["Bahasa Jawa", "Fikih"], [{"name": 'Ahmad "Kang" Tohari', "role": "primary", "kind": "person"}],
          [{"name": "الفقه الإسلامي\n", "role": "additional"}], "text alone", [1, 2.5, None, True, float("inf")],
          {"b": [1, {"c": "ꦱꦸꦫꦠ꧀"}], "a": "é\t"}]


def test_to_json_writes_what_json_dumps_writes():
    for value in VALUES:
        assert to_json(value) == json.dumps(value, ensure_ascii=False)


def _former_uids(count: int, ms: int, counted: int, steps: bytes) -> list[str]:
    """``new_uids`` as it wrote its uids before (a step read from the bytes, the tail written then cut in three)."""
    mask_60, mask_62 = (1 << 60) - 1, (1 << 62) - 1
    stamp = f"{ms:012x}"
    head = f"{stamp[:8]}-{stamp[8:]}-7"
    made = []
    for n in range(count):
        counted += 1 + int.from_bytes(steps[4 * n:4 * n + 4], "big")
        low = counted & mask_62
        tail = f"{counted >> 62:03x}{8 | low >> 60:x}{low & mask_60:015x}"
        made.append(f"{head}{tail[:3]}-{tail[3:7]}-{tail[7:]}")
    return made


def test_new_uids_are_the_text_the_former_formatting_made(monkeypatch):
    given = [bytes(range(200, 236)), b"\xff" * 9]  # (the steps of 9 uids, then the random start of a millisecond)
    monkeypatch.setattr(os, "urandom", lambda n: given.pop(0)[:n])
    monkeypatch.setattr(time, "time_ns", lambda: 4_102_444_800_123 * 1_000_000)  # (a millisecond no uid had yet)
    # (the newest uid made is the process's: a uid of 2100 left there would date every later test's uids 2100)
    monkeypatch.setattr(store, "_newest", [0, 0])
    made = store.new_uids(9)
    assert made == _former_uids(9, 4_102_444_800_123, int.from_bytes(b"\xff" * 9, "big") >> 1,
                                bytes(range(200, 236)))
    assert made == sorted(made) and all(uid[14] == "7" and uid[19] in "89ab" for uid in made)


def test_compact_isbn_takes_out_what_it_took_out():
    for text, digits in (("978-602-03-1234-5", "9786020312345"), ("0 19 853453 x", "019853453X"),
                         ("978\u2010602\u2011031\u20132345", "9786020312345"), ("", ""), (None, "")):
        assert compact_isbn(text) == digits


def test_a_title_without_subtitle_is_folded_alone_in_its_description_key():
    # (what NearTwins.meet takes from the key instead of folding the title proper again)
    for title in ("Cerita rakyat 12", "الفقه الإسلامي", "ꦱꦸꦫꦠ꧀", "Ca\u0301rita  ", "Tjerita (djilid 2)", "ß x\u200c"):
        key = matching.identity({"title": title, "year": 2001, "publisher": "Balai Pustaka"})
        assert key.split("\x1f")[0] == fold(title)


def test_rows_without_a_defaulted_field_store_what_a_row_giving_it_stores(lib):
    record = store.insert(lib, Record, title="Ronggeng Dukuh Paruk")
    uids = store.insert_many(lib, Item, [{"record": record.id, "barcode": f"B{n}"} for n in range(3)])
    given = store.insert(lib, Item, record=record.id, barcode="B9")
    for uid in uids:
        copy = Item.get(Item.uid == uid)
        assert (copy.price, copy.received_on, copy.status, copy.location, copy.deleted, copy.collection_type_id) == (
            given.price, given.received_on, given.status, given.location, given.deleted, given.collection_type_id)


def test_a_copy_with_empty_values_is_written_without_them(empty_lib_factory):
    lib, by = empty_lib_factory()
    session = ImportSession(lib, by, ImportPlan(format="csv", path="x.csv"))
    for row, item in ((2, {"barcode": "E1", "location": "", "price": None, "received_on": date(2020, 1, 2)}),
                      (3, {"barcode": "E2", "received_on": date(2020, 1, 2)})):
        session.row(Incoming(row, record={"title": f"Buku {row}"}, items=[item]))
    session.finish()
    one, two = (Item.get(Item.barcode == code) for code in ("E1", "E2"))
    assert (one.location, one.price, one.received_on) == (two.location, two.price, two.received_on) == (
        "", None, date(2020, 1, 2))


def test_near_twins_keep_a_title_under_the_words_they_folded_themselves(empty_lib_factory):
    from pustaka_desktop.core.interop.near_duplicates import NearTwins

    empty_lib_factory()
    rows = [{"title": "Cerita rakyat", "year": 2001}, {"title": "Cerita Rakyat", "authors": [{"name": "Tim"}]},
            {"title": "Cerita rakyat : dari Jawa"}, {"title": "Cerita rakyat", "subtitle": "dari Jawa"},
            {"title": "الفقه الإسلامي"}, {"title": "الفقه  الإسلامي", "edition": "Cet. 2"}, {"title": ": kosong"}]
    with_key, without = NearTwins(), NearTwins()
    found: list[tuple] = []
    for fields in rows:
        given, folded = matching.New(dict(fields)), matching.New(dict(fields))
        one, other = with_key.meet(given, matching.identity(fields)), without.meet(folded)
        found.append((one and (one[0].fields["title"], one[1]), other and (other[0].fields["title"], other[1])))
    assert [one for one, _ in found] == [other for _, other in found]
    assert any(one for one, _ in found)  # (a twin was met: the rows above have some)
    assert with_key.by_title.keys() == without.by_title.keys()


def test_only_a_sheet_whose_rows_may_count_copies_counts_each_books_copies(empty_lib_factory):
    """A SLiMS or MARC file lists its copies: nothing reads a count per book (50,000 counts a SLiMS move-in kept for
    nothing); a sheet adds "Jumlah 3" to the copies its earlier rows listed for the book."""
    lib, by = empty_lib_factory()
    assert ImportSession(lib, by, ImportPlan(format="slims-biblio", path="b.csv")).planned is None
    session = ImportSession(lib, by, ImportPlan(format="csv", path="buku_induk.csv"))
    book = {"title": "Ronggeng Dukuh Paruk", "authors": [{"name": "Ahmad Tohari"}]}
    session.row(Incoming(2, record=dict(book), items=[{"barcode": "R1"}]))
    session.row(Incoming(3, record=dict(book), copies=3))  # (three in all: two more than row 2's)
    session.finish()
    assert Item.select().count() == 3 and session.result.items_add == 3


def test_two_records_of_one_description_name_the_first_row_that_gave_it(empty_lib_factory):
    """Row 3 is record 1 again (found by its SLiMS id) with its title written longer; row 4, without an id, gives that
    same longer description: one book, and the review list names row 3, the first row that gave it (it said row 0
    when the description came from a row found by its id; only descriptions keep their first row now)."""
    lib, by = empty_lib_factory()
    session = ImportSession(lib, by, ImportPlan(format="slims-biblio", path="b.csv"))
    for row, source, title in ((2, "1", "Laskar pelangi"), (3, "1", "Laskar pelangi : sebuah novel"),
                               (4, "", "Laskar pelangi : sebuah novel")):
        session.row(Incoming(row, record={"title": title, "authors": [{"name": "Andrea Hirata"}]}, source_id=source))
    session.finish()
    [flag] = ReviewFlag.select().where(ReviewFlag.reason == "duplicate")
    assert (flag.row, json.loads(flag.params)["first"]) == (4, 3) and Record.select().count() == 1
