"""The first-run wizard: language, the library's profile, and the first librarian account."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from .. import i18n
from ..core import profile, recovery
from ..core.errors import PustakaError
from ..core.service import Library
from ..core.store.models import Staff
from .widgets.messages import error_text


def _line(name: str, placeholder: str = "", password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class FirstRunWizard(QWizard):
    """Creates the library in an empty database. ``staff`` is the new librarian after ``accept``."""

    def __init__(self, lib: Library, district: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.staff: Staff | None = None
        self.recovery_code = ""
        self.move_file: str = ""  # "Move from the old PC": the packed library chosen instead of a new one
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 520)

        # Page 1: language and kind of library
        self.welcome = QWizardPage()
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.village_kind = QRadioButton()
        self.district_kind = QRadioButton()
        (self.district_kind if district else self.village_kind).setChecked(True)
        self.welcome_text = QLabel()
        self.welcome_text.setWordWrap(True)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        layout = QVBoxLayout(self.welcome)
        layout.addWidget(self.welcome_text)
        layout.addSpacing(12)
        layout.addWidget(self.language_label)
        layout.addWidget(self.language)
        layout.addSpacing(12)
        layout.addWidget(self.village_kind)
        layout.addWidget(self.district_kind)
        layout.addStretch()
        self.move_text = QLabel()
        self.move_text.setWordWrap(True)
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self._move_in)
        layout.addWidget(self.move_text)
        layout.addWidget(self.move_button)
        self.language.currentIndexChanged.connect(self._language_changed)

        # Page 2: the library's profile
        self.profile_page = QWizardPage()
        self.name = _line("name", "Perpustakaan Desa Sukamaju")
        self.code = _line("code", "SKM")
        self.code.setMaxLength(8)
        self.npp = _line("npp")
        self.village = _line("village")
        self.kecamatan = _line("kecamatan")
        self.kabupaten = _line("kabupaten")
        self.province = _line("province")
        self.profile_form = QFormLayout(self.profile_page)
        for widget in (self.name, self.code, self.npp, self.village, self.kecamatan, self.kabupaten, self.province):
            self.profile_form.addRow(QLabel(), widget)

        # Page 3: the first librarian
        self.account_page = QWizardPage()
        self.full_name = _line("full_name")
        self.username = _line("username", "admin")
        self.password = _line("password", password=True)
        self.password2 = _line("password2", password=True)
        self.pin = _line("pin", "1234", password=True)
        self.account_form = QFormLayout(self.account_page)
        for widget in (self.full_name, self.username, self.password, self.password2, self.pin):
            self.account_form.addRow(QLabel(), widget)

        for page in (self.welcome, self.profile_page, self.account_page):
            self.addPage(page)
        self.retranslate()

    def _move_in(self) -> None:
        """The library comes from the old PC (a file made with "Move to another PC"): no new library."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The file from the old PC"), "",
            self.tr("Pustaka move file or backup (pustaka-pindah-*.zip *.sqlite3);;All files (*)"))
        if path:
            self.move_file = path
            self.accept()

    def _language_changed(self) -> None:
        i18n.install(self.language.currentData())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Pustaka"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.welcome.setTitle(self.tr("Welcome"))
        self.move_text.setText(self.tr("Moving from an old PC? Choose the file made there with \"Move to another "
                                       "PC\" (Backups page) instead of setting up a new library. Old PC's disk "
                                       "broken? Choose its newest backup (.sqlite3, e.g. on a USB stick)."))
        self.move_button.setText(self.tr("Move from the &old PC…"))
        self.welcome_text.setText(self.tr(
            "Pustaka manages your library's books, members, loans, visitors and activities, without internet. "
            "Three short steps set it up."))
        self.language_label.setText(self.tr("Language of the application:"))
        self.village_kind.setText(self.tr("This is a village library"))
        self.district_kind.setText(self.tr("This is a district library office (receives the villages' data)"))
        self.profile_page.setTitle(self.tr("Your library"))
        self.profile_page.setSubTitle(self.tr("You can change these later under Settings."))
        labels = [self.tr("Library name:"), self.tr("Library code:"), self.tr("NPP (optional):"), self.tr("Village:"),
                  self.tr("Kecamatan:"), self.tr("Kabupaten:"), self.tr("Province:")]
        for row, text in enumerate(labels):
            self.profile_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.code.setToolTip(self.tr("2 to 8 capital letters or digits; printed at the start of every barcode."))
        self.account_page.setTitle(self.tr("The first librarian"))
        self.account_page.setSubTitle(self.tr(
            "This account may do everything. Volunteers get their own, more limited accounts later."))
        labels = [self.tr("Full name:"), self.tr("User name:"), self.tr("Password:"), self.tr("Password again:"),
                  self.tr("PIN for overrides:")]
        for row, text in enumerate(labels):
            self.account_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        for form in (self.profile_form, self.account_form):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
                label.setBuddy(field)
                field.setAccessibleName(label.text().rstrip(":"))
        self.language.setAccessibleName(self.language_label.text().rstrip(":"))

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        page = self.currentPage()
        if page is self.account_page and self.password.text() != self.password2.text():
            QMessageBox.warning(self, self.tr("Please check"), self.tr("The two passwords are not the same."))
            return False
        try:
            if page is self.profile_page:
                profile.clean_profile({"name": self.name.text(), "code": self.code.text()})
            elif page is self.account_page:
                self._create()
        except PustakaError as exc:
            QMessageBox.warning(self, self.tr("Please check"), error_text(exc))
            return False
        return True

    def _create(self) -> None:
        self.staff = profile.init_library(
            self.lib,
            name=self.name.text(), code=self.code.text(), npp=self.npp.text(), village=self.village.text(),
            kecamatan=self.kecamatan.text(), kabupaten=self.kabupaten.text(), province=self.province.text(),
            librarian=self.username.text(), password=self.password.text(), librarian_name=self.full_name.text(),
            pin=self.pin.text() or None, language=self.language.currentData(),
            kind="district" if self.district_kind.isChecked() else "village",
        )
        # the way back in when no librarian can log in (core.recovery); app.py shows it once, after the wizard
        self.recovery_code = recovery.make_code(self.lib, self.staff)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Enter moves on through the form instead of finishing half-filled.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentPage() is not self.account_page:
            self.next()
            return
        super().keyPressEvent(event)


def move_in_at_start(lib: Library, path, move_file: str) -> Library | None:
    """After "Move from the old PC": the empty library made by this first start is replaced by the one
    in ``move_file`` (core.store.move.unpack), and opened. None (after saying why) when it cannot be."""
    from pathlib import Path

    from ..core.store import move

    lib.close()
    try:
        info = move.unpack(move_file, Path(path))
    except PustakaError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("FirstRunWizard", "The library was not moved"),
                             error_text(exc))
        return None
    QMessageBox.information(None, QCoreApplication.translate("FirstRunWizard", "Library moved"),
                            QCoreApplication.translate("FirstRunWizard", "{name} ({code}) is on this PC now. Log in "
                                                       "with the same account as on the old PC.").format(
                                name=info["name"], code=info["code"])
                            + ("" if info.get("keys", True) else
                               "\n\n" + QCoreApplication.translate("Backup", move.WITHOUT_KEY_NOTE)))
    return Library.open(Path(path), lib.clock)
