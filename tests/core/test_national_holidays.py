"""Indonesia's national holidays and cuti bersama of a year, added to the library's closing days in one go:
names in the user's language, estimates marked, days already closed left alone, every day audited."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import holidays as package
import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.audit_describe import describe
from pustaka_desktop.core.circulation import holidays, national_holidays
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.store.models import AuditLog, Holiday

IDUL_FITRI_2027 = date(2027, 3, 10)  # the package's estimate: the government fixes it by sighting the moon
CUTI_NATAL_2027 = date(2027, 12, 24)


def english(_context: str, text: str) -> str:
    return text


def day_of(year: national_holidays.NationalYear, day: date) -> national_holidays.NationalDay:
    return next(d for d in year.days if d.day == day)


def test_the_year_lists_national_holidays_with_estimates_marked_in_the_users_language(lib):
    year = national_holidays.national_year(lib, 2027, language="id")
    lebaran = day_of(year, IDUL_FITRI_2027)
    assert lebaran.name == "Hari Raya Idul Fitri" and lebaran.estimated and not lebaran.joint_leave
    assert lebaran.holiday_name == "Hari Raya Idul Fitri (perkiraan)"  # the row keeps the mark, to check later
    independence = day_of(year, date(2027, 8, 17))
    assert independence.name == "Hari Kemerdekaan Republik Indonesia" and not independence.estimated
    assert day_of(year, CUTI_NATAL_2027).joint_leave
    assert CUTI_NATAL_2027 not in {d.day for d in year.chosen(False)}
    assert len(year.chosen(False)) >= 16 and year.joint_leave_known
    english_year = national_holidays.national_year(lib, "2027", language="en")
    assert day_of(english_year, IDUL_FITRI_2027).name == "Eid al-Fitr"
    assert day_of(english_year, IDUL_FITRI_2027).holiday_name == "Eid al-Fitr (estimated)"


def test_a_year_whose_cuti_bersama_are_not_announced_says_so(lib):
    year = national_holidays.national_year(lib, 2031, language="id")
    assert year.days and not year.joint_leave_known


@pytest.mark.parametrize("typed", ["1800", "abc", "2027.5", "", "３０２７"])
def test_a_wrong_year_gets_a_clear_message(lib, typed):
    with pytest.raises(ValidationError) as refused:
        national_holidays.national_year(lib, typed)
    message = refused.value.message(english)
    assert f"“{typed}” is not a year" in message or "known for the years 1946 to 2100, not 1800" in message


def test_the_years_offered_are_those_the_package_knows():
    assert (national_holidays.FIRST_YEAR, national_holidays.LAST_YEAR) == (package.Indonesia.start_year,
                                                                         package.Indonesia.end_year)


def test_days_already_closed_are_marked_and_adding_twice_adds_nothing(lib, librarian):
    holidays.add_holiday(lib, librarian, "2027-03-09", "2027-03-15", "Libur Lebaran")  # typed by hand as a range
    year = national_holidays.national_year(lib, 2027, language="id")
    assert day_of(year, IDUL_FITRI_2027).entered and not day_of(year, date(2027, 1, 1)).entered
    before = Holiday.select().count()
    added = national_holidays.add_national_days(lib, librarian, year.chosen(True))
    not_entered = [d for d in year.chosen(True) if not d.entered]
    assert len(added) == len(not_entered) and Holiday.select().count() == before + len(not_entered)
    assert holidays.calendar(lib).is_open(date(2027, 8, 17)) is False
    assert national_holidays.add_national_days(lib, librarian, year.chosen(True)) == []  # the same list again
    again = national_holidays.national_year(lib, 2027)
    assert all(d.entered for d in again.days)


def test_each_added_day_is_audited(lib, librarian):
    year = national_holidays.national_year(lib, 2027, language="id")
    chosen = [day_of(year, IDUL_FITRI_2027), day_of(year, date(2027, 8, 17))]
    national_holidays.add_national_days(lib, librarian, chosen)
    lines = list(AuditLog.select().where(AuditLog.action == "circulation.holiday_add").order_by(AuditLog.id))
    assert [json.loads(line.detail)["starts_on"] for line in lines] == ["2027-03-10", "2027-08-17"]
    assert {line.username for line in lines} == {"pustakawan"}
    assert describe(lines[0].action, lines[0].detail, english) == (
        "Closed from 10-03-2027 to 10-03-2027: Hari Raya Idul Fitri (perkiraan).")


def test_a_holiday_removed_by_hand_is_audited(lib, librarian):
    holiday = holidays.add_holiday(lib, librarian, "2027-08-17", name="HUT RI")
    holidays.remove_holiday(lib, librarian, holiday)
    removed = AuditLog.get(AuditLog.action == "circulation.holiday_remove")
    assert removed.entity_uid == holiday.uid and json.loads(removed.detail)["name"] == "HUT RI"


def test_a_volunteer_cannot_add_them(lib, volunteer):
    year = national_holidays.national_year(lib, 2027)
    with pytest.raises(PermissionDenied):
        national_holidays.add_national_days(lib, volunteer, year.chosen(False))
    assert Holiday.select().count() == 0


def test_the_year_offered_first_moves_on_once_this_years_days_are_entered(lib, librarian):
    december = date(2026, 12, 1)
    assert national_holidays.suggested_year(lib, december) == 2026
    this_year = national_holidays.national_year(lib, 2026).chosen(False)
    national_holidays.add_national_days(lib, librarian, [d for d in this_year if d.day >= december])
    assert national_holidays.suggested_year(lib, december) == 2027


def test_the_package_is_imported_only_when_a_list_is_asked_for():
    code = ("import sys; import pustaka_desktop.core.circulation.national_holidays; "
            "import pustaka_desktop.core.circulation.loans; print('holidays' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_lists_then_adds_the_national_holidays_once(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "T", "--library-code", "TST", "--librarian", "admin",
               "--password", "admin123")[0] == 0
    code, out, err = run(capsys, "--db", db, "holidays", "national", "2027")  # no terminal, no --yes
    assert code == 1 and "--yes" in err and "10-03-2027  Eid al-Fitr  [estimate]" in out
    code, out, _ = run(capsys, "--db", db, "holidays", "national", "2027", "--dry-run", "--cuti-bersama")
    assert code == 0 and "Would add 26" in out and "24-12-2027  Christmas Joint Holiday  [cuti bersama]" in out
    code, out, _ = run(capsys, "--db", db, "holidays", "national", "2027", "--yes", "--skip", "26-12-2027")
    assert code == 0 and "Added 17 closing day(s)." in out
    code, out, _ = run(capsys, "--db", db, "holidays", "national", "2027", "--yes")
    assert code == 0 and "Added 1 closing day(s)." in out and "[already entered]" in out
    code, out, _ = run(capsys, "--db", db, "holidays", "national", "2027", "--yes")
    assert code == 0 and "Nothing to add" in out
    code, out, _ = run(capsys, "--db", db, "holidays", "national", "2027", "--dry-run", "--json")
    assert all(day["already_entered"] for day in json.loads(out)["days"])


def test_cli_refuses_a_wrong_year_or_date_without_a_traceback(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    run(capsys, "--db", db, "init", "--library-name", "T", "--library-code", "TST", "--librarian", "admin",
        "--password", "admin123")
    code, _, err = run(capsys, "--db", db, "holidays", "national", "abc")
    assert code == 1 and "“abc” is not a year" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", db, "holidays", "national", "1800")
    assert code == 1 and "1946 to 2100" in err
    code, _, err = run(capsys, "--db", db, "holidays", "national", "2027", "--skip", "31-02-2027", "--yes")
    assert code == 1 and "31-02-2027 is not a date" in err


def test_a_build_without_the_packages_translations_says_so_instead_of_crashing(lib, monkeypatch):
    def no_translation_file(*_args, **_kwargs):
        raise FileNotFoundError(2, "No translation file found for domain", "ID")

    monkeypatch.setattr("holidays.holiday_base.translation", no_translation_file)  # as gettext says it
    with pytest.raises(ValidationError) as refused:
        national_holidays.national_year(lib, 2027)
    assert "Add the holidays by hand" in refused.value.message(english)
