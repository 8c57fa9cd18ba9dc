"""Indonesian is the default language and must be complete: every source string in src/ needs a
finished translation in translations/pustaka_id.ts, and the shipped .qm must match the .ts."""

import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "scripts" / "translations.py")
tool = importlib.util.module_from_spec(spec)
sys.modules["translations_tool"] = tool
spec.loader.exec_module(tool)


def test_every_source_string_has_a_finished_indonesian_translation(tmp_path):
    ts = tmp_path / "pustaka_id.ts"
    shutil.copy(tool.TS, ts)
    tool.update(ts)  # collects strings added to src/ since the .ts was last updated
    missing = tool.unfinished(ts)
    assert not missing, "untranslated (run scripts/translations.py update, then fill):\n" + "\n".join(
        f"  [{context}] {source}" for context, sources in missing.items() for source in sources
    )


def test_compiled_translations_match_the_ts_file(tmp_path):
    qm = tmp_path / "pustaka_id.qm"
    tool.compile_qm(tool.TS, qm)
    assert tool.QM.exists(), "run: python scripts/translations.py compile"
    assert qm.read_bytes() == tool.QM.read_bytes(), "the .qm is stale: run scripts/translations.py compile"


def test_placeholders_survive_translation():
    import re
    import xml.etree.ElementTree as ET

    for message in ET.parse(tool.TS).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation") or ""
        assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", translation)), source


def test_no_text_to_translate_hides_inside_an_f_string():
    """The translation tools do not read inside f-strings: a ``self.tr("...")`` written there was never
    collected, and Indonesian users saw English (the record form's "use this record", the report's
    "stamp"). Such a text is put in a name first, then into the f-string."""
    import ast

    found = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute | ast.Name)
                        and (call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id)
                        in ("tr", "translate") and any(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                                       for a in call.args[-1:])):
                    found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not found, "a text to translate inside an f-string (put it in a name first): " + ", ".join(found)


# --- a long job's words: the progress dialog and the CLI's progress line get only the English text --------

_PROGRESS_CALLS = {"progress", "report", "checkpoint", "whole", "reading", "progress_cb"}


def _progress_words(source: str) -> list[tuple[int, str]]:
    """(line, what) of each message a progress call passes: the context of a QT_TRANSLATE_NOOP, or a plain
    string's text (which no one could translate)."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", "") or getattr(node.func, "attr", "")
        if name not in _PROGRESS_CALLS:
            continue
        for arg in node.args:
            if isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "QT_TRANSLATE_NOOP":
                found.append((node.lineno, arg.args[0].value))
            elif isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                found.append((node.lineno, repr(arg.value)))
    return found


def test_every_long_jobs_words_are_marked_in_the_one_progress_context():
    """The GUI showed "Saving records", "rows", "union" in English to an Indonesian librarian: a job's words
    reach it without their context, so it looks them up in core.jobs.PROGRESS; a word marked elsewhere, or not
    marked at all, would stay English."""
    from pustaka_desktop.core.jobs import PROGRESS

    words, wrong = 0, []
    for path in sorted((ROOT / "src" / "pustaka_desktop").rglob("*.py")):
        for line, what in _progress_words(path.read_text(encoding="utf-8")):
            words += 1
            if what != PROGRESS:
                wrong.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    assert not wrong, "mark these QT_TRANSLATE_NOOP(\"Progress\", ...):\n" + "\n".join(wrong)
    assert words >= 30  # (the finder finds them: an import, exports, the demo, sync, backups...)


def test_the_progress_word_finder_sees_a_wrong_context_and_a_plain_word():
    source = ('checkpoint(p, c, 0.5, QT_TRANSLATE_NOOP("Import", "Saving"))\nprogress(0.85, "union")\n'
              'report(1.0, QT_TRANSLATE_NOOP("Progress", "Saving records"))\nprogress(1.0, "")\n')
    assert _progress_words(source) == [(1, "Import"), (2, "'union'"), (3, "Progress")]


# --- an error's words: a PustakaError is translated in its class's context ("Errors") ---------------------------


def _error_contexts(sources: dict[str, str]) -> list[tuple[str, int, str]]:
    """(module, line, context) of each error raised with a message marked in another context than the one its class
    is translated in: the message written in place, or a module constant (``TEMPLATE = QT_TRANSLATE_NOOP(...)``) of
    its own module or imported by name. ``sources``: module name -> its text."""
    import ast

    errors = {"PustakaError", "ValidationError", "NotFound", "PermissionDenied", "Refused", "Conflict"}
    trees = {module: ast.parse(text) for module, text in sources.items()}
    constants: dict[tuple[str, str], str] = {}
    for module, tree in trees.items():
        for node in ast.walk(tree):  # (a subclass with a context of its own is translated in it: not checked)
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") in errors for b in node.bases) and not any(
                    isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "context" for t in n.targets)
                    for n in node.body):
                errors.add(node.name)
        for node in tree.body:
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and getattr(node.value.func, "id", "") == "QT_TRANSLATE_NOOP"):
                constants.update({(module, t.id): node.value.args[0].value for t in node.targets
                                  if isinstance(t, ast.Name)})
    found = []
    for module, tree in trees.items():
        imported = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                package = module.split(".")[:-node.level] if node.level else []  # (relative: from its package)
                base = ".".join([*package, *([node.module] if node.module else [])])
                imported.update({a.asname or a.name: (base, a.name) for a in node.names})
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") in errors and node.args):
                continue
            first = node.args[0]
            if isinstance(first, ast.Call) and getattr(first.func, "id", "") == "QT_TRANSLATE_NOOP":
                context = first.args[0].value
            elif isinstance(first, ast.Name):
                context = constants.get((module, first.id)) or constants.get(imported.get(first.id, ("", "")))
            else:
                continue
            if context not in (None, "Errors"):
                found.append((module, node.lineno, context))
    return found


def test_every_error_message_is_marked_in_the_errors_context():
    """"No import number 3 in the audit log", the undo that was already done, the override with no reason: an
    Indonesian librarian read them in English, as they were marked in their page's context and an error is looked up
    in "Errors" (``core.errors.PustakaError.context``)."""
    sources = {".".join(path.relative_to(ROOT / "src").with_suffix("").parts): path.read_text(encoding="utf-8")
               for path in sorted((ROOT / "src" / "pustaka_desktop").rglob("*.py"))}
    wrong = _error_contexts(sources)
    assert not wrong, "mark these QT_TRANSLATE_NOOP(\"Errors\", ...):\n" + "\n".join(map(str, wrong))


def test_the_error_context_finder_sees_a_message_in_place_a_constant_and_an_imported_one():
    sources = {
        "app.words": 'SAID = QT_TRANSLATE_NOOP("Page", "Busy.")\nFINE = QT_TRANSLATE_NOOP("Errors", "Fine.")\n',
        "app.work": ('from .words import SAID, FINE\nLOCAL = QT_TRANSLATE_NOOP("Import", "Empty.")\n'
                     'class Busy(Refused):\n    pass\n'
                     'def go():\n    raise NotFound(QT_TRANSLATE_NOOP("Undo", "No {id}."), id=1)\n'
                     'def run():\n    raise ValidationError(LOCAL)\n'
                     'def wait():\n    raise Busy(SAID)\n'
                     'def ok():\n    raise Refused(FINE)\n'),
    }
    assert _error_contexts(sources) == [("app.work", 6, "Undo"), ("app.work", 8, "Import"), ("app.work", 10, "Page")]
