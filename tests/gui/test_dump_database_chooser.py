"""A server's backup (mysqldump --all-databases) that holds several SLiMS libraries is imported from the GUI:
the librarian picks one library from a list, with the keyboard, and only that library comes in; a backup of
one library asks nothing; Cancel imports nothing and shows no message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from pustaka_desktop.core.interop import importer, slims_backup
from pustaka_desktop.core.store.models import Loan, Member, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.dialogs.slims_database import DatabaseChooser
from pustaka_desktop.gui.import_wizard import ImportWizard
from pustaka_desktop.gui.pages import transfer as transfer_module
from pustaka_desktop.gui.pages.transfer import TransferPage
from tests.core import test_interop_slims_backup as base
from tests.core.test_interop_slims_history import _history
from tests.core.test_slims_backup_variants import _database

MYSQLDUMP_HEAD = ("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: \n"
                  "-- ------------------------------------------------------\n-- Server version\t8.0.36\n\n")


def server_backup(folder: Path) -> Path:
    """A school foundation's MySQL server, dumped whole: the primary school's SLiMS (slims_sd1), then the
    junior high's (slims_smp), which alone has loans. Titles and member names say whose they are."""
    def library(name: str, prefix: str, extra: dict | None = None) -> str:
        biblio = [dict(b, title=f"{prefix} {b['title']}") for b in base.BIBLIO]
        members = [tuple(dict(m, member_name=f"{prefix} {m['member_name']}").get(c)
                         for c in slims_backup.KNOWN_COLUMNS["member"]) for m in base.MEMBERS]
        one = base.write_dump(folder / f"{name}.sql", style="phpmyadmin", biblio=biblio,
                              extra={"member": members, **(extra or {})})
        return _database(one, name)

    dump = folder / "all-databases.sql"
    dump.write_text(MYSQLDUMP_HEAD + library("slims_sd1", "SD1") + library("slims_smp", "SMP", _history()),
                    encoding="utf-8")
    return dump


@pytest.fixture
def chooser(monkeypatch, qtbot):
    """The chooser answered with the keyboard: as it shows, the keys in ``answer`` are pressed in the widget
    that has the focus. Each showing is kept in ``shown``: its lines, and whether the list had the focus."""
    answer: list = []
    shown: list[dict] = []

    def exec_(dialog: DatabaseChooser) -> int:
        dialog.show()
        focus = dialog.focusWidget()
        shown.append({"lines": [dialog.list.item(r).text() for r in range(dialog.list.count())],
                      "focus on the list": focus is dialog.list, "row": dialog.list.currentRow()})
        for key in answer:
            qtbot.keyClick(focus, key)
        dialog.hide()
        return dialog.result()

    monkeypatch.setattr(DatabaseChooser, "exec", exec_)
    return answer, shown


def _wizard(qtbot, lib, librarian, path: Path) -> ImportWizard:
    wizard = ImportWizard(AppContext(lib, librarian))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path.setText(str(path))
    assert wizard.choose.format.currentData() == "slims-sql"
    return wizard


def _titles() -> list[str]:
    return sorted(r.title for r in Record.select())


def test_the_wizard_imports_only_the_library_chosen_of_a_server_backup(qtbot, lib, librarian, tmp_path, chooser,
                                                                      message_boxes):
    answer, shown = chooser
    answer += [Qt.Key.Key_Down, Qt.Key.Key_Return]  # the second library, with the keyboard alone
    wizard = _wizard(qtbot, lib, librarian, server_backup(tmp_path))
    wizard.next()
    assert len(shown) == 1 and shown[0]["focus on the list"] and shown[0]["row"] == 0
    lines = shown[0]["lines"]
    assert len(lines) == 2 and lines[0].startswith("slims_sd1") and lines[1].startswith("slims_smp")
    assert "loans" in lines[1] and "loans" not in lines[0]  # what each holds, known without reading its rows
    assert wizard.currentPage() is wizard.preview and "slims_smp" in wizard.preview.hint.text()
    previewed = [wizard.preview.table.item(r, 1).text() for r in range(wizard.preview.table.rowCount())]
    assert len(previewed) == 4 and all(title.startswith("SMP ") for title in previewed)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plans != [], timeout=20000)
    assert wizard.report.plans[0].records_add == 4 and Record.select().count() == 0  # checked, nothing written
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plans != [], timeout=20000)
    titles = _titles()
    assert len(titles) == 4 and all(title.startswith("SMP ") for title in titles), titles  # none of SD1's
    assert wizard.database() == "slims_smp" and message_boxes == []


def test_cancelling_the_chooser_stays_on_the_first_page_and_imports_nothing(qtbot, lib, librarian, tmp_path, chooser,
                                                                          message_boxes):
    answer, shown = chooser
    answer.append(Qt.Key.Key_Escape)
    wizard = _wizard(qtbot, lib, librarian, server_backup(tmp_path))
    wizard.next()
    assert len(shown) == 1 and wizard.currentPage() is wizard.choose
    assert Record.select().count() == 0 and message_boxes == []


def test_a_backup_of_one_library_asks_nothing(qtbot, lib, librarian, tmp_path, chooser):
    _answer, shown = chooser
    wizard = _wizard(qtbot, lib, librarian, base.write_dump(tmp_path / "backup_20261201_100000.sql"))
    wizard.next()
    assert wizard.currentPage() is wizard.preview and wizard.preview.table.rowCount() == 4
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plans != [], timeout=20000)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plans != [], timeout=20000)
    assert Record.select().count() == 4 and shown == [] and wizard.database() is None
    if wizard.review_dialog is not None:  # the review list the import opened: not left open for later tests
        wizard.review_dialog.close()


@pytest.fixture
def answers(monkeypatch):
    """The page's questions (confirm: Yes) and notices, recorded."""
    said: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: said.append(text) or True)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: said.append(text))
    return said


def test_the_member_and_history_imports_ask_which_library_and_bring_only_that_one(qtbot, lib, librarian, tmp_path,
                                                                                chooser, answers, monkeypatch):
    answer, shown = chooser
    answer += [Qt.Key.Key_Down, Qt.Key.Key_Return]
    dump = server_backup(tmp_path)
    importer.import_slims_backup(lib, librarian, dump, database="slims_smp")  # the catalogue, as the wizard did
    monkeypatch.setattr(transfer_module, "open_file", lambda *args: str(dump))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.choose_members_import()
    qtbot.waitUntil(lambda: "added" in page.last_members_import.text(), timeout=20000)
    names = sorted(m.name for m in Member.select())
    assert len(names) == 2 and all(name.startswith("SMP ") for name in names), names
    page.choose_history_import()
    qtbot.waitUntil(lambda: "added" in page.last_history_import.text(), timeout=20000)
    assert Loan.select().count() == 3  # slims_smp's loans (slims_sd1 has none: it would have been refused)
    assert len(shown) == 2 and all(s["focus on the list"] for s in shown)


def test_cancelling_the_chooser_of_the_member_import_imports_nothing_and_says_nothing(qtbot, lib, librarian, tmp_path,
                                                                                    chooser, answers, monkeypatch,
                                                                                    message_boxes):
    answer, shown = chooser
    answer.append(Qt.Key.Key_Escape)
    dump = server_backup(tmp_path)
    monkeypatch.setattr(transfer_module, "open_file", lambda *args: str(dump))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.choose_members_import()
    qtbot.waitUntil(lambda: shown != [], timeout=20000)
    assert Member.select().count() == 0 and answers == [] and message_boxes == []


def test_moving_in_goes_on_with_the_library_the_wizard_chose_without_asking_again(qtbot, lib, librarian, tmp_path,
                                                                                 chooser, answers):
    _answer, shown = chooser
    dump = server_backup(tmp_path)
    importer.import_slims_backup(lib, librarian, dump, database="slims_smp")  # what the wizard did
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.offer_the_rest_of(str(dump), database="slims_smp")
    qtbot.waitUntil(lambda: "added" in page.last_history_import.text(), timeout=30000)
    assert shown == [] and Loan.select().count() == 3
    assert all(m.name.startswith("SMP ") for m in Member.select()) and Member.select().count() == 2


def test_a_members_csv_asks_nothing(qtbot, lib, librarian, tmp_path, chooser, answers, monkeypatch):
    """The members import takes CSV and Excel lists too: they are no backup, and nothing is asked."""
    _answer, shown = chooser
    from tests.core.test_slims_members import SLIMS_EXPORT

    path = tmp_path / "anggota.csv"
    path.write_text(SLIMS_EXPORT.replace("budi.jpg", ""), encoding="utf-8")  # (no photos folder to ask for)
    monkeypatch.setattr(transfer_module, "open_file", lambda *args: str(path))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.choose_members_import()
    qtbot.waitUntil(lambda: "added" in page.last_members_import.text(), timeout=20000)
    assert shown == [] and Member.get(Member.number == "M0002").name == "Budi Santoso"
