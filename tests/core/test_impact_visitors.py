"""Who visited, on the impact sheet the village head reads at the Musrenbang: visitors by age band and
gender next to the members, the share of children and young people and the school groups -- the very
numbers of the monthly report -- and, for a visitor book kept without ages, a sentence instead of zeros."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pustaka_desktop.core.community import members, visits
from pustaka_desktop.core.printing import impact_sheet
from pustaka_desktop.core.printing.layout import Text
from pustaka_desktop.core.reports import documents, impact
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Program, Story, Visit


def _texts(data) -> list[Text]:
    return [e for e in impact_sheet.impact_elements(data) if isinstance(e, Text)]


def _sheet_text(data) -> str:
    return " ".join(t.text for t in _texts(data))


def _cell_after(data, label: str) -> str:
    """The visitors' count printed right after a row label of the who-came table."""
    texts = [t.text for t in _texts(data)]
    return texts[texts.index(label) + 1]


@pytest.fixture
def visitor_book(lib, clock, librarian, volunteer):
    """A year of a village visitor book: a girl with a card, guests, a primary school class, farmers."""
    member = members.register(lib, librarian, name="Siti Aminah", gender="F", birth_date="2016-04-12", member_type="Anak-anak",
                              registered_on="2026-01-05")
    members.register(lib, librarian, name="Pak Darto", gender="M", member_type="Umum", registered_on="2026-01-05")  # age not given
    clock.set("2026-02-03T15:00:00+07:00")
    visits.record_member(lib, volunteer, member.number)
    visits.record_guest(lib, volunteer, gender="F", age_band="0-6")
    visits.record_guest(lib, volunteer, gender="M", age_band="36-59", occupation="Petani")
    clock.set("2026-05-12T09:00:00+07:00")
    visits.record_group(lib, volunteer, "Kelas 4 SDN 1 Sukamaju", {"F": 12, "M": 10, "sd": 22})
    visits.record_group(lib, volunteer, "Kelompok Tani Harapan", {"F": 3, "M": 5})  # ages not counted
    clock.set("2027-01-15T09:00:00+07:00")


def test_the_sheet_shows_who_visited_as_the_monthly_report_counts_them(lib, visitor_book):
    year = Period.year(2026)
    data = impact.impact_data(lib, year)
    monthly = documents.monthly_data(lib, year)["visits"]
    who = data["visitors"]
    assert who["by_age_band"] == monthly["by_age_band"] and who["by_gender"] == monthly["by_gender"]
    assert who["total"] == monthly["total"] == data["now"]["visits"] == 33  # the Visitors tile: same people
    assert who["by_age_band"]["7-12"] == 23 and who["by_age_band"][""] == 8  # the girl and the class; the farmers
    assert (who["school_groups"], who["pupils"]) == (1, 22)
    text = _sheet_text(data)
    assert "Who the library serves" in text and "Members by age" not in text
    assert _cell_after(data, "7–12") == "23" and _cell_after(data, "not recorded") == "8"
    assert _cell_after(data, "Women") == "17" and _cell_after(data, "Men") == "16"
    # 24 of the 25 visitors whose age was written down were 0-18; the 8 farmers are not counted as adults
    assert "Children and young people (0–18): 96% of visitors whose age was recorded" in text
    assert "School groups: 1 visits, 22 pupils" in text


def test_an_old_visitor_book_without_ages_says_so_rather_than_show_zeros(lib, clock, librarian):
    # the paper book of 2025 typed in (or a SLiMS visitor log): names and days, no gender, no age
    for day in range(1, 21):
        store.insert(lib, Visit, at=datetime(2025, 3, day, 2, 0, tzinfo=UTC), member=None, name=f"Tamu {day}",
                     gender="", age_band="", occupation="", origin_place="village", purpose="read", headcount=1)
    members.register(lib, librarian, name="Ayu", gender="F", birth_date="2014-02-01", member_type="Anak-anak",
                     registered_on="2025-01-10")
    clock.set("2026-01-20T09:00:00+07:00")
    data = impact.impact_data(lib, Period.year(2025))
    text = _sheet_text(data)
    assert "The visitor book of this period did not record ages." in text
    assert _cell_after(data, "7–12") == "–" and _cell_after(data, "0–6") == "–"  # not "0 visitors aged 7-12"
    assert _cell_after(data, "not recorded") == "20" and _cell_after(data, "Women") == "–"
    assert "Children and young people" not in text


def test_who_came_fits_above_the_stories_on_one_page(lib, visitor_book, librarian):
    # every row the table can have (the unrecorded ages too) and two stories below it
    programme = store.insert(lib, Program, name="Klub Baca Anak Sabtu", kind="book_club")
    for title in ("Bu Warsih kini menerima pesanan", "Kompos dari buku perpustakaan"):
        store.insert(lib, Story, program=programme, title=title, text="Setelah ikut pelatihan menjahit, saya bisa "
                     "menjahit seragam anak sendiri dan sekarang menerima pesanan dari tetangga. " * 2,
                     author="Ibu Warsih", told_on="2026-08-10", consent=True)
    data = impact.impact_data(lib, Period.year(2026))
    assert len(data["stories"]) == 2
    texts = _texts(data)
    story_top = min(t.box.y for t in texts if t.text == "Stories")
    last_line = next(t for t in texts if t.text.startswith("School groups"))
    assert last_line.box.y + last_line.box.h <= story_top  # the last line of who came, above the stories
    assert last_line.size >= 8  # read at arm's length, not shrunk to fit
    assert not [t.text for t in texts if t.text.endswith("…")]  # nothing cut off
    assert all(t.box.y + t.box.h <= impact_sheet.H for t in texts)
