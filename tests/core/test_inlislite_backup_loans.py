"""Issue #12, "Moving in without loss": the loans of INLISLite's own backup (``collectionloanitems``) come in with the
loans import after its catalogue and members, as INLISLite's loan report would bring them: the books still out are
out here, to the same members, due the same day; the loans returned before are history; what cannot come in is said."""

from __future__ import annotations

import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import (
    importer,
    inlislite_backup,
    inlislite_backup_loans,
    loan_lists,
    member_import,
)
from pustaka_desktop.core.store.models import Item, Loan, Member
from tests.core import inlislite_backup_sample as sample


def _moved_in(lib, librarian, dump) -> None:
    importer.import_file(lib, librarian, "inlislite-sql", dump)
    member_import.import_members(lib, librarian, dump)


def test_the_books_still_out_are_out_to_the_same_members(lib, librarian, tmp_path):
    dump = sample.write(tmp_path / "backup.sql")
    _moved_in(lib, librarian, dump)
    result = loan_lists.import_loans(lib, librarian, dump)
    assert (result.loans_out, result.returned, result.overdue) == (2, 1, 1)
    siti, budi = Member.get(Member.number == "AG-0001"), Member.get(Member.number == "AG-0002")
    out = {loan.item.barcode: loan for loan in Loan.select().where(Loan.returned_at.is_null())}
    assert set(out) == {"00001", "00002"}
    assert (out["00002"].member_id, str(out["00002"].due_on)) == (siti.id, "2026-03-05")
    assert (out["00001"].member_id, str(out["00001"].due_on)) == (budi.id, "2026-02-27")
    assert Item.get(Item.barcode == "00002").status == "on_loan" and Item.get(Item.barcode == "00001").status == "on_loan"
    back = Loan.get(Loan.returned_at.is_null(False))
    assert (back.item.barcode, back.member_id, back.loaned_at.date().isoformat()) == ("00003", siti.id, "2019-04-10")
    # a loan whose member or copy INLISLite deleted: left out, said, with INLISLite's ids
    said = {bad.template: bad.params for bad in result.bad}
    assert said[inlislite_backup_loans.NO_MEMBER] == {"code": "00003", "member": "77"}
    assert said[inlislite_backup_loans.NO_COPY] == {"number": "AG-0002", "copy": "999"}
    assert len(result.bad) == 2 and all(bad.row > 1 for bad in result.bad)


def test_a_second_import_of_the_loans_adds_nothing(lib, librarian, tmp_path):
    dump = sample.write(tmp_path / "backup.sql")
    _moved_in(lib, librarian, dump)
    loan_lists.import_loans(lib, librarian, dump)
    again = loan_lists.import_loans(lib, librarian, dump)
    assert (again.loans_out, again.returned, again.unchanged) == (0, 0, 3)
    assert Loan.select().count() == 3


def test_loans_before_the_members_are_left_out_and_said(lib, librarian, tmp_path):
    dump = sample.write(tmp_path / "backup.sql")
    importer.import_file(lib, librarian, "inlislite-sql", dump)
    result = loan_lists.import_loans(lib, librarian, dump)
    assert (result.loans_out, len(result.bad), result.returned_missing) == (0, 5, 1)
    assert Loan.select().count() == 0 and any(bad.params.get("number") == "AG-0001" for bad in result.bad)


def test_a_backup_without_loans_is_refused_whole(lib, librarian, tmp_path):
    data = {name: rows for name, rows in sample.tables().items() if name != "collectionloanitems"}
    with pytest.raises(ValidationError) as refused:
        loan_lists.import_loans(lib, librarian, sample.write(tmp_path / "backup.sql", data))
    assert refused.value.template == inlislite_backup_loans.NO_LOANS


def test_the_catalogue_import_says_how_members_and_loans_come_in(lib, librarian, tmp_path):
    plan = importer.import_file(lib, librarian, "inlislite-sql", sample.write(tmp_path / "backup.sql"))
    said = "\n".join(notice.line() for notice in plan.notices)
    assert "members-import" in said and "loans-import" in said and "not imported from its backup" not in said
    assert inlislite_backup.OUT_ON_LOAN in {notice.template for notice in plan.notices}


def test_the_cli_imports_the_backups_loans(tmp_path, capsys, monkeypatch):
    dump = sample.write(tmp_path / "backup.sql")
    db = str(tmp_path / "baru.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "Baru", "--library-code", "BR",
                     "--librarian", "budi", "--password", "rahasia1"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    run = ["--lang", "en", "--db", db, "--user", "budi"]
    assert cli_main([*run, "import", "inlislite-sql", str(dump)]) == 0
    assert cli_main([*run, "members-import", str(dump)]) == 0
    capsys.readouterr()
    code = cli_main([*run, "loans-import", str(dump)])
    out = capsys.readouterr().out
    assert "2 loan(s) still out and 1 returned loan(s)" in out and "member 77" in out
    assert code == 2  # (rows left out: said by the exit code too)
