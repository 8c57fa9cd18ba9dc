"""What each staff member may see of the members: a volunteer finds one member at a time and sees none
of their personal data; a librarian sees and finds everything. Finding members is ``members.search``.

- ``search_for(lib, by, query, offset, limit)`` -> MemberPage   ``members.search`` as ``by`` may see it
- ``for_desk(member, by)``                        the member with the personal fields a volunteer may not see blanked
- ``sees_personal_data(by)``, ``masked_phone(phone)``, ``VOLUNTEER_PAGE``, ``PERSONAL_FIELDS``
"""

from __future__ import annotations

import re

from .. import auth
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.models import Member, Staff
from .members import MemberPage, search

# A volunteer serves the member in front of the desk: they find that one member (by card, name or
# phone) and see what lending needs. They never get a list of everybody's personal data - not in the
# app, not from ``pustaka-cli member search --json``. Librarians see everything (UU 27/2022: they keep
# the member register).

VOLUNTEER_PAGE = 10
PERSONAL_FIELDS = ("birth_date", "address", "rt_rw", "postal_code", "phone", "email", "nik", "institution",
                   "guardian", "notes")


def sees_personal_data(by: Staff | None) -> bool:
    return auth.allowed(by, "members.edit")


def masked_phone(phone: str) -> str:
    """Enough to ask "is your number still ...789?", not enough to call."""
    digits = re.sub(r"\D", "", phone or "")
    return ("•" * max(0, len(digits) - 3) + digits[-3:]) if digits else ""


def for_desk(member: Member, by: Staff | None) -> Member:
    """``member`` as ``by`` may see it: for a volunteer the personal fields are blanked (the object is
    never saved; the phone keeps its last three digits)."""
    if sees_personal_data(by):
        return member
    phone = masked_phone(member.phone)
    for name in PERSONAL_FIELDS:
        if name in member.__data__:
            member.__data__[name] = None if name == "birth_date" else ""
    member.__data__["phone"] = phone
    member.__data__.pop("photo", None)
    return member


def search_for(lib: Library, by: Staff, query: str = "", offset: int = 0, limit: int = 50,
               include_expired: bool = True) -> MemberPage:
    """``search`` as the acting staff may see it: a librarian also finds members by school and class. A volunteer
    must type something (two characters of a name, a card number or a phone number), gets at most
    ``VOLUNTEER_PAGE`` members, and none of their personal data: not found by it either (a school and class
    would list a class's children)."""
    auth.require(by, "members.view")
    if sees_personal_data(by):
        return search(lib, query, offset, limit, include_expired, by_school=True)
    text = (query or "").strip()
    if len(text) < 2:
        auth.audit(lib, by, "denied", "member", "", attempted="members.list", role=by.role)
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Type at least two letters of the member's name, the card number or the phone number. "
                      "Volunteers look members up one at a time; the full list is for librarians."), field="query")
    page = search(lib, text, 0, min(max(1, limit), VOLUNTEER_PAGE), include_expired)
    page.rows = [for_desk(row, by) for row in page.rows]
    page.offset = 0
    return page
