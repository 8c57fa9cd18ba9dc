"""Finding audit log entries by what a person reads: the audit page and `pustaka-cli audit` show each entry as a
sentence in her language ("Katalog diimpor: berkas slims.csv …"), so `impor`, `denda` or `ditolak` must find it,
as must a barcode, a member's number or name, a user name or a word of the stored details. Every word typed must
be found (in any order); case, accents and apostrophes do not matter (`jose` finds "José", `nuraini` finds
"Nur'aini": most people write the Arabic ain without it, a phone writes it curly).

Building the sentence of every entry of a 100,000-entry log takes seconds on an old PC, so SQL narrows first: per
word, the entries whose stored details or user name hold it (``audit_about.matching``), and those whose shown words
*could* hold it — the actions whose name or sentence has it, the detail keys and coded values (a refused
"fines.waive", a status, a role) whose words have it, the kinds of thing, the names of the command line or the web
catalogue. Only those few are told as sentences and checked word by word against what the page shows."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import reduce
from operator import and_

from peewee import SQL, NodeList, fn

from . import audit_about
from .accents import without_accents
from .audit_describe import CODES, CONTEXT, NO, PARTS_OF, PHRASES, SENTENCES, YES, YES_NO, describe
from .audit_names import (
    ACTOR_NAMES,
    ATTEMPT_NAMES,
    DOOR,
    ENTITY_NAMES,
    NOBODY,
    UNKNOWN_PATRON,
    action_name,
    actor_name,
    entity_name,
)
from .auth import ROLE_NAMES
from .catalog.copies import ITEM_STATUSES
from .catalog.review import REASONS
from .community.demographics import GENDER_NAMES
from .store.models import AuditLog, Item, Loan, Member, Staff

Translate = Callable[[str, str], str]
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_GROUPED_NUMBER = re.compile(r"^\d{1,3}([.,]\d{3})+$")  # "15.000" as the sentence shows Rp 15.000; stored 15000
_APOSTROPHES = re.compile(r"['’‘`ʼ]")


def fold(text: str) -> str:
    """Lower case without accents or apostrophes: what a word typed is compared on."""
    return _APOSTROPHES.sub("", without_accents((text or "").casefold()))


def words(text: str) -> list[str]:
    return list(dict.fromkeys(fold(word) for word in (text or "").split()))


def _sql_fold(value: str | None) -> str:
    return fold(value) if value and (not value.isascii() or "'" in value or "`" in value) else (value or "").lower()


def _fold_in_sql() -> None:
    """``search_fold(text)`` in SQLite, on this thread's connection (the GUI's export runs on another thread)."""
    AuditLog._meta.database.connection().create_function("search_fold", 1, _sql_fold, deterministic=True)


def _has(word: str, text: str, translate: Translate, context: str) -> bool:
    return word in fold(_PLACEHOLDER.sub(" ", translate(context, text)))


def _value_markers(word: str, translate: Translate) -> list[str]:
    """How a stored detail looks when its shown words hold ``word``: ``"key":`` for a key shown as a phrase,
    ``"code"`` for a coded value shown in words."""
    markers = [f'"{key}":' for table in (PHRASES, PARTS_OF) for key, text in table.items()
               if _has(word, text, translate, CONTEXT)]
    markers += [f'"{key}":' for key, pair in YES_NO.items() if any(_has(word, t, translate, CONTEXT) for t in pair)]
    for table, context in ((CODES, CONTEXT), (ATTEMPT_NAMES, "AuditActions"), (ITEM_STATUSES, "Catalog"),
                           (ROLE_NAMES, "Roles"), (REASONS, "Review"), (GENDER_NAMES, "Members")):
        markers += [f'"{code}"' for code, text in table.items() if _has(word, text, translate, context)]
    markers += [flag for flag, text in (("true", YES), ("false", NO)) if _has(word, text, translate, CONTEXT)]
    return markers


def _actors(word: str, translate: Translate):
    """User names shown in words containing ``word``: the command line, the web catalogue, the door tablet."""
    conditions = [AuditLog.username.startswith(prefix) for prefix, text in ACTOR_NAMES.items()
                  if _has(word, text, translate, "AuditActions")]
    for username, text in (("web:door", DOOR), ("", NOBODY), ("patron:?", UNKNOWN_PATRON)):
        if _has(word, text, translate, "AuditActions"):
            conditions.append(AuditLog.username == username)
    return conditions


def _about(word: str):
    """Entries about a member, a copy or a loan that ``word`` names whatever its case or accents (a number typed
    "uji-a00001", a name "jose" for José); ``audit_about.matching`` takes them as typed."""
    members = Member.select(Member.id).where((fn.search_fold(Member.number) == word)
                                             | fn.search_fold(Member.name).contains(word))
    copies = Item.select(Item.id).where(fn.search_fold(Item.barcode) == word)
    return (AuditLog.entity_uid.in_(Member.select(Member.uid).where(Member.id.in_(members)))
            | AuditLog.entity_uid.in_(Item.select(Item.uid).where(Item.id.in_(copies)))
            | AuditLog.entity_uid.in_(Loan.select(Loan.uid).where(Loan.member.in_(members) | Loan.item.in_(copies))))


def _staff(word: str):
    """Entries by, about or mentioning a staff account whose user name or full name holds ``word`` whatever its
    case, accents or apostrophes: "Siti Nur'aini, S.Pd. (sitinur)" is found by `sitinur` and by `nuraini`."""
    named = [username for (username,) in Staff.select(Staff.username).where(
        fn.search_fold(Staff.username).contains(word) | fn.search_fold(Staff.full_name).contains(word)).tuples()]
    if not named:
        return SQL("0")
    mentioned = [AuditLog.detail.contains(f'"{username}"') for username in named]
    return NodeList([AuditLog.username.in_(named), (AuditLog.entity == "staff") & AuditLog.entity_uid.in_(named),
                     *mentioned], glue=" OR ", parens=True)  # (flat, as in ``narrowed``)


def narrowed(typed: str, actions: Iterable[str], translate: Translate):
    """A condition that holds for every entry whose shown words could contain the word ``typed`` (and some
    more: what the page shows is checked after, by ``shown_text``)."""
    word = fold(typed)
    conditions = [audit_about.matching(typed), fn.search_fold(AuditLog.detail).contains(word), _about(word),
                  _staff(word)]
    if _GROUPED_NUMBER.match(word):
        conditions.append(AuditLog.detail.contains(re.sub(r"[.,]", "", word)))
    named = [code for code in actions
             if word in fold(action_name(code, translate))
             or (code in SENTENCES and _has(word, SENTENCES[code], translate, CONTEXT))]
    if named:
        conditions.append(AuditLog.action.in_(named))
    kinds = [kind for kind, text in ENTITY_NAMES.items() if _has(word, text, translate, "AuditActions")]
    if kinds:
        conditions.append(AuditLog.entity.in_(kinds))
    conditions += [AuditLog.detail.contains(marker) for marker in _value_markers(word, translate)]
    conditions += _actors(word, translate)
    return NodeList(conditions, glue=" OR ", parens=True)  # (flat: nested ORs overflow SQLite's parser)


def condition(text: str, actions: Iterable[str], translate: Translate):
    """The SQL narrowing for all the words of ``text`` (each word must be found)."""
    _fold_in_sql()
    actions = list(actions)
    # a letter alone is in nearly every sentence: not worth narrowing by (still checked in what is shown)
    typed = [word for word in dict.fromkeys(text.split()) if len(fold(word)) > 1]
    return reduce(and_, (narrowed(word, actions, translate) for word in typed), SQL("1"))


def shows_all(row, wanted: list[str], translate: Translate, people: dict[str, str]) -> bool:
    """Whether every folded word of ``wanted`` is in what the audit page shows of the entry (an
    ``audit_log.AuditRow``): who (by name), the action's name, what it is about, the sentence; or in its stored
    words: the user name, the details as stored, the full names of staff accounts they mention (a desk volunteer
    by her user name). The short texts first: the sentence is built only when they do not hold every word."""
    mentioned = [name for username, name in people.items() if f'"{username}"' in row.detail]
    short = fold(" ".join((row.username, row.full_name, row.detail, row.about, action_name(row.action, translate),
                           *mentioned)))
    missing = [word for word in wanted if word not in short]
    if not missing:
        return True
    shown = fold(" ".join((actor_name(row.username, translate, {row.username: row.full_name}),
                           entity_name(row.entity, translate), describe(row.action, row.detail, translate))))
    return all(word in shown for word in missing)
