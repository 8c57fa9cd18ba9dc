"""Helpers for the accessibility tests: a main window on a small demo library, the controls a
keyboard user can reach, and the page walk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

TAB_LIMIT = 3  # Tab (or Shift+Tab) from any control leaves it within this many presses


def tab_stops(root: QWidget) -> list[QWidget]:
    """Visible, enabled controls under ``root`` that Tab can land on."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root.window()) or not widget.isEnabled() or not widget.isVisible():
            continue
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        out.append(widget)
    return out


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = getattr(widget, "text", lambda: "")() if hasattr(widget, "text") else ""
    return (f"{type(widget).__name__}(name={widget.accessibleName()!r}, text={str(text)[:30]!r}, "
            f"object={widget.objectName()!r})")


def shown_active(qtbot, window: QWidget) -> QWidget:
    """``window`` on screen with the keyboard's focus, as when the librarian clicks it (keys then reach it)."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget | None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)
    QApplication.processEvents()
    QApplication.processEvents()
    return QApplication.focusWidget()


def leaves_with(qtbot, widget: QWidget, key) -> bool:
    """Tab / Shift+Tab from ``widget`` moves the keyboard elsewhere within TAB_LIMIT presses."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    if QApplication.focusWidget() is not widget:
        return True  # it hands focus on by itself (a proxy): nothing to trap
    modifier = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
    for _ in range(TAB_LIMIT):
        now = press(qtbot, key, modifier)
        if now is not widget:
            # and it must stay away: a control that grabs the focus back later is a trap too
            qtbot.wait(20)
            return QApplication.focusWidget() is not widget
    return False


def lendable(lib, librarian):
    """A new member in good standing and a new copy that may be lent, as a librarian would add them."""
    from pustaka_desktop.core.community import members
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import CollectionType, Item, Record

    member = members.register(lib, librarian, name="Ani Lestari", member_type="Umum")
    record = store.insert(lib, Record, title="Laskar Pelangi")
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    item = store.insert(lib, Item, record=record, barcode="UJI0000009001", collection_type=ctype)
    return member, item
