"""Settings (librarians only): the library's profile, staff accounts, the language, and how class numbers are
written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import auth, handover, profile, recovery
from ...core.catalog import class_style
from ...core.formatting import format_datetime
from ...core.profile import HIGH_CONTRAST_KEY, TEXT_SIZE_KEY, TEXT_SIZES
from ...core.settings import get_setting
from ...core.staff_names import suggest_username
from ...core.store.models import Staff
from ..appearance import restart_app, text_style
from ..context import AppContext
from ..staff_recovery import CodeDialog
from ..widgets.actions import REFUSED, attempt, until_saved
from ..widgets.forms import OK, FormDialog, add_all, button, form_with_action, note
from ..widgets.messages import confirm, info
from ..widgets.tables import STRETCH, fill, read_only_table
from .base import Page
from .settings_district_db import DistrictDatabaseTab
from .settings_wifi import WifiCatalogueTab


class ProfileTab(Page):
    FIELDS = ("name", "code", "npp", "village", "kecamatan", "kabupaten", "province", "address", "population",
              "phone", "email", "head_name", "rules_text")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
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
        self.save_button = button(self.tr("&Save profile"), self.tr("Save profile"), self.save)
        form_with_action(self, form, self.save_button, max_width=900)
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
        if attempt(self, profile.update_profile, self.ctx.lib, self.ctx.user, **self.values()) is REFUSED:
            return
        self.ctx.events.settings_changed.emit()
        info(self, self.tr("Saved"), self.tr("The library profile was saved."))


class StaffDialog(FormDialog):
    """Add an account, or reset an account's password and PIN. The password is typed twice (it shows as dots: a
    slip would lock the volunteer out on her first morning); a new account's user name is offered from the name."""

    def __init__(self, staff: Staff | None = None, parent=None, own: bool = False) -> None:
        """``own``: the librarian resets her own password (she chose it: nothing to choose again)."""
        super().__init__(parent)
        self.staff = staff
        self.setWindowTitle(self.tr("New staff account") if staff is None else
                            self.tr("Reset password / PIN of {name}").format(name=staff.username))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.full_name.textEdited.connect(self._offer_username)
        self.username.textEdited.connect(lambda: setattr(self, "_offered", None))  # typed by hand: left alone
        self._offered: str | None = ""
        self.role = QComboBox()
        for role in auth.ROLES:
            self.role.addItem(QCoreApplication.translate("Roles", auth.ROLE_NAMES[role]), role)
        self.role.setCurrentIndex(auth.ROLES.index(auth.VOLUNTEER))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = note()
        self.message.setStyleSheet(text_style("danger"))
        rows = [(self.tr("Full name:"), self.full_name), (self.tr("User name:"), self.username),
                (self.tr("Role:"), self.role)] if staff is None else []
        rows += [(self.tr("Password:") if staff is None else self.tr("New password (empty: keep):"), self.password),
                 (self.tr("Password again:"), self.password_again),
                 (self.tr("PIN (optional):") if staff is None else self.tr("New PIN (empty: keep):"), self.pin)]
        for label, field in rows:
            field.setAccessibleName(label.rstrip(":"))
        who = self.tr("the new account") if staff is None else (staff.full_name or staff.username)
        self.setMinimumWidth(460)
        self.finish(rows, self.tr("Save"), self.tr("Cancel"), on_ok=self.check, intro="" if own else self.tr(
            "At the first log-in with this password, {who} chooses a password of her own.").format(who=who))
        self.form.addRow(self.message)
        self.buttons.button(OK).setDefault(True)

    def _offer_username(self, full_name: str) -> None:
        """The user name follows the full name until someone types one by hand."""
        if self._offered is not None and self.username.text() == self._offered:
            self._offered = suggest_username(full_name)
            self.username.setText(self._offered)

    def check(self) -> None:
        if self.staff is not None and not self.password.text() and not self.pin.text():
            self.message.setText(self.tr("Type a new password, a new PIN, or both."))
            self.password.setFocus()
            return
        if self.password.text() != self.password_again.text():
            self.password_again.clear()
            self.message.setText(self.tr("The two passwords are not the same. Type them again."))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class StaffTab(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.table = read_only_table([self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Status"),
                                      self.tr("Last log-in")], self.tr("Staff accounts"), resize=STRETCH)
        self.add_button = QPushButton(self.tr("&Add account…"))
        self.reset_button = QPushButton(self.tr("&Reset password / PIN…"))
        self.role_button = QPushButton(self.tr("Change r&ole"))
        self.active_button = QPushButton(self.tr("&Disable / enable"))
        self.code_button = QPushButton(self.tr("Make a re&covery code…"))
        self.code_state = note()
        for push, slot in ((self.add_button, self.add), (self.reset_button, self.reset),
                           (self.role_button, self.toggle_role), (self.active_button, self.toggle_active),
                           (self.code_button, self.make_recovery_code)):
            push.setAccessibleName(push.text().replace("&", "").rstrip("…"))
            push.clicked.connect(slot)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(add_all(QHBoxLayout(), self.add_button, self.reset_button, self.role_button,
                                 self.active_button))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_button)
        code_row.addWidget(self.code_state, 1)  # the sentence takes the room, the button keeps its size
        layout.addLayout(code_row)
        self.load()

    def load(self) -> None:
        self.staff = auth.staff_list()
        fill(self.table, [(member.username, member.full_name,
                           QCoreApplication.translate("Roles", auth.ROLE_NAMES.get(member.role, member.role)),
                           self.tr("active") if member.active else self.tr("disabled"),
                           format_datetime(member.last_login_at) if member.last_login_at else self.tr("never"))
                          for member in self.staff],
             fit=False)
        self.show_code_state()

    def show_code_state(self) -> None:
        made = recovery.info()
        if made is None:
            self.code_state.setStyleSheet(text_style("danger"))
            self.code_state.setText(self.tr(
                "No recovery code yet: if every librarian forgets the password (or leaves), nobody can get back in. "
                "Make one and keep it with the village office."))
            return
        self.code_state.setStyleSheet("")
        self.code_state.setText(self.tr("Recovery code made {when} by {name}; only the last one made works.").format(
            when=format_datetime(made.made_at) if made.made_at else "-", name=made.made_by or "-"))

    def make_recovery_code(self) -> None:
        if recovery.info() is not None and not confirm(self, self.tr("New recovery code"), self.tr(
                "Make a new recovery code? The one kept at the village office stops working: replace it there "
                "with the new one.")):
            return
        code = attempt(self, recovery.make_code, self.ctx.lib, self.ctx.user)
        if code is not REFUSED:
            CodeDialog(self.ctx.lib, code, self).exec()
            self.ctx.events.settings_changed.emit()  # (the status bar's "no recovery code" goes)
        self.show_code_state()

    def _change(self, call, *args, **kwargs) -> None:
        """``call(lib, user, *args)`` about an account; the list is shown again either way."""
        attempt(self, call, self.ctx.lib, self.ctx.user, *args, **kwargs)
        self.load()

    def selected(self) -> Staff | None:
        """The account chosen in the list; None (after saying so) when none is."""
        row = self.table.currentRow()
        if 0 <= row < len(self.staff):
            return self.staff[row]
        info(self, self.tr("Staff accounts"), self.tr("Choose an account in the list first."))
        return None

    def add(self) -> None:
        dialog = StaffDialog(parent=self)
        # a refusal (a user name taken, a password too easy) opens the dialog again with what was typed
        until_saved(dialog, lambda: auth.add_staff(
            self.ctx.lib, self.ctx.user, dialog.username.text(), dialog.password.text(), dialog.role.currentData(),
            full_name=dialog.full_name.text(), pin=dialog.pin.text() or None))
        self.load()

    def reset(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        dialog = StaffDialog(staff, parent=self, own=staff.id == self.ctx.user.id)
        until_saved(dialog, lambda: auth.reset_secret(self.ctx.lib, self.ctx.user, staff,
                                                      password=dialog.password.text() or None,
                                                      pin=dialog.pin.text() or None))
        self.load()

    def toggle_role(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        name = f"{staff.full_name} ({staff.username})" if staff.full_name else staff.username
        if staff.role == auth.LIBRARIAN:
            new, question = auth.VOLUNTEER, self.tr(
                "Make {name} a volunteer? She keeps her account but may only do desk work: no settings, staff "
                "accounts, deletes, backups or audit log.")
        else:
            new, question = auth.LIBRARIAN, self.tr(
                "Make {name} a librarian? She may then do everything: settings, staff accounts, deleting records, "
                "restoring backups, the audit log.")
        if confirm(self, self.tr("Change role"), question.format(name=name)):
            self._change(auth.set_role, staff, new)

    def toggle_active(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        if staff.active and not confirm(self, self.tr("Disable account"),
                                        self.tr("Disable the account {name}? It can be enabled again later.").format(
                                            name=staff.username)):
            return
        was_active = staff.active
        self._change(auth.set_active, staff, not staff.active)
        left = handover.notes(self.ctx.lib, staff) if was_active and not staff.active else []
        if left:  # a librarian replaced: what is left to do
            info(self, self.tr("Still to do"), "\n\n".join(
                QCoreApplication.translate("Handover", message).format(**values) for message, values in left))


class LanguageTab(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(get_setting("language", "id"))))
        form = QFormLayout()
        form.addRow(self.tr("Language of the application:"), self.language)
        form_with_action(self, form, button(self.tr("&Apply language"), self.tr("Apply language"), self.apply),
                         self.tr("Indonesian is the default. The window reopens in the new language."))

    def apply(self) -> None:
        language = self.language.currentData()
        if attempt(self, profile.set_language, self.ctx.lib, self.ctx.user, language) is REFUSED:
            return
        window = self.window()
        if hasattr(window, "language_changed"):
            window.language_changed.emit(language)


class AppearanceTab(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for size in TEXT_SIZES:
            self.text_size.addItem(f"{size} %", size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(get_setting(TEXT_SIZE_KEY, 100))))
        self.high_contrast = QCheckBox(self.tr("&High contrast (light text on black)"))
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.high_contrast.setChecked(bool(get_setting(HIGH_CONTRAST_KEY, False)))
        form = QFormLayout()
        form.addRow(self.tr("Text size:"), self.text_size)
        form.addRow("", self.high_contrast)
        form_with_action(self, form, button(self.tr("Apply and &restart"), self.tr("Apply and restart"), self.apply),
                         self.tr("Pustaka restarts to show the new size; nothing is lost."))

    def apply(self) -> None:
        if attempt(self, profile.set_appearance, self.ctx.lib, self.ctx.user, self.text_size.currentData(),
                   self.high_contrast.isChecked()) is not REFUSED:
            restart_app()


class ClassNumbersTab(Page):
    """How the library writes a class number (``class_style``): with the KDT segmentation space or without,
    each shown with its example. Until a librarian saves a choice here, a move-in takes its copies' way."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.plain = QRadioButton(self.tr("&Without a space: {example}").format(example=class_style.example(False)))
        self.plain.setAccessibleName(self.tr("Class numbers without a space, like {example}").format(
            example=class_style.example(False)))
        self.segmented = QRadioButton(self.tr("With a space as in the &KDT: {example}").format(
            example=class_style.example(True)))
        self.segmented.setAccessibleName(self.tr("Class numbers with a space as in the KDT, like {example}").format(
            example=class_style.example(True)))
        choice = QWidget()
        choice.setAccessibleName(self.tr("Class numbers are written"))
        add_all(QVBoxLayout(choice), self.plain, self.segmented, stretch=False).setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Class numbers are written:"), choice)
        self.save_button = button(self.tr("&Save"), self.tr("Save the way class numbers are written"), self.save)
        form_with_action(self, form, self.save_button, self.tr(
            "Only how a class number is shown on the screens and on new spine labels; the catalogue keeps it the "
            "same either way.\nUntil you save a choice here, a catalogue moved in from SLiMS or INLISLite "
            "takes the way its copies' call numbers were written."), max_width=900)
        self.load()

    def load(self) -> None:
        (self.segmented if class_style.segmented() else self.plain).setChecked(True)

    def save(self) -> None:
        chosen = self.segmented.isChecked()
        if attempt(self, class_style.choose_by_hand, self.ctx.lib, self.ctx.user, chosen) is REFUSED:
            return
        self.ctx.events.settings_changed.emit()
        info(self, self.tr("Saved"), self.tr("Class numbers are now written like {example}.").format(
            example=class_style.example(chosen)))


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        (self.profile_tab, self.staff_tab, self.language_tab, self.appearance_tab, self.class_numbers_tab,
         _wifi) = self.fill_with_tabs(self.tr("Settings"), [
            (ProfileTab, self.tr("Library profile")), (StaffTab, self.tr("Staff accounts")),
            (LanguageTab, self.tr("Language")), (AppearanceTab, self.tr("Text size and contrast")),
            (ClassNumbersTab, self.tr("Class numbers")), (WifiCatalogueTab, self.tr("Wi-Fi catalogue"))])
        self.district_db_tab = None
        if ctx.lib.is_district and auth.allowed(ctx.user, "sync.manage"):  # (never in a village library)
            self.district_db_tab = DistrictDatabaseTab(ctx)
            self.add_tab(self.district_db_tab, self.tr("Union catalogue database"))

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Other areas add their settings as tabs (label calibration, sync consent...)."""
        self.tabs.addTab(widget, title)
