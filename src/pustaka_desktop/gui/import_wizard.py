"""The import wizard: choose the format and file -> preview (and map the columns of a spreadsheet)
-> dry-run report with every bad row -> import, each long step in a cancellable background job.
A SLiMS library's two exports (bibliography + its item file) go in together as one import; a server's backup
that holds several SLiMS libraries asks which one first (``dialogs.slims_database``)."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..core.errors import Cancelled, PustakaError
from ..core.formatting import Count
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.interop import importer, not_records, readers
from ..core.interop.import_session import ONE_ROW_PER_RECORD
from ..core.interop.types import COPY_FORMATS, FORMATS, BadRow, unreadable
from ..core.jobs import checkpoint
from .context import AppContext
from .dialogs.slims_database import ask_database, libraries_of
from .import_preview import PreviewPage
from .review_list import ReviewDialog, open_review
from .widgets.a11y import announce, readable, release_tab
from .widgets.actions import choose_folder
from .widgets.messages import error_text, info, translate
from .widgets.screen import fit_to_screen
from .workers import JobFn, run_import, run_job, wait_for

WIZARD_SIZE = (900, 560)  # px, when the screen has room (widgets.screen.fit_to_screen)
PICTURE_FORMATS = ("slims-biblio", "slims-sql")  # files that name their records' cover pictures
REPOSITORY_FORMATS = ("slims-sql", "inlislite-sql")  # backups whose records have files attached (PDF, EPUB)
# (a SLiMS export opened in Excel may have been saved as a workbook: still SLiMS's)
FILTERS = {"slims-biblio": "*.csv *.xlsx *.xls", "slims-item": "*.csv *.xlsx *.xls",
           "slims-sql": "*.sql *.gz *.tgz *.tar *.zip *.bz2 *.xz",
           "marc": "*.mrc *.marc *.iso *.dat *.mrk *.txt *.json", "marcxml": "*.xml", "inlislite": "*.xlsx *.xls *.ods *.csv",
           "inlislite-sql": "*.sql *.gz *.zip",
           "xlsx": "*.xlsx *.xls *.ods", "csv": "*.csv *.txt"}


def _format_label(fmt: str) -> str:
    if fmt == "slims-biblio":
        return QCoreApplication.translate("ImportWizard", "SLiMS bibliography CSV")
    if fmt == "slims-item":
        return QCoreApplication.translate("ImportWizard", "SLiMS item (copies) CSV")
    if fmt == "slims-sql":
        return QCoreApplication.translate("ImportWizard", "SLiMS database backup (.sql, .sql.tar.gz): catalogue "
                                                          "and copies")
    if fmt == "marc":
        return QCoreApplication.translate("ImportWizard", "MARC 21 (ISO 2709, .mrc)")
    if fmt == "marcxml":
        return QCoreApplication.translate("ImportWizard", "MARCXML (.xml)")
    if fmt == "inlislite":
        return QCoreApplication.translate("ImportWizard", "INLISLite catalogue or copy report (.xlsx, .xls, .csv)")
    if fmt == "inlislite-sql":
        return QCoreApplication.translate("ImportWizard", "INLISLite database backup (.sql): catalogue and copies")
    if fmt == "xlsx":
        return QCoreApplication.translate("ImportWizard", "Excel spreadsheet (.xlsx, .xls)")
    return QCoreApplication.translate("ImportWizard", "Spreadsheet as CSV")


def format_of(path: str, chosen: str) -> JobFn:
    """The format the file ``path`` fits (``readers.fitting_format``) as a job for a worker thread: a workbook is
    opened to see whether it is a SLiMS export saved from Excel, and openpyxl opens a 50 MB one in tens of seconds
    on an old PC, asking nothing (the window froze, Cancel with it). A document or a picture is refused."""
    def job(_progress, cancelled) -> str:
        checkpoint(None, cancelled, 0.0)
        not_records.refuse_documents(path)
        try:
            return readers.fitting_format(path, chosen)
        except (OSError, ValueError, LookupError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
            # (a damaged file the checks did not foresee: said plainly here, never a traceback; one open in
            # Excel says so, with what to do)
            raise unreadable(exc, path) from exc
    return job


class ChooseFilePage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("Nothing is changed until you confirm the import on the last step."))
        form = QFormLayout(self)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("File format"))
        for fmt in FORMATS:
            self.format.addItem(_format_label(fmt), fmt)
        form.addRow(self.tr("&Format:"), self.format)
        self.path, browse, label = self._file_row(form, self.tr("F&ile:"), self.tr("File to import"),
                                                  self.tr("Bro&wse…"), self.tr("Browse for the file"), self.browse)
        self.path.textChanged.connect(self.fit_format)
        # the format changed by the file itself is said, on the page and aloud: the list changed out of sight
        self.format_note = QLabel()
        self.format_note.setWordWrap(True)
        self.format_note.hide()
        form.addRow("", self.format_note)
        # SLiMS exports its copies in a second file: both go in as one import (each copy written once)
        self.items_path, items_browse, self.items_label = self._file_row(
            form, self.tr("I&tem file (copies):"), self.tr("SLiMS item file (copies), optional"), self.tr("B&rowse…"),
            self.tr("Browse for the SLiMS item file"), self.browse_items)
        self.items_path.setPlaceholderText(self.tr("senayan_item_export.csv — optional"))
        self.items_hint = QLabel(self.tr("SLiMS writes the copies in a second export (Bibliography → Item Export). "
                                         "Choose it here and both files come in together, each copy with its "
                                         "details."))
        self.items_hint.setWordWrap(True)
        form.addRow("", self.items_hint)
        self.items_widgets = (self.items_label, self.items_path, items_browse, self.items_hint)
        # SLiMS keeps its covers beside its database, in images/docs: copied along, they come in too
        self.pictures_path, pictures_browse, pictures_label = self._file_row(
            form, self.tr("Co&ver pictures folder:"), self.tr("Folder of SLiMS's cover pictures, optional"),
            self.tr("Choose fol&der…"), self.tr("Choose the folder of SLiMS's cover pictures"), self.browse_pictures)
        self.pictures_path.setPlaceholderText(self.tr("SLiMS's images folder (or images/docs) — optional"))
        self.pictures_hint = QLabel(self.tr("Copy the images folder from the SLiMS computer (in the SLiMS folder) "
                                            "and choose it here: each book gets the cover SLiMS showed."))
        self.pictures_hint.setWordWrap(True)
        form.addRow("", self.pictures_hint)
        self.pictures_widgets = (pictures_label, self.pictures_path, pictures_browse, self.pictures_hint)
        # and the files attached to its records (PDF, EPUB), in its repository folder: onto the digital shelf
        self.repository_path, repository_browse, repository_label = self._file_row(
            form, self.tr("&Attached files folder:"), self.tr("Folder of the old system's attached files, optional"),
            self.tr("Choo&se folder…"), self.tr("Choose the folder of the attached files"), self.browse_repository)
        self.repository_widgets = (repository_label, self.repository_path, repository_browse)
        self.format.currentIndexChanged.connect(self.show_items_row)
        self.format.activated.connect(self.format_note.hide)  # the librarian's own choice: the note is past
        self.show_items_row()
        self.database: str | None = None  # the library chosen of a server's backup of several (validatePage)
        self.surveying = False  # a backup's survey runs (validatePage)
        self.detecting = False  # the file's format is being told (fit_format)
        self.problem = ""  # why the chosen file is no file of records (fit_format)

    def _file_row(self, form: QFormLayout, label_text: str, name: str, browse_text: str, browse_name: str,
                  browse: Callable[[], None]) -> tuple[QLineEdit, QPushButton, QLabel]:
        row = QHBoxLayout()
        path = QLineEdit()
        path.setAccessibleName(name)
        path.textChanged.connect(self.completeChanged)
        button = QPushButton(browse_text)
        button.setAccessibleName(browse_name)
        button.clicked.connect(browse)
        row.addWidget(path, 1)
        row.addWidget(button)
        label = QLabel(label_text)
        label.setBuddy(path)
        form.addRow(label, row)
        return path, button, label

    def show_items_row(self) -> None:
        pair = self.format.currentData() == "slims-biblio"
        for widget in self.items_widgets:
            widget.setVisible(pair)
        for widget in self.pictures_widgets:
            widget.setVisible(self.format.currentData() in PICTURE_FORMATS)
        for widget in self.repository_widgets:
            widget.setVisible(self.format.currentData() in REPOSITORY_FORMATS)
        self.repository_path.setPlaceholderText(
            self.tr("INLISLite's uploaded_files folder — optional") if self.format.currentData() == "inlislite-sql"
            else self.tr("SLiMS's repository folder — optional"))
        self.completeChanged.emit()

    def browse(self) -> None:
        fmt = self.format.currentData()
        filters = self.tr("Files ({patterns})").format(patterns=FILTERS[fmt]) + ";;" + self.tr("All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file"), "", filters)
        if path:
            self.path.setText(path)

    def fit_format(self) -> None:
        """A chosen file that cannot be read in the chosen format (an Excel sheet while "SLiMS CSV" is
        still selected) switches the format to the one its first bytes say; a document or a picture chosen by
        mistake is said at once, and Next waits for another file. Told on a worker thread (``format_of``)."""
        if self.detecting:
            return  # the file named meanwhile is told when the one under way is
        self.detecting = True
        try:
            told = None
            while told != self.path.text().strip():
                told = self.path.text().strip()
                self._tell_format(told)
        finally:
            self.detecting = False
        self.completeChanged.emit()

    def _tell_format(self, path: str) -> None:
        self.problem = ""
        self.format_note.hide()
        if not Path(path).is_file():
            return
        try:
            fitting = wait_for(self, self.tr("Looking at the file to tell its format"),
                               format_of(path, self.format.currentData()))
        except Cancelled:
            return  # the format stays as chosen: the preview reads the file so, and says if it cannot
        except PustakaError as exc:
            self.problem = error_text(exc)
            self._say(self.problem)
            return
        if fitting != self.format.currentData():
            self.format.setCurrentIndex(self.format.findData(fitting))
            self._say(self.tr("Format changed to “{format}” to fit this file.").format(format=self.format.currentText()))

    def _say(self, text: str) -> None:
        """Under the file field and aloud: the focus is in the file field, the list changed out of sight."""
        self.format_note.setText(text)
        self.format_note.show()
        announce(self.format_note, text)

    def browse_items(self) -> None:
        folder = str(Path(self.path.text().strip()).parent) if self.path.text().strip() else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the SLiMS item file"), folder,
                                              self.tr("Files ({patterns})").format(patterns=FILTERS["slims-item"]))
        if path:
            self.items_path.setText(path)

    def items(self) -> str:
        """The SLiMS item file to import with the bibliography ('' for none, or another format)."""
        return self.items_path.text().strip() if self.format.currentData() == "slims-biblio" else ""

    def _browse_folder(self, edit: QLineEdit, title: str) -> None:
        """A folder chosen into ``edit``, starting beside the chosen file (SLiMS's folders travel with it)."""
        start = str(Path(self.path.text().strip()).parent) if self.path.text().strip() else None
        folder = choose_folder(self, title, start)
        if folder:
            edit.setText(folder)

    def browse_pictures(self) -> None:
        self._browse_folder(self.pictures_path, self.tr("Choose the folder of SLiMS's cover pictures"))

    def pictures(self) -> str:
        """The folder of the covers the file names ('' for none, or a format without pictures)."""
        return self.pictures_path.text().strip() if self.format.currentData() in PICTURE_FORMATS else ""

    def browse_repository(self) -> None:
        self._browse_folder(self.repository_path, self.tr("Choose INLISLite's uploaded_files folder")
                            if self.format.currentData() == "inlislite-sql" else
                            self.tr("Choose SLiMS's repository folder"))

    def repository(self) -> str:
        """The old system's folder of attached files, with its backup ('' for none)."""
        return self.repository_path.text().strip() if self.format.currentData() in REPOSITORY_FORMATS else ""

    def validatePage(self) -> bool:  # noqa: N802
        """Next, with a server's backup that holds several SLiMS libraries: the librarian picks one before
        anything is read from it; Cancel stays on this page. The survey runs on a worker thread (a district's
        backup is hundreds of MB: the window stays alive, shows how far it is, and Cancel stays on this page
        too); the preview and the import reuse it."""
        if self.surveying or self.detecting:
            return False  # Next again before the survey's (or the format's) progress showed: it is on its way
        before, self.database = self.database, None
        if self.format.currentData() != "slims-sql":
            return True
        path = self.path.text().strip()
        self.surveying = True
        try:
            libraries = libraries_of(self, path)
        except PustakaError:
            return True  # the preview says what is wrong with the file
        finally:
            self.surveying = False
        if libraries is None or not self.isVisible():
            return False  # cancelled (or the wizard closed meanwhile)
        if len(libraries) < 2:
            return True
        self.database = ask_database(self, path, libraries, before)
        return self.database is not None

    def isComplete(self) -> bool:  # noqa: N802
        return (Path(self.path.text().strip()).is_file() and not self.problem and (not self.items() or Path(self.items()).is_file())
                and all(not folder or Path(folder).is_dir() for folder in (self.pictures(), self.repository())))


CHECK_SHOWN = 1000  # fields to check listed on the check page (a big move-in flags thousands: the list has them all)


class ReportPage(QWizardPage):
    """The dry run: what would be added, updated, skipped, every bad row, and the fields it would flag."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check before importing"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # what the check found (and its notices: a number merged down, a sheet left out) is read with the
        # keyboard too, before the table of left-out rows
        readable(self.summary, True)
        layout.addWidget(self.summary)
        self.bad = QTableWidget(0, 3)
        self.bad.setAccessibleName(self.tr("Rows that will be left out, and fields to check afterwards"))
        self.bad.setHorizontalHeaderLabels([self.tr("File"), self.tr("Row"), self.tr("What happens to it")])
        for column in (0, 1):  # the whole file name (two files: which one) and "Lembar 2020, baris 3"
            self.bad.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.bad.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.bad.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        release_tab(self.bad)
        layout.addWidget(self.bad, 1)
        self.plan: importer.ImportPlan | None = None  # the (first) file's
        self.plans: list[importer.ImportPlan] = []

    def initializePage(self) -> None:  # noqa: N802
        self.plan, self.plans = None, []
        self.summary.setText(self.tr("Checking the files…") if self.wiz.items() else self.tr("Checking the file…"))
        self.bad.setRowCount(0)
        self.completeChanged.emit()
        run_job(self, self.tr("Checking the file"), self.wiz.import_job(dry_run=True), self.show_plans, self.failed)

    def failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_plans(self, plans: list[importer.ImportPlan]) -> None:
        self.plans = plans
        self.plan = plans[0]
        self.summary.setText(describe_all(plans))
        lines = [(Path(plan.path).name, bad.where(translate),  # ("sheet 2020, row 14" in a workbook)
                  self.tr("Left out: {why}").format(why=bad.message(translate)))
                 for plan in plans for bad in (*plan.bad, *plan.left_out)]
        lines += self.to_check(plans)
        self.bad.setColumnHidden(0, len(plans) < 2)  # which file, when there are two
        self.bad.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for column, text in enumerate(line):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # (a long reason is cut in its cell)
                self.bad.setItem(r, column, item)
        if len(lines) <= 2 * CHECK_SHOWN:  # (each line whole; not for the 100,000 rows of a wrong file)
            self.bad.resizeRowsToContents()
        self.completeChanged.emit()
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)  # the result is read first (not the empty table)

    def to_check(self, plans: list[importer.ImportPlan]) -> list[tuple[str, str, str]]:
        """The fields the import will keep as written for the review list, by row (the first ``CHECK_SHOWN``): what
        the librarian may rather correct in her file before importing it."""
        flagged = [(plan, entry) for plan in plans for entry in sorted(plan.to_review or [], key=lambda e: e.row)]
        lines = [(Path(plan.path).name, BadRow(entry.row, "", sheet=entry.sheet).where(translate) if entry.row else "",
                  self.tr("To check afterwards (Perlu diperiksa): {title}: {why}").format(
                      title=entry.title, why=entry.message(translate)))
                 for plan, entry in flagged[:CHECK_SHOWN]]
        if len(flagged) > CHECK_SHOWN:
            lines.append(("", "", self.tr("… and {count} more, on the Perlu diperiksa list after the import.").format(
                count=Count(len(flagged) - CHECK_SHOWN))))
        return lines

    def isComplete(self) -> bool:  # noqa: N802
        return any(plan.changes > 0 for plan in self.plans)


def describe(plan: importer.ImportPlan) -> str:
    # (before the import what will be, after it what was: "Cantuman: 6 ditambah" over the check's Import button read
    # as done, and "Records: 6 to add" under "Last import" as not yet)
    records_line = _counted(plan, QT_TRANSLATE_NOOP("ImportWizard", "Records: {add} added, {update} updated, {skip} "
                                                                 "already the same."),
                         QT_TRANSLATE_NOOP("ImportWizard", "Records: {add} to add, {update} to update, {skip} "
                                                           "already the same."),
                         add=plan.records_add, update=plan.records_update, skip=plan.records_skip)
    if plan.lists_copies:  # a file of copies: said in copies (INLISLite's copy report may also bring their records)
        came = [_counted(plan, QT_TRANSLATE_NOOP("ImportWizard", "{came} of {read} copies came in."),
                      QT_TRANSLATE_NOOP("ImportWizard", "{came} of {read} copies can come in."),
                      came=plan.copies_in, read=plan.copies_in + len(plan.bad) + len(plan.left_out)),
                *([] if plan.format in COPY_FORMATS else [records_line])]
    else:
        # a file of one row per record: two rows describing one book came in as one record (flagged), and the
        # count starts from the file's rows, the number SLiMS said it exported, not from the records they made
        joined = plan.rows - plan.records_in - len(plan.bad) if plan.format in ONE_ROW_PER_RECORD else 0
        came = [_counted(plan, QT_TRANSLATE_NOOP("ImportWizard", "{came} of {read} records came in."),
                      QT_TRANSLATE_NOOP("ImportWizard", "{came} of {read} records can come in."),
                      came=plan.records_in, read=plan.records_in + max(joined, 0) + len(plan.bad)),
            *([QCoreApplication.translate(
                "ImportWizard", "Rows describing the same book as an earlier row, taken as its record with their "
                                "copies (Perlu diperiksa): {count}.").format(count=joined)] if joined > 0 else []),
            records_line]
    return "\n".join([
        *came,
        *copies_lines(plan),
        *([QCoreApplication.translate(
            "ImportWizard", "Records and copies changed here since they came in, left as they are here (the "
                            "file's values are not taken; where they differ: Perlu diperiksa): {count}.").format(
            count=plan.kept_here)] if plan.kept_here else []),
        QCoreApplication.translate("ImportWizard", "Rows left out: {count}.").format(count=Count(len(plan.bad))),
        *([QCoreApplication.translate("ImportWizard", "Copies left out (their records came in): {count}.").format(
            count=len(plan.left_out))] if plan.left_out else []),
        QCoreApplication.translate(
            "ImportWizard", "Fields kept as written, to check afterwards (Perlu diperiksa): {flags} in {rows} "
                            "rows.").format(flags=Count(plan.flags), rows=Count(plan.flagged_rows)) if plan.flags
        else QCoreApplication.translate("ImportWizard", "Fields kept as written, to check afterwards (Perlu "
                                                        "diperiksa): none."),
        *(notice.line(translate) for notice in plan.notices),
        *([_counted(plan, QT_TRANSLATE_NOOP(
            "ImportWizard", "Copies given a new barcode of this library (the file has none for them): {count}. Stick "
                            "labels on their books before they are lent: Print → Labels → “New barcodes from an "
                            "import”."), QT_TRANSLATE_NOOP(
            "ImportWizard", "Copies to get a new barcode of this library (the file has none for them): {count}. Their "
                            "books will need labels before they can be lent."),
            count=plan.barcodes_given)] if plan.barcodes_given else []),
        *after_import(plan),
    ])


def _counted(plan: importer.ImportPlan, done: str, check: str, **counts: int) -> str:
    """A count of what the import did (``done``), or, on the check before it, of what it will do (``check``): "400 dari
    400 judul berhasil masuk" over the check's Import button read as done, and a volunteer closed the wizard with
    nothing imported."""
    return QCoreApplication.translate("ImportWizard", check if plan.dry_run else done).format(
        **{name: Count(value) for name, value in counts.items()})  # ("2.000 dari 2.000 judul", as the CLI says it)


def copies_lines(plan: importer.ImportPlan) -> list[str]:
    """What came of the copies. The item file of a two-file import gives its details to the copies the records file
    listed: that count comes first, and the others (the file's own copies) only when there are any, so no
    "Copies: 0 to add" stands under "6392 of 6401 copies came in" as if none had."""
    counts = {"add": plan.items_add, "update": plan.items_update, "skip": plan.items_skip}
    if not plan.items_detailed:
        return [_counted(plan, QT_TRANSLATE_NOOP("ImportWizard", "Copies: {add} added, {update} updated, {skip} already "
                                                              "the same."),
                      QT_TRANSLATE_NOOP("ImportWizard", "Copies: {add} to add, {update} to update, {skip} already "
                                                        "the same."), **counts)]
    detailed = QCoreApplication.translate(
        "ImportWizard", "Copies the records file listed, with their details from this file: {count}.").format(
        count=Count(plan.items_detailed))
    if not any(counts.values()):
        return [detailed]
    return [detailed, _counted(plan, QT_TRANSLATE_NOOP("ImportWizard", "Other copies in this file: {add} added, {update} "
                                                                    "updated, {skip} already the same."),
                            QT_TRANSLATE_NOOP("ImportWizard", "Other copies in this file: {add} to add, {update} to "
                                                              "update, {skip} already the same."), **counts)]


def after_import(plan: importer.ImportPlan) -> list[str]:
    """What came of the pictures and attached files that come in after the records (each a line)."""
    return [*(plan.covers.notes(translate, "covers") if plan.covers is not None else []),
            *(plan.shelf.notes(translate) if plan.shelf is not None else [])]


def describe_all(plans: list[importer.ImportPlan]) -> str:
    """``describe`` of one file, or of each file of a two-file import under its name."""
    if len(plans) == 1:
        return describe(plans[0])
    parts = (QCoreApplication.translate("ImportWizard", "records"), QCoreApplication.translate("ImportWizard", "copies"))
    return "\n\n".join(f"{Path(plan.path).name} ({part})\n{describe(plan)}"
                       for plan, part in zip(plans, parts, strict=False))


class ImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_plan: importer.ImportPlan | None = None  # the (first) file's
        self.result_plans: list[importer.ImportPlan] = []
        self.review_dialog: ReviewDialog | None = None
        self.setWindowTitle(self.tr("Import a catalogue file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.choose = ChooseFilePage(self)
        self.preview = PreviewPage(self)
        self.report = ReportPage(self)
        for page in (self.choose, self.preview, self.report):
            self.addPage(page)
        fit_to_screen(self, *WIZARD_SIZE)

    def validateCurrentPage(self) -> bool:  # noqa: N802
        """Next on the first step reads the preview's first rows before the preview shows (in the background:
        ``PreviewPage.read``); Cancel stays on the first step, as the backup's survey does."""
        if self.preview.reading:
            return False  # Next again before the reading's progress showed: it is on its way
        if not super().validateCurrentPage():
            return False
        return self.currentPage() is not self.choose or self.preview.read()

    def fmt(self) -> str:
        return self.choose.format.currentData()

    def path(self) -> str:
        return self.choose.path.text().strip()

    def mapping(self) -> dict[str, str] | None:
        return self.preview.mapping()

    def items(self) -> str:
        return self.choose.items()

    def pictures(self) -> str | None:
        return self.choose.pictures() or None

    def repository(self) -> str | None:
        return self.choose.repository() or None

    def database(self) -> str | None:
        """The SLiMS library chosen of a server's backup of several (None: the file holds one)."""
        return self.choose.database if self.fmt() == "slims-sql" else None

    def import_job(self, dry_run: bool) -> Callable[[Any, Any], list[importer.ImportPlan]]:
        """The import (or its dry run) of what was chosen, as a job for a worker thread: one file, or a
        SLiMS bibliography with its item file as one import. The choices are read now, on the GUI thread."""
        lib, user, fmt, path, items, mapping, pictures, repository, database = (
            self.ctx.lib, self.ctx.user, self.fmt(), self.path(), self.items(), self.mapping(), self.pictures(),
            self.repository(), self.database())

        def job(progress, cancel) -> list[importer.ImportPlan]:
            # (the check lists the fields the import would flag: ``ReportPage.to_check``)
            if items:
                return list(importer.import_slims(lib, user, path, items, dry_run=dry_run, progress=progress,
                                                  cancel=cancel, pictures=pictures, review=dry_run))
            if fmt == "slims-sql":  # a backup holds the catalogue and its copies
                return list(importer.import_slims_backup(lib, user, path, dry_run=dry_run, progress=progress,
                                                         cancel=cancel, pictures=pictures, repository=repository,
                                                         database=database, review=dry_run))
            if fmt == "inlislite-sql":  # (and its digital content, from the folder copied beside it)
                return [importer.import_inlislite_backup(lib, user, path, dry_run=dry_run, progress=progress,
                                                         cancel=cancel, repository=repository, review=dry_run)]
            return [importer.import_file(lib, user, fmt, path, mapping=mapping, dry_run=dry_run, progress=progress,
                                         cancel=cancel, pictures=pictures, review=dry_run)]
        return job

    def accept(self) -> None:
        ctx = self.ctx

        def done(plans: list[importer.ImportPlan]) -> None:
            self.result_plans = plans
            self.result_plan = plans[0]
            ctx.events.catalog_changed.emit()
            QWizard.accept(self)
            said = [line for plan in plans for line in after_import(plan)]
            if said:  # what came of the pictures and files is only known now: the check only looked for them
                info(self.parentWidget(), self.tr("Pictures and files"), "\n".join(said))
            if any(plan.flags for plan in plans):  # what the import kept as written: check it now
                self.review_dialog = open_review(ctx, self.parentWidget())

        run_import(self, self.tr("Importing"), self.import_job(dry_run=False), done)
