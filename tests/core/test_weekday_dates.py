"""A day a patron or parent acts on is written with its weekday ("kelas hari Selasa"): the due date on the desk's
receipt, the pick-up day in the WhatsApp message, the next programme on the month card. Nobody works out which
day of the week 16-03-2026 is. Indonesian names are the app's own (the same as its translations)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pustaka_desktop.core import formatting
from pustaka_desktop.core.circulation import holds, reminders
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.community import programs
from pustaka_desktop.core.formatting import format_day
from pustaka_desktop.core.printing import month_card, receipt
from pustaka_desktop.core.printing.layout import ELLIPSIS, Box, Text
from pustaka_desktop.core.printing.posters import SIZES
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.i18n import translator_for

from .circ_helpers import book, member

MARCH = Period.month(2026, 3)  # the clock: Monday 2 March 2026, 09:00 WIB
TS_FILE = Path(__file__).resolve().parents[2] / "translations" / "pustaka_id.ts"


@pytest.fixture
def english():
    formatting.set_display_language("en")
    yield
    formatting.set_display_language("id")


def test_a_day_is_written_with_its_weekday_in_the_readers_language(english):
    tuesday = date(2026, 12, 8)
    assert format_day(tuesday, "id") == "Selasa, 8 Desember 2026"
    assert format_day(tuesday, "en") == "Tuesday, 8 December 2026"
    assert format_day(tuesday, "id", short=True) == "Sel, 08-12-2026"  # where space is tight
    assert format_day(date(2026, 3, 6), "en", short=True) == "Fri, 06-03-2026"
    assert format_day(tuesday) == "Tuesday, 8 December 2026"  # the display language when not said
    assert format_day(None) == ""


def test_a_stored_time_is_shown_on_its_local_day():
    noon = datetime(2026, 12, 8, 12, 0).astimezone()  # Tuesday noon on this PC, stored in UTC
    assert format_day(noon.astimezone(UTC), "id") == "Selasa, 8 Desember 2026"


def test_the_indonesian_names_are_the_apps_own_translations():
    ts = TS_FILE.read_text(encoding="utf-8")

    def translation(english: str) -> set[str]:
        return set(re.findall(rf"<source>{english}</source>\s*<translation[^>]*>([^<]+)<", ts))

    monday = date(2026, 3, 2)
    for offset, english in enumerate(formatting.WEEKDAYS_EN):
        day = date(2026, 3, 2 + offset)
        assert format_day(day, "id").split(",")[0] in translation(english), english
    for month, english in enumerate(formatting.MONTHS_EN, start=1):
        assert format_day(monday.replace(month=month), "id").split()[2] in translation(english), english


def _pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "struk.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (./dev setup installs it)")
@pytest.mark.parametrize("width", [58, 80])
def test_the_receipt_says_on_which_weekday_to_bring_the_books_back(lib, volunteer, tmp_path, width):
    siti = member(lib, volunteer, "Siti Aminah")
    first, second = book(lib, "Laskar Pelangi")[0], book(lib, "Si Kancil dan Buaya")[0]
    lent = circulation.checkout(lib, volunteer, siti, first.barcode)  # 14 days: Monday 16 March
    circulation.checkout(lib, volunteer, siti, second.barcode)
    renewed = circulation.renew(lib, volunteer, second.barcode)  # renewed from its due day: Monday 30 March
    text = _pdf_text(receipt.receipt_pdf(lib, [lent, renewed], width), tmp_path)
    assert "Kembali: Senin, 16 Maret 2026" in text
    assert f"Kembali: {format_day(renewed.due_on, 'id')}" in text


def test_the_pick_up_message_names_the_weekday(lib, volunteer):
    alice, siti = member(lib, volunteer, "Alice"), member(lib, volunteer, "Siti", phone="0812-3456-7890")
    [copy] = book(lib, "Negeri 5 Menara")
    circulation.checkout(lib, volunteer, alice, copy.barcode)
    holds.place_hold(lib, volunteer, siti, copy.record)
    circulation.checkin(lib, volunteer, copy.barcode)  # put aside for Siti until Thursday 5 March
    [message] = reminders.hold_ready_reminders(lib, holds.reservations(lib, siti.number))
    assert "paling lambat Kamis, 5 Maret 2026 dengan" in message.text
    assert "Kamis%2C%205%20Maret%202026" in message.link  # the same words in the WhatsApp link


def test_the_pick_up_message_is_indonesian_whatever_the_staffs_language(lib, volunteer, english):
    alice, siti = member(lib, volunteer, "Alice"), member(lib, volunteer, "Siti", phone="0812-3456-7890")
    [copy] = book(lib)
    circulation.checkout(lib, volunteer, alice, copy.barcode)
    holds.place_hold(lib, volunteer, siti, copy.record)
    circulation.checkin(lib, volunteer, copy.barcode)
    [message] = reminders.hold_ready_reminders(lib, holds.reservations(lib, siti.number))
    assert "Kamis, 5 Maret 2026" in message.text and "Thursday" not in message.text


@pytest.fixture
def week(lib, librarian):
    """Tuesday's drawing class cancelled (flood), Wednesday's too; the next one is on Thursday in a hamlet."""
    drawing = programs.create_program(lib, librarian, name="Kelas Menggambar Anak", kind="skills")
    for day, reason in (("2026-03-03", "banjir"), ("2026-03-04", "listrik padam")):
        session = programs.add_session(lib, librarian, drawing, starts_at=f"{day} 15:00", place="Balai Desa")
        programs.cancel_session(lib, librarian, session, reason)
    programs.add_session(lib, librarian, drawing, starts_at="2026-03-05 16:00",
                         place="Musala Al-Hikmah, Dusun Karangsari RT 03")
    return drawing


def _texts(lib, size) -> list[Text]:
    """The card in Indonesian (its days are written in the card's language)."""
    return [e for e in month_card.month_card_layout(lib, MARCH, size, translator_for("id")) if isinstance(e, Text)]


@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_month_card_gives_the_weekday_of_the_next_and_the_cancelled_sessions(lib, week, size):
    texts = _texts(lib, size)
    W, H = SIZES[size]
    assert all(t.ink.inside(Box(0, 0, W, H)) and not t.text.endswith(ELLIPSIS) for t in texts)
    day = next(t for t in texts if t.text.startswith("Kamis, 5 Maret 2026, 16:00"))
    cancelled = [t.text for t in texts if t.text.endswith(" ·")]
    assert cancelled == ["Sel, 03-03-2026 15:00 ·", "Rab, 04-03-2026 15:00 ·"]  # short: two share the space
    # the cancelled class keeps its whole name beside its day, even on the narrow phone story
    assert [t.text for t in texts].count("Kelas Menggambar Anak") == 3
    if size != "square":  # a long hamlet address goes to a line of its own instead of shrinking the day
        assert day.text == "Kamis, 5 Maret 2026, 16:00"
        place = next(t for t in texts if t.text == "Musala Al-Hikmah, Dusun Karangsari RT 03")
        assert place.box.y > day.box.y and day.size >= 14


def test_a_short_place_stays_beside_the_day(lib, librarian):
    reading = programs.create_program(lib, librarian, name="Klub Baca", kind="literacy")
    programs.add_session(lib, librarian, reading, starts_at="2026-03-07 09:00", place="Balai Desa")
    texts = [t.text for t in _texts(lib, "a4")]
    assert "Sabtu, 7 Maret 2026, 09:00 · Balai Desa" in texts


def test_an_arabic_programme_name_leaves_the_day_first(lib, librarian):
    name = "تعليم القرآن للأطفال — Pengajian Anak Al-Hikmah"
    quran = programs.create_program(lib, librarian, name=name, kind="literacy")
    programs.add_session(lib, librarian, quran, starts_at="2026-03-06 16:00", place="مصلى الحكمة")
    texts = _texts(lib, "a4")
    line = next(t for t in texts if "مصلى الحكمة" in t.text)
    # a Latin weekday first: the line reads left to right, the day before the (Arabic) place
    assert line.text == "Jumat, 6 Maret 2026, 16:00 · مصلى الحكمة"
    assert all(t.ink.inside(Box(0, 0, *SIZES["a4"])) for t in texts)


def test_the_desk_says_the_weekday_the_volunteer_tells_the_patron(lib, volunteer, english):
    borrower = member(lib, volunteer)
    [copy] = book(lib)
    lent = circulation.checkout(lib, volunteer, borrower, copy.barcode)
    assert lent.message.format(**lent.params).endswith("Due back Mon, 16-03-2026.")  # short: a line in the log
    formatting.set_display_language("id")
    assert circulation.renew(lib, volunteer, copy.barcode).params["due"] == "Sen, 30-03-2026"
