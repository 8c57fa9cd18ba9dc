"""Marking user-visible core strings for translation without importing Qt.

The core writes messages in English and marks them with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` collects them into ``translations/pustaka_id.ts``. The GUI and the CLI translate
them when they show them (``QCoreApplication.translate(context, text)``), then fill in the
``{placeholders}``. The core itself never translates: it has no idea who is reading.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
