"""What the audit log's actions and objects are called, for people: ``staff.create`` is shown as
"Staff account created" / "Akun petugas dibuat". The log itself keeps the codes (stable, searchable);
the audit page and its exports show these names in the user's language. A code without a name here
is shown as its area's name and the code (tests/core/test_audit_names.py lists the codes in use)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .catalog.copies import ITEM_STATUSES
from .i18n import QT_TRANSLATE_NOOP

ACTION_NAMES: dict[str, str] = {
    "audit.export": QT_TRANSLATE_NOOP("AuditActions", "Audit log exported"),
    "backup.create": QT_TRANSLATE_NOOP("AuditActions", "Backup made"),
    "backup.move_out": QT_TRANSLATE_NOOP("AuditActions", "Library moved to another PC"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditActions", "Backup restored"),
    "catalog.copy_move": QT_TRANSLATE_NOOP("AuditActions", "Copy moved to another title"),
    "catalog.delete": QT_TRANSLATE_NOOP("AuditActions", "Catalogue record deleted"),
    "catalog.export": QT_TRANSLATE_NOOP("AuditActions", "Catalogue exported"),
    "catalog.import": QT_TRANSLATE_NOOP("AuditActions", "Catalogue imported"),
    "catalog.review_fix": QT_TRANSLATE_NOOP("AuditActions", "Corrected on the review list"),
    "import.undo": QT_TRANSLATE_NOOP("AuditActions", "Import undone"),
    "catalog.review_fix_all": QT_TRANSLATE_NOOP("AuditActions", "Suggestions of the review list used at once"),
    "circulation.book_drop": QT_TRANSLATE_NOOP("AuditActions", "Returned through the book drop"),
    "circulation.found": QT_TRANSLATE_NOOP("AuditActions", "Lost copy found"),
    "circulation.lost": QT_TRANSLATE_NOOP("AuditActions", "Copy lost on loan"),
    "circulation.holiday_add": QT_TRANSLATE_NOOP("AuditActions", "Holiday added"),
    "circulation.holiday_remove": QT_TRANSLATE_NOOP("AuditActions", "Holiday removed"),
    "circulation.import": QT_TRANSLATE_NOOP("AuditActions", "Loan history imported"),
    "circulation.options": QT_TRANSLATE_NOOP("AuditActions", "Circulation options changed"),
    "circulation.override": QT_TRANSLATE_NOOP("AuditActions", "Librarian override at the desk"),
    "circulation.override_note": QT_TRANSLATE_NOOP("AuditActions", "Why an override was allowed"),
    "circulation.rule_delete": QT_TRANSLATE_NOOP("AuditActions", "Loan rule deleted"),
    "circulation.undo": QT_TRANSLATE_NOOP("AuditActions", "Desk action undone"),
    "clock.confirm": QT_TRANSLATE_NOOP("AuditActions", "Computer clock confirmed"),
    "denied": QT_TRANSLATE_NOOP("AuditActions", "Refused: not allowed for this account"),
    "desk.volunteer_mode": QT_TRANSLATE_NOOP("AuditActions", "Volunteer mode switched"),
    "digital.attach": QT_TRANSLATE_NOOP("AuditActions", "Digital file attached"),
    "digital.remove": QT_TRANSLATE_NOOP("AuditActions", "Digital file removed"),
    "fines.waive": QT_TRANSLATE_NOOP("AuditActions", "Fine waived"),
    "login.failed": QT_TRANSLATE_NOOP("AuditActions", "Failed log-in"),
    "login.locked": QT_TRANSLATE_NOOP("AuditActions", "Account locked after wrong passwords"),
    "login.throttled": QT_TRANSLATE_NOOP("AuditActions", "Log-in slowed down after wrong passwords"),
    "member_pin.clear": QT_TRANSLATE_NOOP("AuditActions", "Member PIN removed"),
    "member_pin.failed": QT_TRANSLATE_NOOP("AuditActions", "Wrong member PIN on the web catalogue"),
    "member_pin.history": QT_TRANSLATE_NOOP("AuditActions", "Member chose whether the web catalogue shows their loans"),
    "member_pin.locked": QT_TRANSLATE_NOOP("AuditActions", "Member PIN locked after wrong tries"),
    "member_pin.refused_locked": QT_TRANSLATE_NOOP("AuditActions", "Refused: member PIN still locked"),
    "member_pin.set": QT_TRANSLATE_NOOP("AuditActions", "Member PIN set"),
    "members.block": QT_TRANSLATE_NOOP("AuditActions", "Member blocked"),
    "members.delete": QT_TRANSLATE_NOOP("AuditActions", "Member deleted"),
    "members.export": QT_TRANSLATE_NOOP("AuditActions", "Members exported"),
    "members.import": QT_TRANSLATE_NOOP("AuditActions", "Members imported"),
    "members.registration_confirmed": QT_TRANSLATE_NOOP("AuditActions", "Registration date confirmed"),
    "members.renew": QT_TRANSLATE_NOOP("AuditActions", "Membership renewed"),
    "members.unblock": QT_TRANSLATE_NOOP("AuditActions", "Member unblocked"),
    "pin.failed": QT_TRANSLATE_NOOP("AuditActions", "Wrong librarian PIN"),
    "pin.throttled": QT_TRANSLATE_NOOP("AuditActions", "Librarian PIN slowed down after wrong tries"),
    "printing.cards": QT_TRANSLATE_NOOP("AuditActions", "Member cards printed"),
    "printing.labels": QT_TRANSLATE_NOOP("AuditActions", "Labels printed"),
    "printing.template": QT_TRANSLATE_NOOP("AuditActions", "Label sheet saved"),
    "printing.template_delete": QT_TRANSLATE_NOOP("AuditActions", "Label sheet deleted"),
    "programs.remove": QT_TRANSLATE_NOOP("AuditActions", "Programme deleted"),
    "programs.remove_session": QT_TRANSLATE_NOOP("AuditActions", "Programme session deleted"),
    "programs.cancel_session": QT_TRANSLATE_NOOP("AuditActions", "Programme session cancelled"),
    "programs.remove_participant": QT_TRANSLATE_NOOP("AuditActions", "Programme participant removed"),
    "programs.merge_participants": QT_TRANSLATE_NOOP("AuditActions", "Programme participants merged (one person)"),
    "reports.export": QT_TRANSLATE_NOOP("AuditActions", "Report saved"),
    "recovery.code_made": QT_TRANSLATE_NOOP("AuditActions", "New recovery code made"),
    "recovery.failed": QT_TRANSLATE_NOOP("AuditActions", "Wrong recovery code"),
    "recovery.locked": QT_TRANSLATE_NOOP("AuditActions", "Recovery locked after wrong codes"),
    "recovery.throttled": QT_TRANSLATE_NOOP("AuditActions", "Recovery slowed down after wrong codes"),
    "reports.impact_inputs": QT_TRANSLATE_NOOP("AuditActions", "Impact report figures entered"),
    "session.deactivated": QT_TRANSLATE_NOOP("AuditActions", "Refused: account deactivated while still signed in"),
    "session.password": QT_TRANSLATE_NOOP("AuditActions", "Refused: password changed since signing in"),
    "session.role": QT_TRANSLATE_NOOP("AuditActions", "Refused: role lowered since signing in"),
    "settings.class_numbers": QT_TRANSLATE_NOOP("AuditActions", "Way of writing class numbers changed"),
    "settings.idle_lock": QT_TRANSLATE_NOOP("AuditActions", "Screen lock setting changed"),
    "settings.logo": QT_TRANSLATE_NOOP("AuditActions", "Library logo changed"),
    "settings.profile": QT_TRANSLATE_NOOP("AuditActions", "Library profile changed"),
    "settings.web_catalogue": QT_TRANSLATE_NOOP("AuditActions", "Web catalogue setting changed"),
    "staff.create": QT_TRANSLATE_NOOP("AuditActions", "Staff account created"),
    "staff.disable": QT_TRANSLATE_NOOP("AuditActions", "Staff account deactivated"),
    "staff.enable": QT_TRANSLATE_NOOP("AuditActions", "Staff account activated again"),
    "staff.recovered": QT_TRANSLATE_NOOP("AuditActions", "Librarian account recovered with the recovery code"),
    "staff.reset_secret": QT_TRANSLATE_NOOP("AuditActions", "Password or PIN reset"),
    "staff.role": QT_TRANSLATE_NOOP("AuditActions", "Staff role changed"),
    "stocktake.abandon": QT_TRANSLATE_NOOP("AuditActions", "Stock-take abandoned"),
    "stocktake.decide": QT_TRANSLATE_NOOP("AuditActions", "Decision on a copy not seen at the stock-take"),
    "stocktake.finish": QT_TRANSLATE_NOOP("AuditActions", "Stock-take finished"),
    "stocktake.found": QT_TRANSLATE_NOOP("AuditActions", "Lost copy found at the stock-take"),
    "stocktake.mark": QT_TRANSLATE_NOOP("AuditActions", "Copy not seen at the stock-take marked"),
    "stocktake.start": QT_TRANSLATE_NOOP("AuditActions", "Stock-take started"),
    "sync.conflict_accept": QT_TRANSLATE_NOOP("AuditActions", "Sync conflict kept"),
    "sync.conflict_reverse": QT_TRANSLATE_NOOP("AuditActions", "Sync conflict reversed"),
    "sync.enrol_accept": QT_TRANSLATE_NOOP("AuditActions", "Village enrolment accepted"),
    "sync.enrol_finish": QT_TRANSLATE_NOOP("AuditActions", "Enrolment finished"),
    "sync.enrol_request": QT_TRANSLATE_NOOP("AuditActions", "Enrolment requested"),
    "sync.exception_resolve": QT_TRANSLATE_NOOP("AuditActions", "Sync exception resolved"),
    "sync.export": QT_TRANSLATE_NOOP("AuditActions", "Bundle written"),
    "sync.grant_create": QT_TRANSLATE_NOOP("AuditActions", "Book grant made"),
    "sync.import": QT_TRANSLATE_NOOP("AuditActions", "Bundle imported"),
    "sync.lost_dismissed": QT_TRANSLATE_NOOP("AuditActions", "Line of what a restore lost dismissed"),
    "sync.lost_listed": QT_TRANSLATE_NOOP("AuditActions", "What a village's restore lost listed for it"),
    "sync.lost_fine_reentered": QT_TRANSLATE_NOOP("AuditActions", "Fine lost in a restore re-entered"),
    "sync.lost_loans_closed": QT_TRANSLATE_NOOP("AuditActions", "Lost loans a village dismissed closed"),
    "sync.lost_loan_reentered": QT_TRANSLATE_NOOP("AuditActions", "Loan lost in a restore re-entered"),
    "sync.lost_received": QT_TRANSLATE_NOOP("AuditActions", "District's list of what the restore lost received"),
    "sync.lost_return_reentered": QT_TRANSLATE_NOOP("AuditActions", "Return lost in a restore re-entered"),
    "sync.member_sharing": QT_TRANSLATE_NOOP("AuditActions", "Member sharing with the district changed"),
    "sync.restore_detected": QT_TRANSLATE_NOOP("AuditActions", "Restored or copied database noticed"),
    "sync.resolve_copy": QT_TRANSLATE_NOOP("AuditActions", "Copied database confirmed or re-enrolled"),
    "sync.revoke": QT_TRANSLATE_NOOP("AuditActions", "Partner key revoked"),
    "sync.time_zone": QT_TRANSLATE_NOOP("AuditActions", "Village time zone set"),
    "sync.union_database": QT_TRANSLATE_NOOP("AuditActions", "District database changed"),
    "sync.union_edit": QT_TRANSLATE_NOOP("AuditActions", "Union catalogue record edited"),
    "sync.union_merge": QT_TRANSLATE_NOOP("AuditActions", "Union catalogue records merged"),
    "sync.union_split": QT_TRANSLATE_NOOP("AuditActions", "Union catalogue records split"),
    "unlock.failed": QT_TRANSLATE_NOOP("AuditActions", "Failed unlock of the screen"),
    "visits.correct": QT_TRANSLATE_NOOP("AuditActions", "Visitor book line corrected"),
    "visits.import": QT_TRANSLATE_NOOP("AuditActions", "Visitor book and activities imported"),
    "visits.remove": QT_TRANSLATE_NOOP("AuditActions", "Visitor book line removed"),
    "web.door": QT_TRANSLATE_NOOP("AuditActions", "Visit signed in on the web catalogue"),
    "web.hold": QT_TRANSLATE_NOOP("AuditActions", "Reservation from the web catalogue"),
    "web.hold_cancel": QT_TRANSLATE_NOOP("AuditActions", "Reservation cancelled on the web catalogue"),
    "web.renew": QT_TRANSLATE_NOOP("AuditActions", "Loan renewed on the web catalogue"),
}

# Codes made from a prefix and a value (catalog.item.lost, ...): the prefix's name and the value.
PREFIX_NAMES: dict[str, str] = {
    "catalog.item.": QT_TRANSLATE_NOOP("AuditActions", "Copy marked as {value}"),
}

AREA_NAMES: dict[str, str] = {
    "audit": QT_TRANSLATE_NOOP("AuditActions", "Audit log"),
    "backup": QT_TRANSLATE_NOOP("AuditActions", "Backups"),
    "catalog": QT_TRANSLATE_NOOP("AuditActions", "Catalogue"),
    "circulation": QT_TRANSLATE_NOOP("AuditActions", "Circulation"),
    "clock": QT_TRANSLATE_NOOP("AuditActions", "Clock"),
    "desk": QT_TRANSLATE_NOOP("AuditActions", "Desk"),
    "fines": QT_TRANSLATE_NOOP("AuditActions", "Fines"),
    "login": QT_TRANSLATE_NOOP("AuditActions", "Log-in"),
    "members": QT_TRANSLATE_NOOP("AuditActions", "Members"),
    "pin": QT_TRANSLATE_NOOP("AuditActions", "Librarian PIN"),
    "member_pin": QT_TRANSLATE_NOOP("AuditActions", "Member PIN"),
    "printing": QT_TRANSLATE_NOOP("AuditActions", "Printing"),
    "programs": QT_TRANSLATE_NOOP("AuditActions", "Programmes"),
    "recovery": QT_TRANSLATE_NOOP("AuditActions", "Recovery code"),
    "reports": QT_TRANSLATE_NOOP("AuditActions", "Reports"),
    "session": QT_TRANSLATE_NOOP("AuditActions", "Session"),
    "settings": QT_TRANSLATE_NOOP("AuditActions", "Settings"),
    "staff": QT_TRANSLATE_NOOP("AuditActions", "Staff"),
    "stocktake": QT_TRANSLATE_NOOP("AuditActions", "Stock-take"),
    "sync": QT_TRANSLATE_NOOP("AuditActions", "Sync"),
    "visits": QT_TRANSLATE_NOOP("AuditActions", "Visitor book"),
    "web": QT_TRANSLATE_NOOP("AuditActions", "Web catalogue"),
}

# The kinds of thing an entry is about ("What" column).
ENTITY_NAMES: dict[str, str] = {
    "import": QT_TRANSLATE_NOOP("AuditActions", "import"),
    "member": QT_TRANSLATE_NOOP("AuditActions", "member"),
    "visit": QT_TRANSLATE_NOOP("AuditActions", "visit"),
    "loan": QT_TRANSLATE_NOOP("AuditActions", "loan"),
    "item": QT_TRANSLATE_NOOP("AuditActions", "copy"),
    "record": QT_TRANSLATE_NOOP("AuditActions", "catalogue record"),
    "library_profile": QT_TRANSLATE_NOOP("AuditActions", "library profile"),
    "hold": QT_TRANSLATE_NOOP("AuditActions", "reservation"),
    "program_session": QT_TRANSLATE_NOOP("AuditActions", "programme session"),
    "program": QT_TRANSLATE_NOOP("AuditActions", "programme"),
    "loan_rule": QT_TRANSLATE_NOOP("AuditActions", "loan rule"),
    "holiday": QT_TRANSLATE_NOOP("AuditActions", "holiday"),
    "grant": QT_TRANSLATE_NOOP("AuditActions", "book grant"),
    "staff": QT_TRANSLATE_NOOP("AuditActions", "staff account"),
    "_clock": QT_TRANSLATE_NOOP("AuditActions", "computer clock"),
    "stocktake": QT_TRANSLATE_NOOP("AuditActions", "stock-take"),
    "participant": QT_TRANSLATE_NOOP("AuditActions", "programme participant"),
    "fine_entry": QT_TRANSLATE_NOOP("AuditActions", "fine"),
    "backup": QT_TRANSLATE_NOOP("AuditActions", "backup"),
    "site": QT_TRANSLATE_NOOP("AuditActions", "library"),
    "period": QT_TRANSLATE_NOOP("AuditActions", "period"),
    "union_record": QT_TRANSLATE_NOOP("AuditActions", "union catalogue record"),
    "impact": QT_TRANSLATE_NOOP("AuditActions", "impact report"),
    "report": QT_TRANSLATE_NOOP("AuditActions", "report"),
    "label_template": QT_TRANSLATE_NOOP("AuditActions", "label sheet"),
    "list": QT_TRANSLATE_NOOP("AuditActions", "list"),
    "setting": QT_TRANSLATE_NOOP("AuditActions", "setting"),
    "sync_exception": QT_TRANSLATE_NOOP("AuditActions", "sync exception"),
}

# What a refused account tried (the "attempted" of a refusal): each guarded action of core.auth.PERMISSIONS.
ATTEMPT_NAMES: dict[str, str] = {
    "catalog.view": QT_TRANSLATE_NOOP("AuditActions", "look at the catalogue"),
    "circulation.checkout": QT_TRANSLATE_NOOP("AuditActions", "lend a book"),
    "circulation.checkin": QT_TRANSLATE_NOOP("AuditActions", "take back a book"),
    "circulation.renew": QT_TRANSLATE_NOOP("AuditActions", "renew a loan"),
    "circulation.hold": QT_TRANSLATE_NOOP("AuditActions", "reserve a book"),
    "fines.pay": QT_TRANSLATE_NOOP("AuditActions", "take a fine payment"),
    "members.view": QT_TRANSLATE_NOOP("AuditActions", "look up a member"),
    "members.list": QT_TRANSLATE_NOOP("AuditActions", "list all members"),
    "members.register": QT_TRANSLATE_NOOP("AuditActions", "register a member"),
    "members.renew": QT_TRANSLATE_NOOP("AuditActions", "renew a membership"),
    "visits.record": QT_TRANSLATE_NOOP("AuditActions", "write in the visitor book"),
    "reports.view": QT_TRANSLATE_NOOP("AuditActions", "look at the dashboard"),
    "programs.attendance": QT_TRANSLATE_NOOP("AuditActions", "tick programme attendance"),
    "stocktake.scan": QT_TRANSLATE_NOOP("AuditActions", "scan at the stock-take"),
    "catalog.edit": QT_TRANSLATE_NOOP("AuditActions", "edit the catalogue"),
    "catalog.withdraw": QT_TRANSLATE_NOOP("AuditActions", "withdraw a copy or mark it lost or damaged"),
    "catalog.delete": QT_TRANSLATE_NOOP("AuditActions", "delete from the catalogue"),
    "catalog.import": QT_TRANSLATE_NOOP("AuditActions", "import a catalogue"),
    "catalog.export": QT_TRANSLATE_NOOP("AuditActions", "export the catalogue"),
    "members.edit": QT_TRANSLATE_NOOP("AuditActions", "edit or block a member"),
    "members.delete": QT_TRANSLATE_NOOP("AuditActions", "delete a member"),
    "members.export": QT_TRANSLATE_NOOP("AuditActions", "export the members"),
    "members.import": QT_TRANSLATE_NOOP("AuditActions", "import members"),
    "circulation.import": QT_TRANSLATE_NOOP("AuditActions", "import a loan history"),
    "circulation.override": QT_TRANSLATE_NOOP("AuditActions", "override a loan rule"),
    "circulation.undo": QT_TRANSLATE_NOOP("AuditActions", "undo a desk action"),
    "circulation.rules": QT_TRANSLATE_NOOP("AuditActions", "change the loan rules"),
    "fines.waive": QT_TRANSLATE_NOOP("AuditActions", "waive a fine"),
    "visits.correct": QT_TRANSLATE_NOOP("AuditActions", "correct the visitor book"),
    "programs.edit": QT_TRANSLATE_NOOP("AuditActions", "change a programme"),
    "reports.export": QT_TRANSLATE_NOOP("AuditActions", "save a report"),
    "printing.print": QT_TRANSLATE_NOOP("AuditActions", "print labels or cards"),
    "stocktake.manage": QT_TRANSLATE_NOOP("AuditActions", "start or finish a stock-take"),
    "settings.edit": QT_TRANSLATE_NOOP("AuditActions", "change the settings"),
    "staff.manage": QT_TRANSLATE_NOOP("AuditActions", "manage staff accounts"),
    "sync.manage": QT_TRANSLATE_NOOP("AuditActions", "sync with the district"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditActions", "restore a backup"),
    "backup.create": QT_TRANSLATE_NOOP("AuditActions", "make a backup"),
    "clock.confirm": QT_TRANSLATE_NOOP("AuditActions", "confirm the computer clock"),
    "audit.view": QT_TRANSLATE_NOOP("AuditActions", "read the audit log"),
}

# Who did it, when it was not a staff account signed in: the command line, the web catalogue, the district hub.
ACTOR_NAMES: dict[str, str] = {
    "cli:": QT_TRANSLATE_NOOP("AuditActions", "command line (computer account {value})"),
    "patron:": QT_TRANSLATE_NOOP("AuditActions", "member {value} on the web catalogue"),
    "hub:": QT_TRANSLATE_NOOP("AuditActions", "library {value}, sending to the district"),
}
UNKNOWN_PATRON = QT_TRANSLATE_NOOP("AuditActions", "someone on the web catalogue (member number not known)")
DOOR = QT_TRANSLATE_NOOP("AuditActions", "door sign-in tablet")
NOBODY = QT_TRANSLATE_NOOP("AuditActions", "nobody signed in")

Translate = Callable[[str, str], str]


def action_name(code: str, translate: Translate) -> str:
    """The action ``code`` in words, in the language of ``translate``."""
    if code in ACTION_NAMES:
        return translate("AuditActions", ACTION_NAMES[code])
    for prefix, name in PREFIX_NAMES.items():
        if code.startswith(prefix):
            value = code[len(prefix):]
            value = translate("Catalog", ITEM_STATUSES[value]).lower() if value in ITEM_STATUSES else value
            return translate("AuditActions", name).format(value=value)
    area = code.split(".", 1)[0]
    if area in AREA_NAMES:
        return f"{translate('AuditActions', AREA_NAMES[area])}: {code}"
    return code


def entity_name(entity: str, translate: Translate) -> str:
    return translate("AuditActions", ENTITY_NAMES[entity]) if entity in ENTITY_NAMES else entity


def attempt_name(code: str, translate: Translate) -> str:
    """What a refused account tried (``circulation.checkout`` → "lend a book")."""
    return translate("AuditActions", ATTEMPT_NAMES[code]) if code in ATTEMPT_NAMES else code


def actor_name(username: str, translate: Translate, known: Mapping[str, str] | None = None) -> str:
    """Who wrote the entry, for people: a staff account as "Sari Wulandari (sari)", the command line as
    "command line (computer account perpus)", a member on the web catalogue by number and name. ``known``
    gives the full names of staff accounts and, under "patron:NUMBER", of members."""
    known = known or {}
    if not username:
        return translate("AuditActions", NOBODY)
    if username == "web:door":
        return translate("AuditActions", DOOR)
    if username == "patron:?":
        return translate("AuditActions", UNKNOWN_PATRON)
    for prefix, template in ACTOR_NAMES.items():
        if username.startswith(prefix):
            value = username[len(prefix):]
            if known.get(username):
                value = f"{value} {known[username]}"
            return translate("AuditActions", template).format(value=value)
    full_name = known.get(username, "").strip()
    return f"{full_name} ({username})" if full_name and full_name.lower() != username else username
