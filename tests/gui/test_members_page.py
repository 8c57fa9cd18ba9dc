"""The members page used with the keyboard alone: register, find, pay, validation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.circulation import fines
from pustaka_desktop.core.community import members
from pustaka_desktop.core.store.models import Member
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import members as members_module
from pustaka_desktop.gui.pages.members import MembersPage


def make_page(qtbot, lib, user):
    page = MembersPage(AppContext(lib, user))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def type_into(widget, text):
    QTest.keyClicks(widget, text)


def test_volunteer_registers_and_finds_a_member_by_keyboard(qtbot, lib, volunteer):
    page = make_page(qtbot, lib, volunteer)
    page.search.setFocus()
    QTest.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: new member
    assert page.creating
    assert QApplication.focusWidget() is page.form.edits["name"]
    type_into(page.form.edits["name"], "Siti Aminah")
    page.form.edits["phone"].setFocus()
    type_into(page.form.edits["phone"], "0812 3456 7890")
    page.form.edits["birth_date"].setFocus()
    type_into(page.form.edits["birth_date"], "2014-05-17")
    QTest.keyClick(page.form.edits["birth_date"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # register
    member = Member.get(Member.name == "Siti Aminah")
    assert member.phone == "081234567890"
    assert member.number.startswith("UJI-")
    assert member.number in page.status.text()

    QTest.keyClick(page.save_button, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: search
    assert QApplication.focusWidget() is page.search
    type_into(page.search, "34567")  # part of the phone number
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).name == "Siti Aminah"
    page.search.clear()
    type_into(page.search, member.number)
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert [m.number for m in page.model.rows] == [member.number]
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    assert page.member is not None and page.member.id == member.id
    assert "Siti Aminah" in page.heading.text()
    assert page.form.edits["name"].isReadOnly()  # volunteers do not edit existing members


def test_inline_validation_names_the_bad_field(qtbot, lib, volunteer):
    page = make_page(qtbot, lib, volunteer)
    page.new_member()
    page.form.edits["nik"].setFocus()
    type_into(page.form.edits["nik"], "12345")
    page.form.edits["name"].setFocus()  # leaving the field checks it
    assert "16" in page.form.problem.text()
    assert page.form.edits["nik"].styleSheet()
    page.save()
    assert Member.select().count() == 0


def test_duplicate_warning_then_register_anyway(qtbot, lib, librarian, monkeypatch):
    members.register(lib, librarian, name="Budi Santoso", member_type="Umum", birth_date="1990-01-02")
    page = make_page(qtbot, lib, librarian)
    asked = []
    monkeypatch.setattr(members_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    page.new_member()
    type_into(page.form.edits["name"], "budi  santoso")
    page.form.edits["birth_date"].setText("1990-01-02")
    page.save()
    assert asked and "UJI-" in asked[0]
    assert Member.select().where(Member.name == "budi santoso").count() == 1


def test_payment_and_librarian_waiver(qtbot, lib, librarian, monkeypatch):
    member = members.register(lib, librarian, name="Citra", member_type="Umum")
    fines.charge(lib, member, 3000, note="Terlambat")
    page = make_page(qtbot, lib, librarian)
    page.show_member(member)
    assert "3.000" in page.owed.text()
    monkeypatch.setattr(members_module.QInputDialog, "getInt", staticmethod(lambda *a: (1000, True)))
    page.pay()
    assert fines.balance(lib, member) == 2000
    assert page.ledger.rowCount() == 2

    def fake_exec(dialog):
        dialog.reason.setText("Keluarga tidak mampu")
        return 1

    monkeypatch.setattr(members_module.WaiverDialog, "exec", fake_exec)
    page.waive()
    assert fines.balance(lib, member) == 0
    assert "0" in page.owed.text()


def test_block_and_renew(qtbot, lib, librarian, monkeypatch):
    member = members.register(lib, librarian, name="Dedi", member_type="Umum")
    page = make_page(qtbot, lib, librarian)
    page.show_member(member)
    monkeypatch.setattr(members_module.QInputDialog, "getText", staticmethod(lambda *a: ("Buku hilang", True)))
    page.toggle_block()
    assert Member.get_by_id(member.id).blocked
    assert "Buku hilang" in page.status.text()
    old = Member.get_by_id(member.id).expires_on
    monkeypatch.setattr(members_module, "info", lambda *a: None)
    page.renew()
    assert Member.get_by_id(member.id).expires_on > old
