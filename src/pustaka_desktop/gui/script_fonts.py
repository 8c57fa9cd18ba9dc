"""The fonts the app ships for Arabic (Pegon, kitab kuning) and aksara Jawa, used on screen as in print.

The PDFs embed ``resources/fonts`` (see ``core.printing.fonts``), but Qt draws the windows with the
fonts of the PC. A PC without a Javanese font (Windows before 10, most Linux installs, the frozen app on
a fresh PC) showed every aksara Jawa title in the catalogue, the desk and the kiosk as empty boxes. So
the same files are registered with Qt at start, and the app font names them after its own family:
Qt then takes each letter the PC's font lacks from ours, on every platform (Windows' own fallback does
not look at fonts an application added).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
# Only the script fonts: Latin text keeps the look of the PC (Segoe UI on Windows).
SCRIPT_FONT_FILES = (
    "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf",
    "NotoSansJavanese-Regular.ttf", "NotoSansJavanese-Bold.ttf",
)


def install_script_fonts(app: QApplication) -> list[str]:
    """Register the shipped script fonts and put them behind the app font's own family (named, not an alias); the
    families added (none when the files are missing: the app still starts, with the PC's fonts)."""
    # the family the PC really draws with ("Sans Serif" is only an alias: in a list of families Qt would skip
    # it and draw Latin text with the Arabic font)
    drawn_with = QFontInfo(app.font()).family()
    added: list[str] = []
    for name in SCRIPT_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        if font_id < 0:
            log.warning("font not loaded: %s", FONT_DIR / name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in added:
                added.append(family)
    # named even when no file was added: behind an alias, the font the windows are drawn with could change while the
    # app runs (on Linux, fontconfig's "Sans Serif" became Noto Sans, taller, once a label preview had loaded it)
    font = app.font()
    font.setFamilies([drawn_with, *(family for family in added if family != drawn_with)])
    app.setFont(font)
    return added
