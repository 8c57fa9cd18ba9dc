"""*Mungkin duplikat*: the records the matching must not join by itself, listed for the officer to look at; never
another grade, another named curriculum, another ISBN, nor what the officer split apart."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import copies, records
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import hub, union, union_suggest

from .sync_helpers import Site, both_databases, enrol

BOOKS = [  # (village, title, edition, ISBN)
    ("CBD", "IPA Kelas 4", "", ""),  # names no curriculum: may be either of the next two
    ("GMB", "Ilmu Pengetahuan Alam Kelas IV", "Kurikulum 2013", ""),
    ("PSR", "IPA Kelas 4", "Kurikulum Merdeka", ""),
    ("SKM", "IPA Kelas 5", "", ""),
    ("MJU", "IPA Kelas 4 untuk SD dan MI", "", ""),  # every word of CBD's and more
    ("TGR", "IPA Kelas 4", "", "9786024271237"),  # joins CBD's record (rule 4), which shows its ISBN
    ("WNG", "IPA Kelas 4 untuk SD", "", "9789794336540"),
]


@pytest.fixture
def office(tmp_path):
    site = Site(tmp_path, "dinas", "DIN", FixedClock("2026-03-02T09:00:00+07:00"), district=True)
    for code, title, edition, isbn in BOOKS:
        village = Site(tmp_path, code.lower(), code, site.clock)
        enrol(village, site, tmp_path)
        with village:
            saved = records.add_record(village.lib, village.staff, title=title, edition=edition, isbn=isbn,
                                       authors=[{"name": "Heri Sulistyanto"}], publisher="Pusat Perbukuan",
                                       year=2013)
            copies.add_item(village.lib, village.staff, saved.record)
        site.import_file(village.export_to(site))
        village.close()
    yield site
    site.close()


def _titles_with_edition(office: Site, hits) -> set[tuple[str, str]]:
    return {(h.title, union.record_fields(office.lib, h.id).get("edition") or "") for h in hits}


def _held_by(office: Site, code: str) -> union.UnionHit:
    [hit] = [h for h in union.search(office.lib, "kelas", limit=50) if code in {x.code for x in h.holdings}]
    return hit


@both_databases
def test_the_officer_is_offered_what_may_be_one_book_and_not_what_cannot_be(office):
    with office:
        plain = _held_by(office, "CBD")  # (with TGR's copy: the same title and author, and TGR's ISBN)
        offered = _titles_with_edition(office, union_suggest.likely_duplicates(office.lib, plain.id))
        from_k13 = _titles_with_edition(office, union_suggest.likely_duplicates(office.lib, _held_by(office, "GMB").id))
    assert ("Ilmu Pengetahuan Alam Kelas IV", "Kurikulum 2013") in offered
    assert ("IPA Kelas 4", "Kurikulum Merdeka") in offered
    assert ("IPA Kelas 4 untuk SD dan MI", "") in offered
    assert ("IPA Kelas 4 untuk SD", "") not in offered  # WNG's ISBN is another than the one CBD's record shows
    assert not any(title == "IPA Kelas 5" for title, _ in offered)
    assert ("IPA Kelas 4", "Kurikulum Merdeka") not in from_k13  # each names its curriculum: two editions


@both_databases
def test_a_record_the_officer_split_off_is_not_offered_again(office):
    with office:
        mju, plain = _held_by(office, "MJU"), _held_by(office, "CBD")
        kept = hub.merge_records(office.lib, office.staff, plain.id, mju.id)
        mju_record = [r["record_uid"] for r in union.village_records(office.lib, kept.id) if r["code"] == "MJU"]
        hub.split_records(office.lib, office.staff, kept.id, mju_record)
        offered = union_suggest.likely_duplicates(office.lib, kept.id)
    assert "IPA Kelas 4 untuk SD dan MI" not in {h.title for h in offered}




def test_the_officer_at_a_server_without_a_screen_asks_the_command_line(office, capsys, monkeypatch):
    from pustaka_desktop.cli import main

    monkeypatch.setenv("PUSTAKA_LANG", "en")
    with office:
        plain, five = _held_by(office, "CBD"), _held_by(office, "SKM")
    office.lib.close()
    assert main(["--db", str(office.lib.path), "district", "duplicates", str(plain.id)]) == 0
    listed = capsys.readouterr().out
    assert "Ilmu Pengetahuan Alam Kelas IV" in listed and "IPA Kelas 5" not in listed
    assert main(["--db", str(office.lib.path), "district", "duplicates", str(five.id)]) == 0
    assert "No record looks like a duplicate" in capsys.readouterr().out
