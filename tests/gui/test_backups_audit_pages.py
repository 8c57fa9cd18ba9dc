"""The Backups & safety page, the audit log page and the idle lock, driven like a person would."""

import csv

from PySide6.QtCore import Qt

from pustaka_desktop import i18n
from pustaka_desktop.core import auth, session
from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.idle_lock import leave_volunteer_mode
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages.audit import AuditPage
from pustaka_desktop.gui.pages.backups import BackupsPage


def _quiet(monkeypatch, module, answer=True):
    shown = []
    monkeypatch.setattr(f"pustaka_desktop.gui.pages.{module}.info", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(f"pustaka_desktop.gui.pages.{module}.show_error",
                        lambda parent, exc, details="": shown.append(str(exc)))
    if module == "backups":
        monkeypatch.setattr("pustaka_desktop.gui.pages.backups.confirm", lambda parent, title, text: answer)
        monkeypatch.setattr("pustaka_desktop.gui.clock_banner.confirm", lambda parent, title, text: answer)
    return shown


def test_backup_to_usb_then_restore_from_the_page(qtbot, lib, librarian, tmp_path, monkeypatch):
    shown = _quiet(monkeypatch, "backups")
    store.insert(lib, Record, title="Bumi Manusia")
    page = BackupsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    usb = tmp_path / "usb"
    usb.mkdir()
    page.backup_to_usb(str(usb))
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    assert "remove the USB stick" in shown[0] or "USB" in shown[0]
    saved = next(usb.glob("*.sqlite3"))
    store.insert(lib, Record, title="Anak Semua Bangsa")
    page.restore_from_file(str(saved))
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert [r.title for r in Record.select()] == ["Bumi Manusia"]
    # the list shows the safety copy made before the restore, with a preview of what it holds
    assert page.model.rowCount() == 1 and page.model.rows[0].reason == "restore"
    qtbot.waitUntil(lambda: "2" in page.preview_label.text())  # the preview is read in the background


def test_a_wrong_clock_shows_a_warning_and_a_librarian_confirms_it(qtbot, lib, librarian, clock, monkeypatch):
    _quiet(monkeypatch, "backups")
    store.insert(lib, Record, title="Laskar Pelangi")
    clock.advance(days=-2)
    page = BackupsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    assert page.confirm_clock_button.isVisible()
    qtbot.mouseClick(page.confirm_clock_button, Qt.MouseButton.LeftButton)
    assert not page.confirm_clock_button.isVisible()
    assert AuditLog.select().where(AuditLog.action == "clock.confirm").count() == 1


def test_volunteers_do_not_see_backups_or_the_audit_log(qtbot, lib, volunteer):
    window = MainWindow(AppContext(lib, volunteer))
    qtbot.addWidget(window)
    assert "audit" not in window.page_keys() and "backups" not in window.page_keys()


def test_audit_page_filters_and_exports(qtbot, lib, librarian, tmp_path, monkeypatch):
    shown = _quiet(monkeypatch, "audit")
    auth.audit(lib, librarian, "catalog.delete", "record", "r-9", title="Atlas")
    auth.audit(lib, "relawan", "login.failed")
    page = AuditPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    page.since.setDate(page.since.date().addYears(-1))
    page.action.setCurrentIndex(page.action.findData("catalog.delete"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert [r.action for r in page.model.rows] == ["catalog.delete"]
    target = tmp_path / "audit.csv"
    i18n.install("id")
    try:
        page.export(str(target))
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    finally:
        i18n.install("en")
    with open(target, encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert len(lines) == 2 and lines[1][2] == "catalog.delete"
    assert lines[0][0] == "Waktu"  # column titles in the user's language


def test_idle_lock_locks_and_only_the_right_secret_unlocks(qtbot, lib, librarian):
    session.set_idle_minutes(lib, librarian, 1)
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    lock = window.idle_lock
    lock.last_activity -= 61
    lock.check()
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.secret, "salah")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert lock.dialog is dialog and dialog.message.text()
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Escape)
    assert lock.dialog is dialog  # Escape does not unlock
    qtbot.keyClicks(dialog.secret, "1234")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert lock.dialog is None


def test_switch_user_on_the_lock_asks_for_a_new_login(qtbot, lib, librarian):
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    dialog = window.idle_lock.lock()
    with qtbot.waitSignal(window.logout_requested, timeout=2000):
        qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert backup.list_backups(lib.path) == []


def test_desk_in_volunteer_mode_and_back_with_the_librarians_pin(qtbot, lib, librarian):
    from pustaka_desktop.core.circulation import desk_undo
    from pustaka_desktop.core.errors import PermissionDenied

    session.set_idle_minutes(lib, librarian, 5)
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.switch_staff, timeout=2000) as handed:
        window.volunteer_mode_action.trigger()
    desk_user = handed.args[0]
    assert desk_user.role == auth.VOLUNTEER and desk_user.username == "pustakawan"
    desk = MainWindow(AppContext(lib, desk_user))
    qtbot.addWidget(desk)
    desk.show()
    assert not {"settings", "backups", "audit"} & set(desk.page_keys())
    assert desk.idle_lock.minutes == 0  # volunteers at the desk are not locked out
    try:  # the core refuses librarian work too, not only the menu
        desk_undo.undo_last(lib, desk_user)
    except PermissionDenied:
        pass
    else:
        raise AssertionError("undo allowed in volunteer mode")
    dialog = leave_volunteer_mode(desk)
    qtbot.keyClicks(dialog.secret, "0000")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.isVisible()
    with qtbot.waitSignal(desk.switch_staff, timeout=2000) as back:
        qtbot.keyClicks(dialog.secret, "1234")
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert back.args[0].role == auth.LIBRARIAN
    assert AuditLog.select().where(AuditLog.action == "desk.volunteer_mode").count() == 2


def test_a_district_on_postgresql_is_told_its_backups_do_not_hold_the_union(qtbot, lib, librarian, tmp_path):
    from pustaka_desktop.core.settings import set_setting
    from pustaka_desktop.core.store import postgres
    from tests.sync.sync_helpers import FixedClock, Site

    village = BackupsPage(AppContext(lib, librarian))
    qtbot.addWidget(village)
    village.show()
    assert not village.elsewhere_label.isVisible()  # a village's backups hold everything

    district = Site(tmp_path, "dinas", "DIN", FixedClock("2026-03-02T09:00:00+07:00"), district=True)
    with district:
        page = BackupsPage(AppContext(district.lib, district.staff))
        qtbot.addWidget(page)
        page.show()
        assert not page.elsewhere_label.isVisible()  # the union still lives in the district's file
        set_setting(postgres.DSN_SETTING, "postgresql://hub:geheim@db.kabupaten/union")  # no connection is made
        page.refresh()
        text = page.elsewhere_label.text()
        assert page.elsewhere_label.isVisible() and "pg_dump" in text and "db.kabupaten/union" in text
        assert "geheim" not in text  # the password is never shown
    district.lib.close()
