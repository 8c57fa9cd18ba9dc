"""School books and numbers as twenty village registers write them: *IPA Kelas 4* and *Ilmu Pengetahuan Alam Kelas
IV* are one book, *SD Negeri Lima* is *SD Negeri 5*, *Sepuluh* is *10*; *Kelas 4* and *Kelas 5*, *IPA* and *IPS*, the
*Kurikulum 2013* and the *Kurikulum Merdeka* book stay apart. A district whose catalogue was matched by the older
rule joins what the new one finds to be one book, and keeps every merge and split its officer made."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import copies, records
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import dialect, hub, union_match, union_rebuild
from pustaka_desktop.core.sync.union_match import edition_of, same_book, title_key, volume_of

from .sync_helpers import Site, both_databases, enrol


def _book(title: str, **more) -> dict:
    return {"title": title, "authors": '[{"name": "Sri Lestari"}]', **more}


@pytest.mark.parametrize("one, other", [
    ("IPA Kelas 4", "Ilmu Pengetahuan Alam Kelas IV"), ("IPA Kls. 4", "IPA Kelas IV"), ("IPA Kelas Empat", "IPA Kelas 4"),
    ("Profil SD Negeri Lima Sukamaju", "Profil SD Negeri 5 Sukamaju"), ("Profil SDN 5 Sukamaju", "Profil SD Negeri 5 Sukamaju"),
    ("Sepuluh Cerita Rakyat Jawa Barat", "10 Cerita Rakyat Jawa Barat"), ("Dua Puluh Satu Hari", "21 Hari"),
    ("Negeri Lima Menara", "Negeri 5 Menara"), ("Matematika Semester II", "Matematika Semester 2"),
    ("Tematik Kelas XII", "Tematik Kelas 12")])
def test_one_book_written_two_ways_is_one(one, other):
    assert title_key(_book(one)) == title_key(_book(other))
    assert same_book(_book(one), _book(other))


@pytest.mark.parametrize("one, other", [
    ("IPA Kelas 4", "IPA Kelas 5"), ("IPA Kelas IV", "IPA Kelas V"), ("IPA Kelas 4", "IPS Kelas 4"),
    ("PKn Kelas 4", "PPKn Kelas 4"), ("Profil SD Negeri Lima Sukamaju", "Profil SD Negeri 15 Sukamaju"),
    ("Matematika Semester I", "Matematika Semester 2")])
def test_another_grade_subject_or_school_is_another_book(one, other):
    assert not same_book(_book(one), _book(other))


def test_the_curriculum_a_school_book_names_makes_it_another_edition():
    k13 = _book("IPA Kelas 4", edition="Kurikulum 2013")
    merdeka = _book("Ilmu Pengetahuan Alam Kelas IV", edition="Kurikulum Merdeka")
    k13_in_subtitle = _book("Ilmu Pengetahuan Alam Kelas IV", subtitle="Buku Siswa Kurikulum 2013")
    assert not same_book(k13, merdeka)
    assert same_book(k13, k13_in_subtitle)  # (the 2013 of "Kurikulum 2013" is no edition number)
    assert edition_of(k13) == "" and edition_of(_book("IPA Kelas 4 Edisi Revisi")) == "erev"  # not the grade's 4
    assert volume_of(_book("Matematika Jilid II")) == volume_of(_book("Matematika Jilid 2")) == "v2"


def _send(office: Site, tmp_path, code: str, title: str, **more) -> str:
    """A village ``code`` catalogues one book with a copy and sends it; the uid of its record."""
    village = Site(tmp_path, code.lower(), code, office.clock)
    enrol(village, office, tmp_path)
    with village:
        saved = records.add_record(village.lib, village.staff, title=title, authors=[{"name": "Sri Lestari"}],
                                   publisher="Erlangga", year=2019, **more)
        copies.add_item(village.lib, village.staff, saved.record)
        uid = saved.record.uid
    office.import_file(village.export_to(office))
    village.close()
    return uid


def _union_of(office: Site, *uids: str) -> list[int]:
    conn = dialect.conn(office.lib)
    return [conn.execute("SELECT union_id FROM union_link WHERE record_uid = ?", (uid,)).fetchone()[0] for uid in uids]


@pytest.fixture
def office(tmp_path):
    site = Site(tmp_path, "dinas", "DIN", FixedClock("2026-03-02T09:00:00+07:00"), district=True)
    yield site
    site.close()


@both_databases
def test_twenty_villages_writing_grade_four_science_their_own_way_meet_on_one_record(office, tmp_path):
    ways = ["IPA Kelas 4", "Ilmu Pengetahuan Alam Kelas IV", "IPA Kls. IV", "IPA Kelas Empat", "Ilmu Pengetahuan "
            "Alam Kelas 4"] * 4
    same = [_send(office, tmp_path, f"V{n:02d}", title) for n, title in enumerate(ways)]
    grade5 = _send(office, tmp_path, "V20", "IPA Kelas V")
    merdeka = _send(office, tmp_path, "V21", "IPA Kelas 4", edition="Kurikulum Merdeka")
    with office:
        ids = _union_of(office, *same, grade5, merdeka)
    assert len(set(ids[:20])) == 1
    assert len({ids[0], ids[20], ids[21]}) == 3


@both_databases
def test_a_catalogue_matched_by_the_older_rule_is_joined_and_the_officers_merges_and_splits_stay(
        office, tmp_path, monkeypatch):
    with monkeypatch.context() as older:  # the books arrive while the district still runs the older rule
        older.setattr(union_match, "same_words", lambda text: text)
        older.setattr(union_match, "curriculum_of", lambda data: "")
        union_match._title_key.cache_clear()
        short = _send(office, tmp_path, "CBD", "IPA Kelas 4")
        long = _send(office, tmp_path, "GMB", "Ilmu Pengetahuan Alam Kelas IV")
        other_book = _send(office, tmp_path, "PSR", "IPA Kelas 4")  # joins CBD's; the officer knows it is another
        sepuluh = _send(office, tmp_path, "SKM", "Sepuluh Cerita Rakyat")
        kumpulan = _send(office, tmp_path, "MJU", "Kumpulan Sepuluh Cerita Rakyat")  # merged by hand
        ten = _send(office, tmp_path, "TGR", "10 Cerita Rakyat")
        with office:
            assert len(set(_union_of(office, short, long, sepuluh, kumpulan, ten))) == 5
            [on_short] = _union_of(office, short)
            split = hub.split_records(office.lib, office.staff, on_short, [other_book])
            hub.merge_records(office.lib, office.staff, *_union_of(office, sepuluh, kumpulan))
            set_setting(union_rebuild.MATCH_SETTING, 7)
    union_match._title_key.cache_clear()
    with office:
        union_rebuild.ensure_current(office.lib)  # (as the district's pages do when they open)
        science, tales = _union_of(office, short, long, other_book), _union_of(office, sepuluh, kumpulan, ten)
    assert science[0] == science[1] and science[2] == split.id != science[0]
    assert len(set(tales)) == 1
