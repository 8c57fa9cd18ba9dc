"""A PC whose clock went back (a flat clock battery puts it in 2009) still takes today's books: a
book's year is checked against this year as the program knows it (``store.clock.this_year``, never
before the program existed), in the record form, in an import, and for a date written with two digits.
Day-level "not in the future" checks (a copy received, a member born) use ``health.data_today``: no
check while the clock is before the program existed, and never a day before the newest change saved."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pustaka_desktop.core.catalog import records
from pustaka_desktop.core.catalog.copies import add_copies, add_item, update_item
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import dates, importer
from pustaka_desktop.core.store import clock as clock_module
from pustaka_desktop.core.store import health
from pustaka_desktop.core.store.models import Record, ReviewFlag
from tests.core.test_interop_movein import slims9_csv

SET_BACK = "2009-01-01T08:00:00+07:00"


def test_the_record_form_takes_a_book_of_2023(lib, librarian, clock):
    clock.set(SET_BACK)
    saved = records.add_record(lib, librarian, title="Laut bercerita", year_text="2023")
    assert saved.record.year == 2023


def test_an_import_does_not_flag_every_newer_book(lib, librarian, clock, tmp_path):
    clock.set(SET_BACK)
    path = tmp_path / "senayan_biblio_export.csv"
    path.write_text(slims9_csv([
        dict(title="Laut bercerita", publish_year="2017", item_code="<B1>"),
        dict(title="Cantik itu luka", publish_year="2025", item_code="<B2>"),
        dict(title="Kisah Si Kancil", publish_year="20015", item_code="<B3>")]), encoding="utf-8")
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert {r.title: r.year for r in Record.select()} == {"Laut bercerita": 2017, "Cantik itu luka": 2025,
                                                          "Kisah Si Kancil": None}
    assert [f.value for f in ReviewFlag.select().where(ReviewFlag.reason == "year")] == ["20015"]
    assert result.flagged_rows == 1


def test_a_two_digit_year_is_this_century_on_a_clock_set_back(monkeypatch):
    monkeypatch.setattr(clock_module.SystemClock, "now", lambda self: datetime(2009, 1, 1, tzinfo=UTC))
    dates._date_text.cache_clear()
    try:
        assert dates.parse_date("12/1/19", "received_date") == date(2019, 1, 12)
        assert dates.parse_date("3-Agt-98", "received_date") == date(1998, 8, 3)
    finally:
        dates._date_text.cache_clear()


def test_a_copy_received_in_2020_is_taken_on_a_clock_of_2009(lib, librarian, clock):
    record = records.add_record(lib, librarian, title="Laskar Pelangi", year_text="2005").record
    clock.set(SET_BACK)
    assert health.data_today(lib) is None
    item = add_item(lib, librarian, record, received_on=date(2020, 7, 1))
    assert item.received_on == date(2020, 7, 1)
    update_item(lib, librarian, item, received_on=date(2021, 2, 3))
    assert add_copies(lib, librarian, record, 2, received_on=date(2022, 5, 6))[0].received_on == date(2022, 5, 6)


def test_a_member_born_in_2015_registers_on_a_clock_of_2009(lib, librarian, clock):
    clock.set(SET_BACK)
    member = members.register(lib, librarian, name="Siti Aminah", member_type="Anak-anak", birth_date=date(2015, 4, 5))
    assert member.birth_date == date(2015, 4, 5)


def test_a_clock_fallen_behind_the_newest_change_is_not_today(lib, librarian, clock):
    """A clock that is plausible but behind what this PC already saved: the newest change is 'today'
    for the check; a date after that is still refused, so a typo is still caught."""
    record = records.add_record(lib, librarian, title="Bumi Manusia", year_text="1980").record
    clock.set("2026-09-01T09:00:00+07:00")
    add_item(lib, librarian, record)  # saved on 1 September
    clock.set("2026-03-02T09:00:00+07:00")  # the battery, then a librarian confirmed the clock
    assert health.data_today(lib) == date(2026, 9, 1)
    assert add_item(lib, librarian, record, received_on=date(2026, 8, 17)).received_on == date(2026, 8, 17)
    members.register(lib, librarian, name="Budi", member_type="Anak-anak", birth_date=date(2026, 8, 30))
    with pytest.raises(ValidationError) as refused:
        add_item(lib, librarian, record, received_on=date(2026, 9, 2))
    assert refused.value.field == "received_on"
    with pytest.raises(ValidationError) as refused:
        members.register(lib, librarian, name="Ani", member_type="Umum", birth_date=date(2102, 1, 1))
    assert refused.value.field == "birth_date"
