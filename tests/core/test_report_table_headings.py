"""A report table's number columns are wide enough for their heading's longest word: a heading wraps between
words, never inside one ("Anggota berkunjun-g", "Dalam rombonga-n" in the pupils-by-school table)."""

from __future__ import annotations

from pustaka_desktop.core.printing import report_pdf
from pustaka_desktop.core.printing.fonts import register_fonts, text_width
from pustaka_desktop.core.reports.documents import Table


def test_no_number_column_is_narrower_than_its_headings_longest_word():
    register_fonts()
    headings = ["Sekolah", "Anggota", "Anggota berkunjung", "Anggota meminjam", "Buku dipinjam", "Dalam rombongan"]
    table = Table("Pelajar menurut sekolah", headings,
                  [["SD Negeri 1 Sukamaju Kecamatan Cibeureum", 30, 28, 28, 355, 30], ["Jumlah", 30, 28, 28, 355, 30]])
    widths = report_pdf._rl_table(table, report_pdf.BODY_W)._colWidths
    head = report_pdf.STYLES["head"]
    for heading, width in zip(headings[1:], widths[1:], strict=True):
        longest = max(text_width(word, head["style"], head["size"]) for word in heading.split())
        assert width >= longest + 12, (heading, width, longest)  # (6 points of padding on each side)
    assert abs(sum(widths) - report_pdf.BODY_W) < 1  # (the text column takes what is left)


def test_the_place_under_a_reports_title_reads_as_each_language_writes_it():
    """English puts the name first ("Sukamaju Village"), Indonesian the word first ("Desa Sukamaju"); a kecamatan is
    a subdistrict in English, never "District", which in this program is the district office (kabupaten)."""
    from pustaka_desktop import i18n
    from pustaka_desktop.core.reports.documents import header_lines

    data = {"profile": {"name": "Perpustakaan Desa Sukamaju", "village": "Sukamaju", "kecamatan": "Cibeureum",
                        "kabupaten": "Kabupaten Tasikmalaya", "province": "Jawa Barat"}}
    english = header_lines(data, lambda _context, text: text)
    assert "Sukamaju Village, Cibeureum Subdistrict, Kabupaten Tasikmalaya, Jawa Barat" in english
    assert "Desa Sukamaju, Kecamatan Cibeureum, Kabupaten Tasikmalaya, Jawa Barat" in header_lines(data, i18n.translator_for("id"))
