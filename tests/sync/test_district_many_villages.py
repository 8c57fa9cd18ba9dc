"""A district office merging the bundles of many villages, as they really come: a village whose PC clock was
set a year wrong for a while, bundles copied twice or read out of order."""

from __future__ import annotations

import json
import shutil

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import copies, records, review
from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import SyncBundleLog
from pustaka_desktop.core.sync import enrolment, hub, keys, stats, union
from pustaka_desktop.core.sync.union_match import edition_of, same_book, title_key, volume_of

from .sync_helpers import Site, enrol


def _review_column(district: Site) -> dict[str, int | None]:
    with district:
        rows, _total = stats.district_report(district.lib, stats.year_range(2026))
    return {row.code: row.to_check for row in rows}


def test_a_village_whose_clock_was_a_year_ahead_is_followed_again_once_it_is_set_right(tmp_path):
    """Cibodas's BIOS said 2027 for a day: its bundle was made "in 2027". Once the clock is right, its next
    bundles were made before that in the village's own words; the district still has to take them as the newest
    (what its review list holds now), not wait a year."""
    office_clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", office_clock, district=True)
    village_clock = FixedClock("2027-03-02T09:00:00+07:00")
    village = Site(tmp_path, "cibodas", "CBD", village_clock)
    try:
        enrol(village, district, tmp_path)
        with village:
            saved = records.add_record(village.lib, village.staff, isbn_as_printed=True, title="Laskar Pelangi",
                                       isbn="9789793062795")  # a wrong check digit, kept as printed
            review.note_isbn(village.lib, village.staff, saved.record)
        assert district.import_file(village.export_to(district)).result == "applied"
        assert _review_column(district) == {"CBD": 1}

        village_clock.set("2026-03-03T09:00:00+07:00")  # the librarian set the year right
        with village:
            review.keep(village.lib, village.staff, review.open_flags(village.lib)[0].id)
            assert review.open_count(village.lib) == 0
        office_clock.set("2026-03-04T09:00:00+07:00")
        stale = village.export_to(district)
        assert district.import_file(stale).result == "applied"
        assert _review_column(district) == {"CBD": 0}
    finally:
        village.close()
        district.close()


def test_an_office_database_moved_to_a_new_pc_stops_the_inbox_once_and_says_where_to_confirm(tmp_path):
    """The office copied its database folder (with its keys) to a new PC, then put in a stick of village bundles:
    the office's database is the problem, not each bundle. It is said once, with where to confirm, and nothing
    is imported; once confirmed, the same stick goes in."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    villages = [Site(tmp_path, name, code, clock) for name, code in (("cibodas", "CBD"), ("gambung", "GMB"))]
    stick = tmp_path / "usb"
    stick.mkdir()
    moved = None
    try:
        for village in villages:
            enrol(village, district, tmp_path)
            with village:
                records.add_record(village.lib, village.staff, title=f"Buku {village.code}")
            shutil.copy(village.export_to(district), stick)
        with district:
            district.lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        district.close()
        new_pc = tmp_path / "pc-baru"
        shutil.copytree(district.lib.path.parent, new_pc)  # the database and its keys folder beside it
        moved = Library.open(new_pc / district.lib.path.name, clock)
        with moved.bound():
            with pytest.raises(Refused) as refused:
                hub.import_folder(moved, district.staff, stick)
            assert refused.value.reason == "copied-database"
            assert "Sync with district" in refused.value.message()  # the page where it is confirmed
            assert SyncBundleLog.select().where(SyncBundleLog.direction == "in").count() == 0  # nothing read
            keys.resolve_copy(moved, district.staff, keep_site=True)
            assert [line.result for line in hub.import_folder(moved, district.staff, stick)] == ["applied", "applied"]
    finally:
        for village in villages:
            village.close()
        if moved is not None:
            moved.close()


def _rec(title, isbn="", edition="", author="Quraish Shihab", publisher="Lentera Hati", year=2002):
    return {"title": title, "subtitle": "", "edition": edition, "isbn": isbn, "publisher": publisher, "year": year,
            "authors": json.dumps([{"name": author, "role": "primary"}]), "responsibility": ""}


def test_volumes_as_village_librarians_abbreviate_and_spell_them_out():
    # "Jld." is how many a village register abbreviates Jilid; "Jilid ke-2", "Jilid Kedua", "Bagian Pertama" too
    for written in ("Tafsir Al-Misbah Jld. 2", "Tafsir Al-Misbah Jld 2", "Tafsir Al-Misbah Jilid ke-2",
                    "Tafsir Al-Misbah Jilid Kedua", "Tafsir Al-Misbah Jilid Dua", "Tafsir Al-Misbah Bagian Kedua"):
        assert volume_of(_rec(written)) == "v2", written
        assert same_book(_rec(written, "9789799048080"), _rec("Tafsir Al-Misbah Jilid 2", "9789799048080")), written
    assert volume_of(_rec("Sejarah Nasional Indonesia Bagian Pertama")) == "v1"
    assert not same_book(_rec("Tafsir Al-Misbah Jld. 1", "9789799048080"), _rec("Tafsir Al-Misbah Jld. 2", "9789799048080"))
    assert volume_of(_rec("Buku Pintar Anak")) == volume_of(_rec("Buku Dua Bahasa")) == ""  # words, not volumes
    assert volume_of(_rec("Buku Pertama Bayi")) == ""


def test_a_reprints_number_is_not_an_edition_and_a_roman_edition_is_one():
    revised = _rec("Pengantar Ilmu Hukum", "9789790070004", "Edisi revisi", "Soeroso", "Sinar Grafika", 2011)
    assert edition_of(dict(revised, edition="Edisi revisi, cet. 2")) == "erev"
    assert edition_of(dict(revised, edition="Cetakan ke-3, edisi revisi")) == "erev"
    assert edition_of(dict(revised, edition="Edisi 2, Cet. 3")) == "e2"
    assert edition_of(dict(revised, edition="Edisi II")) == edition_of(dict(revised, edition="Edisi 2")) == "e2"
    assert edition_of(dict(revised, edition="Ed. III")) == "e3"
    assert same_book(revised, dict(revised, edition="Edisi revisi, cetakan ke-2"))  # a later printing of it
    assert not same_book(dict(revised, edition="Edisi revisi, cet. 2"), dict(revised, edition="Edisi 2"))
    assert title_key(_rec("Pengantar Ilmu Hukum Edisi II")) == title_key(_rec("Pengantar Ilmu Hukum Edisi 2"))


def test_the_union_catalogue_holds_one_record_for_a_volume_written_jld_in_one_village_and_jilid_in_another(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    villages = [Site(tmp_path, name, code, clock) for name, code in (("cibodas", "CBD"), ("gambung", "GMB"),
                                                                      ("patengan", "PTG"))]
    written = {"CBD": "Tafsir Al-Misbah Jld. 2", "GMB": "Tafsir Al-Misbah Jilid 2", "PTG": "Tafsir Al-Misbah Jld. 1"}
    try:
        for village in villages:
            enrol(village, district, tmp_path)
            with village:
                saved = records.add_record(village.lib, village.staff, title=written[village.code],
                                           authors=[{"name": "M. Quraish Shihab", "role": "primary"}],
                                           isbn="9789799048080", publisher="Lentera Hati", year=2002)
                copies.add_item(village.lib, village.staff, saved.record)
            assert district.import_file(village.export_to(district)).result == "applied"
        with district:
            hits = union.search(district.lib, "tafsir al misbah")
        assert sorted((hit.villages, hit.copies) for hit in hits) == [(1, 1), (2, 2)]  # volume 2 once, volume 1
    finally:
        for site in (district, *villages):
            site.close()


def test_a_bundle_from_a_village_the_office_revoked_says_what_to_do(tmp_path):
    """Gambung's library closed and the office revoked it; a volunteer still brought its last stick."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "gambung", "GMB", clock)
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        enrol(village, district, tmp_path)
        shutil.copy(village.export_to(district), stick)
        with district:
            enrolment.revoke(district.lib, district.staff, village.lib.site_id)
            [line] = hub.import_folder(district.lib, district.staff, stick)
        assert (line.result, line.reason, line.sender) == ("rejected", "revoked", "GMB")
        template, values = hub.advice(line)
        assert "enrol" in template.lower() and values["code"] == "GMB"
    finally:
        village.close()
        district.close()


def _two_villages_send(tmp_path, first: str, second: str, publisher: str, year: int) -> tuple[Site, list[Site]]:
    """A district and two enrolled villages, each of which sent one book: ``first`` from Cibodas, ``second`` from
    Gambung (the same book as each village typed it)."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    villages = [Site(tmp_path, name, code, clock) for name, code in (("cibodas", "CBD"), ("gambung", "GMB"))]
    for village, title in zip(villages, (first, second), strict=True):
        enrol(village, district, tmp_path)
        with village:
            saved = records.add_record(village.lib, village.staff, title=title, publisher=publisher, year=year)
            copies.add_item(village.lib, village.staff, saved.record)
        district.import_file(village.export_to(district))
    return district, villages


def test_a_district_correction_stays_when_its_record_is_merged_into_a_duplicate(tmp_path):
    """The officer corrected "Kumpulan Doa Harian" to its printed title, then found the same book under a typo from
    another village and merged the two (the page keeps the upper row, the more widely held): the correction, and
    the district's keeping of the record, stay."""
    district, villages = _two_villages_send(tmp_path, "Kumpulan Doa Harian", "Kumpulan Do'a Sehari2", "Pustaka Amani",
                                            2010)
    try:
        with district:
            [corrected] = union.search(district.lib, "doa harian")
            [typo] = union.search(district.lib, "sehari2")
            hub.edit_record(district.lib, district.staff, corrected.id, title="Kumpulan Doa Sehari-hari")
            kept = hub.merge_records(district.lib, district.staff, typo.id, corrected.id)
            [hit] = union.search(district.lib, "kumpulan doa")
        assert (hit.id, hit.title, hit.adopted, hit.villages) == (kept.id, "Kumpulan Doa Sehari-hari", True, 2)
    finally:
        for site in (district, *villages):
            site.close()


def test_a_romanised_ayn_or_hamza_typed_or_left_out_is_one_word():
    """Every village holds the Ministry's Qur'an translation, typed "Al-Qur'an", "Al-Quran" or "Al Qur’an"; the
    prayer books "Do'a"/"Doa" likewise, and names such as Ma'ruf."""
    quran = [_rec(title, author="Departemen Agama RI", publisher="Kemenag", year=2010)
             for title in ("Al-Qur'an dan Terjemahannya", "Al-Quran dan Terjemahannya", "Al Qur’an dan Terjemahannya")]
    assert same_book(quran[0], quran[1]) and same_book(quran[1], quran[2])
    assert same_book(_rec("Kumpulan Do'a Harian", author="Ma'ruf Amin"), _rec("Kumpulan Doa Harian", author="Maruf Amin"))


def test_the_union_catalogue_finds_quran_however_it_is_typed(tmp_path):
    district, villages = _two_villages_send(tmp_path, "Al-Qur'an dan Terjemahannya", "Al-Quran dan Terjemahannya",
                                            "Kementerian Agama RI", 2019)
    try:
        with district:
            for typed in ("quran", "qur'an", "al-quran terjemahannya"):
                assert [hit.villages for hit in union.search(district.lib, typed)] == [2], typed
    finally:
        for site in (district, *villages):
            site.close()


def test_an_office_on_a_server_without_a_screen_confirms_its_moved_database_from_the_command_line(tmp_path, capsys,
                                                                                                 monkeypatch):
    """The hub runs on a small server with no screen (``hub serve``): moved there, its database is confirmed with
    ``sync confirm-copy --original``, and the same stick then goes in."""
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "cibodas", "CBD", clock)
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        enrol(village, district, tmp_path)
        shutil.copy(village.export_to(district), stick)
        with district:
            district.lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        district.close()
        server = tmp_path / "server"
        shutil.copytree(district.lib.path.parent, server)
        moved = str(server / district.lib.path.name)
        assert main(["--db", moved, "sync", "import", str(stick)]) == 1
        assert "sync confirm-copy" in capsys.readouterr().err  # where to confirm, from the command line too
        assert main(["--db", moved, "sync", "confirm-copy", "--original"]) == 0
        assert "original" in capsys.readouterr().out
        assert main(["--db", moved, "sync", "import", str(stick)]) == 0
        assert "applied" in capsys.readouterr().out
        assert main(["--db", moved, "sync", "confirm-copy", "--new-site"]) == 0  # nothing to confirm now: unchanged
        assert "nothing to confirm" in capsys.readouterr().out
        assert main(["--db", moved, "sync", "import", str(stick)]) == 0  # still the same site, still enrolled
    finally:
        village.close()
