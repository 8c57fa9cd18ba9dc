"""Practice mode the day after the move-in, in the window: *Undo an import…* in the practice library does not say
"no imports yet" to a librarian whose real library was just imported; it says how to try it in practice."""

from __future__ import annotations

from pustaka_desktop.core import auth
from pustaka_desktop.core.practice import library as practice
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.dialogs.undo_import import UndoImportDialog
from tests.core import interop_fixtures, test_practice_movedin

empty_lib_factory = interop_fixtures.empty_lib_factory  # fixtures
moved_in = test_practice_movedin.moved_in


def test_undo_an_import_in_practice_says_the_real_imports_are_undone_in_the_real_library(qtbot, moved_in, clock):
    real_lib, _by = moved_in
    real = real_lib.path
    real_lib.close()
    plib = practice.open_practice(real, clock)
    try:
        dialog = UndoImportDialog(AppContext(plib, auth.login(plib, "lain", "rahasia1")))
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 0
        text = dialog.preview.text()
        assert "import a file here" in text and "undone in the real library" in text
        assert "No catalogue or members imports yet" not in text
    finally:
        plib.close()
