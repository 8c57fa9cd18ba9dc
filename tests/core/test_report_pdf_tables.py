"""Layout decisions in the report PDFs: numbers right-aligned cell by cell, the two signature lines written
alike on one line, and the chart legend using the room it has before wrapping."""

from __future__ import annotations

from pustaka_desktop.core.printing import report_pdf
from pustaka_desktop.core.printing.fonts import register_fonts
from pustaka_desktop.core.reports.documents import Table

SKILLS = ("Diskusi buku dan menulis resensi, Memakai ponsel dan internet dengan aman, Membaca nyaring dan "
          "bercerita, Membaca, menulis dan berhitung, Membuat pupuk kompos dan pestisida nabati")


def _alignments(rl_table) -> list[list[str]]:
    return [[cell.align for cell in row] for row in rl_table._cellvalues]


# --- a column of counts with one sentence in it: the counts stay right-aligned ---------------------------------


def test_the_counts_of_the_tpbis_figures_stay_right_aligned_beside_the_skills_sentence():
    register_fonts()
    figures_table = Table("Angka kegiatan", ["Uraian", "Nilai"], [
        ["Kegiatan (program)", 6], ["Pertemuan yang diadakan", 150], ["Kehadiran", "1.795"],
        ["Rata-rata per pertemuan", 12.5], ["Keterampilan yang diajarkan", SKILLS]], kind="figures")
    aligns = _alignments(report_pdf._rl_table(figures_table, report_pdf.BODY_W))
    assert aligns[0] == ["start", "right"]  # the heading goes with the numbers under it
    assert [row[1] for row in aligns[1:]] == ["right", "right", "right", "right", "start"]
    assert {row[0] for row in aligns} == {"start"}  # the labels
    # a "-" goes with its column; a column of text stays left
    partners = Table("Mitra", ["Mitra", "Tanggal kesepakatan (MoU)", "Kegiatan"], [
        ["Koperasi Sinar Jaya", "-", 2], ["PKK Desa Sukamaju", "20 November 2025", "-"],
        ["Posyandu Melati", "30 Maret 2026", 1]])
    aligns = _alignments(report_pdf._rl_table(partners, report_pdf.BODY_W))
    assert aligns[0] == ["start", "start", "right"]
    assert [row[1] for row in aligns[1:]] == ["start"] * 3  # "-" for no MoU date: a date column, left
    assert [row[2] for row in aligns[1:]] == ["right"] * 3  # "-" among counts: right, with them
    visitors = Table("Angka kunjungan", ["Uraian", "Nilai"], [["Pengunjung (orang)", 173], ["Eksemplar per penduduk", "-"]],
                     kind="figures")
    assert _alignments(report_pdf._rl_table(visitors, report_pdf.BODY_W)) == [["start", "right"]] * 3
