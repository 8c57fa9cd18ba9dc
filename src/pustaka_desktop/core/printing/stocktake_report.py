"""The stock-take report (PDF, A4) for the village head and the district: scope, who scanned on which days, the
counts (in total, by location and by main class), the copies not seen, found again, withdrawn yet on a shelf, and
those found out of place, and the signatures. An abandoned stock-take says so and marks nothing."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from ..formatting import format_number, long_date_id
from ..service import Library
from ..store.clock import to_local
from ..store.files import write_bytes
from ..store.models import Staff, StockTake
from .fonts import register_fonts
from .paragraphs import Para

BASE = {"size": 10, "leading": 13}
TITLE = {"size": 15, "leading": 19, "style": "bold"}
H2 = {"size": 12, "leading": 16, "style": "bold", "space_before": 8}
CELL = {"size": 9, "leading": 11}


def _p(text: str, style: dict) -> Para:
    """A paragraph in the embedded fonts (titles in any script print as typed)."""
    return Para(text, **style)


def _heading(text: str) -> list:
    """A heading that starts a new page when too little of this one is left for its first rows (the list of
    copies not seen began on page 2 under a heading left alone at the foot of page 1)."""
    return [CondPageBreak(30 * mm), _p(text, H2)]
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


CLASS_ID = {"000": "000 Karya umum", "100": "100 Filsafat, psikologi", "200": "200 Agama", "300": "300 Ilmu sosial",
            "400": "400 Bahasa", "500": "500 Ilmu murni", "600": "600 Ilmu terapan", "700": "700 Kesenian, olahraga",
            "800": "800 Kesusastraan", "900": "900 Sejarah, geografi", "other": "Lainnya (fiksi, tanpa kelas)"}


def _tally_table(rows, first: str, names: dict[str, str] | None = None) -> list:
    """Expected = seen + not seen on each row, and a total row that is the first table's figures."""
    if not rows:
        return []
    def n(value: int) -> str:
        return format_number(value, "id")

    head = [first, "Diharapkan", "Terlihat", "Tidak terlihat", "Di luar rak*", "Ditemukan kembali"]
    body = [[(names or {}).get(r.key, r.key) or "(tanpa lokasi)", n(r.expected), n(r.seen), n(r.missing), n(r.away),
             n(r.found)] for r in rows]
    total = ["Jumlah", *(n(sum(getattr(r, f) for r in rows)) for f in ("expected", "seen", "missing", "away", "found"))]
    return [_table([head, *body, total], [50, 24, 24, 26, 24, 26])]


def _who_and_when(lib: Library, session: StockTake) -> list:
    from ..catalog.stocktake_tally import scan_days, scanners

    days = scan_days(session)
    people = scanners(lib, session)
    lines = []
    if days:
        lines.append(f"Hari pemindaian ({len(days)}): " + ", ".join(long_date_id(d) for d in days) + ".")
    if people:
        lines.append("Dipindai oleh: " + "; ".join(f"{name} ({format_number(count, 'id')} pindaian)"
                                                    for name, count in people) + ".")
    return [_p(line, BASE) for line in lines]


def _copy_list(title: str, rows: list, head: list[str], widths: list[float]) -> list:
    if not rows:
        return []
    return [*_heading(f"{title} ({format_number(len(rows), 'id')})"), _table([head] + [list(r) for r in rows], widths)]


def _signatures(lib: Library, made) -> KeepTogether:
    """Acknowledged by the village head, signed by the head of the library (as the periodic report is)."""
    profile = lib.profile
    place = (profile.village or profile.kabupaten) if profile else ""
    dated = f"{place}, {long_date_id(made)}" if place else long_date_id(made)
    head = (profile.head_name if profile else "") or "." * 40
    rows = [[_p("Mengetahui,", BASE), _p(dated, BASE)], [_p("Kepala Desa", BASE), _p("Kepala Perpustakaan", BASE)],
            ["", ""], [_p("(" + "." * 40 + ")", BASE), _p(f"({head})", BASE)]]
    block = Table(rows, colWidths=[90 * mm, 90 * mm], rowHeights=[None, None, 18 * mm, None])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 8 * mm), block])


def write_report(lib: Library, session: StockTake, path: Path) -> Path:
    from ..catalog.stocktake import abandoned, not_seen, out_of_place, progress
    from ..catalog.stocktake_tally import (
        closed_by,
        found_again,
        lent_seen,
        misplaced,
        tally,
        withdrawn_seen,
        without_label,
    )

    counts = progress(lib, session)
    missing = not_seen(lib, session)
    elsewhere = out_of_place(lib, session)
    started = to_local(session.started_at)
    scope = []
    if session.location:
        scope.append(f"Lokasi: {session.location}")
    if session.ddc_from or session.ddc_to:
        scope.append(f"DDC {session.ddc_from or '000'} - {session.ddc_to or '999'}")
    closer = closed_by(lib, session)
    status = (f"selesai {long_date_id(to_local(session.finished_at).date())}" + (f" oleh {closer}" if closer else "")
              if session.finished_at else "masih berjalan")
    if abandoned(session):
        status = (f"DIBATALKAN {long_date_id(to_local(session.finished_at).date())}: inventarisasi ini tidak "
                  "diselesaikan dan tidak menandai eksemplar apa pun; angka di bawah adalah keadaan saat dibatalkan")
    staff = Staff.get_or_none(Staff.username == session.staff)
    starter = (staff.full_name or staff.username) if staff else session.staff
    story = [
        _p((f"Laporan Inventarisasi (Stock-take) No. {session.id}"), TITLE),
        _p((lib.profile.name if lib.profile else ""), BASE),
        Spacer(1, 3 * mm),
        _p((f"Mulai {long_date_id(started.date())} oleh {starter}; {status}."), BASE),
        _p(("Cakupan: " + ("; ".join(scope) if scope else "seluruh koleksi")), BASE),
        *_who_and_when(lib, session),
        Spacer(1, 3 * mm),
        _counts_table(counts, counts.missing),
        *_decided_since(session),
    ]
    by_location, by_class = tally(lib, session, "location"), tally(lib, session, "class")
    if by_location:
        story += [*_heading("Menurut lokasi"), *_tally_table(by_location, "Lokasi"),
                  *_heading("Menurut kelas"), *_tally_table(by_class, "Kelas (DDC)", CLASS_ID),
                  _p("* Di luar rak: sedang dipinjam, di rak pesanan, atau dalam perbaikan; tidak dihitung hilang.",
                     CELL)]
    story += _heading(f"Eksemplar tidak terlihat ({format_number(len(missing), 'id')}), menurut lokasi dan nomor "
                      "panggil")
    if missing:
        story.append(_table([["Kode", "Judul", "No. panggil", "Lokasi", "Status sekarang"]]
                            + [[m.barcode, m.title, m.call_number, m.location, STATUS_ID.get(m.status, m.status)] for m in missing],
                            [24, 70, 26, 24, 30]))
    else:
        story.append(_p("Semua eksemplar yang diharapkan terlihat.", BASE))
    story += _copy_list("Ditemukan kembali (sebelumnya hilang atau tidak ditemukan)", found_again(session),
                        ["Kode", "Judul", "Lokasi"], [30, 110, 34])
    story += _copy_list("Sudah disiangi tetapi ada di rak (disisihkan untuk pustakawan)", withdrawn_seen(session),
                        ["Kode", "Judul", "Lokasi"], [30, 110, 34])
    story += _copy_list("Tanpa label (cetak label baru)", without_label(session), ["Kode", "Judul", "Lokasi"],
                        [30, 110, 34])
    story += _copy_list("Tercatat dipinjam tetapi ada di rak (kembalikan di meja layanan)", lent_seen(session),
                        ["Kode", "Judul", "Lokasi"], [30, 110, 34])
    story += _copy_list("Ada di rak yang salah", misplaced(session),
                        ["Kode", "Judul", "Lokasi seharusnya", "Ditemukan di"], [28, 86, 30, 30])
    story += _copy_list("Ditemukan di tempat lain (di luar cakupan)", elsewhere,
                        ["Kode", "Judul", "Lokasi seharusnya"], [30, 100, 44])
    story.append(_signatures(lib, to_local(lib.clock.now()).date()))
    register_fonts()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                      bottomMargin=15 * mm, title=f"Inventarisasi {session.id}").build(story)
    return write_bytes(path, buffer.getvalue())
