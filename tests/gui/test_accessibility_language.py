"""Both languages, all the way: every page is drawn in Indonesian and in English, and no visible
text of the program (labels, buttons, headings, menus, choices in lists, column titles, tabs,
placeholders) is in the other language. Enumerations (DDC classes, education, occupations, genders)
are included; the library's own data (book titles, names) is not program text and is left out."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from pustaka_desktop import i18n
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages import PAGES
from pustaka_desktop.gui.widgets.a11y import plain

TS = Path(__file__).resolve().parents[2] / "translations" / "pustaka_id.ts"
VILLAGE_PAGES = [spec.key for spec in PAGES if not spec.district_only]

pytestmark = pytest.mark.tiny_demo  # (every page has something to show)


def _clean(text: str) -> str:
    return plain(text.replace("&&", "\0").replace("&", "").replace("\0", "&")).strip()


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if "{" in source or not translation:
            continue  # texts with blanks to fill are compared after filling; skip them here
        pairs.append((_clean(source), _clean(translation)))
    return pairs


PAIRS = _pairs()
ENGLISH = {s for s, t in PAIRS}
INDONESIAN = {t for s, t in PAIRS}
# Words that are the same in both languages (Status, Total, ISBN, ...) are never a leak.
ONLY_ENGLISH = {s for s, t in PAIRS if s != t and len(s) > 2} - INDONESIAN
ONLY_INDONESIAN = {t for s, t in PAIRS if s != t and len(t) > 2} - ENGLISH


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            texts.add(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(model.columnCount(QModelIndex())))
    return {_clean(t) for t in texts if t and t.strip()}


def window_texts(window: MainWindow) -> set[str]:
    texts = {window.nav_item(key).text(0) for key in window.page_keys()}
    texts.update(h.text(0) for h in window.nav.headings)
    for action in window.menuBar().actions():
        texts.add(_clean(action.text()))
        if action.menu() is not None:
            texts.update(_clean(a.text()) for a in action.menu().actions() if a.text())
    return texts


def library_names() -> set[str]:
    """Names the library gives its own member and collection types (set up in Indonesian, edited
    under Settings, printed on cards): the library's data, not the program's text."""
    from pustaka_desktop.core.store.models import CollectionType, MemberType

    return {t.name for t in MemberType.select()} | {t.name for t in CollectionType.select()}


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("key", VILLAGE_PAGES)
def test_every_page_speaks_one_language(qtbot, lib, librarian, language, key):
    foreign = ONLY_ENGLISH if language == "id" else ONLY_INDONESIAN
    try:
        i18n.install(language)
        window = MainWindow(AppContext(lib, librarian))
        qtbot.addWidget(window)
        window.show()
        page = window.show_page(key)
        qtbot.wait(20)
        texts = visible_texts(page) | window_texts(window)
    finally:
        i18n.install("id")
    leaks = sorted(texts & foreign - library_names())
    assert not leaks, f"page {key} in {language} shows texts of the other language: {leaks}"
