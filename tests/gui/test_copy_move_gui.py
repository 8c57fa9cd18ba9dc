"""Moving a copy to another title from the Katalog page, keyboard only (what the review list tells the librarian to do
with the copies of a book INLISLite had twice): Ctrl+M on the copies list, the record number the list names, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_item
from pustaka_desktop.core.store.models import Item
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.catalog import CatalogPage
from pustaka_desktop.gui.widgets.copy_move_dialog import CopyMoveDialog

from .a11y_helpers import shown_active


def _move_dialog() -> CopyMoveDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CopyMoveDialog) and w.isVisible()]
    return found[-1] if found else None


def test_ctrl_m_moves_the_selected_copy_to_the_record_typed(qtbot, lib, librarian):
    first = catalog.add_record(lib, librarian, title="Sejarah desa Maju Jaya", authors="Sutrisno").record
    second = catalog.add_record(lib, librarian, title="Sejarah desa Maju Jaya", authors="Sutrisno").record
    copy = add_item(lib, librarian, first, accession_no="0002/PD/2019")
    page = shown_active(qtbot, CatalogPage(AppContext(lib, librarian)))
    page._show_record(first.id)
    page.copies.setFocus()
    page.copies.selectRow(0)
    assert page.move_button.isEnabled() and "Ctrl+M" in page.move_button.text()
    qtbot.keyClick(page.copies, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _move_dialog() is not None, timeout=5000)
    dialog = _move_dialog()
    qtbot.waitUntil(dialog.query.hasFocus, timeout=5000)  # (typing goes to the title or record number)
    # the title is filled in: the other record of the same description is offered, not the copy's own
    assert [dialog.list.item(r, 0).text() for r in range(dialog.list.rowCount())] == [str(second.id)]
    dialog.query.selectAll()
    qtbot.keyClicks(dialog.query, str(second.id))
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # (to the list, not yet moved)
    assert Item.get_by_id(copy.id).record_id == first.id and dialog.list.hasFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert Item.get_by_id(copy.id).record_id == second.id
    assert page.copies_model.rowCount() == 0  # (the title's copies list shows it gone)


def test_a_volunteer_has_no_move(qtbot, lib, volunteer):
    page = CatalogPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    assert page.move_button.isHidden()
