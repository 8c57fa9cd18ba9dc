"""Settings (librarians only): the library's profile, staff accounts, and the language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import auth, profile
from ...core.errors import PustakaError
from ...core.profile import HIGH_CONTRAST_KEY, TEXT_SIZE_KEY, TEXT_SIZES
from ...core.settings import get_setting
from ...core.store.models import Staff
from ..appearance import restart_app
from ..context import AppContext
from ..widgets.messages import confirm, info, show_error
from .settings_wifi import WifiCatalogueTab


class ProfileTab(QWidget):
    FIELDS = ("name", "code", "npp", "village", "kecamatan", "kabupaten", "province", "address", "population",
              "phone", "email", "head_name", "rules_text")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edits: dict[str, QWidget] = {}
        labels = {
            "name": self.tr("Library name:"), "code": self.tr("Library code:"), "npp": self.tr("NPP:"),
            "village": self.tr("Village:"), "kecamatan": self.tr("Kecamatan:"), "kabupaten": self.tr("Kabupaten:"),
            "province": self.tr("Province:"), "address": self.tr("Address:"),
            "population": self.tr("Village population:"), "phone": self.tr("Phone:"), "email": self.tr("E-mail:"),
            "head_name": self.tr("Head of the library:"), "rules_text": self.tr("Rules (back of member cards):"),
        }
        form = QFormLayout()
        for name in self.FIELDS:
            if name == "rules_text":
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(90)
            elif name == "population":
                edit = QSpinBox()
                edit.setRange(0, 10_000_000)
                edit.setSpecialValueText(self.tr("not set"))
                edit.setGroupSeparatorShown(True)
            else:
                edit = QLineEdit()
            edit.setAccessibleName(labels[name].rstrip(":"))
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.edits["code"].setToolTip(self.tr("Changing the code does not change barcodes already printed."))
        self.save_button = QPushButton(self.tr("&Save profile"))
        self.save_button.setAccessibleName(self.tr("Save profile"))
        self.save_button.clicked.connect(self.save)
        box = QWidget()
        box.setMaximumWidth(900)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch()
        self.load()

    def load(self) -> None:
        prof = self.ctx.lib.profile
        for name, edit in self.edits.items():
            value = getattr(prof, name)
            if isinstance(edit, QSpinBox):
                edit.setValue(value or 0)
            elif isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value or "")
            else:
                edit.setText(value or "")

    def values(self) -> dict:
        out = {}
        for name, edit in self.edits.items():
            if isinstance(edit, QSpinBox):
                out[name] = edit.value() or None
            elif isinstance(edit, QPlainTextEdit):
                out[name] = edit.toPlainText()
            else:
                out[name] = edit.text()
        return out

    def save(self) -> None:
        try:
            profile.update_profile(self.ctx.lib, self.ctx.user, **self.values())
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.ctx.events.settings_changed.emit()
        info(self, self.tr("Saved"), self.tr("The library profile was saved."))


class StaffDialog(QDialog):
    """Add an account, or reset an account's password and PIN."""

    def __init__(self, staff: Staff | None = None, parent=None) -> None:
        super().__init__(parent)
        self.staff = staff
        self.setWindowTitle(self.tr("New staff account") if staff is None else
                            self.tr("Reset password / PIN of {name}").format(name=staff.username))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in auth.ROLES:
            self.role.addItem(QCoreApplication.translate("Roles", auth.ROLE_NAMES[role]), role)
        self.role.setCurrentIndex(auth.ROLES.index(auth.VOLUNTEER))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        if staff is None:
            form.addRow(self.tr("User name:"), self.username)
            form.addRow(self.tr("Full name:"), self.full_name)
            form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password:") if staff is None else self.tr("New password (empty: keep):"), self.password)
        form.addRow(self.tr("PIN (optional):") if staff is None else self.tr("New PIN (empty: keep):"), self.pin)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            field.setAccessibleName(label.text().rstrip(":"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class StaffTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                              self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("&Add account…"))
        self.reset_button = QPushButton(self.tr("&Reset password / PIN…"))
        self.role_button = QPushButton(self.tr("Change r&ole"))
        self.active_button = QPushButton(self.tr("&Disable / enable"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.role_button, self.active_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch()
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset)
        self.role_button.clicked.connect(self.toggle_role)
        self.active_button.clicked.connect(self.toggle_active)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        self.staff = auth.staff_list()
        self.table.setRowCount(len(self.staff))
        for row, member in enumerate(self.staff):
            role = QCoreApplication.translate("Roles", auth.ROLE_NAMES.get(member.role, member.role))
            status = self.tr("active") if member.active else self.tr("disabled")
            for column, text in enumerate((member.username, member.full_name, role, status)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> Staff | None:
        row = self.table.currentRow()
        return self.staff[row] if 0 <= row < len(self.staff) else None

    def add(self) -> None:
        dialog = StaffDialog(parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            auth.add_staff(self.ctx.lib, self.ctx.user, dialog.username.text(), dialog.password.text(),
                           dialog.role.currentData(), full_name=dialog.full_name.text(), pin=dialog.pin.text() or None)
        except PustakaError as exc:
            show_error(self, exc)
        self.load()

    def reset(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        dialog = StaffDialog(staff, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            auth.reset_secret(self.ctx.lib, self.ctx.user, staff, password=dialog.password.text() or None,
                              pin=dialog.pin.text() or None)
        except PustakaError as exc:
            show_error(self, exc)

    def toggle_role(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        new = auth.VOLUNTEER if staff.role == auth.LIBRARIAN else auth.LIBRARIAN
        try:
            auth.set_role(self.ctx.lib, self.ctx.user, staff, new)
        except PustakaError as exc:
            show_error(self, exc)
        self.load()

    def toggle_active(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        if staff.active and not confirm(self, self.tr("Disable account"),
                                        self.tr("Disable the account {name}? It can be enabled again later.").format(
                                            name=staff.username)):
            return
        try:
            auth.set_active(self.ctx.lib, self.ctx.user, staff, not staff.active)
        except PustakaError as exc:
            show_error(self, exc)
        self.load()


class LanguageTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(get_setting("language", "id"))))
        apply_button = QPushButton(self.tr("&Apply language"))
        apply_button.setAccessibleName(self.tr("Apply language"))
        apply_button.clicked.connect(self.apply)
        form = QFormLayout()
        form.addRow(self.tr("Language of the application:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(apply_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Indonesian is the default. The window reopens in the new language.")))
        layout.addStretch()

    def apply(self) -> None:
        language = self.language.currentData()
        try:
            profile.set_language(self.ctx.lib, self.ctx.user, language)
        except PustakaError as exc:
            show_error(self, exc)
            return
        window = self.window()
        if hasattr(window, "language_changed"):
            window.language_changed.emit(language)


class AppearanceTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for size in TEXT_SIZES:
            self.text_size.addItem(f"{size} %", size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(get_setting(TEXT_SIZE_KEY, 100))))
        self.high_contrast = QCheckBox(self.tr("&High contrast (light text on black)"))
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.high_contrast.setChecked(bool(get_setting(HIGH_CONTRAST_KEY, False)))
        apply_button = QPushButton(self.tr("Apply and &restart"))
        apply_button.setAccessibleName(self.tr("Apply and restart"))
        apply_button.clicked.connect(self.apply)
        form = QFormLayout()
        form.addRow(self.tr("Text size:"), self.text_size)
        form.addRow("", self.high_contrast)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(apply_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Pustaka restarts to show the new size; nothing is lost.")))
        layout.addStretch()

    def apply(self) -> None:
        try:
            profile.set_appearance(self.ctx.lib, self.ctx.user, self.text_size.currentData(),
                                   self.high_contrast.isChecked())
        except PustakaError as exc:
            show_error(self, exc)
            return
        restart_app()


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.profile_tab = ProfileTab(ctx)
        self.staff_tab = StaffTab(ctx)
        self.language_tab = LanguageTab(ctx)
        self.tabs.addTab(self.profile_tab, self.tr("Library profile"))
        self.tabs.addTab(self.staff_tab, self.tr("Staff accounts"))
        self.tabs.addTab(self.language_tab, self.tr("Language"))
        self.appearance_tab = AppearanceTab(ctx)
        self.tabs.addTab(self.appearance_tab, self.tr("Text size and contrast"))
        self.tabs.addTab(WifiCatalogueTab(ctx), self.tr("Wi-Fi catalogue"))
        layout = QVBoxLayout(self)  # (the main window shows the page's name and icon above it)
        layout.addWidget(self.tabs)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Other areas add their settings as tabs (label calibration, sync consent...)."""
        self.tabs.addTab(widget, title)
