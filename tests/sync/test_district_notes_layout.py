"""The printed district report of a district where most villages moved into Pustaka during the year: 32 villages,
20 of them moved in on one of four days (the district's move-in days: the officer brought the installer round),
each with a note of what it did not record all the year.

The notes were written under each village's name, in its row: "Pengunjung baru dicatat sejak 4 Maret 2025;
peminjaman ...; pengunjung per hari buka dihitung dari 200 hari buka sejak ..." made every such row four or five
lines tall, the same sentence printed again for every village that moved in that day, and 9 villages on a page. An
officer reading it at a meeting wants one line a village and each note once: the row carries the note's mark
(``*2``), the note is printed once under the table with the villages it is about."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import asdict
from datetime import date

import pytest

from pustaka_desktop.core.printing.district_pdf import DistrictSheet, district_pdf
from pustaka_desktop.core.sync import district_recorded, stats

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")

NAMES = ["Sukamaju", "Cibodas", "Cikahuripan", "Mekarsari", "Sindangsari", "Sukasari", "Cijambu", "Margamulya",
         "Tanjungsari", "Pasirjambu", "Sirnagalih", "Cibeureum", "Wangunsari", "Jayamukti", "Karangtengah",
         "Sukaresmi", "Cipanas", "Bojongsari", "Rancabali", "Gunungsari", "Mulyasari", "Ciherang", "Sukamulya",
         "Cikoneng", "Panyocokan", "Mekarjaya", "Girimukti", "Sindanglaya", "Cipeundeuy", "Nagrak", "Sukajadi",
         "Cimanggu"]
MOVE_IN_DAYS = [date(2025, 3, 4), date(2025, 5, 12), date(2025, 8, 1), date(2025, 10, 6)]


def _village(n: int, name: str) -> stats.VillageRow:
    """Village ``n``: every third one in Pustaka all year, the others moved in on one of the four days (the odd
    ones keeping no activity record), as ``stats.district_report`` makes their rows."""
    moved = n % 3 != 2
    day = MOVE_IN_DAYS[n % 4]
    gaps = {"visits": day, "visits_per_day": day, "loans": day} if moved else {}
    if moved and n % 2:
        gaps.update(programs=None, sessions=None)
    visits = 3000 + 97 * n
    return stats.VillageRow(site=f"site-{n}", code=f"D{n:02d}", name=f"Perpustakaan Desa {name}", records=900 + n,
                            copies=2100 + 13 * n, members=250 + n, new_members=10 + n % 7, visits=visits,
                            open_days=240, visits_per_day=round(visits / (180 if moved else 240), 1),
                            loans=1200 + 11 * n, programs=None if "programs" in gaps else 3,
                            sessions=None if "sessions" in gaps else 18, to_check=n % 5,
                            last_bundle="05-12-2026 13:45 WIB", days_since=3, late=n % 9 == 0,
                            average_open_days=180 if moved else None, unrecorded=gaps)


def _sheet() -> DistrictSheet:
    rows = [_village(n, name) for n, name in enumerate(NAMES)]
    total = stats.VillageRow(site="", code="", name="Total", records=sum(r.records for r in rows),
                             visits=sum(r.visits for r in rows), loans=sum(r.loans for r in rows),
                             visits_per_day=18.5, programs=3 * 12, sessions=18 * 12)
    total.villages_recorded = district_recorded.coverage([asdict(r) for r in rows])
    dicts = stats.as_dicts(rows, total)
    return DistrictSheet(office="Dinas Perpustakaan Kabupaten Bandung", title="District library statistics 2025",
                         period_label="1 January 2025 – 31 December 2025", time_zone="WIB", made_on="5 December 2026",
                         headers={key: name for key, name in stats.COLUMNS}, villages=dicts[:-1], total=dicts[-1])


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    path = tmp_path_factory.mktemp("district") / "kabupaten-2025.pdf"
    path.write_bytes(district_pdf(_sheet()))
    layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                            check=True).stdout
    pages = int(next(line.split()[-1] for line in subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                                  text=True, check=True).stdout.splitlines()
                     if line.startswith("Pages:")))
    return [" ".join(line.split()) for line in layout.splitlines()], pages


def test_every_village_is_one_line_of_the_table_with_its_figures(printed):
    lines, pages = printed
    for n, name in enumerate(NAMES):
        row = _village(n, name)
        # the name, its note's mark and its figures side by side on one printed line
        line = next((line for line in lines if line.startswith(f"{row.code} Perpustakaan Desa {name}")), "")
        assert f"{row.visits:,}" in line and f"{row.loans:,}" in line, (name, line)
    # 32 villages: the table, its notes and the chart of visitors per open day on three pages (the notes in the rows
    # made it five)
    assert pages <= 3


def test_each_note_is_printed_once_with_the_villages_it_is_about(printed):
    lines, _ = printed
    text = " ".join(lines)
    sheet = _sheet()
    notes = {district_recorded.village_note(row, lambda c, t: t) for row in sheet.villages} - {""}
    assert len(notes) == len(MOVE_IN_DAYS)  # 22 villages moved in, on four days: four notes
    for note in notes:
        assert text.count(note) == 1, note
    # the villages that moved in on 4 March 2025 share one note, which names them by their codes
    march = [row["code"] for row in sheet.villages if (row["unrecorded"] or {}).get("visits") == MOVE_IN_DAYS[0]]
    said = next(line for line in lines if "recorded only from 4 March 2025" in line)
    mark, codes = said.split(" ", 1)[0], said.split(" ", 1)[1].split(":")[0]
    assert mark.startswith(district_recorded.MARK) and codes == ", ".join(march)
    # their rows carry that mark after the name; a village that recorded all the year carries none
    for code in march:
        name = next(row["name"] for row in sheet.villages if row["code"] == code)
        assert any(line.startswith(f"{code} {name} {mark} ") for line in lines), code
    assert any(line.startswith("D02 Perpustakaan Desa Cikahuripan 902 ") for line in lines)
    # the total's note once too, under the table, not in its row
    total_note = district_recorded.total_note(sheet.total, lambda c, t: t)
    assert text.count(total_note) == 1
