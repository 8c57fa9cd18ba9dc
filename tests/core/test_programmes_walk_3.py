"""The TPBIS programmes of a village library typed in from paper, days later, on the command line: the PKK that
partners two programmes, the attendance sheet of a session, and a story told at the training."""

import json
import time

from pustaka_desktop.cli import main
from pustaka_desktop.core.community import programs
from pustaka_desktop.core.reports import parse_period, tpbis_data
from pustaka_desktop.core.service import Library

SEWING, KERUPUK = "Kursus Menjahit", "Pelatihan membuat kerupuk dan memasarkan lewat WhatsApp"


def run(capsys, db, *argv):
    code = main(["--lang", "en", "--db", db, "--user", "admin", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _village(tmp_path, capsys, monkeypatch) -> str:
    """Two programmes of November 2026, each with a session, and three members."""
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    db = str(tmp_path / "desa.sqlite3")
    assert main(["--lang", "en", "--db", db, "init", "--library-name", "Perpustakaan Desa Sukamaju",
                 "--library-code", "SKM", "--librarian", "admin"]) == 0
    for name in ("Siti Aminah", "Rina Marlina", "Nurhayati"):
        assert run(capsys, db, "member", "add", "--name", name, "--type", "Umum", "--gender", "F")[0] == 0
    for name, kind in ((SEWING, "skills"), (KERUPUK, "digital")):
        assert run(capsys, db, "program", "add", "--name", name, "--kind", kind)[0] == 0
    assert run(capsys, db, "program", "session", SEWING, "--at", "2026-11-24 06:30")[0] == 0
    assert run(capsys, db, "program", "session", KERUPUK, "--at", "2026-11-14 09:00")[0] == 0
    capsys.readouterr()
    return db


def _programmes(capsys, db) -> dict[str, dict]:
    code, out, _ = run(capsys, db, "program", "list", "--json")
    assert code == 0
    return {row["name"]: row for row in json.loads(out)}


def test_the_pkk_partners_a_second_programme_and_is_linked_not_refused(tmp_path, capsys, monkeypatch):
    db = _village(tmp_path, capsys, monkeypatch)
    assert run(capsys, db, "program", "partner", "--name", "PKK Desa Sukamaju", "--kind", "pkk",
               "--program", KERUPUK)[0] == 0
    code, out, err = run(capsys, db, "program", "partner", "--name", "pkk desa sukamaju", "--program", SEWING)
    assert code == 0, err
    assert "PKK Desa Sukamaju linked to Kursus Menjahit" in out
    rows = _programmes(capsys, db)
    assert rows[SEWING]["partners"] == ["PKK Desa Sukamaju"] == rows[KERUPUK]["partners"]
    lib = Library.open(db)
    try:
        assert len(programs.list_partners(lib)) == 1  # one partner, not a second PKK
    finally:
        lib.close()
    code, _, err = run(capsys, db, "program", "partner", "--name", "PKK Desa Sukamaju")  # no programme: nothing to do
    assert code == 1 and "already exists" in err and "--program" in err


def test_the_paper_sheet_is_typed_in_by_the_day_as_the_cli_writes_it(tmp_path, capsys, monkeypatch):
    db = _village(tmp_path, capsys, monkeypatch)
    code, out, err = run(capsys, db, "program", "attend", SEWING, "--session-date", "24-11-2026",
                         "SKM-A00001", "SKM-A00002")
    assert code == 0 and "Traceback" not in err
    assert "Present: Siti Aminah." in out and "Present: Rina Marlina." in out


def test_a_mistyped_card_on_the_sheet_marks_nobody_and_says_so(tmp_path, capsys, monkeypatch):
    db = _village(tmp_path, capsys, monkeypatch)
    code, _, err = run(capsys, db, "program", "attend", SEWING, "--session-date", "2026-11-24",
                       "SKM-A00001", "SKM-A00099", "SKM-A00003")
    assert code == 1 and "SKM-A00099" in err and "Nobody on this list was marked present" in err
    assert _programmes(capsys, db)[SEWING]["attendance"] == 0  # not Siti alone, with Nurhayati left out
    code, _, err = run(capsys, db, "program", "attend", SEWING, "--session-date", "2026-12-01", "SKM-A00001")
    assert code == 1 and "has no session 2026-12-01" in err and "Traceback" not in err


def test_a_story_typed_in_later_is_told_in_the_month_it_was_told(tmp_path, capsys, monkeypatch):
    db = _village(tmp_path, capsys, monkeypatch)
    assert run(capsys, db, "program", "attend", KERUPUK, "--session-date", "2026-11-14", "SKM-A00003")[0] == 0
    code, _, err = run(capsys, db, "program", "story", KERUPUK, "--title", "Kerupuk laku lewat WhatsApp",
                       "--text", "Setelah pelatihan, 3 ibu mulai jualan online.", "--author", "Nurhayati",
                       "--told-on", "2026-11-21", "--consent")
    assert code == 0, err
    lib = Library.open(db)
    try:
        told = tpbis_data(lib, parse_period("2026-11-01..2026-11-30"))["programmes"]["stories"]
    finally:
        lib.close()
    assert [(s["title"], str(s["told_on"])) for s in told] == [("Kerupuk laku lewat WhatsApp", "2026-11-21")]
    code, _, err = run(capsys, db, "program", "story", KERUPUK, "--text", "x", "--told-on", "31-11-2026")
    assert code == 1 and "31-11-2026" in err and "Traceback" not in err


def test_a_session_called_off_is_told_at_the_villages_time(tmp_path, capsys, monkeypatch):
    """The storytelling of Saturday 28 November, 09:00 in Garut (WIB), called off for a funeral: the TPBIS figures
    say 09:00 that day, as 'program sessions' does, not the 02:00 it is stored as."""
    monkeypatch.setenv("TZ", "WIB-7")
    time.tzset()
    try:
        db = _village(tmp_path, capsys, monkeypatch)
        assert run(capsys, db, "program", "add", "--name", "Dongeng Anak Sabtu", "--kind", "storytelling")[0] == 0
        assert run(capsys, db, "program", "session", "Dongeng Anak Sabtu", "--at", "2026-11-28 06:30")[0] == 0
        assert run(capsys, db, "program", "cancel", "Dongeng Anak Sabtu", "28-11-2026", "--reason", "takziah")[0] == 0
        code, out, _ = run(capsys, db, "report", "tpbis", "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert code == 0
    called_off = json.loads(out)["programmes"]["cancelled"]
    assert called_off == [{"programme": "Dongeng Anak Sabtu", "starts_at": "2026-11-28 06:30", "reason": "takziah"}]


def test_what_came_of_the_training_is_written_from_the_cli(tmp_path, capsys, monkeypatch):
    db = _village(tmp_path, capsys, monkeypatch)
    assert run(capsys, db, "program", "attend", KERUPUK, "--session-date", "14-11-2026", "SKM-A00003")[0] == 0
    code, out, err = run(capsys, db, "program", "edit", KERUPUK, "--outcomes", "3 ibu mulai jualan online")
    assert code == 0, err
    code, out, _ = run(capsys, db, "report", "tpbis", "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    [kerupuk] = [p for p in json.loads(out)["programmes"]["list"] if p["name"] == KERUPUK]
    assert kerupuk["outcomes"] == "3 ibu mulai jualan online"
    code, _, err = run(capsys, db, "program", "edit", KERUPUK)
    assert code == 1 and "Nothing to change" in err and "Traceback" not in err
