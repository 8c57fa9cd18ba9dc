"""The audit log from the command line: ``pustaka-cli audit [--since D] [--until D] [--by USER]
[--action CODE] [--search TEXT] [--limit N] [--json]``, each entry told as a sentence in the user's language
(core.audit_describe, the same words as the audit page), with who did it and what it is about by name
(core.audit_about). Librarians only, like the page."""

from __future__ import annotations

import argparse

from ..core import audit_log
from ..core.audit_describe import describe
from ..core.audit_names import action_name, actor_name, entity_name
from ..core.fields import date_field
from ..core.formatting import format_datetime, parse_date
from . import common
from .common import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "audit", cmd_audit, json=True,
                       help="the audit log, newest first: who did what, in sentences (librarian)")
    p.add_argument("--since", help="from this day (DD-MM-YYYY or YYYY-MM-DD)")
    p.add_argument("--until", help="up to and including this day")
    p.add_argument("--by", help="only what this user did")
    p.add_argument("--action", help="one action code, or an area with a dot, e.g. backup.")
    p.add_argument("--search", help="entries about or mentioning this: a barcode, a member's number or name, a word")
    p.add_argument("--limit", type=int, default=50, help="how many entries (default: 50)")


def cmd_audit(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    flt = audit_log.AuditFilter(since=date_field(args.since, "since", parse_date),
                                until=date_field(args.until, "until", parse_date),
                                username=args.by or "", action=args.action or "", text=args.search or "")
    t = common.translate
    rows = audit_log.page(lib, by, flt, 0, max(1, args.limit), translate=t)  # (words as the sentences show them)

    def as_json(row: audit_log.AuditRow) -> dict:
        return {"at": row.at.isoformat(), "user": row.username, "user_name": who(row), "action": row.action,
                "action_name": action_name(row.action, t), "entity": row.entity, "id": row.entity_uid,
                "about": row.about, "details": describe(row.action, row.detail, t), "detail": row.detail}

    def who(row: audit_log.AuditRow) -> str:
        return actor_name(row.username, t, {row.username: row.full_name})

    def show(row: audit_log.AuditRow) -> None:
        about = f" ({entity_name(row.entity, t)}: {row.about})" if row.about else ""
        print(f"{format_datetime(row.at)}  {who(row)}  {describe(row.action, row.detail, t)}{about}")

    return common.print_rows(args, rows, as_json, translate("cli", "No audit log entries."), show)
