"""Where the figures of the days before the move came from: a library that moved in from SLiMS in July reports
January to June from SLiMS's backup and the visitor book it kept in Excel. The reports say so in one short
line, so the village head and the district know those months were not counted at Pustaka's desk.

Read from the audit log's imports of history (``circulation.import``: SLiMS's loans, fines and visitor book, or
a loan notebook) and of the visitor book and activities (``visits.import``), leaving out imports undone since.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from ..interop.import_list import undone_by
from ..service import Library
from ..store.clock import to_local
from ..store.models import AuditLog
from .period import Period, format_date

SOURCE_NAMES = {
    "slims": QT_TRANSLATE_NOOP("Reports", "the SLiMS backup"),
    "loan_list": QT_TRANSLATE_NOOP("Reports", "the loan notebook"),
    "visit_book": QT_TRANSLATE_NOOP("Reports", "the old visitor book and activity list"),
}
LINE = QT_TRANSLATE_NOOP("Reports", "Figures before {date} come from {sources}, imported when the library moved "
                                    "to Pustaka.")
AND = QT_TRANSLATE_NOOP("Reports", " and ")


def _source(row: AuditLog, detail: dict[str, Any]) -> str:
    if row.action == "visits.import":
        return "visit_book"
    return "loan_list" if detail.get("format") == "loan-list" else "slims"


def before_the_move(lib: Library, period: Period) -> dict[str, Any] | None:
    """``{"until": day of the first history import, "sources": [...]}`` when ``period`` has days before
    that day (their figures came from those imports); None when it has none or nothing was imported."""
    first: date | None = None
    sources: list[str] = []
    rows = AuditLog.select().where(AuditLog.action.in_(["circulation.import", "visits.import"])).order_by(AuditLog.id)
    for row in rows:
        detail = json.loads(row.detail or "{}")
        if detail.get("log") and undone_by(detail["log"]) is not None:
            continue
        day = to_local(row.at).date()
        first = min(first, day) if first else day
        if _source(row, detail) not in sources:
            sources.append(_source(row, detail))
    if first is None or period.start >= first:
        return None
    return {"until": first, "sources": sources}


def sources_line(moved: dict[str, Any] | None, translate=lambda context, text: text) -> str:
    """The line a report prints under its heading ("" when nothing came from before the move)."""
    if not moved:
        return ""
    names = [translate("Reports", SOURCE_NAMES[source]) for source in moved["sources"]]
    joined = ", ".join(names[:-1]) + translate("Reports", AND) + names[-1] if len(names) > 1 else names[0]
    return translate("Reports", LINE).format(date=format_date(moved["until"], translate), sources=joined)
