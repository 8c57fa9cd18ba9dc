"""The visitor book (buku tamu) and reading on site (baca di tempat).

Public API (the visitor-book page and ``pustaka-cli visit`` call these):

- ``record_member(lib, by, number, purpose="read")`` -> MemberVisit   a member scanned a card
- ``record_guest(lib, by, gender=, age_band=, occupation=, origin=, purpose=, name="")`` -> Visit
- ``record_group(lib, by, name, counts, purpose="activity", origin="village")`` -> Visit
- ``today_count(lib)`` -> int                  people in today's book (group headcounts count)
- ``day_visits(lib, day)`` -> list[Visit]      the book of one day, newest first
- ``correct_visit(lib, by, visit, **changes)`` / ``remove_visit(lib, by, visit)``   librarian, audited
- ``record_reading(lib, by, barcode)`` -> InLibraryUse   a copy from the reading-room trolley

Rules:

- **One visit per member per local day.** A second card scan on the same day does not add a line
  (people step out and come back; the book counts people, not door passes). The scan still
  succeeds: ``MemberVisit.repeat`` is True and the first line of the day is returned.
- A member visit stores the member's gender, age band (on the day) and occupation, so reports read
  one table and a later edit of the member does not rewrite history.
- A group (rombongan) is ONE line whose ``headcount`` is the number of people. Its ``breakdown``
  JSON holds the counts: genders ``M``/``F`` and, optionally, age bands (``7-12``) or school levels
  (``paud``, ``sd``, ``smp``, ``sma``). The headcount is the gender total when genders are given,
  else the total of the other counts; when both are given they must agree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peewee import JOIN, fn

from .. import auth
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.clock import local_instant, local_today, to_local
from ..store.lookup import by_code
from ..store.models import InLibraryUse, Item, Member, Staff, Visit
from .demographics import AGE_BANDS, GENDERS, age_band
from .members import card_holder

PURPOSE_NAMES = {
    "read": QT_TRANSLATE_NOOP("Visits", "Read"),
    "borrow": QT_TRANSLATE_NOOP("Visits", "Borrow or return"),
    "study": QT_TRANSLATE_NOOP("Visits", "Study"),
    "internet": QT_TRANSLATE_NOOP("Visits", "Internet"),
    "activity": QT_TRANSLATE_NOOP("Visits", "Activity"),
    "other": QT_TRANSLATE_NOOP("Visits", "Other"),
}
PURPOSES = tuple(PURPOSE_NAMES)
ORIGIN_NAMES = {
    "village": QT_TRANSLATE_NOOP("Visits", "This village"),
    "elsewhere": QT_TRANSLATE_NOOP("Visits", "Elsewhere"),
}
ORIGINS = tuple(ORIGIN_NAMES)
# Offered as buttons for guests (free text is accepted too), with what each stored occupation is called
# on screen (translated; free text shows as typed).
OCCUPATION_NAMES = {
    "Pelajar": QT_TRANSLATE_NOOP("Visits", "School pupil"),
    "Mahasiswa": QT_TRANSLATE_NOOP("Visits", "University student"),
    "Petani": QT_TRANSLATE_NOOP("Visits", "Farmer"),
    "Pedagang": QT_TRANSLATE_NOOP("Visits", "Trader"),
    "Ibu rumah tangga": QT_TRANSLATE_NOOP("Visits", "Homemaker"),
    "Guru": QT_TRANSLATE_NOOP("Visits", "Teacher"),
    "Buruh": QT_TRANSLATE_NOOP("Visits", "Labourer"),
    "Wiraswasta": QT_TRANSLATE_NOOP("Visits", "Self-employed"),
    "PNS": QT_TRANSLATE_NOOP("Visits", "Civil servant (PNS)"),
    "Tidak bekerja": QT_TRANSLATE_NOOP("Visits", "Not working"),
    "Lainnya": QT_TRANSLATE_NOOP("Visits", "Other occupation"),
}
OCCUPATIONS = tuple(OCCUPATION_NAMES)  # in the order the buttons show
# School levels a group can be counted by, and the age band each one counts under in reports.
SCHOOL_LEVELS = {"paud": "0-6", "sd": "7-12", "smp": "13-18", "sma": "13-18"}
SCHOOL_LEVEL_NAMES = {
    "paud": QT_TRANSLATE_NOOP("Visits", "Pre-school"),
    "sd": QT_TRANSLATE_NOOP("Visits", "Primary school"),
    "smp": QT_TRANSLATE_NOOP("Visits", "Junior high"),
    "sma": QT_TRANSLATE_NOOP("Visits", "Senior high"),
}
MAX_GROUP = 1000


@dataclass
class MemberVisit:
    visit: Visit
    member: Member
    repeat: bool  # the member was already in today's book; nothing new was written


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants where the local calendar ``day`` starts and the next one starts."""
    return local_instant(day), local_instant(day + timedelta(days=1))


def _live_visits():
    # "!= True" rather than "== False": SQLite then uses the time index, not the tombstone index
    return Visit.select().where(Visit.deleted != True)  # noqa: E712


def _check_choice(value: str, allowed, field: str, template: str) -> str:
    value = (value or "").strip()
    if value not in allowed:
        raise ValidationError(template, field=field, value=value or "-")
    return value


def _purpose(value: str) -> str:
    return _check_choice(value, PURPOSES, "purpose",
                         QT_TRANSLATE_NOOP("Errors", "Unknown purpose of visit: {value}."))


def _origin(value: str) -> str:
    return _check_choice(value, ORIGINS, "origin",
                         QT_TRANSLATE_NOOP("Errors", "Unknown origin: {value} (this village or elsewhere)."))


def _gender(value: str, required: bool = True) -> str:
    value = (value or "").strip().upper()
    if not value and not required:
        return ""
    return _check_choice(value, GENDERS, "gender", QT_TRANSLATE_NOOP("Errors", "Unknown gender: {value} (M or F)."))


def _age_band(value: str, required: bool = True) -> str:
    if not (value or "").strip() and not required:
        return ""
    return _check_choice(value, AGE_BANDS, "age_band", QT_TRANSLATE_NOOP("Errors", "Unknown age band: {value}."))


def record_member(lib: Library, by: Staff, number: str, purpose: str = "read") -> MemberVisit:
    """A member scanned their card at the entrance. Unknown numbers raise NotFound."""
    auth.require(by, "visits.record")
    purpose = _purpose(purpose)
    member = card_holder(number)
    today = local_today(lib.clock)
    start, end = day_bounds(today)
    with lib.transaction():
        earlier = (_live_visits().where((Visit.member == member) & (Visit.at >= start) & (Visit.at < end))
                   .order_by(Visit.at).first())
        if earlier is not None:
            return MemberVisit(earlier, member, True)
        visit = store.insert(
            lib, Visit, at=lib.clock.now(), member=member, name="", gender=member.gender or "",
            age_band=age_band(member.birth_date, today), occupation=member.occupation or "",
            origin_place="", purpose=purpose, headcount=1,
        )
    return MemberVisit(visit, member, False)


def record_guest(lib: Library, by: Staff, *, gender: str, age_band: str, purpose: str = "read",
                 occupation: str = "", origin: str = "village", name: str = "") -> Visit:
    """A non-member signs the book (the name is optional)."""
    auth.require(by, "visits.record")
    return store.insert(
        lib, Visit, at=lib.clock.now(), member=None, name=(name or "").strip()[:120], gender=_gender(gender),
        age_band=_age_band(age_band), occupation=(occupation or "").strip()[:60], origin_place=_origin(origin),
        purpose=_purpose(purpose), headcount=1,
    )


def clean_group_counts(counts: dict[str, Any]) -> tuple[dict[str, int], int]:
    """Validate a group's counts; returns (breakdown, headcount). Keys: M/F, age bands, school levels."""
    breakdown: dict[str, int] = {}
    for key, value in (counts or {}).items():
        key = str(key).strip()
        norm = key.upper() if key.upper() in GENDERS else key.lower()
        if norm not in GENDERS and norm not in AGE_BANDS and norm not in SCHOOL_LEVELS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown group count {key} (use M, F, an age band "
                                                              "or paud/sd/smp/sma)."), field="counts", key=key)
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = -1
        if number < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The count for {key} must be a whole number."),
                                  field="counts", key=key)
        if number:
            breakdown[norm] = breakdown.get(norm, 0) + number
    by_gender = sum(breakdown.get(g, 0) for g in GENDERS)
    by_other = sum(v for k, v in breakdown.items() if k not in GENDERS)
    if by_gender and by_other and by_gender != by_other:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The group counts do not agree: {genders} by gender but {others} by age "
                                        "or school level."), field="counts", genders=by_gender, others=by_other)
    headcount = by_gender or by_other
    if headcount < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A group visit needs at least one person."),
                              field="counts")
    if headcount > MAX_GROUP:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A group of more than {n} people? Check the counts."),
                              field="counts", n=MAX_GROUP)
    return breakdown, headcount


def record_group(lib: Library, by: Staff, name: str, counts: dict[str, Any], purpose: str = "activity",
                 origin: str = "village") -> Visit:
    """A group visit (rombongan): one line, many people."""
    auth.require(by, "visits.record")
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the group a name (e.g. the school and class)."),
                              field="name")
    breakdown, headcount = clean_group_counts(counts)
    return store.insert(
        lib, Visit, at=lib.clock.now(), member=None, name="", gender="", age_band="", occupation="",
        origin_place=_origin(origin), purpose=_purpose(purpose), headcount=headcount, group_name=name[:120],
        breakdown=json.dumps(breakdown, sort_keys=True),
    )


def count_on(lib: Library, day: date) -> int:
    """People in the book on a local calendar day (group headcounts count)."""
    start, end = day_bounds(day)
    total = (Visit.select(fn.COALESCE(fn.SUM(Visit.headcount), 0))
             .where((Visit.deleted != True) & (Visit.at >= start) & (Visit.at < end)).scalar())  # noqa: E712
    return int(total or 0)


def today_count(lib: Library) -> int:
    return count_on(lib, local_today(lib.clock))


def day_visits(lib: Library, day: date | None = None, limit: int = 500) -> list[Visit]:
    """One day's lines, newest first (members joined in)."""
    start, end = day_bounds(day or local_today(lib.clock))
    query = (Visit.select(Visit, Member).join(Member, join_type=JOIN.LEFT_OUTER, on=(Visit.member == Member.id))
             .where((Visit.deleted != True) & (Visit.at >= start) & (Visit.at < end))  # noqa: E712
             .order_by(Visit.at.desc(), Visit.id.desc()).limit(limit))
    return list(query)


def get_visit(lib: Library, uid: str) -> Visit:
    visit = _live_visits().where(Visit.uid == uid).first()
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That visit is not in the book (any more)."))
    return visit


CORRECTABLE = ("gender", "age_band", "occupation", "origin_place", "purpose", "name", "group_name", "counts")


def correct_visit(lib: Library, by: Staff, visit: Visit, **changes: Any) -> Visit:
    """A librarian fixes a line (wrong button, wrong count). Audited with the old values."""
    auth.require(by, "visits.correct")
    unknown = set(changes) - set(CORRECTABLE)
    if unknown:
        raise ValueError(f"not correctable: {sorted(unknown)}")
    clean: dict[str, Any] = {}
    is_group = bool(visit.group_name)
    if "purpose" in changes:
        clean["purpose"] = _purpose(changes["purpose"])
    if "origin_place" in changes:
        clean["origin_place"] = _origin(changes["origin_place"]) if changes["origin_place"] else ""
    if "gender" in changes and not is_group:
        clean["gender"] = _gender(changes["gender"], required=False)
    if "age_band" in changes and not is_group:
        clean["age_band"] = _age_band(changes["age_band"], required=False)
    if "occupation" in changes:
        clean["occupation"] = (changes["occupation"] or "").strip()[:60]
    if "name" in changes and visit.member_id is None and not is_group:
        clean["name"] = (changes["name"] or "").strip()[:120]
    if is_group and "group_name" in changes:
        if not (changes["group_name"] or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the group a name (e.g. the school and class)."),
                                  field="name")
        clean["group_name"] = changes["group_name"].strip()[:120]
    if is_group and "counts" in changes:
        breakdown, headcount = clean_group_counts(changes["counts"])
        clean["breakdown"] = json.dumps(breakdown, sort_keys=True)
        clean["headcount"] = headcount
    old = {key: getattr(visit, key) for key in clean}
    with lib.transaction():
        store.update(lib, visit, **clean)
        auth.audit(lib, by, "visits.correct", "visit", visit.uid, old=old, new=clean)
    return visit


def remove_visit(lib: Library, by: Staff, visit: Visit) -> None:
    """Take a line out of the book (a test scan, a double entry). Audited."""
    auth.require(by, "visits.correct")
    with lib.transaction():
        store.delete(lib, visit)
        auth.audit(lib, by, "visits.remove", "visit", visit.uid, at=visit.at, headcount=visit.headcount,
                   group=visit.group_name, member=visit.member.number if visit.member_id else "")


def record_reading(lib: Library, by: Staff, barcode: str) -> InLibraryUse:
    """A copy read on site, scanned from the reading-room trolley: counts one in-library use."""
    auth.require(by, "visits.record")
    item = by_code(Item, Item.barcode, barcode)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No copy has the barcode {barcode}."),
                       barcode=(barcode or "").strip() or "-")
    return store.insert(lib, InLibraryUse, item=item, at=lib.clock.now())


def readings_on(lib: Library, day: date | None = None) -> int:
    start, end = day_bounds(day or local_today(lib.clock))
    return (InLibraryUse.select().where((InLibraryUse.deleted != True) & (InLibraryUse.at >= start)  # noqa: E712
                                        & (InLibraryUse.at < end)).count())


def describe(visit: Visit) -> dict[str, Any]:
    """A line of the book as plain values (CLI JSON, exports)."""
    return {
        "uid": visit.uid, "at": to_local(visit.at).isoformat(timespec="minutes"), "member": visit.member.number if visit.member_id else "",
        "name": visit.member.name if visit.member_id else (visit.group_name or visit.name),
        "gender": visit.gender, "age_band": visit.age_band, "occupation": visit.occupation,
        "origin": visit.origin_place, "purpose": visit.purpose, "headcount": visit.headcount,
        "group": visit.group_name, "breakdown": json.loads(visit.breakdown) if visit.breakdown else {},
    }
