"""The programme calendar patrons see (web catalogue): the next sessions of every programme, with
its description, partners and how to join. A cancelled session stays on its day, marked cancelled with
its reason: a parent checking whether Tuesday's class is on must be able to tell "cancelled (flood)"
from "never planned". A moved session is simply on its new day. Read-only; the programmes themselves
are edited on the Kegiatan page (core.community.programs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ..service import Library
from ..store.models import Partner, Program, ProgramPartner, ProgramSession


@dataclass(frozen=True)
class CalendarLine:
    program_id: int
    program: str
    kind: str  # programs.KINDS
    description: str
    starts_at: datetime  # UTC; show in the local zone
    place: str
    facilitator: str
    topic: str
    partners: tuple[str, ...]
    cancelled: bool = False
    cancel_reason: str = ""


def upcoming(lib: Library, days: int = 60, limit: int = 40) -> list[CalendarLine]:
    """Sessions from now to ``days`` ahead, soonest first, cancelled ones included (and marked)."""
    now = lib.clock.now()
    rows = list(ProgramSession.select(ProgramSession, Program)
                .join(Program, on=(ProgramSession.program == Program.id))
                .where((ProgramSession.deleted == False) & (Program.deleted == False)  # noqa: E712
                       & (ProgramSession.starts_at >= now - timedelta(hours=2))
                       & (ProgramSession.starts_at < now + timedelta(days=days)))
                .order_by(ProgramSession.starts_at).limit(limit))
    partners: dict[int, list[str]] = {}
    program_ids = {row.program_id for row in rows}
    if program_ids:
        for program_id, name in (Partner.select(ProgramPartner.program, Partner.name)
                                 .join(ProgramPartner, on=(ProgramPartner.partner == Partner.id))
                                 .where(ProgramPartner.program.in_(program_ids) & (ProgramPartner.deleted == False)  # noqa: E712
                                        & (Partner.deleted == False))  # noqa: E712
                                 .order_by(Partner.name).tuples()):
            partners.setdefault(program_id, []).append(name)
    return [CalendarLine(row.program_id, row.program.name, row.program.kind, row.program.description, row.starts_at,
                         row.place, row.facilitator, row.topic, tuple(partners.get(row.program_id, ())),
                         bool(row.cancelled), row.cancel_reason or "")
            for row in rows]
