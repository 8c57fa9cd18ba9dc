"""The small building blocks of a page or dialog, so every page gets them the same way:

- fields: a named button, number, choice and date boxes, a password field, a label that moves the
  focus to its field, a wrapping note, a titled section with its explanation;
- dialogs: the OK/Cancel row in the user's language, ``FormDialog`` (explanation, form, buttons);
- layout: ``arrange``/``add_all`` (keyboard order), ``column``, ``side_by_side``, ``form_with_action``;
- behaviour: ``search_as_you_type``, ``when_changed``, ``try_again`` (a refused password or PIN);
- ``value_of``/``show_value`` read and set the common input widgets alike, so a form can be a dict
  from the core's field names to its widgets.

Texts arrive already translated: a caller passes ``self.tr("...")``, so every string keeps the
translation context of the page that says it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .a11y import announce

OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def button(text: str, name: str = "", slot: Callable | None = None) -> QPushButton:
    """A push button whose screen-reader name says what it does (``text`` carries the mnemonic); with
    no ``name`` it is the text itself, without the mnemonic's & and a trailing "…"."""
    push = QPushButton(text)
    push.setAccessibleName(name or text.replace("&", "").rstrip("…").rstrip("."))
    if slot is not None:
        push.clicked.connect(slot)
    return push


def spin(maximum: int, name: str, step: int = 1, suffix: str = "", minimum: int = 0) -> QSpinBox:
    """A whole-number box from ``minimum`` to ``maximum`` with thousands separators."""
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setAccessibleName(name)
    return box


def choice_box(name: str, choices: Sequence[tuple[str, object]]) -> QComboBox:
    """A list to choose one of ``choices`` from: (what it shows, the value it stands for)."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, value in choices:
        combo.addItem(text, value)
    return combo


def date_box(date: QDate, name: str, display: str = "dd-MM-yyyy") -> QDateEdit:
    """A date field with a calendar to pick from, shown as ``display``."""
    box = QDateEdit(date)
    box.setCalendarPopup(True)
    box.setDisplayFormat(display)
    box.setAccessibleName(name)
    return box


def label_for(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic (the letter after & in ``text``) moves the focus to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def secret_field(name: str) -> QLineEdit:
    """A field for a password or a PIN: what is typed shows as dots."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def try_again(field: QLineEdit, message: QLabel, text: str) -> None:
    """A password or PIN was refused: ``message`` says why, the field is emptied and has the focus. The reason is
    said aloud too: the focus stays where it was, so a screen reader would say nothing (the same refusal twice
    included)."""
    message.setText(text)
    field.clear()
    field.setFocus()
    announce(message, text, assertive=True)


def note(text: str = "") -> QLabel:
    """A sentence or hint that wraps instead of widening the page (large text on a small screen)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _Outcome(QLabel):
    """A note that is there only while it says something (``outcome``)."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        super().setText(text)
        self.setVisible(bool(text))


def outcome() -> QLabel:
    """A note for what the last action did (the last import's summary): hidden while empty, so a page opened
    fresh shows no blank gap between its buttons."""
    label = _Outcome()
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def section(title: str, text: str = "", layout: type[QLayout] = QVBoxLayout) -> tuple[QGroupBox, QLayout]:
    """A titled box, its layout, and (when ``text`` is given) the wrapping explanation at its top."""
    box = QGroupBox(title)
    inner = layout(box)
    if text:
        if isinstance(inner, QFormLayout):
            inner.addRow(note(text))
        else:
            inner.addWidget(note(text))
    return box, inner


def dialog_buttons(dialog: QDialog, ok_text: str, cancel_text: str,
                   on_ok: Callable | None = None) -> QDialogButtonBox:
    """The OK/Cancel row of a dialog, both buttons named in the user's language (Qt has no Indonesian
    of its own); OK accepts the dialog unless ``on_ok`` is given to check first."""
    buttons = QDialogButtonBox(OK | CANCEL)
    buttons.button(OK).setText(ok_text)
    buttons.button(CANCEL).setText(cancel_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FormDialog(QDialog):
    """A dialog made of an optional explanation, a form of labelled rows, and OK/Cancel.

    A subclass builds its fields, then calls ``self.finish(rows, ok_text, cancel_text)`` where a row
    is ``(label, widget)`` (an empty label puts a check box under the others).
    """

    def finish(self, rows: Sequence[tuple[str, QWidget]], ok_text: str, cancel_text: str,
               intro: str = "", on_ok: Callable | None = None, below: str = "") -> QFormLayout:
        """Lays the dialog out: ``intro`` above the form, ``below`` under it (both wrapping notes)."""
        self.form = QFormLayout()
        for label, widget in rows:
            self.form.addRow(label, widget)
        if below:
            self.form.addRow(note(below))
        self.buttons = dialog_buttons(self, ok_text, cancel_text, on_ok)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(note(intro))
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        return self.form


def narrow_form(owner: QWidget | None = None) -> QFormLayout:
    """A form whose label goes above its field when the two do not fit side by side: on a 1024 x 600 netbook
    beside the practice tasks panel a page of such forms fits its width instead of scrolling sideways (on a
    wider screen the labels stay beside their fields)."""
    form = QFormLayout(owner) if owner is not None else QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def form_with_action(owner: QWidget, form: QFormLayout, action: QPushButton, after: str = "",
                     max_width: int | None = None) -> None:
    """``owner`` (a tab of settings) shows ``form``, its one action button under it on the left, then
    the sentence ``after``; the room left stays below. With ``max_width`` the form and button keep to
    that width on a wide screen."""
    holder = QWidget() if max_width else None
    inner = QVBoxLayout(holder) if holder is not None else None
    layout = QVBoxLayout(owner)
    target = inner if inner is not None else layout
    target.addLayout(form)
    target.addWidget(action, alignment=Qt.AlignmentFlag.AlignLeft)
    if holder is not None:
        holder.setMaximumWidth(max_width)
        layout.addWidget(holder)
    if after:
        layout.addWidget(QLabel(after))
    layout.addStretch()


def add_all(layout: QBoxLayout, *widgets: QWidget, stretch: bool = True) -> QBoxLayout:
    """Puts ``widgets`` into ``layout`` in keyboard order, then (by default) the rest of the room."""
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch()
    return layout


def search_as_you_type(edit: QLineEdit, search: Callable[[], object], on_enter: Callable[[], object] | None = None,
                       delay_ms: int = 250) -> QTimer:
    """``search`` runs once typing pauses for ``delay_ms`` (one search per pause, not per letter), and
    Enter runs ``on_enter`` (``search`` itself when not given) at once. Gives the waiting timer."""
    timer = QTimer(edit)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(search)
    edit.textChanged.connect(lambda _text: timer.start())
    edit.returnPressed.connect(on_enter or search)
    return timer


# A part of a column: a widget or a layout, or (part, stretch) where it shares the room left over.
Part = QWidget | QLayout | tuple[QWidget | QLayout, int]


def arrange(layout: QBoxLayout, *parts: Part) -> QBoxLayout:
    """Adds widgets and layouts to ``layout`` in keyboard order (see ``Part``)."""
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def column(*parts: Part, margins: bool = False) -> QWidget:
    """A widget holding ``parts`` one under the other (without margins: it sits inside a splitter or a
    tab that has its own)."""
    widget = QWidget()
    layout = arrange(QVBoxLayout(widget), *parts)
    if not margins:
        layout.setContentsMargins(0, 0, 0, 0)
    return widget


def fill_with_scrolling_column(page: QWidget, *parts: Part, width: int = 900) -> None:
    """``page`` holds ``parts`` one under the other, at most ``width`` wide, scrolling when the window is short (a
    settings tab on a 1366 x 768 screen at 150 %)."""
    body = column(*parts, margins=True)
    body.layout().addStretch()
    body.setMaximumWidth(width)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


def side_by_side(*widgets: QWidget, stretch: Sequence[int] = (),
                 orientation: Qt.Orientation = Qt.Orientation.Horizontal) -> QSplitter:
    """Widgets next to each other (or one above the other) with a handle between them that can move
    but never hides one of them; ``stretch`` says how the room is shared."""
    splitter = QSplitter(orientation)
    for widget in widgets:
        splitter.addWidget(widget)
    for index, factor in enumerate(stretch):
        splitter.setStretchFactor(index, factor)
    splitter.setChildrenCollapsible(False)
    return splitter


def when_changed(slot: Callable, *widgets: QWidget) -> None:
    """``slot`` runs whenever the user changes any of ``widgets`` (a choice, a number, a tick, a text)."""
    for widget in widgets:
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(slot)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(slot)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(slot)
        elif isinstance(widget, QAbstractSpinBox):
            widget.valueChanged.connect(slot)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(slot)
        else:
            raise TypeError(f"no change signal for {type(widget).__name__}")


def value_of(widget: QWidget) -> object:
    """What an input widget holds: a check box's state, a list's chosen data, a number, a text."""
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(f"no value for {type(widget).__name__}")


def show_value(widget: QWidget, value: object) -> None:
    """Sets an input widget to ``value`` (a list whose choices lack it shows its first choice)."""
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    else:
        raise TypeError(f"cannot show a value in {type(widget).__name__}")
