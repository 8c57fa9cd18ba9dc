"""SLiMS 9's Reporting → Member List → "Export to spreadsheet" (``member_list.xlsx``, read from slims/slims9_bulian
``reporting/customs/member_list.php`` and ``spreadsheet.php``): the columns of its ``xlsquery`` in SLiMS's language,
``ID Anggota | Nama Anggota | Tipe Keanggotaan`` (English: ``Member ID | Member Name | Membership Type``). Its member
type was not read (kept in the notes) and the English one refused; a member list naming no type gave every new member
the library's first type without a word."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.interop import member_import, member_plan
from pustaka_desktop.core.store.models import Member


def _english(_context, text):
    return text


def _member_list(path, headers, rows):
    book = Workbook()
    book.active.append(headers)
    for row in rows:  # (PhpSpreadsheet's fromArray: a number without a 0 in front is a number)
        book.active.append(row)
    book.save(path)
    return path


ROWS = [["0000125", "Sri Wahyuni", "Pelajar"], [3404014506900009, "Joko Susilo", "Umum"],
        ["0000126", "Ngatini", "Lembaga"]]


def test_slims_member_list_gives_each_member_their_type_in_either_language(lib, librarian, tmp_path):
    for headers, name in ((["ID Anggota", "Nama Anggota", "Tipe Keanggotaan"], "member_list.xlsx"),
                          (["Member ID", "Member Name", "Membership Type"], "member_list (1).xlsx")):
        path = _member_list(tmp_path / name, headers, ROWS)
        result = member_import.import_members(lib, librarian, path)
        assert result.bad == [] and result.untyped == 0
        types = {m.number: (m.name, m.member_type.name, m.notes) for m in Member.select()}
        assert types == {"0000125": ("Sri Wahyuni", "Pelajar", ""), "3404014506900009": ("Joko Susilo", "Umum", ""),
                         "0000126": ("Ngatini", "Lembaga", "")}
    assert (result.add, result.update, result.unchanged) == (0, 0, 3)  # (the English file: the same members)


def test_a_list_without_member_types_says_which_type_its_new_members_get(lib, librarian, tmp_path):
    path = _member_list(tmp_path / "warga.xlsx", ["Nama", "No. HP"], [["Pak Darmo", "081211112222"],
                                                                     ["Bu Sri", "081233334444"]])
    result = member_import.import_members(lib, librarian, path)
    given = {m.member_type.name for m in Member.select()}
    assert result.untyped == 2 and len(given) == 1
    said = [line for line in result.notes(_english) if "no member type" in line]
    assert said == [member_plan.UNTYPED.format(count="2", type=given.pop())]
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.untyped) == (0, 0)  # (members already here keep theirs: nothing to say)
