"""A record's cover picture: see it, choose a picture file for it (a phone photo of the book works),
or take it away. Patrons see it on their phones, the kiosk and the new-arrivals poster."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.catalog import covers
from ...core.errors import PustakaError
from ...core.service import Library
from ...core.store.models import Record, Staff
from .actions import open_file
from .forms import add_all, button
from .messages import confirm, show_error


class CoverDialog(QDialog):
    def __init__(self, lib: Library, by: Staff, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib, self.by, self.record = lib, by, record
        self.changed = False
        self.setWindowTitle(self.tr("Cover picture: {title}").format(title=record.title))
        self.picture = QLabel()
        self.picture.setFrameShape(QFrame.Shape.Box)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedSize(*covers.COVER_SIZE)
        self.picture.setWordWrap(True)
        self.choose_button = button(self.tr("&Choose picture…"), self.tr("Choose a picture file for the cover"),
                                    self.choose)
        self.remove_button = button(self.tr("&Remove cover"), self.tr("Take the cover away"), self.remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.picture)
        row.addLayout(add_all(QVBoxLayout(), self.choose_button, self.remove_button))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.show_cover()
        self.choose_button.setFocus()

    def show_cover(self) -> None:
        data = covers.cover_of(self.lib, self.record)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.picture.setPixmap(pixmap)
            self.picture.setAccessibleName(self.tr("Cover picture"))
        else:
            self.picture.clear()
            self.picture.setText(self.tr("No cover yet. Choose a picture: a photo of the book taken with a phone "
                                         "is enough."))
            self.picture.setAccessibleName(self.tr("No cover yet"))
        self.remove_button.setEnabled(data is not None)

    def choose(self) -> None:
        path = open_file(self, self.tr("Choose the cover picture"),
                         self.tr("Pictures ({patterns})").format(patterns=covers.PICTURE_PATTERNS))
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        try:
            covers.set_cover(self.lib, self.by, self.record, covers.read_picture(path))
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self.show_cover()

    def remove(self) -> None:
        if confirm(self, self.tr("Remove cover"), self.tr("Take the cover of {title} away?").format(
                title=self.record.title)):
            covers.set_cover(self.lib, self.by, self.record, None)
            self.changed = True
            self.show_cover()
