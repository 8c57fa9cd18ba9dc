import pytest

from pustaka_desktop.gui import page_painter, self_test


def test_self_test_passes_and_reports_every_check(capsys):
    assert self_test.run() == 0
    out = capsys.readouterr().out
    assert "self-test passed" in out
    for name in ("main window and every page", "label sheet PDF", "labels to a printer", "monthly report PDF",
                 "bundles read in a second process", "import files read in a second process", "webcam support",
                 "a district office's pages"):
        assert f"[ok] {name}" in out


class _NoFontsHere:
    """Qt's font database in an installed program that left the font files out."""

    @staticmethod
    def addApplicationFont(path):  # noqa: N802 - Qt's name
        return -1

    @staticmethod
    def applicationFontFamilies(font_id):  # noqa: N802
        return []


@pytest.mark.tiny_demo
def test_labels_to_a_printer_fail_the_self_test_when_the_program_cannot_find_its_fonts(qapp, lib, tmp_path,
                                                                                       monkeypatch):
    assert "fonts embedded" in self_test._labels_to_a_printer(lib, None, tmp_path)
    monkeypatch.setattr(page_painter, "QFontDatabase", _NoFontsHere)
    monkeypatch.setattr(page_painter, "_APPLICATION_FONTS", {})
    with pytest.raises(RuntimeError, match="without the program's fonts"):
        self_test._labels_to_a_printer(lib, None, tmp_path)


class _NoMultimediaBackend:
    """QtMultimedia in an installed program whose FFmpeg libraries the loader refused (a stripped Linux build)."""

    class ConversionMode:
        Decode = 0

    def supportedFileFormats(self, mode):  # noqa: N802 - Qt's name
        return []


def test_the_self_test_fails_when_qt_finds_no_multimedia_backend_for_the_webcam(qapp, lib, tmp_path, monkeypatch):
    from PySide6 import QtMultimedia

    assert "multimedia backend loaded" in self_test._webcam_support(lib, None, tmp_path)
    monkeypatch.setattr(QtMultimedia, "QMediaFormat", _NoMultimediaBackend)
    with pytest.raises(RuntimeError, match="no multimedia backend"):
        self_test._webcam_support(lib, None, tmp_path)
