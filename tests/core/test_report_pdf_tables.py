"""Layout decisions in the report PDFs: numbers right-aligned cell by cell, the two signature lines written
alike on one line, and the chart legend using the room it has before wrapping."""

from __future__ import annotations

import io
import subprocess

from reportlab.graphics.shapes import String
from reportlab.platypus import SimpleDocTemplate

from pustaka_desktop.core.printing import charts, report_pdf
from pustaka_desktop.core.printing.fonts import register_fonts, text_width
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


# --- the signatures: both lines alike, on the same line ---------------------------------------------------------


def _signature_words(profile: dict, tmp_path) -> list[tuple[str, float, float]]:
    """(text, x, y) of every word of the signature block alone on a page, as pdftotext reads it."""
    register_fonts()
    buffer = io.BytesIO()
    data = {"profile": profile, "made_on": None}
    SimpleDocTemplate(buffer).build([report_pdf._signature(data, lambda context, text: text)])
    path = tmp_path / "signature.pdf"
    path.write_bytes(buffer.getvalue())
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = []
    for line in html.splitlines():
        if "<word " in line:
            attributes = dict(part.split("=") for part in line.split(">")[0].split()[1:])
            words.append((line.split(">")[1].split("<")[0], float(attributes["xMin"].strip('"')),
                          float(attributes["yMin"].strip('"'))))
    return words


def test_the_two_signature_lines_are_written_alike_and_on_one_line(tmp_path):
    words = _signature_words({"village": "Sukamaju"}, tmp_path)
    lines = [w for w in words if w[0].startswith("(") and w[0] != "(stamp)"]
    assert len(lines) == 2, words
    (left, left_x, left_y), (right, right_x, right_y) = sorted(lines, key=lambda w: w[1])
    assert left == right == report_pdf.signature_line() == f"({'.' * 49})"
    assert abs(left_y - right_y) < 0.5 and right_x > left_x


def test_the_library_heads_name_stands_on_the_village_heads_line(tmp_path):
    words = _signature_words({"village": "Sukamaju", "head_name": "Siti Rahmawati "}, tmp_path)
    dots = next(w for w in words if w[0].startswith("(."))
    name = [w for w in words if w[0] in ("(Siti", "Rahmawati)")]
    assert [w[0] for w in name] == ["(Siti", "Rahmawati)"]  # no space inside the brackets, as on the left
    assert all(abs(w[2] - dots[2]) < 0.5 for w in name)


# --- the legend of the class chart: a name wraps only when it has no room ----------------------------------------


CLASSES_ID = ["000 Karya umum", "100 Filsafat, psikologi", "200 Agama", "300 Ilmu sosial", "400 Bahasa",
              "500 Ilmu murni", "600 Ilmu terapan", "700 Kesenian, olahraga", "800 Kesusastraan",
              "900 Sejarah, geografi", "Lainnya (fiksi, belum diklasifikasi)"]


def test_the_class_legend_wraps_only_names_that_do_not_fit_and_stays_inside_the_chart():
    register_fonts()
    labels = CLASSES_ID  # the loans-by-class chart of an Indonesian report
    width = report_pdf.BODY_W * 0.45 - 6
    drawing = charts.bar_chart(labels, [25, 17, 18, 56, 10, 20, 52, 23, 12, 19, 0], width, 52 * report_pdf.mm)
    legend = [s for s in drawing.contents if isinstance(s, String)]
    starts = [s for s in legend if s.text[:1].isdigit() and ". " in s.text]
    assert len(starts) == 11
    assert "2. 100 Filsafat, psikologi" in [s.text for s in starts]  # it fits beside the bars: not wrapped
    for line in legend:
        assert line.x + text_width(line.text, "sans", line.fontSize) <= width + 0.01, line.text
    x = starts[0].x
    for first in starts:  # a wrapped name's next line hangs under the name, not under its number
        following = [s for s in legend if s.y == first.y - (charts.LABEL_SIZE + 1.5) and s not in starts]
        for line in following:
            number = first.text.split(" ")[0] + " "
            assert abs(line.x - (x + text_width(number, "sans", charts.LABEL_SIZE))) < 0.01, line.text
