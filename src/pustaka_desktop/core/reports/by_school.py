"""Pupils by school: what a school's head or the village government asks the library ("how many of our pupils
are members, came, borrowed this month?"). Each school is one row however its pupils' records spell it
(``core.community.schools``); members whose institution is no school (a workplace, the village office) are not
listed. Counted as ``figures`` counts: members registered by the period's last day, members who signed the
visitor book or borrowed in the period, loans made in it, and the people of group visits named after the school.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..community import schools
from ..service import Library
from .period import Period

COLUMNS = ("members", "new", "visited", "borrowers", "loans", "in_groups")


def pupils_by_school(lib: Library, period: Period) -> list[dict[str, Any]]:
    """One row a school, most members first: ``{"school": name, "spellings": [...], "members", "new",
    "visited", "borrowers", "loans", "in_groups"}``."""
    start, end = period.start.isoformat(), period.end.isoformat()
    t0, t1 = period.utc_bounds()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COLUMNS, 0))
    for written, total, new in _rows(lib, (
            "SELECT institution, COUNT(*), SUM(registered_on >= ?) FROM member WHERE +deleted = 0 "
            "AND registered_on <= ? AND institution != '' GROUP BY institution"), [start, end]):
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
