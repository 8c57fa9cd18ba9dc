"""Villages that moved in from SLiMS, INLISLite and Excel, seen from the district office: the same book
described differently in each village (an Arabic kitab typed with and without hamza, "Tohari, Ahmad" and
"Ahmad Tohari", a folk tale in the old spelling and in today's) is one union record with each village's
holdings, and a book grant of a book a village already has from SLiMS adds copies, not a second record.

The catalogues come in through the importers, written the way SLiMS 9 writes its CSV export."""

from __future__ import annotations

import shutil

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.core.sync import grants, hub, union, union_rebuild

from .sync_helpers import Site, both_databases, enrol

KITAB = "الفقه الإسلامي وأدلته"
KITAB_AS_TYPED_ELSEWHERE = "الفقه الاسلامى وادلته"  # no hamza on the alif, alif maqsura for the final ya


def slims_csv(path, rows):
    """SLiMS 9's Csv\\Row::generate: every field in quotes, quotes doubled, one LF after each row."""
    def line(values):
        return ",".join('"' + v.replace('"', '""') + '"' for v in values) + "\n"
    path.write_text(line(slims.BIBLIO_COLUMNS) + "".join(line([r.get(c, "") for c in slims.BIBLIO_COLUMNS])
                                                           for r in rows), encoding="utf-8")
    return path


SUKAMAJU = [  # SLiMS: inverted names, the old spelling of a 1958 Balai Pustaka book
    dict(title=KITAB, language_name="Arab", classification="2X4.1", publish_year="1985",
         authors="<Az-Zuhaili, Wahbah>", item_code="<SKM001>"),
    dict(title="Tjerita rakjat dari Djawa Timoer", language_name="Jawa", classification="398.209 598",
         publish_year="1958", publisher_name="Balai Pustaka", authors="<Soedjito>", item_code="<SKM002>"),
    dict(title="Ronggeng dukuh paruk", classification="899.221 3", publish_year="2003",
         authors="<Tohari, Ahmad>", item_code="<SKM003><SKM004>"),
]
CIBODAS = [  # another SLiMS, typed by another volunteer: names as written on the cover, today's spelling
    dict(title=KITAB_AS_TYPED_ELSEWHERE, language_name="Arab", classification="2X4.1", publish_year="1985",
         authors="<Wahbah az-Zuhaili>", item_code="<CBD-01><CBD-02>"),
    dict(title="Cerita rakyat dari Jawa Timur", classification="398.209598", publish_year="1958",
         publisher_name="Balai Pustaka", authors="<Sudjito>", item_code="<CBD-03>"),
    dict(title="Ronggeng Dukuh Paruk", classification="899.2213", publish_year="2003",
         authors="<Ahmad Tohari>", item_code="<CBD-04>"),
]


@pytest.fixture
def moved_in(tmp_path):
    """A district and two villages whose catalogues came from SLiMS, each bundle imported once."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    villages = [Site(tmp_path, "suka", "SKM", clock), Site(tmp_path, "cibodas", "CBD", clock)]
    for village, rows in zip(villages, (SUKAMAJU, CIBODAS), strict=True):
        enrol(village, district, tmp_path)
        with village:
            importer.import_file(village.lib, village.staff, "slims-biblio",
                                 slims_csv(tmp_path / f"{village.code}.csv", rows))
        district.import_file(village.export_to(district))
    yield district, villages
    for site in (district, *villages):
        site.close()


def holdings(district, words):
    with district:
        hits = union.search(district.lib, words)
    return [sorted((h.code, h.copies) for h in hit.holdings) for hit in hits]


@both_databases
def test_an_arabic_kitab_typed_two_ways_is_one_union_record_found_by_its_arabic_words(moved_in):
    district, _ = moved_in
    assert holdings(district, "Zuhaili") == [[("CBD", 2), ("SKM", 1)]]
    assert holdings(district, "الفقه") == [[("CBD", 2), ("SKM", 1)]]
    assert holdings(district, "الاسلامي") == [[("CBD", 2), ("SKM", 1)]]  # found however the alif is typed


@both_databases
def test_a_book_in_the_old_spelling_and_in_todays_is_one_union_record(moved_in):
    district, _ = moved_in
    assert holdings(district, "cerita rakyat") == [[("CBD", 1), ("SKM", 1)]]
    assert holdings(district, "ronggeng") == [[("CBD", 1), ("SKM", 2)]]


def test_a_grant_of_books_the_village_has_from_slims_adds_copies_not_records(moved_in):
    district, (sukamaju, _) = moved_in
    with district:
        grants.create(district.lib, district.staff, "SKM", "Hibah Perpusnas 2026", [
            {"title": KITAB_AS_TYPED_ELSEWHERE, "author": "Wahbah az-Zuhaili", "year": "1985", "barcode": "HB-1"},
            {"title": "Cerita Rakyat dari Jawa Timur", "author": "Sudjito", "year": "1958", "barcode": "HB-2"},
            {"title": "Ronggeng Dukuh Paruk", "author": "Ahmad Tohari", "barcode": "HB-3"},
        ])
    sukamaju.import_file(district.export_to(sukamaju))
    with sukamaju:
        assert Record.select().where(Record.deleted == False).count() == 3  # noqa: E712
        copies = {record.title: sorted(i.barcode for i in record.items) for record in Record.select()}
    assert copies == {KITAB: ["HB-1", "SKM001"], "Tjerita rakjat dari Djawa Timoer": ["HB-2", "SKM002"],
                      "Ronggeng dukuh paruk": ["HB-3", "SKM003", "SKM004"]}


def test_a_district_whose_keys_were_made_by_the_old_rule_makes_them_again_once(moved_in, tmp_path):
    """Upgraded in place: the keys stored before Arabic titles had keys would let a third village's copy
    of the kitab start a record of its own."""
    district, _ = moved_in
    with district:
        conn = district.lib.db.connection()
        conn.execute("DELETE FROM union_key WHERE key LIKE 't:ا%'")  # what the older rule had stored
        set_setting(union_rebuild.MATCH_SETTING, 1)
    third = Site(tmp_path, "tegal", "TGR", district.clock)
    enrol(third, district, tmp_path)
    with third:
        importer.import_file(third.lib, third.staff, "slims-biblio", slims_csv(tmp_path / "TGR.csv", [
            dict(title=KITAB, publish_year="1985", authors="<Zuhaili, Wahbah az->", item_code="<TGR1>")]))
        assert Item.select().count() == 1
    district.import_file(third.export_to(district))
    assert holdings(district, "Zuhaili") == [[("CBD", 2), ("SKM", 1), ("TGR", 1)]]
    third.close()


def test_an_inbox_with_a_folder_per_village_is_read_whole(moved_in, tmp_path):
    """The office copies each village's stick into a folder of its own; Windows leaves its own folder
    on a stick too."""
    district, villages = moved_in
    inbox = tmp_path / "inbox"
    for village, barcode in zip(villages, ("SKM009", "CBD-09"), strict=True):
        with village:
            store.insert(village.lib, Item, record=Record.select().first().id, barcode=barcode)
        (inbox / village.code).mkdir(parents=True)
        shutil.move(village.export_to(district), inbox / village.code)
    (inbox / "System Volume Information").mkdir()
    with district:
        lines = hub.import_folder(district.lib, district.staff, inbox)
    assert sorted((line.sender, line.result) for line in lines) == [("CBD", "applied"), ("SKM", "applied")]


def test_importing_a_folder_without_bundles_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    district = str(tmp_path / "d.sqlite3")
    assert main(["--db", district, "init", "--library-name", "Dinas", "--library-code", "DIN", "--librarian", "admin",
                 "--district"]) == 0
    (tmp_path / "usb").mkdir()
    capsys.readouterr()
    assert main(["--db", district, "--user", "admin", "sync", "import", str(tmp_path / "usb")]) == 0
    assert "No bundles" in capsys.readouterr().out


@both_databases
def test_the_district_counts_a_moved_in_village_s_undated_copies_as_its_own_report_does(moved_in, tmp_path):
    """SLiMS leaves a copy's date received empty unless the librarian fills it. A village's report counts such
    a copy in the collection of every period and as new in none (it came with the move-in); the district
    counted it from the day it was catalogued, so its figures for the year before the move-in had none of the
    village's books while the village's own sheet had them all."""
    from pustaka_desktop.core.reports import figures
    from pustaka_desktop.core.reports.period import Period
    from pustaka_desktop.core.sync import stats

    district, villages = moved_in
    before, moved = Period.year(2025), Period.year(2026)
    own = {}
    for village in villages:
        with village:
            own[village.code] = (figures.collection_totals(village.lib, before),
                                 figures.collection_totals(village.lib, moved))
    assert own["SKM"][0] == {"titles": 3, "copies": 4, "new_copies": 0} == own["SKM"][1]
    with district:
        for period, at in ((before, 0), (moved, 1)):
            rows, total = stats.district_report(district.lib, period)
            assert {row.code: (row.records, row.copies) for row in rows} == {
                code: (sums[at]["titles"], sums[at]["copies"]) for code, sums in own.items()}
        # a district upgraded in place counts its villages' copies again once, by this rule
        conn = district.lib.db.connection()
        conn.execute("UPDATE union_copy SET arrived = '2026-03-02'")
        set_setting(union_rebuild.MATCH_SETTING, 2)
        union_rebuild.ensure_current(district.lib)
        rows, _ = stats.district_report(district.lib, before)
        assert {row.code: row.copies for row in rows} == {"SKM": 4, "CBD": 4}


@both_databases
def test_sessions_planned_ahead_are_not_held_at_the_district_either(moved_in):
    """A village plans its book club's sessions weeks ahead. Its own report counts a session once its day has
    come; the district counted every planned one of the year."""
    from datetime import datetime

    from pustaka_desktop.core.reports import figures
    from pustaka_desktop.core.reports.period import Period
    from pustaka_desktop.core.store.models import Program, ProgramSession
    from pustaka_desktop.core.sync import stats

    district, (village, _) = moved_in
    with village:  # (the clock: 2 March 2026)
        club = store.insert(village.lib, Program, name="Klub Baca Sabtu")
        for day in ("2026-02-28", "2026-03-02", "2026-03-07", "2026-03-14"):
            store.insert(village.lib, ProgramSession, program=club.id,
                         starts_at=datetime.fromisoformat(f"{day}T15:00:00+07:00"))
        own = figures.programmes(village.lib, Period.year(2026))
    assert (own["programmes"], own["sessions"]) == (1, 2)  # (today's, at 15:00, is held by the day)
    village.clock.advance(hours=1)  # a later bundle than the fixture's (the newest says when records began)
    district.import_file(village.export_to(district))
    with district:
        rows, _ = stats.district_report(district.lib, Period.year(2026))
    assert {row.code: (row.programs, row.sessions) for row in rows}["SKM"] == (1, 2)
