"""Calling the core from a button or a dialog: what the core refuses is shown to the user in their
language and the page carries on; nothing here decides anything (the rules live in core).

- ``attempt(parent, call, *args)``: the call's result, or ``REFUSED`` after the refusal was shown.
- ``until_saved(dialog, save)``: the dialog stays open (with what was typed) until ``save`` succeeds
  or the user cancels.
- ``open_file(parent, title, filter)`` / ``save_file(...)`` / ``choose_folder(...)``: the path the
  user chose, or "".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...core.errors import PustakaError
from ...core.store.files import explain_os_error
from .messages import confirm, show_error, translate


class _Refused:
    def __repr__(self) -> str:
        return "REFUSED"


REFUSED: Any = _Refused()  # what ``attempt`` gives when the core said no (and the user was told why)


def attempt(parent: QWidget | None, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``call(*args, **kwargs)``; a PustakaError it raises is shown over ``parent`` and gives REFUSED, and so
    is an OSError a user can fix (a file open in Excel, a locked USB stick: ``files.explain_os_error``)."""
    try:
        return call(*args, **kwargs)
    except PustakaError as exc:
        show_error(parent, exc)
        return REFUSED
    except OSError as exc:
        truthful = explain_os_error(exc)
        if truthful is None:
            raise
        show_error(parent, truthful)
        return REFUSED


def until_saved(dialog: QDialog, save: Callable[[], Any]) -> bool:
    """Shows ``dialog`` until ``save()`` goes through (True) or the user cancels (False); a refusal is
    shown and the dialog opens again with everything still filled in."""
    while dialog.exec() == QDialog.DialogCode.Accepted:
        if attempt(dialog.parentWidget(), save) is not REFUSED:
            return True
    return False


def open_file(parent: QWidget, title: str, filters: str, start: str = "") -> str:
    """The file the user chose to open, or "" when they cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return path


def choose_folder(parent: QWidget, title: str, start: str | None = None) -> str:
    """The folder (a USB stick, say) the user chose, starting from ``start`` (their home folder when
    None), or "" when they cancelled."""
    if start is None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    return QFileDialog.getExistingDirectory(parent, title, start)


def save_file(parent: QWidget, title: str, default_name: str, filters: str, suffix: str = "") -> str:
    """Where the user chose to save (``default_name`` offered first), or "" when they cancelled; a
    name typed without ``suffix`` (".pdf") gets it."""
    path, _ = QFileDialog.getSaveFileName(parent, title, default_name, filters)
    if path and suffix and not path.lower().endswith(suffix):
        path += suffix
        # the dialog asked about the name as typed, not this one: an older file of this name is asked about here
        if Path(path).exists() and not confirm(parent, title, translate(
                "Actions", "{name} already exists. Replace it?").format(name=Path(path).name)):
            return ""
    return path
