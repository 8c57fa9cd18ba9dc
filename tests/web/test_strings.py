"""Every text a web page shows is declared for translation (web/strings.py, context "Web"), so the
translation check covers the web pages like the app's own windows; and the .qm reader the web uses
reads the same Indonesian the app shows."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from pustaka_desktop.web import i18n, strings

WEB = Path(strings.__file__).resolve().parent
_CALL = re.compile(r'''(?<![\w.])_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)''')


def _declared() -> set[str]:
    return set(strings.TEXTS) | {text for pair in strings.PROBLEMS.values() for text in pair}


def test_every_template_text_is_declared():
    missing = []
    for path in sorted((WEB / "templates").glob("*.html")):
        for match in _CALL.finditer(path.read_text(encoding="utf-8")):
            text = match.group(1) if match.group(1) is not None else match.group(2)
            if text not in _declared():
                missing.append(f"{path.name}: {text}")
    assert missing == []


def test_every_route_text_is_declared():
    missing = []
    for path in sorted(WEB.glob("routes_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "_"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                if node.args[0].value not in _declared():
                    missing.append(f"{path.name}: {node.args[0].value}")
    assert missing == []


def test_the_qm_reader_gives_the_apps_indonesian():
    translate = i18n.translator("id")
    assert translate("Web", "Search") == "Cari"
    assert translate("Errors", "Wrong member number or PIN.") == "Nomor anggota atau PIN salah."
    assert i18n.translator("en")("Web", "Search") == "Search"
    assert translate("Web", "a text nobody declared") == "a text nobody declared"
