"""Loading the compiled translations (Qt .qm) for the GUI and the CLI. Not part of the core: it
imports QtCore. Indonesian is the default language; English is the source language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .core import formatting

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DEFAULT_LANGUAGE = "id"
_installed: list[QTranslator] = []


def qm_path(language: str) -> Path:
    return LOCALE_DIR / f"pustaka_{language}.qm"


def install(language: str = DEFAULT_LANGUAGE) -> bool:
    """Install the translator for ``language`` on the running Q(Core)Application (creating a
    QCoreApplication for the CLI if none exists). English needs none. Returns False when the .qm is
    missing (run ``python scripts/translations.py compile``)."""
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English))
    formatting.set_display_language(language)
    if language == "en":
        return True
    translator = QTranslator()
    if not translator.load(str(qm_path(language))):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc) -> str:
    """The user's-language message of a core PustakaError."""
    return exc.message(translate)


def translator_for(language: str):
    """A translate function that writes ``language`` whatever the display language is (a report made in English
    from an Indonesian screen, for a partner): the source words for English, the catalogue's for Indonesian."""
    if language == "en":
        return lambda context, text: text
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    catalogue = QTranslator()
    if not catalogue.load(str(qm_path(language))):
        raise FileNotFoundError(qm_path(language))

    def translate_to(context: str, text: str) -> str:
        return catalogue.translate(context, text) or text

    return translate_to
