"""Printing rows: 1,000 combined labels to PDF, 200 member cards with photos, a move-in's 1,500 cards at once (as a
PDF, and drawn onto a printer), and the live preview of a label sheet's first page (what the Print page does on
every change)."""

from __future__ import annotations

import io
import statistics
import time

from . import BenchContext, Row


def _photo(n: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 320), (120 + n % 100, 90 + (n * 7) % 120, 70 + (n * 13) % 150))
    draw = ImageDraw.Draw(image)
    draw.ellipse((50, 50, 190, 230), fill=(60 + n % 60, 40, 30))
    draw.rectangle((30, 240, 210, 320), fill=(20, 40 + n % 150, 90))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _sent_to_a_printer(document, path) -> tuple[float, float]:
    """Seconds to draw ``document`` onto a printer, and the MiB of spool it made: a PDF printer stands in (what
    CUPS spools; a Windows driver's spool is vectors the same way)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from pustaka_desktop.gui.page_painter import print_document

    app = QApplication.instance() or QApplication([])  # noqa: F841 - Qt paints only with an application
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    began = time.perf_counter()
    print_document(printer, document)
    return time.perf_counter() - began, path.stat().st_size / 1024 / 1024


def rows(ctx: BenchContext) -> list[Row]:
    from pustaka_desktop.core.auth import LIBRARIAN
    from pustaka_desktop.core.printing import cards, labels, selection, templates
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Member, Staff

    lib = Library.open(ctx.copy_db("printing"))
    by = Staff(username="bench", role=LIBRARIAN, active=True)
    out_pdf = ctx.scratch / "labels.pdf"
    try:
        template = templates.get_template("tj103")
        calibration = templates.Calibration(1.0, -0.5, 100.5)

        def label_run() -> float:
            began = time.perf_counter()
            copies = selection.copy_labels(selection.select_items(lib, "accession:1..1000"))
            result = labels.print_labels(lib, by, "combined", template, copies, str(out_pdf), calibration=calibration)
            elapsed = time.perf_counter() - began
            assert result.labels == 1000, result.labels
            return elapsed

        label_s = statistics.median(label_run() for _ in range(3))
        size_kb = out_pdf.stat().st_size / 1024

        began = time.perf_counter()
        copies = selection.copy_labels(selection.select_items(lib, "accession:1..1000"))
        select_ms = (time.perf_counter() - began) * 1000

        def preview_run() -> float:  # the Print page keeps the selection until it changes
            began = time.perf_counter()
            labels.labels_pdf("combined", template, copies, options=labels.LabelOptions("Perpustakaan"),
                              max_pages=1)
            return time.perf_counter() - began

        preview_ms = statistics.median(preview_run() for _ in range(5)) * 1000

        members = list(Member.select().where(Member.deleted == False).order_by(Member.id).limit(200))  # noqa: E712
        with lib.transaction():
            for n, member in enumerate(members):
                store.update(lib, member, photo=_photo(n))
        numbers = ",".join(m.number for m in members)

        def card_run() -> float:
            began = time.perf_counter()
            chosen = selection.select_members(lib, f"numbers:{numbers}")
            result = cards.print_cards(lib, by, chosen, str(ctx.scratch / "cards.pdf"))
            elapsed = time.perf_counter() - began
            assert result.cards == 200
            return elapsed

        card_s = statistics.median(card_run() for _ in range(3))
        cards_mb = (ctx.scratch / "cards.pdf").stat().st_size / 1024 / 1024

        # A move-in's whole stack: 1,500 cards at once (the 200 above with photos), as one PDF of 300 pages.
        began = time.perf_counter()
        stack = list(Member.select().where(Member.deleted == False).order_by(Member.id).limit(1500))  # noqa: E712
        result = cards.print_cards(lib, by, stack, str(ctx.scratch / "stack.pdf"))
        stack_s = time.perf_counter() - began
        assert result.cards + len(result.skipped) == len(stack)
        stack_mb = (ctx.scratch / "stack.pdf").stat().st_size / 1024 / 1024
        spool_s, spool_mb = _sent_to_a_printer(result.document, ctx.scratch / "spool.pdf")
    finally:
        lib.close()
    return [
        Row("1,000 combined labels to PDF (tj103, calibrated)", label_s, "s", 3.0,
            note=f"selection + layout + write; {size_kb:,.0f} KiB"),
        Row("label preview: first sheet of a 1,000-copy selection", preview_ms, "ms", 300,
            note=f"selecting the 1,000 copies: {select_ms:.0f} ms, once per selection"),
        Row("200 member cards with photos to PDF (A4, duplex)", card_s, "s", 5.0, note=f"{cards_mb:.1f} MiB"),
        Row(f"{len(stack):,} member cards at once to PDF (A4, duplex, 200 with photos)", stack_s, "s", 20.0,
            note=f"{result.pages} pages, {stack_mb:.1f} MiB"),
        Row(f"those {result.pages} pages sent to a printer (PDF printer standing in)", spool_s, "s", 30.0,
            note=f"{spool_mb:.1f} MiB of spool; a 300 dpi picture of each page was 190 MiB for 256 pages"),
    ]
