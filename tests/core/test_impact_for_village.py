"""The impact sheet as the village head reads it at the Musrenbang Desa: no percentage where Pustaka did
not record the year before, a running year compared with the same days of the year before, what the new
books were worth by where they came from, and what the library's request would buy."""

from __future__ import annotations

from datetime import date

import pytest

from pustaka_desktop.cli import main as cli
from pustaka_desktop.core.printing import impact_sheet
from pustaka_desktop.core.printing.layout import Text
from pustaka_desktop.core.reports import impact
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record


def _guest(clock, lib, volunteer, at: str) -> None:
    from pustaka_desktop.core.community import visits

    clock.set(f"{at}T10:00:00+07:00")
    visits.record_guest(lib, volunteer, gender="F", age_band="7-12")


def _sheet_text(data) -> str:
    return " ".join(e.text for e in impact_sheet.impact_elements(data) if isinstance(e, Text))


def test_a_year_before_the_visitor_book_was_kept_gives_no_percentage(lib, clock, volunteer):
    # The library began its visitor book in Pustaka on 5 December 2024: 2 visitors that December
    _guest(clock, lib, volunteer, "2024-12-05")
    _guest(clock, lib, volunteer, "2024-12-20")
    for day in ("2025-02-03", "2025-05-06", "2025-08-07", "2025-11-10", "2025-12-15"):
        _guest(clock, lib, volunteer, day)
    clock.set("2026-02-02T09:00:00+07:00")
    data = impact.impact_data(lib, Period.year(2025))
    assert data["now"]["visits"] == 5 and data["before"]["visits"] == 2
    assert data["changes"]["visits"] is None  # not +150%: 2024 was recorded for four weeks only
    assert data["unrecorded"]["visits"] == date(2024, 12, 5)
    assert data["unrecorded"]["loans"] is None  # no loan recorded at all: not a fall to 0
    text = _sheet_text(data)
    assert "before: 2 (recorded only from 5 December 2024)" in text and "+150%" not in text
    assert "before: not recorded in Pustaka" in text

    # a year recorded from its first days is compared as before
    _guest(clock, lib, volunteer, "2026-03-02")
    clock.set("2027-01-10T09:00:00+07:00")
    data = impact.impact_data(lib, Period.year(2026))
    assert data["changes"]["visits"] == -80.0 and "visits" not in data["unrecorded"]


def test_a_running_year_is_compared_with_the_same_days_of_the_year_before(lib, clock, volunteer):
    _guest(clock, lib, volunteer, "2024-01-03")  # the visitor book has been kept for years
    _guest(clock, lib, volunteer, "2025-06-01")
    _guest(clock, lib, volunteer, "2025-12-20")  # after 5 December: not in the days compared
    _guest(clock, lib, volunteer, "2026-06-01")
    clock.set("2026-12-05T09:00:00+07:00")
    data = impact.impact_data(lib, Period.year(2026))
    assert data["compared"] == Period.custom(date(2025, 1, 1), date(2025, 12, 5))
    assert data["before"]["visits"] == 1 and data["changes"]["visits"] == 0.0  # not -50% against a whole year
    text = _sheet_text(data)
    assert "Counted up to 5 December 2026, compared with 1 January 2025 – 5 December 2025" in text
    # a year that is over compares whole years
    assert impact.impact_data(lib, Period.year(2025))["compared"] == Period.year(2024)
    assert impact.compared_span(Period.year(2028), date(2028, 2, 29)).end == date(2027, 2, 28)


def test_what_the_new_books_were_worth_and_what_the_request_buys(lib, clock, librarian):
    record = store.insert(lib, Record, title="Budidaya Lele", ddc="639.3")
    copies = [("P1", "purchase", 45_000, date(2026, 3, 1)), ("P2", "purchase", 55_000, date(2026, 4, 1)),
              ("G1", "grant", 30_000, date(2026, 5, 1)), ("G2", "grant", None, date(2026, 5, 1)),
              ("D1", "donation", None, date(2026, 6, 1)),
              ("OLD", "purchase", 99_000, date(2025, 6, 1)),  # last year's
              ("MOVE", "purchase", 80_000, None)]  # came with the move-in: never new
    for barcode, source, price, received in copies:
        store.insert(lib, Item, record=record, barcode=barcode, source=source, price=price, received_on=received)
    impact.save_inputs(lib, librarian, Period.year(2026), budget="Rp 5.000.000", request="Rp 1.000.000")
    clock.set("2027-01-20T09:00:00+07:00")
    data = impact.impact_data(lib, Period.year(2026))
    assert data["bought"]["purchase"] == {"copies": 2, "value": 100_000, "priced": 2}
    assert data["bought"]["grant"] == {"copies": 2, "value": 30_000, "priced": 1}
    assert data["request_in_books"] == {"average_price": 50_000, "books": 20}
    text = _sheet_text(data)
    assert "5 new books:" in text and "• bought: 2, worth Rp 100,000" in text  # (in English: English numbers)
    assert "• grants: 2, worth Rp 30,000 (price written on 1 of them)" in text and "• donated: 1" in text
    assert "We ask for: Rp 1,000,000" in text and "about 20 new books at Rp 50,000 each" in text
    assert "collection now: 7 books, 1 titles" in text  # the whole collection, not the new books


def test_the_request_is_kept_and_refused_when_not_an_amount(lib, librarian, tmp_path, monkeypatch):
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    path = str(lib.path)
    out = tmp_path / "dampak.png"
    assert cli(["--db", path, "--user", "pustakawan", "report", "impact", "--year", "2026", "--request",
                "12.500.000", "-o", str(out)]) == 0
    assert impact.inputs(lib, Period.year(2026)).request == 12_500_000
    assert cli(["--db", path, "--user", "pustakawan", "report", "impact", "--year", "2026", "--plans",
                "Pojok baca", "-o", str(out)]) == 0
    assert impact.inputs(lib, Period.year(2026)).request == 12_500_000  # kept when not given again
    from pustaka_desktop.core.errors import ValidationError

    with pytest.raises(ValidationError):
        impact.save_inputs(lib, librarian, Period.year(2026), request="dua belas juta")
