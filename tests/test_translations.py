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
