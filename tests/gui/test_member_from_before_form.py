"""The member's form after a move-in without registration dates: the date the card shows is the import's day, and
the form says so under it (nobody should take it for the day the member joined); the librarian types the real date
from an old card and the member becomes an ordinary member of that date."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pustaka_desktop.core.community import members_from_before
from pustaka_desktop.core.interop import member_import
from pustaka_desktop.core.store.models import Member
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.members import MembersPage


def _page(qtbot, lib, user):
    page = MembersPage(AppContext(lib, user))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_the_form_says_the_date_is_the_imports_until_the_real_one_is_typed(qtbot, lib, librarian, tmp_path):
    book = Workbook()
    book.active.append(["No", "Nama", "L/P", "Alamat"])
    book.active.append([1, "Siti Aminah", "P", "Dusun Krajan RT 01"])
    book.save(tmp_path / "anggota.xlsx")
    member_import.import_members(lib, librarian, tmp_path / "anggota.xlsx")
    page = _page(qtbot, lib, librarian)
    siti = Member.get(Member.name == "Siti Aminah")
    page.show_member(siti)
    said = page.form.from_before
    assert said.isVisible() and "Pustaka" in said.text()  # (a member from before Pustaka, in either language)
    edit = page.form.edits["registered_on"]
    assert edit.text() == "02-03-2026"  # the import's day (the test clock's), still on the card
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "15-03-2025")
    QTest.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    siti = Member.get_by_id(siti.id)
    assert siti.registered_on == date(2025, 3, 15) and not members_from_before.is_from_before(siti)
    assert not page.form.from_before.isVisible()


def test_a_member_registered_here_has_no_such_words_and_an_empty_date_is_today(qtbot, lib, librarian, clock):
    page = _page(qtbot, lib, librarian)
    page.new_member()
    assert not page.form.from_before.isVisible()
    QTest.keyClicks(page.form.edits["name"], "Dewi Lestari")
    page.save()
    dewi = Member.get(Member.name == "Dewi Lestari")
    assert dewi.registered_on == date(2026, 3, 2) and not page.form.from_before.isVisible()
    # saving her form with the date field emptied keeps her date (never an empty registration)
    page.form.edits["registered_on"].clear()
    page.form.edits["phone"].setText("081234567890")
    page.save()
    assert Member.get_by_id(dewi.id).registered_on == date(2026, 3, 2) and page.form.problem.text() == ""


def test_the_import_page_says_how_many_came_without_a_date_before_and_after(qtbot, lib, librarian, tmp_path,
                                                                            monkeypatch):
    from pustaka_desktop.gui.pages import transfer as transfer_module
    from pustaka_desktop.gui.pages.transfer import TransferPage

    book = Workbook()
    for row in (["No", "Nama", "L/P", "Tgl Daftar"], [1, "Siti Aminah", "P", ""], [2, "Budi Santoso", "L", ""],
                [3, "Rina Marlina", "P", "12-01-2023"]):
        book.active.append(row)
    book.save(tmp_path / "anggota.xlsx")
    asked: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: asked.append(text))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.import_members(str(tmp_path / "anggota.xlsx"))
    qtbot.waitUntil(lambda: "3 added" in page.last_members_import.text(), timeout=20000)
    said = "2 member(s) in the list have no registration date: they count as members from before Pustaka"
    assert said in asked[0] and said in page.last_members_import.text()


def test_a_member_who_did_join_on_the_import_day_is_confirmed_with_the_box(qtbot, lib, librarian, tmp_path):
    """The import's day can be the real one (she registered that morning, on paper, before the move-in): the date
    field cannot say so by a change, the box under it does, and the audit log tells who confirmed it."""
    from pustaka_desktop.core.audit_describe import describe
    from pustaka_desktop.core.store.models import AuditLog

    book = Workbook()
    book.active.append(["No", "Nama"])
    book.active.append([1, "Rina Wati"])
    book.save(tmp_path / "anggota.xlsx")
    member_import.import_members(lib, librarian, tmp_path / "anggota.xlsx")
    page = _page(qtbot, lib, librarian)
    rina = Member.get(Member.name == "Rina Wati")
    page.show_member(rina)
    box = page.form.date_is_real
    assert box.isVisible() and not box.isChecked()
    page.save()  # saved without the box: still from before Pustaka
    assert members_from_before.is_from_before(Member.get_by_id(rina.id))
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    QTest.keyClick(page.form.edits["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    rina = Member.get_by_id(rina.id)
    assert rina.registered_on == date(2026, 3, 2) and not members_from_before.is_from_before(rina)
    assert not page.form.from_before.isVisible() and not box.isVisible()
    entry = AuditLog.get(AuditLog.action == "members.registration_confirmed")
    assert entry.entity_uid == rina.uid and "02-03-2026" in describe(entry.action, entry.detail, lambda _c, text: text)
