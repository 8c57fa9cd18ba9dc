"""Printable reminder letters for overdue loans (PDF, A4, one page per member).

The letters go to patrons, so they are written in Indonesian whatever the staff's UI language:
library letterhead, date, addressee, the late books with their due dates, days late and fine so far,
a polite request, and the head librarian's signature block.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from .. import auth
from ..circulation.overdue import OverdueMember, overdue_by_member
from ..errors import Cancelled, ValidationError
from ..formatting import format_day, format_money, long_date_id
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.clock import local_today
from ..store.files import write_bytes
from ..store.models import Staff
from .fonts import register_fonts
from .paragraphs import Para

BASE = {"size": 11, "leading": 15}
SMALL = {"size": 9, "leading": 12}
HEAD = {"size": 15, "leading": 19, "style": "bold", "align": "center"}
SUB = {"size": 9, "leading": 12, "align": "center"}
CELL = {"size": 10, "leading": 13}
CELL_BOLD = {"size": 10, "leading": 13, "style": "bold"}


def _p(text: str, style: dict = BASE) -> Para:
    """A paragraph in the embedded fonts: names and titles in any script print as typed."""
    return Para(text, **style)


def _due_day(day) -> str:
    """The due day with its weekday, which the patron remembers ("it was a Saturday"), the weekday on a line of
    its own so the date is never split in the narrow column: ``Sabtu,`` / ``21 November 2026``."""
    return format_day(day, "id").replace(", ", ",\n", 1)


def letter_story(lib: Library, entry: OverdueMember) -> list:
    profile = lib.profile
    today = local_today(lib.clock)
    address_bits = [profile.address, profile.village and f"Desa {profile.village}",
                    profile.kecamatan and f"Kec. {profile.kecamatan}", profile.kabupaten]
    contact = " - ".join(x for x in (profile.phone, profile.email) if x)
    story = [
        _p(profile.name.upper(), HEAD),
        _p(", ".join(b for b in address_bits if b), SUB),
    ]
    if contact:
        story.append(_p(contact, SUB))
    story += [
        Spacer(1, 2 * mm),
        HRFlowable(width="100%", thickness=1.2, color=colors.black),
        Spacer(1, 6 * mm),
        _p(f"{profile.village or profile.kabupaten or ''}{', ' if (profile.village or profile.kabupaten) else ''}"
           f"{long_date_id(today)}"),
        Spacer(1, 4 * mm),
        _p("Perihal: Pemberitahuan keterlambatan pengembalian buku"),
        Spacer(1, 6 * mm),
        _p("Kepada Yth."),
        _p(f"{entry.name} ({entry.number})", {**BASE, "style": "bold"}),
    ]
    if entry.address:
        story.append(_p(entry.address))
    story += [
        Spacer(1, 6 * mm),
        _p("Dengan hormat,"),
        Spacer(1, 2 * mm),
        _p(f"Menurut catatan {profile.name}, buku berikut yang Bapak/Ibu/Saudara pinjam sudah melewati "
           f"tanggal pengembalian:"),
        Spacer(1, 3 * mm),
    ]
    rows = [[_p("No", CELL_BOLD), _p("Judul", CELL_BOLD), _p("Kode", CELL_BOLD), _p("Harus kembali", CELL_BOLD),
             _p("Terlambat", CELL_BOLD), _p("Denda", CELL_BOLD)]]
    for n, line in enumerate(entry.lines, 1):
        rows.append([_p(str(n), CELL), _p(line.title, CELL), _p(line.barcode, CELL), _p(_due_day(line.due_on), CELL),
                     _p(f"{line.days_late} hari", CELL), _p(format_money(line.fine_so_far, "id") if line.fine_so_far else "-", CELL)])
    if entry.total_fine:
        rows.append(["", _p("Jumlah denda sampai hari ini", CELL_BOLD), "", "", "", _p(format_money(entry.total_fine, "id"),
                                                                                      CELL_BOLD)])
    table = Table(rows, colWidths=[10 * mm, 50 * mm, 25 * mm, 37 * mm, 23 * mm, 29 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (1, len(rows) - 1), (4, len(rows) - 1)) if entry.total_fine else ("VALIGN", (0, 0), (0, 0), "TOP"),
    ]))
    story += [
        table,
        Spacer(1, 5 * mm),
        _p("Kami mohon buku tersebut dapat dikembalikan, atau diperpanjang bila masih diperlukan, di perpustakaan "
           "pada jam buka. Apabila buku sudah dikembalikan, mohon abaikan surat ini dan terima kasih."),
        Spacer(1, 3 * mm),
        _p("Atas perhatian dan kerja samanya kami ucapkan terima kasih."),
        Spacer(1, 10 * mm),
    ]
    signature = Table([[_p(""), _p("Hormat kami,\nKepala Perpustakaan")], [_p(""), Spacer(1, 18 * mm)],
                       [_p(""), _p(profile.head_name or "............................", {**BASE, "style": "bold"})]],
                      colWidths=[100 * mm, 74 * mm])
    story.append(signature)
    return story


def letters_pdf(lib: Library, entries: list[OverdueMember],
                progress: Callable[[float, str], None] | None = None,
                cancel: Callable[[], bool] | None = None) -> bytes:
    import io

    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="Surat pemberitahuan keterlambatan",
                            author=lib.profile.name if lib.profile else "")
    story: list = []
    for n, entry in enumerate(entries):
        if cancel is not None and cancel():
            raise Cancelled()
        if progress and n % 20 == 0:
            progress(n / max(1, len(entries)), QT_TRANSLATE_NOOP("Progress", "Writing letters"))
        if story:
            story.append(PageBreak())
        story += letter_story(lib, entry)
    doc.build(story)
    return buffer.getvalue()


def write_letters(lib: Library, by: Staff, path: str | Path, member_ids: list[int] | None = None,
                  progress: Callable[[float, str], None] | None = None,
                  cancel: Callable[[], bool] | None = None) -> int:
    """Reminder letters for every member with overdue loans (or only ``member_ids``) into ``path``
    (PDF). Returns the number of letters."""
    auth.require(by, "circulation.checkout")
    entries = overdue_by_member(lib)
    if member_ids is not None:
        wanted = set(member_ids)
        entries = [e for e in entries if e.member_id in wanted]
    if not entries:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No member has overdue books: there is no letter to print."))
    write_bytes(path, letters_pdf(lib, entries, progress, cancel))
    return len(entries)
