"""Every interactive control on every page has a name a screen reader can say, and every page can
be reached with the keyboard alone."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages import PAGES

pytestmark = pytest.mark.tiny_demo  # (the tiny demo filled once per run and copied: tests/new_library.py)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QAbstractSlider)


def _inside_another_control(widget: QWidget) -> bool:
    """Parts of a composite control (a combo box's line edit, a spin box's editor, a table's header
    buttons) are named by the control that owns them."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def _has_buddy_label(widget: QWidget, root: QWidget) -> bool:
    return any(label.buddy() is widget and label.text().strip() for label in root.findChildren(QLabel))


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if _inside_another_control(widget) or widget.objectName().startswith("qt_"):
            continue
        if widget.accessibleName().strip():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if _has_buddy_label(widget, root):
            continue
        missing.append(f"{type(widget).__name__} objectName={widget.objectName()!r} "
                       f"tooltip={widget.toolTip()!r} in {type(widget.parentWidget()).__name__}")
    return missing


@pytest.fixture
def window(qtbot, lib, librarian):
    win = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def district_window(qtbot, tmp_path, clock):
    from pustaka_desktop.core import auth, profile
    from pustaka_desktop.core.service import Library

    district = Library.open(tmp_path / "district.sqlite3", clock)
    profile.init_library(district, name="Dinas Perpustakaan Kabupaten Uji", code="DKU", librarian="dinas",
                         password="rahasia1", kind="district")
    win = MainWindow(AppContext(district, auth.login(district, "dinas", "rahasia1")))
    qtbot.addWidget(win)
    win.show()
    yield win
    district.close()


@pytest.mark.parametrize("spec", PAGES, ids=[spec.key for spec in PAGES])
def test_every_control_on_the_page_has_an_accessible_name(request, spec):
    district = getattr(spec, "district_only", False)
    window = request.getfixturevalue("district_window" if district else "window")
    page = window.show_page(spec.key)
    assert page is not None, f"page {spec.key} is not shown to a librarian"
    key = spec.key
    missing = unnamed_controls(page)
    assert not missing, f"unnamed controls on page {key}:\n  " + "\n  ".join(missing)


def test_every_page_is_reachable_with_the_keyboard(qtbot, window):
    for number, key in enumerate(window.page_keys()[:9], start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is window.pages[key]
