"""A member list that names no type (most hand-kept lists): its members came in as the library's first type, which in
the types a new library starts with is Anak-anak, children's, with 2 books for 7 days, for a village's adults. They
come in as the general public's type (Umum) where the library has one, said as before (``member_plan.UNTYPED``)."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.interop import member_import
from pustaka_desktop.core.store import write
from pustaka_desktop.core.store.models import Member, MemberType


def _list(path):
    book = Workbook()
    for row in (["No", "Nama", "Alamat"], [1, "Siti Aminah", "Dusun Krajan"], [2, "Budi Santoso", "Dusun Wetan"]):
        book.active.append(row)
    book.save(path)
    return path


def test_a_list_without_types_brings_the_general_public_not_children(lib, librarian, tmp_path):
    assert MemberType.select().order_by(MemberType.id).first().name == "Anak-anak"  # (the first a library has)
    result = member_import.import_members(lib, librarian, _list(tmp_path / "anggota.xlsx"))
    assert {m.member_type.name for m in Member.select()} == {"Umum"}
    assert (result.untyped, result.untyped_as) == (2, "Umum")  # (and said, with its loan terms: member_plan.UNTYPED)


def test_a_library_without_a_general_type_gives_its_first(lib, librarian, tmp_path):
    umum = MemberType.get(MemberType.name == "Umum")
    write.update(lib, umum, name="Warga Desa")  # (a type of its own naming: none is taken as the public's)
    member_import.import_members(lib, librarian, _list(tmp_path / "anggota.xlsx"))
    assert {m.member_type.name for m in Member.select()} == {"Anak-anak"}
