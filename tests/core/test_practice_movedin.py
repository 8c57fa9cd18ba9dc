"""Practice mode the day after a library moved in from SLiMS: the practice library looks like the real desk
(the books still out, the fines owed, the reservations, the review list) with no real person in it, a practice
library made before the move-in is made anew, and nothing practised reaches the real file."""

from __future__ import annotations

import hashlib

import pytest

from pustaka_desktop.cli import main as cli
from pustaka_desktop.core import auth
from pustaka_desktop.core.circulation import fines, holds, loans
from pustaka_desktop.core.community import members, visits
from pustaka_desktop.core.interop import importer, member_import, slims_history
from pustaka_desktop.core.practice import library as practice
from pustaka_desktop.core.practice import tasks
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Hold, Item, Loan, Member, Record, ReviewFlag
from tests.core import interop_fixtures
from tests.core.test_interop_slims_backup import write_dump
from tests.core.test_interop_slims_history import _history

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _move_in(lib, by, dump) -> None:
    """As the librarian does on moving day: the SLiMS backup's catalogue, members, then loans and fines."""
    importer.import_slims_backup(lib, by, dump)
    member_import.import_members(lib, by, dump)
    slims_history.import_history(lib, by, dump)


@pytest.fixture
def moved_in(tmp_path, empty_lib_factory):
    lib, by = empty_lib_factory("DESA")
    _move_in(lib, by, write_dump(tmp_path / "backup_20260301_170000.sql", extra=_history()))
    lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return lib, by


def _open_practice(lib, clock):
    real = lib.path
    lib.close()
    return real, practice.open_practice(real, clock)


def test_practice_keeps_the_books_still_out_fines_and_reservations_with_made_up_borrowers(moved_in, clock):
    real_lib, _by = moved_in
    with real_lib.bound():
        out = {(loan.item.barcode, loan.due_on, loan.renewals) for loan in Loan.select().where(Loan.returned_at.is_null())}
        owed = {m.number: fines.balance(real_lib, m) for m in Member.select()}
        holds = {(h.record.title, h.status) for h in Hold.select().where(Hold.status.in_(("waiting", "ready")))}
        on_hold = {i.barcode for i in Item.select().where(Item.status == "on_hold")}
        flags = ReviewFlag.select().where(ReviewFlag.resolved_at.is_null()).count()
    assert out and holds and on_hold and flags and any(owed.values())
    _real, plib = _open_practice(real_lib, clock)
    try:
        kept = {(loan.item.barcode, loan.due_on, loan.renewals) for loan in Loan.select().where(Loan.staff != "latihan")}
        assert kept == out  # the imported loans, on the same copies, due the same day
        assert {(h.record.title, h.status) for h in Hold.select()} == holds
        assert {i.barcode for i in Item.select().where(Item.status == "on_hold")} == on_hold
        balances = [fines.balance(plib, m) for m in Member.select()]
        assert sorted(v for v in balances if v) == sorted(v for v in owed.values() if v)
        assert ReviewFlag.select().where(ReviewFlag.resolved_at.is_null()).count() == flags
        # the borrowers are made-up stand-ins: no real name, card, phone, address, NIK or note survives
        borrowers = list(Member.select().where(Member.id.in_(Loan.select(Loan.member))))
        assert borrowers and all(m.name.endswith("(latihan)") for m in borrowers)
        assert not Member.select().where(Member.number.in_(["M001", "M002"])).exists()
        data = plib.path.read_bytes()
        for personal in (b"Siti Aminah", b"3204051234567890", b"081234567890", b"Jl. Mawar", b"Kartu hilang"):
            assert personal not in data
    finally:
        plib.close()


def test_a_volunteer_returns_an_imported_loan_pays_its_fine_and_the_real_file_is_untouched(moved_in, clock):
    real_lib, by = moved_in
    auth.add_staff(real_lib, by, "relawan", "relawan1", auth.VOLUNTEER, full_name="Relawan Baru")
    real_lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    real, plib = _open_practice(real_lib, clock)
    before = _digest(real)
    try:
        tasks.begin_session(plib, "relawan")
        clock.advance(minutes=1)
        volunteer = auth.login(plib, "relawan", "relawan1")
        returned = loans.checkin(plib, volunteer, "B0001")  # brought from SLiMS, due 27 February: late
        member = returned.loan.member
        assert fines.balance(plib, member) > 0
        fines.pay(plib, volunteer, member, fines.balance(plib, member))
        members.register(plib, volunteer, name="Ani Latihan", member_type="Umum")
        assert returned.hold is not None  # Budi's stand-in waits for that title: it goes to the hold shelf
        assert Hold.get((Hold.status == "ready") & (Hold.item == returned.item)).member.name.endswith("(latihan)")
        visits.record_guest(plib, volunteer, gender="F", age_band="19-35", purpose="read")
        done = {task.key for task in tasks.refresh(plib, "relawan")}
        assert {"return_late", "register", "visitor"} <= done
    finally:
        plib.close()
    assert _digest(real) == before


def test_a_practice_library_made_before_the_move_in_is_made_anew_with_the_real_catalogue(
        tmp_path, empty_lib_factory, clock):
    real_lib, by = empty_lib_factory("DESA")
    real_lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    real, plib = _open_practice(real_lib, clock)  # the volunteer tried it while the catalogue was empty
    tasks.begin_session(plib, "lain")
    clock.advance(minutes=1)
    members.register(plib, auth.login(plib, "lain", "rahasia1"), name="Coba Dulu", member_type="Umum")
    assert [t.key for t in tasks.refresh(plib, "lain")] == ["register"]
    demo_titles = Record.select().count()
    plib.close()
    real_lib.activate()
    _move_in(real_lib, by, write_dump(tmp_path / "backup.sql", extra=_history()))
    _real, plib = _open_practice(real_lib, clock)  # the next day, after the move-in
    try:
        titles = {r.title for r in Record.select()}
        assert len(titles) == 4 and "Laskar Pelangi" in titles and demo_titles > 4
        assert Loan.select().join(Item).where(Item.barcode == "B0001").exists()
        assert tasks.progress_table(practice.status(real).progress) == [("lain", 1, ["register"])]
    finally:
        plib.close()


def test_a_new_import_makes_the_practice_library_anew_and_nothing_else_does(moved_in, tmp_path, clock, capsys,
                                                                            monkeypatch):
    real_lib, by = moved_in
    real, plib = _open_practice(real_lib, clock)
    members.register(plib, auth.login(plib, "lain", "rahasia1"), name="Latihan Tetap", member_type="Umum")
    plib.close()
    plib = practice.open_practice(real, clock)  # nothing imported since: the volunteer's practice stays
    assert Member.select().where(Member.name == "Latihan Tetap").exists()
    plib.close()
    real_lib.activate()
    member_import.import_members(real_lib, by, write_dump(tmp_path / "again.sql", extra=_history()))
    real_lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    real_lib.close()
    assert practice.is_stale(real)
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    assert cli(["--db", str(real), "practice", "create"]) == 0  # made anew, not "already exists"
    assert "Practice library ready" in capsys.readouterr().out
    assert not practice.is_stale(real)


def test_the_lend_task_names_a_member_and_a_copy_that_can_be_lent(moved_in, clock):
    real_lib, _by = moved_in
    with real_lib.bound():  # the first books catalogued by hand after the move-in
        shelf = CollectionType.get(CollectionType.loanable == True)  # noqa: E712
        for n in range(6):
            record = store.insert(real_lib, Record, title=f"Buku Baru {n}", isbn="")
            store.insert(real_lib, Item, record=record, barcode=f"BARU{n:03d}", collection_type=shelf)
    real_lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _real, plib = _open_practice(real_lib, clock)
    try:
        example = tasks._examples(plib)
        learner = auth.login(plib, "lain", "rahasia1")
        # the stand-ins of the move-in (late books, an expired card, fines) and its reference copies would refuse
        loans.checkout(plib, learner, example["member"], example["copy"])
    finally:
        plib.close()



def test_the_renew_task_names_a_loan_the_desk_renews(moved_in, clock):
    real_lib, by = moved_in
    with real_lib.bound():  # the day after the move-in: Ani borrows a new book, and Dewi reserves it
        shelf = CollectionType.get(CollectionType.loanable == True)  # noqa: E712
        record = store.insert(real_lib, Record, title="Buku Baru", isbn="")
        store.insert(real_lib, Item, record=record, barcode="BARU001", collection_type=shelf)
        for n in range(8):  # and the books catalogued by hand since, some lent in practice
            other = store.insert(real_lib, Record, title=f"Buku Lain {n}", isbn="")
            store.insert(real_lib, Item, record=other, barcode=f"LAIN{n:03d}", collection_type=shelf)
        ani = members.register(real_lib, by, name="Ani Rahayu", member_type="Umum")
        dewi = members.register(real_lib, by, name="Dewi Lestari", member_type="Umum")
        loans.checkout(real_lib, by, ani, "BARU001")
        holds.place_hold(real_lib, by, dewi, record)
    real_lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _real, plib = _open_practice(real_lib, clock)
    try:
        example = tasks._examples(plib)
        assert example["out_copy"] != "BARU001"  # Dewi's stand-in waits for it: the desk would refuse
        loans.renew(plib, auth.login(plib, "lain", "rahasia1"), example["out_copy"])
    finally:
        plib.close()
