"""The loans-by-class chart of the report: every DDC class name stands whole on one line of the legend
("8. 700 Kesenian, olahraga", not "8. 700 Kesenian," over "olahraga", which read as two classes), inside
the chart's width and under its bars, in Indonesian and in English."""

from __future__ import annotations

import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import String

from pustaka_desktop.core.printing import charts, report_pdf
from pustaka_desktop.core.printing.fonts import register_fonts, text_width

CLASSES_ID = ["000 Karya umum", "100 Filsafat, psikologi", "200 Agama", "300 Ilmu sosial", "400 Bahasa",
              "500 Ilmu murni", "600 Ilmu terapan", "700 Kesenian, olahraga", "800 Kesusastraan",
              "900 Sejarah, geografi", "Lainnya (fiksi, belum diklasifikasi)"]
CLASSES_EN = ["000 General works", "100 Philosophy, psychology", "200 Religion", "300 Social sciences",
              "400 Language", "500 Science", "600 Applied sciences", "700 Arts, sport", "800 Literature",
              "900 History, geography", "Other (fiction, unclassified)"]
LOANS = [25, 17, 18, 56, 10, 20, 52, 23, 12, 19, 0]


@pytest.mark.parametrize("labels", [CLASSES_ID, CLASSES_EN], ids=["id", "en"])
def test_every_class_name_stands_whole_on_one_legend_line(labels):
    register_fonts()
    width, height = report_pdf.BODY_W * 0.45 - 6, 52 * report_pdf.mm  # as the report places it
    drawing = charts.bar_chart(labels, LOANS, width, height)
    texts = [s for s in drawing.contents if isinstance(s, String)]
    legend = {s.text: s for s in texts}
    for number, label in enumerate(labels, start=1):
        assert f"{number}. {label}" in legend, label
    assert len(texts) == len(labels)  # no name carried on a second line
    bars = next(item for item in drawing.contents if isinstance(item, VerticalBarChart))
    for line in texts:
        assert 0 <= line.x and line.x + text_width(line.text, "sans", line.fontSize) <= width + 0.01, line.text
        assert line.y < bars.y - 9, line.text  # under the bar numbers, not over the bars
    assert drawing.height > height  # the chart grew to hold its legend; the bars kept their height
    assert bars.height > 0.6 * height

