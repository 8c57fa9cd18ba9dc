"""The officer makes November's district report in early December: one village's stick came with the whole
month, one village's newest bundle was made on 10 November, one village never sent a bundle. The report must
add what arrived, say which village's figures stop where, and name the village that sent nothing (never 0)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import asdict

import pytest

from pustaka_desktop.cli import district_table
from pustaka_desktop.core.community import visits
from pustaka_desktop.core.printing.district_pdf import write_district_pdf
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import district_recorded, stats

from .sync_helpers import Site, both_databases, enrol

NOVEMBER = Period.month(2026, 11)


def _guest(village: Site, at: str) -> None:
    village.clock.set(at)
    with village:
        visits.record_guest(village.lib, village.staff, gender="F", age_band="19-35")


def _own_visitors(village: Site) -> int:
    with village:
        return figures.visits(village.lib, NOVEMBER)["total"]


def _words(context: str, text: str) -> str:
    return text


@both_databases
def test_a_village_that_sent_nothing_is_named_not_zero_and_a_half_month_says_where_it_stops(tmp_path):
    clock = FixedClock("2026-10-20T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    whole, half, silent = (Site(tmp_path, name, code, clock) for name, code in
                           (("sukamaju", "SKM"), ("maju", "MJU"), ("cibodas", "CBD")))
    try:
        for village in (whole, half, silent):
            enrol(village, district, tmp_path)
        for village in (whole, half, silent):
            _guest(village, "2026-11-05T10:00:00+07:00")
        clock.set("2026-11-10T15:00:00+07:00")
        district.import_file(half.export_to(district))  # Maju's librarian came on 10 November
        for village in (whole, half, silent):
            _guest(village, "2026-11-25T10:00:00+07:00")
        clock.set("2026-12-02T09:00:00+07:00")
        district.import_file(whole.export_to(district))
        clock.set("2026-12-03T09:00:00+07:00")

        with district:
            rows, total = stats.district_report(district.lib, NOVEMBER)
        by_code = {row.code: row for row in rows}
        assert by_code["SKM"].visits == _own_visitors(whole) == 2  # the whole month came: the village's own figure
        assert by_code["SKM"].nothing_arrived is False and by_code["SKM"].arrived_until is None
        # Maju: what its bundle of 10 November held, said to stop there
        assert by_code["MJU"].visits == 1 and by_code["MJU"].arrived_until.isoformat() == "2026-11-10"
        assert "10" in district_recorded.village_note(asdict(by_code["MJU"]), _words)
        assert district_recorded.marked(asdict(by_code["MJU"]), "visits")
        # Cibodas: nothing came, so nothing is known; not a village with no visitors
        silent_row = by_code["CBD"]
        assert silent_row.nothing_arrived is True
        assert silent_row.visits is None and silent_row.loans is None and silent_row.records is None
        assert silent_row.open_days is None  # its closing days and holidays never came either
        assert district_recorded.village_note(asdict(silent_row), _words) == \
            "No bundle has arrived from this village yet"
        # the total adds what arrived and names who is missing
        assert total.visits == 3
        assert total.not_arrived == ["CBD"] and total.arrived_part == ["MJU"]
        said = district_recorded.total_note(asdict(total), _words)
        assert "CBD" in said and "MJU" in said
        # the console table shows "-" for Cibodas, never 0
        lines = district_table.district_lines(rows, total)
        cbd = next(line for line in lines if line.startswith("CBD"))
        assert "0" not in cbd.split()
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext (poppler-utils) is not installed")
        pdf = tmp_path / "november.pdf"
        with district:
            write_district_pdf(district.lib, district.staff, NOVEMBER, pdf, _words)
        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        # under the chart, Cibodas is a village whose bundle has not come, not one that keeps no visitor book
        assert "no bundle of this period has arrived from them: Perpustakaan cibodas (CBD)" in text
        assert "no visitor record" not in text
        assert "without 1 villages that sent no bundle yet" in text  # under the copies and members boxes
    finally:
        for site in (district, whole, half, silent):
            site.close()


def test_a_village_whose_newest_bundle_is_from_before_the_period_sent_nothing_of_it(tmp_path):
    """Its titles and copies still stand as its October bundle said (marked); November's figures are unknown."""
    clock = FixedClock("2026-10-20T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "sukamaju", "SKM", clock)
    try:
        enrol(village, district, tmp_path)
        _guest(village, "2026-10-21T10:00:00+07:00")
        clock.set("2026-10-28T09:00:00+07:00")
        district.import_file(village.export_to(district))
        _guest(village, "2026-11-05T10:00:00+07:00")
        clock.set("2026-12-03T09:00:00+07:00")
        with district:
            rows, total = stats.district_report(district.lib, NOVEMBER)
        row = rows[0]
        assert row.nothing_arrived is True and row.visits is None and row.visits_per_day is None
        assert row.members is not None  # as at its newest bundle
        note = district_recorded.village_note(asdict(row), _words)
        assert note.startswith("No bundle for this period yet") and "28" in note
        assert total.visits is None  # no village recorded November here: unknown, not 0
    finally:
        village.close()
        district.close()
