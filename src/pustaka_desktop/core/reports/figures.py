"""Every figure of every report, each from one query (tested against a hand-built library).

The SQL writes ``+x.deleted = 0``: the unary plus keeps SQLite from choosing the (useless, nearly
all-zero) ``deleted`` index over the date indexes that make a month's query read only that month.

Definitions (what a district officer reads in the report):

- **Collection** is "as at the end of the period": copies not deleted, not lost or withdrawn, that
  arrived on or before the last day (``received_on``). A copy without a date received came with a
  move-in (every copy entered here gets one): it was on the shelf before, so it counts in every
  period and is never new -- else the year of the move-in would report the old system's whole
  undated collection as new books. A **title** is a record with at least one such copy. A copy is
  **new** when it arrived in the period; a title is new when its first copy did. **Recent** titles were published in the last five
  years counted back from the period's year (2026 -> 2022..2026).
- **DDC main class** is the first digit of the class number ("5" -> 500); anything else (fiction
  marks, empty) counts under "other".
- **Members** are those registered on or before the last day; **active** members are among them
  (active <= members, always): members registered by the last day who borrowed or signed the visitor
  book in the period. Age bands are taken on the last day of the period. A member a moved-in list gave no
  registration date (``community.members_from_before``) is, like an undated copy, a member of every period and
  never **new** (the card's date is the import's day, no registration); a member is new when registered in the
  period.
- **Visits** count people: a group line counts its headcount. The average is per OPEN day (weekly
  closing days and holidays are not open days). Group genders and ages come from their counts;
  school levels count under their age band (see core.visits.SCHOOL_LEVELS). A **school group** is a group
  counted by school level; its **pupils** are those counts.
- **Loans** are loans made in the period; **returned late** are loans returned in the period after
  their due date.
- **Digital shelf**: files on the shelf at the end of the period (added by then, not removed), and
  how often patrons opened (read) or downloaded one on their phones in the period.
- **Programmes** are those with a session held in the period (on a day up to today, or with someone
  marked present: sessions planned for the days ahead are not held yet; by the day, as the district's
  running sums count them); participants are the distinct people who
  attended one of those sessions (a member once however many programmes they joined; a guest without
  a card once per programme), split into members and non-members (guests); attendances count every
  tick.

Indicators shared with the district office (``core.sync.stats`` calls the same functions on what the
villages sent, so a village's own sheet and the district's row for it give the same number):
``open_days`` (open days of a period, days still to come not counted) and ``per_open_day`` (the IPLM
average, rounded to one decimal). A village's own reports take that average over the open days since its visitor
records began when that was inside the period (``core.reports.recorded``); the district's row does the same
from the day each village's bundle says its records began (``core.sync.district_recorded``).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from ..catalog.funds import fund_of
from ..catalog.search_index import CLASS_DIGIT_SQL
from ..circulation import holidays
from ..community import members_from_before as from_before
from ..community.demographics import AGE_BANDS, band_of_age
from ..community.visits import SCHOOL_LEVELS
from ..service import Library
from ..store.clock import local_instant, local_today, to_local
from ..store.models import Staff
from .period import Period

GONE_STATUSES = ("lost", "withdrawn", "weeded", "missing")
DDC_CLASSES = ("000", "100", "200", "300", "400", "500", "600", "700", "800", "900", "other")
AUDIENCES = ("children", "teen", "adult")
GENDER_KEYS = ("M", "F", "")
TOP_TITLES = 10

# A stored class number may carry a collection prefix ("F 899.2213", "R 030": classnumber.normalise):
# its main class is the first digit after the prefix, as the search index files it. A prefix alone
# ("FIK") has no class.
_CLASS_DIGIT = CLASS_DIGIT_SQL.format(r="r")
_CLASS_SQL = f"CASE WHEN {_CLASS_DIGIT} BETWEEN '0' AND '9' THEN {_CLASS_DIGIT} || '00' ELSE 'other' END"


def _rows(lib: Library, sql: str, params: tuple | list = ()) -> list[tuple]:
    return list(lib.db.execute_sql(sql, tuple(params)).fetchall())


def _one(lib: Library, sql: str, params: tuple | list = ()) -> Any:
    row = lib.db.execute_sql(sql, tuple(params)).fetchone()
    return row[0] if row else None


def _ordered(counts: dict[str, int], keys: tuple[str, ...] | list[str]) -> dict[str, int]:
    """``counts`` in a fixed key order (zeros kept), then any unexpected keys."""
    out = {key: int(counts.get(key, 0)) for key in keys}
    for key, value in counts.items():
        if key not in out:
            out[key] = int(value)
    return out


# --- indicators shared with the district ------------------------------------------------------------


def open_days(calendar: holidays.OpenCalendar, period: Period, today: date) -> int:
    """Open days of ``period`` by ``calendar``, up to ``today``: days still to come are not open days
    yet (a report for the running month or year averages over the days so far)."""
    last = min(period.end, today)
    return calendar.open_days(period.start, last) if last >= period.start else 0


def per_open_day(people: int, days: int) -> float:
    """Visitors per open day (the IPLM average), one decimal; 0 when the library never opened."""
    return round(people / days, 1) if days else 0.0


# --- collection --------------------------------------------------------------------------------------


# '' sorts before every date: an undated (imported) copy is in the collection of any period, never new
_ARRIVED = "COALESCE(i.received_on, '')"


def _per_title(lib: Library, until: date | None, new_from: date | None) -> list[tuple]:
    """One pass over the copies, title by title (the covering indexes report_record_facets and
    report_item_collection make it an index-only join): class, audience, material, year, copies,
    first arrival, new copies, and copies by source."""
    gone = ",".join("?" * len(GONE_STATUSES))
    params: list[Any] = [new_from.isoformat() if new_from else "9999", *GONE_STATUSES]
    where = ""
    if until is not None:
        where = f" AND {_ARRIVED} <= ?"
        params.append(until.isoformat())
    return _rows(lib, (
        f"SELECT {_CLASS_SQL}, r.audience, r.material_type, r.year, COUNT(*), MIN({_ARRIVED}), "
        f"SUM({_ARRIVED} >= ?), SUM(i.source = 'purchase'), SUM(i.source = 'grant'), SUM(i.source = 'donation') "
        "FROM record r CROSS JOIN item i ON i.record_id = r.id "
        f"WHERE +r.deleted = 0 AND +i.deleted = 0 AND i.status NOT IN ({gone}){where} GROUP BY r.id"), params)


def collection(lib: Library, period: Period) -> dict[str, Any]:
    """The splits are summed from one per-title pass (see ``_per_title``)."""
    start = period.start.isoformat()
    splits: dict[str, dict[str, Counter]] = {name: {"titles": Counter(), "copies": Counter()}
                                            for name in ("class", "audience", "material")}
    sources: Counter = Counter()
    titles = copies = new_copies = new_titles = recent = 0
    recent_from = period.end.year - 4
    for cls, audience, material, year, n, first, new, bought, granted, donated in _per_title(
            lib, period.end, period.start):
        titles += 1
        copies += n
        new_copies += new or 0
        new_titles += first >= start
        recent += year is not None and year >= recent_from
        sources.update(purchase=bought, grant=granted, donation=donated, other=n - bought - granted - donated)
        for name, key in (("class", cls), ("audience", audience or ""), ("material", material or "")):
            splits[name]["titles"][key] += 1
            splits[name]["copies"][key] += n

    def split(name: str, keys) -> dict[str, dict[str, int]]:
        found = splits[name]
        ordered = list(keys) + [k for k in found["titles"] if k not in keys]
        return {"titles": {k: found["titles"].get(k, 0) for k in ordered},
                "copies": {k: found["copies"].get(k, 0) for k in ordered}}

    return {
        "titles": titles, "copies": copies,
        "by_class": split("class", DDC_CLASSES), "by_audience": split("audience", AUDIENCES),
        "by_material": split("material", ("book",)),
        "by_source": _ordered(dict(sources), ("purchase", "grant", "donation", "other")),
        "new_titles": new_titles, "new_copies": new_copies,
        "recent_titles": recent, "recent_share": round(100.0 * recent / titles, 1) if titles else 0.0,
    }


# --- members -----------------------------------------------------------------------------------------


def members(lib: Library, period: Period) -> dict[str, Any]:
    end = period.end.isoformat()
    start = period.start.isoformat()
    # a member from before Pustaka (a moved-in list gave no registration date) is one of every period's, never new
    base = f"FROM member m {from_before.JOIN} WHERE +m.deleted = 0 AND {from_before.BY_THE_END}"
    total = _one(lib, f"SELECT COUNT(*) {base}", [end])
    new = _one(lib, f"SELECT COUNT(*) {base} AND {from_before.NEW_IN}", [end, start, end])
    t0, t1 = period.utc_bounds()
    # Only members counted in ``total`` can be active: a loan or visit recorded before a member's
    # registration (imported history, a back-dated card) never makes active exceed registered.
    active = _one(lib, (
        "SELECT COUNT(*) FROM (SELECT member_id FROM loan WHERE +deleted = 0 AND loaned_at >= ? AND loaned_at < ? "
        "UNION SELECT member_id FROM visit WHERE +deleted = 0 AND member_id IS NOT NULL AND at >= ? AND at < ?) a "
        f"JOIN member m ON m.id = a.member_id AND +m.deleted = 0 {from_before.JOIN} WHERE {from_before.BY_THE_END}"),
        [t0, t1, t0, t1, end])
    genders = dict(_rows(lib, f"SELECT m.gender, COUNT(*) {base} GROUP BY m.gender", [end]))
    age_rows = _rows(lib, (
        "SELECT CASE WHEN m.birth_date IS NULL THEN NULL ELSE "
        "CAST(strftime('%Y', ?) AS INTEGER) - CAST(strftime('%Y', m.birth_date) AS INTEGER) "
        "- (strftime('%m-%d', ?) < strftime('%m-%d', m.birth_date)) END AS age, COUNT(*) "
        f"{base} GROUP BY age"), [end, end, end])
    bands: Counter = Counter()
    for age, count in age_rows:
        bands[band_of_age(None if age is None else max(0, int(age)))] += count
    occupations = _rows(lib, f"SELECT m.occupation, COUNT(*) AS n {base} GROUP BY m.occupation ORDER BY n DESC, "
                             "m.occupation", [end])
    profile = lib.profile
    population = profile.population if profile else None
    return {
        "total": total, "new": new, "active": active,
        "by_gender": _ordered(genders, GENDER_KEYS),
        "by_age_band": _ordered(dict(bands), (*AGE_BANDS, "")),
        "by_occupation": {occ or "": n for occ, n in occupations},
        "population": population,
        "population_share": round(100.0 * total / population, 1) if population else None,
    }


# --- visits ------------------------------------------------------------------------------------------


def visits(lib: Library, period: Period, calendar: holidays.OpenCalendar | None = None) -> dict[str, Any]:
    t0, t1 = period.utc_bounds()
    where = "FROM visit v WHERE +v.deleted = 0 AND v.at >= ? AND v.at < ?"
    p = [t0, t1]
    # one index-only pass (report_visit_at covers these columns), summed up here
    by_gender: Counter = Counter()
    by_band: Counter = Counter()
    by_purpose: Counter = Counter()
    by_origin: Counter = Counter()
    total = lines = member_visits = 0
    for gender, band, purpose, origin, is_member, is_group, people, n in _rows(lib, (
            "SELECT v.gender, v.age_band, v.purpose, v.origin_place, v.member_id IS NOT NULL, v.group_name != '', "
            f"SUM(v.headcount), COUNT(*) {where} GROUP BY 1, 2, 3, 4, 5, 6"), p):
        total += people
        lines += n
        by_purpose[purpose] += people
        if is_member:
            member_visits += n
        else:
            by_origin[origin or ""] += people
        if not is_group:
            by_gender[gender] += people
            by_band[band] += people
    groups = _rows(lib, f"SELECT v.headcount, v.breakdown {where} AND v.group_name != ''", p)
    group_people = school_groups = pupils = 0
    for headcount, breakdown in groups:
        group_people += headcount
        counts = json.loads(breakdown) if breakdown else {}
        at_school = sum(value for key, value in counts.items() if key in SCHOOL_LEVELS)
        school_groups += at_school > 0
        pupils += at_school
        gendered = sum(counts.get(g, 0) for g in ("M", "F"))
        for g in ("M", "F"):
            by_gender[g] += counts.get(g, 0)
        by_gender[""] += max(0, headcount - gendered)
        aged = 0
        for key, value in counts.items():
            band = key if key in AGE_BANDS else SCHOOL_LEVELS.get(key)
            if band:
                by_band[band] += value
                aged += value
        by_band[""] += max(0, headcount - aged)
    uses = _one(lib, "SELECT COUNT(*) FROM in_library_use WHERE +deleted = 0 AND at >= ? AND at < ?", p)
    days = open_days(calendar or holidays.calendar(lib, period.start, period.end), period, local_today(lib.clock))
    return {
        "total": int(total), "lines": lines, "open_days": days,
        "per_open_day": per_open_day(int(total), days),
        "by_gender": _ordered(dict(by_gender), GENDER_KEYS),
        "by_age_band": _ordered(dict(by_band), (*AGE_BANDS, "")),
        "by_purpose": _ordered(dict(by_purpose), ("read", "borrow", "study", "internet", "activity", "other")),
        "by_origin": _ordered(dict(by_origin), ("village", "elsewhere")),
        "members": member_visits, "non_members": int(total) - member_visits,
        "groups": len(groups), "group_people": group_people,
        "school_groups": school_groups, "pupils": pupils,
        "in_library_use": uses,
    }


def visits_per_day(lib: Library, period: Period) -> list[tuple[date, int]]:
    """People per local day in the period, every day listed (zeros included)."""
    t0, t1 = period.utc_bounds()
    mod = period.utc_offset_modifier()
    found = dict(_rows(lib, "SELECT date(at, ?) AS d, SUM(headcount) FROM visit WHERE +deleted = 0 AND at >= ? "
                            "AND at < ? GROUP BY d", [mod, t0, t1]))
    out = []
    day = period.start
    while day <= period.end:
        out.append((day, int(found.get(day.isoformat(), 0))))
        day += timedelta(days=1)
    return out


# --- loans -------------------------------------------------------------------------------------------


def loans_per_day(lib: Library, period: Period) -> list[tuple[date, int]]:
    """Loans made per local day in the period, every day listed (zeros included): the year of a move shows
    the months lent in the old system and at Pustaka's desk in one chart."""
    t0, t1 = period.utc_bounds()
    found = dict(_rows(lib, "SELECT date(loaned_at, ?) AS d, COUNT(*) FROM loan WHERE +deleted = 0 AND loaned_at >= ? "
                            "AND loaned_at < ? GROUP BY d", [period.utc_offset_modifier(), t0, t1]))
    return [(period.start + timedelta(days=n), int(found.get((period.start + timedelta(days=n)).isoformat(), 0)))
            for n in range(period.days)]


def loans(lib: Library, period: Period) -> dict[str, Any]:
    t0, t1 = period.utc_bounds()
    made = ("FROM loan l JOIN item i ON i.id = l.item_id JOIN record r ON r.id = i.record_id "
            "WHERE +l.deleted = 0 AND l.loaned_at >= ? AND l.loaned_at < ?")
    p = [t0, t1]
    total = _one(lib, "SELECT COUNT(*) FROM loan l WHERE +l.deleted = 0 AND l.loaned_at >= ? AND l.loaned_at < ?", p)
    # one join pass, title by title; classes, audiences and the top titles are summed from it
    by_class: Counter = Counter()
    by_audience: Counter = Counter()
    per_title = _rows(lib, f"SELECT {_CLASS_SQL}, r.audience, r.title, COUNT(*) {made} GROUP BY r.id", p)
    for cls, audience, _title, n in per_title:
        by_class[cls] += n
        by_audience[audience] += n
    top = sorted(((title, n) for _, _, title, n in per_title), key=lambda x: (-x[1], x[0]))[:TOP_TITLES]
    mod = period.utc_offset_modifier()
    # a loan closed because the member lost the book (loan_events.LOST) was never brought back: counted apart
    # one out of the book drop is late by the day it came back (loan_events.BOOK_DROP), as its fine is
    returned, late, lost = _rows(lib, (
        "SELECT COUNT(*) - COALESCE(SUM(lost), 0), COALESCE(SUM(date(back, ?) > due_on AND NOT lost), 0), "
        "COALESCE(SUM(lost), 0) FROM (SELECT COALESCE((SELECT max(e.at) FROM loan_event e WHERE e.loan_uid = loan.uid "
        "AND e.kind = 'book_drop'), returned_at) AS back, due_on, EXISTS(SELECT 1 FROM loan_event e WHERE "
        "e.loan_uid = loan.uid AND e.kind = 'lost') AS lost FROM loan "
        "WHERE +deleted = 0 AND returned_at >= ? AND returned_at < ?)"), [mod, *p])[0]
    borrowers = _one(lib, "SELECT COUNT(DISTINCT member_id) FROM loan WHERE +deleted = 0 AND loaned_at >= ? "
                          "AND loaned_at < ?", p)
    return {
        "total": total, "borrowers": borrowers,
        "by_class": _ordered(dict(by_class), DDC_CLASSES), "by_audience": _ordered(dict(by_audience), AUDIENCES),
        "top_titles": [(title, n) for title, n in top],
        "returned": int(returned), "returned_late": int(late), "lost_on_loan": int(lost),
    }


def digital_shelf(lib: Library, period: Period) -> dict[str, Any]:
    t0, t1 = period.utc_bounds()
    files = _one(lib, "SELECT COUNT(*) FROM digital_file WHERE deleted = 0 AND added_at < ?", [t1])
    uses = dict(_rows(lib, "SELECT kind, COUNT(*) FROM digital_view WHERE at >= ? AND at < ? GROUP BY kind", [t0, t1]))
    top = _rows(lib, (
        "SELECT r.title, COUNT(*) AS n FROM digital_view v JOIN digital_file f ON f.id = v.file_id "
        "JOIN record r ON r.id = f.record_id WHERE v.at >= ? AND v.at < ? GROUP BY r.id ORDER BY n DESC, r.title "
        "LIMIT ?"), [t0, t1, TOP_TITLES])
    return {"files": files, "reads": uses.get("read", 0), "downloads": uses.get("download", 0),
            "top_titles": [(title, n) for title, n in top]}


# --- programmes --------------------------------------------------------------------------------------


def programmes(lib: Library, period: Period) -> dict[str, Any]:
    t0, t1 = period.utc_bounds()
    tomorrow = local_instant(local_today(lib.clock) + timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    p = [t0, t1, tomorrow]
    # Held: not cancelled, and on a day up to today or someone was marked present (then it took place,
    # whatever the clock says)
    sess = ("SELECT s.id, s.program_id FROM program_session s JOIN program g ON g.id = s.program_id AND +g.deleted = 0 "
            "WHERE +s.deleted = 0 AND +s.cancelled = 0 AND s.starts_at >= ? AND s.starts_at < ? AND (s.starts_at < ? OR EXISTS "
            "(SELECT 1 FROM attendance a WHERE a.session_id = s.id AND +a.deleted = 0))")
    progs = _rows(lib, (
        f"WITH s AS ({sess}) SELECT g.id, g.name, g.kind, g.skill, g.outcomes, COUNT(s.id) FROM program g "
        "JOIN s ON s.program_id = g.id GROUP BY g.id ORDER BY g.name"), p)
    enrolments = _rows(lib, (
        f"WITH s AS ({sess}) SELECT pa.id, pa.member_id, pa.gender, pa.age_band, pa.program_id, COUNT(*) "
        "FROM attendance a JOIN s ON s.id = a.session_id "
        "JOIN participant pa ON pa.id = a.participant_id AND +pa.deleted = 0 "
        "WHERE +a.deleted = 0 GROUP BY pa.id ORDER BY pa.id"), p)
    # A member enrolled in two programmes is one person (their card says so); a guest has no card, so
    # each guest enrolment is one person. Gender and age band are those of the person's first enrolment.
    people: dict[Any, tuple[str, str]] = {}
    per_program: Counter = Counter()
    attendance = 0
    for pid, member_id, gender, band, program_id, count in enrolments:
        people.setdefault(("member", member_id) if member_id else ("guest", pid), (gender or "", band or ""))
        per_program[program_id] += 1
        attendance += count
    by_gender = Counter(gender for gender, _band in people.values())
    by_band = Counter(band for _gender, band in people.values())
    members_taking_part = sum(1 for kind, _ in people if kind == "member")
    ids = [row[0] for row in progs]
    partners: list[dict[str, Any]] = []
    stories: list[dict[str, Any]] = []
    if ids:
        marks = ",".join("?" * len(ids))
        roles: dict[int, list[str]] = {}  # what each partner did, in the librarian's words, first given first
        for partner_id, role in _rows(lib, (
                "SELECT partner_id, TRIM(role) FROM program_partner WHERE +deleted = 0 AND TRIM(role) <> '' "
                f"AND program_id IN ({marks}) ORDER BY id"), ids):
            if role not in roles.setdefault(partner_id, []):
                roles[partner_id].append(role)
        partners = [{"name": n, "kind": k, "mou_date": m, "programmes": c, "roles": ", ".join(roles.get(i, []))}
                    for i, n, k, m, c in _rows(lib, (
            "SELECT pt.id, pt.name, pt.kind, pt.mou_date, COUNT(DISTINCT pp.program_id) FROM program_partner pp "
            "JOIN partner pt ON pt.id = pp.partner_id AND +pt.deleted = 0 "
            f"WHERE +pp.deleted = 0 AND pp.program_id IN ({marks}) GROUP BY pt.id ORDER BY pt.name"), ids)]
    stories = [{"programme": g, "title": t, "text": x, "author": a, "told_on": d, "photo": ph, "consent": bool(ok)}
               for g, t, x, a, d, ph, ok in _rows(lib, (
                   "SELECT g.name, s.title, s.text, s.author, s.told_on, s.photo, s.consent FROM story s "
                   "JOIN program g ON g.id = s.program_id AND +g.deleted = 0 "
                   "WHERE +s.deleted = 0 AND s.told_on >= ? AND s.told_on <= ? ORDER BY s.told_on, s.id"),
                   [period.start.isoformat(), period.end.isoformat()])]
    kinds = Counter(row[2] for row in progs)
    called_off = _cancelled_sessions(lib, t0, t1)
    return {
        "programmes": len(progs),
        "sessions": sum(row[5] for row in progs),
        "sessions_cancelled": len(called_off),
        "cancelled": called_off,
        "participants": len(people),
        "participant_members": members_taking_part,
        "participant_guests": len(people) - members_taking_part,
        "attendance": attendance,
        "by_gender": _ordered(dict(by_gender), GENDER_KEYS),
        "by_age_band": _ordered(dict(by_band), (*AGE_BANDS, "")),
        "by_kind": dict(kinds),
        "list": [{"name": name, "kind": kind, "skill": skill, "outcomes": outcomes, "sessions": n,
                  "participants": per_program.get(pid, 0)} for pid, name, kind, skill, outcomes, n in progs],
        "partners": partners,
        "skills": sorted({row[3].strip() for row in progs if row[3] and row[3].strip()}),
        "stories": stories,
    }


def _cancelled_sessions(lib: Library, t0: str, t1: str) -> list[dict[str, Any]]:
    """The sessions of the period called off, with why: "10 held, 2 cancelled (flood, power cut)". Each one's time is
    the village's, as 'program sessions' writes it (stored in UTC, 09:00 in Garut read 02:00)."""
    return [{"programme": name, "starts_at": to_local(datetime.fromisoformat(at)).strftime(
        "%Y-%m-%d %H:%M"), "reason": reason} for name, at, reason in _rows(lib, (
        "SELECT g.name, s.starts_at, s.cancel_reason FROM program_session s "
        "JOIN program g ON g.id = s.program_id AND +g.deleted = 0 "
        "WHERE +s.deleted = 0 AND +s.cancelled = 1 AND s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at"),
        [t0, t1])]


# --- staff -------------------------------------------------------------------------------------------


def staff(lib: Library) -> dict[str, Any]:
    rows = list(Staff.select().where(Staff.active == True))  # noqa: E712
    roles = Counter(s.role for s in rows)
    profile = lib.profile
    return {
        "total": len(rows),
        "by_role": dict(roles),
        "head": profile.head_name if profile else "",
        "names": [s.full_name or s.username for s in rows],
    }


def profile_info(lib: Library) -> dict[str, Any]:
    p = lib.profile
    if p is None:
        return {}
    return {key: getattr(p, key) for key in ("name", "code", "npp", "village", "kecamatan", "kabupaten", "province",
                                             "address", "population", "phone", "email", "head_name")}


# --- the dashboard -----------------------------------------------------------------------------------


def loans_per_month(lib: Library, last: date, months: int = 12) -> list[tuple[str, int]]:
    """Loans made per month for the ``months`` months ending with ``last``'s month."""
    first = date(last.year, last.month, 1)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    period = Period.custom(first, last)
    t0, t1 = period.utc_bounds()
    found = dict(_rows(lib, "SELECT substr(date(loaned_at, ?), 1, 7) AS m, COUNT(*) FROM loan WHERE +deleted = 0 "
                            "AND loaned_at >= ? AND loaned_at < ? GROUP BY m",
                       [period.utc_offset_modifier(), t0, t1]))
    out = []
    month = first
    for _ in range(months):
        key = month.strftime("%Y-%m")
        out.append((key, int(found.get(key, 0))))
        month = (month + timedelta(days=32)).replace(day=1)
    return out


def collection_by_class(lib: Library) -> list[tuple[str, int, int]]:
    """(class, titles, copies) of the current collection: two index-only scans (copies per title,
    class per title) joined here, cheaper than a nested-loop join for the whole collection."""
    gone = ",".join("?" * len(GONE_STATUSES))
    copies_of = dict(_rows(lib, f"SELECT record_id, COUNT(*) FROM item WHERE +deleted = 0 AND status NOT IN ({gone}) "
                                "GROUP BY record_id", GONE_STATUSES))
    titles: Counter = Counter()
    copies: Counter = Counter()
    for record_id, cls in _rows(lib, f"SELECT r.id, {_CLASS_SQL} FROM record r WHERE +r.deleted = 0"):
        n = copies_of.get(record_id)
        if n:
            titles[cls] += 1
            copies[cls] += n
    return [(k, titles.get(k, 0), copies.get(k, 0)) for k in DDC_CLASSES]


def collection_totals(lib: Library, period: Period) -> dict[str, int]:
    """Titles, copies and new copies as at the end of the period, from the copies index alone."""
    gone = ",".join("?" * len(GONE_STATUSES))
    titles, copies, new = _rows(lib, (
        f"SELECT COUNT(DISTINCT i.record_id), COUNT(*), COALESCE(SUM({_ARRIVED} >= ?), 0) FROM item i "
        f"WHERE +i.deleted = 0 AND i.status NOT IN ({gone}) AND {_ARRIVED} <= ?"),
        [period.start.isoformat(), *GONE_STATUSES, period.end.isoformat()])[0]
    return {"titles": titles, "copies": copies, "new_copies": new}


def new_copies_by_source(lib: Library, period: Period) -> dict[str, dict[str, int]]:
    """The period's new copies (as ``collection_totals`` counts them) by source -- purchase, grant, donation,
    other -- each with the sum of the prices written on them and how many had a price."""
    gone = ",".join("?" * len(GONE_STATUSES))
    rows = _rows(lib, (
        "SELECT CASE WHEN i.source IN ('purchase', 'grant', 'donation') THEN i.source ELSE 'other' END, COUNT(*), "
        f"COALESCE(SUM(i.price), 0), COUNT(i.price) FROM item i WHERE +i.deleted = 0 AND i.status NOT IN ({gone}) "
        "AND i.received_on >= ? AND i.received_on <= ? GROUP BY 1"),
        [*GONE_STATUSES, period.start.isoformat(), period.end.isoformat()])
    found = {source: {"copies": n, "value": int(value), "priced": priced} for source, n, value, priced in rows}
    return {source: found.get(source, {"copies": 0, "value": 0, "priced": 0})
            for source in ("purchase", "grant", "donation", "other")}


def new_copies_by_fund(lib: Library, period: Period) -> list[dict[str, Any]]:
    """The period's new copies (as ``new_copies_by_source`` counts them) by the fund their source detail
    names (catalog.funds: "Dana Desa 2026" and "DD" are Dana Desa), each with its source, the sum of the
    prices written on them and how many had a price; the most copies first. Copies naming no fund are left
    out: their source's line counts them."""
    gone = ",".join("?" * len(GONE_STATUSES))
    rows = _rows(lib, (
        "SELECT i.source, i.source_detail, COUNT(*), COALESCE(SUM(i.price), 0), COUNT(i.price) FROM item i "
        f"WHERE +i.deleted = 0 AND i.status NOT IN ({gone}) AND i.received_on >= ? AND i.received_on <= ? "
        "AND i.source_detail != '' GROUP BY 1, 2"),
        [*GONE_STATUSES, period.start.isoformat(), period.end.isoformat()])
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for source, detail, n, value, priced in rows:
        fund = fund_of(detail)
        if fund is None:
            continue
        source = source if source in ("purchase", "grant", "donation") else "other"
        entry = found.setdefault((source, fund), {"fund": fund, "source": source, "copies": 0, "value": 0,
                                                  "priced": 0})
        entry["copies"] += n
        entry["value"] += int(value)
        entry["priced"] += priced
    return sorted(found.values(), key=lambda entry: (-entry["copies"], entry["fund"]))


def visit_totals(lib: Library, period: Period) -> dict[str, Any]:
    """People in the book and the average per open day (the IPLM figure), from the index alone."""
    t0, t1 = period.utc_bounds()
    total = _one(lib, "SELECT COALESCE(SUM(headcount), 0) FROM visit WHERE +deleted = 0 AND at >= ? AND at < ?",
                 [t0, t1])
    days = open_days(holidays.calendar(lib, period.start, period.end), period, local_today(lib.clock))
    return {"total": int(total), "open_days": days, "per_open_day": per_open_day(int(total), days)}


def participation_per_month(lib: Library, last: date, months: int = 12) -> list[tuple[str, int, int]]:
    """(month, sessions, attendances) for the ``months`` months ending with ``last``'s month."""
    first = date(last.year, last.month, 1)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    period = Period.custom(first, last)
    t0, t1 = period.utc_bounds()
    mod = period.utc_offset_modifier()
    rows = {m: (s, a) for m, s, a in _rows(lib, (
        "SELECT substr(date(s.starts_at, ?), 1, 7) AS m, COUNT(DISTINCT s.id), COUNT(a.id) FROM program_session s "
        "LEFT JOIN attendance a ON a.session_id = s.id AND +a.deleted = 0 "
        "WHERE +s.deleted = 0 AND +s.cancelled = 0 AND s.starts_at >= ? AND s.starts_at < ? GROUP BY m"),
        [mod, t0, t1])}
    out = []
    month = first
    for _ in range(months):
        key = month.strftime("%Y-%m")
        out.append((key, *rows.get(key, (0, 0))))
        month = (month + timedelta(days=32)).replace(day=1)
    return out


def dashboard(lib: Library, today: date | None = None, with_collection: bool = True) -> dict[str, Any]:
    """The dashboard charts' numbers, from aggregate queries (nothing precomputed). The collection
    by class is the slowest (the whole collection): the page asks for it separately, off the GUI thread."""
    today = today or local_today(lib.clock)
    data = {
        "visits_30_days": visits_per_day(lib, Period.custom(today - timedelta(days=29), today)),
        "loans_per_month": loans_per_month(lib, today, 12),
        "participation_per_month": participation_per_month(lib, today, 12),
    }
    if with_collection:
        data["collection_by_class"] = collection_by_class(lib)
    return data
