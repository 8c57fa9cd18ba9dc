"""The Import & Export page: bring a catalogue in from SLiMS, MARC or a spreadsheet (through the
import wizard), and save the catalogue in those formats so a library can move on or go back; the
members the same way (SLiMS's members CSV, INLISLite's member report, a list kept in Excel); and from a
SLiMS database backup, its loans, fines and visitor book; the visitor book and activities kept in Excel before the
move (``visit_sheets``). A server's backup that holds several SLiMS libraries
asks which one (``dialogs.slims_database``); moving in goes on with the one chosen for the catalogue."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ...core.catalog import covers, review
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.interop import (
    loan_lists,
    marc_writer,
    member_import,
    slims,
    slims_history,
    slims_members,
    spreadsheet,
    visit_sheets,
)
from ..context import AppContext
from ..dialogs.slims_database import with_database
from ..dialogs.undo_import import UndoImportDialog
from ..import_wizard import ImportWizard, describe_all
from ..review_list import open_review
from ..widgets.actions import choose_folder, open_file, save_file
from ..widgets.forms import arrange, button, choice_box, label_for, outcome, section
from ..widgets.messages import confirm, info, translate
from ..workers import run_import, run_job
from .base import Page

# what a move from SLiMS's CSV exports still has to bring in (the loans need the copies and the members)
SLIMS_NEXT = QT_TRANSLATE_NOOP(
    "TransferPage", "Next steps of the move from SLiMS: the members, from SLiMS's members export (Import members…), "
                    "then the loans: those of a SLiMS database backup (Import history…) or of a loan notebook kept "
                    "in Excel (Import loans…).")
# said under an import's summary: a wrong file is taken back alone (dialogs.undo_import)
UNDO_HINT = QT_TRANSLATE_NOOP("TransferPage", "The wrong file? Undo an import… takes this import back; loans and "
                                              "returns made meanwhile stay.")
EXPORTS = ("slims-biblio", "slims-item", "marc", "marcxml", "xlsx")
ROWS_SHOWN = 12  # refused rows listed in the check before an import of members or history (the rest counted)
COVERS_FOLDER = "sampul"  # where an export to SLiMS puts the covers, beside the file
SUFFIX = {"slims-biblio": ".csv", "slims-item": ".csv", "marc": ".mrc", "marcxml": ".xml", "xlsx": ".xlsx"}


class TransferPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)

        box, inner = section(self.tr("Import"), self.tr(
            "Bring records and copies in from SLiMS (bibliography and item CSV files, or its database backup .sql), "
            "INLISLite (its catalogue report, Buku Induk, copy report, MARC export or database backup .sql), MARC 21 or "
            "MARCXML, or a "
            "spreadsheet such as a buku induk kept in Excel. You see a preview and a check of every row before "
            "anything is saved; importing the same file again adds nothing twice."))
        self.import_button = button(self.tr("&Import a file…"), self.tr("Import a catalogue file"), self.open_wizard)
        self.review_button = button("", self.tr("Open the list of imported fields to check"), self.open_review)
        self.last_import = outcome()
        # the copies the last import gave this library's barcodes: their books need labels before they are lent
        self.new_labels_button = button(self.tr("Print labels for the &new barcodes…"), self.tr(
            "Print the labels of the copies the import gave new barcodes"), self.print_new_labels)
        self.new_labels_button.hide()
        # a file imported by mistake is taken back alone, keeping what the desk did since (dialogs.undo_import)
        self.undo_import_button = button(self.tr("&Undo an import…"), self.tr(
            "Take back an import made by mistake: what it added is removed, what it changed put back"),
            self.open_undo_import)
        self.undo_import_button.setEnabled(ctx.allowed("audit.view"))
        arrange(inner, self.import_button, self.review_button, self.last_import, self.new_labels_button,
                self.undo_import_button)
        ctx.events.catalog_changed.connect(self.show_review_count)
        self.show_review_count()
        layout.addWidget(box)

        box, inner = section(self.tr("Export"), self.tr(
            "Save the whole catalogue as a file for SLiMS (first the bibliography file, then the item file), "
            "as MARC for other library systems, or as an Excel sheet (one row per copy)."))
        self.export_format = choice_box(self.tr("Export format"), [
            (self.tr("SLiMS bibliography CSV"), "slims-biblio"), (self.tr("SLiMS item (copies) CSV"), "slims-item"),
            (self.tr("MARC 21 (ISO 2709, .mrc)"), "marc"), (self.tr("MARCXML (.xml)"), "marcxml"),
            (self.tr("Excel spreadsheet (.xlsx)"), "xlsx")])
        self.export_button = button(self.tr("&Export…"), self.tr("Export the catalogue"), self.choose_export)
        self.export_button.setEnabled(ctx.allowed("catalog.export"))
        inner.addLayout(arrange(QHBoxLayout(), label_for(self.tr("&Format:"), self.export_format),
                                (self.export_format, 1), self.export_button))
        layout.addWidget(box)

        box, inner = section(self.tr("Members"), self.tr(
            "Bring members in from SLiMS (its members CSV or database backup), from INLISLite (its member report or "
            "database backup), or from a list kept in Excel (Nama, No. Anggota, L/P, Alamat, No. HP…; a list without card numbers gets "
            "new ones). You see what would change before anything is saved. Export writes SLiMS's members CSV: "
            "the RT/RW and village at the end of the address, occupation, education and guardian in the notes, "
            "and they come back into their fields when the file is imported."))
        self.members_import_button = button(self.tr("Import &members…"), self.tr("Import a member list"),
                                            self.choose_members_import)
        self.members_import_button.setEnabled(ctx.allowed("members.import"))
        self.members_export_button = button(self.tr("Export mem&bers…"), self.tr("Export the members as SLiMS CSV"),
                                            self.choose_members_export)
        self.members_export_button.setEnabled(ctx.allowed("members.export"))
        self.last_members_import = outcome()
        row = arrange(QHBoxLayout(), self.members_import_button, self.members_export_button)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addWidget(self.last_members_import)
        layout.addWidget(box)

        box, inner = section(self.tr("Loans, fines and visitor book"), self.tr(
            "From SLiMS's database backup: the books still out (with their due dates), past loans, fines owed and "
            "paid, the visitor book, reservations and holidays, so the desk and this year's reports carry on. From "
            "INLISLite (its loan report or database backup) or a loan notebook kept in Excel: the books still out and "
            "the loans returned before the move. Import the catalogue and the members first. The visitor book and "
            "activities kept in Excel (or INLISLite's Laporan Buku Tamu or database backup) before the move: the "
            "months before it, for this year's reports."))
        self.history_import_button = button(self.tr("Import hi&story…"),
                                            self.tr("Import the loans, fines and visitor book of a SLiMS backup"),
                                            self.choose_history_import)
        self.history_import_button.setEnabled(ctx.allowed("circulation.import"))
        self.loans_import_button = button(self.tr("Import &loans (INLISLite, Excel)…"), self.tr(
            "The loans of INLISLite's loan report (Laporan Peminjaman) or database backup, or a loan notebook kept in "
            "Excel (Tgl Pinjam, "
            "Nama Peminjam or No. Anggota, Judul Buku or Kode Buku, Tgl Kembali, Tgl Dikembalikan, Ket.): the books "
            "still out on the day of the move, and the loans returned before it, so this year's reports count "
            "them. Import the catalogue and the members first."), self.choose_loans_import)
        self.loans_import_button.setEnabled(ctx.allowed("circulation.import"))
        self.visits_import_button = button(self.tr("Import &visitor book and activities…"), self.tr(
            "The visitor book kept before the move (a buku tamu copied into Excel: Tanggal, Nama, Alamat, L/P, Umur, "
            "Pekerjaan, Keperluan; or a day's counts: Tanggal, Laki-laki, Perempuan, Jumlah; or INLISLite's Laporan "
            "Buku Tamu or database backup) and the activities (Tanggal, Nama Kegiatan, Jumlah Peserta, Mitra), so this year's reports "
            "count the months before the move. Nobody is made a member."), self.choose_visits_import)
        self.visits_import_button.setEnabled(ctx.allowed("visits.correct"))
        self.last_history_import = outcome()
        row = arrange(QHBoxLayout(), self.history_import_button, self.loans_import_button, self.visits_import_button)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addWidget(self.last_history_import)
        layout.addWidget(box)
        layout.addStretch(1)
        # where the last file imported was: the next file of the move (SLiMS's members export after its catalogue)
        # is beside it, on the same USB stick, and the file dialog opens there instead of the program's folder
        self.last_folder = ""

    def _chose(self, path: str) -> str:
        """``path`` as chosen; its folder is where the next file dialog opens."""
        if path:
            self.last_folder = str(Path(path).parent)
        return path

    def open_wizard(self) -> None:
        wizard = ImportWizard(self.ctx, self)
        if wizard.exec() and wizard.result_plans:
            self._chose(wizard.path())
            plans = wizard.result_plans
            slims_csv = wizard.fmt() == "slims-item" or (wizard.fmt() == "slims-biblio" and bool(wizard.items()))
            slims_csv = slims_csv and any(plan.brought_in for plan in plans)  # (its next steps: after its books)
            applied = any(plan.applied for plan in plans)
            undo = [self.tr(UNDO_HINT)] if applied and self.undo_import_button.isEnabled() else []
            self.last_import.setText("\n".join([self.tr("Last import:"), describe_all(plans),
                                                 *undo, *([self.tr(SLIMS_NEXT)] if slims_csv else [])]))
            self.new_labels_button.setVisible(any(plan.barcodes_given for plan in plans if plan.applied))
            if wizard.fmt() == "slims-sql":
                path, pictures, database = wizard.path(), wizard.pictures(), wizard.database()
                self.after_review(wizard.review_dialog, lambda: self.offer_the_rest_of(path, pictures, database))
            elif wizard.fmt() == "inlislite-sql" and any(plan.applied for plan in plans):
                path = wizard.path()
                self.after_review(wizard.review_dialog, lambda: self.offer_the_rest_of_inlislite(path))
            elif slims_csv:
                self.after_review(wizard.review_dialog, self.offer_members_after_csv)

    def with_undo_hint(self, summary: str) -> str:
        """An import's summary, and that a wrong file is taken back alone (loans, history, visitor book too)."""
        return "\n".join([summary, self.tr(UNDO_HINT)]) if self.undo_import_button.isEnabled() else summary

    def open_undo_import(self) -> None:
        dialog = UndoImportDialog(self.ctx, self)
        dialog.exec()
        if dialog.undone:
            self.last_import.setText("")
            self.last_history_import.setText("")  # (its summary may be of the import just undone)
            self.new_labels_button.hide()

    def print_new_labels(self) -> None:
        """The Print page, choosing the copies the imports gave this library's barcodes."""
        window = self.window()
        page = window.show_page("printing") if hasattr(window, "show_page") else None
        if page is None or not hasattr(page, "print_new_barcodes"):
            info(self, self.tr("Labels"), self.tr("Labels are printed on the Print page."))
            return
        page.print_new_barcodes()

    def offer_members_after_csv(self) -> None:
        """SLiMS's CSV exports hold the catalogue only: moving in goes on with its members export, then the loans
        (a backup's history, or a loan notebook), as after a SLiMS backup (``offer_the_rest_of``)."""
        if not self.ctx.allowed("members.import"):
            return
        if confirm(self, self.tr("Moving in from SLiMS"),
                   self.tr(SLIMS_NEXT) + "\n\n" + self.tr("Choose SLiMS's members export now?")):
            self.choose_members_import()

    @staticmethod
    def after_review(dialog, then: Callable[[], None]) -> None:
        """``then`` once the review list the import opened is closed (at once when none opened): one thing
        at a time, the question about the members never comes up over the list of fields to check."""
        if dialog is None or not dialog.isVisible():
            then()
        else:
            dialog.finished.connect(lambda _result: QTimer.singleShot(0, then))  # (once the list is gone)

    def offer_the_rest_of(self, backup: str, pictures: str | None = None, database: str | None = None) -> None:
        """A SLiMS backup holds more than the catalogue: moving in goes on with its members, then its loans,
        fines and visitor book, each with its own check first (the order matters: loans need both). Of a
        server's backup of several libraries, ``database``: the one whose catalogue came in (not asked again)."""
        if not (self.ctx.allowed("members.import") and self.ctx.allowed("circulation.import")):
            return
        if confirm(self, self.tr("Moving in from SLiMS"), self.tr(
                "The backup also holds the members, and the loans, fines and visitor book. Import the members now, "
                "then the history? You see what would change before each is saved.")):
            self.import_members(backup, then=lambda: self.import_history(backup, database), pictures=pictures,
                                database=database)

    def offer_the_rest_of_inlislite(self, backup: str) -> None:
        """INLISLite's backup holds its members and loans too: moving in goes on with them, each checked first (the
        members before the loans, which need them)."""
        if not (self.ctx.allowed("members.import") and self.ctx.allowed("circulation.import")):
            return
        if confirm(self, self.tr("Moving in from INLISLite"), self.tr(
                "The backup also holds the members, the loans and the visitor book. Import the members now, then "
                "the loans and the visitor book? You see what would change before each is saved.")):
            self.import_members(backup, then=lambda: self.import_loans(backup, then=lambda: self.import_visits(backup)))

    def show_review_count(self) -> None:
        count = review.open_count(self.ctx.lib)
        self.review_button.setText(self.tr("Needs &checking (Perlu diperiksa): {count}…").format(count=count))
        self.review_button.setEnabled(count > 0)

    def open_review(self) -> None:
        open_review(self.ctx, self, self.show_review_count)

    def choose_export(self) -> None:
        fmt = self.export_format.currentData()
        suffix = SUFFIX[fmt]
        default = {"slims-biblio": "slims-biblio.csv", "slims-item": "slims-item.csv"}.get(fmt, f"katalog{suffix}")
        path = save_file(self, self.tr("Export the catalogue"), default,
                         self.tr("Files ({patterns})").format(patterns=f"*{suffix}"), suffix)
        if path:
            self.export_to(fmt, path)

    def export_to(self, fmt: str, path: str) -> None:
        lib, user = self.ctx.lib, self.ctx.user
        pictures = None
        covered = covers.records_with_cover(lib) if fmt == "slims-biblio" else 0
        if covered and confirm(self, self.tr("Cover pictures"), self.tr(
                "{count} record(s) have a cover picture. Save the pictures too, in the folder “{folder}” beside the "
                "file? (Copy its files into SLiMS's images/docs folder.)").format(count=covered, folder=COVERS_FOLDER)):
            pictures = str(Path(path).parent / COVERS_FOLDER)

        def job(progress, cancelled):
            if fmt == "slims-biblio":
                return slims.export_biblio(lib, user, path, progress, cancelled, pictures=pictures)
            if fmt == "slims-item":
                return slims.export_items(lib, user, path, progress, cancelled)
            if fmt in ("marc", "marcxml"):
                return marc_writer.export_marc(lib, user, path, fmt == "marcxml", progress, cancelled)
            return spreadsheet.export_xlsx(lib, user, path, QCoreApplication.translate, progress, cancelled)

        run_job(self, self.tr("Exporting"), job,
                lambda count: info(self, self.tr("Exported"),
                                   self.tr("{count} rows saved to {path}.").format(count=count, path=path)))

    # -- members ----------------------------------------------------------------------------------

    def choose_members_import(self) -> None:
        filters = self.tr("Member lists ({patterns})").format(patterns="*.csv *.xlsx *.xls *.sql *.gz *.tar *.zip *.bz2 *.xz")
        path = self._chose(open_file(self, self.tr("Import a member list"), filters, self.last_folder))
        if path:  # (a server's backup of several SLiMS libraries: which one, first)
            with_database(self, path, lambda database: self.import_members(path, database=database))

    def import_members(self, path: str, then: Callable[[], None] | None = None, pictures: str | None = None,
                       database: str | None = None) -> None:
        """The dry run first, in the background; its counts and refused rows are shown, and only a
        'Yes' imports (one transaction, a backup before). ``then`` runs after, unless the librarian said No.
        A SLiMS file that names member photos asks for SLiMS's images folder first (``pictures``).
        ``database``: the SLiMS library to read of a server's backup of several."""
        lib, user = self.ctx.lib, self.ctx.user

        def photos_folder(plan) -> bool:
            """False when the import starts again with the photos' folder the librarian chose."""
            if pictures is not None or not plan.photo_files or not confirm(
                    self, self.tr("Member photos"), self.tr(
                        "The list names {count} member photos. SLiMS keeps them in its images folder "
                        "(images/persons): choose that folder to bring the photos in too?").format(
                        count=len(plan.photo_files))):
                return True
            folder = choose_folder(self, self.tr("Choose SLiMS's images folder"), str(Path(path).parent))
            if not folder:
                return True
            self.import_members(path, then, folder, database)
            return False

        def imported(plan) -> None:
            self.last_members_import.setText(self.members_summary(plan, dry_run=False))
            self.ctx.events.members_changed.emit()

        self.checked_import(
            self.tr("Checking the member list"), self.tr("Import members"), self.tr("Import these members now?"),
            self.tr("Importing members"),
            lambda dry_run, progress, cancel: member_import.import_members(
                lib, user, path, dry_run=dry_run, progress=progress, cancel=cancel, pictures=pictures,
                database=database),
            self.members_summary, imported, then, photos_folder)

    def checked_import(self, checking: str, title: str, question: str, importing: str,
                       job: Callable[[bool, Any, Any], Any], summary: Callable[[Any, bool], str],
                       imported: Callable[[Any], None], then: Callable[[], None] | None = None,
                       ready: Callable[[Any], bool] | None = None) -> None:
        """An import the librarian sees checked first: ``job(dry_run, progress, cancel)`` runs as a dry run
        in the background, ``summary`` of its plan is shown, and only a 'Yes' runs it for real (when the plan
        has ``changes``); ``then`` follows (also when there was nothing to change), unless the librarian
        said No. ``ready(plan)`` may stop it after the dry run (it started over with more to go on)."""
        def after(plan) -> None:
            imported(plan)
            if then is not None:
                then()

        def checked(plan) -> None:
            if ready is not None and not ready(plan):
                return
            if not plan.changes:
                info(self, title, summary(plan, True))
                if then is not None:
                    then()
            elif confirm(self, title, summary(plan, True) + "\n\n" + question):
                run_import(self, importing, lambda progress, cancelled: job(False, progress, cancelled), after)

        run_job(self, checking, lambda progress, cancelled: job(True, progress, cancelled), checked)

    # -- loans, fines and visits from a SLiMS backup ----------------------------------------------

    def choose_history_import(self) -> None:
        filters = self.tr("SLiMS database backups ({patterns})").format(patterns="*.sql *.gz *.tgz *.tar *.zip *.bz2 *.xz")
        path = self._chose(open_file(self, self.tr("Import the history of a SLiMS backup"), filters, self.last_folder))
        if path:  # (a server's backup of several SLiMS libraries: which one, first)
            with_database(self, path, lambda database: self.import_history(path, database))

    def import_history(self, path: str, database: str | None = None) -> None:
        """As the members: the dry run first, its counts and the rows left out; only a 'Yes' imports.
        ``database``: the SLiMS library to read of a server's backup of several."""
        lib, user = self.ctx.lib, self.ctx.user

        def imported(plan) -> None:
            self.last_history_import.setText(self.with_undo_hint(self.history_summary(plan, dry_run=False)))
            self.ctx.events.members_changed.emit()
            self.ctx.events.catalog_changed.emit()  # copies now on loan

        self.checked_import(
            self.tr("Checking the backup"), self.tr("Import history"), self.tr("Import this history now?"),
            self.tr("Importing the history"),
            lambda dry_run, progress, cancel: slims_history.import_history(
                lib, user, path, dry_run=dry_run, progress=progress, cancel=cancel, database=database),
            self.history_summary, imported)

    # -- the loans of INLISLite's loan report or a loan notebook: still out, and returned before the move ----

    def choose_loans_import(self) -> None:
        filters = self.tr("Loan lists and INLISLite backups ({patterns})").format(
            patterns="*.xlsx *.xls *.ods *.csv *.sql *.gz *.zip")  # (INLISLite's own backup: its loans too)
        path = self._chose(open_file(self, self.tr("Import loans (INLISLite, Excel)"), filters, self.last_folder))
        if path:
            self.import_loans(path)

    def import_loans(self, path: str, then: Callable[[], None] | None = None) -> None:
        """As the history: the dry run first, its counts and the rows left out; only a 'Yes' imports. ``then``
        follows, unless the librarian said No."""
        lib, user = self.ctx.lib, self.ctx.user

        def imported(plan) -> None:
            self.last_history_import.setText(self.with_undo_hint(self.loans_summary(plan, dry_run=False)))
            self.ctx.events.members_changed.emit()
            self.ctx.events.catalog_changed.emit()  # copies now on loan

        self.checked_import(
            self.tr("Checking the file"), self.tr("Import loans"), self.tr("Import these loans now?"),
            self.tr("Importing the loans"),
            lambda dry_run, progress, cancel: loan_lists.import_loans(
                lib, user, path, dry_run=dry_run, progress=progress, cancel=cancel),
            self.loans_summary, imported, then)

    # -- the visitor book and activities kept in Excel before the move -------------------------------

    def choose_visits_import(self) -> None:
        filters = self.tr("Spreadsheets and INLISLite backups ({patterns})").format(
            patterns="*.xlsx *.xls *.ods *.csv *.sql *.gz *.zip")  # (INLISLite's own backup: its visitor book too)
        path = self._chose(open_file(self, self.tr("Import the visitor book and activities"), filters, self.last_folder))
        if path:
            self.import_visits(path)

    def import_visits(self, path: str) -> None:
        """As the loans: the dry run first, its counts, what was odd and the rows left out; only a 'Yes' imports."""
        lib, user = self.ctx.lib, self.ctx.user

        def imported(plan) -> None:
            self.last_history_import.setText(self.with_undo_hint(self.visits_summary(plan, dry_run=False)))
            self.ctx.events.visits_changed.emit()
            self.ctx.events.programs_changed.emit()

        self.checked_import(
            self.tr("Checking the file"), self.tr("Import the visitor book"),
            self.tr("Import this visitor book and these activities now?"), self.tr("Importing the visitor book"),
            lambda dry_run, progress, cancel: visit_sheets.import_visit_book(
                lib, user, path, dry_run=dry_run, progress=progress, cancel=cancel),
            self.visits_summary, imported)

    def visits_summary(self, plan, dry_run: bool) -> str:
        acts = plan.activities
        counts = dict(visits=plan.visits, people=plan.people, sessions=acts.sessions, programmes=acts.programmes,
                      attendance=acts.attendance, unchanged=plan.unchanged + acts.unchanged, bad=plan.left_out,
                      file=Path(plan.path).name)
        text = (self.tr("{file}: {visits} line(s) of the visitor book ({people} people) and {sessions} session(s) of "
                        "{programmes} new activity(ies) with {attendance} attendance(s) to add; {unchanged} already "
                        "here; {bad} row(s) left out.")
                if dry_run else
                self.tr("{file}: {visits} line(s) of the visitor book ({people} people) and {sessions} session(s) of "
                        "{programmes} new activity(ies) with {attendance} attendance(s) added; {unchanged} already "
                        "here; {bad} row(s) left out."))
        notes = plan.notes(translate)
        shown = notes[:ROWS_SHOWN]
        if len(notes) > len(shown):  # (every flagged row is in pustaka-cli visits-import --dry-run)
            shown.append(self.tr("… and {count} more row(s) to check.").format(count=len(notes) - len(shown)))
        return "\n".join([text.format(**counts), *shown, *self.left_out(plan.bad)])

    def loans_summary(self, plan, dry_run: bool) -> str:
        counts = dict(out=plan.loans_out, returned=plan.returned, unchanged=plan.unchanged + plan.same_loan,
                      bad=plan.left_out, file=Path(plan.path).name)
        text = (self.tr("{file}: {out} loan(s) still out and {returned} returned loan(s) to add; {unchanged} already "
                        "here; {bad} row(s) left out.")
                if dry_run else
                self.tr("{file}: {out} loan(s) still out and {returned} returned loan(s) added; {unchanged} already "
                        "here; {bad} row(s) left out."))
        return "\n".join([text.format(**counts), *plan.notes(translate), *self.left_out(plan.bad)])

    def history_summary(self, plan, dry_run: bool) -> str:
        counts = dict(out=plan.loans_out, returned=plan.loans_returned, closed=plan.loans_closed, fines=plan.fines,
                      visits=plan.visits, unchanged=plan.unchanged, bad=plan.left_out, file=Path(plan.path).name)
        text = (self.tr("{file}: {out} loan(s) still out and {returned} returned loan(s) to add, {closed} to close; "
                        "{fines} fine line(s); {visits} visit(s); {unchanged} already here; {bad} row(s) left out.")
                if dry_run else
                self.tr("{file}: {out} loan(s) still out and {returned} returned loan(s) added, {closed} closed; "
                        "{fines} fine line(s); {visits} visit(s); {unchanged} already here; {bad} row(s) left out."))
        return "\n".join([text.format(**counts), *plan.notes(translate), *self.left_out(plan.bad)])

    def left_out(self, bad: list) -> list[str]:
        shown = bad[:ROWS_SHOWN]
        lines = [row.line(translate) for row in shown]
        if len(bad) > len(shown):
            lines.append(self.tr("… and {count} more refused row(s).").format(count=len(bad) - len(shown)))
        return lines

    def members_summary(self, plan, dry_run: bool) -> str:
        counts = dict(add=plan.add, update=plan.update, unchanged=plan.unchanged, bad=len(plan.bad),
                      file=Path(plan.path).name)
        text = (self.tr("{file}: {add} to add, {update} to update, {unchanged} unchanged, {bad} row(s) refused.")
                if dry_run else
                self.tr("{file}: {add} added, {update} updated, {unchanged} unchanged, {bad} row(s) refused."))
        return "\n".join([text.format(**counts), *plan.notes(translate), *self.left_out(plan.bad)])

    def choose_members_export(self) -> None:
        path = save_file(self, self.tr("Export the members"), "anggota-slims.csv",
                         self.tr("Files ({patterns})").format(patterns="*.csv"), ".csv")
        if not path:
            return
        lib, user = self.ctx.lib, self.ctx.user
        run_job(self, self.tr("Exporting"), lambda progress, cancelled: slims_members.export_members(lib, user, path),
                lambda count: info(self, self.tr("Exported"),
                                   self.tr("{count} member(s) saved to {path}.").format(count=count, path=path)))
