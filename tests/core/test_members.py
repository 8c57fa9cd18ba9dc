import io
from datetime import date

import pytest
from PIL import Image

from pustaka_desktop.core.community import demographics, members
from pustaka_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from pustaka_desktop.core.store.models import AuditLog, Member


def add(lib, by, name="Budi Santoso", **extra):
    fields = {"member_type": "Umum", "gender": "M", "birth_date": "1990-05-01", **extra}
    return members.register(lib, by, name=name, **fields)


def test_register_gives_the_next_number_and_expiry_from_the_type(lib, volunteer):
    first = add(lib, volunteer)
    second = add(lib, volunteer, name="Siti Aminah", gender="P", birth_date="2015-01-01", member_type="Anak-anak")
    assert first.number == "UJI-A00001" and second.number == "UJI-A00002"
    assert first.registered_on == date(2026, 3, 2)
    assert first.expires_on == date(2028, 3, 1)  # Umum: 730 days
    assert second.gender == "F" and second.member_type.name == "Anak-anak"


def test_numbers_continue_after_the_highest_even_after_a_gap_or_deletion(lib, librarian):
    add(lib, librarian, number="UJI-A00041")
    gone = add(lib, librarian, name="Agus", number="UJI-A00120")
    members.delete_member(lib, librarian, gone)
    assert members.next_number(lib) == "UJI-A00121"  # a card number is never reused


def test_custom_number_pattern(lib, librarian):
    members.set_number_pattern(lib, librarian, "{code}{seq:04d}")
    assert add(lib, librarian).number == "UJI0001"
    with pytest.raises(ValidationError):
        members.set_number_pattern(lib, librarian, "{code}-X")


@pytest.mark.parametrize("field,value", [
    ("nik", "12345"), ("nik", "1234567890abcdef"), ("phone", "12ab"), ("birth_date", "2030-01-01"),
    ("birth_date", "31-02-2000"), ("email", "budi@"), ("gender", "X"), ("name", "  "),
    ("member_type", "Astronot"),
])
def test_bad_input_is_refused_naming_the_field(lib, volunteer, field, value):
    with pytest.raises(ValidationError) as err:
        add(lib, volunteer, **{field: value})
    assert err.value.field == field
    assert Member.select().count() == 0


def test_phone_and_nik_are_normalised(lib, volunteer):
    member = add(lib, volunteer, phone="+62 812-3456-7890", nik="3204 0512 3456 0001")
    assert member.phone == "081234567890" and member.nik == "3204051234560001"
    assert members.whatsapp_number(member.phone) == "6281234567890"


def test_duplicate_warning_same_nik_or_same_name_and_birth_date(lib, volunteer):
    add(lib, volunteer, nik="3204051234560001")
    with pytest.raises(members.DuplicateMember) as err:
        add(lib, volunteer, name="Budi S.", nik="3204051234560001", birth_date="1991-01-01")
    assert err.value.members[0].number == "UJI-A00001"
    with pytest.raises(members.DuplicateMember):
        add(lib, volunteer, name="budi  santoso")  # same name (case/spaces) and birth date
    other = add(lib, volunteer, name="Budi Santoso", birth_date="1990-05-01", allow_duplicate=True)
    assert other.number == "UJI-A00002"
    assert add(lib, volunteer, name="Budi Santoso", birth_date="1985-01-01").number == "UJI-A00003"


def test_age_bands(lib):
    on = date(2026, 3, 2)
    assert demographics.age_band(date(2020, 3, 3), on) == "0-6"  # 5 years old
    assert demographics.age_band(date(2019, 3, 2), on) == "7-12"  # 7th birthday today
    assert demographics.age_band(date(2008, 3, 3), on) == "13-18"
    assert demographics.age_band(date(1991, 1, 1), on) == "19-35"
    assert demographics.age_band(date(1970, 1, 1), on) == "36-59"
    assert demographics.age_band(date(1950, 1, 1), on) == "60+"
    assert demographics.age_band(None, on) == ""
    assert demographics.AGE_BANDS == ("0-6", "7-12", "13-18", "19-35", "36-59", "60+")


def test_renew_membership_from_expiry_or_today_if_expired(lib, clock, volunteer):
    member = add(lib, volunteer, registered_on="2024-01-01", expires_on="2025-01-01")
    assert members.renew_membership(lib, volunteer, member) == date(2028, 3, 1)  # from today
    assert members.renew_membership(lib, volunteer, member) == date(2030, 3, 1)  # from the expiry
    assert AuditLog.select().where(AuditLog.action == "members.renew").count() == 2


def test_block_needs_a_reason_and_a_librarian(lib, librarian, volunteer):
    member = add(lib, volunteer)
    with pytest.raises(PermissionDenied):
        members.block(lib, volunteer, member, "lost 3 books")
    with pytest.raises(ValidationError):
        members.block(lib, librarian, member, " ")
    members.block(lib, librarian, member, "lost 3 books")
    assert Member.get_by_id(member.id).blocked_reason == "lost 3 books"
    members.unblock(lib, librarian, member)
    assert not Member.get_by_id(member.id).blocked


def test_volunteer_registers_but_may_not_edit(lib, volunteer, librarian):
    member = add(lib, volunteer)
    with pytest.raises(PermissionDenied):
        members.update_member(lib, volunteer, member, name="Diubah")
    members.update_member(lib, librarian, member, name="Budi Santoso Putra", phone="0812 1111 2222")
    assert Member.get_by_id(member.id).phone == "081211112222"


def test_search_by_name_words_number_and_phone_paged(lib, volunteer):
    for n in range(12):
        add(lib, volunteer, name=f"Siti Warga {n:02d}", birth_date=f"{1980 + n}-01-01", phone=f"0812000000{n:02d}")
    add(lib, volunteer, name="Joko Widodo", phone="085777123456")
    page = members.search(lib, "warga siti", offset=0, limit=5)
    assert page.total == 12 and [m.name for m in page.rows][:2] == ["Siti Warga 00", "Siti Warga 01"]
    assert len(members.search(lib, "warga", offset=10, limit=5).rows) == 2
    assert [m.name for m in members.search(lib, "UJI-A00013").rows] == ["Joko Widodo"]
    assert [m.name for m in members.search(lib, "0857-7712").rows] == ["Joko Widodo"]
    assert members.get_member(lib, "uji-a00013").name == "Joko Widodo"
    with pytest.raises(NotFound):
        members.get_member(lib, "UJI-A99999")


def test_photo_is_resized_to_a_small_jpeg(lib, volunteer):
    member = add(lib, volunteer)
    raw = io.BytesIO()
    Image.new("RGB", (1200, 1600), "red").save(raw, "PNG")
    members.set_photo(lib, volunteer, member, raw.getvalue())
    stored = Member.get_by_id(member.id).photo
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG" and image.size == (240, 320)
    with pytest.raises(ValidationError):
        members.set_photo(lib, volunteer, member, b"not a picture")
