"""Katalog page: search as you type, filters, a results list fetched in pages, the selected record with
its copies, and (for librarians) the record and copy editors, batch copies, withdraw / lost / damaged.

The search runs on the GUI thread after a short pause in typing: the core answers a page in a few
milliseconds even on a 100,000-record library (bench/catalog.py measures the longest stall)."""

from __future__ import annotations

import base64
import html

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import class_style, finding, search
from ...core.catalog import records as catalog
from ...core.catalog.copies import ITEM_STATUSES, delete_item, items_of, set_item_status
from ...core.catalog.isbn import format_isbn
from ...core.errors import PustakaError
from ...core.formatting import format_number
from ...core.store.models import Item, Record
from ..context import AppContext
from ..dialogs import lost_on_loan
from ..models.rows import Column, RowsModel
from ..models.search_results import SearchResultsModel
from ..widgets.copy_history_dialog import show_copy_history
from ..widgets.copy_move_dialog import move_copy_button
from ..widgets.flow_layout import FlowLayout, KeepsWrappedRowsWhole, LeastHeightForWidth
from ..widgets.forms import button, search_as_you_type, side_by_side
from ..widgets.messages import confirm, info, show_error
from ..widgets.tables import EXTENDED, INTERACTIVE, ElideAtTheEnd, fit_columns, fit_widths, model_table

DEBOUNCE_MS = 200
NOTE = 5  # the copies' note column, the last
COPY_CHARS = 18  # the widest a copy's column grows before its text is cut with "…" (a call number: ~15)


def _cat(text: str) -> str:
    return QCoreApplication.translate("Catalog", text)


class CatalogPage(LeastHeightForWidth, QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lib = ctx.lib
        self.record: Record | None = None

        # --- search box and filters -------------------------------------------------------------
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search title, author, subject, ISBN, barcode or call number (Ctrl+F)"))
        self.query.setAccessibleName(self.tr("Search the catalogue"))
        self.query.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of titles found"))
        top = QHBoxLayout()
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.query)
        top.addWidget(label)
        top.addWidget(self.query, 1)
        top.addWidget(self.count)
        # "Maksud Anda: pertanian?" when a typo was corrected (the link puts it in the search box)
        self.did_you_mean = QLabel()
        self.did_you_mean.setTextFormat(Qt.TextFormat.RichText)
        self.did_you_mean.setAccessibleName(self.tr("Did you mean"))
        self.did_you_mean.linkActivated.connect(self._use_correction)
        self.did_you_mean.hide()
        # what a search looked for: a class or call number read as such, or why nothing was found
        self.search_note = QLabel()
        self.search_note.setWordWrap(True)
        self.search_note.setAccessibleName(self.tr("About the search"))
        self.search_note.hide()

        self.material_type = self._filter_combo(self.tr("All types"), catalog.MATERIAL_TYPES,
                                                self.tr("Material type filter"))
        self.ddc_class = self._filter_combo(self.tr("All classes"), catalog.DDC_CLASSES, self.tr("DDC class filter"))
        self.audience = self._filter_combo(self.tr("All readers"), catalog.AUDIENCES, self.tr("Audience filter"))
        self.language = self._filter_combo(self.tr("All languages"), catalog.LANGUAGES, self.tr("Language filter"))
        self.location = QComboBox()
        self.location.setAccessibleName(self.tr("Location filter"))
        self._fill_locations()
        self.available = QCheckBox(self.tr("Availa&ble now"))
        self.available.setAccessibleName(self.tr("Only titles with a copy on the shelf now"))
        # on a netbook beside the practice tasks the filters wrap onto a second line (in one row the page scrolled
        # sideways, the results' titles out of sight)
        filters = FlowLayout(self.material_type, self.ddc_class, self.audience, self.language, self.location,
                             self.available)
        for widget in (self.material_type, self.ddc_class, self.audience, self.language, self.location):
            widget.currentIndexChanged.connect(self.run_search)
        self.available.toggled.connect(self.run_search)

        # --- results ----------------------------------------------------------------------------
        self.model = SearchResultsModel(self.lib, self)
        self.results = model_table(self.model, self.tr("Search results"), selection=EXTENDED, resize=INTERACTIVE,
                                   stretch=0)
        self.results.setWordWrap(False)
        # the title takes what is left; the others as wide as their title and what they hold (on a 1366×768
        # screen "Nomor panggil" and "899.221 3 HIR l" were cut): author, year, call number, shelf, available
        fit_widths(self.results, {1: 15, 2: 4, 3: 17, 4: 6, 5: 6}, main=(0, 22))  # on a netbook: the title first
        self.results.setItemDelegateForColumn(0, ElideAtTheEnd(self.results))  # a title ending in Arabic
        self.results.selectionModel().currentRowChanged.connect(self._row_changed)

        # --- detail pane ------------------------------------------------------------------------
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Record details"))
        self.detail.setOpenLinks(False)
        self.detail.setTabChangesFocus(True)  # Tab moves on to the copies, never gets stuck here
        self.copies_model = RowsModel([
            # what the desk asks of a copy first (where it is, whether it is in) before its accession number: the
            # pane is narrow on a 1366×768 screen, and the status was out of view behind a scroll bar
            Column(self.tr("Barcode"), lambda i: i.barcode),
            Column(self.tr("Call number"), lambda i: i.call_number),
            Column(self.tr("Status"), lambda i: _cat(ITEM_STATUSES.get(i.status, i.status))),
            Column(self.tr("Location"), lambda i: i.location),
            Column(self.tr("Accession no."), lambda i: i.accession_no),
            Column(self.tr("Note"), lambda i: i.condition_note),
        ], self)
        self.copies_model.highlight = lambda i: None if i.status in ("available", "on_loan") else "#fde2e1"
        self.copies = model_table(self.copies_model, self.tr("Copies of this title"), selection=EXTENDED,
                                  resize=INTERACTIVE)
        self.copies.setWordWrap(False)  # a call number on one line ("899.221 1 HIR" over "r" read as two)
        self.copies.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copies.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.copies.doubleClicked.connect(lambda *_: self.edit_copy())

        can_edit = ctx.allowed("catalog.edit")
        can_withdraw = ctx.allowed("catalog.withdraw")
        self.new_button = self._button(self.tr("&New record"), self.tr("Catalogue a new title"), self.new_record,
                                       can_edit)
        self.edit_button = self._button(self.tr("&Edit record"), self.tr("Edit the selected record"),
                                        self.edit_record, can_edit)
        self.add_copy_button = self._button(self.tr("Add c&opy"), self.tr("Add one copy"), self.add_copy, can_edit)
        self.batch_button = self._button(self.tr("Add cop&ies…"), self.tr("Add several copies at once"),
                                         self.add_copies, can_edit)
        self.edit_copy_button = self._button(self.tr("Edi&t copy"), self.tr("Edit the selected copy"),
                                             self.edit_copy, can_edit)
        self.withdraw_button = self._button(self.tr("&Withdraw"), self.tr("Withdraw the selected copy"),
                                            lambda: self.set_status("withdrawn"), can_withdraw)
        self.lost_button = self._button(self.tr("&Mark lost"), self.tr("Mark the selected copy lost"),
                                        lambda: self.set_status("lost"), can_withdraw)
        self.damaged_button = self._button(self.tr("Mark &damaged"), self.tr("Mark the selected copy damaged"),
                                           lambda: self.set_status("damaged"), can_withdraw)
        self.delete_copy_button = self._button(self.tr("Delete cop&y…"),
                                               self.tr("Delete the selected copy, entered by mistake"),
                                               self.delete_copy, ctx.allowed("catalog.delete"))
        self.restore_button = self._button(self.tr("Bac&k on the shelf"),
                                           self.tr("Put the selected copy back in circulation"),
                                           lambda: self.set_status("available"), can_withdraw)
        self.labels_button = self._button(self.tr("Print &labels…"),
                                          self.tr("Print labels for every copy of the chosen titles"),
                                          self.print_record_labels, ctx.allowed("printing.print"))
        self.reserve_button = self._button(self.tr("&Reserve…"), self.tr("Reserve this title for a member"),
                                           self.reserve_record, ctx.allowed("circulation.hold"))
        self.cover_button = self._button(self.tr("Co&ver…"), self.tr("See or change the cover picture"),
                                         self.edit_cover, can_edit)
        # the copy's loans, status changes and origin: the list's menu and Ctrl+H anywhere on the page
        self.history_action = QAction(self.tr("History of this copy…"), self.copies)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history_action.triggered.connect(self.show_copy_history)
        self.copies.addAction(self.history_action)
        # from the results too (a title with one copy): the list's own key, so the two never compete for Ctrl+H
        from_results = QShortcut(QKeySequence("Ctrl+H"), self.results)
        from_results.setContext(Qt.ShortcutContext.WidgetShortcut)
        from_results.activated.connect(self.show_copy_history)
        if ctx.allowed("printing.print"):
            action = QAction(self.tr("Print labels for the chosen copies"), self.copies)
            action.triggered.connect(self.print_copy_labels)
            self.copies.addAction(action)
        record_buttons = FlowLayout(self.new_button, self.edit_button, self.add_copy_button, self.batch_button,
                                    self.cover_button, self.labels_button, self.reserve_button)  # (they wrap)
        self.history_button = self._button(self.tr("History… (Ctrl+H)"),
                                           self.tr("The selected copy's loans, status changes and origin"),
                                           self.show_copy_history, True)
        self.move_button = move_copy_button(self)  # (a copy catalogued under the wrong title: Ctrl+M)
        # they wrap: a fixed grid held the right side ~515 px wide at 1366x768, cutting the results' columns
        copy_buttons = FlowLayout(self.edit_copy_button, self.restore_button, self.delete_copy_button,
                                  self.withdraw_button, self.lost_button, self.damaged_button, self.history_button,
                                  self.move_button)

        copies_box = KeepsWrappedRowsWhole()
        copies_layout = QVBoxLayout(copies_box)
        copies_layout.setContentsMargins(0, 0, 0, 0)
        copies_label = QLabel(self.tr("&Copies:"))
        copies_label.setBuddy(self.copies)
        copies_layout.addWidget(copies_label)
        copies_layout.addWidget(self.copies, 1)
        copies_layout.addLayout(copy_buttons)
        # Three copies stay in view however large the text (150 % on a 1366x768 screen showed one and a
        # half); the record's details scroll instead, and the librarian can drag the line between them.
        rows = self.copies.verticalHeader().defaultSectionSize()
        self.copies.setMinimumHeight(self.copies.horizontalHeader().sizeHint().height() + 3 * rows
                                     + 2 * self.copies.frameWidth()
                                     + self.copies.horizontalScrollBar().sizeHint().height())
        detail_box = side_by_side(self.detail, copies_box, stretch=(3, 2), orientation=Qt.Orientation.Vertical)
        splitter = side_by_side(self.results, detail_box, stretch=(3, 2))
        splitter.setSizes([640, 420])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.did_you_mean)
        layout.addWidget(self.search_note)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(record_buttons)

        self.timer = search_as_you_type(self.query, self.run_search, self._search_now_and_go, DEBOUNCE_MS)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        if can_edit:
            QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_record)
        ctx.events.catalog_changed.connect(self.refresh)
        ctx.events.settings_changed.connect(self.refresh)  # (the way class numbers are written: class_style)
        self.query.installEventFilter(self)

        self._show_record(None)
        self.run_search()

    # --- building helpers ------------------------------------------------------------------------

    def _filter_combo(self, everything: str, values: dict[str, str], accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, "")
        for code, label in values.items():
            combo.addItem(_cat(label), code)
        combo.setAccessibleName(accessible)
        return combo

    def _fill_locations(self) -> None:
        current = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        self.location.addItem(self.tr("All shelves"), "")
        for location in search.locations(self.lib):
            self.location.addItem(location, location)
        index = self.location.findData(current)
        self.location.setCurrentIndex(max(0, index))
        self.location.blockSignals(False)

    def _button(self, text: str, accessible: str, slot, allowed: bool) -> QPushButton:
        push = button(text, accessible, slot)
        if not allowed:  # (setVisible(True) on a button without a parent would flash it as a window)
            push.hide()
        return push

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if watched is self.query and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._search_now_and_go()
            return True
        return super().eventFilter(watched, event)

    # --- searching -------------------------------------------------------------------------------

    def filters(self) -> search.Filters:
        return search.Filters(
            material_type=self.material_type.currentData() or "", ddc_class=self.ddc_class.currentData() or "",
            audience=self.audience.currentData() or "", language=self.language.currentData() or "",
            available=self.available.isChecked(), location=self.location.currentData() or "")

    def run_search(self) -> None:
        self.timer.stop()
        keep = self.record.id if self.record is not None else None
        self.model.run(self.query.text(), self.filters())
        self._after_search(self.model.exact or keep)

    def refresh(self) -> None:
        keep = self.record.id if self.record is not None else None
        self._fill_locations()
        self.model.refresh()
        self._after_search(keep)

    def _after_search(self, select_id: int | None) -> None:
        self.count.setText(self.tr("{n} titles").format(n=format_number(self.model.total)))
        corrected = getattr(self.model, "corrected", "")
        if corrected:
            link = f"<a href='use'>{html.escape(corrected)}</a>"
            self.did_you_mean.setText(html.escape(self.tr("Nothing found for “{typed}”.").format(
                typed=self.model.text.strip())) + " " + self.tr("Did you mean: {better}?").format(better=link)
                + " " + html.escape(self.tr("Its results are shown.")))
        self.did_you_mean.setVisible(bool(corrected))
        note = "" if corrected else self._search_note()
        self.search_note.setText(note)
        self.search_note.setVisible(bool(note))
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0  # the best match's details show at once
        if row >= 0:
            self.results.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.results.clearSelection()
            self._show_record(None)

    def _search_note(self) -> str:
        """What the search looked for: the shelf a class or call number names, or, when nothing was found,
        what was searched (a librarian who gets "0 titles" learns whether the query was read as she meant)."""
        shelf, typed = self.model.shelf, self.model.text.strip()
        if self.model.total and shelf:
            return self.tr("Class or call number {shelf}: sorted by class number, then title.").format(shelf=shelf)
        if self.model.total or not typed:
            return ""
        if shelf:
            note = self.tr("No title has the class number or call number {shelf}.").format(shelf=shelf)
        else:
            note = self.tr("Nothing found for “{typed}” in titles, authors, subjects, series, publishers, ISBNs, "
                           "barcodes, class numbers or call numbers.").format(typed=typed)
        if self.filters().any():
            note += " " + self.tr("A filter is on: try again without it.")
        return note

    def _use_correction(self, _link: str = "") -> None:
        corrected = getattr(self.model, "corrected", "")
        if corrected:
            self.query.setText(corrected)
            self.run_search()

    def _search_now_and_go(self) -> None:
        if self.timer.isActive():
            self.run_search()
        if self.model.rowCount():
            if not self.results.currentIndex().isValid():
                self.results.selectionModel().setCurrentIndex(
                    self.model.index(0, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.results.setFocus()

    def _focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def _row_changed(self, current, _previous) -> None:
        hit = self.model.hit_at(current.row()) if current.isValid() else None
        self._show_record(hit.record_id if hit else None)

    # --- detail ----------------------------------------------------------------------------------

    def _show_record(self, record_id: int | None) -> None:
        self.record = finding.record_or_none(self.ctx.lib, record_id)
        if self.record is None:
            hint = self.tr("Choose a title to see its details and copies.")
            self.detail.setHtml(f"<p>{html.escape(hint)}</p>")
            self.copies_model.set_rows([])
            self._update_buttons()
            return
        r = self.record
        e = html.escape
        rows = [
            (self.tr("Authors"), "; ".join(a["name"] for a in catalog.authors_of(r))),
            (self.tr("Responsibility"), r.responsibility),
            (self.tr("Edition"), r.edition),
            (self.tr("Publisher"), ", ".join(p for p in (r.place, r.publisher, r.year_text) if p)),
            (self.tr("Collation"), r.collation),
            (self.tr("Series"), r.series),
            (self.tr("ISBN"), format_isbn(r.isbn) if r.isbn else ""),
            (self.tr("ISSN"), r.issn),
            (self.tr("Material type"), _cat(catalog.MATERIAL_TYPES.get(r.material_type, r.material_type))),
            (self.tr("DDC class"), class_style.shown(r.ddc)),  # as its call numbers write it
            (self.tr("Call number"), catalog.call_number_for(r)),
            (self.tr("Subjects"), "; ".join(catalog.subjects_of(r))),
            (self.tr("Audience"), _cat(catalog.AUDIENCES.get(r.audience, r.audience))),
            (self.tr("Language"), _cat(catalog.LANGUAGES[r.language]) if r.language in catalog.LANGUAGES
             else r.language),
            (self.tr("Notes"), r.notes),
        ]
        body = "".join(f"<tr><td><b>{e(k)}</b>&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows if v)
        title = e(r.title) + (f" : {e(r.subtitle)}" if r.subtitle else "")
        hidden_text = self.tr("Hidden from the patron kiosk")
        hidden = f"<p><i>{e(hidden_text)}</i></p>" if r.hidden else ""
        cover = ""
        if r.cover:  # the cover patrons see, beside the details (a data URL: nothing written anywhere)
            data = base64.b64encode(bytes(r.cover)).decode("ascii")
            alt = e(self.tr("Cover picture"))
            cover = f'<img src="data:image/jpeg;base64,{data}" height="150" style="float: right" alt="{alt}">'
        self.detail.setHtml(f"{cover}<h3>{title}</h3>{hidden}<table>{body}</table>")
        copies = items_of(r)
        self.copies_model.set_rows(copies)
        self._fit_copies(copies)
        if self.copies_model.rowCount():
            self.copies.selectRow(0)
        self._update_buttons()

    def _fit_copies(self, copies: list[Item]) -> None:
        """The copies' columns as wide as what they show (a record has a few copies: measured whole), the note
        column only when a copy has a note, so all a copy is fits the narrow pane of a 1366×768 screen."""
        self.copies.setColumnHidden(NOTE, not any(item.condition_note for item in copies))
        fit_columns(self.copies, COPY_CHARS, range(NOTE))

    def selected_item(self) -> Item | None:
        index = self.copies.currentIndex()
        return self.copies_model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has_record = self.record is not None
        item = self.selected_item()
        for push in (self.edit_button, self.add_copy_button, self.batch_button, self.cover_button,
                     self.labels_button, self.reserve_button):
            push.setEnabled(has_record)
        self.edit_copy_button.setEnabled(item is not None)
        self.history_action.setEnabled(item is not None)
        self.history_button.setEnabled(item is not None)
        self.move_button.setEnabled(item is not None)
        self.delete_copy_button.setEnabled(item is not None and item.status != "on_loan")
        movable = item is not None and item.status != "on_loan"
        self.withdraw_button.setEnabled(movable and item.status != "withdrawn")
        self.lost_button.setEnabled(item is not None and item.status != "lost")  # (on loan: lost by its member)
        self.damaged_button.setEnabled(movable and item.status != "damaged")
        self.restore_button.setEnabled(movable and item.status != "available")

    # --- actions ---------------------------------------------------------------------------------

    def _changed(self, record_id: int | None) -> None:
        if record_id is not None:
            self.record = finding.record_or_none(self.ctx.lib, record_id, live_only=False)
        self.ctx.events.catalog_changed.emit()

    def edit_cover(self) -> None:
        if self.record is None:
            return
        from ..widgets.cover_dialog import CoverDialog

        dialog = CoverDialog(self.lib, self.ctx.user, self.record, self)
        dialog.exec()
        if dialog.changed:
            self._changed(self.record.id)

    def reserve_record(self) -> None:
        """Put a member in this title's queue (the dialog shows the queue; issue 18)."""
        if self.record is None:
            return
        from ..widgets.reserve_dialog import ReserveForMemberDialog

        dialog = ReserveForMemberDialog(self.ctx, self.record.id, self.record.title, self)
        if dialog.exec():
            info(self, self.tr("Reserved"), dialog.result_text())

    def new_record(self) -> None:
        from ..widgets.record_dialog import RecordDialog

        dialog = RecordDialog(self.lib, self.ctx.user, None, self)
        if not self.ctx.allowed("printing.print"):
            dialog.labels_button.hide()
        accepted = dialog.exec()
        if dialog.saved is None:  # (closed after "Save and next title": the titles saved before are shown)
            return
        record = dialog.saved.record
        if accepted:
            self._warn_duplicates(dialog.saved)  # (a title saved with "next" had its warning in the form)
        self.query.blockSignals(True)
        self.query.setText(record.title)
        self.query.blockSignals(False)
        self.model.run(record.title, self.filters())
        self._changed(record.id)
        if accepted and dialog.print_labels:
            self.print_labels([item.id for item in dialog.items])

    # --- labels ----------------------------------------------------------------------------------

    def selected_record_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.results.selectionModel().selectedRows()})
        ids = [hit.record_id for hit in (self.model.hit_at(row) for row in rows) if hit is not None]
        if not ids and self.record is not None:
            ids = [self.record.id]
        return ids

    def print_record_labels(self) -> None:
        """Labels for every copy of the titles chosen in the results (one or several rows)."""
        items = []
        for record_id in self.selected_record_ids():
            record = finding.record_or_none(self.lib, record_id)
            if record is not None:
                items += items_of(record)
        self.print_labels([item.id for item in items])

    def print_copy_labels(self) -> None:
        """Labels for the copies chosen in the copies list."""
        rows = sorted({index.row() for index in self.copies.selectionModel().selectedRows()})
        self.print_labels([self.copies_model.row_at(row).id for row in rows])

    def print_labels(self, item_ids: list[int]) -> None:
        """Open the Print page with these copies chosen ("Chosen in the catalogue")."""
        if not item_ids:
            info(self, self.tr("Labels"), self.tr("These titles have no copies to label yet."))
            return
        window = self.window()
        page = window.show_page("printing") if hasattr(window, "show_page") else None
        if page is None or not hasattr(page, "print_copies"):
            info(self, self.tr("Labels"), self.tr("Labels are printed on the Print page."))
            return
        page.print_copies(item_ids)

    def edit_record(self) -> None:
        if self.record is None:
            return
        from ..widgets.record_dialog import RecordDialog

        dialog = RecordDialog(self.lib, self.ctx.user, self.record, self)
        if dialog.exec() and dialog.deleted:
            self.record = None
            self._show_record(None)
            self.ctx.events.catalog_changed.emit()
        elif dialog.result() and dialog.saved is not None:
            self._warn_duplicates(dialog.saved)
            self._changed(self.record.id)

    def _warn_duplicates(self, saved: catalog.Saved) -> None:
        if saved.duplicates:
            names = "\n".join(f"• {d.title} (#{d.id})" for d in saved.duplicates[:5])
            info(self, self.tr("Possible duplicate"),
                 self.tr("Saved. The catalogue already has a title with the same ISBN or title and author:\n{records}")
                 .format(records=names))

    def add_copy(self) -> None:
        if self.record is None:
            return
        from ..widgets.item_dialog import ItemDialog

        if ItemDialog(self.lib, self.ctx.user, self.record, None, self).exec():
            self._changed(self.record.id)

    def add_copies(self) -> None:
        if self.record is None:
            return
        from ..widgets.item_dialog import BatchCopiesDialog

        dialog = BatchCopiesDialog(self.lib, self.ctx.user, self.record, self)
        if not self.ctx.allowed("printing.print"):
            dialog.labels_button.hide()
        if dialog.exec():
            self._changed(self.record.id)
            if dialog.print_labels:
                self.print_labels([item.id for item in dialog.items])

    def edit_copy(self) -> None:
        item = self.selected_item()
        if item is None or self.record is None or not self.ctx.allowed("catalog.edit"):
            return
        from ..widgets.item_dialog import ItemDialog

        if ItemDialog(self.lib, self.ctx.user, self.record, item, self).exec():
            self._changed(self.record.id)

    def show_copy_history(self) -> None:
        item = self.selected_item()
        if item is not None:
            show_copy_history(self.ctx, self, item.barcode)

    def delete_copy(self) -> None:
        """A copy saved by mistake (one too many, or on the wrong title) goes, number and all; a copy that was
        ever lent is refused by the core (withdraw it instead, so the accession register keeps it)."""
        item = self.selected_item()
        if item is None or self.record is None:
            return
        if not confirm(self, self.tr("Delete copy"), self.tr(
                "Delete copy {barcode} ({accession}) of “{title}”? Only for a copy entered by mistake: a copy that "
                "left the library is withdrawn instead.").format(barcode=item.barcode, accession=item.accession_no
                                                                 or "-", title=self.record.title)):
            return
        try:
            delete_item(self.lib, self.ctx.user, item)
        except PustakaError as exc:
            show_error(self, exc)
            return
        self._changed(self.record.id)

    def set_status(self, status: str) -> None:
        item = self.selected_item()
        if item is None or self.record is None:
            return
        if status == "lost" and item.status == "on_loan":  # the member lost it: a price to pay, not a status
            return self._changed(self.record.id) if lost_on_loan.declare(self, self.ctx, item) else None
        label = _cat(ITEM_STATUSES[status])
        note, ok = QInputDialog.getText(
            self, label, self.tr("Copy {barcode} becomes “{status}”. Note (optional):").format(
                barcode=item.barcode, status=label))
        if not ok:
            return
        try:
            set_item_status(self.lib, self.ctx.user, item, status, note)
        except PustakaError as exc:
            show_error(self, exc)
            return
        self._changed(self.record.id)
