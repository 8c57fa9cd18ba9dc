"""Shared accessibility helpers: announcements to assistive technology, live result labels, and
the keyboard tidy-up every page gets.

- ``announce(widget, text)`` tells a screen reader about a result or a change of state (Qt's
  ``QAccessibleAnnouncementEvent``): "Dipinjam: Laskar Pelangi, kembali 17-12-2026". Use it where a
  result appears without the focus moving. ``assertive=True`` interrupts (refusals, errors).
- ``make_live(label)``: every later ``label.setText(...)`` is also announced (shortly after, so a
  count that changes while someone types is said once). Result and message labels use it.
- ``with_mnemonics(texts)`` gives a list of entries (a menu) an Alt letter each, no two alike.
- ``tidy(root)`` runs on every page when the main window first shows it (and on the kiosk): item
  views and text fields let Tab leave (arrows move inside them), scroll areas take no focus stop of their own, and
  a label whose accessible *name* would replace what it shows keeps its text as the name (the old
  name becomes its description) and is made live; sentences wrap and long choice lists ask for
  less room, so large text on a small screen does not push the page sideways.

Pages need nothing page-specific for these: call ``announce`` where a result appears, or construct
result labels with ``make_live``.
"""

from __future__ import annotations

import re
from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")


class Announcements(QObject):
    """Everything announced, in order (tests and the log read it)."""

    announced = Signal(str, bool)  # text, assertive

    def __init__(self) -> None:
        super().__init__()
        self.recent: deque[str] = deque(maxlen=50)


ANNOUNCEMENTS = Announcements()


def plain(text: str) -> str:
    text = text.replace("<br>", "\n").replace("<br/>", "\n").replace("<br />", "\n")
    text = _TAGS.sub("", text)
    for entity, char in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " "), ("&quot;", '"')):
        text = text.replace(entity, char)
    return " ".join(text.split())


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Say ``text`` through the screen reader (if one runs) on behalf of ``widget``."""
    text = plain(text)
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    ANNOUNCEMENTS.recent.append(text)
    ANNOUNCEMENTS.announced.emit(text, assertive)


def make_live(label: QLabel, assertive: bool = False, delay_ms: int = 250) -> QLabel:
    """From now on ``label.setText`` also announces the new text (the last one within ``delay_ms``)."""
    if getattr(label, "_live", False):
        return label
    timer = QTimer(label)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    def say() -> None:
        text = QLabel.text(label)
        if not (ANNOUNCEMENTS.recent and ANNOUNCEMENTS.recent[-1] == plain(text)):  # the page said it already
            announce(label, text, assertive)

    timer.timeout.connect(say)
    plain_set_text = QLabel.setText

    def set_text(text: str) -> None:
        changed = text != QLabel.text(label)
        plain_set_text(label, text)
        if changed and plain(text):
            timer.start()

    label.setText = set_text  # the page's own calls go through here
    label._live = True
    return label


def keep_visible_name(label: QLabel) -> None:
    """A label is read by what it shows: an accessible name set on it moves to its description."""
    name = label.accessibleName()
    if name and name != plain(label.text()):
        if not label.accessibleDescription():
            label.setAccessibleDescription(name)
        label.setAccessibleName("")
        make_live(label)


def first_tab_stop(root: QWidget) -> QWidget | None:
    """The first control inside ``root`` that Tab stops on, in the window's Tab order (None: none)."""
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if (root.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


def release_tab(view: QAbstractItemView) -> None:
    """Tab leaves a table or list (arrow keys move inside it)."""
    view.setTabKeyNavigation(False)


def tidy(root: QWidget) -> None:
    """The keyboard and screen-reader tidy-up for a page (see the module docstring)."""
    for view in root.findChildren(QAbstractItemView):
        release_tab(view)
    for text in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        text.setTabChangesFocus(True)  # a typed Tab in a note field is never worth a trap
    for area in root.findChildren(QAbstractScrollArea):
        if isinstance(area, QScrollArea) and not area.accessibleName():
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for label in root.findChildren(QLabel):
        keep_visible_name(label)
        fit_to_width(label)
    for combo in root.findChildren(QComboBox):
        narrow_combo(combo)


SENTENCE = 40  # characters: a label this long is a sentence and wraps on a narrow window


def fit_to_width(label: QLabel) -> None:
    """A sentence wraps instead of widening the page (large text on a small screen)."""
    text = label.text()
    if not label.wordWrap() and len(text) > SENTENCE and " " in text and label.pixmap().isNull():
        label.setWordWrap(True)


WHOLE_CHOICES = "wholeChoices"  # a combo box's property: ``narrow_combo`` leaves it as wide as its longest choice


def keep_choices_whole(combo: QComboBox) -> QComboBox:
    """A list of a few short choices whose closed box must read whole (the stock-take's "mark them missing", what
    Finish will do to every copy not seen): ``narrow_combo`` leaves it alone."""
    combo.setProperty(WHOLE_CHOICES, True)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def narrow_combo(combo: QComboBox, characters: int = 10) -> None:
    """A list with long choices (DDC classes, paper sizes) asks for room for ``characters`` letters,
    not for its longest choice; the open list still shows every choice in full. (Not a list whose
    choices must read whole: ``keep_choices_whole``.)"""
    if combo.isEditable() or combo.property(WHOLE_CHOICES):
        return
    if combo.sizeHint().width() > combo.fontMetrics().averageCharWidth() * (characters + 10):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


def with_mnemonics(texts: list[str]) -> list[str]:
    """``texts`` (plain, "&" meaning itself) with an Alt letter each, none twice: the first letter of a
    word where it is still free, else another letter or digit of the entry ("Impor & Ekspor" ->
    "&Impor && Ekspor"). An entry whose letters are all taken gets one an earlier entry hands over for
    another of its own, so a long menu runs out of letters as late as possible; none left: no letter."""
    choices = [_letter_choices(text) for text in texts]
    holder: dict[str, int] = {}  # letter -> the entry it underlines

    def place(entry: int, seen: set[str]) -> bool:  # one augmenting path (Kuhn's matching)
        for _at, letter in choices[entry]:
            if letter in seen:
                continue
            seen.add(letter)
            if letter not in holder or place(holder[letter], seen):
                holder[letter] = entry
                return True
        return False

    for entry in range(len(texts)):
        free = next((letter for _at, letter in choices[entry] if letter not in holder), None)
        if free is not None:
            holder[free] = entry
        else:
            place(entry, set())
    chosen = {entry: letter for letter, entry in holder.items()}
    out = []
    for entry, text in enumerate(texts):
        at = next((i for i, letter in choices[entry] if letter == chosen.get(entry)), None)
        out.append("".join(("&" if i == at else "") + ("&&" if ch == "&" else ch) for i, ch in enumerate(text)))
    return out


def _letter_choices(text: str) -> list[tuple[int, str]]:
    """(position, letter) Alt could take in ``text``, best first: word starts, then the other letters."""
    starts = [i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    rest = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]
    out: list[tuple[int, str]] = []
    for i in starts + rest:
        if all(text[i].lower() != letter for _, letter in out):
            out.append((i, text[i].lower()))
    return out


def readable(label: QLabel, tab_stop: bool) -> None:
    """``label`` a Tab stop whose text the arrow keys select (a screen reader reads it on the way), or
    back to a plain label: what a step says is reached with the keyboard, not only seen."""
    flags = Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    label.setTextInteractionFlags(flags if tab_stop else Qt.TextInteractionFlag.NoTextInteraction)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab_stop else Qt.FocusPolicy.NoFocus)
