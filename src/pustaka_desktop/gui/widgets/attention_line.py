"""One quiet line in the main window's status bar for what a librarian must act on but is told only on
pages she may never open (the app opens on the desk):

"Needs attention: backup to a USB stick 45 days ago · 3 lost in the restore · 42 to check"

Each part is a link to where it is dealt with: the Backups page (``core.store.backup_reminder``), the
Sync page's list of what a restored backup lost (``core.sync.lost``), the review list "Perlu diperiksa"
(``core.catalog.review``), the staff accounts when the library has no recovery code (``core.recovery``: a
library set up before codes existed; without one, a forgotten password of the only librarian locks everyone
out). Ctrl+Shift+P puts the keyboard on the line (Tab moves between its links, Enter
opens one). Only the parts this staff member may act on show (a volunteer sees none); nothing at all
when nothing needs attention, and nothing in the practice library (it keeps no backups, never syncs).
No dialog: the line is announced once to a screen reader when it appears (or gains a part).

Counted off the GUI thread (``background.load_later``) at the start, after every job that ended (a
backup, a bundle imported, an import: ``workers.JOBS``), after a catalogue or settings change, and every
few minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from ...core import recovery
from ...core.catalog import review
from ...core.formatting import format_date
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.practice import library as practice
from ...core.service import Library
from ...core.store import backup_reminder
from ...core.sync import lost
from ..background import load_later
from ..context import AppContext
from . import a11y

REFRESH_MS = 5 * 60_000  # a daily backup failing, a bundle imported by the hub watch: seen within minutes
SHORTCUT = "Ctrl+Shift+P"  # P: "Perlu perhatian"

# what each part needs (the same actions as the pages it opens)
BACKUP, LOST, REVIEW, RECOVERY = "backups", "sync", "review", "settings"
PERMISSIONS = {BACKUP: "backup.create", LOST: "sync.manage", REVIEW: "catalog.edit", RECOVERY: "staff.manage"}

NEEDS_ATTENTION = QT_TRANSLATE_NOOP("AttentionLine", "Needs attention:")
BACKUP_NEVER = QT_TRANSLATE_NOOP("AttentionLine", "no backup on a USB stick yet")
BACKUP_DAYS = QT_TRANSLATE_NOOP("AttentionLine", "backup to a USB stick {days} days ago")
BACKUP_CLOCK = QT_TRANSLATE_NOOP("AttentionLine", "last backup to a USB stick {date}")
BACKUP_FAILED = QT_TRANSLATE_NOOP("AttentionLine", "the automatic backup failed")
LOST_LINES = QT_TRANSLATE_NOOP("AttentionLine", "{count} lost in the restore")
REVIEW_OPEN = QT_TRANSLATE_NOOP("AttentionLine", "{count} to check")
NO_RECOVERY_CODE = QT_TRANSLATE_NOOP("AttentionLine", "no recovery code")
HOW_TO_OPEN = QT_TRANSLATE_NOOP("AttentionLine", "{shortcut} puts the keyboard here; Tab moves between the links, "
                                                 "Enter opens one.")


@dataclass(frozen=True)
class Attention:
    backup: backup_reminder.BackupReminder | None = None  # only when it needs attention
    lost: int = 0  # lines of a restore's list still to do
    review: int = 0  # open review flags
    no_recovery_code: bool = False

    @property
    def empty(self) -> bool:
        return self.backup is None and not self.lost and not self.review and not self.no_recovery_code


def gather(lib: Library, may: frozenset[str]) -> Attention:
    """What needs attention, of the parts in ``may`` (cheap: settings and one count; runs off the GUI thread)."""
    if not may or practice.is_practice(lib):
        return Attention()
    reminder = backup_reminder.reminder(lib) if BACKUP in may else None
    return Attention(
        backup=reminder if reminder is not None and reminder.needs_attention else None,
        lost=len(lost.entries(lib)) if LOST in may and not lib.is_district else 0,
        review=review.open_count(lib) if REVIEW in may else 0,
        no_recovery_code=RECOVERY in may and recovery.info() is None)


def backup_words(reminder: backup_reminder.BackupReminder) -> str:
    translate = QCoreApplication.translate
    if reminder.failure is not None:
        return translate("AttentionLine", BACKUP_FAILED)
    if reminder.last_off_pc is None:
        return translate("AttentionLine", BACKUP_NEVER)
    if reminder.days is None:  # the clock is or was wrong: the date only (the Backups page says why)
        return translate("AttentionLine", BACKUP_CLOCK).format(date=format_date(reminder.last_off_pc.at))
    return translate("AttentionLine", BACKUP_DAYS).format(days=reminder.days)


def parts(attention: Attention) -> list[tuple[str, str]]:
    """(where it opens, what it says), most urgent first."""
    translate = QCoreApplication.translate
    out = []
    if attention.backup is not None:
        out.append((BACKUP, backup_words(attention.backup)))
    if attention.lost:
        out.append((LOST, translate("AttentionLine", LOST_LINES).format(count=attention.lost)))
    if attention.review:
        out.append((REVIEW, translate("AttentionLine", REVIEW_OPEN).format(count=attention.review)))
    if attention.no_recovery_code:
        out.append((RECOVERY, translate("AttentionLine", NO_RECOVERY_CODE)))
    return out


class AttentionLine(QLabel):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = ctx
        self.may = frozenset(key for key, action in PERMISSIONS.items() if ctx.allowed(action))
        self.shown: list[str] = []  # the parts on screen now (a new one is announced)
        self.setObjectName("attentionLine")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.linkActivated.connect(self.open)
        how = QCoreApplication.translate("AttentionLine", HOW_TO_OPEN).format(shortcut=SHORTCUT)
        self.setToolTip(how)
        self.setAccessibleDescription(how)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        """Count now and keep counting (nothing to count for a volunteer: no timer, no queries)."""
        if not self.may:
            return
        from ..workers import JOBS

        JOBS.finished.connect(self.refresh)
        self.ctx.events.catalog_changed.connect(self.refresh)  # an import, a review flag settled
        self.ctx.events.settings_changed.connect(self.refresh)
        self.timer.start()
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        lib, may = self.ctx.lib, self.may
        load_later(self, lib, lambda: gather(lib, may), self.show_attention)

    def show_attention(self, attention: Attention) -> None:
        found = parts(attention)
        if not found:
            self.shown = []
            self.clear()
            self.setAccessibleName("")
            self.hide()
            return
        prefix = QCoreApplication.translate("AttentionLine", NEEDS_ATTENTION)
        links = " · ".join(f'<a href="{key}">{escape(words)}</a>' for key, words in found)
        self.setText(f"{escape(prefix)} {links}")
        sentence = f"{prefix} {' · '.join(words for _key, words in found)}"
        self.setAccessibleName(sentence)
        self.show()
        if any(key not in self.shown for key, _words in found):
            a11y.announce(self, sentence)  # once when it appears or gains a part; not every recount
        self.shown = [key for key, _words in found]

    def focus(self) -> None:
        if self.isVisible() and not self.hasFocus():  # (pressed again: stays on the link it is on)
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.focusNextPrevChild(True)  # the first link takes the keyboard (a QLabel's Tab moves between its links)

    def open(self, key: str) -> None:
        window = self.window_
        if key == REVIEW:
            from ..review_list import open_review

            open_review(self.ctx, window, self.refresh)
            return
        page = window.show_page(key)
        if key == LOST and page is not None and page.tabs.indexOf(page.lost_tab) >= 0:
            page.open_lost()  # the list itself, not the Sync page's first tab
        elif key == RECOVERY and page is not None:
            page.tabs.setCurrentWidget(page.staff_tab)
            page.staff_tab.code_button.setFocus()  # Enter makes the code
        elif page is not None:
            window.focus_page(key)


def install(window: QMainWindow, ctx: AppContext) -> AttentionLine:
    """The line in ``window``'s status bar, and its shortcut; it starts counting at once."""
    line = AttentionLine(window, ctx)
    window.statusBar().addWidget(line)
    action = QAction(window)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.triggered.connect(line.focus)
    window.addAction(action)
    line.start()
    return line
