from datetime import UTC, date, datetime

import pytest

from pustaka_desktop.core.formatting import format_date, format_money, parse_date


def test_dates_are_day_month_year():
    assert format_date(date(2026, 3, 2)) == "02-03-2026"
    assert parse_date("02-03-2026") == parse_date("2/3/2026") == parse_date("2026-03-02") == date(2026, 3, 2)
    with pytest.raises(ValueError):
        parse_date("31-02-2026")


def test_datetimes_are_shown_in_the_local_zone():
    assert format_date(datetime(2026, 3, 2, 1, 0, tzinfo=UTC)) in ("02-03-2026", "01-03-2026")


def test_money_is_rupiah_with_thousands_separators():
    assert format_money(12500) == "Rp 12.500"
    assert format_money(1250000, "en") == "Rp 1,250,000"
    assert format_money(0) == "Rp 0"
    assert format_money(-500) == "-Rp 500"


def test_numbers_follow_the_users_language():
    from pustaka_desktop.core import formatting

    try:
        formatting.set_display_language("id")
        assert formatting.format_number(100000) == "100.000"
        assert formatting.format_money(153500) == "Rp 153.500"
        formatting.set_display_language("en")
        assert formatting.format_number(3000) == "3,000"
        assert formatting.format_number(3000, "id") == "3.000"  # a document in Indonesian stays Indonesian
    finally:
        formatting.set_display_language("id")
