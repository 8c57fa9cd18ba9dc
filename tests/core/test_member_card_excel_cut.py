"""SLiMS's member export opened in Excel and saved again: a card number that is a NIK (16 digits, SLiMS lets a
library number its members so) became ``3.40401E+15``, the same text for every member of one kecamatan. The first
such row came in as a new member with that "card" (Siti twice at the desk), the others were refused as a second
person under one card number."""

from __future__ import annotations

from pustaka_desktop.core.interop import dates, member_import
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


def test_a_list_excel_saved_month_first_is_read_month_first(lib, librarian, tmp_path):
    # the export opened and saved on a PC set to English (United States): Excel writes 3/12/2019 for 12 March. Read day
    # first Rina registered on 3 December and her card ran to 3 December 2027; Bayu's dates (12/25/2019) were no dates
    path = _csv(tmp_path / "anggota.csv", [
        ["0000401", "Rina Wati", "0", "Umum", "", "", "", "", "0", "", "", "", "", "3/12/2019", "3/12/2019", "3/12/2027",
         "6/5/1990", ""],
        ["0000402", "Bayu Pratama", "1", "Umum", "", "", "", "", "0", "", "", "", "", "12/25/2019", "12/25/2019",
         "12/25/2027", "8/17/1985", ""]])
    result = member_import.import_members(lib, librarian, path)
    rina, bayu = Member.get(Member.number == "0000401"), Member.get(Member.number == "0000402")
    assert (str(rina.registered_on), str(rina.expires_on), str(rina.birth_date)) == ("2019-03-12", "2027-03-12",
                                                                                     "1990-06-05")
    assert (str(bayu.registered_on), str(bayu.birth_date), bayu.notes, result.set_aside) == ("2019-12-25", "1985-08-17",
                                                                                            "", [])
    assert [notice.template for notice in result.notices] == [dates.MONTH_FIRST]


def test_day_first_dates_stay_day_first(lib, librarian, tmp_path):
    path = _csv(tmp_path / "anggota.csv", [
        ["0000401", "Rina Wati", "0", "Umum", "", "", "", "", "0", "", "", "", "", "3/12/2019", "3/12/2019", "3/12/2027",
         "25/5/1990", ""]])
    result = member_import.import_members(lib, librarian, path)
    assert str(Member.get().registered_on) == "2019-12-03" and result.notices == []


def test_a_birth_date_that_can_only_be_month_first_tells_how_the_other_columns_are_written(lib, librarian, tmp_path):
    path = _csv(tmp_path / "anggota.csv", [
        ["0000401", "Rina Wati", "0", "Umum", "", "", "", "", "0", "", "", "", "", "3/12/2019", "3/12/2019", "3/12/2027",
         "8/17/1985", ""]])
    member_import.import_members(lib, librarian, path)
    assert (str(Member.get().registered_on), str(Member.get().birth_date)) == ("2019-03-12", "1985-08-17")


def test_a_card_number_excel_cut_in_a_number_cell_is_no_card_either(lib, librarian, tmp_path):
    # the list saved from Excel as a workbook: each NIK-long card a number cell of 15 digits and a 0 (...900001 is
    # ...900000). Siti came in twice; Bayu, whose card Excel cut to Budi's, was refused naming "member_id"
    from openpyxl import Workbook

    member_import.import_members(lib, librarian, _csv(tmp_path / "senayan_member_export.csv", [
        _row("3404014506900001", "Siti Aminah", "0", "1990-06-05")]))
    book = Workbook()
    book.active.append(["Nomor Anggota", "Nama Lengkap", "Jenis Kelamin", "Tanggal Lahir"])
    for row in ([3404014506900000, "Siti Aminah", "Perempuan", "05-06-1990"],
                [3404011708850000, "Budi Santoso", "Laki-laki", "17-08-1985"],
                [3404011708850000, "Bayu Santoso", "Laki-laki", "17-08-1985"]):
        book.active.append(row)
    book.save(tmp_path / "anggota.xlsx")
    result = member_import.import_members(lib, librarian, tmp_path / "anggota.xlsx")
    assert (result.add, result.bad) == (2, [])
    assert Member.select().where(Member.name == "Siti Aminah").count() == 1
    assert not Member.select().where(Member.number.endswith("0000")).exists()
    assert {row.params["column"] for row in result.set_aside} == {"Nomor Anggota"}


def test_two_people_under_one_card_are_named_by_the_sheets_own_header(lib, librarian, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["No. Anggota", "Nama"])
    book.active.append(["A-01", "Siti Aminah"])
    book.active.append(["A-01", "Budi Santoso"])
    book.save(tmp_path / "anggota.xlsx")
    result = member_import.import_members(lib, librarian, tmp_path / "anggota.xlsx")
    assert [row.line(lambda _context, text: text) for row in result.bad] == [
        "Row 3: No. Anggota A-01 is also Siti Aminah's, on row 2: two people under one number are never made one, so "
        "this row is left out. Give one of them another number and import the file again."]
