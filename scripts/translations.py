#!/usr/bin/env python3
"""Keep translations/pustaka_id.ts in step with the source and compile it for the app.

    python scripts/translations.py update      # collect new strings from src/ into the .ts
    python scripts/translations.py missing     # print unfinished strings as JSON, ready to fill
    python scripts/translations.py fill F.json # set translations from {"context": {"source": "terjemahan"}}
    python scripts/translations.py compile     # .ts -> src/pustaka_desktop/locale/pustaka_id.qm
                                               #   and the labels the core reads back -> core/indonesian_words.py
    python scripts/translations.py all F.json  # update, fill, compile

Several people may run this at once in one checkout: every step holds a lock on translations/.lock.
"""

from __future__ import annotations

import fcntl
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "pustaka_desktop"
TS = ROOT / "translations" / "pustaka_id.ts"
QM = SRC / "locale" / "pustaka_id.qm"
CORE_WORDS = SRC / "core" / "indonesian_words.py"
LABEL_LENGTH = 60  # (a label, not a message: the core reads back only labels)


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


@contextmanager
def locked():
    TS.parent.mkdir(exist_ok=True)
    with open(TS.parent / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SRC.rglob("*.py"))


def update(ts: Path = TS) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-target-language", "id_ID",
         "-ts", str(ts)],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )
    # written again the way ``fill`` writes it: lupdate lays the file out otherwise, and each of the two
    # rewrote all 15,000 lines whenever the other had run last (a diff nobody could review)
    _write(ET.parse(ts), ts)


def unfinished(ts: Path = TS) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
                out.setdefault(name, {})[message.findtext("source")] = ""
    return out


def fill(mapping: dict[str, dict[str, str]], ts: Path = TS) -> int:
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        wanted = mapping.get(context.findtext("name"), {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source"))
            if text:
                translation = message.find("translation")
                translation.text = text
                translation.attrib.pop("type", None)
                done += 1
    _write(tree, ts)
    return done


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def compile_qm(ts: Path = TS, qm: Path = QM) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)


def core_words(ts: Path = TS) -> str:
    """The module of the Indonesian labels of the contexts the core reads back without Qt (``core.i18n.READ_BACK``):
    one line, no placeholder, at most ``LABEL_LENGTH`` characters, translated."""
    sys.path.insert(0, str(SRC.parent))
    from pustaka_desktop.core.i18n import READ_BACK

    words = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message") if name in READ_BACK else ():
            source, translation = message.findtext("source") or "", message.find("translation")
            if (translation is None or translation.get("type") == "unfinished" or not translation.text
                    or len(source) > LABEL_LENGTH or "\n" in source or "{" in source):
                continue
            words[(name, source)] = translation.text
    lines = "".join(f"    {key!r}: {text!r},\n" for key, text in sorted(words.items()))
    return ('"""The app\'s Indonesian for the labels the core reads back from files it wrote (``i18n.READ_BACK``):\n'
            "made from translations/pustaka_id.ts by ``scripts/translations.py compile``. Do not edit.\"\"\"\n\n"
            "WORDS: dict[tuple[str, str], str] = {\n" + lines + "}\n")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    with locked():
        if command in ("update", "all"):
            update()
        if command in ("fill", "all") and rest:
            print(f"filled {fill(json.loads(Path(rest[0]).read_text(encoding='utf-8')))} translation(s)")
        if command in ("compile", "all"):
            compile_qm()
            CORE_WORDS.write_text(core_words(), encoding="utf-8")
        if command in ("missing", "all", "update"):
            missing = unfinished()
            if command == "missing":
                print(json.dumps(missing, ensure_ascii=False, indent=1))
            else:
                count = sum(len(v) for v in missing.values())
                print(f"{count} unfinished translation(s)" if count else "translations complete")
        if command not in ("update", "fill", "compile", "missing", "all"):
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
