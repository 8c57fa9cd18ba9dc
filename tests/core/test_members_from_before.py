"""A village library moves in on 5 December 2026 with its member list kept in Excel: names, gender, address,
school, phone, and no registration date (INLISLite's member report has none either). Every member got the import
day as their registration, and December's report said "Anggota baru: 3" (in a real village, 412) for people who
had been members for years: the village government, which sets the library's budget from these reports, saw a
jump that never was. Now they are members from before Pustaka: counted among the members, never as new ones; a
member registered at the desk that day is new; a real date typed later makes an ordinary member of its period."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.community import members, members_from_before
from pustaka_desktop.core.interop import import_undo, member_import
from pustaka_desktop.core.reports import by_school, figures, impact
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import AuditLog, Member, MemberFromBefore

DECEMBER, NOVEMBER = Period.month(2026, 12), Period.month(2026, 11)

# the list the village kept in Excel: no registration date, as most are
KEPT_BY_HAND = [["DAFTAR ANGGOTA PERPUSTAKAAN DESA SUKAMAJU"], [],
                ["No", "Nama", "L/P", "Alamat", "Sekolah", "No. HP"],
                [1, "Siti Aminah", "P", "Dusun Krajan RT 01", "SD NEGERI 1 SUKAMAJU", "081234567890"],
                [2, "Budi Santoso", "L", "Dusun Krajan RT 02", "SD NEGERI 1 SUKAMAJU", "081298765432"],
                [3, "Rina Marlina", "P", "Dusun Wetan RT 03", "", ""]]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock("2026-12-05T09:00:00+07:00")  # the day of the move-in


def _english(_context, text):
    return text


def _xlsx(path, rows):
    book = Workbook()
    book.active.title = "Anggota"
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _moved_in(lib, librarian, tmp_path, rows=KEPT_BY_HAND):
    return member_import.import_members(lib, librarian, _xlsx(tmp_path / "anggota.xlsx", rows))


def _counts(lib, period):
    found = figures.members(lib, period)
    return found["new"], found["total"]


def test_a_list_without_registration_dates_brings_members_from_before_never_new_ones(lib, librarian, tmp_path):
    result = _moved_in(lib, librarian, tmp_path)
    assert result.add == 3 and result.from_before == 3
    assert _counts(lib, DECEMBER) == (0, 3)  # was (3, 3): "Anggota baru: 3" for the month of the move-in
    # members before the move-in as well (as an undated copy is in every period's collection), new in none
    assert _counts(lib, NOVEMBER) == (0, 3)
    assert impact.period_figures(lib, DECEMBER)["new_members"] == 0
    # the card still needs a date: the import's day, which the member's form says is no registration
    siti = Member.get(Member.name == "Siti Aminah")
    assert siti.registered_on == date(2026, 12, 5) and members_from_before.is_from_before(siti)
    # pupils by school: the school's two members, neither new
    school = by_school.pupils_by_school(lib, DECEMBER)
    assert [(row["school"], row["members"], row["new"]) for row in school] == [("SD NEGERI 1 SUKAMAJU", 2, 0)]


def test_a_member_registered_at_the_desk_that_day_is_new(lib, librarian, tmp_path):
    _moved_in(lib, librarian, tmp_path)
    members.register(lib, librarian, name="Dewi Lestari", gender="F", member_type="Umum",
                     institution="SD NEGERI 1 SUKAMAJU")
    assert _counts(lib, DECEMBER) == (1, 4)
    assert _counts(lib, NOVEMBER) == (0, 3)  # she was no member in November
    school = by_school.pupils_by_school(lib, DECEMBER)
    assert [(row["members"], row["new"]) for row in school] == [(3, 1)]


def test_the_real_date_typed_later_makes_an_ordinary_member_new_in_that_dates_period(lib, librarian, tmp_path, clock):
    _moved_in(lib, librarian, tmp_path)
    clock.advance(days=3)
    budi = Member.get(Member.name == "Budi Santoso")
    members.update_member(lib, librarian, budi, registered_on="15-03-2025")  # from his old paper form
    assert not members_from_before.is_from_before(Member.get_by_id(budi.id))
    assert _counts(lib, Period.month(2025, 3)) == (1, 3)  # new in March 2025 (and the two others from before)
    assert _counts(lib, Period.month(2025, 2)) == (0, 2)
    assert _counts(lib, DECEMBER) == (0, 3)
    # saving the form again without touching the date changes nothing for the others
    rina = Member.get(Member.name == "Rina Marlina")
    members.update_member(lib, librarian, rina, phone="085712345678", registered_on="05-12-2026")
    assert members_from_before.is_from_before(Member.get_by_id(rina.id)) and _counts(lib, DECEMBER) == (0, 3)


def test_a_card_that_ran_out_before_the_move_is_not_new_in_the_month_it_ran_out(lib, librarian, tmp_path):
    """A list without registration dates gives the card's end: the member is taken as registered by that day
    (so the card keeps its end), which made them a new member of that month."""
    rows = [["No", "Nama", "Berlaku s/d"], [1, "Joko Susilo", "31-08-2025"], [2, "Ani Wijaya", "31-12-2027"]]
    result = _moved_in(lib, librarian, tmp_path, rows)
    assert result.from_before == 2
    assert _counts(lib, Period.month(2025, 8)) == (0, 2)
    assert _counts(lib, DECEMBER) == (0, 2)


def test_a_list_with_registration_dates_is_counted_as_before(lib, librarian, tmp_path):
    rows = [["No", "Nama", "Tgl Daftar"], [1, "Siti Aminah", "12-01-2023"], [2, "Budi Santoso", "03-12-2026"],
            [3, "Rina Marlina", ""]]
    result = _moved_in(lib, librarian, tmp_path, rows)
    assert result.from_before == 1  # Rina's row alone has none
    assert _counts(lib, DECEMBER) == (1, 3)
    assert _counts(lib, Period.month(2023, 1)) == (1, 2)
    assert not members_from_before.is_from_before(Member.get(Member.name == "Budi Santoso"))


def test_a_second_import_of_the_same_list_changes_nothing_and_a_dated_list_gives_the_real_dates(lib, librarian,
                                                                                             tmp_path):
    _moved_in(lib, librarian, tmp_path)
    again = _moved_in(lib, librarian, tmp_path)
    assert again.add == 0 and again.from_before == 0 and _counts(lib, DECEMBER) == (0, 3)
    # the old system's dated list of the same people, found later: their real dates
    dated = [["No", "Nama", "L/P", "Alamat", "Tgl Daftar"], [1, "Siti Aminah", "P", "Dusun Krajan RT 01", "02-12-2026"]]
    _moved_in(lib, librarian, tmp_path, dated)
    assert _counts(lib, DECEMBER) == (1, 3)


def test_the_import_says_so_on_the_page_and_on_the_command_line(lib, librarian, tmp_path, capsys, monkeypatch):
    result = _moved_in(lib, librarian, tmp_path)
    assert result.summary()["from_before"] == 3
    assert ("3 member(s) in the list have no registration date: they count as members from before Pustaka, never as "
            "new members of a month") in "\n".join(result.notes(_english))  # (the Members import's summary on the page)
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    path = _xlsx(tmp_path / "lagi.xlsx", [["No", "Nama"], [1, "Wahyu Hidayat"]])
    assert cli_main(["--db", str(lib.path), "--user", "pustakawan", "--lang", "en", "members-import", str(path),
                     "--dry-run"]) == 0
    assert "1 member(s) in the list have no registration date" in capsys.readouterr().out


def test_undoing_the_import_or_deleting_a_member_leaves_nothing_behind(lib, librarian, tmp_path):
    _moved_in(lib, librarian, tmp_path)
    rina = Member.get(Member.name == "Rina Marlina")
    members.delete_member(lib, librarian, rina)
    assert not MemberFromBefore.select().where(MemberFromBefore.member_uid == rina.uid).exists()
    assert _counts(lib, DECEMBER) == (0, 2)
    import_undo.undo_import(lib, librarian, AuditLog.get(AuditLog.action == "members.import").id)
    assert MemberFromBefore.select().count() == 0 and _counts(lib, DECEMBER) == (0, 0)
    assert members_from_before.by_stand_in_day(lib) == {}


def test_a_card_the_list_gives_no_end_runs_from_the_move_in_when_a_year_from_registration_is_past(
        lib, librarian, tmp_path):
    """A hand-kept list with registration dates and no end dates: each card ended a year after its registration, so
    on the first day the desk refused every member registered before December 2025 ("The membership ended on ...
    Renew it first"). The village never let a card run out: such a card runs from the import day; a card that is
    still running keeps its end; an end the list gives is kept, past or not."""
    from pustaka_desktop.core.circulation import loan_rules, loans, refusals

    rows = [["No", "Nama", "Tgl Daftar", "Berlaku s/d"], [1, "Siti Aminah", "12-01-2023", ""],
            [2, "Budi Santoso", "03-06-2026", ""], [3, "Joko Susilo", "01-08-2024", "31-08-2025"]]
    planned = member_import.import_members(lib, librarian, _xlsx(tmp_path / "anggota.xlsx", rows), dry_run=True)
    said = [n for n in planned.notices if n.template == member_import.CARDS_RUN_ON]
    # (a list without types: its members are Umum, whose cards run 730 days)
    assert [(n.params["count"], n.params["date"]) for n in said] == [(1, "04-12-2028")]
    _moved_in(lib, librarian, tmp_path, rows)
    ends = {m.name: (m.registered_on, m.expires_on) for m in Member.select()}
    assert ends == {"Siti Aminah": (date(2023, 1, 12), date(2028, 12, 4)),
                    "Budi Santoso": (date(2026, 6, 3), date(2028, 6, 2)),
                    "Joko Susilo": (date(2024, 8, 1), date(2025, 8, 31))}
    opts = loan_rules.options(lib)
    refused = {m.name: [p.reason for p in loans.member_problems(lib, m, date(2026, 12, 5), opts)]
               for m in Member.select()}
    assert refused == {"Siti Aminah": [], "Budi Santoso": [], "Joko Susilo": [refusals.MEMBER_EXPIRED]}
    assert _moved_in(lib, librarian, tmp_path, rows).add == 0  # (the same list again: nothing new, no notice)
