"""The stock-take report (PDF, A4): scope, counts, the copies not seen and those found out of place."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from ..formatting import format_number, long_date_id
from ..service import Library
from ..store.clock import to_local
from ..store.files import write_bytes
from ..store.models import StockTake
from .fonts import register_fonts
from .paragraphs import Para

BASE = {"size": 10, "leading": 13}
TITLE = {"size": 15, "leading": 19, "style": "bold"}
H2 = {"size": 12, "leading": 16, "style": "bold", "space_before": 8}
CELL = {"size": 9, "leading": 11}


def _p(text: str, style: dict) -> Para:
    """A paragraph in the embedded fonts (titles in any script print as typed)."""
    return Para(text, **style)
STATUS_ID = {"missing": "tidak ditemukan", "lost": "hilang", "available": "tersedia", "on_hold": "dipesan",
             "on_loan": "dipinjam", "in_repair": "diperbaiki", "damaged": "rusak", "withdrawn": "disiangi",
             "not_for_loan": "tidak dipinjamkan"}


def _counts_table(counts, missing: int) -> Table:
    """The figures for the desa/district: the first three add up (expected = seen + not seen); the rest
    say where the other copies are."""
    def n(value: int) -> str:
        return format_number(value, "id")

    seen = f"{n(counts.seen)} (termasuk {n(counts.at_desk)} yang dipinjam/dikembalikan di meja layanan)" \
        if counts.at_desk else n(counts.seen)
    rows = [["Keterangan", "Jumlah"],
            ["Diharapkan ada di rak", n(counts.expected)],
            ["Terlihat", seen],
            ["Tidak terlihat", n(missing)],
            ["Ditemukan kembali (sebelumnya hilang)", n(counts.found)],
            ["Rusak (ada di rak)", n(counts.damaged)],
            ["Sedang dipinjam", n(counts.on_loan)],
            ["Di rak pesanan", n(counts.on_hold)],
            ["Dalam perbaikan", n(counts.in_repair)],
            ["Semua pindaian", n(counts.scanned)]]
    return _table(rows, [90, 84])


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    data = [[_p((str(c)), CELL) for c in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _decided_since(session: StockTake) -> list:
    """A line under what the stock-take found then: what the librarian decided about the copies not seen
    since (their status now is in the list's last column)."""
    from ..catalog.stocktake import decisions

    made = decisions(session)
    if not any(made.values()):
        return []
    return [Spacer(1, 2 * mm), _p(
        f"Diputuskan sesudah inventarisasi selesai: {format_number(made['lost'], 'id')} dinyatakan hilang, "
        f"{format_number(made['found'], 'id')} ditemukan, {format_number(made['missing'], 'id')} masih dicari.",
        BASE)]


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
        _p((f"Laporan Inventarisasi (Stock-take) No. {session.id}"), TITLE),
        _p((lib.profile.name if lib.profile else ""), BASE),
        Spacer(1, 3 * mm),
        _p((f"Mulai {long_date_id(started.date())} oleh {session.staff}; {status}."), BASE),
        _p(("Cakupan: " + ("; ".join(scope) if scope else "seluruh koleksi")), BASE),
        Spacer(1, 3 * mm),
        _counts_table(counts, counts.missing),
        *_decided_since(session),
        _p((f"Eksemplar tidak terlihat ({format_number(len(missing), 'id')}), menurut lokasi dan nomor panggil"), H2),
    ]
    if missing:
        story.append(_table([["Kode", "Judul", "No. panggil", "Lokasi", "Status sekarang"]]
                            + [[m.barcode, m.title, m.call_number, m.location, STATUS_ID.get(m.status, m.status)] for m in missing],
                            [24, 70, 26, 24, 30]))
    else:
        story.append(_p("Semua eksemplar yang diharapkan terlihat.", BASE))
    if misplaced:
        story.append(_p((f"Ditemukan di tempat lain ({format_number(len(misplaced), 'id')})"), H2))
        story.append(_table([["Kode", "Judul", "Lokasi seharusnya"]] + [list(r) for r in misplaced], [30, 100, 44]))
    register_fonts()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                      bottomMargin=15 * mm, title=f"Inventarisasi {session.id}").build(story)
    return write_bytes(path, buffer.getvalue())
