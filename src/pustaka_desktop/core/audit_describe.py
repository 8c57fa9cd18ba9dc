"""One audit log entry told as a sentence in the user's language, for the audit page and `pustaka-cli
audit`: ``fines.waive {"amount": 5000, "reason": "buku rusak"}`` reads "Denda Rp 5.000 dihapuskan,
alasan: buku rusak." The log keeps its codes and JSON (stable, searchable); only what people read is
built here. A detail this module does not know is still shown, as its key and value."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from .audit_names import action_name, actor_name, attempt_name
from .auth import ROLE_NAMES
from .catalog.copies import ITEM_STATUSES
from .catalog.review import REASONS
from .community.demographics import GENDER_NAMES
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
    "members.registration_confirmed": QT_TRANSLATE_NOOP("AuditDetails", "{registered_on} confirmed as the day the "
                                                                        "member registered (it had stood in for an "
                                                                        "unknown date since the move-in)."),
    "catalog.delete": QT_TRANSLATE_NOOP("AuditDetails", "“{title}” deleted with its {copies} copies."),
    "catalog.copy_move": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} moved from “{from_title}” (record "
                                                           "{from_record}) to “{title}” (record {to_record})."),
    "circulation.override": QT_TRANSLATE_NOOP("AuditDetails", "A librarian allowed {what} that the rules refused."),
    "circulation.override_note": QT_TRANSLATE_NOOP("AuditDetails", "Why it was allowed: “{note}”"),
    "circulation.undo": QT_TRANSLATE_NOOP("AuditDetails", "{what} of copy {barcode} undone."),
    "circulation.book_drop": QT_TRANSLATE_NOOP(
        "AuditDetails", "Copy {barcode} from the book drop counted as returned on {returned_on}: fine {fine} "
                        "instead of {fine_today}."),
    "circulation.found": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} found (it was {status})."),
    "circulation.lost": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} lost on loan by member {member}: "
                                                          "{amount} charged for it."),
    "stocktake.found": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} found on the shelf at stock-take {stocktake} "
                                                         "(it was {before})."),
    "stocktake.mark": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} not seen at stock-take {stocktake}: now {status} "
                                                        "(it was {before})."),
    "stocktake.decide": QT_TRANSLATE_NOOP("AuditDetails", "Copy {barcode} not seen at stock-take {stocktake}: "
                                                          "decided, now {status} (it was {before})."),
    "catalog.review_fix": QT_TRANSLATE_NOOP("AuditDetails", "{checked} corrected on the review list: {old} is now "
                                                            "{new}."),
    "catalog.review_fix_all": QT_TRANSLATE_NOOP("AuditDetails", "{fixed} suggestions of the review list used at "
                                                                "once, {not_fixed} left on the list."),
    "stocktake.finish": QT_TRANSLATE_NOOP("AuditDetails", "{marked} copies not seen marked {mark}."),
    "stocktake.abandon": QT_TRANSLATE_NOOP("AuditDetails", "Abandoned with {seen} of {expected} copies seen "
                                                           "({scanned} scans): nothing marked."),
    "staff.create": QT_TRANSLATE_NOOP("AuditDetails", "New account with the role {role}."),
    "staff.role": QT_TRANSLATE_NOOP("AuditDetails", "Role changed from {old} to {new}."),
    "login.failed": QT_TRANSLATE_NOOP("AuditDetails", "Wrong password, {failures} time(s) in a row."),
    "login.locked": QT_TRANSLATE_NOOP("AuditDetails", "Account locked for {minutes} minutes."),
    "unlock.failed": QT_TRANSLATE_NOOP("AuditDetails", "Wrong password or PIN at the locked screen, {failures} "
                                                       "time(s) in a row."),
    "recovery.failed": QT_TRANSLATE_NOOP("AuditDetails", "Wrong recovery code, {failures} time(s) in a row."),
    "recovery.locked": QT_TRANSLATE_NOOP("AuditDetails", "Recovery locked for {minutes} minutes."),
    "backup.create": QT_TRANSLATE_NOOP("AuditDetails", "Backup written to {file}."),
    "import.undo": QT_TRANSLATE_NOOP("AuditDetails", "Import of {file} undone: {records} records, {copies} copies "
                                                     "and {members} members removed, {restored} put back as they "
                                                     "were, {kept} kept."),
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
    "denied": QT_TRANSLATE_NOOP("AuditDetails", "Refused: {attempted} is not allowed for the role {role}."),
    "session.deactivated": QT_TRANSLATE_NOOP("AuditDetails", "Refused: {attempted}. The account was deactivated "
                                                             "while it was still signed in."),
    "session.role": QT_TRANSLATE_NOOP("AuditDetails", "Refused: {attempted}. The account's role was lowered since it "
                                                      "signed in."),
    "session.password": QT_TRANSLATE_NOOP("AuditDetails", "Refused: {attempted}. The account's password was changed "
                                                          "since it signed in."),
    "programs.cancel_session": QT_TRANSLATE_NOOP("AuditDetails", "Session of “{program}” on {starts_at} cancelled."),
    "programs.remove_participant": QT_TRANSLATE_NOOP("AuditDetails", "{name} removed from “{program}”."),
    "programs.merge_participants": QT_TRANSLATE_NOOP("AuditDetails", "{name} merged into {into} in “{program}”."),
    "staff.disable": QT_TRANSLATE_NOOP("AuditDetails", "Account deactivated: it can no longer sign in."),
    "staff.enable": QT_TRANSLATE_NOOP("AuditDetails", "Account active again: it can sign in."),
}

# Other details, one phrase each, joined after the action's name.
PHRASES: dict[str, str] = {
    "file": QT_TRANSLATE_NOOP("AuditDetails", "file {value}"),
    "backup": QT_TRANSLATE_NOOP("AuditDetails", "backup made before it: {value}"),
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
    "moved_loans": QT_TRANSLATE_NOOP("AuditDetails", "{value} loan(s) due in it now due after it"),
    "moved_holds": QT_TRANSLATE_NOOP("AuditDetails", "{value} reservation(s) on the hold shelf wait longer"),
    "record": QT_TRANSLATE_NOOP("AuditDetails", "record {value}"),
    "from_record": QT_TRANSLATE_NOOP("AuditDetails", "from record {value}"),
    "from_title": QT_TRANSLATE_NOOP("AuditDetails", "from “{value}”"),
    "to_record": QT_TRANSLATE_NOOP("AuditDetails", "to record {value}"),
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
    "program": QT_TRANSLATE_NOOP("AuditDetails", "programme “{value}”"),
    "starts_at": QT_TRANSLATE_NOOP("AuditDetails", "session of {value}"),
    "unticked": QT_TRANSLATE_NOOP("AuditDetails", "{value} attendance ticks removed"),
    "gender": QT_TRANSLATE_NOOP("AuditDetails", "{value}"),
    "age_band": QT_TRANSLATE_NOOP("AuditDetails", "age {value}"),
    "into": QT_TRANSLATE_NOOP("AuditDetails", "kept as {value}"),
    "moved": QT_TRANSLATE_NOOP("AuditDetails", "{value} moved"),
    "reasons": QT_TRANSLATE_NOOP("AuditDetails", "the rules said: {value}"),
    "desk": QT_TRANSLATE_NOOP("AuditDetails", "at the desk: {value}"),
    "loans_out": QT_TRANSLATE_NOOP("AuditDetails", "{value} loans still out"),
    "overdue": QT_TRANSLATE_NOOP("AuditDetails", "{value} of them overdue"),
    "left_out": QT_TRANSLATE_NOOP("AuditDetails", "{value} rows left out"),
    "loans_returned": QT_TRANSLATE_NOOP("AuditDetails", "{value} returned loans"),
    "loans_closed": QT_TRANSLATE_NOOP("AuditDetails", "{value} loans closed"),
    "fines": QT_TRANSLATE_NOOP("AuditDetails", "{value} fines"),
    "visits": QT_TRANSLATE_NOOP("AuditDetails", "{value} visits"),
    "holidays": QT_TRANSLATE_NOOP("AuditDetails", "{value} holidays"),
    "people": QT_TRANSLATE_NOOP("AuditDetails", "{value} people"),
    "programmes": QT_TRANSLATE_NOOP("AuditDetails", "{value} programmes"),
    "sessions": QT_TRANSLATE_NOOP("AuditDetails", "{value} sessions"),
    "closed_days": QT_TRANSLATE_NOOP("AuditDetails", "{value} closed days"),
    "reservations": QT_TRANSLATE_NOOP("AuditDetails", "{value} reservations"),
    "records": QT_TRANSLATE_NOOP("AuditDetails", "catalogue records: {value}"),
    "add": QT_TRANSLATE_NOOP("AuditDetails", "{value} new"),
    "update": QT_TRANSLATE_NOOP("AuditDetails", "{value} updated"),
    "skip": QT_TRANSLATE_NOOP("AuditDetails", "{value} skipped"),
    "detailed": QT_TRANSLATE_NOOP("AuditDetails", "{value} with more details"),
    "bad_rows": QT_TRANSLATE_NOOP("AuditDetails", "{value} rows with problems"),
    "flags": QT_TRANSLATE_NOOP("AuditDetails", "{value} put on the review list"),
    "layout": QT_TRANSLATE_NOOP("AuditDetails", "layout {value}"),
    "first": QT_TRANSLATE_NOOP("AuditDetails", "first card {value}"),
    "budget": QT_TRANSLATE_NOOP("AuditDetails", "budget received {value}"),
    "request": QT_TRANSLATE_NOOP("AuditDetails", "budget asked for {value}"),
    "where": QT_TRANSLATE_NOOP("AuditDetails", "stored in {value}"),
    "merged": QT_TRANSLATE_NOOP("AuditDetails", "merged with union record {value}"),
    "loaned_at": QT_TRANSLATE_NOOP("AuditDetails", "lent {value}"),
    "due_on": QT_TRANSLATE_NOOP("AuditDetails", "due {value}"),
    "returned_at": QT_TRANSLATE_NOOP("AuditDetails", "returned {value}"),
    "staff": QT_TRANSLATE_NOOP("AuditDetails", "by {value}"),
    "loans": QT_TRANSLATE_NOOP("AuditDetails", "{value} loans"),
    "library": QT_TRANSLATE_NOOP("AuditDetails", "library {value}"),
    "renew_from": QT_TRANSLATE_NOOP("AuditDetails", "renewals counted from {value}"),
    "max_unpaid_fines": QT_TRANSLATE_NOOP("AuditDetails", "no loans with unpaid fines above {value}"),
    "fine_cap": QT_TRANSLATE_NOOP("AuditDetails", "fine per loan at most {value}"),
    "hold_days": QT_TRANSLATE_NOOP("AuditDetails", "reservations kept {value} days"),
    "receipt_width_mm": QT_TRANSLATE_NOOP("AuditDetails", "receipts {value} mm wide"),
    "purpose": QT_TRANSLATE_NOOP("AuditDetails", "purpose {value}"),
    "occupation": QT_TRANSLATE_NOOP("AuditDetails", "occupation {value}"),
    "origin": QT_TRANSLATE_NOOP("AuditDetails", "from {value}"),
    "counts": QT_TRANSLATE_NOOP("AuditDetails", "counts: {value}"),
    "checked": QT_TRANSLATE_NOOP("AuditDetails", "kind: {value}"),
    "fixed": QT_TRANSLATE_NOOP("AuditDetails", "{value} corrected"),
    "not_fixed": QT_TRANSLATE_NOOP("AuditDetails", "{value} left on the list"),
    "restored": QT_TRANSLATE_NOOP("AuditDetails", "{value} put back as they were"),
    "kept": QT_TRANSLATE_NOOP("AuditDetails", "{value} kept as they are"),
}

# A detail made of counts (an import's "copies": {"add": 3, "update": 1}): its name, then its parts.
PARTS_OF: dict[str, str] = {
    "copies": QT_TRANSLATE_NOOP("AuditDetails", "copies: {value}"),
}

# checksums and counters nobody reads from the screen; how many copies a stock-take did not see (its report has them);
# ids (the page's "About" column names the thing); how far the clock was behind (the entry says if it looked wrong)
# (``log``: an import's change-log lines, which core.interop.import_undo reads to take it back)
# (``undo_log``: an import undo's own change-log lines, which core.interop.undone_rows reads)
HIDDEN = {"sha256", "floor", "next_seq", "not_seen", "into_uid", "record", "behind_ms", "log", "undo_log"}
UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

YES_NO = {
    "on": (QT_TRANSLATE_NOOP("AuditDetails", "switched on"), QT_TRANSLATE_NOOP("AuditDetails", "switched off")),
    "removed": (QT_TRANSLATE_NOOP("AuditDetails", "logo removed"), QT_TRANSLATE_NOOP("AuditDetails", "new logo")),
    "full": (QT_TRANSLATE_NOOP("AuditDetails", "full member records"),
             QT_TRANSLATE_NOOP("AuditDetails", "pseudonymised member records")),
    "replaced": (QT_TRANSLATE_NOOP("AuditDetails", "the old code no longer works"),
                 QT_TRANSLATE_NOOP("AuditDetails", "the library's first code")),
    "new_account": (QT_TRANSLATE_NOOP("AuditDetails", "a new librarian account"),
                    QT_TRANSLATE_NOOP("AuditDetails", "a new password (the account's PIN was removed)")),
    "password": (QT_TRANSLATE_NOOP("AuditDetails", "new password"),
                 QT_TRANSLATE_NOOP("AuditDetails", "password not changed")),
    "pin": (QT_TRANSLATE_NOOP("AuditDetails", "new PIN"), QT_TRANSLATE_NOOP("AuditDetails", "PIN not changed")),
    "problem": (QT_TRANSLATE_NOOP("AuditDetails", "the clock had looked wrong"),
                QT_TRANSLATE_NOOP("AuditDetails", "the clock looked right")),
    "fines_skip_closed_days": (QT_TRANSLATE_NOOP("AuditDetails", "no fines for closed days"),
                               QT_TRANSLATE_NOOP("AuditDetails", "fines for closed days too")),
    "fines_skip_closed": (QT_TRANSLATE_NOOP("AuditDetails", "no fines for closed days, as at SLiMS"),
                          QT_TRANSLATE_NOOP("AuditDetails", "fine rules left as they were")),
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
    "barcode": QT_TRANSLATE_NOOP("AuditDetails", "barcode"),
    "member": QT_TRANSLATE_NOOP("AuditDetails", "member"),
    "due": QT_TRANSLATE_NOOP("AuditDetails", "the due date"),
    "today": QT_TRANSLATE_NOOP("AuditDetails", "the day of renewal"),
    "plain": QT_TRANSLATE_NOOP("AuditDetails", "plain (899.2213)"),
    "segmented": QT_TRANSLATE_NOOP("AuditDetails", "segmented (899.221 3)"),
    "loan-list": QT_TRANSLATE_NOOP("AuditDetails", "loan list (INLISLite or Excel)"),
    "slims-biblio": QT_TRANSLATE_NOOP("AuditDetails", "SLiMS titles"),
    "slims-item": QT_TRANSLATE_NOOP("AuditDetails", "SLiMS copies"),
    # why the desk said no (circulation.refusals), in an override
    "member_expired": QT_TRANSLATE_NOOP("AuditDetails", "membership ended"),
    "member_blocked": QT_TRANSLATE_NOOP("AuditDetails", "member blocked"),
    "fines_unpaid": QT_TRANSLATE_NOOP("AuditDetails", "unpaid fines"),
    "limit_reached": QT_TRANSLATE_NOOP("AuditDetails", "loan limit reached"),
    "not_for_loan": QT_TRANSLATE_NOOP("AuditDetails", "copy not for loan"),
    "copy_lost": QT_TRANSLATE_NOOP("AuditDetails", "copy marked lost"),
    "copy_in_repair": QT_TRANSLATE_NOOP("AuditDetails", "copy in repair"),
    "reserved_for_other": QT_TRANSLATE_NOOP("AuditDetails", "reserved for another member"),
    "renewals_used": QT_TRANSLATE_NOOP("AuditDetails", "no renewals left"),
}

MONEY = {"amount", "budget", "request", "max_unpaid_fines", "fine_cap", "fine", "fine_today"}
DATES = {"expires_on", "due", "received_on", "starts_on", "ends_on", "due_on", "registered_on", "returned_on"}
TIMES = {"at", "clock", "starts_at", "loaned_at", "returned_at"}
PEOPLE = {"desk", "staff"}  # user names: shown as the "User" column shows them


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
    if UID.match(text):
        return "—"  # an id means nothing to a person; the "About" column names the thing
    if key in DATES or key in TIMES:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        if key in DATES and len(text) == 10:
            return format_date(date.fromisoformat(text))
        return format_datetime(moment)
    if key == "attempted":
        return attempt_name(text, translate)
    if key in PEOPLE:
        return actor_name(text, translate)
    if key == "gender" and text in GENDER_NAMES:
        return translate("Members", GENDER_NAMES[text])
    if key in ("role", "old", "new") and text in ROLE_NAMES:
        return translate("Roles", ROLE_NAMES[text])
    if key == "checked" and text in REASONS:  # (what a review flag was about: "Class number")
        return translate("Review", REASONS[text])
    if key in ("status", "before", "mark") and text in ITEM_STATUSES:
        return translate("Catalog", ITEM_STATUSES[text]).lower()
    if text in CODES:
        return translate(CONTEXT, CODES[text])
    return text


def _phrase(key: str, value: Any, translate: Translate) -> str:
    if key in YES_NO and isinstance(value, bool):
        return translate(CONTEXT, YES_NO[key][0 if value else 1])
    shown = _value(key, value, translate)
    if isinstance(value, dict) and key in PARTS_OF:
        return translate(CONTEXT, PARTS_OF[key]).format(value=shown)
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
    data = {k: v for k, v in data.items()
            if k not in HIDDEN and v not in ("", None) and not (isinstance(v, str) and UID.match(v))}
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
