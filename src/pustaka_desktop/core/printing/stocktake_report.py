"""The stock-take report (PDF, A4): scope, counts, the copies not seen and those found out of place."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..formatting import long_date_id
from ..service import Library
from ..store.clock import to_local
from ..store.files import write_bytes
from ..store.models import StockTake

BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13)
TITLE = ParagraphStyle("title", parent=BASE, fontName="Helvetica-Bold", fontSize=15, leading=19)
H2 = ParagraphStyle("h2", parent=BASE, fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=8)
CELL = ParagraphStyle("cell", parent=BASE, fontSize=9, leading=11)
STATUS_ID = {"missing": "tidak ditemukan", "lost": "hilang", "available": "tersedia", "on_hold": "dipesan"}


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    data = [[Paragraph(escape(str(c)), CELL) for c in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def write_report(lib: Library, session: StockTake, path: Path) -> Path:
    from ..catalog.stocktake import not_seen, out_of_place, progress

    counts = progress(lib, session)
    missing = not_seen(lib, session)
    misplaced = out_of_place(lib, session)
    started = to_local(session.started_at)
    scope = []
    if session.location:
        scope.append(f"Lokasi: {session.location}")
    if session.ddc_from or session.ddc_to:
        scope.append(f"DDC {session.ddc_from or '000'} - {session.ddc_to or '999'}")
    status = (f"selesai {long_date_id(to_local(session.finished_at).date())}" if session.finished_at
              else "masih berjalan")
    story = [
        Paragraph(escape(f"Laporan Inventarisasi (Stock-take) No. {session.id}"), TITLE),
        Paragraph(escape(lib.profile.name if lib.profile else ""), BASE),
        Spacer(1, 3 * mm),
        Paragraph(escape(f"Mulai {long_date_id(started.date())} oleh {session.staff}; {status}."), BASE),
        Paragraph(escape("Cakupan: " + ("; ".join(scope) if scope else "seluruh koleksi")), BASE),
        Spacer(1, 3 * mm),
        _table([["Diharapkan di rak", "Terlihat", "Tidak terlihat", "Sedang dipinjam", "Semua pindaian"],
                [f"{counts.expected:,}", f"{counts.seen:,}", f"{len(missing):,}", f"{counts.on_loan:,}",
                 f"{counts.scanned:,}"]], [34, 30, 34, 34, 34]),
        Paragraph(escape(f"Eksemplar tidak terlihat ({len(missing):,})"), H2),
    ]
    if missing:
        story.append(_table([["Kode", "Judul", "No. panggil", "Lokasi", "Status"]]
                            + [[m.barcode, m.title, m.call_number, m.location, STATUS_ID.get(m.status, m.status)] for m in missing],
                            [24, 70, 26, 24, 30]))
    else:
        story.append(Paragraph("Semua eksemplar yang diharapkan terlihat.", BASE))
    if misplaced:
        story.append(Paragraph(escape(f"Ditemukan di tempat lain ({len(misplaced):,})"), H2))
        story.append(_table([["Kode", "Judul", "Lokasi seharusnya"]] + [list(r) for r in misplaced], [30, 100, 44]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                      bottomMargin=15 * mm, title=f"Inventarisasi {session.id}").build(story)
    return write_bytes(path, buffer.getvalue())
