"""SLiMS's backup lends a book to a member SLiMS had deleted: the history import makes that member (blocked, noted)
with the day of their first loan as registration, for lack of any other. That day is no registration: the member
is one from before Pustaka, not a new member of November 2025."""

from __future__ import annotations

from datetime import date

from pustaka_desktop.core.community import members_from_before
from pustaka_desktop.core.interop import slims_history
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.models import Member
from tests.core import interop_fixtures
from tests.core import test_members_movein_round4 as round4

empty_lib_factory = interop_fixtures.empty_lib_factory  # fixtures
backup = round4.backup


def test_a_member_the_history_made_for_a_deleted_members_loans_is_never_new(backup):
    lib, by, dump = backup
    slims_history.import_history(lib, by, dump)
    rina = Member.get(Member.number == "M404")
    assert rina.registered_on == date(2025, 11, 3) and members_from_before.is_from_before(rina)
    november = figures.members(lib, Period.month(2025, 11))
    assert (november["new"], november["total"]) == (0, 2)  # Rina and Siti (of the members list), neither new
