"""Stock-take (Inventarisasi): start (whole collection, a location or a DDC range), scan the shelves
with the same no-loss scan queue as the desk, or import a text file of barcodes, watch the progress (of the
whole and of the shelf being scanned, chosen above the scan box: a book from another shelf is named), finish:
the copies not seen, marked missing in one action, and a PDF report; or abandon a stock-take left half done.
After finishing, the librarian decides for the copies not seen, several selected rows at once: lost, found,
or keep looking. The last scans are listed again after the program was closed (or the power went), so the
volunteers see where they stopped; a scan typed while the keyboard is on the page's lists or buttons reaches
the scan box. Rules: core.stocktake and core.stocktake_tally. (The page's name is the window's heading.)
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import stocktake, stocktake_tally
from ...core.errors import PustakaError
from ...core.formatting import format_datetime, format_number
from ...core.printing import stocktake_report
from ...core.store.clock import local_today
from ...core.store.models import StockTake
from ..appearance import color
from ..context import AppContext
from ..desk_answers import failure_text
from ..widgets.a11y import keep_choices_whole
from ..widgets.actions import REFUSED, attempt, save_file
from ..widgets.forms import arrange, button, note, section
from ..widgets.item_dialog import status_name
from ..widgets.messages import confirm, error_text
from ..widgets.scan_box import ScanBox, SerialWorker
from ..widgets.sounds import DeskSounds
from ..widgets.tables import EXTENDED, KEY_ROLE, fill, read_only_table
from ..widgets.typing_to_scan_box import TypingToScanBox
from ..workers import run_job
from .base import Page

log = logging.getLogger(__name__)
SHOW_MISSING = 500  # rows of the not-seen list shown at once while scanning (the PDF has them all)
# After finishing, every copy not seen is listed (up to this many), so Ctrl+A and a decision reach them all: with 500
# shown, the 501st and later could be decided only from the command line, one barcode at a time.
SHOW_DECIDING = 20_000
HALF_DONE = 0.5  # finishing with fewer copies seen asks whether it should be abandoned instead


class StocktakePage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.session: StockTake | None = None
        self.shown: StockTake | None = None  # the session whose copies not seen the table lists
        self.answered = 0
        self._last_shelf = ""  # the shelf of the newest scan kept in the file, chosen again after a restart
        self.scans: dict[int, str] = {}  # ticket -> the code scanned, to say which scan a failed job lost
        self.worker = SerialWorker(ctx.lib)
        self.worker.finished_job.connect(self._scanned)
        self.worker.failed_job.connect(self._failed)
        self.destroyed.connect(self.worker.close)  # (stopped, then deleted by Qt)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.worker.stop)
        self.sounds = DeskSounds(self)

        self.state = note()
        self.state.setStyleSheet("font-size: 12pt;")

        # start
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Location (empty: everywhere)"))
        self.location.setPlaceholderText(self.tr("empty = the whole library"))
        shelves = QCompleter(stocktake.locations(ctx.lib), self.location)
        shelves.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.location.setCompleter(shelves)
        self.ddc_from = QLineEdit()
        self.ddc_from.setAccessibleName(self.tr("DDC from"))
        self.ddc_from.setPlaceholderText("300")
        self.ddc_to = QLineEdit()
        self.ddc_to.setAccessibleName(self.tr("DDC to"))
        self.ddc_to.setPlaceholderText("399")
        self.start_button = button(self.tr("&Start stock-take"), self.tr("Start stock-take"), self.start)
        self.start_box, form = section(self.tr("New stock-take"), layout=QFormLayout)
        form.addRow(self.tr("&Location / shelf:"), self.location)
        form.addRow(self.tr("DDC &from:"), self.ddc_from)
        form.addRow(self.tr("DDC &to:"), self.ddc_to)
        form.addRow("", self.start_button)

        # scanning
        self.scan_box = ScanBox(self, keep_focus=False)
        self.scan_box.setAccessibleName(self.tr("Shelf scan box"))
        self.scan_box.setPlaceholderText(self.tr("Scan each book on the shelf"))
        self.scan_box.scanned.connect(self.submit_scan)
        self.shelf = QComboBox()
        self.shelf.setAccessibleName(self.tr("Shelf being scanned"))
        self.shelf.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.shelf.activated.connect(self._shelf_chosen)
        self.shelf_count = QLabel()
        self.shelf_count.setAccessibleName(self.tr("Copies seen on this shelf"))
        shelf_row = QHBoxLayout()
        shelf_label = QLabel(self.tr("&Shelf being scanned:"))
        shelf_label.setBuddy(self.shelf)
        arrange(shelf_row, shelf_label, self.shelf, (self.shelf_count, 1))
        self.result = note()
        self.result.setAccessibleName(self.tr("Result of the last scan"))
        self.result.setMinimumHeight(48)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Stock-take progress"))
        self.progress.setFormat(self.tr("%v of %m copies seen"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent shelf scans"))
        self.recent.setMaximumHeight(140)
        self.import_button = button(self.tr("&Import barcodes from a text file…"),
                                    self.tr("Import barcodes from a text file"), self.import_file)
        self.mark = keep_choices_whole(QComboBox())  # ("tandai hilang dar" was cut: what Finish does must read whole)
        self.mark.setAccessibleName(self.tr("Mark copies not seen as"))
        self.mark.addItem(self.tr("mark them missing"), "missing")
        self.mark.addItem(self.tr("mark them lost"), "lost")
        self.mark.addItem(self.tr("do not mark them"), None)
        self.finish_button = button(self.tr("&Finish…"), self.tr("Finish the stock-take"), self.finish)
        self.abandon_button = button(self.tr("A&bandon…"), self.tr("Abandon the stock-take without marking anything"),
                                     self.abandon)
        actions = QHBoxLayout()
        arrange(actions, self.import_button, self.abandon_button)
        actions.addStretch()
        self.mark_label = QLabel(self.tr("Copies not seen:"))
        arrange(actions, self.mark_label, self.mark, self.finish_button)
        self.scan_group, scan_layout = section(self.tr("Scanning"))
        arrange(scan_layout, shelf_row, self.scan_box, self.result, self.progress, self.recent, actions)

        # copies not seen
        self.missing = read_only_table([self.tr("Barcode"), self.tr("Title"), self.tr("Call number"),
                                        self.tr("Location"), self.tr("Status")], self.tr("Copies not seen"),
                                       stretch=1, selection=EXTENDED)
        self.missing.itemSelectionChanged.connect(self._selection_changed)
        self.missing_label = QLabel()
        self.report_button = button(self.tr("Save PDF &report…"), self.tr("Save the stock-take report as PDF"),
                                    self.save_report)
        self.unlabelled_button = button(self.tr("Seen, &no label"),
                                        self.tr("The selected books are on the shelf but have no label to scan"),
                                        self.seen_without_label)
        self.unlabelled_button.setToolTip(self.tr("A book with no label (or one nobody can read): find its title in "
                                                  "this list, select it and press this. The report lists it for a "
                                                  "new label."))
        bottom = arrange(QHBoxLayout(), (self.missing_label, 1), self.unlabelled_button, self.report_button)
        self.decide_buttons = {
            "lost": button(self.tr("L&ost (write off)"), self.tr("Mark the selected copies lost"),
                           lambda: self.decide("lost")),
            "found": button(self.tr("Fo&und"), self.tr("The selected copies were found: back on the shelf"),
                            lambda: self.decide("found")),
            "missing": button(self.tr("&Keep looking"), self.tr("Keep looking for the selected copies (missing)"),
                              lambda: self.decide("missing")),
        }
        self.decided = note()
        self.decided.setAccessibleName(self.tr("What was decided"))
        self.decide_row = QWidget()
        arrange(QHBoxLayout(self.decide_row), QLabel(self.tr("Selected copies:")), *self.decide_buttons.values(),
                (self.decided, 1))
        self.decide_row.layout().setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.start_box)
        layout.addWidget(self.scan_group)
        layout.addLayout(bottom)
        layout.addWidget(self.missing, 1)
        layout.addWidget(self.decide_row)
        # A scanner types wherever the keyboard is: after a click on the lists, a button or the shelf choice, a
        # scan went into that control and was lost without a word. Typing there now goes to the scan box.
        self.typing_to_scan_box = TypingToScanBox(lambda: self.scan_box, self)
        self.typing_to_scan_box.watch(self.missing, self.recent, self.shelf, self.mark, self.progress,
                                      self.import_button, self.abandon_button, self.finish_button,
                                      self.report_button, self.unlabelled_button)
        self.reload()

    # -- state ------------------------------------------------------------------------------------

    def _scope_text(self, session: StockTake) -> str:
        parts = []
        if session.location:
            parts.append(self.tr("location {location}").format(location=session.location))
        if session.ddc_from or session.ddc_to:
            parts.append(self.tr("DDC {start}–{end}").format(start=session.ddc_from or "000", end=session.ddc_to or "999"))
        return ", ".join(parts) or self.tr("the whole library")

    def reload(self) -> None:
        lib = self.ctx.lib
        self.session = stocktake.open_session(lib)
        last = self.session or stocktake.last_finished(lib)
        manages = self.ctx.allowed("stocktake.manage")  # a volunteer scans; the librarian starts and ends
        self.start_box.setVisible(self.session is None and manages)
        self.scan_group.setVisible(self.session is not None)
        for control in (self.mark, self.mark_label, self.finish_button, self.abandon_button):
            control.setVisible(manages)
        self.unlabelled_button.setVisible(self.session is not None)
        if self.session is not None:
            started = format_datetime(self.session.started_at)
            self.state.setText(self.tr("Stock-take {number} of {scope}, started {date}. Scan every book on the "
                                       "shelves.").format(number=self.session.id, scope=self._scope_text(self.session),
                                                          date=started))
            days = stocktake.days_running(lib, self.session)
            if days > stocktake.LEFT_OPEN_DAYS:  # (last year's scans would count as seen now)
                self.state.setText(self.state.text() + "\n" + self.tr(
                    "It was started {days} days ago. If it was left unfinished, ask the librarian to abandon it and "
                    "start a new one: books scanned back then may have gone since.").format(days=days))
            if not self.recent.count():
                self._show_last_scans()
            self._fill_shelves()
            self._show_progress(stocktake.progress(lib, self.session))
            self.scan_box.setFocus()
        elif last is not None:
            done = format_datetime(last.finished_at) or "-"
            self.state.setText(self.tr("The last stock-take ({scope}) was finished on {date}.").format(
                scope=self._scope_text(last), date=done))
        elif manages:
            self.state.setText(self.tr("No stock-take yet. Choose what to check and press Start."))
        if self.session is None and not manages:
            self.state.setText(self.tr("No stock-take is running: the librarian starts one on this page."))
        self._show_missing(self.session or last)

    def _show_progress(self, prog: stocktake.Progress) -> None:
        self.progress.setMaximum(max(prog.expected, 1))
        self.progress.setValue(prog.seen)
        self._show_shelf_count()

    def _fill_shelves(self) -> None:
        """The shelves of the session's scope to choose from; the choice is kept across reloads, and after a
        restart it is the shelf of the last scan (where they stopped)."""
        chosen = self.shelf.currentData() if self.shelf.count() else self._last_shelf
        self.shelf.clear()
        self.shelf.addItem(self.tr("(not chosen)"), "")
        for location in stocktake.locations(self.ctx.lib):
            if not self.session.location or location == self.session.location:
                self.shelf.addItem(location, location)
        self.shelf.setCurrentIndex(max(0, self.shelf.findData(chosen)))

    def _shelf_chosen(self) -> None:
        self._show_shelf_count()
        self._show_missing(self.session)  # the copies still to look for on that shelf
        self.scan_box.setFocus()  # (the next book is scanned straight away)

    def _show_shelf_count(self) -> None:
        shelf = self.shelf.currentData()
        if self.session is None:
            return
        if not shelf:
            self.shelf_count.setText(self.tr("Choose the shelf you scan: its count shows here, and a book from another "
                                             "shelf is named."))
            return
        row = stocktake_tally.shelf_progress(self.ctx.lib, self.session, shelf)
        self.shelf_count.setText(self.tr("{shelf}: {seen} of {expected} seen, {missing} not yet.").format(
            shelf=shelf, seen=row.seen, expected=row.expected, missing=row.missing))

    def _show_last_scans(self) -> None:
        """After a restart (the evening, a power cut): the last scans kept in the file, newest first, so the
        volunteers see which book on which shelf they stopped at."""
        last = stocktake_tally.last_scans(self.ctx.lib, self.session, 20)
        self._last_shelf = last[0].shelf if last else ""
        for scan in last:
            where = f" · {scan.shelf}" if scan.shelf else ""
            self.recent.addItem(f"{format_datetime(scan.at)}{where} · {scan.title} ({scan.barcode})")

    def _show_missing(self, session: StockTake | None) -> None:
        self.report_button.setEnabled(session is not None)
        self.shown = session
        deciding = session is not None and session.finished_at is not None and self.ctx.allowed("stocktake.manage")
        self.decide_row.setVisible(deciding)
        if session is None:
            self.missing.setRowCount(0)
            self.missing_label.setText("")
            return
        shelf = (self.shelf.currentData() or "") if session.finished_at is None else ""
        limit = SHOW_MISSING if session.finished_at is None else SHOW_DECIDING
        rows = stocktake.not_seen(self.ctx.lib, session, 0, limit, location=shelf)
        fill(self.missing, [(copy.barcode, copy.title, copy.call_number, copy.location, status_name(copy.status))
                            for copy in rows], keys=[copy.barcode for copy in rows], fit=False)
        if shelf:
            text = self.tr("Not seen yet on {shelf} (first {count} shown; copies on loan are not expected):").format(
                shelf=shelf, count=len(rows))
        elif session.finished_at is None:
            text = self.tr("Not seen yet (first {count} shown; copies on loan are not expected):").format(
                count=len(rows))
        elif len(rows) < limit:  # (all of them: "the first 4580 shown" read as if more were hidden)
            text = self.tr("Not seen in this stock-take ({count} copies):").format(count=format_number(len(rows)))
        else:
            text = self.tr("Not seen in this stock-take (first {count} shown):").format(count=len(rows))
        made = stocktake.decisions(session) if session.finished_at is not None else {}
        if any(made.values()):
            text += " " + self.tr("Decided since: {lost} lost, {found} found, {missing} still looked for.").format(
                **made)
        self.missing_label.setText(text)
        self._selection_changed()

    def _selected_barcodes(self) -> list[str]:
        rows = sorted(index.row() for index in self.missing.selectionModel().selectedRows())
        return [self.missing.item(row, 0).data(KEY_ROLE) for row in rows]

    def _selection_changed(self) -> None:
        chosen = bool(self.missing.selectionModel().selectedRows())
        self.unlabelled_button.setEnabled(chosen)
        for push in self.decide_buttons.values():
            push.setEnabled(chosen)

    def decide(self, decision: str) -> None:
        """The librarian's decision for the selected copies not seen; they stay selected with their new
        status, so a wrong press is undone at once (Keep looking puts them back to missing)."""
        barcodes = self._selected_barcodes()
        if self.shown is None or not barcodes:
            return
        result = attempt(self, stocktake.decide, self.ctx.lib, self.ctx.user, self.shown, barcodes, decision)
        if result is REFUSED:
            return
        self.ctx.events.catalog_changed.emit()
        self.reload()
        self._select(barcodes)
        self.decided.setText(self._decided_text(decision, result))

    def _decided_text(self, decision: str, result: stocktake.Decided) -> str:
        count = len(result.changed) + len(result.already)
        lines = [{"lost": self.tr("{count} copies written off as lost."),
                  "found": self.tr("{count} copies found: back in the catalogue."),
                  "missing": self.tr("{count} copies still missing: keep looking.")}[decision].format(count=count)]
        lines += [self.tr("{barcode} is {status} now: left as it is.").format(barcode=barcode,
                                                                            status=status_name(status).lower())
                  for barcode, status in result.skipped]
        return "\n".join(lines)

    def _select(self, barcodes: list[str]) -> None:
        wanted = set(barcodes)
        rows = [row for row in range(self.missing.rowCount()) if self.missing.item(row, 0).data(KEY_ROLE) in wanted]
        if not rows:
            return
        flags = QItemSelectionModel.SelectionFlag
        self.missing.setCurrentCell(rows[0], 0, flags.ClearAndSelect | flags.Rows)
        for row in rows[1:]:
            self.missing.selectionModel().select(self.missing.model().index(row, 0), flags.Select | flags.Rows)
        self.missing.setFocus()  # the keyboard goes on down the list

    # -- actions ----------------------------------------------------------------------------------

    def start(self) -> None:
        if attempt(self, stocktake.start, self.ctx.lib, self.ctx.user, self.location.text(), self.ddc_from.text(),
                   self.ddc_to.text()) is REFUSED:
            return
        self.recent.clear()
        self.shelf.clear()  # (a new stock-take: no shelf from the last one)
        self.reload()

    def submit_scan(self, code: str) -> None:
        if self.session is not None:
            shelf = self.shelf.currentData() or ""
            self.scans[self.worker.submit(self._scan_job, self.session, code, shelf)] = code

    def _scan_job(self, session: StockTake, code: str, shelf: str = ""):
        """On the worker thread: one scan, and the progress when no other scan waits."""
        try:
            result = stocktake.scan(self.ctx.lib, self.ctx.user, session, code, shelf)
        except PustakaError as exc:
            return exc, None
        prog = stocktake.progress(self.ctx.lib, session) if self.worker.pending <= 1 else None
        return result, prog

    def _scanned(self, ticket: int, answer) -> None:
        self.answered += 1
        self.scans.pop(ticket, None)
        result, prog = answer
        if isinstance(result, PustakaError):
            text, good = error_text(result), False
        else:
            text = QCoreApplication.translate("Stocktake", result.message).format(**(result.params or {}))
            good = result.status in (stocktake.KNOWN, stocktake.DUPLICATE, stocktake.FOUND)
            if result.message == stocktake.UNKNOWN_BARCODE:  # a typo in a torn label typed by hand, or no label
                text += " " + self.tr("Check the number on the label. A book whose label is gone or cannot be read: "
                                      "choose its shelf, select the book in the list below and press Seen, no label.")
        self._say(text, good)
        if prog is not None:
            self._show_progress(prog)

    def _failed(self, ticket: int, exc: BaseException, details: str) -> None:
        """A scan job that failed (a pulled stick, a full disk, a fault) is said like a refusal, with the code
        to scan again: never in a box, whose OK the next scan's Enter pressed (that scan lost too, among the
        thousands of a stock-take). The details go to the log file."""
        log.error("a stock-take scan failed\n%s", details)
        self.answered += 1
        self._say(failure_text(exc, self.scans.pop(ticket, None)), False)

    def _say(self, text: str, good: bool) -> None:
        colour = color("ok") if good else color("danger")
        self.result.setStyleSheet(f"font-size: 16pt; font-weight: bold; color: {colour};")
        self.result.setText(text)
        self.recent.insertItem(0, ("✔ " if good else "✖ ") + text)
        while self.recent.count() > 100:
            self.recent.takeItem(self.recent.count() - 1)
        self.sounds.play("ok" if good else "refused")

    def seen_without_label(self) -> None:
        """Books on the shelf with nothing to scan: picked from the list of copies not seen."""
        barcodes = self._selected_barcodes()
        if self.session is None or not barcodes:
            return
        shelf = self.shelf.currentData() or ""
        if attempt(self, stocktake.seen_without_label, self.ctx.lib, self.ctx.user, self.session, barcodes,
                   shelf) is REFUSED:
            return
        self._show_progress(stocktake.progress(self.ctx.lib, self.session))
        self._show_missing(self.session)
        self._say(self.tr("{count} books without a label seen: the report lists them for new labels.").format(
            count=len(barcodes)), True)
        self.scan_box.setFocus()

    def import_file(self) -> None:
        if self.session is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Barcodes from a text file"), "",
                                              self.tr("Text files (*.txt *.csv);;All files (*)"))
        if not path:
            return
        lib, user, session = self.ctx.lib, self.ctx.user, self.session
        shelf = self.shelf.currentData() or ""  # (a scanner's memory of one shelf: the books from others are named)

        def done(counts: dict) -> None:
            self.result.setStyleSheet("font-size: 14pt; font-weight: bold;")
            self.result.setText(self.tr("Read {ok} copies; {unknown} unknown, {elsewhere} from elsewhere, "
                                        "{on_loan} on loan, {dupes} already scanned.").format(
                ok=counts.get(stocktake.KNOWN, 0) + counts.get(stocktake.MISPLACED, 0), unknown=counts.get(stocktake.UNKNOWN, 0),
                elsewhere=counts.get(stocktake.OUT_OF_SCOPE, 0), on_loan=counts.get(stocktake.ON_LOAN, 0),
                dupes=counts.get(stocktake.DUPLICATE, 0))
                + ("\n" + self.tr("{found} copies marked lost or missing were found again: they are back in the "
                                  "catalogue.").format(found=counts[stocktake.FOUND])
                   if counts.get(stocktake.FOUND) else "")
                + ("\n" + self.tr("{withdrawn} copies were withdrawn from the collection: set them aside for the "
                                  "librarian.").format(withdrawn=counts[stocktake.WITHDRAWN])
                   if counts.get(stocktake.WITHDRAWN) else "")
                + ("\n" + self.tr("{misplaced} of them belong on another shelf than {shelf}: the report lists them.")
                   .format(misplaced=counts[stocktake.MISPLACED], shelf=shelf)
                   if counts.get(stocktake.MISPLACED) else ""))
            self.reload()

        run_job(self, self.tr("Reading barcodes"),
                lambda progress, cancelled: stocktake.scan_file(lib, user, session, path, progress, cancelled, shelf),
                done)

    def finish(self) -> None:
        if self.session is None:
            return
        prog = stocktake.progress(self.ctx.lib, self.session)
        mark = self.mark.currentData()
        question = self.tr("{missing} of {expected} copies were not seen.").format(missing=prog.missing,
                                                                                 expected=prog.expected)
        if mark and prog.fraction < HALF_DONE:  # (Finish was the only way out of a stock-take left half done)
            question += "\n" + self.tr("Only {percent}% of the copies were seen. If the shelves were not all scanned, "
                                       "answer No and press Abandon instead: it marks nothing.").format(
                percent=int(prog.fraction * 100))
        if mark:
            names = {"missing": self.tr("missing"), "lost": self.tr("lost")}
            question += "\n" + self.tr("They will be marked {mark}. Finish the stock-take?").format(mark=names[mark])
        else:
            question += "\n" + self.tr("Finish the stock-take?")
        if not confirm(self, self.tr("Finish the stock-take"), question):
            return
        lib, user, session = self.ctx.lib, self.ctx.user, self.session
        self.worker.stop()  # the scans already queued are recorded first

        def done(count: int) -> None:
            self.ctx.events.catalog_changed.emit()
            self.reload()
            self.result.setText(self.tr("Finished. {count} copies marked.").format(count=count))

        run_job(self, self.tr("Finishing the stock-take"),
                lambda progress, cancelled: stocktake.finish(lib, user, session, mark, progress, cancelled), done)

    def abandon(self) -> None:
        """A stock-take left half done (or started by mistake) is closed without marking anything, after a
        question that says so: a new one starts from nothing."""
        if self.session is None:
            return
        prog = stocktake.progress(self.ctx.lib, self.session)
        question = self.tr("Abandon stock-take {number}? {seen} of {expected} copies were seen so far.\nNothing is "
                           "marked missing, and a new stock-take starts from nothing: the shelves are scanned again."
                           ).format(number=self.session.id, seen=prog.seen, expected=prog.expected)
        if not confirm(self, self.tr("Abandon the stock-take"), question):
            return
        self.worker.stop()  # the scans already queued are recorded first
        if attempt(self, stocktake.abandon, self.ctx.lib, self.ctx.user, self.session) is REFUSED:
            return
        self.recent.clear()
        self.reload()
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Stock-take abandoned: nothing was marked."))

    def save_report(self) -> None:
        session = self.session or stocktake.last_finished(self.ctx.lib)
        if session is None:
            return
        default = str(Path.home() / f"inventarisasi-{local_today(self.ctx.lib.clock).isoformat()}.pdf")
        path = save_file(self, self.tr("Save the stock-take report"), default, self.tr("PDF files (*.pdf)"), ".pdf")
        if not path:
            return
        lib = self.ctx.lib
        run_job(self, self.tr("Writing the report"), lambda progress, cancelled: stocktake_report.write_report(lib, session, Path(path)),
                lambda _: self.result.setText(self.tr("Report saved to {path}").format(path=path)))

    def shutdown(self) -> None:
        self.worker.stop()

