"""The stock-take's "Copies not seen: [mark them missing]" box reads whole: the page's tidy-up narrowed it to ten
letters and cut "tandai hilang dari rak" to "tandai hilang dar" at the window's first size; what Finish will do to
every copy not seen must not be half a word."""

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from pustaka_desktop.core.catalog import stocktake
from pustaka_desktop.gui import appearance
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow

FIRST_SIZE = (1280, 728)  # the window on a 1366 x 768 screen
AT_150 = (round(1366 / 1.5), round((768 - 40) / 1.5))  # 150 % text: the same fonts in fewer logical pixels


@pytest.fixture
def themed():
    """The app's own look, as it starts (its style sheet pads every combo box: less room for the text)."""
    app = QApplication.instance()
    old = app.style().name(), app.styleSheet(), app.palette(), appearance.current_theme()
    appearance.apply_theme(app, high_contrast=False)
    yield
    app.setStyle(old[0])
    app.setStyleSheet(old[1])
    app.setPalette(old[2])
    appearance._current[0] = old[3]


@pytest.fixture(params=["id", "en"])
def language(request):
    from pustaka_desktop import i18n

    i18n.install(request.param)
    return request.param


def text_room(combo) -> int:
    """The width the closed box draws its text in (what does not fit is cut)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


@pytest.mark.parametrize("size", [FIRST_SIZE, AT_150], ids=["1280x728", "150%"])
def test_the_longest_mark_reads_whole(qtbot, themed, language, lib, librarian, size):
    stocktake.start(lib, librarian)
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.resize(*size)
    page = window.show_page("stocktake")
    qtbot.waitUntil(lambda: page.mark.isVisible() and window.width() == size[0], timeout=5000)
    qtbot.wait(50)  # (the layouts settle, as in test_accessibility_layout)
    combo = page.mark
    metrics = combo.fontMetrics()
    longest = max((combo.itemText(row) for row in range(combo.count())), key=metrics.horizontalAdvance)
    assert metrics.horizontalAdvance(longest) <= text_room(combo), \
        f"{longest!r} needs {metrics.horizontalAdvance(longest)} px, the box shows {text_room(combo)}"
    holder = window.holders["stocktake"]
    assert not holder.horizontalScrollBar().isVisible()  # (and the page does not scroll sideways for it)
    assert page.finish_button.visibleRegion().boundingRect().width() == page.finish_button.width()
