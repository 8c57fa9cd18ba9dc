"""What importing a SLiMS backup's history will do (``slims_history.plan``) and how its report says it: the
counts, the rows left out, and one line for each thing besides loans, fines and visits (copies lent to members
SLiMS had deleted, reservations and the copies put aside for them, the calendar, the fines rule)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..formatting import Day, weekday_name
from ..i18n import QT_TRANSLATE_NOOP
from .types import BadRow, Translate


@dataclass
class HistoryPlan:
    path: str
    rows: int = 0
    loans_out: int = 0  # still out in SLiMS: open loans here
    loans_returned: int = 0
    loans_closed: int = 0  # imported while out, returned in this (later) backup
    fines: int = 0  # ledger lines (a charge or a payment)
    visits: int = 0
    same_visits: int = 0  # lines already in the book here by the name written (a buku tamu sheet)
    twice_a_day: int = 0  # a member's second (third...) sign-in of a day: the book counts a member once a day
    institutions: int = 0  # visitor book lines naming an institution, which the book here has no place for
    unfinished: int = 0  # loan lines SLiMS's desk started and never finished (is_lent 0): no loans
    overlap_days: set[date] = field(default_factory=set)  # days the book here had visits on, lines added to them
    holidays: int = 0  # dated closings from SLiMS's calendar
    reservations: int = 0  # members waiting for a title that is out, or for the copy put aside for them
    # reserved copies on the shelf, put aside on the hold shelf for the member who reserved them: (barcode, member_id)
    put_aside: list[tuple[str, str]] = field(default_factory=list)
    # the weekly closing days SLiMS kept (its names, as written), taken when this library still has the
    # starting "closed on Sunday"
    closed_days: list[str] = field(default_factory=list)
    unchanged: int = 0  # already imported
    bad: list[BadRow] = field(default_factory=list)
    # rows of members SLiMS had deleted (not in the backup's member table) and left out: (line, member_id)
    deleted: list[tuple[int, str]] = field(default_factory=list)
    # copies still out to a deleted member, lent here to a member made for them: (barcode, member_id, name)
    made_for: list[tuple[str, str, str]] = field(default_factory=list)
    new_members: list[dict[str, Any]] = field(default_factory=list, repr=False)
    notices: list[BadRow] = field(default_factory=list)  # said of the file: the tables it lacks
    applied: bool = False
    new_loans: list[dict[str, Any]] = field(default_factory=list, repr=False)
    closings: list[tuple[int, datetime]] = field(default_factory=list, repr=False)  # loan id, returned at
    new_fines: list[dict[str, Any]] = field(default_factory=list, repr=False)
    new_visits: list[dict[str, Any]] = field(default_factory=list, repr=False)
    new_holidays: list[dict[str, Any]] = field(default_factory=list, repr=False)
    new_holds: list[dict[str, Any]] = field(default_factory=list, repr=False)
    closed_weekdays: str = ""  # what the profile takes (ISO weekdays), or "" to leave it
    fines_skip_closed: bool = False  # SLiMS fined open days only: the circulation options take it

    @property
    def changes(self) -> int:
        return (self.loans_out + self.loans_returned + self.loans_closed + self.fines + self.visits + self.holidays
                + self.reservations + bool(self.closed_weekdays) + self.fines_skip_closed + len(self.new_members))

    @property
    def left_out(self) -> int:
        """The rows left out: those listed one by one, and those of deleted members (said in one line)."""
        return len(self.bad) + len(self.deleted)

    def summary(self) -> dict[str, Any]:
        """Its figures, for --json and the audit log: counts and codes only. The notices are sentences, which
        the caller adds in the user's language (``notice.line(translate)``): here they came out in English."""
        return {"format": "slims-history", "file": self.path, "rows": self.rows, "loans_out": self.loans_out,
                "loans_returned": self.loans_returned, "loans_closed": self.loans_closed, "fines": self.fines,
                "visits": self.visits, "same_visits": self.same_visits, "twice_a_day": self.twice_a_day,
                "reservations": self.reservations,
                "put_aside": [barcode for barcode, _ in self.put_aside], "holidays": self.holidays,
                "closed_days": self.closed_days, "fines_skip_closed": self.fines_skip_closed,
                "unchanged": self.unchanged, "bad_rows": self.left_out,
                "deleted_members_rows": len(self.deleted),
                "members_made": [fields["number"] for fields in self.new_members], "applied": self.applied}

    def notes(self, translate: Translate) -> list[str]:
        """What the import brings besides loans, fines and visits, one line each (the CLI and the page)."""
        lines = _copies_listed(translate, MADE_FOR, MADE_FOR_COPY, [
            {"barcode": barcode, "member": member, "name": name} for barcode, member, name in self.made_for])
        if self.deleted:
            people = list(dict.fromkeys(member for _, member in self.deleted))
            lines.append(translate("Import", DELETED_ROWS).format(count=len(self.deleted), people=len(people),
                                                                  examples=", ".join(people[:3])))
        if self.same_visits:
            lines.append(translate("Import", SAME_VISITS).format(count=self.same_visits))
        if self.twice_a_day:
            lines.append(translate("Import", TWICE_A_DAY).format(count=self.twice_a_day))
        if self.overlap_days:
            first, last = min(self.overlap_days), max(self.overlap_days)
            lines.append(translate("Import", OVERLAP).format(count=len(self.overlap_days), first=Day.of(first),
                                                             last=Day.of(last)))
        if self.reservations:
            lines.append(translate("Import", RESERVATIONS).format(count=self.reservations))
        lines += _copies_listed(translate, PUT_ASIDE, PUT_ASIDE_COPY, [
            {"barcode": barcode, "member": member} for barcode, member in self.put_aside])
        if self.holidays:
            lines.append(translate("Import", HOLIDAYS).format(count=self.holidays))
        if self.closed_days:
            # in the reader's words (SLiMS's own are "sat", "sun" whatever its language)
            days = [weekday_name(int(day)) for day in self.closed_weekdays.split(",")] if self.closed_weekdays \
                else self.closed_days
            lines.append(translate("Import", CLOSED_DAYS).format(days=", ".join(days)))
        if self.fines_skip_closed:
            lines.append(translate("Import", SKIPS_CLOSED))
        return lines + [notice.line(translate) for notice in self.notices]


ROWS_LISTED = 10  # copies named one by one in the report; the rest counted


def _copies_listed(translate: Translate, head: str, each: str, copies: list[dict[str, str]]) -> list[str]:
    """The line saying how many copies, then the first ten of them one a line, then how many more."""
    if not copies:
        return []
    more = [translate("Import", "… and {count} more.").format(count=len(copies) - ROWS_LISTED)]
    return ([translate("Import", head).format(count=len(copies))]
            + [translate("Import", each).format(**copy) for copy in copies[:ROWS_LISTED]]
            + (more if len(copies) > ROWS_LISTED else []))
SAME_VISITS = QT_TRANSLATE_NOOP(
    "Import", "{count} line(s) of the visitor book are here already (the same name on the same day, from a visitor "
              "book sheet): not added again, so they are not counted twice.")
TWICE_A_DAY = QT_TRANSLATE_NOOP(
    "Import", "{count} line(s) of SLiMS's visitor book are a member's second sign-in on the same day (back after "
              "lunch, say): the visitor book here counts a member once a day, as the desk does, so they are not added "
              "as more visits.")
OVERLAP = QT_TRANSLATE_NOOP(
    "Import", "{count} day(s) of SLiMS's visitor book already have visits in the book here (from {first} to "
              "{last}), from the desk or a sheet: check that those days are not counted twice.")
MADE_FOR = QT_TRANSLATE_NOOP(
    "Import", "{count} copy(ies) are still out at SLiMS to members SLiMS had deleted (they are not in this backup's "
              "member list): each is on loan here to a member made from what the backup knows, blocked until you "
              "complete their details on the Members page.")
MADE_FOR_COPY = QT_TRANSLATE_NOOP("Import", "Copy {barcode}: on loan to {member} ({name}).")
DELETED_ROWS = QT_TRANSLATE_NOOP(
    "Import", "{count} row(s) of {people} member(s) SLiMS had deleted (they are not in this backup's member list), "
              "such as {examples}: their returned loans, fines and reservations are left out.")
NOT_IMPORTED = QT_TRANSLATE_NOOP(
    "Import", "Member {member} is not in the member list: import the members from this backup first.")
NO_MEMBER_LIST = QT_TRANSLATE_NOOP(
    "Import", "Member {member} is not in the member list, and this backup has no member list to tell who it was: "
              "import the members first.")
DELETED_HERE = QT_TRANSLATE_NOOP("Import", "Member {member} was deleted in this library: left out.")
RESERVATIONS = QT_TRANSLATE_NOOP("Import", "Reservations waiting: {count}.")
PUT_ASIDE = QT_TRANSLATE_NOOP(
    "Import", "{count} reserved copy(ies) are on the shelf: SLiMS kept each for the member who reserved it, so it waits "
              "on the hold shelf here for them. Take these copies to the hold shelf:")
PUT_ASIDE_COPY = QT_TRANSLATE_NOOP("Import", "Copy {barcode}: for {member}.")
HOLIDAYS = QT_TRANSLATE_NOOP("Import", "Holidays from SLiMS's calendar: {count}.")
CLOSED_DAYS = QT_TRANSLATE_NOOP("Import", "Closed every week, as at SLiMS: {days}.")
SKIPS_CLOSED = QT_TRANSLATE_NOOP(
    "Import", "Late fines count open days only, as at SLiMS (its \"Ignore Holidays Fine Calculation\" was on): "
              "days the library is closed are not charged.")
INSTITUTIONS_NOT_KEPT = QT_TRANSLATE_NOOP(
    "Import", "{count} line(s) of SLiMS's visitor book name the visitor's institution ({columns}): the visitor book "
              "here has no place for it, not imported (a member's institution comes with the member).")
UNFINISHED_LOANS = QT_TRANSLATE_NOOP(
    "Import", "{count} loan line(s) of SLiMS were started at its desk and never finished (not lent): no loans, not "
              "imported.")
FINE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Import", "The fine's amount cannot be read (debet {debet}, credit {credit}; {description}): left out.")
