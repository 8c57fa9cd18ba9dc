"""A small hand-built library whose report figures for February 2026 are worked out by hand.

February 2026 has 28 days; Sundays (the library's closing day) are the 1st, 8th, 15th and 22nd, and
the 17th is a holiday: 23 open days. Every figure the tests expect is derived in the comments here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from pustaka_desktop.core import profile
from pustaka_desktop.core.catalog import digital
from pustaka_desktop.core.circulation import holidays
from pustaka_desktop.core.community import members, programs, visits
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan, Member, Record


def _at(text: str) -> datetime:
    """A WIB wall-clock time as an aware datetime."""
    return datetime.fromisoformat(text + "+07:00")


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def build(lib, clock, librarian, volunteer) -> dict:
    profile.update_profile(lib, librarian, population=1000)
    holidays.add_holiday(lib, librarian, "2026-02-17", name="Tahun Baru Imlek")

    # --- catalogue: 3 titles with copies as at 28 Feb (B2 arrives in March, C1 is lost) ---
    rec_a = store.insert(lib, Record, title="Mengenal Hewan", ddc="599.9", audience="children", year=2024)
    rec_b = store.insert(lib, Record, title="Laskar Pelangi", ddc="823", audience="adult", year=2010)
    rec_c = store.insert(lib, Record, title="Majalah Tani", ddc="", audience="teen", year=2025,
                         material_type="magazine")
    a1 = store.insert(lib, Item, record=rec_a, barcode="A1", received_on=date(2025, 5, 1), source="purchase")
    a2 = store.insert(lib, Item, record=rec_a, barcode="A2", received_on=date(2026, 2, 10), source="grant")
    b1 = store.insert(lib, Item, record=rec_b, barcode="B1", received_on=date(2026, 2, 20), source="donation")
    store.insert(lib, Item, record=rec_b, barcode="B2", received_on=date(2026, 3, 1), source="purchase")
    store.insert(lib, Item, record=rec_c, barcode="C1", received_on=date(2024, 1, 1), source="purchase",
                 status="lost")
    store.insert(lib, Item, record=rec_c, barcode="C2", received_on=date(2026, 1, 15), source="grant")

    # --- members: M1 (girl, 10), M2 (man, 35 until 1 March), M3 registered in March, M4 deleted ---
    clock.set("2026-02-01T09:00:00+07:00")
    m1 = members.register(lib, librarian, name="Ayu Lestari", gender="F", birth_date="2015-06-01",
                          occupation="Pelajar", member_type="Anak-anak", registered_on="2025-01-10", number="M1")
    m2 = members.register(lib, librarian, name="Budi Santoso", gender="M", birth_date="1990-03-01",
                          occupation="Petani", member_type="Umum", registered_on="2026-02-05", number="M2")
    clock.set("2026-03-02T09:00:00+07:00")
    members.register(lib, librarian, name="Candra", gender="M", member_type="Umum", registered_on="2026-03-01",
                     number="M3")
    m4 = members.register(lib, librarian, name="Dedi", gender="M", member_type="Umum",
                          registered_on="2025-03-01", number="M4")
    store.delete(lib, m4)

    # --- visitor book (February: 40 people) ---
    clock.set("2026-02-02T09:00:00+07:00")
    visits.record_member(lib, volunteer, "M1")  # 1 (F, 7-12, read)
    clock.set("2026-02-02T11:00:00+07:00")
    repeat = visits.record_member(lib, volunteer, "M1")  # same day: not counted again
    clock.set("2026-02-03T10:00:00+07:00")
    visits.record_member(lib, volunteer, "M2", purpose="borrow")  # 1 (M, 19-35)
    visits.record_guest(lib, volunteer, gender="F", age_band="19-35", purpose="study", occupation="Mahasiswa",
                        origin="elsewhere")  # 1
    clock.set("2026-02-04T09:30:00+07:00")
    visits.record_group(lib, volunteer, "Kelas 4 SDN 1", {"M": 10, "F": 12, "sd": 22})  # 22 (sd -> 7-12)
    clock.set("2026-02-05T13:00:00+07:00")
    visits.record_group(lib, volunteer, "PKK RW 02", {"F": 15})  # 15 (no ages: not recorded)
    clock.set("2026-02-06T10:00:00+07:00")
    wrong = visits.record_guest(lib, volunteer, gender="M", age_band="60+")
    visits.remove_visit(lib, librarian, wrong)  # a mistaken line, removed
    clock.set("2026-02-10T10:00:00+07:00")
    visits.record_reading(lib, volunteer, "A1")
    visits.record_reading(lib, volunteer, "a1")  # scanners may send lower case

    # --- loans (written directly: circulation is another area) ---
    def loan(item, member, out, due, back=None):
        store.insert(lib, Loan, item=item, member=member, loaned_at=_utc(out), due_on=date.fromisoformat(due),
                     returned_at=_utc(back) if back else None)

    loan(a1, m1, "2026-02-02 03:00:00", "2026-02-09", "2026-02-10 03:00:00")  # Feb loan, returned late
    loan(a2, m2, "2026-02-03 03:00:00", "2026-02-10", "2026-02-09 03:00:00")  # Feb loan, on time
    loan(b1, m1, "2026-02-20 03:00:00", "2026-02-27")  # Feb loan, still out
    loan(a1, m2, "2026-01-20 03:00:00", "2026-01-27", "2026-02-02 03:00:00")  # January loan, back late in Feb

    # --- programmes ---
    clock.set("2026-01-05T09:00:00+07:00")
    pkk = programs.add_partner(lib, librarian, name="PKK Desa Uji", kind="pkk", mou_date="2025-12-01")
    school = programs.add_partner(lib, librarian, name="SDN 1 Uji", kind="school")
    sewing = programs.create_program(lib, librarian, name="Pelatihan Menjahit", kind="skills", skill="Menjahit",
                                     outcomes="Tiga peserta menerima pesanan.")
    club = programs.create_program(lib, librarian, name="Klub Buku", kind="book_club", skill="Diskusi buku")
    programs.link_partner(lib, librarian, sewing, pkk, "penyelenggara")
    programs.link_partner(lib, librarian, club, school)
    programs.add_session(lib, librarian, club, starts_at=_at("2026-01-10T10:00:00"), place="Ruang baca")
    s1 = programs.add_session(lib, librarian, sewing, starts_at=_at("2026-02-07T10:00:00"), place="Balai desa",
                              facilitator="Ibu Warsih")
    s2 = programs.add_session(lib, librarian, sewing, starts_at=_at("2026-02-14T10:00:00"))
    s3 = programs.add_session(lib, librarian, sewing, starts_at=_at("2026-03-07T10:00:00"))
    clock.set("2026-03-02T09:00:00+07:00")
    p_ayu = programs.enrol_member(lib, volunteer, sewing, "M1")  # F, 7-12
    p_ani = programs.enrol_guest(lib, volunteer, sewing, name="Ibu Ani", gender="F", age_band="36-59")
    p_budi = programs.enrol_guest(lib, volunteer, sewing, name="Budi", gender="M", age_band="19-35")
    programs.mark_attendance(lib, volunteer, s1, p_ayu)
    programs.mark_attendance(lib, volunteer, s1, p_ani)
    programs.mark_attendance(lib, volunteer, s2, p_ani)
    programs.mark_attendance(lib, volunteer, s3, p_budi)
    programs.scan_attendance(lib, volunteer, s3, "M1")
    programs.add_story(lib, librarian, sewing, title="Bu Ani menjahit seragam", text="Sekarang saya bisa menjahit.",
                       author="Ibu Ani", told_on="2026-02-14")
    programs.add_story(lib, librarian, club, text="Cerita lama.", told_on="2026-01-10")
    clock.set("2026-03-02T09:00:00+07:00")
    return {"repeat": repeat, "sewing": sewing, "club": club, "m1": Member.get(Member.number == "M1")}


def use_digital_shelf(lib, clock, librarian, tmp_path) -> None:
    """Two files on the digital shelf: one read three times and downloaded once in February, one read in
    March; a third added in March."""
    pdf = tmp_path / "Perdes.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
                    b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                    b"trailer<</Root 1 0 R>>\n%%EOF\n")
    clock.set("2026-01-20T09:00:00+07:00")
    perdes = digital.add_document(lib, librarian, pdf, title="Peraturan Desa tentang Lumbung Pangan")
    tani = digital.add_document(lib, librarian, pdf, title="Panduan Budidaya Lele")
    for day, kind in (("02-03", "read"), ("02-10", "read"), ("02-28", "read"), ("02-11", "download")):
        clock.set(f"2026-{day}T20:00:00+07:00")  # 20:00 WIB on 28 February is still February here
        digital.count_view(lib, perdes, kind)
    clock.set("2026-02-14T09:00:00+07:00")
    digital.count_view(lib, tani, "read")
    clock.set("2026-03-01T08:00:00+07:00")
    digital.count_view(lib, tani, "read")
    digital.add_document(lib, librarian, pdf, title="Resep Masakan Desa")
    clock.set("2026-03-02T09:00:00+07:00")

