"""One reminder on screen: the message, the member's phone in +62 form, a QR code of the WhatsApp
click-to-chat link (scan it with the library's phone), and buttons that open the link on this PC,
copy the text, or note that it was sent from the phone. Every way of sending is written down
(``core.circulation.reminders.record_sent``) and "last reminded" is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from ...core.circulation import reminders
from ...core.errors import PustakaError
from ...core.store.clock import to_local
from ..appearance import text_style
from ..background import load_later
from ..context import AppContext
from .flow_layout import FlowLayout
from .forms import button, note
from .messages import error_text

QR_PIXELS = 220


class ReminderPanel(QWidget):
    sent = Signal(str)  # the channel, after it was recorded

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reminder: reminders.Reminder | None = None
        self.qr_shown = 0  # QR codes drawn (tests wait for it)
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.message.setTabChangesFocus(True)
        self.message.setAccessibleName(self.tr("Reminder message"))
        self.phone = QLabel()
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone.setWordWrap(True)
        self.last = QLabel()
        self.last.setStyleSheet(text_style("muted"))  # the theme's muted text: readable in high contrast too
        self.qr = QLabel()
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code of the WhatsApp link: scan it with the library's phone"))
        self.qr.setToolTip(self.tr("Scan with the library's phone: WhatsApp opens with the message ready to send"))
        self.open_button = button(self.tr("Open in &WhatsApp"),
                                  self.tr("Open the reminder in WhatsApp on this computer"), self.open_link)
        self.copy_button = button(self.tr("&Copy message"), self.tr("Copy the reminder message"), self.copy_message)
        self.sent_button = button(self.tr("Sent from the library &phone"),
                                  self.tr("Note that the reminder was sent from the library's phone"),
                                  lambda: self._record(reminders.WHATSAPP))
        self.status = note()
        self.status.setStyleSheet("color: #0f5a2b; font-weight: bold;")
        # they wrap: in one row they held the panel ~500 px wide and squeezed the hold shelf's list beside it
        buttons = FlowLayout(self.open_button, self.copy_button, self.sent_button)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Message to send by WhatsApp or SMS:")), 0, 0)
        layout.addWidget(self.message, 1, 0, 3, 1)
        layout.addWidget(self.phone, 0, 1)
        layout.addWidget(self.qr, 1, 1)
        layout.addWidget(self.last, 2, 1)
        layout.addLayout(buttons, 4, 0, 1, 2)
        layout.addWidget(self.status, 5, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setRowStretch(3, 1)
        self.show_reminder(None)

    def show_reminder(self, reminder: reminders.Reminder | None, empty_text: str = "") -> None:
        self.reminder = reminder
        self.status.clear()
        has = reminder is not None
        for push in (self.copy_button,):
            push.setEnabled(has)
        self.open_button.setEnabled(has and bool(reminder.link))
        self.sent_button.setEnabled(has and bool(reminder.link))
        if reminder is None:
            self.message.setPlainText(empty_text)
            self.phone.clear()
            self.last.clear()
            self.qr.clear()
            return
        self.message.setPlainText(reminder.text)
        if reminder.link:
            self.phone.setText(self.tr("WhatsApp: {phone}").format(phone=reminder.whatsapp))
            self.qr.clear()
            self.qr.setText(self.tr("Making the QR code…"))
            link = reminder.link  # a long message makes a dense code: ~0.1 s of work, off the GUI thread
            load_later(self, self.ctx.lib, lambda: reminders.qr_png(link, QR_PIXELS), self._show_qr)
        else:
            self.qr.clear()
            self.phone.setText(QCoreApplication.translate("Circulation", reminder.problem).format(phone=reminder.phone))
        self._show_last()

    def _show_qr(self, png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        self.qr.setPixmap(pixmap.scaled(QR_PIXELS, QR_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.FastTransformation))
        self.qr_shown += 1

    def _show_last(self) -> None:
        reminder = self.reminder
        if reminder is None or reminder.last_sent is None:
            self.last.setText(self.tr("Not reminded yet."))
        else:
            self.last.setText(self.tr("Last reminded {when}.").format(
                when=to_local(reminder.last_sent).strftime("%d-%m-%Y %H:%M")))

    def open_link(self) -> None:
        if self.reminder is None or not self.reminder.link:
            return
        QDesktopServices.openUrl(QUrl(self.reminder.link))
        self._record(reminders.WHATSAPP)

    def copy_message(self) -> None:
        if self.reminder is None:
            return
        QGuiApplication.clipboard().setText(self.reminder.text)
        if self._record(reminders.COPIED):
            self.status.setText(self.tr("Copied. Paste it into WhatsApp or an SMS to {phone}.").format(
                phone=self.reminder.whatsapp or self.reminder.phone or self.reminder.name))

    def _record(self, channel: str) -> bool:
        if self.reminder is None:
            return False
        try:
            reminders.record_sent(self.ctx.lib, self.ctx.user, self.reminder, channel)
        except PustakaError as exc:
            self.status.setText(error_text(exc))
            return False
        self._show_last()
        if channel == reminders.WHATSAPP:
            self.status.setText(self.tr("Noted: {name} was reminded.").format(name=self.reminder.name))
        self.sent.emit(channel)
        return True
