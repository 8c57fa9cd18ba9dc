"""The member register (anggota): registration, validation, member numbers, membership renewal, blocks,
search, photos and duplicate warnings. What a volunteer may see of it is ``member_privacy``; the age
bands, genders and education levels every report shares are ``demographics``.

Public API (the desk and members pages call these; each takes the open ``Library`` first):

- ``register(lib, by, **fields)`` -> Member      new member; raises ``DuplicateMember`` when a
  likely duplicate exists (pass ``allow_duplicate=True`` after the user confirmed)
- ``update_member(lib, by, member, **fields)``   edit (librarian)
- ``renew_membership(lib, by, member)``           push the expiry date one validity period
- ``block(lib, by, member, reason)`` / ``unblock(lib, by, member)``
- ``set_photo(lib, by, member, data)``            any image file's bytes -> small JPEG
- ``find_duplicates(lib, name, birth_date, nik)`` the members a new entry may duplicate
- ``search(lib, query, offset, limit)`` -> MemberPage  by name, number or phone, paged (``by_school``: also
  by a whole word of the school or notes, a class list's "SD NEGERI 1 SUKAMAJU 4A")
- ``school_or_notes_have(word)``                  that condition, shared with the member-card selection
- ``get_member(lib, number)`` / ``get_by_uid(lib, uid)``  raise NotFound
- ``next_number(lib)``                            the next card number from the pattern
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from peewee import Value, fn

from .. import auth
from ..accents import fold
from ..errors import Conflict, NotFound, ValidationError
from ..fields import date_field, known_fields
from ..formatting import parse_date
from ..i18n import QT_TRANSLATE_NOOP
from ..pictures import small_jpeg
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import write as store
from ..store.clock import local_today
from ..store.health import data_today
from ..store.lookup import by_code, by_id_or_name, names_and_closest, scanned, used_elsewhere
from ..store.models import Member, MemberType, Staff
from . import members_from_before, schools
from .demographics import GENDERS

# --- member numbers ---------------------------------------------------------------------------------

NUMBER_PATTERN_KEY = "members.number_pattern"
# {code} is the library code; {seq} the running number. The demo library uses the same pattern.
DEFAULT_NUMBER_PATTERN = "{code}-A{seq:05d}"


def number_pattern() -> str:
    return get_setting(NUMBER_PATTERN_KEY, DEFAULT_NUMBER_PATTERN)


def set_number_pattern(lib: Library, by: Staff, pattern: str) -> None:
    """Change how new card numbers look, e.g. ``"{code}{seq:04d}"`` (librarian, settings)."""
    auth.require(by, "settings.edit")
    if "{seq" not in pattern:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The member number pattern needs {{seq}} for the running number."),
            field="pattern")
    try:
        pattern.format(code="X", seq=1)
    except (KeyError, ValueError, IndexError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The member number pattern {pattern} is not valid."),
            field="pattern", pattern=pattern) from None
    set_setting(NUMBER_PATTERN_KEY, pattern)


def _pattern_parts(lib: Library) -> tuple[str, str]:
    """The fixed text before and after the running number in the pattern."""
    pattern = number_pattern()
    code = lib.profile.code if lib.profile else ""
    start = pattern.index("{seq")
    end = pattern.index("}", start) + 1
    return pattern[:start].format(code=code), pattern[end:].format(code=code)


def next_number(lib: Library) -> str:
    """The next member number: the pattern with the running number after the highest one in use
    (deleted members count too: a card number is never given out twice)."""
    return next(new_numbers(lib))


def new_numbers(lib: Library) -> Iterator[str]:
    """``next_number`` and the ones after it, for members not yet written (an import gives a list kept
    by hand its card numbers)."""
    prefix, suffix = _pattern_parts(lib)
    tail = re.compile(re.escape(prefix) + r"(\d+)" + re.escape(suffix) + "$")
    highest = 0
    query = (Member.select(Member.number)
             .where(Member.number.startswith(prefix))
             .order_by(fn.LENGTH(Member.number).desc(), Member.number.desc())
             .limit(50))
    for (number,) in query.tuples():
        match = tail.match(number)
        if match:
            highest = max(highest, int(match.group(1)))
    code = lib.profile.code if lib.profile else ""
    seq = highest + 1
    while True:
        candidate = number_pattern().format(code=code, seq=seq)
        if not Member.select().where(Member.number == candidate).exists():
            yield candidate
        seq += 1


# --- validation -------------------------------------------------------------------------------------

# Fields a caller may set on a member (the rest are bookkeeping, photo, or blocks).
MEMBER_FIELDS = ("number", "name", "gender", "birth_date", "member_type", "address", "village", "rt_rw",
                 "postal_code", "phone", "email", "nik", "occupation", "education", "institution", "guardian",
                 "registered_on", "expires_on", "notes")

_NIK = re.compile(r"^\d{16}$")
_PHONE = re.compile(r"^0\d{7,13}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_/.]{0,29}$")
# A number the old system gave (SLiMS took any member_id: "M 0009", "AG#11") is on the member's card: an import
# keeps it as written, and editing such a member keeps it; only a number written here follows ``_NUMBER``.
_KEPT_NUMBER = re.compile(r"^\S(?:[^\x00-\x1f\x7f]{0,38}\S)?$")


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def normalise_phone(text: str) -> str:
    """``+62 812-3456-789`` / ``62812...`` / ``0812 3456 789`` -> ``08123456789``; "" stays ""."""
    digits = re.sub(r"[\s\-.()]", "", text or "")
    if digits.startswith("+"):
        digits = digits[1:]
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    return digits


def whatsapp_number(phone: str) -> str:
    """The international form WhatsApp links use: ``08123...`` -> ``628123...``."""
    phone = normalise_phone(phone)
    return "62" + phone[1:] if phone.startswith("0") else phone


def _as_date(value: Any, field: str) -> date | None:
    """Dates of people (birth, membership) as Indonesians write them, dd-mm-yyyy, or ISO."""
    return date_field(value, field, parse_date,
                      QT_TRANSLATE_NOOP("Errors", "{value} is not a date (use DD-MM-YYYY, e.g. 17-08-2012)."))


def member_type_of(value: Any) -> MemberType:
    """A MemberType from an instance, an id or a name."""
    found = by_id_or_name(MemberType, value)
    if found is None:  # (typed at the CLI: what types there are, and the one meant: "Anak" for "Anak-anak")
        names, closest = names_and_closest(MemberType, value)
        raise ValidationError(UNKNOWN_TYPE_CLOSE if closest else UNKNOWN_TYPE, field="member_type",
                              name=str(value), names=names, closest=closest)
    return found


UNKNOWN_TYPE = QT_TRANSLATE_NOOP("Errors", "Unknown member type {name}. The member types are: {names}.")
UNKNOWN_TYPE_CLOSE = QT_TRANSLATE_NOOP("Errors", "Unknown member type {name}. Did you mean {closest}? The member "
                                                 "types are: {names}.")


def clean_member(lib: Library, fields: dict[str, Any], current: Member | None = None,
                 kept_number: bool = False) -> dict[str, Any]:
    """Validate and normalise member fields; raises ValidationError naming the first bad field.
    Used by the form (inline validation), registration, editing and imports. ``kept_number``: the number is
    the old system's, on the member's card (an import), kept as written as the member's unchanged number is."""
    out = known_fields(fields, MEMBER_FIELDS, "member")
    today = data_today(lib)
    if "name" in out:
        out["name"] = re.sub(r"\s+", " ", out["name"] or "")
        if not out["name"]:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The member needs a name."), field="name")
    if "number" in out:
        kept = kept_number or (current is not None and out["number"] == current.number)
        if not (_KEPT_NUMBER if kept else _NUMBER).match(out["number"] or ""):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A member number has up to 30 letters, digits, - or /, no spaces."),
                field="number")
        if used_elsewhere(Member, Member.number == out["number"], current):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The member number {number} is already used."),
                                  field="number", number=out["number"])
    if "gender" in out:
        out["gender"] = (out["gender"] or "").upper()[:1]
        if out["gender"] in ("L",):  # laki-laki
            out["gender"] = "M"
        if out["gender"] in ("P", "W"):  # perempuan / wanita
            out["gender"] = "F"
        if out["gender"] not in ("", *GENDERS):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Gender must be male or female."), field="gender")
    for key in ("birth_date", "registered_on", "expires_on"):
        if key in out:
            out[key] = _as_date(out[key], key)
    if out.get("birth_date") is not None:
        if today is not None and out["birth_date"] > today:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The birth date is in the future."),
                                  field="birth_date")
        if out["birth_date"].year < 1900:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The birth date is too long ago."),
                                  field="birth_date")
    if "nik" in out:
        out["nik"] = re.sub(r"[\s.\-]", "", out["nik"] or "")
        if out["nik"] and not _NIK.match(out["nik"]):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The NIK (national ID number) has exactly 16 digits."), field="nik")
    if "phone" in out:
        out["phone"] = normalise_phone(out["phone"] or "")
        if out["phone"] and not _PHONE.match(out["phone"]):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The phone number {phone} does not look right (e.g. 081234567890)."),
                field="phone", phone=out["phone"])
    if out.get("email") and not looks_like_email(out["email"]):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The e-mail address {email} does not look right."),
                              field="email", email=out["email"])
    if "member_type" in out:
        out["member_type"] = member_type_of(out["member_type"])
    registered = out.get("registered_on") or (current.registered_on if current else None)
    expires = out.get("expires_on") or (current.expires_on if current else None)
    if registered and expires and expires < registered:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The membership cannot end before it starts."),
                              field="expires_on")
    return out


# --- duplicates -------------------------------------------------------------------------------------


class DuplicateMember(Conflict):
    """Raised by ``register`` when a likely duplicate exists: ``members`` lists them. Show them and
    register anyway with ``allow_duplicate=True`` if the user says it is someone else."""

    def __init__(self, template: str, members: list[Member], **params: Any) -> None:
        self.members = members
        super().__init__(template, **params)


def find_duplicates(lib: Library, name: str = "", birth_date: date | str | None = None, nik: str = "",
                    exclude: Member | None = None) -> list[Member]:
    """Members with the same NIK, or the same name (ignoring case and spaces) and birth date."""
    conditions = []
    nik = re.sub(r"[\s.\-]", "", nik or "")
    if nik:
        conditions.append(Member.nik == nik)
    birth = _as_date(birth_date, "birth_date") if birth_date else None
    name = re.sub(r"\s+", " ", (name or "").strip()).lower()
    if name and birth:
        conditions.append((fn.LOWER(Member.name) == name) & (Member.birth_date == birth))
    if not conditions:
        return []
    where = conditions[0]
    for condition in conditions[1:]:
        where = where | condition
    query = Member.select().where((Member.deleted == False) & where)  # noqa: E712
    if exclude is not None:
        query = query.where(Member.id != exclude.id)
    return list(query.limit(10))


# --- writing ----------------------------------------------------------------------------------------


def register(lib: Library, by: Staff, *, allow_duplicate: bool = False, **fields: Any) -> Member:
    """Register a new member. ``number`` defaults to ``next_number``; ``registered_on`` to today;
    ``expires_on`` to registration + the member type's validity. Raises ValidationError for bad
    input and DuplicateMember for a likely duplicate (unless ``allow_duplicate``)."""
    auth.require(by, "members.register")
    if "member_type" not in fields or fields["member_type"] in (None, ""):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a member type."), field="member_type")
    if "name" not in fields:
        fields["name"] = ""
    cleaned = clean_member(lib, fields)
    if not allow_duplicate:
        dupes = find_duplicates(lib, cleaned.get("name", ""), cleaned.get("birth_date"), cleaned.get("nik", ""))
        if dupes:
            raise DuplicateMember(
                QT_TRANSLATE_NOOP("Errors", "{name} may already be a member: {numbers}. Register anyway?"),
                members=dupes, name=cleaned["name"], numbers=", ".join(m.number for m in dupes))
    today = local_today(lib.clock)
    member_type: MemberType = cleaned["member_type"]
    cleaned.setdefault("registered_on", today)
    if not cleaned.get("expires_on"):
        cleaned["expires_on"] = cleaned["registered_on"] + timedelta(days=member_type.validity_days)
    with lib.transaction():
        if not cleaned.get("number"):
            cleaned["number"] = next_number(lib)
        member = store.insert(lib, Member, **cleaned)
    return member


def update_member(lib: Library, by: Staff, member: Member, *, date_is_real: bool = False, **fields: Any) -> Member:
    """Edit a member's details (librarian). Only changed fields are written. ``date_is_real``: the librarian says the
    registration date the member now has is the real one, also when it is the day of the import that stood in for it
    (a member from before Pustaka who did join on that day: ``members_from_before``)."""
    auth.require(by, "members.edit")
    cleaned = clean_member(lib, fields, current=member)
    with lib.transaction():
        store.update(lib, member, **cleaned)
        if date_is_real and members_from_before.is_from_before(member):
            members_from_before.forget([member.uid])
            auth.audit(lib, by, "members.registration_confirmed", "member", member.uid,
                       registered_on=member.registered_on.isoformat())
    return member


def renew_membership(lib: Library, by: Staff, member: Member, days: int | None = None) -> date:
    """Extend the membership by the member type's validity (or ``days``), counted from the current
    expiry, or from today when it has already expired. Returns the new expiry date."""
    auth.require(by, "members.renew")
    today = local_today(lib.clock)
    period = days if days is not None else member.member_type.validity_days
    if period <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The renewal period must be at least one day."))
    start = max(today, member.expires_on)
    new_expiry = start + timedelta(days=period)
    with lib.transaction():
        store.update(lib, member, expires_on=new_expiry)
        auth.audit(lib, by, "members.renew", "member", member.uid, expires_on=new_expiry.isoformat())
    return new_expiry


def block(lib: Library, by: Staff, member: Member, reason: str) -> None:
    """Block a member from borrowing (librarian); the reason is shown at the desk."""
    auth.require(by, "members.edit")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give a reason for the block."), field="reason")
    with lib.transaction():
        store.update(lib, member, blocked=True, blocked_reason=reason)
        auth.audit(lib, by, "members.block", "member", member.uid, reason=reason)


def unblock(lib: Library, by: Staff, member: Member) -> None:
    auth.require(by, "members.edit")
    with lib.transaction():
        store.update(lib, member, blocked=False, blocked_reason="")
        auth.audit(lib, by, "members.unblock", "member", member.uid)


def delete_member(lib: Library, by: Staff, member: Member) -> None:
    """Remove a member (tombstone; librarian). Refused while they still have copies on loan."""
    from ..store.models import Loan

    auth.require(by, "members.delete")
    open_loans = Loan.select().where((Loan.member == member) & Loan.returned_at.is_null()
                                     & (Loan.deleted == False)).count()  # noqa: E712
    if open_loans:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} still has {count} book(s) on loan; return them first."),
            name=member.name, count=open_loans)
    with lib.transaction():
        store.delete(lib, member)
        members_from_before.forget([member.uid])
        auth.audit(lib, by, "members.delete", "member", member.uid, number=member.number)


PHOTO_SIZE = (240, 320)  # width x height, portrait like a card photo


def photo_jpeg(data: bytes) -> bytes:
    """Any image file's bytes -> a small upright JPEG (at most 240 x 320), or ValidationError."""
    return small_jpeg(data, PHOTO_SIZE, "photo")


def set_photo(lib: Library, by: Staff, member: Member, data: bytes | None) -> None:
    """Set (or with ``None`` remove) the member's photo from an image file's bytes."""
    auth.require(by, "members.register")
    jpeg = photo_jpeg(data) if data else None
    with lib.transaction():
        store.update(lib, member, photo=jpeg)


# --- reading ----------------------------------------------------------------------------------------


def _live():
    return Member.select().where(Member.deleted == False)  # noqa: E712


def get_member(lib: Library, number: str) -> Member:
    """The member with this card number (case-insensitive), or NotFound."""
    member = by_code(Member, Member.number, number)
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No member with number {number}."), number=(number or "").strip())
    return member


def card_holder(number: str) -> Member:
    """The member a scanned or typed card number names (any case), or NotFound saying so."""
    member = by_code(Member, Member.number, number)
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No member has the card number {number}."),
                       number=(number or "").strip() or "-")
    return member


def by_id(lib: Library, member_id: int) -> Member | None:
    """The member row as saved now (a page reloads it after a change), or None when it is gone."""
    return Member.get_or_none(Member.id == member_id)


def find_member(lib: Library, number: str) -> Member | None:
    try:
        return get_member(lib, number)
    except NotFound:
        return None


def get_by_uid(lib: Library, uid: str) -> Member:
    member = _live().where(Member.uid == uid).first()
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That member no longer exists."))
    return member


@dataclass
class MemberPage:
    """One page of search results: ``rows`` (Member objects without the photo loaded), ``total``
    matches, and the ``offset``/``limit`` asked for."""

    rows: list[Member]
    total: int
    offset: int
    limit: int


LIST_FIELDS = [f for name, f in Member._meta.fields.items() if name != "photo"]


NOTED_NUMBER = 8  # digits a number written in the notes needs to be looked up by (a NISN has 10)


def _words_of(column):
    """``column`` as its words between spaces (" SD NEGERI 1 SUKAMAJU ", " Kelas  4A "), to match whole words."""
    text = column
    for mark in ("\n", ":", ",", ";", "/"):
        text = fn.REPLACE(text, mark, " ")
    return Value(" ").concat(text).concat(" ")


def school_or_notes_have(term: str):
    """Members with ``term`` as a whole word of their school or notes: a class list's pupils found by their school
    and class ("SD NEGERI 1 SUKAMAJU 4A": the import keeps the school and "Kelas: 4A"). Whole words, as "1" is no
    pupil of SD NEGERI 12, nor "4A" of class 4AB. (None for a term of punctuation only.)"""
    word = term.strip(":,;.")
    if not word:
        return None
    return (_words_of(Member.institution) ** f"% {word} %") | (_words_of(Member.notes) ** f"% {word} %")


def home_address(address: str, rt_rw: str, village: str) -> str:
    """A member's address as a letter to their home writes it: the address, its RT/RW and village after it ("Kp.
    Cikaret RT 05/RW 03, Desa Cibeureum"), each left out when the address says it already (an RT in it, the
    village's name): the member form keeps them in fields of their own."""
    address, rt_rw, village = address.strip(), rt_rw.strip(), village.strip()
    if rt_rw and not names_rt(address):
        rt, _, rw = rt_rw.partition("/")
        address = " ".join(filter(None, [address, f"RT {rt.strip()}/RW {rw.strip()}" if rw else f"RT/RW {rt}"]))
    if village and not names_village(address, village):  # ("Kel. Cigadung": no "Desa" before it)
        address = ", ".join(filter(None, [address, village if says_village(village) else f"Desa {village}"]))
    return address


def names_rt(address: str) -> bool:
    """Whether an address names its RT already ("Kp. Cikaret RT 05/RW 03", "rt 5")."""
    return bool(_AN_RT.search(address))


def names_village(address: str, village: str) -> bool:
    """Whether ``address`` names ``village`` already (its words, as whole words)."""
    words = fold(village)
    return bool(words) and f" {words} " in f" {fold(address)} "


def says_village(village: str) -> bool:
    """Whether a village is written with its kind in front ("Kel. Cigadung", "Desa Sukamaju"): no "Desa" to add."""
    return bool(village.split()) and fold(village).split()[0] in _VILLAGE_WORDS


_AN_RT = re.compile(r"\bRT\b", re.IGNORECASE)
_VILLAGE_WORDS = frozenset({"desa", "ds", "kelurahan", "kel", "nagari", "gampong"})


def address_has(term: str):
    """Members with ``term`` as a whole word of their address or village: a dusun's members ("Krajan" in SLiMS's
    "Dusun Krajan RT 03/RW 02" and INLISLite's "Dusun Krajan, RT/RW 04/03"), for printing a dusun's cards."""
    word = term.strip(":,;.")
    if not word:
        return None
    return (_words_of(Member.address) ** f"% {word} %") | (_words_of(Member.village) ** f"% {word} %")


def _in_name_school_or_notes(word: str):
    in_school = school_or_notes_have(word)
    return Member.name.contains(word) if in_school is None else Member.name.contains(word) | in_school


def search(lib: Library, query: str = "", offset: int = 0, limit: int = 50,
           include_expired: bool = True, by_school: bool = False) -> MemberPage:
    """Members whose name contains the words of ``query``, or whose number, phone or NIK matches it (or a
    number of eight digits or more in their notes: a NISN). ``by_school``: each word may also be a whole word of
    the school or the notes, as the member-card selection finds a class ("SD NEGERI 1 SUKAMAJU 4A", "Siti 4A"), and
    the words that name a school find its pupils however their records spell it (``schools``).
    Sorted by name; paged with ``offset``/``limit``. An empty query lists everybody. An old card scanned into the
    search reads as its number (``scanned``: ``*M0001*`` is M0001)."""
    text = scanned(query)
    select = Member.select(*LIST_FIELDS).where(Member.deleted == False)  # noqa: E712
    if text:
        words = text.split()
        if by_school:  # (a school's words together: its members however their records spell it)
            each = schools.word_conditions(lib, words, _in_name_school_or_notes)
        else:
            each = [Member.name.contains(word) for word in words]
        condition = functools.reduce(operator.and_, each) | Member.number.startswith(text.upper()) | (Member.number == text)
        digits = normalise_phone(text)
        if digits.isdigit() and len(digits) >= 4:
            condition = condition | Member.phone.contains(digits) | Member.nik.startswith(digits)
        if digits.isdigit() and len(digits) >= NOTED_NUMBER:
            # a pupil's NISN (or a second phone) is kept in the notes: the number finds its member
            condition = condition | Member.notes.contains(digits)
        select = select.where(condition)
    if not include_expired:
        select = select.where(Member.expires_on >= local_today(lib.clock))
    total = select.count()
    rows = list(select.order_by(Member.name, Member.number).offset(offset).limit(limit))
    return MemberPage(rows=rows, total=total, offset=offset, limit=limit)


def member_types(lib: Library) -> list[MemberType]:
    return list(MemberType.select().where(MemberType.deleted == False).order_by(MemberType.name))  # noqa: E712


def is_expired(lib: Library, member: Member) -> bool:
    return member.expires_on < local_today(lib.clock)
