"""Every audit action the program writes has a name people can read, in both languages."""

import re
from pathlib import Path

from pustaka_desktop.core.audit_names import ACTION_NAMES, PREFIX_NAMES, action_name, entity_name

SRC = Path(__file__).resolve().parents[2] / "src" / "pustaka_desktop"
CODE = re.compile(r"audit\([^\"()]*?\"([a-z_]+\.[a-z_.]+)\"")


def codes_in_use() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        found.update(CODE.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_action_written_by_the_program_has_a_name():
    codes = codes_in_use()
    assert len(codes) > 40  # the scan finds the real calls
    unnamed = sorted(c for c in codes if c not in ACTION_NAMES and not any(c.startswith(p) for p in PREFIX_NAMES))
    assert not unnamed, f"add these to core/audit_names.py: {unnamed}"


def test_names_in_indonesian_and_english():
    from pustaka_desktop import i18n

    try:
        i18n.install("id")
        assert action_name("staff.create", i18n.translate) == "Akun petugas dibuat"
        assert action_name("login.failed", i18n.translate) == "Gagal masuk"
        assert action_name("catalog.item.lost", i18n.translate) == "Eksemplar ditandai hilang"
        assert entity_name("loan", i18n.translate) == "peminjaman"
        i18n.install("en")
        assert action_name("staff.create", i18n.translate) == "Staff account created"
        assert action_name("sync.somethingnew", i18n.translate) == "Sync: sync.somethingnew"
    finally:
        i18n.install("id")
