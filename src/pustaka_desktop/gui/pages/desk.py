"""The circulation desk (Meja Layanan): one scan box, big clear answers.

Scan a member card: the member opens (photo, loans with due dates, overdue, fines, holds, blocks).
Scan a book: it is lent to that member; with nobody open it is returned. F2 / F3 / F4 choose Lend /
Return / Renew explicitly, F5 renews an ended membership, F6 takes a payment of the member's fines, Ctrl+H shows a copy's history, Esc clears the member (so does a few minutes without scans). Every scan is
queued and worked off in order on one worker thread (``SerialWorker``), so fast scanners never lose
or merge a scan and the window never freezes. Answers come in large coloured type with a sound; the
last actions stay listed; a librarian can undo the last one, or approve a refusal with their PIN.

The page lays the desk out and turns keys, buttons and scans into queued work (``desk_session``);
``desk_boxes`` holds the boxes it opens over the scan box (questions, PIN, payment, F7, pick list);
``desk_answers`` words each answer and ``widgets/desk_banner`` shows it, ``widgets/desk_member_card``
the member.
"""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.circulation.loans import CheckinResult, CheckoutResult, RenewResult
from ...core.circulation.member_loans import MemberSummary
from ...core.settings import get_setting
from ...core.store.clock import local_today
from ..appearance import color
from ..context import AppContext
from ..desk_answers import answer_text, failure_text
from ..desk_session import LEND, RENEW, RETURN, DeskEvent, DeskSession
from ..widgets.desk_banner import AnswerBanner, LastActions
from ..widgets.desk_member_card import MemberCard
from ..widgets.desk_question import DeskQuestion
from ..widgets.forms import side_by_side
from ..widgets.member_picker import MemberPicker
from ..widgets.messages import ask_to_sign_in_again
from ..widgets.scan_box import ScanBox, SerialWorker
from ..widgets.sounds import DeskSounds
from .desk_boxes import DeskBoxes

log = logging.getLogger(__name__)

IDLE_KEY = "desk.idle_seconds"
DEFAULT_IDLE_SECONDS = 180
HISTORY = 200
BANNER_HEIGHT = 108
# Large text on a small screen (150 % on 1366x768 leaves the desk under 400 px): below this much room the
# desk goes compact (no photo, smaller banner, buttons and scan box, tighter spacing), so the member's
# loans stay in view without scrolling.
COMPACT_BELOW = 600
COMPACT_BANNER_HEIGHT = 74  # three lines of a refusal (reason, reason, "F8") at 10pt
# The four mode buttons in 15pt need about 800 px side by side. Practice mode's tasks panel on a 1024-wide
# netbook leaves the desk under 700: there the buttons' text gets smaller, so Esc is not cut off and the desk
# never scrolls sideways (a volunteer with no mouse could not reach what is off screen).
NARROW_BELOW = 800


class _FixedGrid(QGridLayout):
    """The desk's layout gives every part a fixed place: it does not grow with wrapped text (a
    height-for-width layout makes the page as tall as its longest text wants, and it scrolls)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt name
        return False


def _is_plain_f6(event) -> bool:
    return event.key() == Qt.Key.Key_F6 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


def _same_member(summary: MemberSummary | None, number: str | None) -> bool:
    return summary is not None and number is not None and summary.member.number == number


class DeskPage(DeskBoxes, QWidget):
    busy_wait = Signal(int)  # from the desk's worker: another job holds the database, the scan waits

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = LEND
        self.book_drop = False  # Return mode, F3 again: the books out of the book drop
        self.summary: MemberSummary | None = None
        self.last_refusal: DeskEvent | None = None
        self.last_override: DeskEvent | None = None  # a loan an override just let through: F8 asks why
        self.events_seen = 0  # every scan, override, undo and clear answered so far
        self.history: deque[DeskEvent] = deque(maxlen=HISTORY)
        self.compact = False  # large text on a small screen (``_fit_room``)
        self.narrow = False  # little width (the practice tasks panel on a netbook): smaller mode buttons
        self._shared_at = 0  # the room's width the card and the last actions were last shared out for
        self.visit: list = []  # this member's results since the card was scanned, for the receipt
        self.last_receipt = ""  # the receipt saved last (F9), for "Open receipt"
        self.last_copy = ""  # the barcode of the copy scanned last, for its history (Ctrl+H)
        self.scans: dict[int, str] = {}  # worker ticket -> the code scanned, to name a scan whose job failed
        self.session = DeskSession(ctx.lib, ctx.user)
        self.worker = worker = SerialWorker(ctx.lib)  # not the page's child: stopped first, never deleted while running
        self.destroyed.connect(worker.close)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda: worker.stop())
        self._announcing = False
        self.picker: MemberPicker | None = None
        self.reserve_dialog = None
        self.payment_dialog = None
        self.question: DeskQuestion | None = None  # an override, undo or renewal waiting for Yes or No
        self.worker.finished_job.connect(self._on_result)
        self.session.on_busy = self.busy_wait.emit
        self.busy_wait.connect(lambda attempt: self.result.show_answer(self.tr(
            "Waiting: another job is writing to the library (an import or a sync bundle). The scan goes through as "
            "soon as it ends ({attempt})…").format(attempt=attempt), "neutral"))
        self.worker.failed_job.connect(self._on_failure)
        self.sounds = DeskSounds(self)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_timeout)
        self.idle_ms = int(get_setting(IDLE_KEY, DEFAULT_IDLE_SECONDS) or 0) * 1000

        self._build()
        self._shortcuts()
        self._show_member(None)
        self.result.show_answer(self.tr("Ready. Scan a member card to lend, or scan a book to return it."), "neutral")
        self.worker.submit(self.session.expire_holds)  # copies nobody collected go to the next in line
        ctx.events.members_changed.connect(self._refresh_member)
        ctx.events.circulation_changed.connect(self._refresh_member)

    # -- layout -----------------------------------------------------------------------------------

    def _big_button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan box keeps the keyboard
        button.setMinimumHeight(52)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._style_big_button(button, narrow=False)
        return button

    @staticmethod
    def _style_big_button(button: QPushButton, narrow: bool) -> None:
        size, padding = ("12pt", "4px 8px") if narrow else ("15pt", "6px 14px")
        button.setStyleSheet(
            f"QPushButton {{ font-size: {size}; padding: {padding}; border: 2px solid {color('border')};"
            f" border-radius: 8px; background: {color('button')}; color: {color('button_text')}; }}"
            # the chosen mode is filled, not bold: a button sized for plain text cut its bold text ("F2  Pinja")
            f"QPushButton:checked {{ background: {color('accent')}; color: {color('accent_text')};"
            f" border-color: {color('accent')}; }}")

    def _build(self) -> None:
        self.lend_button = self._big_button(self.tr("F2  Lend"), self.tr("Lend mode"),
                                            self.tr("Scan a member card, then books to lend them"))
        self.return_button = self._big_button(self.tr("F3  Return"), self.tr("Return mode"),
                                              self.tr("Every scanned book is returned"))
        self.renew_button = self._big_button(self.tr("F4  Renew"), self.tr("Renew mode"),
                                             self.tr("Every scanned book is renewed"))
        self.clear_button = self._big_button(self.tr("Esc  Next member"), self.tr("Clear the member"),
                                             self.tr("Close this member and start with the next one"))
        self.modes = QButtonGroup(self)
        for button, mode in ((self.lend_button, LEND), (self.return_button, RETURN), (self.renew_button, RENEW)):
            button.setCheckable(True)
            self.modes.addButton(button)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
        self.lend_button.setChecked(True)
        self.clear_button.clicked.connect(self.clear_member)

        modes = QHBoxLayout()
        for button in (self.lend_button, self.return_button, self.renew_button):
            modes.addWidget(button)
        modes.addSpacing(12)  # 24 made the desk scroll sideways at 150 % once it scrolled down
        modes.addWidget(self.clear_button)

        self.prompt = QLabel()
        self.prompt.setStyleSheet(f"font-size: 15pt; color: {color('neutral')};")
        self.prompt.setWordWrap(False)
        self.prompt.setMinimumWidth(80)  # a long name never widens the page
        self.scan_box = ScanBox(self)
        self.scan_box.setAccessibleName(self.tr("Scan box"))
        self.scan_box.setPlaceholderText(self.tr("Scan or type a barcode, then Enter"))
        self.scan_box.scanned.connect(self.submit_scan)
        self.pending = QLabel("")
        self.pending.setStyleSheet(f"color: {color('muted')}; font-size: 11pt;")
        self.pending.setFixedHeight(self.pending.fontMetrics().height() + 2)

        self.result = AnswerBanner()
        self.result.setAccessibleName(self.tr("Result of the last scan"))
        self.result.setFixedHeight(BANNER_HEIGHT)  # the answer never moves the rest of the desk
        self.override_button = QPushButton(self.tr("F8  Librarian override…"))
        self.override_button.setAccessibleName(self.tr("Librarian override"))
        self.override_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.override_button.setMinimumHeight(48)
        self.override_button.setStyleSheet(
            f"QPushButton {{ font-size: 14pt; padding: 6px 18px; background: {color('warning_bg')};"
            f" color: {color('warning')}; border: 2px solid {color('warning_border')}; border-radius: 8px; }}")
        self.override_button.clicked.connect(self.request_override)
        self.override_button.hide()
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.card = MemberCard()
        self.card.reserve_clicked.connect(self.reserve_title)
        self.card.renew_clicked.connect(self.renew_membership)
        self.card.pay_clicked.connect(self.pay_fine)

        # recent actions
        self.log = LastActions(HISTORY)
        self.log.setAccessibleName(self.tr("Last actions"))
        self.undo_button = QPushButton(self.tr("Undo last action (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo last action"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setVisible(self.ctx.allowed("circulation.undo"))
        self.receipt_button = QPushButton(self.tr("F9  Receipt (PDF)"))
        self.receipt_button.setAccessibleName(self.tr("Receipt for this visit"))
        self.receipt_button.setToolTip(self.tr("Saves the receipt of this visit in the receipts folder"))
        self.receipt_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.receipt_button.clicked.connect(self.save_receipt)
        self.receipt_button.setEnabled(False)
        self.open_receipt_button = QPushButton(self.tr("Open receipt"))
        self.open_receipt_button.setAccessibleName(self.tr("Open the last receipt to print it"))
        self.open_receipt_button.setToolTip(self.tr("Opens the receipt saved last in the PDF viewer, to print it "
                                                    "(Ctrl+P)"))
        self.open_receipt_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click: the scan box keeps the keyboard
        self.open_receipt_button.clicked.connect(self.open_receipt)
        self.open_receipt_button.setEnabled(False)
        self.history_button = QPushButton(self.tr("Copy history (Ctrl+H)"))
        self.history_button.setAccessibleName(self.tr("History of a copy"))
        self.history_button.setToolTip(self.tr("Who borrowed a copy and when it came back, without returning it"))
        self.history_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan box keeps the keyboard
        self.history_button.clicked.connect(self.copy_history)
        self.receipt_row = receipt_row = QGridLayout()  # (the history button goes under the others when narrow)
        receipt_row.addWidget(self.receipt_button, 0, 0)
        receipt_row.addWidget(self.open_receipt_button, 0, 1)
        receipt_row.addWidget(self.history_button, 0, 2)
        receipt_row.setColumnStretch(0, 1)
        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Last actions"))
        title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        log_layout.addWidget(title)
        log_layout.addWidget(self.log, 1)
        log_layout.addLayout(receipt_row)
        log_layout.addWidget(self.undo_button)

        self.splitter = splitter = side_by_side(self.card, log_box, stretch=(3, 2))

        layout = _FixedGrid(self)
        layout.addLayout(modes, 0, 0)
        layout.addWidget(self.prompt, 1, 0)
        layout.addWidget(self.scan_box, 2, 0)
        layout.addWidget(self.pending, 3, 0)
        layout.addLayout(result_row, 4, 0)
        layout.addWidget(splitter, 5, 0)
        layout.setRowStretch(5, 1)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (("F2", lambda: self.set_mode(LEND)), ("F3", self.return_key),
                          ("F4", lambda: self.set_mode(RENEW)), ("F5", self.renew_membership),
                          ("Esc", self.clear_member),
                          ("F7", self.reserve_title), ("F8", self.request_override), ("F9", self.save_receipt),
                          ("Ctrl+Z", self.undo_last), ("Ctrl+H", self.copy_history),
                          ("Ctrl+P", self.open_receipt)):  # (the button takes no keyboard: the scan box keeps it)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def event(self, event: QEvent) -> bool:
        # F6 is the main window's key to the navigation list too: two owners made it do nothing, or put the
        # keyboard in that list (the next card scanned was lost). At the desk F6 pays a fine: the key is taken
        # here before any shortcut sees it, and comes back as a key press (``keyPressEvent``).
        if event.type() == QEvent.Type.ShortcutOverride and _is_plain_f6(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if _is_plain_f6(event):
            self.pay_fine()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        QTimer.singleShot(0, self.scan_box, self.scan_box.setFocus)
        room = self.parentWidget()  # the page holder's viewport: the room the desk really has
        if room is not None:
            room.installEventFilter(self)  # installed once however often it is called (Qt)
            self._fit_room(room.height(), room.width())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self._fit_room(event.size().height(), event.size().width())
        return super().eventFilter(watched, event)

    def _fit_room(self, height: int, width: int = 0) -> None:
        narrow = 0 < width < NARROW_BELOW
        if narrow != self.narrow:
            self.narrow = narrow
            for button in (self.lend_button, self.return_button, self.renew_button, self.clear_button):
                self._style_big_button(button, narrow)
            self.card.set_narrow(narrow)
            # three buttons side by side kept the last actions wide and the member's card too narrow to read
            self.receipt_row.removeWidget(self.history_button)
            if narrow:
                self.receipt_row.addWidget(self.history_button, 1, 0, 1, 2)
            else:
                self.receipt_row.addWidget(self.history_button, 0, 2)
        if narrow and width != self._shared_at:
            self._shared_at = width
            QTimer.singleShot(0, self, self._share_width)  # once the splitter has its new width
        compact = 0 < height < COMPACT_BELOW
        if compact == self.compact:
            return
        self.compact = compact
        self.card.set_compact(compact)
        self.result.setFixedHeight(COMPACT_BANNER_HEIGHT if compact else BANNER_HEIGHT)
        self.result.set_compact(compact)
        for button in (self.lend_button, self.return_button, self.renew_button, self.clear_button):
            button.setMinimumHeight(40 if compact else 52)
        self.scan_box.set_compact(compact)
        self.layout().setSpacing(4 if compact else -1)  # -1: the style's own spacing
        self.layout().setContentsMargins(*(4 if compact else 9,) * 4)
        self._show_pending()
        self.result.refit()

    def _share_width(self) -> None:
        """The member's card three parts, the last actions two: in little width the splitter's first sharing (by
        what each wanted) left the card too narrow for the member's name and loans."""
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([total * 3 // 5, total - total * 3 // 5])

    # -- actions (GUI thread: queue only, never wait) -----------------------------------------------

    def set_mode(self, mode: str) -> None:
        changed = mode != self.mode or self.book_drop
        self.mode = mode
        self.book_drop = False
        {LEND: self.lend_button, RETURN: self.return_button, RENEW: self.renew_button}[mode].setChecked(True)
        self._update_prompt()
        if changed and self.last_refusal is not None:  # an old refusal no longer applies
            self.last_refusal = None
            self.override_button.hide()
            self.result.show_answer(self.prompt.text(), "neutral")
        self.scan_box.setFocus()

    def return_key(self) -> None:
        """F3: Return mode; pressed again, the books out of the book drop (fined only to the last open day: after
        a closure, the day before it), and once more back to returns at the desk."""
        if self.mode != RETURN:
            self.set_mode(RETURN)
            return
        self.book_drop = not self.book_drop
        self._update_prompt()
        self.result.show_answer(self.prompt.text(), "neutral")
        self.scan_box.setFocus()

    def submit_scan(self, code: str) -> None:
        """A scan from the box (or the bench/tests): queued with the mode chosen when it was made."""
        self.scans[self.worker.submit(self.session.scan, code, self.mode, self.book_drop)] = code
        self._update_pending()
        self._restart_idle()

    def clear_member(self) -> None:
        if self.payment_dialog is not None:  # the member leaves: their unfinished payment is not recorded
            self.payment_dialog.reject()
        if self.question is not None:  # nor is what was asked while they were served
            self.question.reject()
        self.worker.submit(self.session.clear)
        if self.mode != LEND:
            self.set_mode(LEND)
        self.scan_box.setFocus()

    def open_member(self, number: str) -> None:
        """Serve this member (chosen from the pick list, or sent from the Members page)."""
        if self.mode != LEND:
            self.set_mode(LEND)
        self.worker.submit(self.session.open_member, number)
        self._restart_idle()
        self.scan_box.setFocus()

    def _note(self, text: str) -> None:
        """Something the volunteer started and did not finish: in the banner (heard) and in the last actions."""
        self.result.show_answer(text, "neutral")
        self.log.add(self.ctx.lib.clock.now().astimezone().strftime("%H:%M"), text, "neutral")

    def save_receipt(self) -> None:
        """F9: the receipt of this visit (what was lent, renewed, returned, paid) as a small-printer PDF, filed
        in the receipts folder. No box asks where: a file dialog took the keyboard, and the next card scanned
        became the file's name. Written by the desk's own worker, in turn with the scans."""
        if not self.visit:
            return
        self.worker.submit(self.session.save_receipt, list(self.visit))
        self.result.show_answer(self.tr("Writing the receipt…"), "neutral")
        self.scan_box.setFocus()

    def open_receipt(self) -> None:
        """The receipt saved last, in the PC's PDF viewer (to print it); said when there is no viewer."""
        if self.last_receipt and not QDesktopServices.openUrl(QUrl.fromLocalFile(self.last_receipt)):
            self.result.show_answer(self.tr("No program on this computer opens PDF files. The receipt is saved in "
                                             "{path}").format(path=self.last_receipt), "neutral")
        self.scan_box.setFocus()

    def _refresh_member(self) -> None:
        if self.summary is not None and not self._announcing:
            self.worker.submit(self.session.refresh)

    def _restart_idle(self) -> None:
        if self.idle_ms > 0:
            self.idle.start(self.idle_ms)

    def _idle_timeout(self) -> None:
        if self.summary is not None or self.mode != LEND:
            self.clear_member()

    # -- results (GUI thread) ---------------------------------------------------------------------

    def _on_result(self, ticket: int, event: DeskEvent) -> None:
        self.scans.pop(ticket, None)
        if event.kind != "refreshed":  # a refresh (or the hold check at start) answers no scan
            self.events_seen += 1
        self._update_pending()
        if event.kind != "refreshed":
            self.history.append(event)
        if event.kind in ("lend", "return", "renew", "refused") and event.code:
            self.last_copy = event.code  # (Ctrl+H offers its history)
        served = self.summary.member.number if self.summary is not None else None
        self._show_member(event.summary)
        if event.kind == "refreshed":
            return
        if event.kind == "receipt":
            self.last_receipt = event.result
            self.open_receipt_button.setEnabled(True)
            saved = Path(event.result)
            self._note(self.tr("Receipt saved: {name} (in the folder {folder}). Ctrl+P opens it to print.").format(
                name=saved.name, folder=saved.parent))
            return
        if event.kind == "choose":
            who = self.tr("Who is “{text}”? Choose the member in the list.").format(text=event.code)
            self.result.show_answer(who, "neutral")
            self._pick_member(event.lookup)
            return
        if event.kind == "cleared" or (event.kind == "member" and not _same_member(event.summary, served)):
            self.visit = []  # (her card scanned again mid-visit keeps the books lent so far on her receipt)
        elif event.kind in ("lend", "return", "renew", "paid"):  # a payment goes on the receipt too
            self.visit.append(event.result)
        elif event.kind == "undo":
            self._forget_undone(event.result)
        self.receipt_button.setEnabled(bool(self.visit))
        if event.kind == "cleared":
            self.result.show_answer(
                self.tr("Ready for the next member. Scan a member card, or a book to return it."), "neutral")
            self.override_button.hide()
            self.last_refusal = self.last_override = None
            return
        text = answer_text(event)
        if event.scanned_into == "pin":  # said first: the volunteer expected an approval
            text = self.tr("Not approved: a card or a book was scanned into the PIN box.") + "\n" + text
        elif event.scanned_into == "why":
            text = self.tr("Not written: a card or a book was scanned into the box asking why.") + "\n" + text
        self.result.show_answer(text, event.tone)
        self.sounds.play("ok" if event.tone in ("ok", "neutral") else event.tone)
        self.log.add(self.ctx.lib.clock.now().astimezone().strftime("%H:%M"), text, event.tone)
        self.show_override_button(event)
        if ask_to_sign_in_again(self, event.error):  # a librarian changed this account: sign in again, the member stays open
            self.scan_box.setFocus()  # the next scan goes to the desk again
            return
        if event.kind == "membership":
            self._announcing = True
            try:
                self.ctx.events.members_changed.emit()
            finally:
                self._announcing = False
        if event.kind in ("lend", "return", "renew", "undo", "paid"):  # a payment: the fines pages too
            self._announcing = True  # other pages refresh; this one is up to date already
            try:
                self.ctx.events.circulation_changed.emit()
            finally:
                self._announcing = False

    def _on_failure(self, ticket: int, exc: BaseException, details: str) -> None:
        """A job that failed (a pulled USB stick, a full disk, a fault) is said in the banner and the last
        actions, with the scan it lost, like a refusal: never in a box, whose OK the next scan's Enter pressed
        (that scan lost too). The details go to the log file, not to the volunteer."""
        log.error("a desk job failed\n%s", details)
        self.events_seen += 1
        self._update_pending()
        text = failure_text(exc, self.scans.pop(ticket, None))
        self.result.show_answer(text, "refused")
        self.log.add(self.ctx.lib.clock.now().astimezone().strftime("%H:%M"), text, "refused")
        self.sounds.play("refused")

    def _forget_undone(self, undone) -> None:
        """The receipt lists the visit as it stands: an undone loan, return or renewal leaves it."""
        kinds = {"checkout": CheckoutResult, "checkin": CheckinResult, "renew": RenewResult}
        wanted = kinds.get(undone.kind)
        for index in range(len(self.visit) - 1, -1, -1):
            result = self.visit[index]
            loan = getattr(result, "loan", None)
            if isinstance(result, wanted) and loan is not None and loan.uid == undone.loan_uid:
                del self.visit[index]
                break

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.result.refit()

    def _update_pending(self) -> None:
        waiting = self.worker.pending
        self.pending.setText(self.tr("Working on {count} scan(s)…").format(count=waiting) if waiting > 1 else "")
        self._show_pending()

    def _show_pending(self) -> None:
        # a compact desk has no room for an empty line: the count appears only while scans wait
        self.pending.setVisible(not self.compact or bool(self.pending.text()))

    def _update_prompt(self) -> None:
        if self.mode == RETURN and self.book_drop:
            text = self.tr("BOOK DROP: scan each book from the book drop; late days count only to the last open "
                           "day. F3: back to returns at the desk.")
        elif self.mode == RETURN:
            text = self.tr("RETURN: scan each book that comes back.")
        elif self.mode == RENEW:
            text = self.tr("RENEW: scan each book to give it more time.")
        elif self.summary is not None:
            text = self.tr("LEND to {name}: scan the books. Esc when done.").format(name=self.summary.member.name)
        else:
            text = self.tr("Scan a member card to lend. A book scanned now is returned.")
        self.prompt.setText(text)

    def _show_member(self, summary: MemberSummary | None) -> None:
        self.summary = summary
        self._update_prompt()
        self.card.show_member(summary, local_today(self.ctx.lib.clock), self.ctx.allowed("members.renew"),
                              self.ctx.allowed("circulation.hold"),
                              self.ctx.allowed("fines.pay"))

    # -- shutting down ----------------------------------------------------------------------------

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Finish the queued scans and stop the worker (the main window closes the page)."""
        self.idle.stop()
        self.worker.stop()
