"""One moving day, whole, where the windows meet: the dashboard shown while the librarian works through "Perlu
diperiksa" from the status line says the same count as the list (it only recounted when shown again)."""

from __future__ import annotations

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.dashboard import DashboardPage
from pustaka_desktop.gui.review_list import ReviewDialog
from tests.core.test_moving_day_whole import BIBLIO, ITEMS


def test_the_dashboard_on_screen_follows_the_review_list(qtbot, lib, librarian, tmp_path):
    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text(BIBLIO, encoding="utf-8")
    items.write_text(ITEMS, encoding="utf-8")
    importer.import_slims(lib, librarian, biblio, items)
    waiting = review.open_count(lib)
    ctx = AppContext(lib, librarian)
    dashboard = DashboardPage(ctx)
    qtbot.addWidget(dashboard)
    dashboard.show()  # on screen, as the librarian opens the list from the status line beside it
    assert dashboard.review_button.text().endswith(f": {waiting}")
    dialog = ReviewDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.kinds.setCurrentIndex(dialog.kinds.findData("year"))
    dialog.kinds.activated.emit(dialog.kinds.currentIndex())
    dialog.table.selectRow(0)
    dialog.fix_selected()  # 20l5 -> 2015
    assert review.open_count(lib) == waiting - 1
    assert dashboard.review_button.text().endswith(f": {waiting - 1}")
