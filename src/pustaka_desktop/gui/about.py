"""About: the version, and where the data and the logs are (what support asks for first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from .. import __version__
from ..core.service import Library
from ..core.store.paths import backup_dir, log_dir


class AboutDialog(QDialog):
    def __init__(self, lib: Library, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Pustaka"))
        intro = QLabel(self.tr(
            "<h2>Pustaka Desktop</h2><p>The library system for Indonesian village libraries: catalogue, "
            "circulation desk, members, visitor book, activities, reports and sync with the district office "
            "— all without internet.</p>"))
        intro.setWordWrap(True)
        form = QFormLayout()
        for label, value in (
            (self.tr("Version:"), __version__),
            (self.tr("Database:"), str(lib.path)),
            (self.tr("Backups:"), str(backup_dir(lib.path))),
            (self.tr("Logs:"), str(log_dir())),
            (self.tr("Site id:"), lib.site_id),
        ):
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            form.addRow(label, field)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
