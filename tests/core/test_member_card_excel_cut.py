"""SLiMS's member export opened in Excel and saved again: a card number that is a NIK (16 digits, SLiMS lets a
library number its members so) became ``3.40401E+15``, the same text for every member of one kecamatan. The first
such row came in as a new member with that "card" (Siti twice at the desk), the others were refused as a second
person under one card number."""

from __future__ import annotations

from pustaka_desktop.core.interop import member_import
from pustaka_desktop.core.store.models import Member

HEADER = ("member_id,member_name,gender,member_type_name,member_email,member_address,postal_code,inst_name,is_new,"
          "member_image,pin,member_phone,member_fax,member_since_date,register_date,expire_date,birth_date,"
          "member_notes")


def _csv(path, rows):
    path.write_text("\r\n".join([HEADER, *(",".join(row) for row in rows)]) + "\r\n", encoding="utf-8")
    return path


def _row(card, name, gender, born):
    return [card, name, gender, "Umum", "", "Dusun Krajan", "", "", "0", "", "", "081234567890", "", "2019-03-12",
            "2019-03-12", "2027-03-12", born, ""]


def test_a_card_number_excel_cut_finds_the_member_or_gives_a_new_card(lib, librarian, tmp_path):
    member_import.import_members(lib, librarian, _csv(tmp_path / "senayan_member_export.csv", [
        _row("3404014506900001", "Siti Aminah", "0", "1990-06-05")]))
    resaved = _csv(tmp_path / "anggota.csv", [_row("3.40401E+15", "Siti Aminah", "0", "05/06/1990"),
                                              _row("3.40401E+15", "Budi Santoso", "1", "17/08/1985")])
    result = member_import.import_members(lib, librarian, resaved)
    assert (result.add, result.bad) == (1, [])
    assert Member.select().where(Member.name == "Siti Aminah").count() == 1  # (found: not a second Siti)
    budi = Member.get(Member.name == "Budi Santoso")
    assert budi.number != "3.40401E+15" and "E+" not in budi.number  # a card of this library's
    assert "Nomor anggota: 3.40401E+15" in budi.notes
    assert not Member.select().where(Member.number.contains("E+")).exists()
    assert len([row for row in result.set_aside if row.params.get("value") == "3.40401E+15"]) == 2
    again = member_import.import_members(lib, librarian, resaved)
    assert (again.add, Member.select().count()) == (0, 2)
