"""A desk receipt (struk) for a small receipt printer (58 or 80 mm wide) as a PDF page of that width.

``receipt_pdf(lib, results)`` takes the desk's results (CheckoutResult, RenewResult, CheckinResult, and
the FineEntry of a payment taken at the desk) of one visit and lists what was lent (with due dates),
renewed, returned (with fines) and paid, and what is still owed. The text is Indonesian: the receipt
goes home with the patron (the proof of a payment). A due date carries its weekday ("Selasa, 8 Desember
2026"): a family plans the trip back by the day of the week.

``save_receipt(lib, results)`` files it without asking where: a file dialog at the desk took the keyboard,
and the next card scanned became the file's name. Receipts go into one folder beside the database (like
its backups and stored files: moved with the library, found by whoever looks after the PC), named by
date, time and member, and are kept ``KEEP_DAYS``: long enough to print a lost one again; the payment
itself stays in the fines ledger for good, and the member's name need not lie in a folder for years
(UU 27/2022).
"""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.units import mm

from ..circulation.fines import PAYMENT, balance
from ..circulation.loan_rules import options
from ..circulation.loans import CheckinResult, CheckoutResult, RenewResult
from ..formatting import format_day, format_money
from ..service import Library
from ..store.clock import local_today, to_local
from ..store.files import make_folder, write_bytes
from ..store.models import FineEntry
from .fonts import draw_text, new_canvas, text_width

FONT, BOLD = "sans", "bold"  # styles of the embedded fonts: names and titles in any script
KEEP_DAYS = 31
_DATED = re.compile(r"^struk-(\d{4}-\d{2}-\d{2})-.*\.pdf$")
# what Windows forbids in a file name, and spaces and dots: letters of any script (with their vowel marks) stay
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\s.]+')


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        probe = f"{line} {word}".strip()
        if text_width(probe, font, size) <= width or not line:
            line = probe
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines or [""]


def receipt_pdf(lib: Library, results: list, width_mm: int | None = None) -> bytes:
    width_mm = width_mm or options(lib).receipt_width_mm
    margin = 3 * mm
    width = width_mm * mm
    usable = width - 2 * margin
    size = 8 if width_mm <= 58 else 9
    lines: list[tuple[str, str, float]] = []  # (text, font, size)
    def add(text: str, font: str = FONT, fsize: float = size) -> None:
        for part in _wrap(text, font, fsize, usable):
            lines.append((part, font, fsize))

    profile = lib.profile
    add(profile.name if profile else "Perpustakaan", BOLD, size + 1)
    if profile and profile.address:
        add(profile.address, FONT, size - 1)
    add(to_local(lib.clock.now()).strftime("%d-%m-%Y %H:%M"), FONT, size - 1)
    add("-" * 60)
    member = next((r.member for r in results if getattr(r, "member", None) is not None), None)
    if member is not None:
        add(f"Anggota: {member.name}", BOLD)
        add(f"No. {member.number}")
    lent = [r for r in results if isinstance(r, CheckoutResult)]
    renewed = [r for r in results if isinstance(r, RenewResult)]
    returned = [r for r in results if isinstance(r, CheckinResult)]
    if lent:
        add("DIPINJAM", BOLD)
        for r in lent:
            add(f"- {r.title} ({r.item.barcode})")
            add(f"  Kembali: {format_day(r.due_on, 'id')}", BOLD)
    if renewed:
        add("DIPERPANJANG", BOLD)
        for r in renewed:
            add(f"- {r.title}")
            add(f"  Kembali: {format_day(r.due_on, 'id')}", BOLD)
            if r.fine:  # charged at the renewal: the owed sum below says where it came from
                add(f"  Terlambat {r.params.get('days', 0)} hari, denda {format_money(r.fine, 'id')}")
    if returned:
        add("DIKEMBALIKAN", BOLD)
        for r in returned:
            add(f"- {r.title} ({r.item.barcode})")
            if r.fine:
                add(f"  Terlambat {r.days_late} hari, denda {format_money(r.fine, 'id')}")
    paid = [r for r in results if isinstance(r, FineEntry) and r.kind == PAYMENT]
    if paid:
        add("DIBAYAR", BOLD)
        for r in paid:
            add(f"- Denda {format_money(r.amount, 'id')}")
    add("-" * 60)
    if member is not None:
        owed = balance(lib, member)
        if owed:
            add(f"Denda belum dibayar: {format_money(owed, 'id')}", BOLD)
        elif paid:  # the patron who paid takes home that nothing is owed any more
            add("Sisa denda: Rp 0 (lunas)", BOLD)
    add("Terima kasih. Selamat membaca!", FONT)
    # trim the dashed rules to the paper width
    lines = [(t if not set(t) == {"-"} else "-" * int(usable / text_width("-", FONT, size)), f, s)
             for t, f, s in lines]
    height = 2 * margin + sum(s * 1.35 for _, _, s in lines)
    out = io.BytesIO()
    canvas = new_canvas(out, (width, height), "Struk")
    y = height - margin
    for text, font, fsize in lines:
        y -= fsize * 1.35
        draw_text(canvas, margin, y + fsize * 0.3, text, font, fsize)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def write_receipt(lib: Library, path: str | Path, results: list, width_mm: int | None = None) -> Path:
    """The receipt for ``results`` into ``path`` (PDF)."""
    return write_bytes(path, receipt_pdf(lib, results, width_mm))


def receipts_dir(lib: Library) -> Path:
    """The desk's receipts: beside the database, like its backups (``<db>-backups``) and files."""
    return lib.path.parent / f"{lib.path.stem}-receipts"


def receipt_file_name(lib: Library, results: list) -> str:
    """``struk-2026-03-02-09.05-A0012-Siti_Aminah.pdf``: sorted by date in a folder, the member at a glance."""
    parts = ["struk", to_local(lib.clock.now()).strftime("%Y-%m-%d-%H.%M")]
    member = next((r.member for r in results if getattr(r, "member", None) is not None), None)
    if member is not None:
        parts += [_UNSAFE.sub("_", str(member.number)).strip("_"), _UNSAFE.sub("_", member.name).strip("_")[:40]]
    return "-".join(part for part in parts if part) + ".pdf"


def remove_old_receipts(lib: Library, folder: Path, keep_days: int = KEEP_DAYS) -> list[Path]:
    """Receipts dated (by their name) more than ``keep_days`` ago; other files in the folder are left alone.
    A receipt that cannot go now (open in a PDF viewer on Windows) goes next time."""
    oldest = local_today(lib.clock) - timedelta(days=keep_days)
    removed = []
    for path in folder.glob("struk-*.pdf"):
        dated = _DATED.match(path.name)
        try:
            if dated and date.fromisoformat(dated.group(1)) < oldest:
                path.unlink()
                removed.append(path)
        except (ValueError, OSError):
            continue
    return removed


def save_receipt(lib: Library, results: list, width_mm: int | None = None) -> Path:
    """The visit's receipt filed in ``receipts_dir`` (a second one the same minute gets its own name);
    receipts older than ``KEEP_DAYS`` go. FileWriteError (a full or read-only disk) says so in words."""
    folder = make_folder(receipts_dir(lib))
    remove_old_receipts(lib, folder)
    name = receipt_file_name(lib, results)
    path, count = folder / name, 1
    while path.exists():
        count += 1
        path = folder / f"{name[:-4]}-{count}.pdf"
    return write_receipt(lib, path, results, width_mm)
