"""The overdue letter goes to the member's home: its address line is the address with the RT/RW and village the
member form keeps in fields of their own ("Kp. Cikaret RT 05/RW 03, Desa Cibeureum"). It printed "Kp. Cikaret" alone,
a hamlet of many RTs, in a village the letter did not name."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.circulation import overdue
from pustaka_desktop.core.community.members import home_address
from pustaka_desktop.core.printing import overdue_letters
from tests.pdf_text import pdf_text

from .circ_helpers import book, member


@pytest.mark.parametrize(("address", "rt_rw", "village", "written"), [
    ("Kp. Cikaret", "05/03", "Cibeureum", "Kp. Cikaret RT 05/RW 03, Desa Cibeureum"),
    ("Kp. Cikaret RT 05/RW 03", "05/03", "Cibeureum", "Kp. Cikaret RT 05/RW 03, Desa Cibeureum"),  # (said once)
    ("Jl. Merdeka 5, Desa Sukamaju", "", "Sukamaju", "Jl. Merdeka 5, Desa Sukamaju"),
    ("Dusun Krajan", "", "Kel. Cigadung", "Dusun Krajan, Kel. Cigadung"),  # (no "Desa Kel.")
    ("Kp. Pasir", "", "Pasir Jaya", "Kp. Pasir, Desa Pasir Jaya"),  # (a hamlet's name in the village's is not it)
    ("", "01/02", "", "RT 01/RW 02"),
    ("Kp. Babakan", "", "", "Kp. Babakan"),
])
def test_the_home_address_joins_rt_rw_and_village_once(address, rt_rw, village, written):
    assert home_address(address, rt_rw, village) == written


def test_the_overdue_letter_names_the_rt_rw_and_village(lib, clock, volunteer, librarian, tmp_path):
    borrower = member(lib, volunteer, address="Kp. Cikaret", rt_rw="05/03", village="Cibeureum")
    [copy] = book(lib, "Sang Pemimpi")
    circulation.checkout(lib, volunteer, borrower, copy.barcode)
    clock.set("2026-03-20T10:00:00+07:00")
    [entry] = overdue.overdue_by_member(lib)
    assert entry.address == "Kp. Cikaret RT 05/RW 03, Desa Cibeureum"
    path = tmp_path / "surat.pdf"
    assert overdue_letters.write_letters(lib, librarian, path) == 1
    assert "Kp. Cikaret RT 05/RW 03, Desa Cibeureum" in pdf_text(path)
