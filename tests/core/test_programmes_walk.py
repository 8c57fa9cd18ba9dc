"""A village librarian's programmes, walked through to the reports: the counts the TPBIS report, the
IPLM sheet and the impact sheet give (people, not enrolments), and sessions moved or cancelled."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.platypus import KeepTogether
from reportlab.platypus import Table as RLTable

from pustaka_desktop.core.community import members, programs
from pustaka_desktop.core.printing import report_pdf
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.documents import tables_for, tpbis_data
from pustaka_desktop.core.reports.period import Period

MARCH = Period.month(2026, 3)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_a_member_in_two_programmes_is_one_person(lib, librarian, volunteer):
    members.register(lib, librarian, name="Sri Wahyuni", gender="F", birth_date="1978-04-02", member_type="Umum",
                     number="SKM-0001")
    club = programs.create_program(lib, librarian, name="Klub Buku Sabtu", kind="book_club")
    phone = programs.create_program(lib, librarian, name="Jualan Lewat HP", kind="digital")
    club_day = programs.add_session(lib, librarian, club, starts_at=_at("2026-03-01T15:00:00"))
    phone_day = programs.add_session(lib, librarian, phone, starts_at=_at("2026-03-01T09:00:00"))
    programs.scan_attendance(lib, volunteer, club_day, "SKM-0001")
    programs.scan_attendance(lib, volunteer, phone_day, "SKM-0001")
    for name in ("Pak Karto", "Bu Marni"):  # villagers without a card, at the phone class
        guest = programs.enrol_guest(lib, volunteer, phone, name=name, gender="M" if name.startswith("Pak") else "F",
                                     age_band="36-59")
        programs.mark_attendance(lib, volunteer, phone_day, guest)

    counts = figures.programmes(lib, MARCH)

    assert counts["participants"] == 3  # Bu Sri once, not once per programme
    assert (counts["participant_members"], counts["participant_guests"]) == (1, 2)
    assert counts["attendance"] == 4
    assert counts["by_gender"] == {"M": 1, "F": 2, "": 0}
    assert counts["by_age_band"]["36-59"] == 3
    assert {row["name"]: row["participants"] for row in counts["list"]} == {"Klub Buku Sabtu": 1,
                                                                            "Jualan Lewat HP": 3}
    report = tables_for(tpbis_data(lib, MARCH))
    figures_table = report[0].tables[0]
    assert ["Participants who are members", 1] in figures_table.rows
    assert ["Participants who are not members", 2] in figures_table.rows


def test_sessions_planned_ahead_are_not_yet_held(lib, librarian, volunteer):
    """Today is Monday 2 March: the weekly club has met twice; three more Mondays are only planned."""
    members.register(lib, librarian, name="Sri Wahyuni", gender="F", member_type="Umum", number="SKM-0001")
    club = programs.create_program(lib, librarian, name="Klub Buku Senin", kind="book_club")
    mondays = [programs.add_session(lib, librarian, club, starts_at=_at(f"2026-03-{day:02d}T08:00:00+07:00"))
               for day in (2, 9, 16, 23, 30)]
    programs.scan_attendance(lib, volunteer, mondays[0], "SKM-0001")
    quiet_start = programs.create_program(lib, librarian, name="Kelas Ibu-ibu", kind="literacy")
    programs.add_session(lib, librarian, quiet_start, starts_at=_at("2026-03-20T09:00:00+07:00"))

    counts = figures.programmes(lib, MARCH)

    assert (counts["programmes"], counts["sessions"]) == (1, 1)
    assert [row["name"] for row in counts["list"]] == ["Klub Buku Senin"]


def _photo_bytes() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


def test_the_tpbis_report_shows_only_stories_told_with_consent(lib, librarian, volunteer):
    phone = programs.create_program(lib, librarian, name="Jualan Lewat HP", kind="digital")
    day = programs.add_session(lib, librarian, phone, starts_at=_at("2026-03-01T09:00:00+07:00"))
    guest = programs.enrol_guest(lib, volunteer, phone, name="Bu Sri", gender="F", age_band="36-59")
    programs.mark_attendance(lib, volunteer, day, guest)
    programs.add_story(lib, librarian, phone, title="Bu Sri jualan keripik", author="Sri Wahyuni", consent=True,
                       text="Bu Sri sekarang menjual keripik singkong lewat WhatsApp.", told_on="2026-03-01",
                       photo=_photo_bytes())
    programs.add_story(lib, librarian, phone, title="Pak Karto", author="Karto", told_on="2026-03-01",
                       text="Pak Karto masih bingung memakai HP; anaknya sakit.", photo=_photo_bytes())

    data = tpbis_data(lib, MARCH)
    stories = next(t for t in tables_for(data)[0].tables if t.title == "Stories and testimonials")
    printed = " ".join(str(cell) for row in stories.rows for cell in row)

    assert "keripik" in printed and "Sri Wahyuni" in printed
    assert "Karto" not in printed and "anaknya sakit" not in printed
    assert "1 more stories are not shown" in printed
    flowables = [part for block in report_pdf._photos(data, lambda c, t: t)
                 for part in (block._content if isinstance(block, KeepTogether) else [block])]  # (heading kept with them)
    photos = [cell for row in flowables if isinstance(row, RLTable)
              for cells in row._cellvalues for cell in cells if cell != ""]
    assert len(photos) == 1 and "Bu Sri jualan keripik" in str(photos)  # Pak Karto's photo stays home


def test_a_story_photo_cut_out_in_a_phone_app_keeps_a_white_background(lib, librarian):
    """A PNG whose background was cut away (the way phone apps save a portrait) printed on the impact sheet and
    the TPBIS report with a black background: the story's photo comes in on white, like a member's photo."""
    from PIL import Image, ImageDraw

    cut_out = Image.new("RGBA", (300, 400), (0, 0, 0, 0))
    ImageDraw.Draw(cut_out).ellipse((60, 40, 240, 260), fill=(90, 60, 40, 255))
    png = io.BytesIO()
    cut_out.save(png, "PNG")
    club = programs.create_program(lib, librarian, name="Klub Buku Sabtu", kind="book_club")
    story = programs.add_story(lib, librarian, club, title="Dinda", text="Dinda kini membaca tiap Sabtu.",
                               photo=png.getvalue(), consent=True)
    with Image.open(io.BytesIO(story.photo)) as photo:
        grey = photo.convert("L")
        assert grey.getpixel((3, 3)) > 240 and grey.getpixel((150, 150)) < 120  # white around, the face kept
