"""District: merging two union records the matching missed. The officer chooses which record the union catalogue
keeps (its title as written, its class number, its publisher) and reads what the kept record will say before
anything is merged; a split undoes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QButtonGroup, QDialog, QGroupBox, QRadioButton, QVBoxLayout

from ...core.formatting import format_number
from ...core.sync import union
from ...core.sync.union_match import authors_text
from ..widgets.forms import dialog_buttons, note


class MergeDialog(QDialog):
    """Two union records; ``preview(keep_id, other_id)`` gives what the kept one will say (``hub.merge_preview``)."""

    def __init__(self, first: union.UnionHit, second: union.UnionHit,
                 preview: Callable[[int, int], dict[str, Any] | None], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.records, self.preview = (first, second), preview
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("These two union records are one book. Choose the record the union catalogue "
                                      "keeps: it goes on showing its own title, class number and publisher, and "
                                      "the village records of the other move to it.")))
        self.choice = QButtonGroup(self)
        box = QGroupBox(self.tr("Keep"))
        inside = QVBoxLayout(box)
        for index, hit in enumerate(self.records):
            radio = QRadioButton(self.tr("“{title}” — {authors}, {publisher} {year} — {villages} villages").format(
                title=hit.title, authors=hit.authors or "—", publisher=hit.publisher or "—", year=hit.year or "",
                villages=format_number(hit.villages)))
            radio.setAccessibleName(self.tr("Keep “{title}”").format(title=hit.title))
            self.choice.addButton(radio, index)
            inside.addWidget(radio)
        layout.addWidget(box)
        layout.addWidget(note(self.tr("After the merge the union catalogue shows:")))
        self.result = note()
        self.result.setAccessibleName(self.tr("What the kept record will say"))
        layout.addWidget(self.result)
        layout.addWidget(note(self.tr("To undo it later: select the record and use “Split off village records…”, "
                                      "ticking the village records that came from the other.")))
        layout.addWidget(dialog_buttons(self, self.tr("Merge"), self.tr("Cancel")))
        # the more widely held record first: most villages already show its wording
        widest = 0 if first.villages >= second.villages else 1
        self.choice.button(widest).setChecked(True)
        self.choice.idToggled.connect(lambda _index, on: on and self.show_result())
        self.show_result()
        self.resize(640, self.sizeHint().height())

    def keep_and_other(self) -> tuple[union.UnionHit, union.UnionHit]:
        keep = self.choice.checkedId()
        return self.records[keep], self.records[1 - keep]

    def show_result(self) -> None:
        keep, other = self.keep_and_other()
        shown = self.preview(keep.id, other.id)
        if shown is None:  # (refused: the page said why)
            self.result.setText("")
            return
        lines = [self.tr("Title: {value}").format(value=shown.get("title") or "—"),
                 self.tr("Authors: {value}").format(value=authors_text(shown) or "—"),
                 self.tr("Publisher and year: {publisher} {year}").format(
                     publisher=shown.get("publisher") or "—", year=shown.get("year") or ""),
                 self.tr("Class number (DDC): {value}").format(value=shown.get("ddc") or "—"),
                 self.tr("Edition: {value}").format(value=shown.get("edition") or "—"),
                 self.tr("ISBN: {value}").format(value=shown.get("isbn") or "—"),
                 self.tr("Held by {villages} villages, {copies} copies").format(
                     villages=format_number(shown.get("villages") or 0), copies=format_number(shown.get("copies") or 0))]
        self.result.setText("\n".join(lines))
