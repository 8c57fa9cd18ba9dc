"""A village librarian, not the command line, meets what a restored backup lost: the Sync page says how many
lines wait and how many books are still out, lists them most urgent first, and re-enters or dismisses the
chosen lines after saying what will happen; a refusal (the copy is on loan again, the member is missing) is
said in Indonesian and the line stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from pustaka_desktop import i18n
from pustaka_desktop.core import auth
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.errors import PermissionDenied
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan, Member, Record
from pustaka_desktop.core.sync import lost
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import sync_lost
from pustaka_desktop.gui.pages.sync import SyncPage
from pustaka_desktop.gui.widgets.a11y import ANNOUNCEMENTS
from pustaka_desktop.gui.widgets.tables import KEY_ROLE
from tests.sync.sync_helpers import catalogue, register, restored_village


def _siti_borrows(village):
    """Si Kancil dan Buaya (SKM0000, SKM0001) and Laskar Pelangi (SKM1000, SKM1001); Siti borrows SKM0001."""
    for t, title in enumerate(["Si Kancil dan Buaya", "Laskar Pelangi"]):
        catalogue(village, title, [f"SKM{t}{n:03d}" for n in range(2)])
    register(village, "SKM-0001", "Siti Aminah")
    loans.checkout(village.lib, village.staff, "SKM-0001", "SKM0001")


def _three_days_of_work(village):
    village.clock.advance(days=3)
    register(village, "SKM-0002", "Budi Santoso")
    loans.checkout(village.lib, village.staff, "SKM-0002", "SKM0000")
    loans.checkin(village.lib, village.staff, "SKM0001")
    loans.checkout(village.lib, village.staff, "SKM-0001", "SKM1000")
    store.insert(village.lib, Record, title="Bumi Manusia", publisher="Hasta Mitra")


@pytest.fixture
def village(tmp_path):
    """Sukamaju backs up; in the three days after, Budi registers and borrows Si Kancil (SKM0000), Siti borrows
    Laskar Pelangi (SKM1000) and brings back the Si Kancil she had (SKM0001), Bumi Manusia is catalogued; the
    disk fails, the backup goes back on, and the district's bundle brings the list."""
    with restored_village(tmp_path, _siti_borrows, _three_days_of_work) as done:
        done.village.lib.activate()
        yield done.village


@pytest.fixture
def english():
    i18n.install("en")
    yield
    i18n.install("id")


@pytest.fixture
def answers(monkeypatch):
    """The confirmations asked, answered Yes."""
    asked: list[str] = []
    monkeypatch.setattr(sync_lost, "confirm", lambda _parent, _title, text: asked.append(text) or True)
    return asked


def _page(qtbot, village, user=None) -> SyncPage:
    page = SyncPage(AppContext(village.lib, user or village.staff))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def _rows(page) -> list[list[str]]:
    table = page.lost_tab.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _choose(page, *barcodes: str) -> None:
    """Ctrl+click on the lines of these copies."""
    table = page.lost_tab.table
    table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(table.rowCount()):
        if table.item(row, 0).data(KEY_ROLE) and table.item(row, 0).text() in barcodes:
            table.selectionModel().select(table.model().index(row, 0), flags)


def _line(page, barcode: str) -> list[str] | None:
    return next((row for row in _rows(page) if row[0] == barcode), None)


def test_the_page_says_how_many_lines_and_loans_wait_and_lists_the_loans_still_out_first(qtbot, village, english):
    page = _page(qtbot, village)
    assert page.lost_notice.isVisible()
    said = page.lost_notice.text.text()
    assert "5 line(s)" in said and "2 loan(s) still out" in said
    assert page.tabs.currentWidget() is page.lost_tab  # what a librarian should see first after a restore
    rows = _rows(page)
    assert rows[0][0].startswith("Loans still out") and rows[0][0].endswith(": 2")
    assert page.lost_tab.table.columnSpan(0, 0) == page.lost_tab.table.columnCount()
    assert not page.lost_tab.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable  # a heading, not a line
    out = sorted(rows[1:3])
    assert out == [["SKM0000", "Si Kancil dan Buaya", "SKM-0002", "05-03-2026", "12-03-2026", ""],
                   ["SKM1000", "Laskar Pelangi", "SKM-0001", "05-03-2026", "12-03-2026", ""]]
    assert rows[3][0].startswith("Returns")
    assert rows[4][:3] == ["SKM0001", "Si Kancil dan Buaya", "SKM-0001"] and "05-03-2026" in rows[4][5]
    assert [row[0] for row in rows if not row[1] and not row[2]][-2:] == ["Members registered: 1",
                                                                          "Catalogue records added: 1"]
    page.lost_notice.open_button.click()  # the notice's button brings the keyboard to the list
    assert page.focusWidget() is page.lost_tab.table


def test_a_chosen_loan_is_re_entered_after_saying_what_will_happen(qtbot, village, english, answers):
    page = _page(qtbot, village)
    _choose(page, "SKM1000")
    assert page.lost_tab.reenter_button.isEnabled()
    page.lost_tab.reenter_button.click()
    assert "original lent and due dates" in answers[0] and "copy SKM1000 (Laskar Pelangi)" in answers[0]
    qtbot.waitUntil(lambda: _line(page, "SKM1000") is None)
    loan = Loan.get(Loan.item == Item.get(Item.barcode == "SKM1000").id)
    assert (loan.loaned_at.date().isoformat(), loan.due_on.isoformat()) == ("2026-03-05", "2026-03-12")
    assert Item.get(Item.barcode == "SKM1000").status == "on_loan"
    assert "Re-entered: 1" in page.lost_tab.result.text()
    assert any("Re-entered: 1" in text for text in ANNOUNCEMENTS.recent)  # a screen reader hears it
    assert "1 loan(s) still out" in page.lost_notice.text.text()


def test_refusals_are_said_in_indonesian_and_the_lines_stay(qtbot, village, answers, message_boxes):
    i18n.install("id")
    with village:  # since the restore Siti borrowed the lost Laskar Pelangi again; Budi is not registered again
        loans.checkout(village.lib, village.staff, "SKM-0001", "SKM1000")
    page = _page(qtbot, village)
    _choose(page, "SKM0000", "SKM1000")
    assert len(page.lost_tab.chosen()) == 2
    page.lost_tab.reenter_button.click()
    qtbot.waitUntil(lambda: bool(page.lost_tab.result.text()))
    said = message_boxes[-1]
    assert "Anggota SKM-0002 tidak ada di basis data ini" in said  # the member is missing
    assert "Eksemplar SKM1000 (Laskar Pelangi) sekarang sedang dipinjam Siti Aminah" in said  # on loan again
    assert "is on loan" not in said and "not in this database" not in said
    assert _line(page, "SKM0000") is not None and _line(page, "SKM1000") is not None
    assert Loan.select().join(Item).where(Item.barcode == "SKM0000").count() == 0


def test_a_member_line_is_dismissed_not_re_entered(qtbot, village, english, answers):
    page = _page(qtbot, village)
    table = page.lost_tab.table
    member_row = next(r for r, row in enumerate(_rows(page)) if row[2] == "SKM-0002" and not row[0])
    table.selectRow(member_row)
    assert not page.lost_tab.reenter_button.isEnabled() and page.lost_tab.dismiss_button.isEnabled()
    page.lost_tab.dismiss_button.click()
    assert "Nothing in the catalogue, the members or the loans changes" in answers[0]
    qtbot.waitUntil(lambda: "Dismissed: 1" in page.lost_tab.result.text())
    assert "4 line(s)" in page.lost_notice.text.text()
    assert not any(row[2] == "SKM-0002" and not row[0] for row in _rows(page))
    assert not Member.select().where(Member.number == "SKM-0002").exists()  # dismissing writes nothing else


def test_only_a_librarian_re_enters_or_dismisses(qtbot, village):
    volunteer = auth.add_staff(village.lib, village.staff, "relawan", "relawan1", auth.VOLUNTEER)
    entry = next(e for e in lost.entries(village.lib) if e.kind == "loan_out")
    with pytest.raises(PermissionDenied):
        lost.reenter(village.lib, volunteer, entry.key)
    assert entry.uid in [e.uid for e in lost.entries(village.lib)]
    page = _page(qtbot, village, volunteer)
    _choose(page, "SKM1000")
    assert not page.lost_tab.reenter_button.isEnabled() and not page.lost_tab.dismiss_button.isEnabled()


def test_the_list_needs_no_clashing_alt_letters(qtbot, village, english):
    from pustaka_desktop.gui.main_window import MainWindow
    from tests.gui.test_accessibility_mnemonics import clashes, menu_bar, mnemonics

    window = MainWindow(AppContext(village.lib, village.staff))
    qtbot.addWidget(window)
    window.show()
    window.show_page("sync")
    qtbot.wait(20)
    page = window.findChild(SyncPage)
    assert page.lost_tab.isVisible()
    found = menu_bar(window) + mnemonics(window)
    assert {"r", "d", "l"} <= {letter for letter, _text in found}
    assert not clashes(found), clashes(found)


def test_when_every_line_is_done_the_notice_and_the_list_go_away(qtbot, village, english, answers):
    page = _page(qtbot, village)
    table = page.lost_tab.table
    table.selectAll()
    assert len(page.lost_tab.chosen()) == 5  # the heading rows are not lines
    page.lost_tab.dismiss_button.click()
    qtbot.waitUntil(lambda: "Dismissed: 5" in page.lost_tab.result.text())
    assert not page.lost_notice.isVisible()
    assert page.tabs.indexOf(page.lost_tab) < 0
    assert lost.entries(village.lib) == []
