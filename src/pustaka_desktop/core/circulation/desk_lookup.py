"""What was typed into the desk's scan box, and what the desk's undo would take back.

``look_up(lib, code)`` -> Lookup: a member card number, a copy barcode, or (for text that is
neither) a member search by name, phone number or NIK with the candidates for a pick list. A code
nothing matches is explained by what it looked like ("looks like a member card, but no member has
that number"), so a volunteer knows whether to check the card, the book or the spelling.

``describe_undo(lib)`` -> UndoPreview | None: the action ``desk_undo.undo_last`` would take back, named
(which book, which member), for the confirmation question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..community import members
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting
from ..store.clock import local_today
from ..store.lookup import scanned
from ..store.models import Item, Loan, Member, Record
from .desk_reads import find_member, identify
from .desk_undo import UNDO_KEY
from .refusals import UNKNOWN_BARCODE, UNKNOWN_MEMBER, LoanRefused, Problem

MEMBER, ITEM, SEARCH, UNKNOWN = "member", "item", "search", "unknown"
# What an unknown code looked like
LOOKS_MEMBER, LOOKS_BARCODE, LOOKS_NAME, LOOKS_PHONE, LOOKS_NIK = "member_number", "barcode", "name", "phone", "nik"
LOOKS_JOINED = "joined"  # several cards or labels run together (a scanner that sends no Enter after a code)

PICK_LIMIT = 30
_NAME = re.compile(r"^[^\W\d_](?:[^\W\d_]|['.,\- ])*$")  # letters (and ' . , -), no digits: a name
_PHONE = re.compile(r"^0\d{8,13}$")
SHORTEST_PART = 3  # a piece of a run-together scan shorter than this is no card or label worth naming
MOST_PARTS = 4

_MESSAGES = {
    LOOKS_MEMBER: QT_TRANSLATE_NOOP("Errors", "{code} looks like a member card number, but no member has it. "
                                              "Check the card, or find the member by name."),
    LOOKS_BARCODE: QT_TRANSLATE_NOOP("Errors", "{code} looks like a book barcode, but no copy has it. Check the "
                                               "label, or add the copy in the catalogue."),
    LOOKS_BARCODE + ".volunteer": QT_TRANSLATE_NOOP(
        "Errors", "{code} looks like a book barcode, but no copy has it. Check the label; if it reads right, put the "
                  "book aside for the librarian to add to the catalogue."),
    LOOKS_NAME: QT_TRANSLATE_NOOP("Errors", "No member is called \u201c{code}\u201d. Check the spelling, or "
                                            "register them on the Members page."),
    LOOKS_PHONE: QT_TRANSLATE_NOOP("Errors", "No member has the phone number {code}."),
    LOOKS_NIK: QT_TRANSLATE_NOOP("Errors", "No member has the NIK {code}."),
    LOOKS_JOINED: QT_TRANSLATE_NOOP("Errors", "Several codes ran together: {codes}. The scanner sent no Enter after "
                                              "each code, so nothing was done. Scan them again one at a time and "
                                              "press Enter after each."),
}


@dataclass
class MemberChoice:
    """One line of the pick list."""

    number: str
    name: str
    phone: str
    village: str
    birth_year: int | None
    expires_on: date
    expired: bool
    blocked: bool


@dataclass
class Lookup:
    kind: str  # member | item | search | unknown
    code: str
    looks_like: str = ""  # for search/unknown: member_number | barcode | name | phone | nik
    member_number: str = ""  # kind member: the card number as stored
    candidates: list[MemberChoice] = field(default_factory=list)  # kind search
    total: int = 0  # kind search: how many members match (the list shows PICK_LIMIT)
    message: str = ""  # kind unknown: English template, context "Errors"
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """The refusal code an unknown code maps to (unknown_member / unknown_barcode)."""
        return UNKNOWN_BARCODE if self.looks_like in (LOOKS_BARCODE, LOOKS_JOINED) else UNKNOWN_MEMBER

    def refusal(self) -> LoanRefused:
        return LoanRefused([Problem(self.reason, self.message, self.params)])


def _member_prefix(lib: Library) -> str:
    try:
        prefix, _ = members._pattern_parts(lib)
    except (ValueError, KeyError, IndexError):
        return ""
    return prefix


def code_shape(lib: Library, code: str) -> str:
    """What a code that matched nothing looks like."""
    text = code.strip()
    prefix = _member_prefix(lib)
    if prefix and len(text) > len(prefix) and text.upper().startswith(prefix.upper()):
        return LOOKS_MEMBER
    compact = re.sub(r"[\s\-.()]", "", text)
    if compact.lstrip("+").isdigit():
        if len(compact) == 16 and not compact.startswith(("0", "+")):
            return LOOKS_NIK
        phone = members.normalise_phone(text)
        if _PHONE.match(phone) and (phone.startswith("08") or compact.startswith(("+62", "62"))):
            return LOOKS_PHONE
        return LOOKS_BARCODE
    if " " in text or _NAME.match(text):
        return LOOKS_NAME
    return LOOKS_BARCODE


def run_together(lib: Library, code: str) -> list[str]:
    """The cards and labels a scanner that sends no Enter (or a volunteer who scanned on before pressing it)
    typed into one line, in order ("B00021B00022" -> ["B00021", "B00022"]); empty when ``code`` is not made of
    whole codes that read exactly so."""
    def pieces(rest: str, room: int) -> list[str]:
        if identify(lib, rest, exact=True):
            return [rest]
        if room <= 1:
            return []
        for cut in range(SHORTEST_PART, len(rest) - SHORTEST_PART + 1):
            if identify(lib, rest[:cut], exact=True):
                after = pieces(rest[cut:], room - 1)
                if after:
                    return [rest[:cut], *after]
        return []

    found = pieces(code.strip(), MOST_PARTS)
    return found if len(found) > 1 else []


def _choice(member: Member, today: date) -> MemberChoice:
    return MemberChoice(member.number, member.name, member.phone, member.village,
                        member.birth_date.year if member.birth_date else None, member.expires_on,
                        member.expires_on < today, bool(member.blocked))


def search_members(lib: Library, text: str, limit: int = PICK_LIMIT) -> tuple[list[MemberChoice], int]:
    """Members by name, phone or NIK for the pick list (active memberships first, then by name)."""
    page = members.search(lib, text, limit=limit)
    today = local_today(lib.clock)
    rows = [_choice(m, today) for m in page.rows]
    rows.sort(key=lambda c: (c.expired, c.name.casefold(), c.number))
    return rows, page.total


def look_up(lib: Library, code: str, can_catalogue: bool = True) -> Lookup:
    """A member card, a copy, a member search (name / phone / NIK) or an explained unknown code. ``can_catalogue``
    False (a volunteer): an unknown label's advice is to put the book aside for the librarian, not to add it."""
    code = scanned(code)
    kind = identify(lib, code)
    if kind == MEMBER:
        return Lookup(MEMBER, code, member_number=find_member(lib, code).number)
    if kind == ITEM:
        return Lookup(ITEM, code)
    shape = code_shape(lib, code) if code else LOOKS_BARCODE
    if shape in (LOOKS_MEMBER, LOOKS_BARCODE) and (joined := run_together(lib, code)):
        return Lookup(UNKNOWN, code, looks_like=LOOKS_JOINED, message=_MESSAGES[LOOKS_JOINED],
                      params={"codes": ", ".join(joined)})
    if shape in (LOOKS_NAME, LOOKS_PHONE, LOOKS_NIK) and len(code) >= 2:
        choices, total = search_members(lib, code)
        if choices:
            return Lookup(SEARCH, code, looks_like=shape, candidates=choices, total=total)
    message = _MESSAGES[shape + ".volunteer" if shape == LOOKS_BARCODE and not can_catalogue else shape]
    return Lookup(UNKNOWN, code, looks_like=shape, message=message, params={"code": code})


# --- undo, named ------------------------------------------------------------------------------------


@dataclass
class UndoPreview:
    kind: str  # checkout | checkin | renew
    title: str
    barcode: str
    member_name: str
    member_number: str
    loan_uid: str
    message: str  # English question, context "Circulation"
    params: dict[str, Any]


_QUESTIONS = {
    "checkout": QT_TRANSLATE_NOOP("Circulation", "Take back the loan of \u201c{title}\u201d ({barcode}) to {name} "
                                                 "({number})? The copy goes back on the shelf."),
    "checkin": QT_TRANSLATE_NOOP("Circulation", "Take back the return of \u201c{title}\u201d ({barcode})? It is on "
                                                "loan to {name} ({number}) again and any fine charged is removed."),
    "renew": QT_TRANSLATE_NOOP("Circulation", "Take back the renewal of \u201c{title}\u201d ({barcode}) for {name} "
                                              "({number})? The old due date comes back."),
}


def describe_undo(lib: Library) -> UndoPreview | None:
    """What ``desk_undo.undo_last`` would take back now (None when there is nothing to undo)."""
    stack = get_setting(UNDO_KEY, []) or []
    if not stack:
        return None
    action = stack[-1]
    row = (Loan.select(Loan.uid, Item.barcode, Record.title, Member.name, Member.number)
           .join(Item, on=(Loan.item == Item.id)).join(Record, on=(Item.record == Record.id))
           .switch(Loan).join(Member, on=(Loan.member == Member.id))
           .where(Loan.uid == action.get("loan")).tuples().first())
    if row is None:
        return None
    uid, barcode, title, name, number = row
    kind = action.get("kind", "checkout")
    params = {"title": title, "barcode": barcode, "name": name, "number": number}
    return UndoPreview(kind, title, barcode, name, number, uid, _QUESTIONS.get(kind, _QUESTIONS["checkout"]), params)
