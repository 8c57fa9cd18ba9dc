"""Pupils by school: what a school's head or the village government asks the library ("how many of our pupils
are members, came, borrowed this month?"). Each school is one row however its pupils' records spell it
(``core.community.schools``); members whose institution is no school (a workplace, the village office) are not
listed. Counted as ``figures`` counts: members registered by the period's last day, members who signed the
visitor book or borrowed in the period, loans made in it, and the people of group visits named after the school.
A period before Pustaka kept the visitor book (or the loans) has no such counts: unknown, never 0.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..community import members_from_before as from_before
from ..community import schools
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from . import recorded
from .period import Period
from .tables import Table, Translate

COLUMNS = ("members", "new", "visited", "borrowers", "loans", "in_groups")


def pupils_by_school(lib: Library, period: Period) -> list[dict[str, Any]]:
    """One row a school, most members first: ``{"school": name, "spellings": [...], "members", "new",
    "visited", "borrowers", "loans", "in_groups"}``."""
    start, end = period.start.isoformat(), period.end.isoformat()
    t0, t1 = period.utc_bounds()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COLUMNS, 0))
    for written, total, new in _rows(lib, (  # (a member from before Pustaka: of every period, never new, as ``figures``)
            f"SELECT m.institution, COUNT(*), SUM({from_before.NEW_IN}) FROM member m {from_before.JOIN} "
            f"WHERE +m.deleted = 0 AND {from_before.BY_THE_END} AND m.institution != '' GROUP BY m.institution"),
            [start, end, end]):
        counts[written].update(members=total, new=int(new or 0))
    for written, visited in _rows(lib, (
            "SELECT m.institution, COUNT(DISTINCT v.member_id) FROM visit v JOIN member m ON m.id = v.member_id "
            "WHERE +v.deleted = 0 AND v.at >= ? AND v.at < ? AND m.institution != '' GROUP BY 1"), [t0, t1]):
        counts[written]["visited"] = visited
    for written, borrowers, loans in _rows(lib, (
            "SELECT m.institution, COUNT(DISTINCT l.member_id), COUNT(*) FROM loan l JOIN member m "
            "ON m.id = l.member_id WHERE +l.deleted = 0 AND l.loaned_at >= ? AND l.loaned_at < ? "
            "AND m.institution != '' GROUP BY 1"), [t0, t1]):
        counts[written].update(borrowers=borrowers, loans=loans)
    groups = schools.groups_of({written: row["members"] for written, row in counts.items()})
    rows: dict[str, dict[str, Any]] = {}
    for group in groups.values():
        row = rows[group.key] = {"school": group.name, "spellings": sorted(group.spellings),
                                 **dict.fromkeys(COLUMNS, 0)}
        for written in group.spellings:
            for column in COLUMNS:
                row[column] += counts[written][column]
    for name, people in _rows(lib, ("SELECT group_name, SUM(headcount) FROM visit WHERE +deleted = 0 AND at >= ? "
                                    "AND at < ? AND group_name != '' GROUP BY group_name"), [t0, t1]):
        school = schools.school_of_group(name, groups)
        if school is not None:
            key, label = school
            rows.setdefault(key, {"school": label, "spellings": [], **dict.fromkeys(COLUMNS, 0)})
            rows[key]["in_groups"] += int(people or 0)
    return sorted(rows.values(), key=lambda row: (-row["members"], -row["in_groups"], row["school"].upper()))


def _rows(lib: Library, sql: str, params: list) -> list[tuple]:
    return list(lib.db.execute_sql(sql, tuple(params)).fetchall())


# the columns counted from the visitor book or the loans -> their figure in ``impact.unrecorded``
RECORDS_OF = {"visited": "visits", "in_groups": "visits", "borrowers": "loans", "loans": "loans"}


def as_recorded(rows: list[dict[str, Any]], gaps: dict[str, Any]) -> list[dict[str, Any]]:
    """``rows`` with the counts of records Pustaka did not keep in the period set to None (unknown, not 0)."""
    unknown = [column for column, figure in RECORDS_OF.items() if recorded.not_recorded(gaps, figure)]
    return [{**row, **dict.fromkeys(unknown)} for row in rows]


SCHOOL_COLUMNS = {"members": QT_TRANSLATE_NOOP("Reports", "Members"),
                  "visited": QT_TRANSLATE_NOOP("Reports", "Members who visited"),
                  "borrowers": QT_TRANSLATE_NOOP("Reports", "Members who borrowed"),
                  "loans": QT_TRANSLATE_NOOP("Reports", "Books borrowed"),
                  "in_groups": QT_TRANSLATE_NOOP("Reports", "In visiting groups")}


TITLE_NOT_RECORDED = QT_TRANSLATE_NOOP("Reports", "{caption} (visits and loans not recorded in Pustaka)")


def school_table(data: dict[str, Any], translate: Translate) -> Table:
    """Pupils by school: each school once, its members, those who came or borrowed in the period, their loans and
    the people of group visits named after it. Counts of records Pustaka did not keep are "-", and the title says
    so, or since when they were kept (the cells stay short: a school's name is not squeezed)."""
    rows, gaps = data["schools"], data.get("unrecorded") or {}
    body = [[row["school"], *("-" if row[key] is None else row[key] for key in SCHOOL_COLUMNS)] for row in rows]
    body.append([translate("Reports", "Total"), *("-" if any(row[key] is None for row in rows)
                                                  else sum(row[key] for row in rows) for key in SCHOOL_COLUMNS)])
    title = translate("Reports", "Pupils by school")
    if any(gaps.get(figure) for figure in ("visits", "loans")):
        title = recorded.title_as_recorded(data, title, translate, "visits", "loans")
    elif any(recorded.not_recorded(gaps, figure) for figure in ("visits", "loans")):
        title = translate("Reports", TITLE_NOT_RECORDED).format(caption=title)
    return Table(title, [translate("Reports", "School"),
                         *(translate("Reports", name) for name in SCHOOL_COLUMNS.values())], body)
