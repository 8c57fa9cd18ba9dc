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
from ...core.formatting import format_number
from ...core.interop import slims_backup
from ..widgets.forms import label_for, note
from ..widgets.screen import fit_to_screen
from ..workers import JobFn, run_job, wait_for


def describe(library: slims_backup.ServerDatabase) -> str:
    """A library's line in the list: its database's name and how much it holds (its titles, copies and
    members, counted by the survey: "slims" or "slims_old" alone does not tell a librarian which is theirs),
    and whether it has loans."""
    if library.titles:
        holds = [QCoreApplication.translate("DatabaseChooser", "{titles} titles, {copies} copies").format(
            titles=format_number(library.titles), copies=format_number(library.copies))]
    else:
        holds = [QCoreApplication.translate("DatabaseChooser", "catalogue empty")]
    holds.append(QCoreApplication.translate("DatabaseChooser", "{members} members").format(
        members=format_number(library.members)))
    if library.loans:
        holds.append(QCoreApplication.translate("DatabaseChooser", "with loans"))
    return QCoreApplication.translate("DatabaseChooser", "{name} — {holds}").format(name=library.name,
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
        # as wide as its longest line where the screen has room: the counts at its end tell the libraries apart
        margins = layout.contentsMargins()
        lines = (self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
                 + self.list.verticalScrollBar().sizeHint().width() + margins.left() + margins.right())
        fit_to_screen(self, lines, self.sizeHint().height())

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


def _survey(path: str | Path) -> JobFn:
    """The survey of the file ``path`` as a job for a worker thread (a server's backup is hundreds of MB):
    it says how far it is, and Cancel stops it."""
    return lambda progress, cancelled: slims_backup.libraries_in(path, progress, cancelled)


def _reading_the_backup() -> str:
    return QCoreApplication.translate("DatabaseChooser", "Reading the backup")


def libraries_of(parent: QWidget, path: str | Path) -> list[slims_backup.ServerDatabase] | None:
    """The SLiMS libraries of the file ``path``, for a caller that needs them before it returns (a wizard
    page's Next): surveyed on a worker thread while the window stays alive, with its progress and Cancel;
    None when the librarian cancels. A file that cannot be read raises its error here."""
    try:
        return wait_for(parent, _reading_the_backup(), _survey(path))
    except Cancelled:
        return None


def with_database(parent: QWidget, path: str, go_on: Callable[[str | None], None]) -> None:
    """``go_on(database)`` once it is known which library of the file ``path`` to read: None for a backup of
    one library or a file that is no backup (nothing is asked), the one the librarian picks of a server's
    backup of several; nothing at all when the librarian cancels. The survey runs in the background (a
    server's backup is large); the import that follows reuses it instead of reading the file again. A
    file that cannot be read says so once, here."""
    def surveyed(libraries: list[slims_backup.ServerDatabase]) -> None:
        if len(libraries) < 2:
            go_on(None)
            return
        chosen = ask_database(parent, path, libraries)
        if chosen is not None:
            go_on(chosen)

    run_job(parent, _reading_the_backup(), _survey(path), surveyed)
