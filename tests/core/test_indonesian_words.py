"""The core reads back files it wrote in Indonesian without Qt (our xlsx export's headers and words, the members
export's labelled lines): its Indonesian comes from the same .ts as the app's, by ``scripts/translations.py compile``,
never from a table kept by hand beside it. A translation changed and not compiled fails here, not at a library whose
own export no longer reads back."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from pustaka_desktop.core import i18n, indonesian_words
from pustaka_desktop.core.interop import member_extras, own_words
from pustaka_desktop.i18n import translator_for

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_module_is_made_from_the_translation_as_it_is():
    made = _script().core_words()
    assert (ROOT / "src" / "pustaka_desktop" / "core" / "indonesian_words.py").read_text(encoding="utf-8") == made


def test_its_words_are_the_apps_own():
    indonesian = translator_for("id")
    assert {context for context, _ in indonesian_words.WORDS} == set(i18n.READ_BACK)
    for (context, text), written in indonesian_words.WORDS.items():
        assert written == indonesian(context, text), (context, text)


def test_every_label_read_back_has_its_indonesian():
    """A label the core reads back with no translation would be read only in English."""
    labels = [("Catalog", label) for field in own_words.LABELS.values() for label in field.values()]
    labels += [("MemberNotes", label) for label in member_extras.LABELS.values()]
    for context, label in labels:
        assert (context, label) in indonesian_words.WORDS, label
    assert i18n.indonesian("Catalog", "Donation") == "Sumbangan"
    assert i18n.indonesian("Catalog", "no such label") == "no such label"
