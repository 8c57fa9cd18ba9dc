"""Issue #12, "Moving in without loss", for the visitor book of INLISLite's own backup (``memberguesses``): its
visits come in with the visitor-book import, as INLISLite's guest-book report would bring them, so this year's
reports count the months before the move."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import inlislite_backup_visits, member_import, visit_sheets, visit_values
from pustaka_desktop.core.store.models import Member, Visit
from tests.core import inlislite_backup_sample as sample


def test_the_backups_visitor_book_comes_in_with_its_members_and_purposes(lib, librarian, tmp_path):
    dump = sample.write(tmp_path / "inlislite_2026_03_01.sql")
    member_import.import_members(lib, librarian, dump)
    plan = visit_sheets.import_visit_book(lib, librarian, dump)
    assert (plan.visits, plan.member_visits, plan.bad) == (3, 1, [])
    budi, siti, rina = Visit.select().order_by(Visit.at)
    assert (budi.name, budi.gender, budi.occupation, budi.purpose, budi.member) == (
        "Budi Santoso", "M", "Petani", "read", None)
    assert (siti.member.id, siti.purpose) == (Member.get(Member.number == "AG-0001").id, "borrow")
    assert (rina.gender, rina.purpose) == ("F", "internet")
    # what the book here has no place for is named, once
    unkept = next(n.params["columns"] for n in plan.notices if n.template == visit_values.NOT_KEPT)
    assert {"Pendidikan Terakhir", "Lokasi Ruang", "Keterangan"} <= set(unkept.split(", "))
    again = visit_sheets.import_visit_book(lib, librarian, dump)
    assert (again.visits, again.unchanged) == (0, 3)


def test_a_backup_without_its_visitor_book_says_so(lib, librarian, tmp_path):
    data = sample.tables()
    del data["memberguesses"]
    with pytest.raises(ValidationError) as refused:
        visit_sheets.import_visit_book(lib, librarian, sample.write(tmp_path / "backup.sql", data))
    assert refused.value.template == inlislite_backup_visits.NO_VISITS and Visit.select().count() == 0
