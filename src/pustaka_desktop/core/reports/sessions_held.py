"""The sessions a period's programmes held, one line each, for the TPBIS report: when, which programme, its topic,
where, who led it (most often a volunteer or the trainer a partner brought) and how many were present. The
report's figures say how many; the district and the National Library also ask who and where, which otherwise
stayed on the Programmes page.

A session counts as held as in ``figures.programmes``: not cancelled, on a day up to today or with someone marked
present. Times are the village's, as the Programmes page shows them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ..service import Library
from ..store.clock import local_instant, local_today, to_local
from .period import Period


def sessions_held(lib: Library, period: Period) -> list[dict[str, Any]]:
    t0, t1 = period.utc_bounds()
    tomorrow = local_instant(local_today(lib.clock) + timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    present = ("SELECT COUNT(*) FROM attendance a JOIN participant pa ON pa.id = a.participant_id AND +pa.deleted = 0 "
               "WHERE a.session_id = s.id AND +a.deleted = 0")
    rows = lib.db.execute_sql(
        f"SELECT s.starts_at, g.name, s.topic, s.place, s.facilitator, ({present}) FROM program_session s "
        "JOIN program g ON g.id = s.program_id AND +g.deleted = 0 "
        "WHERE +s.deleted = 0 AND +s.cancelled = 0 AND s.starts_at >= ? AND s.starts_at < ? "
        f"AND (s.starts_at < ? OR ({present}) > 0) ORDER BY s.starts_at, g.name", (t0, t1, tomorrow)).fetchall()
    return [{"starts_at": to_local(datetime.fromisoformat(at)).strftime("%Y-%m-%d %H:%M"), "programme": name,
             "topic": topic, "place": place, "facilitator": facilitator, "present": count}
            for at, name, topic, place, facilitator, count in rows]
