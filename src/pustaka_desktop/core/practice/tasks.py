"""Guided tasks of practice mode: each says what to do (with an example taken from the practice library),
notices from the practice library's own rows when the learner has done it, and marks it done.

Progress is kept per staff account in the practice library (setting ``practice_progress``) and carried
over when the practice library is made anew, so the librarian who trains the volunteers sees who has done
which task (``progress_table``).

A task counts what happened after (strictly) the learner started it (or, never started, after the practice session
began), so a task is never marked done by rows that were already there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import fn

from .. import auth
from ..errors import NotFound
from ..formatting import format_date
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store.clock import local_today
from ..store.models import AuditLog, CollectionType, FineEntry, Hold, Item, Loan, Member, Record, Staff, Visit
from .library import PROGRESS_KEY


def _lent(lib: Library, user: str, since: datetime) -> bool:
    return Loan.select().where((Loan.staff == user) & (Loan.loaned_at > since)).exists()


def _returned_late_and_fine_settled(lib: Library, user: str, since: datetime) -> bool:
    late = (Loan.select(Loan.id, Loan.member, Loan.due_on, Loan.returned_at)
            .where(Loan.returned_at > since).tuples())
    for _loan_id, member_id, due_on, returned_at in late:
        if returned_at.date() <= due_on:
            continue
        charged = FineEntry.select().where((FineEntry.member == member_id) & (FineEntry.kind == "charge")
                                           & (FineEntry.at > since))
        if not charged.exists():
            return True  # the library's rules charge no fine for it: returning it late is the task
        balance = (FineEntry.select(fn.SUM(FineEntry.amount)).where(
            (FineEntry.member == member_id) & (FineEntry.kind != "charge") & (FineEntry.at > since)).scalar() or 0)
        if balance > 0:
            return True
    return False


def _renewed(lib: Library, user: str, since: datetime) -> bool:
    return Loan.select().where((Loan.renewals > 0) & (Loan.updated_at > since)).exists()


def _registered(lib: Library, user: str, since: datetime) -> bool:
    return Member.select().where((Member.created_at > since) & (Member.deleted == False)).exists()  # noqa: E712


def _visitor(lib: Library, user: str, since: datetime) -> bool:
    return Visit.select().where(Visit.created_at > since).exists()


def _title_by_isbn(lib: Library, user: str, since: datetime) -> bool:
    return Record.select().where((Record.created_at > since) & (Record.isbn != "")).exists()


def _labels(lib: Library, user: str, since: datetime) -> bool:
    return AuditLog.select().where((AuditLog.action == "printing.labels") & (AuditLog.username == user)
                                   & (AuditLog.at > since)).exists()


def _free_member(today):
    """A member the desk lends to without a word: not the stand-ins of a moved-in library's borrowers, who may
    have a late book, an ended card or a fine (a new volunteer following the steps should not be refused)."""
    busy = Loan.select(Loan.member).where(Loan.returned_at.is_null())
    owing = FineEntry.select(FineEntry.member).distinct()
    return (Member.select().where((Member.deleted == False) & (Member.blocked == False)  # noqa: E712
                                  & (Member.expires_on >= today) & Member.id.not_in(busy) & Member.id.not_in(owing))
            .order_by(Member.id).first())


def _examples(lib: Library) -> dict[str, str]:
    """Real examples from the practice library, so the instructions name things that exist."""
    today = local_today(lib.clock)
    member = _free_member(today)
    reserved = Hold.select(Hold.record).where(Hold.status.in_(("waiting", "ready")))
    shelf = (Item.select().join(CollectionType)
             .where((Item.status == "available") & (Item.deleted == False) & CollectionType.loanable  # noqa: E712
                    & Item.record.not_in(reserved))
             .order_by(Item.id).first())
    late = (Loan.select().where(Loan.returned_at.is_null() & (Loan.due_on < today)).order_by(Loan.due_on).first())
    out = (Loan.select().join(Item).where(Loan.returned_at.is_null() & (Loan.due_on >= today) & (Loan.renewals == 0)
                                          & Item.record.not_in(reserved))
           .order_by(Loan.id).first())  # one the desk renews: never renewed, nobody waiting for it
    return {"member": member.number if member else "-", "copy": shelf.barcode if shelf else "-",
            "late_copy": late.item.barcode if late else "-", "due": format_date(late.due_on) if late else "-",
            "out_copy": out.item.barcode if out else "-"}


@dataclass(frozen=True)
class Task:
    key: str
    title: str  # English source, translated in context "PracticeTask"
    steps: str  # may name {member}, {copy}, {late_copy}, {due}, {out_copy}
    done_when: Callable[[Library, str, datetime], bool]
    permission: str  # what the real work needs (core.auth): a volunteer is not given a task they may not do


TASKS: tuple[Task, ...] = (
    Task("lend", QT_TRANSLATE_NOOP("PracticeTask", "Lend a book"),
         QT_TRANSLATE_NOOP("PracticeTask", "Open the Desk page (Ctrl+1). Scan or type a member number, for example "
                                           "{member}, press Enter, then scan or type the barcode of a copy on the "
                                           "shelf, for example {copy}, and press Enter."), _lent,
         "circulation.checkout"),
    Task("return_late", QT_TRANSLATE_NOOP("PracticeTask", "Return a late book and take the fine"),
         QT_TRANSLATE_NOOP("PracticeTask", "On the Desk page press F3 (Return) and scan the late copy {late_copy} "
                                           "(it was due {due}). If the desk shows a fine, take the payment for it."),
         _returned_late_and_fine_settled, "circulation.checkin"),
    Task("renew", QT_TRANSLATE_NOOP("PracticeTask", "Renew a loan"),
         QT_TRANSLATE_NOOP("PracticeTask", "On the Desk page press F4 (Renew) and scan a copy that is out, for "
                                           "example {out_copy}."), _renewed, "circulation.renew"),
    Task("register", QT_TRANSLATE_NOOP("PracticeTask", "Register a new member"),
         QT_TRANSLATE_NOOP("PracticeTask", "Open the Members page, choose New member, fill in the name, gender and "
                                           "birth date of a made-up person and save."), _registered,
         "members.register"),
    Task("visitor", QT_TRANSLATE_NOOP("PracticeTask", "Sign in a visitor"),
         QT_TRANSLATE_NOOP("PracticeTask", "Open the Visitor book page and sign in a guest (gender, age and "
                                           "purpose) or scan a member number, for example {member}."), _visitor,
         "visits.record"),
    Task("add_by_isbn", QT_TRANSLATE_NOOP("PracticeTask", "Add a new title by its ISBN"),
         QT_TRANSLATE_NOOP("PracticeTask", "Open the Catalogue page, choose New title, scan or type the ISBN from "
                                           "the back of a book, check the title and author, add a copy and save."),
         _title_by_isbn, "catalog.edit"),
    Task("labels", QT_TRANSLATE_NOOP("PracticeTask", "Print the labels of the new title"),
         QT_TRANSLATE_NOOP("PracticeTask", "Open the Printing page (or Save and print labels in the catalogue), "
                                           "choose spine or combined labels for the new copies and print or save "
                                           "the PDF."), _labels, "printing.print"),
)
BY_KEY = {task.key: task for task in TASKS}


@dataclass(frozen=True)
class TaskState:
    task: Task
    started: str  # ISO time, "" when not started
    done: str  # ISO time, "" when not done


def _progress() -> dict[str, dict[str, dict[str, str]]]:
    return get_setting(PROGRESS_KEY, {}) or {}


def _task(key: str) -> Task:
    if key not in BY_KEY:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no practice task {task}."), task=key)
    return BY_KEY[key]


def tasks_for(username: str) -> tuple[Task, ...]:
    """The tasks this account may do for real: a volunteer (no cataloguing, no printing) is not shown two
    tasks they could never finish. An account unknown here gets them all."""
    staff = Staff.get_or_none(Staff.username == username)
    if staff is None:
        return TASKS
    return tuple(task for task in TASKS if auth.allowed(staff, task.permission))


def states(lib: Library, username: str) -> list[TaskState]:
    mine = _progress().get(username, {})
    return [TaskState(t, mine.get(t.key, {}).get("started", ""), mine.get(t.key, {}).get("done", ""))
            for t in tasks_for(username)]


def start(lib: Library, username: str, key: str) -> None:
    """The learner begins a task: what they do from now on counts for it."""
    _task(key)
    progress = _progress()
    entry = progress.setdefault(username, {}).setdefault(key, {})
    if not entry.get("done"):
        entry["started"] = lib.clock.now().isoformat()
        set_setting(PROGRESS_KEY, progress)


def begin_session(lib: Library, username: str) -> None:
    """Opening practice starts every task not started yet, so a learner who just tries things is noticed."""
    progress = _progress()
    mine = progress.setdefault(username, {})
    now = lib.clock.now().isoformat()
    changed = False
    for task in tasks_for(username):
        entry = mine.setdefault(task.key, {})
        if not entry.get("started") and not entry.get("done"):
            entry["started"] = now
            changed = True
    if changed:
        set_setting(PROGRESS_KEY, progress)


def refresh(lib: Library, username: str) -> list[Task]:
    """Check the started tasks against what happened; mark and return the ones just done."""
    progress = _progress()
    mine = progress.get(username, {})
    finished = []
    for task in tasks_for(username):
        entry = mine.get(task.key, {})
        if entry.get("done") or not entry.get("started"):
            continue
        since = datetime.fromisoformat(entry["started"])
        if task.done_when(lib, username, since):
            entry["done"] = lib.clock.now().isoformat()
            finished.append(task)
    if finished:
        set_setting(PROGRESS_KEY, progress)
    return finished


def instructions(lib: Library, task: Task, translate: Callable[[str, str], str]) -> str:
    return translate("PracticeTask", task.steps).format(**_examples(lib))


def progress_table(progress: dict[str, Any]) -> list[tuple[str, int, list[str]]]:
    """(staff account, tasks done, keys of the tasks done) for the trainer's list."""
    rows = []
    for username, tasks in sorted((progress or {}).items()):
        done = [key for key in BY_KEY if tasks.get(key, {}).get("done")]
        rows.append((username, len(done), done))
    return rows
