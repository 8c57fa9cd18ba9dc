"""One definition per figure: two villages with different closing days and holidays send their month
to the district; the district's row for each village says what the village's own report and IPLM
sheet say (visitors per OPEN day, active members among registered ones), and the printable district
report carries those numbers with every font embedded."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta

import pytest

from pustaka_desktop.core.printing.district_pdf import district_sheet, write_district_pdf
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.documents import iplm_data, monthly_data
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import (
    Holiday,
    Item,
    LibraryProfile,
    Loan,
    Member,
    MemberType,
    Record,
    Visit,
)
from pustaka_desktop.core.sync import stats
from pustaka_desktop.i18n import translator_for

from .sync_helpers import Site, both_databases, enrol

FEBRUARY = Period.month(2026, 2)


@pytest.fixture
def district_two(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    villages = {"SKM": Site(tmp_path, "sukamaju", "SKM", clock), "CIB": Site(tmp_path, "cibeureum", "CIB", clock)}
    for village in villages.values():
        enrol(village, district, tmp_path)
    yield district, villages
    for site in (district, *villages.values()):
        site.close()


def _month(site: Site, closed: str, holiday: date | None, visits_per_day: int, late_member: bool) -> None:
    """A February at the desk: visitors on every open day, one member registered in March who has a
    (back-dated) loan in February, and closing days/holidays of this village's own."""
    with site:
        lib = site.lib
        store.update(lib, LibraryProfile.get(), closed_weekdays=closed)
        if holiday:
            store.insert(lib, Holiday, starts_on=holiday, ends_on=holiday, name="Libur desa")
        kind = MemberType.select().first()
        record = store.insert(lib, Record, title="Laskar Pelangi")
        calendar_day = FEBRUARY.start
        regular = store.insert(lib, Member, number=f"{site.code}-1", name="Siti", member_type=kind.id,
                               registered_on=date(2025, 6, 1), expires_on=date(2027, 6, 1))
        n = 0
        while calendar_day <= FEBRUARY.end:
            weekday = str(calendar_day.isoweekday())
            if weekday not in closed.split(",") and calendar_day != holiday:
                at = datetime.fromisoformat(f"{calendar_day.isoformat()}T10:00:00+07:00")
                for _ in range(visits_per_day):
                    store.insert(lib, Visit, at=at, headcount=1, purpose="read")
                store.insert(lib, Visit, at=at, member=regular.id, purpose="borrow")
                n += 1
            calendar_day += timedelta(days=1)
        if late_member:  # an imported loan dated before the member's card
            later = store.insert(lib, Member, number=f"{site.code}-2", name="Budi", member_type=kind.id,
                                 registered_on=date(2026, 3, 1), expires_on=date(2027, 3, 1))
            item = store.insert(lib, Item, record=record.id, barcode=f"{site.code}00001", status="available")
            store.insert(lib, Loan, item=item.id, member=later.id,
                         loaned_at=datetime.fromisoformat("2026-02-10T10:00:00+07:00"), due_on=date(2026, 2, 17),
                         returned_at=datetime.fromisoformat("2026-02-12T10:00:00+07:00"))


@both_databases
def test_village_and_district_agree_on_every_indicator_and_the_pdf_prints_them(district_two, tmp_path):
    district, villages = district_two
    _month(villages["SKM"], "7", date(2026, 2, 17), 12, late_member=True)  # closed Sundays and one holiday
    _month(villages["CIB"], "5,6,7", None, 9, late_member=False)  # a smaller library: Monday to Thursday
    for village in villages.values():
        district.import_file(village.export_to(district))
    with district:
        rows, total = stats.district_report(district.lib, FEBRUARY)
    by_code = {row.code: row for row in rows}
    for code, village in villages.items():
        with village:
            own = figures.visits(village.lib, FEBRUARY)
            members = figures.members(village.lib, FEBRUARY)
            monthly = monthly_data(village.lib, FEBRUARY)
            iplm = iplm_data(village.lib, 2026)
        row = by_code[code]
        # the same open days and the same average, in the village's monthly report and at the district
        assert (row.visits, row.open_days, row.visits_per_day) == (own["total"], own["open_days"],
                                                                    own["per_open_day"])
        assert monthly["visits"]["per_open_day"] == row.visits_per_day
        assert row.visits_per_day == figures.per_open_day(row.visits, row.open_days)
        # the year so far (January has no visits): IPLM divides by the open days up to today as well
        assert iplm["visits"] == row.visits and iplm["visits_per_day"] < row.visits_per_day
        # active members are registered members: the back-dated loan does not count Budi in February
        assert members["active"] == 1 <= members["total"] == row.members
    assert by_code["SKM"].open_days == 28 - 4 - 1 and by_code["CIB"].open_days == 16
    assert by_code["SKM"].visits_per_day == pytest.approx(13.0) and by_code["CIB"].visits_per_day == pytest.approx(10.0)

    with district:
        sheet = district_sheet(district.lib, Period.custom(date(2026, 1, 1), date(2026, 2, 28)))
        assert [label for label, _ in sheet.trend] == ["Jan", "Feb"]
        # January: neither village had begun its visitor book in Pustaka (not recorded, never 0)
        assert sheet.trend[1][1]["visits"] == total.visits and sheet.trend[0][1]["visits"] is None
        path = write_district_pdf(district.lib, district.staff, FEBRUARY, tmp_path / "kabupaten.pdf",
                                  translator_for("id"))
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is missing")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Perpustakaan sukamaju" in text and "Perpustakaan cibeureum" in text
    assert "13,0" in text and "10,0" in text  # visitors per open day, decimal comma
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(line.split()[-5] == "yes" for line in rows), fonts  # every font embedded
