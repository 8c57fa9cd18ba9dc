"""One audit log entry told as a sentence in the user's language, for the audit page and `pustaka-cli
audit`: ``fines.waive {"amount": 5000, "reason": "buku rusak"}`` reads "Denda Rp 5.000 dihapuskan,
alasan: buku rusak." The log keeps its codes and JSON (stable, searchable); only what people read is
built here. A detail this module does not know is still shown, as its key and value."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from .audit_names import action_name
from .auth import ROLE_NAMES
from .catalog.copies import ITEM_STATUSES
from .formatting import format_date, format_datetime, format_money, format_number
from .i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
CONTEXT = "AuditDetails"

# Whole sentences for the actions people look for most; {key} is the detail's value, written for people.
SENTENCES: dict[str, str] = {
    "fines.waive": QT_TRANSLATE_NOOP("AuditDetails", "Fines of {amount} waived, reason: {reason}."),
    "members.block": QT_TRANSLATE_NOOP("AuditDetails", "Member blocked, reason: {reason}."),
    "members.renew": QT_TRANSLATE_NOOP("AuditDetails", "Membership renewed until {expires_on}."),
    "members.delete": QT_TRANSLATE_NOOP("AuditDetails", "Member {number} deleted."),
    "catalog.delete": QT_TRANSLATE_NOOP("AuditDetails", "“{title}” deleted with its {copies} copies."),
    "circulation.override": QT_TRANSLATE_NOOP("AuditDetails", "A librarian allowed {what} that the rules refused."),
    "circulation.undo": QT_TRANSLATE_NOOP("AuditDetails", "{what} of copy {barcode} undone."),
    "circulation.found": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} found (it was {status})."),
    "stocktake.found": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} found on the shelf at stock-take {stocktake} "
                                                         "(it was {before})."),
    "stocktake.mark": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} not seen at stock-take {stocktake}: now {status} "
                                                        "(it was {before})."),
    "stocktake.decide": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} not seen at stock-take {stocktake}: "
                                                          "decided, now {status} (it was {before})."),
    "stocktake.finish": QT_TRANSLATE_NOOP("AuditDetails", "{marked} copies not seen marked {mark}."),
    "staff.create": QT_TRANSLATE_NOOP("AuditDetails", "New account with the role {role}."),
    "staff.role": QT_TRANSLATE_NOOP("AuditDetails", "Role changed from {old} to {new}."),
    "login.failed": QT_TRANSLATE_NOOP("AuditDetails", "Wrong password, {failures} time(s) in a row."),
    "login.locked": QT_TRANSLATE_NOOP("AuditDetails", "Account locked for {minutes} minutes."),
    "recovery.failed": QT_TRANSLATE_NOOP("AuditDetails", "Wrong recovery code, {failures} time(s) in a row."),
    "recovery.locked": QT_TRANSLATE_NOOP("AuditDetails", "Recovery locked for {minutes} minutes."),
    "backup.create": QT_TRANSLATE_NOOP("AuditDetails", "Backup written to {file}."),
    "backup.restore": QT_TRANSLATE_NOOP("AuditDetails", "Restored from {file}; the database before it was kept as {safety_copy}."),
    "settings.idle_lock": QT_TRANSLATE_NOOP("AuditDetails", "Screen lock after {new} minutes (was {old})."),
    "desk.volunteer_mode": QT_TRANSLATE_NOOP("AuditDetails", "Volunteer mode {on}."),
    "visits.remove": QT_TRANSLATE_NOOP("AuditDetails", "Line of {at} removed ({headcount} people)."),
    "sync.import": QT_TRANSLATE_NOOP("AuditDetails", "Bundle {bundle}: {rows} changes, {changed} applied, {conflicts} conflicts."),
    "sync.export": QT_TRANSLATE_NOOP("AuditDetails", "Bundle {bundle}: {rows} changes."),
    "printing.labels": QT_TRANSLATE_NOOP("AuditDetails", "{labels} {kind} labels printed, {skipped} skipped."),
    "printing.cards": QT_TRANSLATE_NOOP("AuditDetails", "{count} member cards printed."),
    "web.renew": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} renewed until {due}."),
    "circulation.holiday_add": QT_TRANSLATE_NOOP("AuditDetails", "Closed from {starts_on} to {ends_on}: {name}."),
    "circulation.holiday_remove": QT_TRANSLATE_NOOP("AuditDetails",
                                                    "No longer closed from {starts_on} to {ends_on}: {name}."),
}

# Other details, one phrase each, joined after the action's name.
PHRASES: dict[str, str] = {
    "file": QT_TRANSLATE_NOOP("AuditDetails", "file {value}"),
    "barcode": QT_TRANSLATE_NOOP("AuditDetails", "copy {value}"),
    "title": QT_TRANSLATE_NOOP("AuditDetails", "title “{value}”"),
    "copies": QT_TRANSLATE_NOOP("AuditDetails", "{value} copies"),
    "format": QT_TRANSLATE_NOOP("AuditDetails", "format {value}"),
    "status": QT_TRANSLATE_NOOP("AuditDetails", "status {value}"),
    "amount": QT_TRANSLATE_NOOP("AuditDetails", "amount {value}"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "reason: {value}"),
    "number": QT_TRANSLATE_NOOP("AuditDetails", "member {value}"),
    "member": QT_TRANSLATE_NOOP("AuditDetails", "member {value}"),
    "expires_on": QT_TRANSLATE_NOOP("AuditDetails", "valid until {value}"),
    "failures": QT_TRANSLATE_NOOP("AuditDetails", "{value} failed attempts"),
    "minutes": QT_TRANSLATE_NOOP("AuditDetails", "{value} minutes"),
    "wait_s": QT_TRANSLATE_NOOP("AuditDetails", "wait {value} seconds"),
    "count": QT_TRANSLATE_NOOP("AuditDetails", "{value} in all"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "kind {value}"),
    "labels": QT_TRANSLATE_NOOP("AuditDetails", "{value} labels"),
    "skipped": QT_TRANSLATE_NOOP("AuditDetails", "{value} skipped"),
    "fields": QT_TRANSLATE_NOOP("AuditDetails", "fields: {value}"),
    "field": QT_TRANSLATE_NOOP("AuditDetails", "field {value}"),
    "role": QT_TRANSLATE_NOOP("AuditDetails", "role {value}"),
    "clock": QT_TRANSLATE_NOOP("AuditDetails", "clock read {value}"),
    "size": QT_TRANSLATE_NOOP("AuditDetails", "{value} bytes"),
    "code": QT_TRANSLATE_NOOP("AuditDetails", "library code {value}"),
    "name": QT_TRANSLATE_NOOP("AuditDetails", "name “{value}”"),
    "bundle": QT_TRANSLATE_NOOP("AuditDetails", "bundle {value}"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "{value} changes"),
    "members": QT_TRANSLATE_NOOP("AuditDetails", "member records: {value}"),
    "site": QT_TRANSLATE_NOOP("AuditDetails", "site {value}"),
    "consent": QT_TRANSLATE_NOOP("AuditDetails", "consent: {value}"),
    "keep_site": QT_TRANSLATE_NOOP("AuditDetails", "kept site {value}"),
    "zone": QT_TRANSLATE_NOOP("AuditDetails", "time zone {value}"),
    "period": QT_TRANSLATE_NOOP("AuditDetails", "period {value}"),
    "report": QT_TRANSLATE_NOOP("AuditDetails", "report {value}"),
    "headcount": QT_TRANSLATE_NOOP("AuditDetails", "{value} people"),
    "group": QT_TRANSLATE_NOOP("AuditDetails", "group “{value}”"),
    "at": QT_TRANSLATE_NOOP("AuditDetails", "at {value}"),
    "due": QT_TRANSLATE_NOOP("AuditDetails", "due {value}"),
    "starts_on": QT_TRANSLATE_NOOP("AuditDetails", "from {value}"),
    "ends_on": QT_TRANSLATE_NOOP("AuditDetails", "to {value}"),
    "record": QT_TRANSLATE_NOOP("AuditDetails", "record {value}"),
    "old": QT_TRANSLATE_NOOP("AuditDetails", "before: {value}"),
    "new": QT_TRANSLATE_NOOP("AuditDetails", "now: {value}"),
    "safety_copy": QT_TRANSLATE_NOOP("AuditDetails", "safety copy {value}"),
    "changed": QT_TRANSLATE_NOOP("AuditDetails", "{value} applied"),
    "conflicts": QT_TRANSLATE_NOOP("AuditDetails", "{value} conflicts"),
    "enabled": QT_TRANSLATE_NOOP("AuditDetails", "on: {value}"),
    "port": QT_TRANSLATE_NOOP("AuditDetails", "port {value}"),
    "parts": QT_TRANSLATE_NOOP("AuditDetails", "parts: {value}"),
    "what": QT_TRANSLATE_NOOP("AuditDetails", "{value}"),
    "before": QT_TRANSLATE_NOOP("AuditDetails", "was {value}"),
    "note": QT_TRANSLATE_NOOP("AuditDetails", "note: {value}"),
    "location": QT_TRANSLATE_NOOP("AuditDetails", "location {value}"),
    "ddc_from": QT_TRANSLATE_NOOP("AuditDetails", "DDC from {value}"),
    "ddc_to": QT_TRANSLATE_NOOP("AuditDetails", "DDC to {value}"),
    "marked": QT_TRANSLATE_NOOP("AuditDetails", "{value} copies marked"),
    "stocktake": QT_TRANSLATE_NOOP("AuditDetails", "stock-take {value}"),
    "attempted": QT_TRANSLATE_NOOP("AuditDetails", "tried: {value}"),
}

# checksums and counters nobody reads from the screen; how many copies a stock-take did not see (its report has them)
HIDDEN = {"sha256", "floor", "next_seq", "not_seen"}

YES_NO = {
    "on": (QT_TRANSLATE_NOOP("AuditDetails", "switched on"), QT_TRANSLATE_NOOP("AuditDetails", "switched off")),
    "removed": (QT_TRANSLATE_NOOP("AuditDetails", "logo removed"), QT_TRANSLATE_NOOP("AuditDetails", "new logo")),
    "full": (QT_TRANSLATE_NOOP("AuditDetails", "full member records"),
             QT_TRANSLATE_NOOP("AuditDetails", "pseudonymised member records")),
    "replaced": (QT_TRANSLATE_NOOP("AuditDetails", "the old code no longer works"),
                 QT_TRANSLATE_NOOP("AuditDetails", "the library's first code")),
    "new_account": (QT_TRANSLATE_NOOP("AuditDetails", "a new librarian account"),
                    QT_TRANSLATE_NOOP("AuditDetails", "a new password (the account's PIN was removed)")),
    "by_recovery_code": (QT_TRANSLATE_NOOP("AuditDetails", "made with the recovery code"),
                         QT_TRANSLATE_NOOP("AuditDetails", "made by a librarian")),
}
YES, NO = QT_TRANSLATE_NOOP("AuditDetails", "yes"), QT_TRANSLATE_NOOP("AuditDetails", "no")

# Values that are codes: what a desk action was, what kind of visit or label.
CODES: dict[str, str] = {
    "checkout": QT_TRANSLATE_NOOP("AuditDetails", "a loan"),
    "checkin": QT_TRANSLATE_NOOP("AuditDetails", "a return"),
    "return": QT_TRANSLATE_NOOP("AuditDetails", "a return"),
    "renew": QT_TRANSLATE_NOOP("AuditDetails", "a renewal"),
    "guest": QT_TRANSLATE_NOOP("AuditDetails", "guest"),
    "group": QT_TRANSLATE_NOOP("AuditDetails", "group"),
    "spine": QT_TRANSLATE_NOOP("AuditDetails", "spine"),
    "combined": QT_TRANSLATE_NOOP("AuditDetails", "combined"),
    "pseudonymised": QT_TRANSLATE_NOOP("AuditDetails", "pseudonymised"),
}

MONEY = {"amount"}
DATES = {"expires_on", "due", "received_on", "starts_on", "ends_on"}
TIMES = {"at", "clock"}


def _value(key: str, value: Any, translate: Translate) -> str:
    if isinstance(value, bool):
        return translate(CONTEXT, YES if value else NO)
    if isinstance(value, int | float):
        return format_money(int(value)) if key in MONEY else format_number(value)
    if isinstance(value, list):
        return ", ".join(_value(key, v, translate) for v in value) or "—"
    if isinstance(value, dict):
        return ", ".join(_phrase(k, v, translate) for k, v in value.items() if k not in HIDDEN)
    text = str(value)
    if key in DATES or key in TIMES:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        if key in DATES and len(text) == 10:
            return format_date(date.fromisoformat(text))
        return format_datetime(moment)
    if key in ("role", "old", "new") and text in ROLE_NAMES:
        return translate("Roles", ROLE_NAMES[text])
    if key in ("status", "before", "mark") and text in ITEM_STATUSES:
        return translate("Catalog", ITEM_STATUSES[text]).lower()
    if text in CODES:
        return translate(CONTEXT, CODES[text])
    return text


def _phrase(key: str, value: Any, translate: Translate) -> str:
    if key in YES_NO and isinstance(value, bool):
        return translate(CONTEXT, YES_NO[key][0 if value else 1])
    shown = _value(key, value, translate)
    if key in PHRASES:
        return translate(CONTEXT, PHRASES[key]).format(value=shown)
    return f"{key}: {shown}"


def describe(action: str, detail: str, translate: Translate) -> str:
    """The entry's details as a sentence in the language of ``translate``."""
    try:
        data = json.loads(detail) if detail else {}
    except ValueError:
        data = detail  # written before details were JSON: shown as it was written
    if not isinstance(data, dict):
        return f"{action_name(action, translate)}: {data}." if data else f"{action_name(action, translate)}."
    data = {k: v for k, v in data.items() if k not in HIDDEN and v not in ("", None)}
    template = SENTENCES.get(action)
    if template is not None:
        needed = _fields(template)
        if needed <= data.keys():
            values = {key: (translate(CONTEXT, YES_NO[key][0 if data[key] else 1])
                            if key in YES_NO and isinstance(data[key], bool) else _value(key, data[key], translate))
                      for key in needed}
            sentence = translate(CONTEXT, template).format(**values)
            sentence = sentence[:1].upper() + sentence[1:]  # "{what} of copy ..." starts with a value
            rest = [_phrase(k, v, translate) for k, v in data.items() if k not in needed]
            return sentence if not rest else f"{sentence[:-1]}; {', '.join(rest)}."
    name = action_name(action, translate)
    phrases = [_phrase(k, v, translate) for k, v in data.items()]
    return f"{name}: {', '.join(phrases)}." if phrases else f"{name}."


def _fields(template: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
