"""Practice mode keeps the real library untouched: its own file, no personal data copied, refused by
sync, invisible to the real reports; guided tasks notice what the learner did."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from pustaka_desktop.cli import main as cli
from pustaka_desktop.core import auth
from pustaka_desktop.core.circulation import fines, loans
from pustaka_desktop.core.community import members, visits
from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.practice import library as practice
from pustaka_desktop.core.practice import tasks
from pustaka_desktop.core.reports import figures, parse_period
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Item, Loan, Member, Record
from pustaka_desktop.core.sync import enrolment, export


def _real_library(lib, librarian, clock) -> list[Item]:
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    items = []
    for n in range(12):
        record = store.insert(lib, Record, title=f"Laskar Pelangi {n}", isbn="")
        items.append(store.insert(lib, Item, record=record, barcode=f"UJI{n:06d}", collection_type=ctype))
    rina = members.register(lib, librarian, name="Rina Wulandari", member_type="Umum", phone="081234567890",
                            nik="3204055501900001")
    loans.checkout(lib, librarian, rina, items[0].barcode)
    return items


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def practice_lib(lib, librarian, clock):
    _real_library(lib, librarian, clock)
    lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = practice.create(lib.path, clock)
    lib.close()
    plib = Library.open(path, clock)
    yield plib
    plib.close()
    lib.activate()


def test_practice_copies_the_catalogue_but_no_person_and_no_event(lib, practice_lib):
    assert practice.is_practice(practice_lib)
    assert Record.select().count() == 12
    names = [m.name for m in Member.select()]
    # the made-up members, and a made-up stand-in for Rina, whose book is still out
    assert len(names) == practice.PRACTICE_MEMBERS + 1 and all(name.endswith("(latihan)") for name in names)
    assert not Member.select().where(Member.nik == "3204055501900001").exists()
    # no page of the file still holds the real member's name, even deleted ones
    assert b"Rina Wulandari" not in practice_lib.path.read_bytes()
    assert "LATIHAN" in practice_lib.profile.name
    # loans are made-up ones, each after its member registered; about half are late
    out = list(Loan.select())
    assert out and all(loan.loaned_at.date() >= loan.member.registered_on for loan in out)
    assert any(loan.due_on < practice_lib.clock.now().date() for loan in out)


def test_a_loan_in_practice_leaves_the_real_file_byte_for_byte(lib, librarian, clock, tmp_path):
    _real_library(lib, librarian, clock)
    real_path = lib.path
    lib.close()
    before = _digest(real_path)
    plib = practice.open_practice(real_path, clock)
    try:
        learner = auth.login(plib, "pustakawan", "rahasia1")  # staff accounts come along
        member = Member.select().first()
        shelf = Item.select().where(Item.status == "available").first()
        loans.checkout(plib, learner, member, shelf.barcode)
        loans.checkin(plib, learner, shelf.barcode)
    finally:
        plib.close()
    assert _digest(real_path) == before
    wal = real_path.with_name(real_path.name + "-wal")  # reading the file may leave an empty log beside it
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_practice_library_refuses_enrolment_and_bundle_export(practice_lib, tmp_path):
    learner = auth.login(practice_lib, "pustakawan", "rahasia1")
    with pytest.raises(Refused) as refused:
        enrolment.make_request(practice_lib, learner, tmp_path / "req.json")
    assert refused.value.reason == "practice"
    with pytest.raises(Refused):
        export.export_bundle(practice_lib, learner, "DIN", tmp_path)
    assert not (tmp_path / "req.json").exists() and not list(tmp_path.glob("*.zip"))


def test_the_real_reports_do_not_count_practice(lib, librarian, clock):
    _real_library(lib, librarian, clock)
    period = parse_period(clock.now().strftime("%Y-%m"))
    real_loans = figures.loans(lib, period)
    real_visits = figures.visits(lib, period)
    real_path = lib.path
    lib.close()
    plib = practice.open_practice(real_path, clock)
    learner = auth.login(plib, "pustakawan", "rahasia1")
    for item in Item.select().where(Item.status == "available").limit(2):
        loans.checkout(plib, learner, Member.select().first(), item.barcode)
    visits.record_guest(plib, learner, gender="F", age_band="19-35", purpose="read")
    plib.close()
    real = Library.open(real_path, clock)
    try:
        assert figures.loans(real, period) == real_loans
        assert figures.visits(real, period) == real_visits
        assert Loan.select().count() == 1 and Member.select().count() == 1
    finally:
        real.close()


def test_guided_tasks_notice_what_was_done_after_they_started(practice_lib, clock):
    learner = auth.login(practice_lib, "pustakawan", "rahasia1")
    tasks.begin_session(practice_lib, learner.username)
    assert tasks.refresh(practice_lib, learner.username) == []  # the made-up loans were there before
    clock.advance(minutes=1)
    member = Member.select().first()
    shelf = Item.select().where(Item.status == "available").first()
    loans.checkout(practice_lib, learner, member, shelf.barcode)
    done = tasks.refresh(practice_lib, learner.username)
    assert [t.key for t in done] == ["lend"]
    late = Loan.select().where(Loan.returned_at.is_null() & (Loan.due_on < clock.now().date())).first()
    loans.checkin(practice_lib, learner, late.item.barcode)
    owed = fines.balance(practice_lib, late.member)
    if owed:  # the fine is part of the task: not done until it is taken
        assert tasks.refresh(practice_lib, learner.username) == []
        fines.pay(practice_lib, learner, late.member, owed)
    assert "return_late" in [t.key for t in tasks.refresh(practice_lib, learner.username)]
    states = {s.task.key: s for s in tasks.states(practice_lib, learner.username)}
    assert states["lend"].done and states["return_late"].done and not states["register"].done
    text = tasks.instructions(practice_lib, tasks.BY_KEY["lend"], lambda context, source: source)
    assert member.number.split("-")[0] in text and "{" not in text


def test_progress_survives_a_reset_and_the_trainer_sees_it(lib, librarian, clock):
    _real_library(lib, librarian, clock)
    real_path = lib.path
    lib.close()
    plib = practice.open_practice(real_path, clock)
    tasks.begin_session(plib, "pustakawan")
    clock.advance(minutes=1)
    learner = auth.login(plib, "pustakawan", "rahasia1")
    members.register(plib, learner, name="Budi Latihan", member_type="Umum")
    assert [t.key for t in tasks.refresh(plib, "pustakawan")] == ["register"]
    plib.close()
    practice.create(real_path, clock)  # the reset
    state = practice.status(real_path)
    assert state.exists and state.members == practice.PRACTICE_MEMBERS + 1  # and Rina's stand-in
    assert tasks.progress_table(state.progress) == [("pustakawan", 1, ["register"])]


def test_cli_practice_create_status_and_refusals(lib, librarian, clock, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    _real_library(lib, librarian, clock)
    path = str(lib.path)
    lib.close()
    assert cli(["--db", path, "practice", "create"]) == 0
    assert "Practice library ready" in capsys.readouterr().out
    assert cli(["--db", path, "practice", "status"]) == 0
    assert "12 titles" in capsys.readouterr().out
    latihan = str(practice.practice_path(path))
    assert cli(["--db", latihan, "practice", "reset"]) == 1  # not from inside the practice library
    assert cli(["--db", latihan, "sync", "enrol-request", "-o", str(lib.path.parent / "r.json")]) == 1
    assert "practice library" in capsys.readouterr().err
    conn = sqlite3.connect(latihan)
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
    conn.close()
