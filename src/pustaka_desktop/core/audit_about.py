"""What an audit log entry is about, and who wrote it, as people know them: the log keeps ids (a member's
or a copy's uid, an account's user name); the audit page and `pustaka-cli audit` show "0012 Siti Aminah",
"SKM000011 “Laskar Pelangi”" and "Sari Wulandari (sari)" instead. Looked up in bulk, one query per kind
of thing on a page of entries; a deleted member or copy is still named (its row stays, as a tombstone).
Also the stored side of the page's search (``audit_search`` adds the words the page shows): a copy's barcode or
a member's number or name finds the entries about it, and the entries that mention it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .formatting import format_datetime
from .store.batches import parts
from .store.models import (
    AuditLog,
    Hold,
    Holiday,
    Item,
    Loan,
    Member,
    Participant,
    Program,
    ProgramSession,
    Record,
    Staff,
)

PATRON = "patron:"


def _member(member: Member) -> str:
    return f"{member.number} {member.name}".strip()


def _copy(item: Item) -> str:
    return f"{item.barcode} “{item.record.title}”"


def _program_session(session: ProgramSession) -> str:
    return f"{session.program.name}, {format_datetime(session.starts_at)}"


def _participant(person: Participant) -> str:
    name = person.name or (person.member.name if person.member_id else "")
    return f"{name}, {person.program.name}" if name else person.program.name


# entity kind -> (how to fetch rows by uid, how to name one)
_KINDS: dict[str, tuple[Callable[[list[str]], Iterable[Any]], Callable[[Any], str]]] = {
    "member": (lambda uids: Member.select().where(Member.uid.in_(uids)), _member),
    "item": (lambda uids: Item.select(Item, Record).join(Record).where(Item.uid.in_(uids)), _copy),
    "loan": (lambda uids: Loan.select().where(Loan.uid.in_(uids)),
             lambda loan: f"{_copy(loan.item)} — {_member(loan.member)}"),
    "record": (lambda uids: Record.select().where(Record.uid.in_(uids)), lambda record: f"“{record.title}”"),
    "hold": (lambda uids: Hold.select().where(Hold.uid.in_(uids)),
             lambda hold: f"“{hold.record.title}” — {_member(hold.member)}"),
    "program": (lambda uids: Program.select().where(Program.uid.in_(uids)), lambda program: program.name),
    "program_session": (lambda uids: ProgramSession.select().where(ProgramSession.uid.in_(uids)), _program_session),
    "participant": (lambda uids: Participant.select().where(Participant.uid.in_(uids)), _participant),
    "holiday": (lambda uids: Holiday.select().where(Holiday.uid.in_(uids)), lambda holiday: holiday.name),
}


def subjects(entries: Iterable[Any]) -> dict[tuple[str, str], str]:
    """(entity, entity_uid) -> what it is, in words, for the entries given (anything with ``entity`` and
    ``entity_uid``). A thing not found (or of a kind not looked up) is left out."""
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        if entry.entity in _KINDS and entry.entity_uid:
            wanted.setdefault(entry.entity, set()).add(entry.entity_uid)
    found: dict[tuple[str, str], str] = {}
    for kind, uids in wanted.items():
        fetch, name = _KINDS[kind]
        listed = sorted(uids)
        for part in parts(listed):
            for row in fetch(part):
                found[(kind, row.uid)] = name(row)
    return found


def subject_of(entity: str, entity_uid: str, known: dict[tuple[str, str], str], people: dict[str, str]) -> str:
    """The entry's "About" text: the thing named, a staff account by its full name, else its id when it
    means something to a person (a stock-take's number, a library's code), never a uid."""
    if (entity, entity_uid) in known:
        return known[(entity, entity_uid)]
    if entity == "staff" and people.get(entity_uid):
        return f"{people[entity_uid]} ({entity_uid})"
    if entity in _KINDS or (len(entity_uid) == 36 and entity_uid.count("-") == 4):
        return ""
    return entity_uid


def people(usernames: Iterable[str]) -> dict[str, str]:
    """User name -> full name, for staff accounts, and "patron:NUMBER" -> the member's name (a member
    acting on the web catalogue), for ``audit_names.actor_name``."""
    names = {u: n for u, n in Staff.select(Staff.username, Staff.full_name).tuples() if n}
    numbers = [u[len(PATRON):] for u in usernames if u.startswith(PATRON) and u != PATRON + "?"]
    for part in parts(numbers):
        for number, name in Member.select(Member.number, Member.name).where(Member.number.in_(part)).tuples():
            names[PATRON + number] = name
    return names


def matching(text: str):
    """Entries about, or mentioning, what a person typed: a copy's barcode, a member's number or name, a
    user name, a word of the details (a reason, a file's name, a title). A peewee condition on AuditLog."""
    text = " ".join(text.split())
    named = (Member.number == text) | Member.name.contains(text)
    scanned = Item.barcode == text
    loans = Loan.select(Loan.uid).where(Loan.item.in_(Item.select(Item.id).where(scanned))
                                        | Loan.member.in_(Member.select(Member.id).where(named)))
    condition = (AuditLog.detail.contains(text) | AuditLog.username.contains(text)
                 | AuditLog.entity_uid.in_(Member.select(Member.uid).where(named))
                 | AuditLog.entity_uid.in_(Item.select(Item.uid).where(scanned)) | AuditLog.entity_uid.in_(loans))
    # a staff member by name: what she did, what was done to her account, where she was at the desk
    for (username,) in Staff.select(Staff.username).where(Staff.full_name.contains(text)).tuples():
        condition |= ((AuditLog.username == username) | ((AuditLog.entity == "staff") & (AuditLog.entity_uid == username))
                      | AuditLog.detail.contains(f'"{username}"'))
    return condition
