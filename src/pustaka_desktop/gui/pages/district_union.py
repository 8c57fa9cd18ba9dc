"""District: search the union catalogue; holdings and availability per village; adopt a village record
into the union catalogue and correct it (the correction travels back to every village holding it);
merge duplicates the automatic keys missed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ...core.formatting import format_number
from ...core.sync import hub, union, union_rebuild, union_suggest
from ...core.sync.union_search import attach_holdings
from ..context import AppContext
from ..dialogs.union_merge import MergeDialog
from ..widgets.actions import REFUSED, attempt, until_saved
from ..widgets.forms import FormDialog, add_all, button, dialog_buttons, note, spin
from ..widgets.messages import confirm
from ..widgets.tables import EXTENDED, fill, read_only_table
from .base import Page


class DistrictUnionPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.hits: list[union.UnionHit] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Title, author, publisher, or an ISBN (10 or 13 digits, hyphens or not)"))
        self.query.setAccessibleName(self.tr("Search the union catalogue"))
        self.query.returnPressed.connect(self.search)
        self.search_button = button(self.tr("&Search"), self.tr("Search"), self.search)
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Union catalogue size"))
        layout.addWidget(self.summary)
        self.table = read_only_table([self.tr("Title"), self.tr("Authors"), self.tr("ISBN"), self.tr("Year"), self.tr("Copies"),
                             self.tr("Available"), self.tr("Villages"), self.tr("Kept by")],
                            self.tr("Union catalogue records"), selection=EXTENDED)
        self.table.itemSelectionChanged.connect(self.show_holdings)
        self.listing = QLabel()
        self.listing.setAccessibleName(self.tr("What the list shows"))
        layout.addWidget(self.listing)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Holdings per village (as of each village's last bundle)")))
        self.holdings = read_only_table([self.tr("Code"), self.tr("Library"), self.tr("Copies"), self.tr("Available")],
                               self.tr("Holdings per village"))
        layout.addWidget(self.holdings, 1)
        self.edit_button = button(self.tr("&Edit record…"), self.tr("Edit record"), self.edit)
        self.adopt_button = button(self.tr("A&dopt into the union catalogue"),
                                   self.tr("Adopt into the union catalogue"), self.adopt)
        self.merge_button = button(self.tr("&Merge the two selected duplicates…"), self.tr("Merge duplicates"),
                                   self.merge)
        self.split_button = button(self.tr("S&plit off village records…"),
                                   self.tr("Split off village records that are another book"), self.split)
        self.likely_button = button(self.tr("&Likely duplicates"),
                                    self.tr("List the records that may be the same book as this one"), self.likely)
        self.table.activated.connect(lambda _index: self.edit())  # Enter or double-click edits
        layout.addLayout(add_all(QHBoxLayout(), self.edit_button, self.adopt_button, self.likely_button,
                                 self.merge_button, self.split_button))
        ctx.events.catalog_changed.connect(self.refresh)
        union_rebuild.ensure_current(ctx.lib)  # once after an upgrade (migration 0005)
        self.refresh()

    def refresh(self) -> None:
        counts = union.counts(self.ctx.lib)
        self.summary.setText(self.tr("{records} titles, {copies} copies in the union catalogue.").format(
            records=format_number(counts['records']), copies=format_number(counts['copies'])))
        self.search(keep=self.current().id if self.current() else None)

    def search(self, keep: int | None = None) -> None:
        if self.query.text().strip():
            self.hits = union.search(self.ctx.lib, self.query.text(), limit=50)
            self.listing.setText(self.tr("Records matching the search, most widely held first."))
        else:
            self.hits = union.recent(self.ctx.lib, limit=50)
            self.listing.setText(self.tr("The titles that arrived last from the villages (search to find others)."))
        self._show_hits(keep)

    def likely(self) -> None:
        """The selected record and those that may be the same book (*mungkin duplikat*), for the officer to merge."""
        hit = self.current()
        if hit is None:
            return
        found = attempt(self, union_suggest.likely_duplicates, self.ctx.lib, hit.id)
        if found is REFUSED:
            return
        self.hits = [hit, *found]
        if found:
            self.listing.setText(self.tr("“{title}” first, then the records that may be the same book (possible "
                                         "duplicates). Select two and merge them if they are one book.").format(
                                             title=hit.title))
        else:
            self.listing.setText(self.tr("No record looks like a duplicate of “{title}”.").format(title=hit.title))
        self._show_hits(hit.id)

    def _show_hits(self, keep: int | None) -> None:
        owners = {True: self.tr("district"), False: self.tr("village")}
        fill(self.table, [[h.title, h.authors, h.isbn, h.year or "", h.copies, h.available, h.villages,
                            owners[bool(h.adopted)]] for h in self.hits], [h.id for h in self.hits])
        fill(self.holdings, [])
        ids = [h.id for h in self.hits]
        if self.hits:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self.show_holdings()  # also when the same row stays selected

    def _enable(self) -> None:
        hit = self.current()
        self.edit_button.setEnabled(hit is not None)
        self.adopt_button.setEnabled(hit is not None and not hit.adopted)
        self.merge_button.setEnabled(len(self.table.selectionModel().selectedRows()) == 2)
        self.split_button.setEnabled(hit is not None and hit.copies > 0)
        self.likely_button.setEnabled(hit is not None)

    def current(self) -> union.UnionHit | None:
        row = self.table.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def adopt(self) -> None:
        hit = self.current()
        if hit is None or hit.adopted:
            return
        if not confirm(self, self.tr("Adopt the record"), self.tr(
                "Adopt “{title}” into the union catalogue? From then on the district keeps this record, and its "
                "corrections go to every village holding it.").format(title=hit.title)):
            return
        if attempt(self, hub.edit_record, self.ctx.lib, self.ctx.user, hit.id) is not REFUSED:
            self.search(keep=hit.id)

    def edit(self) -> None:
        hit = self.current()
        if hit is None:
            return
        fields = attempt(self, union.record_fields, self.ctx.lib, hit.id)
        if fields is REFUSED:
            return
        dialog = UnionRecordDialog(fields, self)
        if until_saved(dialog, lambda: hub.edit_record(self.ctx.lib, self.ctx.user, hit.id, **dialog.changes())):
            self.search(keep=hit.id)

    def show_holdings(self) -> None:
        if hasattr(self, "likely_button"):
            self._enable()
        row = self.table.currentRow()
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            if len(hit.holdings) < hit.villages:  # a search lists a few villages per title; here all of them
                hit.holdings.clear()
                attach_holdings(self.ctx.lib, [hit])
            fill(self.holdings, [[h.code, h.name, h.copies, h.available] for h in hit.holdings])

    def merge(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if len(rows) != 2:
            return
        dialog = MergeDialog(self.hits[rows[0]], self.hits[rows[1]], self.merge_preview, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        keep, other = dialog.keep_and_other()
        if attempt(self, hub.merge_records, self.ctx.lib, self.ctx.user, keep.id, other.id) is not REFUSED:
            self.search(keep=keep.id)

    def merge_preview(self, keep_id: int, other_id: int) -> dict | None:
        shown = attempt(self, hub.merge_preview, self.ctx.lib, keep_id, other_id)
        return None if shown is REFUSED else shown

    def split(self) -> None:
        hit = self.current()
        if hit is None:
            return
        records = union.village_records(self.ctx.lib, hit.id)
        dialog = SplitDialog(hit.title, records, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = attempt(self, hub.split_records, self.ctx.lib, self.ctx.user, hit.id, dialog.chosen())
        if new is not REFUSED:
            self.search(keep=new.id)


class SplitDialog(QDialog):
    """Tick the village records that are another book (another volume, edition or title): they get a
    union record of their own and stay apart through later bundles."""

    def __init__(self, title: str, records: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split off village records"))
        self.records = records
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("“{title}”: tick the village records that are a different book. They get a "
                                      "union record of their own and will not rejoin this one by themselves.")
                              .format(title=title)))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Village records"))
        for record in records:
            text = f"{record['code']} — {record['title']}"
            if record["isbn"]:
                text += f" (ISBN {record['isbn']})"
            if record["edition"]:
                text += f" — {record['edition']}"
            if record["printing"]:  # (two printings without ISBNs meet on title and author: this tells them apart)
                text += f" — {record['printing']}"
            item = QListWidgetItem(text + " — " + self.tr("{n} copies").format(n=record["copies"]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        layout.addWidget(dialog_buttons(self, self.tr("Split off"), self.tr("Cancel")))
        self.resize(620, 420)

    def chosen(self) -> list[str]:
        return [self.records[i]["record_uid"] for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class UnionRecordDialog(FormDialog):
    """The union record's catalogue fields; saving adopts the record and sends the changes back."""

    TEXT_FIELDS = ("title", "subtitle", "responsibility", "edition", "isbn", "publisher", "place", "ddc", "series")

    def __init__(self, fields: dict, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Union catalogue record"))
        self.original = fields
        labels = {"title": self.tr("&Title"), "subtitle": self.tr("S&ubtitle"),
                  "responsibility": self.tr("Statement of &responsibility"), "edition": self.tr("&Edition"),
                  "isbn": self.tr("&ISBN"), "publisher": self.tr("&Publisher"), "place": self.tr("Pla&ce"),
                  "ddc": self.tr("&DDC"), "series": self.tr("&Series")}
        self.edits: dict[str, QLineEdit] = {}
        for name in self.TEXT_FIELDS:
            self.edits[name] = QLineEdit(str(fields.get(name) or ""))
            self.edits[name].setAccessibleName(labels[name].replace("&", ""))
        self.year = spin(2100, self.tr("Year"))
        self.year.setGroupSeparatorShown(False)
        self.year.setSpecialValueText("—")
        self.year.setValue(int(fields.get("year") or 0))
        self.finish([*((labels[name], self.edits[name]) for name in self.TEXT_FIELDS), (self.tr("&Year"), self.year)],
                    self.tr("Save"), self.tr("Cancel"),
                    intro=self.tr("Saving adopts the record into the union catalogue: the district keeps it from now "
                                  "on, and the changes go to the villages holding it with their next bundle. A village "
                                  "that wrote a field otherwise (another printing, an ISBN kept as printed) keeps "
                                  "its own."))
        self.resize(560, self.sizeHint().height())

    def changes(self) -> dict:
        out = {}
        for name, edit in self.edits.items():
            value = edit.text().strip()
            if value != str(self.original.get(name) or ""):
                out[name] = value
        year = self.year.value() or None
        if year != (self.original.get("year") or None):
            out["year"] = year
            out["year_text"] = str(year) if year else ""
        return out
