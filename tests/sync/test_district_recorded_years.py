"""Three villages in the district's figures of 2024 and 2025: Sukamaju moved into Pustaka on 1 March 2025 (its
visitor book and loans from then on, no activities recorded), Cibodas recorded everything since January 2024,
and Maju still runs an older version whose bundles do not say when its records began.

Sukamaju's own IPLM sheet of 2025 averages its visitors over the open days from 1 March (1,0); the district
averaged them over the whole year (0,8) and counted Sukamaju's 2024 as 0 visitors, a village that did nothing.
Now the day each kind of record began travels in the bundle, and the district's row says what the village's
own sheet says; a total adds up the villages that recorded a figure and says how many did."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, datetime, timedelta

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.cli import district_table, main
from pustaka_desktop.core.printing.district_pdf import write_district_pdf
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.documents import iplm_data
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Loan, Member, Program, ProgramSession, Visit
from pustaka_desktop.core.sync import bundle, district_recorded, stats

from .sync_helpers import Site, catalogue, enrol, register

Y2024, Y2025 = Period.year(2024), Period.year(2025)


def _at(day: str) -> datetime:
    return datetime.fromisoformat(f"{day}T10:00:00+07:00")


def _visits(site: Site, days: dict[str, int]) -> None:
    for day, people in days.items():
        store.insert(site.lib, Visit, at=_at(day), headcount=people, purpose="read")


def _loans(site: Site, days: list[str]) -> None:
    member = Member.select().first()
    for n, day in enumerate(days):
        item = Item.select().where(Item.barcode == f"{site.code}{n}").get()
        store.insert(site.lib, Loan, item=item.id, member=member.id, loaned_at=_at(day),
                     due_on=date.fromisoformat(day) + timedelta(days=7), returned_at=_at(day) + timedelta(days=3))


def _older_version(monkeypatch) -> None:
    """Bundles as a village of an older version writes them: the manifest has no ``records_began``."""
    real = bundle.write

    def write(handle, manifest, *args, **kwargs):
        return real(handle, {k: v for k, v in manifest.items() if k != "records_began"}, *args, **kwargs)

    monkeypatch.setattr(bundle, "write", write)


@pytest.fixture
def office(tmp_path, monkeypatch):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    sukamaju, cibodas, maju = (Site(tmp_path, name, code, clock) for name, code in
                               (("sukamaju", "SKM"), ("cibodas", "CBD"), ("maju", "MJU")))
    for village in (sukamaju, cibodas, maju):
        enrol(village, district, tmp_path)
        with village:
            catalogue(village, "Laskar Pelangi", [f"{village.code}{n}" for n in range(3)])
            register(village, f"{village.code}-1", "Siti")
    with sukamaju:  # moved in on 1 March 2025: the visitor book and the loans from then on
        _visits(sukamaju, {"2025-03-01": 100, "2025-07-01": 100, "2025-11-03": 62})
        _loans(sukamaju, ["2025-03-05"])
    with cibodas:  # in Pustaka since January 2024
        _visits(cibodas, {"2024-01-02": 50, "2024-06-03": 50, "2025-01-02": 150, "2025-08-01": 160})
        _loans(cibodas, ["2024-01-03", "2025-02-03"])
        club = store.insert(cibodas.lib, Program, name="Klub baca")
        for day in ("2024-01-08", "2025-02-04"):
            store.insert(cibodas.lib, ProgramSession, program=club.id, starts_at=_at(day))
    with maju:
        _visits(maju, {"2025-04-01": 30})
    for village in (sukamaju, cibodas):
        district.import_file(village.export_to(district))
    with monkeypatch.context() as patch:
        _older_version(patch)
        district.import_file(maju.export_to(district))
    district.lib.activate()
    yield district, {"SKM": sukamaju, "CBD": cibodas, "MJU": maju}
    for site in (district, sukamaju, cibodas, maju):
        site.close()


def _report(district: Site, period: Period):
    with district:
        rows, total = stats.district_report(district.lib, period)
    return {row.code: row for row in rows}, total


def test_the_district_averages_a_moved_in_village_over_the_days_it_recorded_as_its_own_sheet_does(office):
    district, villages = office
    with villages["SKM"] as lib:
        own = iplm_data(lib, 2025)
    rows, total = _report(district, Y2025)
    sukamaju = rows["SKM"]
    assert own["visits_per_day"] == 1.0 and own["average_from"] == date(2025, 3, 1)
    assert (sukamaju.visits, sukamaju.visits_per_day, sukamaju.average_open_days) == (
        own["visits"], own["visits_per_day"], own["average_open_days"])
    assert sukamaju.visits_per_day != figures.per_open_day(sukamaju.visits, sukamaju.open_days)  # the old 0,8
    assert sukamaju.unrecorded == {"visits": date(2025, 3, 1), "visits_per_day": date(2025, 3, 1),
                                   "loans": date(2025, 3, 5), "programs": None, "sessions": None}
    assert sukamaju.programs is None and sukamaju.sessions is None  # no activity recorded: unknown, not 0
    # the row's note says over which days (the open days column is the whole year's, as on the village's sheet)
    assert district_recorded.village_note(stats.as_dicts([sukamaju], total)[0], lambda c, t: t).endswith(
        f"visitors per open day over the {own['average_open_days']} open days from 1 March 2025")
    # Cibodas recorded all year; Maju's version does not say: both as before, over the whole year
    assert rows["CBD"].unrecorded == {} and rows["MJU"].unrecorded is None
    for code in ("CBD", "MJU"):
        assert rows[code].visits_per_day == figures.per_open_day(rows[code].visits, rows[code].open_days)
    # the total: people per village open day over the days recorded; activities from the villages that have them
    assert total.visits == 262 + 310 + 30 and total.programs == rows["CBD"].programs == 1
    assert total.visits_per_day == figures.per_open_day(total.visits, sum(r.average_open_days for r in rows.values()))
    assert total.villages_recorded["programmes"] == {"villages": 3, "recorded": 2, "from_a_day": 0, "unknown": 1}
    assert total.villages_recorded["visits"] == {"villages": 3, "recorded": 3, "from_a_day": 1, "unknown": 1}


def test_a_year_before_the_move_is_not_recorded_never_a_village_that_did_nothing(office):
    district, _ = office
    rows, total = _report(district, Y2024)
    sukamaju = rows["SKM"]
    assert (sukamaju.visits, sukamaju.visits_per_day, sukamaju.loans, sukamaju.programs) == (None, None, None, None)
    assert sukamaju.open_days > 0  # its calendar is known without the visitor book
    assert rows["MJU"].visits == 0  # an older version's village: counted as before (unknown, not "not recorded")
    assert total.visits == rows["CBD"].visits == 100
    assert total.villages_recorded["visits"] == {"villages": 3, "recorded": 2, "from_a_day": 0, "unknown": 1}
    assert district_recorded.total_note(stats.as_dicts([], total)[0], lambda c, t: t) == (
        "Visitors: 2 of 3 villages recorded; Loans: 2 of 3 villages recorded; Activities: 2 of 3 villages recorded; "
        "1 of the villages run an older version that does not say since when it recorded (counted as before)")
    assert district_recorded.village_note(stats.as_dicts([sukamaju], total)[0], lambda c, t: t) == (
        "Visitors, loans and activities not recorded in Pustaka")


def test_the_console_and_json_say_what_a_village_did_not_record(office, capsys):
    district, _ = office
    rows, total = _report(district, Y2025)
    i18n.install("en")
    try:
        lines = district_table.district_lines(list(rows.values()), total)
    finally:
        i18n.install("id")
    at = lines.index(next(line for line in lines if line.startswith("Perpustakaan sukamaju")))
    figures_line, note = lines[at + 1], " ".join(line.strip() for line in lines[at + 2:at + 4])
    assert figures_line.split()[0] == "SKM" and "-" in figures_line.split() and "1.0*" in figures_line.split()
    assert note.startswith("* Visitors recorded only from 1 March 2025; loans recorded only from 5 March 2025; "
                           "activities not recorded in Pustaka")
    total_note = " ".join(line.strip() for line in lines[lines.index("Total") + 2:])
    assert "Activities: 2 of 3 villages recorded" in total_note
    assert all(len(line) <= 79 for line in lines)

    district.lib.close()  # the command line opens the file itself
    assert main(["--lang", "en", "--db", str(district.lib.path), "district", "report", "--period", "2024",
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    by_code = {v["code"]: v for v in report["villages"]}
    assert by_code["SKM"]["visits"] is None and by_code["SKM"]["unrecorded"]["visits"] is None
    assert by_code["MJU"]["unrecorded"] is None and by_code["CBD"]["unrecorded"] == {}
    assert report["villages"][-1]["villages_recorded"]["visits"]["recorded"] == 2


def test_a_bundle_s_days_that_cannot_be_read_are_unknown_and_an_older_bundle_read_late_changes_nothing(office):
    district, villages = office
    sukamaju = villages["SKM"]
    older = sukamaju.export_to(district)
    with sukamaju:  # the old visitor book comes in later: the visitor records now begin in 2024
        _visits(sukamaju, {"2024-01-04": 40})
    sukamaju.clock.advance(hours=1)
    district.import_file(sukamaju.export_to(district))
    district.import_file(older)  # read late, as names sort on a stick
    rows, _ = _report(district, Y2024)
    assert rows["SKM"].visits == 40 and "visits" not in rows["SKM"].unrecorded
    assert rows["SKM"].loans is None  # its loans still begin in March 2025

    with district:
        district_recorded.note(sukamaju.lib.site_id, {"records_began": {"visits": "kemarin", "loans": 5,
                                                                        "sessions": None, "rak": "2020-01-01"}})
    rows, _ = _report(district, Y2024)
    assert rows["SKM"].unrecorded == {"programs": None, "sessions": None}  # visits and loans: unknown, as before
    assert rows["SKM"].visits == 40 and rows["SKM"].loans == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_the_printed_report_says_per_village_and_in_the_total_what_was_not_recorded(office, tmp_path):
    district, _ = office
    pdf = tmp_path / "kabupaten-2025.pdf"
    with district:
        write_district_pdf(district.lib, district.staff, Y2025, pdf)
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Visitors recorded only from 1 March 2025" in text and "activities not recorded in Pustaka" in text
    assert "Activities: 2 of 3 villages recorded" in text
    assert "not recorded" in text and "1.0 *" in text  # Sukamaju's average, marked (in English: a point)
    assert "3 of 3 villages recorded, 1 only part of the period" in text
    assert "Not every village recorded that month" in text  # January and February: Sukamaju not yet in Pustaka
    assert "Jan* Feb* Mar Apr" in text


def test_the_spreadsheet_keeps_numbers_and_says_in_words_what_was_not_recorded(office, tmp_path):
    from openpyxl import load_workbook

    district, _ = office
    rows, total = _report(district, Y2024)
    path = stats.write_xlsx(tmp_path / "kabupaten-2024.xlsx", list(rows.values()), total,
                            [name for _, name in stats.COLUMNS], "2024", lambda context, text: text)
    sheet = load_workbook(path).active
    keys = [key for key, _ in stats.COLUMNS]
    by_code = {row[0]: row for row in sheet.iter_rows(min_row=3, values_only=True)}
    sukamaju, cibodas = by_code["SKM"], by_code["CBD"]
    assert sheet.cell(row=2, column=len(keys) + 1).value == "Not recorded in Pustaka all the period"
    assert sukamaju[keys.index("visits")] == "not recorded" and sukamaju[-1] == (
        "Visitors, loans and activities not recorded in Pustaka")
    assert cibodas[keys.index("visits")] == 100 and cibodas[-1] is None  # (an empty note: recorded all year)
    assert "Visitors: 2 of 3 villages recorded" in list(sheet.iter_rows(values_only=True))[-1][-1]
