"""The language a file is made in, chosen beside it whatever the screen's: the English report for a partner from
an Indonesian screen, the district's sheet in Indonesian for the National Library from an English one, a poster in
Indonesian for the village hall. Its words and its numbers follow the choice (the core writes a file's numbers in
its translate function's language: ``core.formatting.written_in``). The Reports, Print, Wi-Fi catalogue and
district statistics pages choose it the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox

from ...core.formatting import display_language
from ...i18n import translator_for
from .messages import translate


class OutputLanguageBox(QComboBox):
    """Indonesian or English, named in the screen's words; the screen's language until another is chosen."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.addItem(self.tr("Indonesian"), "id")
        self.addItem(self.tr("English"), "en")
        self.setCurrentIndex(self.findData(display_language()))

    def language(self) -> str:
        return self.currentData()

    def words(self) -> Callable[[str, str], str]:
        """The translate function the file is written with: the screen's own when it is the same language."""
        language = self.language()
        return translate if language == display_language() else translator_for(language)
