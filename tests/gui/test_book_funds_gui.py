"""The copy forms offer the library's usual source details as she types, so a new purchase says "Dana Desa
2026" the same way each time (what the impact sheet counts as the village's money), and picking a fund sets
the source it means."""

from __future__ import annotations

from datetime import date

from pustaka_desktop.core.catalog.copies import add_item
from pustaka_desktop.core.catalog.records import add_record
from pustaka_desktop.gui.widgets.item_dialog import ItemDialog
from pustaka_desktop.gui.widgets.record_copies import CopiesBox


def _shelf(lib, librarian):
    record = add_record(lib, librarian, title="Budidaya Lele").record
    written = [("purchase", "Dana Desa 2025")] * 3 + [("grant", "Hibah Perpusnas 2024"), ("purchase", "Dana Desa 2026")]
    for n, (source, detail) in enumerate(written):
        add_item(lib, librarian, record, barcode=f"B{n}", source=source, source_detail=detail,
                 received_on=date(2025, 2, 1))
    return record


def _offered(edit, typed: str) -> list[str]:
    completer = edit.completer()
    completer.setCompletionPrefix(typed)
    return [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]


def test_a_new_copy_is_offered_the_funds_written_before_and_a_fund_picked_sets_its_source(qtbot, lib, librarian):
    record = _shelf(lib, librarian)
    dialog = ItemDialog(lib, librarian, record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _offered(dialog.source_detail, "dana") == ["Dana Desa 2026", "Dana Desa 2025"]  # the last written first
    assert _offered(dialog.source_detail, "perpus") == ["Hibah Perpusnas 2024"]  # (a word inside it too)
    dialog.source_detail.completer().activated.emit("Hibah Perpusnas 2024")
    assert dialog.source.currentData() == "grant"
    dialog.source_detail.setText("Dana Desa 2026")
    dialog.source_detail.completer().activated.emit("Dana Desa 2026")
    assert dialog.source.currentData() == "purchase"


def test_the_record_form_s_new_copies_are_offered_the_same(qtbot, lib, librarian):
    _shelf(lib, librarian)
    box = CopiesBox(lib)
    qtbot.addWidget(box)
    assert _offered(box.source_detail, "D") == ["Dana Desa 2026", "Dana Desa 2025"]
