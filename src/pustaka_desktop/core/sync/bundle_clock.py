"""What a bundle's times say about a PC clock set wrong, told to whoever can set it right.

A village PC whose clock fell a year behind (a flat clock battery, a year typed wrong) still syncs: its rows
merge by their version stamps, which never run backwards (``store.hlc``), and the district tells its bundles
apart by the village's own change numbers before its clock (``importer._newest_from``). What is left is to say
so, without trusting the clock that is wrong:

- the district: a village's bundle acknowledges changes of the office's that were written after the bundle
  says it was made. No bundle can hold what did not yet exist, so the village's clock is behind by at least
  that much, by the office's own clock alone;
- a village: the district's bundle says it was made well after this PC's date. Which clock is wrong cannot be
  known from here, but a district office's PC is rarely the one: the sentence says this PC's clock is
  probably behind, and what to do if it is right.

Each goes on the receiving PC's sync exception list (``conflicts.EXCEPTION_KINDS``), once a day per sender."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from ..service import Library
from ..store.models import ChangeLog
from .merge import record_exception

# Two PCs' clocks this far apart are a clock set wrong (a bundle carried for hours, a time zone, are not)
SLACK = timedelta(days=1)


def note(lib: Library, sender_site: str, sender_code: str, manifest: dict[str, Any]) -> None:
    """Put a clock the bundle shows to be behind on the exception list (``sender_code`` names the sender)."""
    made = made_at(manifest)
    if made is None:
        return
    now = lib.clock.now()
    if lib.is_district:
        ack = int((manifest.get("acks") or {}).get(lib.site_id, 0) or 0)
        written = ChangeLog.select(ChangeLog.at).where(ChangeLog.origin == lib.site_id, ChangeLog.seq == ack).scalar()
        if written is not None and made < _aware(written) - SLACK:
            record_exception(lib, "clock-behind", f"clock-behind:{sender_site}:{now.date()}", sender=sender_code,
                             behind_days=_days(_aware(written) - made))
    elif behind_here(lib, manifest):
        record_exception(lib, "clock-behind-here", f"clock-behind-here:{sender_site}:{now.date()}",
                         sender=sender_code, behind_days=_days(made - now))


def behind_here(lib: Library, manifest: dict[str, Any]) -> bool:
    """A village: the district's bundle was made well after this PC's date (this clock is probably behind)."""
    made = made_at(manifest)
    return not lib.is_district and made is not None and made > lib.clock.now() + SLACK


def made_at(manifest: dict[str, Any]) -> datetime | None:
    """When the bundle says it was made (by its sender's clock), to the second; None when it does not say."""
    try:
        made = datetime.fromisoformat(str(manifest.get("created_at") or "")).replace(microsecond=0)
    except ValueError:
        return None
    return made if made.tzinfo is not None else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _days(span: timedelta) -> int:
    return max(1, round(span.total_seconds() / 86400))
