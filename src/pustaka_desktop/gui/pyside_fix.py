"""Work around a reference-count bug of PySide6 6.12.0 on CPython 3.11.

Measured here: every call of a Qt method that returns void (``label.setText(...)``,
``setStyleSheet(...)``...) drops one reference to ``None`` (some calls do the same to True/False).
After enough calls - a few hundred desk scans - Python aborts the whole app with "Fatal Python
error: none_dealloc: deallocating None". On CPython 3.12+ these objects are immortal (PEP 683) and
the bug is harmless. ``apply()`` gives them a huge reference count once, which is what 3.12 does.
Remove this module when the app runs on Python 3.12+ or a PySide6 without the bug.
"""

from __future__ import annotations

import ctypes
import sys

_applied = False


def apply() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _applied = True
