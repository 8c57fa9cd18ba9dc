"""The month card ("Bulan ini di perpustakaan") pinned on the notice board and shared in the village's groups,
when a session was called off: Tuesday's class is printed where it would have been (before the next programme),
its time and name struck through and greyed, with "Cancelled: <reason>" (the reason cut at a word to one line);
it is never printed as the next programme. A moved session is the next programme on its new day."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.community import programs
from pustaka_desktop.core.formatting import written_in
from pustaka_desktop.core.printing import month_card
from pustaka_desktop.core.printing.layout import ELLIPSIS, Box, Line, Text, no_translation
from pustaka_desktop.core.printing.posters import SIZES
from pustaka_desktop.core.reports.period import Period

MARCH = Period.month(2026, 3)  # the clock: Monday 2 March 2026, 09:00 WIB
FLOOD = ("Banjir: balai desa tergenang air setinggi lutut, jalan ke perpustakaan ditutup sampai air surut "
         "dan dibersihkan warga")
ARABIC_NAME = "تعليم القرآن للأطفال — Pengajian Anak Al-Hikmah bersama Ustadzah Siti Nurhaliza binti Abdullah"


def _stamp(session, short: bool = True) -> str:
    """The session's day (short, as a cancelled one is printed) and time as the card writes it in its language,
    here English (the source words): ``Tue, 03-03-2026 15:00``."""
    with written_in(no_translation):
        return month_card.session_time(session.starts_at, short=short)


@pytest.fixture
def week(lib, librarian):
    """Tuesday's drawing class cancelled (flood); Wednesday's moved to Thursday; next week's cancelled too."""
    drawing = programs.create_program(lib, librarian, name="Kelas Menggambar Anak", kind="skills")
    tuesday = programs.add_session(lib, librarian, drawing, starts_at="2026-03-03 15:00", place="Balai Desa")
    programs.cancel_session(lib, librarian, tuesday, "banjir")
    moved = programs.add_session(lib, librarian, drawing, starts_at="2026-03-04 15:00", place="Balai Desa")
    programs.move_session(lib, librarian, moved, "2026-03-05 16:00")
    later = programs.add_session(lib, librarian, drawing, starts_at="2026-03-10 15:00", place="Balai Desa")
    programs.cancel_session(lib, librarian, later, "listrik padam")
    return tuesday, moved, later


def _texts(elements) -> list[Text]:
    return [e for e in elements if isinstance(e, Text)]


def _struck(elements, text: Text) -> bool:
    return any(isinstance(e, Line) and e.y1 == e.y2 and text.ink.y < e.y1 < text.ink.bottom
               and e.x1 <= text.ink.x + 0.01 and e.x2 >= text.ink.right - 0.01 for e in elements)


def test_the_card_names_the_cancelled_session_before_the_next_programme(lib, week):
    tuesday, moved, _later = week
    data = month_card.month_figures(lib, MARCH)
    assert (data.next_programme, data.next_when) == ("Kelas Menggambar Anak", moved.starts_at)  # on its new day
    assert [(c.starts_at, c.reason) for c in data.called_off] == [(tuesday.starts_at, "banjir")]  # not the 10th's


@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_cancelled_session_is_struck_and_marked_with_its_reason(lib, week, size):
    tuesday, moved, _later = week
    elements = month_card.month_card_layout(lib, MARCH, size)
    texts = _texts(elements)
    when = next(t for t in texts if t.text.startswith(_stamp(tuesday)))
    name = next(t for t in texts if t.text == "Kelas Menggambar Anak" and t.box.y == when.box.y)
    assert _struck(elements, when) and _struck(elements, name)
    assert when.color == name.color != (0, 0, 0)  # greyed
    assert any(t.text == "Cancelled: banjir" for t in texts)
    next_line = next(t for t in texts if t.text.startswith(_stamp(moved, short=False)))
    assert not _struck(elements, next_line)
    assert next_line.box.y < when.box.y  # the next programme stays the headline
    W, H = SIZES[size]
    assert all(t.ink.inside(Box(0, 0, W, H)) for t in texts)
    assert min(t.size for t in texts) >= 9


def test_a_long_reason_is_cut_at_a_word(lib, librarian):
    program = programs.create_program(lib, librarian, name=ARABIC_NAME, kind="literacy")
    session = programs.add_session(lib, librarian, program, starts_at="2026-03-03 16:00", place="Musala Al-Hikmah")
    programs.cancel_session(lib, librarian, session, FLOOD)
    elements = month_card.month_card_layout(lib, MARCH, "square")
    texts = _texts(elements)
    reason = next(t for t in texts if t.text.startswith("Cancelled: Banjir"))
    assert reason.text.endswith(ELLIPSIS)
    shown = reason.text.removeprefix("Cancelled: ").removesuffix(ELLIPSIS).split()
    assert shown == FLOOD.split()[:len(shown)]  # whole words only, none cut in the middle
    assert any(t.text == "Come and read with us!" for t in texts)  # nothing held is coming: no "next programme"
    assert not any(t.text == "Next programme" for t in texts)
    name = next(t for t in texts if "تعليم" in t.text)
    assert _struck(elements, name) and name.ink.inside(Box(0, 0, *SIZES["square"]))
