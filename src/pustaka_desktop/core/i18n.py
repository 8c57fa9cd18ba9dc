"""Marking user-visible core strings for translation without importing Qt.

The core writes messages in English and marks them with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` collects them into ``translations/pustaka_id.ts``. The GUI and the CLI translate
them when they show them (``QCoreApplication.translate(context, text)``), then fill in the
``{placeholders}``. The core itself never translates: it has no idea who is reading.
"""

from __future__ import annotations

from .indonesian_words import WORDS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# The contexts whose labels the core reads back from files it wrote in Indonesian (our xlsx export's headers and
# words, the members export's labelled lines). It cannot ask Qt, so ``scripts/translations.py compile`` writes their
# Indonesian into ``indonesian_words`` from the same .ts the app's .qm is made from: one source, never a copy by hand.
READ_BACK = ("Catalog", "MemberNotes", "Spreadsheet")


def indonesian(context: str, text: str) -> str:
    """The app's Indonesian for the label ``text`` of a ``READ_BACK`` context (``text`` itself where it has none)."""
    return WORDS.get((context, text), text)
