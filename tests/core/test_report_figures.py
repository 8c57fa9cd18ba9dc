"""Every report figure against the hand-built library of report_helpers (answers worked out by hand)."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from pustaka_desktop.core import profile
from pustaka_desktop.core.circulation import holidays
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.reports import figures, iplm_data, monthly_data, parse_period, save, tpbis_data
from pustaka_desktop.core.reports.documents import as_json, tables_for
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.i18n import translator_for

from .report_helpers import build, use_digital_shelf

FEB = Period.month(2026, 2)


@pytest.fixture
def built(lib, clock, librarian, volunteer):
    return build(lib, clock, librarian, volunteer)


def test_periods_parse_and_label():
    assert parse_period("2026-02") == Period(date(2026, 2, 1), date(2026, 2, 28), "month")
    assert parse_period("2026-Q1") == Period(date(2026, 1, 1), date(2026, 3, 31), "quarter")
    assert parse_period("2026") == Period(date(2026, 1, 1), date(2026, 12, 31), "year")
    assert parse_period("2026-03-02").days == 1
    assert parse_period("2026-02-10..2026-02-12").days == 3
    assert FEB.label() == "February 2026"
    with pytest.raises(ValidationError):
        parse_period("last month")
    with pytest.raises(ValidationError):
        parse_period("2026-03-05..2026-03-01")


def test_collection_figures(lib, built):
    c = figures.collection(lib, FEB)
    assert (c["titles"], c["copies"]) == (3, 4)  # A1 A2 B1 C2; B2 arrives in March, C1 is lost
    assert c["by_class"]["titles"]["500"] == 1 and c["by_class"]["copies"]["500"] == 2
    assert c["by_class"]["copies"]["800"] == 1 and c["by_class"]["copies"]["other"] == 1
    assert c["by_audience"]["copies"] == {"children": 2, "teen": 1, "adult": 1}
    assert c["by_material"]["titles"] == {"book": 2, "magazine": 1}
    assert c["by_source"] == {"purchase": 1, "grant": 2, "donation": 1, "other": 0}
    assert (c["new_copies"], c["new_titles"]) == (2, 1)  # A2 and B1; only B's first copy came in February
    assert c["recent_titles"] == 2 and c["recent_share"] == pytest.approx(66.7)  # 2024 and 2025 of 3


def test_member_figures(lib, built):
    m = figures.members(lib, FEB)
    assert (m["total"], m["new"], m["active"]) == (2, 1, 2)  # M3 joins in March, M4 was deleted
    assert m["by_gender"] == {"M": 1, "F": 1, "": 0}
    assert m["by_age_band"]["7-12"] == 1 and m["by_age_band"]["19-35"] == 1  # M2 turns 36 on 1 March
    assert m["by_occupation"] == {"Pelajar": 1, "Petani": 1}
    assert m["population"] == 1000 and m["population_share"] == pytest.approx(0.2)
    march = figures.members(lib, Period.month(2026, 3))
    assert march["total"] == 3 and march["by_age_band"]["36-59"] == 1


def test_visit_figures_count_people_and_open_days(lib, built):
    v = figures.visits(lib, FEB)
    assert v["total"] == 40  # 1 + 1 + 1 + 22 + 15; the repeat scan and the removed line do not count
    assert v["lines"] == 5
    assert v["open_days"] == 23  # 28 days - 4 Sundays - the holiday
    assert v["per_open_day"] == pytest.approx(1.7)
    assert v["by_gender"] == {"M": 11, "F": 29, "": 0}  # group counts included
    assert v["by_age_band"]["7-12"] == 23 and v["by_age_band"]["19-35"] == 2 and v["by_age_band"][""] == 15
    assert v["by_purpose"] == {"read": 1, "borrow": 1, "study": 1, "internet": 0, "activity": 37, "other": 0}
    assert v["by_origin"] == {"village": 37, "elsewhere": 1}
    assert (v["members"], v["non_members"], v["groups"], v["group_people"]) == (2, 38, 2, 37)
    assert v["in_library_use"] == 2
    per_day = dict(figures.visits_per_day(lib, FEB))
    assert per_day[date(2026, 2, 4)] == 22 and per_day[date(2026, 2, 1)] == 0 and len(per_day) == 28


def test_visits_per_open_day_follows_closing_days_and_holidays(lib, built, librarian):
    holidays.set_closed_weekdays(lib, librarian, {6, 7})  # now closed on Saturdays too: 4 more days
    assert figures.visits(lib, FEB)["open_days"] == 19
    holidays.add_holiday(lib, librarian, "2026-02-09", "2026-02-11")  # Mon-Wed
    v = figures.visits(lib, FEB)
    assert v["open_days"] == 16 and v["per_open_day"] == pytest.approx(2.5)
    # a running month averages over the days so far: today is Monday 2 March, 1 March a Sunday
    assert figures.visits(lib, Period.month(2026, 3))["open_days"] == 1


def test_loan_figures(lib, built):
    lo = figures.loans(lib, FEB)
    assert lo["total"] == 3 and lo["borrowers"] == 2
    assert lo["by_class"]["500"] == 2 and lo["by_class"]["800"] == 1
    assert lo["by_audience"] == {"children": 2, "teen": 0, "adult": 1}
    assert lo["top_titles"] == [("Mengenal Hewan", 2), ("Laskar Pelangi", 1)]
    assert (lo["returned"], lo["returned_late"]) == (3, 2)  # the January loan came back late in February


def test_programme_figures(lib, built):
    p = figures.programmes(lib, FEB)
    assert (p["programmes"], p["sessions"], p["participants"], p["attendance"]) == (1, 2, 2, 3)
    assert p["by_gender"] == {"M": 0, "F": 2, "": 0}
    assert p["by_age_band"]["7-12"] == 1 and p["by_age_band"]["36-59"] == 1
    assert [x["name"] for x in p["partners"]] == ["PKK Desa Uji"] and p["partners"][0]["mou_date"] == "2025-12-01"
    assert p["skills"] == ["Menjahit"]
    assert [s["title"] for s in p["stories"]] == ["Bu Ani menjahit seragam"]
    q1 = figures.programmes(lib, Period.quarter(2026, 1))
    assert (q1["programmes"], q1["sessions"], q1["participants"], q1["attendance"]) == (2, 4, 3, 5)
    assert len(q1["partners"]) == 2 and q1["skills"] == ["Diskusi buku", "Menjahit"]


def test_staff_figures(lib, built):
    s = figures.staff(lib)
    assert s["total"] == 2 and s["by_role"] == {"librarian": 1, "volunteer": 1}


def test_iplm_sheet(lib, built):
    d = iplm_data(lib, 2026)
    assert (d["titles"], d["copies"], d["staff"], d["members"]) == (3, 5, 2, 3)
    assert d["visits"] == 40 and d["open_days"] == 51  # Jan 27 + Feb 23 + 2 March (today)
    # the visitor book began on 2 February: the average is over its 24 open days since (Feb 23 + 2 March), not 51
    assert d["visits_per_day"] == pytest.approx(1.7)
    assert (d["average_open_days"], d["average_from"]) == (24, date(2026, 2, 2))
    assert (d["programmes"], d["participants"], d["partners"]) == (2, 3, 2)
    assert d["copies_per_resident"] == pytest.approx(0.01) and d["members_share"] == pytest.approx(0.3)


def test_monthly_report_exports(lib, built, librarian, tmp_path):
    data = monthly_data(lib, FEB)
    assert as_json(data)["visits"]["total"] == 40
    pdf = save(lib, librarian, data, tmp_path / "laporan.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "PERPUSTAKAAN DESA UJI" in text and "February 2026" in text
    assert "Average visitors per open day" in text and "1.7" in text
    assert "Head of the library" in text
    xlsx = save(lib, librarian, data, tmp_path / "laporan.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book.sheetnames[:2] == ["Visitors", "Loans"]
    values = [row[:2] for row in book["Visitors"].iter_rows(values_only=True)]
    assert ("Visitors (people)", 40) in values
    raw = save(lib, librarian, data, tmp_path / "laporan.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel opens accents and Arabic right
    csv_text = raw.decode("utf-8-sig")
    # an English report in English Excel's dialect: "," between fields, decimal point (the screen is Indonesian)
    assert "Mengenal Hewan,2" in csv_text
    assert "Average visitors per open day,1.7" in csv_text
    # the Indonesian report in Indonesian Excel's: ";" between fields, decimal comma
    indonesian = save(lib, librarian, data, tmp_path / "laporan-id.csv", translator_for("id")).read_text("utf-8-sig")
    assert "Mengenal Hewan;2" in indonesian and "Rata-rata pengunjung per hari buka;1,7" in indonesian
    with pytest.raises(ValidationError):
        save(lib, librarian, data, tmp_path / "laporan.doc")


def test_translated_pdf_and_tpbis(lib, built, librarian, tmp_path):
    words = {"Village library report": "Laporan Perpustakaan Desa", "Stories and testimonials": "Kisah dan testimoni"}

    def tr(context, text):
        return words.get(text, text)

    pdf = save(lib, librarian, monthly_data(lib, FEB), tmp_path / "id.pdf", tr)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "LAPORAN PERPUSTAKAAN DESA" in text
    tpbis = save(lib, librarian, tpbis_data(lib, Period.quarter(2026, 1)), tmp_path / "tpbis.pdf", tr)
    text = subprocess.run(["pdftotext", str(tpbis), "-"], capture_output=True, text=True, check=True).stdout
    assert "Kisah dan testimoni" in text and "PKK Desa Uji" in text
    assert "Sekarang saya bisa menjahit." not in text  # told without consent: the report leaves the library


def test_empty_library_reports_zeroes(lib, librarian, tmp_path):
    profile.update_profile(lib, librarian, population=None)
    data = monthly_data(lib, FEB)
    # no visitor ever recorded: unknown (the report says so), not 0
    assert data["visits"]["total"] is None and data["collection"]["recent_share"] == 0.0
    assert data["members"]["population_share"] is None
    assert save(lib, librarian, data, tmp_path / "empty.pdf").stat().st_size > 1000


def test_only_a_librarian_may_save_a_report_file(lib, built, volunteer, tmp_path):
    from pustaka_desktop.core.errors import PermissionDenied
    from pustaka_desktop.core.store.models import AuditLog

    with pytest.raises(PermissionDenied):
        save(lib, volunteer, monthly_data(lib, FEB), tmp_path / "laporan.pdf")
    assert not (tmp_path / "laporan.pdf").exists()
    assert not AuditLog.select().where(AuditLog.action == "reports.export").exists()


def test_prefixed_class_numbers_count_in_their_main_class(lib):
    # Village libraries shelve with collection prefixes ("F 899.221 3", "R 030"): the class under the
    # prefix is what the IPLM table counts; a prefix alone has no class.
    from pustaka_desktop.core.catalog import classnumber
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Item, Record

    for n, written in enumerate(["F 899.221 3", "R 030", "2X4.1", "FIK", "599.9"]):
        rec = store.insert(lib, Record, title=f"Buku {n}", ddc=classnumber.normalise(written))
        store.insert(lib, Item, record=rec, barcode=f"P{n}")
    by_class = {cls: titles for cls, titles, _ in figures.collection_by_class(lib)}
    assert (by_class["800"], by_class["000"], by_class["200"], by_class["500"]) == (1, 1, 1, 1)
    assert by_class["other"] == 1  # "FIK" alone


def test_the_catalogue_class_filter_finds_prefixed_class_numbers(lib):
    from pustaka_desktop.core.catalog import classnumber, search
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Record

    store.insert(lib, Record, title="Laskar Pelangi", ddc=classnumber.normalise("F 899.221 3"))
    store.insert(lib, Record, title="Kamus Besar", ddc=classnumber.normalise("R 030"))
    found = search.search(lib, "", search.Filters(ddc_class="800"))
    assert [hit.title for hit in found.hits] == ["Laskar Pelangi"]


def test_migration_0011_reindexes_prefixed_records_already_in_the_library(lib):
    from pustaka_desktop.core.catalog import search
    from pustaka_desktop.core.store import migrations
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Record

    rec = store.insert(lib, Record, title="Ronggeng Dukuh Paruk", ddc="F 899.2213")
    # as a library indexed before 0011 had it: the prefix's letter where the class digit belongs
    lib.db.execute_sql("UPDATE record_fts SET facets = 'xall xmbook xdF xa xl' WHERE rowid = ?", (rec.id,))
    assert search.search(lib, "", search.Filters(ddc_class="800")).hits == []
    with lib.db.atomic():
        dict(migrations.MIGRATIONS)[11](lib.db)
    assert [hit.title for hit in search.search(lib, "", search.Filters(ddc_class="800")).hits] == [rec.title]


def test_a_class_number_kept_with_a_call_numbers_tail_files_under_its_own_class(lib):
    """An import keeps "899.221 3 HIR l" as written (flagged): it is an 800, in the report, in the search's
    class filter, and in a library indexed before migration 0014."""
    from pustaka_desktop.core.catalog import search
    from pustaka_desktop.core.store import migrations
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Item, Record

    rec = store.insert(lib, Record, title="Laskar Pelangi", ddc="899.221 3 HIR l")
    store.insert(lib, Item, record=rec, barcode="K1")
    by_class = {cls: titles for cls, titles, _ in figures.collection_by_class(lib)}
    assert (by_class["800"], by_class["300"]) == (1, 0)
    assert [hit.title for hit in search.search(lib, "", search.Filters(ddc_class="800")).hits] == [rec.title]
    lib.db.execute_sql("UPDATE record_fts SET facets = 'xall xmbook xd3 xa xl' WHERE rowid = ?", (rec.id,))
    with lib.db.atomic():
        dict(migrations.MIGRATIONS)[14](lib.db)
    assert [hit.title for hit in search.search(lib, "", search.Filters(ddc_class="800")).hits] == [rec.title]


def test_digital_shelf_figures_count_its_use_in_the_period(lib, built, clock, librarian, tmp_path):
    assert figures.digital_shelf(lib, FEB) == {"files": 0, "reads": 0, "downloads": 0, "top_titles": []}
    assert "Digital shelf" not in [t.title for s in tables_for(monthly_data(lib, FEB)) for t in s.tables]
    use_digital_shelf(lib, clock, librarian, tmp_path)
    d = figures.digital_shelf(lib, FEB)
    assert (d["files"], d["reads"], d["downloads"]) == (2, 4, 1)  # the third file came in March
    assert d["top_titles"] == [("Peraturan Desa tentang Lumbung Pangan", 4), ("Panduan Budidaya Lele", 1)]
    data = monthly_data(lib, FEB)
    loans_section = next(s for s in tables_for(data) if s.title == "Loans")
    shelf = next(t for t in loans_section.tables if t.title == "Digital shelf")
    assert shelf.rows == [["Files on the digital shelf", 2], ["Digital shelf: files opened to read", 4],
                          ["Digital shelf: files downloaded", 1]]
    pdf = save(lib, librarian, data, tmp_path / "laporan.pdf")
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Most used titles of the digital shelf" in text and "Panduan Budidaya Lele" in text
