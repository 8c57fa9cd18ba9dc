"""The audit log's search finds what a librarian reads: she sees "Katalog diimpor: …" or "Ditolak: menghapuskan
denda …" and types `impor`, `diimpor` or `denda`; in English "imported" or "refused". Every word must be found,
in any order, whatever the case or accents; a barcode, a member's number and a user name still find theirs."""

from __future__ import annotations

import csv
import json

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.core import audit_log, auth
from pustaka_desktop.core.circulation import fines
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.store.models import AuditLog


@pytest.fixture(autouse=True)
def back_to_indonesian():
    yield
    i18n.install("id")


def _a_month(lib, librarian, volunteer):
    """An import from SLiMS, a volunteer refused a fine waiver, a return undone, a fine waived, a deleted title."""
    auth.audit(lib, librarian, "catalog.import", "", "", file="biblio_desa.csv", format="slims-biblio",
               records={"add": 120, "update": 3})
    member = members.register(lib, librarian, name="Andi Sembiring", member_type="Umum")
    with pytest.raises(PustakaError):
        fines.waive(lib, volunteer, member, 1000, "kasihan")
    auth.audit(lib, librarian, "circulation.undo", "", "", what="checkin", barcode="TBM0003")
    auth.audit(lib, librarian, "fines.waive", "member", member.uid, amount=15000, reason="keluarga kurang mampu")
    auth.audit(lib, librarian, "catalog.delete", "", "", title="Café Kopi Toraja", copies=2)
    return member


def _found(lib, librarian, text, language="id"):
    i18n.install(language)
    flt = audit_log.AuditFilter(text=text)
    rows = audit_log.page(lib, librarian, flt, 0, 10_000, translate=i18n.translate)
    assert audit_log.count(lib, librarian, flt, translate=i18n.translate) == len(rows)
    return sorted(row.action for row in rows)


def test_words_of_the_indonesian_sentences_find_their_entries(lib, librarian, volunteer):
    _a_month(lib, librarian, volunteer)
    assert _found(lib, librarian, "impor") == ["catalog.import"]  # "Katalog diimpor"
    assert _found(lib, librarian, "Diimpor") == ["catalog.import"]
    assert _found(lib, librarian, "ditolak denda") == ["denied"]  # "Ditolak: menghapuskan denda …"
    assert _found(lib, librarian, "dibatalkan TBM0003") == ["circulation.undo"]  # "Pengembalian … dibatalkan"
    assert _found(lib, librarian, "dihapuskan 15.000") == ["fines.waive"]  # "Denda Rp 15.000 dihapuskan"
    assert _found(lib, librarian, "impor denda") == []  # every word is needed


def test_the_same_entries_in_english(lib, librarian, volunteer):
    _a_month(lib, librarian, volunteer)
    assert _found(lib, librarian, "imported", "en") == ["catalog.import"]
    assert _found(lib, librarian, "refused fine", "en") == ["denied"]
    assert _found(lib, librarian, "return undone", "en") == ["circulation.undo"]
    assert _found(lib, librarian, "diimpor", "en") == []  # (the words of the language shown)


def test_case_and_accents_do_not_matter_and_stored_words_still_find(lib, librarian, volunteer):
    member = _a_month(lib, librarian, volunteer)
    assert _found(lib, librarian, "cafe") == ["catalog.delete"]
    assert _found(lib, librarian, "CAFÉ toraja") == ["catalog.delete"]
    assert _found(lib, librarian, "biblio_desa.csv") == ["catalog.import"]
    assert "fines.waive" in _found(lib, librarian, member.number.lower())
    assert "denied" in _found(lib, librarian, "Relawan Satu")  # the volunteer by her full name


def test_the_page_and_its_export_find_the_same(lib, librarian, volunteer, tmp_path):
    _a_month(lib, librarian, volunteer)
    i18n.install("id")
    flt = audit_log.AuditFilter(text="denda")
    total, rows = audit_log.find(lib, librarian, flt, 0, 1, i18n.translate)
    assert total == 2 and [row.action for row in rows] == ["fines.waive"]  # newest first, one page of one
    target = tmp_path / "audit.csv"
    assert audit_log.export(lib, librarian, target, flt, translate=i18n.translate) == 2
    with target.open(encoding="utf-8-sig") as handle:
        assert sorted(line[2] for line in list(csv.reader(handle))[1:]) == ["denied", "fines.waive"]


def test_a_letter_alone_or_many_entries_do_not_break_the_search(lib, librarian, volunteer):
    _a_month(lib, librarian, volunteer)
    AuditLog.insert_many([{"at": lib.clock.now(), "username": "sari", "action": "login.failed", "entity": "staff",
                           "entity_uid": "sari", "detail": json.dumps({"failures": n % 5 + 1})}
                          for n in range(600)]).execute()
    assert len(_found(lib, librarian, "a")) == AuditLog.select().count()
    assert _found(lib, librarian, "salah sari") == ["login.failed"] * 600  # "Kata sandi salah"


def test_pustaka_cli_audit_search_in_both_languages(capsys, lib, librarian, volunteer):
    from pustaka_desktop.cli import main

    _a_month(lib, librarian, volunteer)
    path = str(lib.path)
    AuditLog._meta.database.close()  # (the CLI opens the file itself)
    assert main(["--db", path, "audit", "--search", "diimpor"]) == 0
    out = capsys.readouterr().out
    assert "Katalog diimpor" in out and len(out.strip().splitlines()) == 1
    assert main(["--db", path, "--lang", "en", "audit", "--search", "refused fine", "--json"]) == 0
    assert [entry["action"] for entry in json.loads(capsys.readouterr().out)] == ["denied"]
