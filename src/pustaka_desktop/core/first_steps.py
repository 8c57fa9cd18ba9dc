"""First steps ("Langkah pertama"): what a new library still has to do before its first loan, each step
ticked from the library's own data, so nothing is kept twice and nothing can disagree with the truth.

1. the catalogue: done when a book record exists (imported from SLiMS/INLISLite/Excel or typed in);
2. opening days and holidays: done when a holiday from today on is entered (national holidays added, a
   village holiday) or the weekly closing days were changed from the default (Sunday) - a due date must
   not fall on a day the library is shut, and the default alone says nothing about this village;
3. members: done when a member exists (registered or imported);
4. labels: done when a label PDF was made (``printing.labels`` in the audit log: written anyway);
5. the first copy on a USB stick: done when the backup reminder knows a copy that left this PC.

The recovery code is no step: the first start (wizard or ``pustaka-cli init``) always makes and shows it.

The list is for a library being set up, shown to a librarian: never in the practice library, never in a
district hub, and gone once a loan was ever made at this library's desk (the library is in use: an older library
updated to this version never sees it), once every step is done, or once the librarian closed it (remembered in
settings). The loans a move-in brings (SLiMS's history, a loan notebook) are no such loan: they come in before the
labels are printed and the first backup is made.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import auth
from .circulation.holidays import parse_weekdays
from .circulation.loan_events import IMPORTED_LOANS
from .i18n import QT_TRANSLATE_NOOP
from .practice.library import is_practice
from .service import Library
from .settings import get_setting, set_setting
from .store import backup_reminder
from .store.clock import local_today
from .store.models import AuditLog, Holiday, LibraryProfile, Loan, Member, Record, Staff

CLOSED_KEY = "first_steps_closed"  # the librarian closed the list (this PC's setting, never synced)

CATALOGUE, OPENING_DAYS, MEMBERS, LABELS, BACKUP = "catalogue", "opening_days", "members", "labels", "backup"

TITLES = {
    CATALOGUE: QT_TRANSLATE_NOOP(
        "FirstSteps", "Bring in the catalogue: import it from SLiMS, INLISLite or Excel, or add the first book."),
    OPENING_DAYS: QT_TRANSLATE_NOOP(
        "FirstSteps", "Set the opening days and holidays (Circulation rules → Opening days and holidays, "
                      "Add national holidays…), so no book is due on a day the library is closed."),
    MEMBERS: QT_TRANSLATE_NOOP("FirstSteps", "Register the members, or import a member list."),
    LABELS: QT_TRANSLATE_NOOP("FirstSteps", "Print the spine labels and stick them on the books."),
    BACKUP: QT_TRANSLATE_NOOP(
        "FirstSteps", "Make the first backup on a USB stick and keep it away from this PC: the automatic "
                      "backups are on this PC's disk and are lost with it."),
}


@dataclass(frozen=True)
class Step:
    key: str
    done: bool

    @property
    def title(self) -> str:
        """The English source; the page translates it in the context "FirstSteps"."""
        return TITLES[self.key]


def steps(lib: Library) -> list[Step]:
    """The steps in the order they are best done, each ticked from the library's data."""
    with lib.bound():
        return [
            Step(CATALOGUE, _exists(Record.select().where(Record.deleted == False))),  # noqa: E712
            Step(OPENING_DAYS, _opening_days_set(lib)),
            Step(MEMBERS, _exists(Member.select().where(Member.deleted == False))),  # noqa: E712
            Step(LABELS, _exists(AuditLog.select().where(AuditLog.action == "printing.labels"))),
            Step(BACKUP, backup_reminder.reminder(lib).last_off_pc is not None),
        ]


def _exists(query) -> bool:
    return query.limit(1).exists()


def _opening_days_set(lib: Library) -> bool:
    today = local_today(lib.clock)
    coming = Holiday.select().where((Holiday.deleted == False) & (Holiday.ends_on >= today))  # noqa: E712
    profile = lib.profile
    default = parse_weekdays(LibraryProfile.closed_weekdays.default)
    return _exists(coming) or (profile is not None and parse_weekdays(profile.closed_weekdays) != default)


def shown_to(lib: Library, user: Staff) -> list[Step]:
    """The steps to show ``user`` on the dashboard; empty when the list is not shown (see the module)."""
    if user.role != auth.LIBRARIAN or lib.is_district or is_practice(lib):
        return []
    with lib.bound():
        # newest first: a moved-in library holds its history's loans (100,000 of them) before its first desk loan
        desk_loans = Loan.select().where(Loan.staff.not_in(list(IMPORTED_LOANS))).order_by(Loan.id.desc())
        if get_setting(CLOSED_KEY) or _exists(desk_loans):
            return []
    found = steps(lib)
    return [] if all(step.done for step in found) else found


def close(lib: Library) -> None:
    """The librarian closed the list: it stays away on this PC."""
    with lib.bound():
        set_setting(CLOSED_KEY, True)
