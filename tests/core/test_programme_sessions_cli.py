"""A programme's sessions and guests from the CLI (a volunteer on the second PC), and a cancelled session
kept as cancelled: in the list with its reason, never counted as held or attended, here or at the district."""

import json
from datetime import datetime

from pustaka_desktop.cli import main
from pustaka_desktop.core.community import programs
from pustaka_desktop.core.reports import documents, figures, parse_period
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import stats
from tests.sync.sync_helpers import Site, enrol

CLASS = "Kelas Digital Selasa"


def run(capsys, db, *argv):
    code = main(["--lang", "en", "--db", db, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _library_with_weekly_class(tmp_path, capsys) -> str:
    """A village library's Tuesday digital-skills class: three Tuesdays gone, two planned far ahead."""
    db = str(tmp_path / "desa.sqlite3")
    assert run(capsys, db, "init", "--library-name", "Perpustakaan Desa Sukamaju", "--library-code", "SKM",
               "--librarian", "admin", "--password", "admin123")[0] == 0
    assert run(capsys, db, "program", "add", "--name", CLASS, "--kind", "digital")[0] == 0
    for day in ("2025-01-07", "2025-01-14", "2025-01-21", "2099-01-06", "2099-01-13"):
        assert run(capsys, db, "program", "session", CLASS, "--at", f"{day} 15:00", "--topic", "Surel")[0] == 0
    return db


def _sessions(capsys, db) -> list[dict]:
    code, out, _ = run(capsys, db, "program", "sessions", CLASS, "--json")
    assert code == 0
    return json.loads(out)


def test_a_flooded_session_is_cancelled_and_a_hall_clash_moved_from_the_cli(tmp_path, capsys):
    db = _library_with_weekly_class(tmp_path, capsys)
    code, out, _ = run(capsys, db, "program", "cancel", CLASS, "2025-01-14", "--reason", "banjir")
    assert code == 0 and "cancelled (banjir)" in out
    code, _, err = run(capsys, db, "program", "cancel", CLASS, "2", "--reason", "banjir")  # twice
    assert code == 1 and "was cancelled (banjir)" in err and "Traceback" not in err

    code, out, _ = run(capsys, db, "program", "move", CLASS, "4", "--to", "2099-01-08 16:00", "--place", "Balai desa")
    assert code == 0 and "06-01-2099 15:00 to 08-01-2099 16:00" in out
    code, out, _ = run(capsys, db, "program", "move", CLASS, "3", "--to", "2025-01-22 15:00")  # it met on Wednesday
    assert code == 0 and "count the session as held" in out  # a record put right, as the Programmes page allows
    code, _, err = run(capsys, db, "program", "move", CLASS, "9", "--to", "2099-02-04 15:00")
    assert code == 1 and "has no session 9" in err and "Traceback" not in err

    rows = _sessions(capsys, db)
    assert [(r["starts_at"], r["cancelled"], r["cancel_reason"]) for r in rows] == [
        ("2025-01-07 15:00", False, ""), ("2025-01-14 15:00", True, "banjir"), ("2025-01-22 15:00", False, ""),
        ("2099-01-08 16:00", False, ""), ("2099-01-13 15:00", False, "")]
    assert rows[3]["place"] == "Balai desa"
    code, out, _ = run(capsys, db, "program", "sessions", CLASS)
    assert "CANCELLED: banjir" in out.splitlines()[1]


def test_guests_recorded_at_the_door_from_the_cli(tmp_path, capsys):
    db = _library_with_weekly_class(tmp_path, capsys)
    guest = ("program", "guest", CLASS, "--gender", "F", "--age-band", "36-59")
    assert run(capsys, db, *guest, "--name", "Bu Siti Aminah", "--session", "1")[0] == 0
    code, out, _ = run(capsys, db, *guest, "--name", "bu siti  aminah", "--session", "3")  # she came back
    assert code == 0 and "not added twice" in out
    code, out, _ = run(capsys, db, *guest, "--count", "4", "--session", "3", "--json")  # four mothers
    assert code == 0 and len(json.loads(out)["guests"]) == 4
    assert run(capsys, db, *guest, "--name", "Bu Sri", "--session", "2099-01-06")[0] == 0  # typed by mistake
    code, _, err = run(capsys, db, "program", "cancel", CLASS, "2", "--reason", "listrik padam")
    code, _, err = run(capsys, db, *guest, "--name", "Bu Rina", "--session", "2")  # nobody came: cancelled
    assert code == 1 and "was cancelled (listrik padam)" in err

    code, out, _ = run(capsys, db, "program", "participants", CLASS, "--json")
    people = json.loads(out)
    assert [(p["name"], p["present"]) for p in people] == [("Bu Siti Aminah", 2)] + [("", 1)] * 4 + [("Bu Sri", 1)]
    code, _, err = run(capsys, db, "program", "remove-participant", CLASS, "Bu Sri")
    assert code == 1 and "marked present at 1 sessions" in err
    code, out, _ = run(capsys, db, "program", "merge-participant", CLASS, "Bu Sri", "--into", "1")
    assert code == 0 and "1 attendances moved" in out
    code, out, _ = run(capsys, db, "program", "participants", CLASS, "--json")
    assert [(p["name"], p["present"]) for p in json.loads(out)][0] == ("Bu Siti Aminah", 3)
    assert len(json.loads(out)) == 5
    assert run(capsys, db, "program", "remove-participant", CLASS, "Bu Rina")[0] == 1


def _class_with_a_cancelled_session(lib, by):
    club = programs.create_program(lib, by, name=CLASS, kind="digital")
    held = programs.add_session(lib, by, club, starts_at=datetime(2026, 2, 3, 15, 0))
    flooded = programs.add_session(lib, by, club, starts_at=datetime(2026, 2, 10, 15, 0))
    siti = programs.enrol_guest(lib, by, club, name="Bu Siti", gender="F", age_band="36-59")
    programs.mark_attendance(lib, by, held, siti)
    programs.mark_attendance(lib, by, flooded, siti)  # ticked before the river rose
    programs.cancel_session(lib, by, flooded, reason="banjir")
    return club, held, flooded


def test_a_cancelled_session_is_reported_as_cancelled_never_as_held(lib, librarian):
    club, held, flooded = _class_with_a_cancelled_session(lib, librarian)
    assert [s.uid for s in programs.sessions_of(lib, club)] == [held.uid, flooded.uid]  # still listed
    february = figures.programmes(lib, parse_period("2026-02"))
    assert (february["sessions"], february["attendance"], february["sessions_cancelled"]) == (1, 1, 1)
    assert february["cancelled"][0]["reason"] == "banjir"
    rows = documents.programme_tables(february, lambda _context, text: text)[0].rows
    assert ["Sessions cancelled", "1 (banjir)"] in rows
    assert programs.program_summary(lib, club)["sessions"] == 1


def test_the_district_does_not_count_a_cancelled_session_as_held(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "suka", "SKM", clock)
    try:
        enrol(village, district, tmp_path)
        with village:
            club = programs.create_program(village.lib, village.staff, name=CLASS, kind="digital")
            programs.add_session(village.lib, village.staff, club, starts_at=datetime(2026, 2, 3, 15, 0))
            later = programs.add_session(village.lib, village.staff, club, starts_at=datetime(2026, 2, 10, 15, 0))
        district.import_file(village.export_to(district))
        with village:
            programs.cancel_session(village.lib, village.staff, later, reason="listrik padam")  # cancelled later
            programs.cancel_session(village.lib, village.staff, programs.add_session(
                village.lib, village.staff, club, starts_at=datetime(2026, 2, 17, 15, 0)), reason="banjir")
        district.import_file(village.export_to(district))
        with district:
            rows, _total = stats.district_report(district.lib, parse_period("2026-02"))
        assert [row.sessions for row in rows] == [1]
    finally:
        village.close()
        district.close()
