"""Five villages with overlapping, messy catalogues and a year of activity, synced to one district;
then edits, weeding, a loss, volumes, editions, a closed village, manual merges and splits. After
every round the district's union catalogue and its report must say what the villages themselves say
(each village's own report for the same period), in the library's time zone (WITA here)."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta

import pytest

from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import (
    Item,
    Loan,
    Member,
    MemberType,
    Program,
    ProgramSession,
    Record,
    Visit,
)
from pustaka_desktop.core.sync import catalog_pack, enrolment, hub, stats, tally, union

from .sync_helpers import Site, both_databases, enrol

CODES = ("DSA", "DSB", "DSC", "DSD", "DSE")


@pytest.fixture
def wita(monkeypatch):
    """The PCs of Kutai Kartanegara run on WITA (UTC+8): village reports cut days there too."""
    monkeypatch.setenv("TZ", "WITA-8")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def district_five(tmp_path, wita):
    clock = FixedClock("2025-03-03T09:00:00+08:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    villages = {code: Site(tmp_path, code.lower(), code, clock) for code in CODES}
    for village in villages.values():
        enrol(village, district, tmp_path)
    with district:
        tally.set_time_zone(district.lib, district.staff, "WITA")
    yield clock, district, villages
    for site in (district, *villages.values()):
        site.close()


def _authors(*names):
    return json.dumps([{"name": n, "role": "primary", "kind": "person"} for n in names])


def _record(site, title, author="", isbn="", publisher="", year=None, edition="", copies=1, received=None):
    with site:
        record = store.insert(site.lib, Record, title=title, authors=_authors(author) if author else "[]",
                              isbn=isbn, publisher=publisher, year=year, edition=edition,
                              match_key=f"{title.lower()}|{author.lower()}")
        items = []
        for _ in range(copies):
            count = Item.select().count() + 1
            items.append(store.insert(site.lib, Item, record=record.id, barcode=f"{site.code}{count:05d}",
                                      received_on=received or site.clock.now().date(), status="available"))
    return record, items


def _activity(site, day: date, visitors: int, loans: int, members: int, hour: int = 10):
    """A day at the desk, at ``hour`` local (WITA) time."""
    with site:
        kind = MemberType.select().first()
        at = f"{day.isoformat()}T{hour:02d}:30:00+08:00"
        from datetime import datetime

        moment = datetime.fromisoformat(at)
        people = [store.insert(site.lib, Member, number=f"{site.code}-{day:%m%d}-{n}", name=f"Anggota {n}",
                               member_type=kind.id, registered_on=day, expires_on=day + timedelta(days=365))
                  for n in range(members)]
        for _ in range(visitors):
            store.insert(site.lib, Visit, at=moment, headcount=1, purpose="read")
        store.insert(site.lib, Visit, at=moment, headcount=12, purpose="activity", group_name="SD Negeri 1")
        books = list(Item.select().where(Item.status == "available").limit(loans))
        for n, item in enumerate(books):
            member = people[n % len(people)] if people else Member.select().first()
            store.insert(site.lib, Loan, item=item.id, member=member.id, loaned_at=moment,
                         due_on=day + timedelta(days=7))
        program = Program.select().first() or store.insert(site.lib, Program, name="Kelas Menjahit")
        store.insert(site.lib, ProgramSession, program=program.id, starts_at=moment)


def _sync(district, villages):
    for village in villages:
        district.import_file(village.export_to(district))
        village.import_file(district.export_to(village))


def _village_figures(site, period):
    with site:
        lib = site.lib
        col = figures.collection(lib, period)
        mem = figures.members(lib, period)
        vis = figures.visits(lib, period)
        return {"records": col["titles"], "copies": col["copies"], "members": mem["total"], "new_members": mem["new"],
                "visits": vis["total"], "open_days": vis["open_days"], "visits_per_day": vis["per_open_day"],
                "loans": figures.loans(lib, period)["total"],
                "programs": figures.programmes(lib, period)["programmes"],
                "sessions": figures.programmes(lib, period)["sessions"]}


def _district_rows(district, period):
    with district:
        rows, total = stats.district_report(district.lib, period)
    return {row.code: {k: getattr(row, k) for k in ("records", "copies", "members", "new_members", "visits",
                                                      "open_days", "visits_per_day", "loans", "programs", "sessions")}
            for row in rows}, total


def _assert_agree(district, villages, period, codes=CODES):
    found, _ = _district_rows(district, period)
    assert sorted(found) == sorted(codes)
    for code in codes:
        assert found[code] == _village_figures(villages[code], period), f"{code} {period.label()}"


def _hits(district, text):
    with district:
        return union.search(district.lib, text)


def _build_catalogues(villages):
    a, b, c, d, e = (villages[code] for code in CODES)
    _record(a, "LASKAR PELANGI.", "Hirata, Andrea", "9789793062792", "Bentang", 2005, copies=2)
    _record(b, "Laskar Pelangi", "Andrea Hirata", "", "Bentang", 2005)
    _record(c, "Laskar Pelangi", "Andrea Hirata", "9789793062792", "Bentang", 2005)
    _record(a, "Ensiklopedia Islam Jilid 1", "Tim Redaksi", "9789794610008", "Ichtiar Baru", 2005)
    _record(d, "Ensiklopedia Islam Jilid 2", "Tim Redaksi", "9789794610008", "Ichtiar Baru", 2005)
    _record(b, "Pengantar Ilmu Hukum", "Soeroso", "9789790070004", "Sinar Grafika", 2006)
    _record(e, "Pengantar Ilmu Hukum", "Soeroso", "9789790070004", "Sinar Grafika", 2011, edition="Edisi 2")
    _record(c, "Kumpulan Doa Sehari-hari", "", "", "Pustaka Amani", 2010)
    _record(d, "Kumpulan Doa Sehari-hari", "", "", "Bintang Usaha Jaya", 2010)
    _record(d, "Budidaya Lele", "Setiadi", "", "Penebar Swadaya", 2012)
    _record(e, "Budidaya lele", "Setiadi, Ir.", "", "Penebar Swadaya", 2012)
    _record(c, "Sang Pemimpi", "Andrea Hirata", "", "Bentang", 2006)
    _record(d, "Sang Pemimpii", "Andrea Hirata", "", "Bentang", 2006)
    _record(e, "Buku Lama Pertanian", "Dinas Pertanian", "", "Deptan", 1985, copies=2)


@both_databases
def test_district_follows_five_messy_villages_and_agrees_with_their_own_reports(district_five):
    clock, district, villages = district_five
    a, b, c, d, e = (villages[code] for code in CODES)
    _build_catalogues(villages)
    for n, village in enumerate(villages.values()):
        _activity(village, date(2025, 3, 3), visitors=5 + n, loans=2, members=3)
        _activity(village, date(2025, 7, 14), visitors=4, loans=1, members=1)
    # 07:30 WITA on 1 January 2026 is 23:30 UTC on 31 December: it belongs to 2026
    clock.set("2026-01-01T07:30:00+08:00")
    _activity(a, date(2026, 1, 1), visitors=3, loans=0, members=1, hour=7)
    clock.set("2026-01-02T16:00:00+08:00")
    _sync(district, villages.values())

    # first sync: merges and non-merges
    [laskar] = _hits(district, "laskar pelangi")
    assert laskar.title == "Laskar Pelangi" and laskar.isbn == "9789793062792"  # best form, not first arrival
    assert (laskar.copies, laskar.villages) == (4, 3)
    assert {h.code: h.copies for h in laskar.holdings} == {"DSA": 2, "DSB": 1, "DSC": 1}
    assert len(_hits(district, "ensiklopedia islam")) == 2  # Jilid 1 and 2 share an ISBN, stay apart
    assert len(_hits(district, "pengantar ilmu hukum")) == 2  # two editions
    assert len(_hits(district, "kumpulan doa")) == 2  # no author, different publishers
    [lele] = _hits(district, "budidaya lele")
    assert lele.villages == 2  # "Setiadi" and "Setiadi, Ir."
    assert len(_hits(district, "pemimpi")) == 2  # the typo keeps them apart for now
    assert [h.title for h in _hits(district, "979-3062-79-7")] == ["Laskar Pelangi"]  # ISBN-10 with hyphens
    assert [h.title for h in _hits(district, "9789793062792")] == ["Laskar Pelangi"]

    year_2025, year_2026 = Period.year(2025), Period.year(2026)
    _assert_agree(district, villages, year_2025)
    _assert_agree(district, villages, year_2026)
    found, _ = _district_rows(district, year_2026)
    assert found["DSA"]["visits"] == 3 + 12  # the 07:30 WITA visitors of 1 January count in 2026

    # the villages edit, weed and lose; the district follows
    clock.set("2026-02-10T10:00:00+08:00")
    with d:
        typo = Record.get(Record.title == "Sang Pemimpii")
        store.update(d.lib, typo, title="Sang Pemimpi")
    with b:
        rec = Record.get(Record.title == "Laskar Pelangi")
        store.update(b.lib, rec, isbn="9789793062792")
    with e:
        for item in Item.select().join(Record).where(Record.title == "Buku Lama Pertanian"):
            store.update(e.lib, item, status="weeded")
    with a:
        lost = Item.select().join(Record).where(Record.title == "LASKAR PELANGI.").first()
        store.update(a.lib, lost, status="lost")
    for n, village in enumerate(villages.values()):
        _activity(village, date(2026, 2, 10), visitors=2 + n, loans=1, members=1)
    _record(c, "Bumi Manusia", "Pramoedya Ananta Toer", "9789799731234", "Lentera Dipantara", 2005, copies=3)
    _sync(district, villages.values())

    [pemimpi] = _hits(district, "pemimpi")  # re-keyed onto the other village's record
    assert pemimpi.villages == 2 and pemimpi.title == "Sang Pemimpi"
    [laskar] = _hits(district, "laskar pelangi")
    assert (laskar.copies, laskar.villages) == (3, 3)  # the lost copy left
    assert _hits(district, "buku lama pertanian") == []  # every copy weeded: out of the catalogue
    with district:
        assert union.counts(district.lib) == {"records": 10, "copies": 16}
    _assert_agree(district, villages, year_2025)  # the past year keeps its stock
    _assert_agree(district, villages, year_2026)
    _assert_agree(district, villages, Period.month(2026, 2))

    # a manual split and merge survive later bundles
    [doa_c, doa_d] = sorted(_hits(district, "kumpulan doa"), key=lambda h: h.id)
    with district:
        hub.merge_records(district.lib, district.staff, doa_c.id, doa_d.id)
        records = union.village_records(district.lib, laskar.id)
        b_uid = [r["record_uid"] for r in records if r["code"] == "DSB"]
        split = hub.split_records(district.lib, district.staff, laskar.id, b_uid)
    clock.set("2026-03-02T10:00:00+08:00")
    with b:
        rec = Record.get(Record.title == "Laskar Pelangi")
        store.update(b.lib, rec, notes="sumbangan warga")
    with c:
        rec = Record.get(Record.title == "Kumpulan Doa Sehari-hari")
        store.update(c.lib, rec, ddc="297.43")
    _sync(district, [b, c])
    laskars = _hits(district, "laskar pelangi")
    assert sorted((h.id, h.villages) for h in laskars) == sorted([(laskar.id, 2), (split.id, 1)])
    [doa] = _hits(district, "kumpulan doa")
    assert doa.villages == 2

    # a closed village leaves the catalogue, its counts and the pack, but not the past
    with district:
        enrolment.revoke(district.lib, district.staff, e.lib.site_id)
        [lele] = union.search(district.lib, "budidaya lele")
        assert lele.villages == 1 and [h.code for h in lele.holdings] == ["DSD"]
        assert [h.year for h in union.search(district.lib, "pengantar ilmu hukum")] == [2006]  # E's 2nd edition left
        pack = [json.loads(line) for line in catalog_pack.pack_lines(district.lib)]
    assert "9789790070004" in {p["isbn"] for p in pack}  # B's first edition is still held
    assert "9789794610008" not in {p["isbn"] for p in pack}  # one ISBN, two volumes: not in the pack
    assert "9789793062792" not in {p["isbn"] for p in pack}  # split in two: a scan could not tell which
    bumi = next(p for p in pack if p["isbn"] == "9789799731234")
    assert bumi["record"]["title"] == "Bumi Manusia"
    _assert_agree(district, villages, year_2025)  # E was still open at the end of 2025
    _assert_agree(district, villages, year_2026, codes=CODES[:4])


@both_databases
def test_a_village_filling_in_a_field_shows_on_the_union_record(district_five):
    _clock, district, villages = district_five
    a, b = villages["DSA"], villages["DSB"]
    _record(a, "Bumi Manusia", "Pramoedya Ananta Toer", "9789799731234", "Hasta Mitra", 1980)
    _record(b, "Bumi Manusia", "Pramoedya Ananta Toer", "9789799731234", "Hasta Mitra", 1980)
    _sync(district, [a, b])
    with a:
        store.update(a.lib, Record.get(Record.title == "Bumi Manusia"), ddc="899.221 3")
    _sync(district, [a])
    [hit] = _hits(district, "bumi manusia")
    with district:
        assert union.record_fields(district.lib, hit.id)["ddc"] == "899.221 3"
