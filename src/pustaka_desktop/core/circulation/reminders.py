"""Reminders that reach people: overdue loans and reservations ready on the hold shelf.

Most village members have WhatsApp on a phone; the library PC often has no WhatsApp at all. So a
reminder is a **click-to-chat link** (``https://wa.me/62…?text=…``: opens WhatsApp with the member's
chat and the message typed in) and the same link as a **QR code** the librarian scans with the
library's phone; the text can also be copied or printed as a letter. Every reminder sent is written
to ``reminder_log`` (who, what, when, how), so the next librarian sees "reminded 2 days ago".

Phone numbers are normalised to the international form ``+62…`` (``0812-3456-7890``, ``62812…``,
``+62 812 …`` are the same number); a number that cannot be an Indonesian phone gives no link, and
the page says why.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from peewee import fn

from .. import auth
from ..errors import ValidationError
from ..formatting import format_day
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.models import Member, ReminderLog, Staff
from .holds import ReservationLine
from .overdue import OverdueMember
from .overdue import reminder_text as overdue_text

OVERDUE, HOLD_READY = "overdue", "hold_ready"
KINDS = (OVERDUE, HOLD_READY)
WHATSAPP, COPIED, LETTER = "whatsapp", "copied", "letter"
CHANNELS = (WHATSAPP, COPIED, LETTER)

# Indonesian numbers: +62 then 8-12 digits (mobiles start with 8; a few fixed lines get WhatsApp too).
_INTERNATIONAL = re.compile(r"^\+62\d{8,12}$")


def international_phone(phone: str) -> str:
    """``0812-3456-7890`` / ``62812…`` / ``+62 812 …`` / ``(0812) 3456 7890`` -> ``+6281234567890``;
    "" when it cannot be an Indonesian phone number."""
    digits = re.sub(r"[\s\-.()/]", "", phone or "")
    if digits.startswith("+"):
        digits = digits[1:]
        if not digits.startswith("62"):
            return ""  # another country: not ours to guess
    elif digits.startswith("0062"):
        digits = digits[2:]
    if digits.startswith("62"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    if not digits.isdigit():
        return ""
    number = "+62" + digits
    return number if _INTERNATIONAL.match(number) else ""


def whatsapp_link(phone: str, text: str) -> str:
    """The click-to-chat link (wa.me wants the number without ``+``); "" without a usable number."""
    number = international_phone(phone)
    if not number:
        return ""
    return f"https://wa.me/{number[1:]}?text={quote(text, safe='')}"


def qr_png(link: str, pixels: int = 320) -> bytes:
    """The link as a QR code (PNG), about ``pixels`` wide, for the library's phone to scan off the screen."""
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, border=3, box_size=1)
    code.add_data(link)
    code.make(fit=True)
    modules = code.modules_count + 2 * 3
    code.box_size = max(2, pixels // modules)
    buffer = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(buffer, format="PNG")
    return buffer.getvalue()


@dataclass
class Reminder:
    member_id: int
    member_number: str
    name: str
    phone: str  # as the member gave it
    whatsapp: str  # +62… form, "" when unusable
    kind: str  # overdue | hold_ready
    text: str
    link: str  # wa.me link, "" without a usable number
    subjects: list[dict]  # what it is about: [{"barcode", "title"}]
    last_sent: datetime | None = None  # the last reminder of this kind to this member

    @property
    def problem(self) -> str:
        """Why there is no link (English, context "Circulation"), or ""."""
        if self.link:
            return ""
        if not self.phone.strip():
            return QT_TRANSLATE_NOOP("Circulation", "No phone number: print a letter, or ask at the next visit.")
        return QT_TRANSLATE_NOOP("Circulation", "The phone number {phone} is not an Indonesian phone number: "
                                                "correct it on the Members page.")


def _library(lib: Library) -> tuple[str, str]:
    profile = lib.profile
    return (profile.name if profile else "Perpustakaan"), (profile.phone if profile and profile.phone else "")


def hold_ready_text(lib: Library, line: ReservationLine) -> str:
    library, phone = _library(lib)
    text = (f"Yth. {line.member_name},\n"
            f"Buku yang Anda pesan di {library} sudah tersedia: {line.title}.\n"
            f"Silakan diambil paling lambat {format_day(line.ready_until, 'id')} dengan membawa kartu anggota. "
            "Setelah tanggal itu buku diberikan kepada pemesan berikutnya. ")
    if phone:
        text += f"Pertanyaan dapat disampaikan ke {phone}. "
    return text + "Terima kasih."


def _last_sent(lib: Library, member_ids: list[int], kind: str) -> dict[int, datetime]:
    if not member_ids:
        return {}
    rows = (ReminderLog.select(ReminderLog.member, fn.MAX(ReminderLog.at).alias("last"))
            .where(ReminderLog.member.in_(member_ids) & (ReminderLog.kind == kind))
            .group_by(ReminderLog.member).tuples())
    field = ReminderLog.at
    return {member_id: field.python_value(last) for member_id, last in rows}


def overdue_reminders(lib: Library, entries: list[OverdueMember]) -> list[Reminder]:
    """One reminder per member with overdue books (in the order given), with when they were last reminded."""
    last = _last_sent(lib, [e.member_id for e in entries], OVERDUE)
    out = []
    for entry in entries:
        text = overdue_text(lib, entry)
        out.append(Reminder(entry.member_id, entry.number, entry.name, entry.phone, international_phone(entry.phone),
                            OVERDUE, text, whatsapp_link(entry.phone, text),
                            [{"barcode": x.barcode, "title": x.title} for x in entry.lines],
                            last.get(entry.member_id)))
    return out


def hold_ready_reminders(lib: Library, lines: list[ReservationLine]) -> list[Reminder]:
    """One reminder per reservation ready on the hold shelf."""
    ids = dict(Member.select(Member.number, Member.id)
               .where(Member.number.in_([line.member_number for line in lines])).tuples()) if lines else {}
    last = _last_sent(lib, list(ids.values()), HOLD_READY)
    out = []
    for line in lines:
        member_id = ids.get(line.member_number)
        if member_id is None:
            continue
        text = hold_ready_text(lib, line)
        out.append(Reminder(member_id, line.member_number, line.member_name, line.phone,
                            international_phone(line.phone), HOLD_READY, text, whatsapp_link(line.phone, text),
                            [{"barcode": line.barcode, "title": line.title}], last.get(member_id)))
    return out


def record_sent(lib: Library, by: Staff, reminder: Reminder, channel: str) -> ReminderLog:
    """Write down that this reminder went out (any staff; the desk volunteer sends them too)."""
    auth.require(by, "circulation.checkout")
    if channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown way of sending a reminder: {channel}."),
                              channel=channel)
    now = lib.clock.now()
    row = ReminderLog.create(member=reminder.member_id, kind=reminder.kind, channel=channel, at=now,
                             staff=by.username, detail=json.dumps({"about": reminder.subjects}, ensure_ascii=False))
    reminder.last_sent = now
    return row


@dataclass
class SentLine:
    at: datetime
    kind: str
    channel: str
    staff: str
    about: list[dict]


def history(lib: Library, member_number: str, limit: int = 50) -> list[SentLine]:
    """The reminders a member was sent, newest first."""
    rows = (ReminderLog.select().join(Member, on=(ReminderLog.member == Member.id))
            .where(Member.number == member_number).order_by(ReminderLog.at.desc(), ReminderLog.id.desc())
            .limit(limit))
    out = []
    for row in rows:
        try:
            about = json.loads(row.detail).get("about", []) if row.detail else []
        except ValueError:
            about = []
        out.append(SentLine(row.at, row.kind, row.channel, row.staff, about))
    return out
