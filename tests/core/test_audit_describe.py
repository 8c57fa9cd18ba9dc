"""The audit log's details are told as sentences in the user's language (core.audit_describe): on the
audit page and by `pustaka-cli audit`, never the stored keys and values."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.core import audit_log, auth
from pustaka_desktop.core.audit_describe import describe
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.store.models import AuditLog


@pytest.fixture(autouse=True)
def back_to_indonesian():
    yield
    i18n.install("id")


def _entries(lib, librarian):
    """What a librarian's morning leaves in the log: a wrong password, a new volunteer promoted,
    a member blocked, a backup to a stick, a lost copy found again."""
    with pytest.raises(PustakaError):
        auth.login(lib, "pustakawan", "salah-sandi")
    volunteer = auth.add_staff(lib, librarian, "relawan", "relawan1", auth.VOLUNTEER, full_name="Relawan Satu")
    auth.set_role(lib, librarian, volunteer, auth.LIBRARIAN)
    member = members.register(lib, librarian, name="Ani Lestari", member_type="Umum")
    members.block(lib, librarian, member, "buku belum kembali")
    auth.audit(lib, librarian, "backup.create", "backup", "", file="pustaka-2026-03-02.sqlite3")
    auth.audit(lib, librarian, "circulation.found", "item", "x", barcode="UJI0000009001", status="lost")
    auth.audit(lib, librarian, "fines.waive", "member", member.uid, amount=15000, reason="keluarga kurang mampu")
    return _newest(audit_log.page(lib, librarian))


def _newest(rows):
    out = {}
    for row in rows:  # newest first
        out.setdefault(row.action, row)
    return out


def _said(rows, action):
    return describe(rows[action].action, rows[action].detail, i18n.translate)


def test_entries_in_indonesian(lib, librarian):
    rows = _entries(lib, librarian)
    i18n.install("id")
    assert _said(rows, "login.failed") == "Kata sandi salah, 1 kali berturut-turut."
    assert _said(rows, "staff.create") == "Akun baru dengan peran Relawan."
    assert _said(rows, "staff.role") == "Peran diubah dari Relawan menjadi Pustakawan."
    assert _said(rows, "members.block") == "Anggota diblokir, alasan: buku belum kembali."
    assert _said(rows, "backup.create") == "Cadangan ditulis ke pustaka-2026-03-02.sqlite3."
    assert _said(rows, "circulation.found") == "Eksemplar UJI0000009001 ditemukan (sebelumnya hilang)."
    assert _said(rows, "fines.waive") == "Denda Rp 15.000 dihapuskan, alasan: keluarga kurang mampu."


def test_entries_in_english(lib, librarian):
    rows = _entries(lib, librarian)
    i18n.install("en")
    assert _said(rows, "staff.role") == "Role changed from Volunteer to Librarian."
    assert _said(rows, "circulation.found") == "Copy UJI0000009001 found (it was lost)."
    assert _said(rows, "fines.waive") == "Fines of Rp 15,000 waived, reason: keluarga kurang mampu."


def test_any_other_entry_is_its_name_and_its_details_in_words(lib, librarian):
    auth.audit(lib, librarian, "circulation.undo", "loan", "x", what="checkout", barcode="B1")
    auth.audit(lib, librarian, "members.export", "member", "", file="anggota.csv")
    auth.audit(lib, librarian, "sync.member_sharing", "site", "s", full=False, consent="")
    auth.audit(lib, librarian, "something.new", "", "", colour="merah")
    rows = _newest(audit_log.page(lib, librarian))
    i18n.install("id")
    assert _said(rows, "circulation.undo") == "Peminjaman eksemplar B1 dibatalkan."
    assert _said(rows, "members.export") == "Anggota diekspor: berkas anggota.csv."
    assert _said(rows, "sync.member_sharing") == ("Berbagi data anggota dengan kabupaten diubah: "
                                                  "data anggota dengan nama samaran.")
    assert _said(rows, "something.new") == "something.new: colour: merah."  # nothing is hidden
    i18n.install("en")
    assert _said(rows, "circulation.undo") == "A loan of copy B1 undone."
    assert _said(rows, "members.export") == "Members exported: file anggota.csv."


def test_no_stored_key_or_code_reaches_the_reader(lib, librarian):
    rows = _entries(lib, librarian)
    i18n.install("id")
    for row in rows.values():
        said = describe(row.action, row.detail, i18n.translate)
        keys = json.loads(row.detail).keys() if row.detail else []
        assert row.action not in said and not any(f"{key}:" in said for key in keys), said


def test_pustaka_cli_audit_tells_the_log_in_sentences(capsys, lib, librarian):
    from pustaka_desktop.cli import main

    _entries(lib, librarian)
    path = str(lib.path)
    AuditLog._meta.database.close()  # (the CLI opens the file itself)
    assert main(["--db", path, "audit", "--action", "fines."]) == 0
    out = capsys.readouterr().out
    assert "Denda Rp 15.000 dihapuskan, alasan: keluarga kurang mampu." in out and "amount" not in out
    assert main(["--db", path, "--lang", "en", "audit", "--limit", "3", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert len(entries) == 3 and entries[0]["details"].endswith(".")
    assert main(["--db", path, "audit", "--since", "31-02-2026"]) == 1
    assert "31-02-2026" in capsys.readouterr().err


def test_an_export_for_people_carries_the_same_sentences(lib, librarian, tmp_path):
    import csv

    _entries(lib, librarian)
    i18n.install("id")
    target = tmp_path / "audit.csv"
    audit_log.export(lib, librarian, target, translate=i18n.translate)
    with open(target, encoding="utf-8-sig") as handle:
        details = [line[5] for line in csv.reader(handle)]
    assert "Denda Rp 15.000 dihapuskan, alasan: keluarga kurang mampu." in details
