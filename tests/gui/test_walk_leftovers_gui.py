"""Small faults earlier walks found and left, as the librarian meets them in the windows: the words of the
review list's bulk correction, the copy history's other events, the school beside a member found."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record


def test_use_all_suggestions_says_how_many_fields_are_done(qtbot, lib, librarian, monkeypatch):
    """The progress window of "Pakai semua saran" showed a title and a moving bar, no words."""
    from pustaka_desktop.gui import review_list
    from pustaka_desktop.gui.context import AppContext

    flags = []
    for n in range(45):
        record = store.insert(lib, Record, title=f"Tuntunan Sholat {n}", ddc="Agama")
        flags.append(review.Flag(reason="ddc", field="ddc", value="Agama", template="Not a class number: {value}",
                                 params={"value": "Agama"}, suggestion="297", record=record.id))
    review.add(lib, flags, origin="slims.csv")
    go_on, fixed, real_fix = threading.Event(), [], review.fix

    def slow_fix(*args, **kwargs):  # an old PC: the 21st field waits until the window has been looked at
        if len(fixed) == 20:
            go_on.wait(10)
        fixed.append(args[2])
        return real_fix(*args, **kwargs)

    monkeypatch.setattr(review, "fix", slow_fix)
    monkeypatch.setattr(review_list, "confirm", lambda *_args: True)
    dialog = review_list.ReviewDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.all_button.click()
    try:
        qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog) is not None
                        and "20 of 45 fields" in dialog.findChild(QProgressDialog).labelText(), timeout=5000)
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: "suggested corrections used" in dialog.status.text(), timeout=5000)
    assert len(fixed) == 45


def test_a_copy_with_no_other_events_has_no_shortcut_to_a_hidden_list(qtbot, lib, librarian):
    """"&Kejadian lain: tidak ada yang tercatat." kept its Alt+K, which pointed at the hidden list of events:
    pressing it did nothing, and a screen reader user could not tell why."""
    from PySide6.QtWidgets import QLabel

    from pustaka_desktop.core.catalog import records as catalog
    from pustaka_desktop.core.catalog.copies import add_item
    from pustaka_desktop.core.circulation import copy_history
    from pustaka_desktop.gui.widgets.copy_history_dialog import CopyHistoryDialog
    from pustaka_desktop.gui.widgets.messages import translate

    record = catalog.add_record(lib, librarian, title="Ronggeng Dukuh Paruk", authors="Ahmad Tohari").record
    item = add_item(lib, librarian, record, location="Rak A")
    dialog = CopyHistoryDialog(copy_history.copy_history(lib, librarian, item.barcode, translate))
    qtbot.addWidget(dialog)
    dialog.show()
    said = [label for label in dialog.findChildren(QLabel) if "none recorded" in label.text()]
    assert dialog.events.isHidden() and len(said) == 1 and said[0].isVisible()  # a line, not an empty list
    for label in dialog.findChildren(QLabel):  # every shortcut a line offers leads somewhere the user can go
        if "&" in label.text().replace("&amp;", "") and label.isVisible():
            assert label.buddy() is not None and label.buddy().isVisible(), label.text()
    assert dialog.loans.accessibleDescription() == "Other events: none recorded."
