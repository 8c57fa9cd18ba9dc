"""The fines of a period, for the village government that decides the library's budget and asks what came in:
the rupiah charged for late books in the period, paid at the desk, waived (forgiven by a librarian), and what
members still owed at its end (``circulation.fines`` keeps the ledger: charges, payments, waivers).

A SLiMS backup's fines ledger came in with the move (``interop.slims_history``: each debet a charge, each credit
a payment): those count in the months they were written, and the report says how much of them came from the
backup. Before Pustaka kept any fines ledger (a library that moved in from a loan notebook, INLISLite or Excel
brought none) the fines are unknown, never Rp 0: ``impact.unrecorded``'s ``fines``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..circulation.fines import CHARGE, PAYMENT, WAIVER
from ..formatting import format_money
from ..i18n import QT_TRANSLATE_NOOP
from ..interop.slims_history import STAFF as FROM_SLIMS
from ..service import Library
from ..store.clock import local_today
from .period import Period, format_date
from .recorded import RECORDED_FROM, not_recorded
from .tables import Table, Translate, note

KINDS = {CHARGE: "charged", PAYMENT: "paid", WAIVER: "waived"}


def fine_totals(lib: Library, period: Period, gaps: dict[str, date | None]) -> dict[str, Any]:
    """``{"charged", "paid", "waived"}``: rupiah written in the period; ``"owed"``: what members owed at its end
    (by ``"owing_members"``; ``"owed_on"``: that day, today while it runs); ``"from_slims"``: the part of each that came from a SLiMS backup. All None when
    Pustaka has no fines ledger of the period (``gaps``: ``impact.unrecorded`` of the period)."""
    if not_recorded(gaps, "fines"):
        return {"charged": None, "paid": None, "waived": None, "owed": None, "owing_members": None,
                "owed_on": None, "from_slims": None}
    t0, t1 = period.utc_bounds()
    owed_on = min(period.end, local_today(lib.clock))
    totals = dict.fromkeys(KINDS.values(), 0)
    from_slims = dict.fromkeys(KINDS.values(), 0)
    for kind, imported, amount in lib.db.execute_sql(
            "SELECT kind, staff = ?, SUM(amount) FROM fine_entry WHERE +deleted = 0 AND at >= ? AND at < ? "
            "GROUP BY 1, 2", (FROM_SLIMS, t0, t1)).fetchall():
        if kind in KINDS:
            totals[KINDS[kind]] += int(amount)
            if imported:
                from_slims[KINDS[kind]] += int(amount)
    owed, owing = lib.db.execute_sql(
        "SELECT COALESCE(SUM(balance), 0), COUNT(*) FROM (SELECT SUM(CASE kind WHEN ? THEN amount ELSE -amount END) "
        "AS balance FROM fine_entry WHERE +deleted = 0 AND at < ? GROUP BY member_id) WHERE balance > 0",
        (CHARGE, t1)).fetchone()
    return {**totals, "owed": int(owed), "owing_members": int(owing), "owed_on": owed_on, "from_slims": from_slims}


NO_FINES = QT_TRANSLATE_NOOP("Reports", "Pustaka has no record of the fines of this period.")
NONE_OWED = QT_TRANSLATE_NOOP("Reports", "No fines were charged, paid or waived in this period, and nobody owes any.")
LABELS = {"charged": QT_TRANSLATE_NOOP("Reports", "Fines charged"),
          "paid": QT_TRANSLATE_NOOP("Reports", "Fines paid"),
          "waived": QT_TRANSLATE_NOOP("Reports", "Fines waived (forgiven)")}
OF_WHICH = QT_TRANSLATE_NOOP("Reports", "of which from the SLiMS backup (before the move)")
OWED = QT_TRANSLATE_NOOP("Reports", "Still owed on {date}")
OWING = QT_TRANSLATE_NOOP("Reports", "Members who still owe fines")


def _money(amount: int, began: date | None, translate: Translate) -> str:
    """Rupiah the Indonesian way ("Rp 12.500"), with the day the ledger began when that was inside the period."""
    if began is None:
        return format_money(amount)
    return translate("Reports", RECORDED_FROM).format(value=format_money(amount), date=format_date(began, translate))


def fine_tables(data: dict[str, Any], translate: Translate) -> list[Table]:
    """The fines of the period, or one line when there were none (or Pustaka has no record of them)."""
    fines, gaps = data["fines"], data.get("unrecorded") or {}
    if fines["charged"] is None:
        return [note(NO_FINES, translate)]
    began = gaps.get("fines")
    if began is None and not any(fines[key] for key in ("charged", "paid", "waived", "owed")):
        return [note(NONE_OWED, translate)]  # (a period recorded in part says from when, in its table)
    rows: list[list[Any]] = []
    for key, label in LABELS.items():
        rows.append([translate("Reports", label), _money(fines[key], began, translate)])
        if fines["from_slims"][key]:
            rows.append(["– " + translate("Reports", OF_WHICH), format_money(fines["from_slims"][key])])
    rows.append([translate("Reports", OWED).format(date=format_date(fines["owed_on"], translate)),
                 format_money(fines["owed"])])
    rows.append([translate("Reports", OWING), fines["owing_members"]])
    return [Table(translate("Reports", "Fine figures"), [translate("Reports", "Figure"), translate("Reports", "Amount")],
                  rows, "figures")]

