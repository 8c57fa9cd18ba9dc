"""Which SLiMS library of a server's backup to import. A district or a school often backs up its whole MySQL
server (mysqldump --all-databases, phpMyAdmin's server export): one .sql file holding the databases of several
SLiMS libraries, which an import never merges or guesses between (``core.interop.slims_backup``). The
librarian picks one from a list, by name; a backup of one library asks nothing; Cancel imports nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.errors import Cancelled
from ...core.interop import slims_backup
from ..widgets.forms import label_for, note
from ..workers import run_job


def describe(library: slims_backup.ServerDatabase) -> str:
    """A library's line in the list: its database's name and what it holds (all the survey knows of it without
    reading its rows)."""
    holds = [QCoreApplication.translate("DatabaseChooser", "catalogue"),
             *([QCoreApplication.translate("DatabaseChooser", "members")] if library.members else []),
             *([QCoreApplication.translate("DatabaseChooser", "loans")] if library.loans else [])]
    return QCoreApplication.translate("DatabaseChooser", "{name} ({holds})").format(name=library.name,
                                                                                   holds=", ".join(holds))


class DatabaseChooser(QDialog):
    """The SLiMS libraries of one backup, one a line; Enter or a double click chooses the one marked."""

    def __init__(self, path: str | Path, libraries: list[slims_backup.ServerDatabase], chosen: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the library to import"))
        self.names = [library.name for library in libraries]
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("SLiMS libraries in the backup"))
        for library in libraries:
            self.list.addItem(QListWidgetItem(describe(library)))
        # the one chosen before (the wizard's Back, then Next), else the first: Enter alone goes on
        self.list.setCurrentRow(self.names.index(chosen) if chosen in self.names else 0)
        self.list.itemActivated.connect(self.accept)
        buttons = QDialogButtonBox()
        self.choose_button = buttons.addButton(self.tr("&Choose"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "{file} is a backup of a whole server: it holds the databases of {count} SLiMS libraries. Only one is "
            "imported; the others stay out.").format(file=Path(path).name, count=len(libraries))))
        layout.addWidget(label_for(self.tr("&Library to import:"), self.list))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus()
        self.setMinimumWidth(460)

    def chosen(self) -> str:
        return self.names[max(self.list.currentRow(), 0)]


def ask_database(parent: QWidget | None, path: str | Path, libraries: list[slims_backup.ServerDatabase],
                 chosen: str | None = None) -> str | None:
    """The library the librarian picks of ``libraries`` (the backup ``path``'s); None when cancelled."""
    dialog = DatabaseChooser(path, libraries, chosen, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def with_database(parent: QWidget, path: str, go_on: Callable[[str | None], None]) -> None:
    """``go_on(database)`` once it is known which library of the file ``path`` to read: None for a backup of
    one library or a file that is no backup (nothing is asked), the one the librarian picks of a server's
    backup of several; nothing at all when the librarian cancels. The survey runs in the background (a
    server's backup is large); the import that follows reuses it instead of reading the file again. A
    file that cannot be read says so once, here."""
    def survey(_progress, cancelled) -> list[slims_backup.ServerDatabase]:
        found = slims_backup.libraries_in(path)
        if cancelled():  # (the survey itself cannot stop half-way)
            raise Cancelled()
        return found

    def surveyed(libraries: list[slims_backup.ServerDatabase]) -> None:
        if len(libraries) < 2:
            go_on(None)
            return
        chosen = ask_database(parent, path, libraries)
        if chosen is not None:
            go_on(chosen)

    run_job(parent, QCoreApplication.translate("DatabaseChooser", "Reading the backup"), survey, surveyed)
