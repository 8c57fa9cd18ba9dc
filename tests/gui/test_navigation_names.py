"""The navigation shows every page's name whole at the window's first size (1280 x 728 on a 1366 x 768 screen):
a fixed 240 px cut "Sinkronisasi dengan dinas" to "Sinkronisasi dengan ..."."""

import pytest

from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow


@pytest.fixture(params=["id", "en"])
def language(request):
    from pustaka_desktop import i18n

    i18n.install(request.param)
    return request.param


def cut_names(nav) -> list[str]:
    """The names whose whole text (icon and padding included, as Qt lays them out) is wider than their row."""
    cut = []
    for item in [*nav.headings, *nav.items.values()]:
        need = nav.sizeHintForIndex(nav.indexFromItem(item)).width()
        has = nav.visualItemRect(item).width()
        if need > has:
            cut.append(f"{item.text(0)!r} needs {need} px, has {has}")
    return cut


def test_every_page_name_is_whole_at_the_window_s_first_size(qtbot, language, lib, librarian):
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.resize(1280, 728)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=2000)
    assert not window.nav.collapsed
    assert window.nav.verticalScrollBar().isVisible()  # (the names must fit beside it)
    assert cut_names(window.nav) == []
    if language == "id":
        assert window.nav.item_for("sync").text(0) == "Sinkronisasi dengan dinas"
    window.set_navigation_collapsed(True)
    window.set_navigation_collapsed(False)  # and again after icons only
    assert cut_names(window.nav) == []
