"""Titles in aksara Jawa and Arabic on screen: the windows draw them with the fonts the app ships, not boxes.

The test machine, like a fresh Windows PC before 10 or most Linux installs, has no Javanese font of its own."""

from PySide6.QtGui import QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from pustaka_desktop.gui.script_fonts import FONT_DIR, install_script_fonts

SERAT_WEDHATAMA = "ꦱꦼꦫꦠ꧀ꦮꦺꦢꦠꦩ"
FATHUL_QARIB = "فتح القريب المجيب"


def _glyph_runs(font, text):
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_a_javanese_title_in_a_list_is_drawn_with_glyphs_not_boxes(qtbot):
    app = QApplication.instance()
    latin_family = QFontInfo(app.font()).family()
    added = install_script_fonts(app)
    assert "Noto Sans Javanese" in added and "Noto Naskh Arabic" in added
    label = QLabel(f"{SERAT_WEDHATAMA} / Mangkunagara IV")  # as the catalogue's title column shows it
    qtbot.addWidget(label)
    runs = _glyph_runs(label.font(), SERAT_WEDHATAMA)
    assert runs and all(family == "Noto Sans Javanese" for family, _ in runs)
    assert all(0 not in glyphs for _, glyphs in runs)  # glyph 0 is the empty box
    arabic = _glyph_runs(label.font(), FATHUL_QARIB)
    assert all(0 not in glyphs for _, glyphs in arabic)
    # Windows' own fallback never looks at fonts an application added: the app font must name them
    assert label.font().families()[1:] == ["Noto Naskh Arabic", "Noto Sans Javanese"]
    # Latin text keeps the PC's own font (the Arabic font is only behind it)
    assert QFontInfo(label.font()).family() == latin_family
    assert {family for family, _ in _glyph_runs(label.font(), "Serat Wedhatama")} == {latin_family}


def test_the_self_test_of_an_installed_copy_says_when_the_script_fonts_are_missing(capsys, monkeypatch, tmp_path):
    """A frozen build that left resources/fonts out: the windows would show aksara Jawa as boxes again."""
    from pustaka_desktop.gui import script_fonts, self_test

    monkeypatch.setattr(script_fonts, "FONT_DIR", tmp_path)  # (an empty folder, as such a build has)
    assert self_test.run() == 1
    out = capsys.readouterr().out
    assert "[FAILED] Arabic and Javanese fonts on screen" in out and "[ok] main window and every page" in out


def test_the_windows_keep_their_font_after_a_label_preview_loaded_noto_sans(qtbot, monkeypatch, tmp_path):
    """On Linux the PC's "Sans Serif" is an alias fontconfig resolves among the fonts it knows: once a label preview
    had loaded the Noto Sans it prints with, every window opened after drew its text with it, taller (and on a build
    without the script fonts the app font stayed that alias)."""
    from PySide6.QtGui import QFont, QFontDatabase

    from pustaka_desktop.gui import page_painter, script_fonts

    for font_id in page_painter._APPLICATION_FONTS.values():  # as before any preview (one ran earlier in this run)
        QFontDatabase.removeApplicationFont(font_id)
    page_painter._APPLICATION_FONTS.clear()  # (the preview below registers it again, as a first preview does)
    app = QApplication.instance()
    before = app.font()
    try:
        app.setFont(QFont("Sans Serif"))  # the font a start on Linux is given
        drawn_with = QFontInfo(app.font()).family()
        monkeypatch.setattr(script_fonts, "FONT_DIR", tmp_path)  # (a build without the script fonts)
        install_script_fonts(app)
        page_painter.raw_font(str(FONT_DIR / "NotoSans-Regular.ttf"))  # what a label preview does
        label = QLabel("Peminjaman")
        qtbot.addWidget(label)
        assert QFontInfo(label.font()).family() == drawn_with
    finally:
        app.setFont(before)
