"""First steps of a library being set up: each ticks itself from the library's data, and the list is for a
librarian of a new real village library only, until she is done or closes it."""

from __future__ import annotations

import pytest

from pustaka_desktop.core import first_steps
from pustaka_desktop.core.circulation import holidays, loans
from pustaka_desktop.core.printing import labels, selection, templates
from pustaka_desktop.core.store import backup

from .circ_helpers import book, member


def _done(lib) -> dict[str, bool]:
    return {step.key: step.done for step in first_steps.steps(lib)}


def test_a_fresh_library_has_every_step_to_do_in_order(lib, librarian):
    shown = first_steps.shown_to(lib, librarian)
    assert [step.key for step in shown] == [first_steps.CATALOGUE, first_steps.OPENING_DAYS, first_steps.MEMBERS,
                                           first_steps.LABELS, first_steps.BACKUP]
    assert not any(step.done for step in shown)


def test_each_step_ticks_itself_from_the_librarys_data(lib, librarian, tmp_path):
    items = book(lib, "Laskar Pelangi", copies=2)
    assert _done(lib)[first_steps.CATALOGUE]
    holidays.add_holiday(lib, librarian, "2026-03-20", "2026-03-21", name="Idul Fitri")
    assert _done(lib)[first_steps.OPENING_DAYS]
    member(lib, librarian, "Siti Aminah")
    assert _done(lib)[first_steps.MEMBERS]
    labels.print_labels(lib, librarian, "spine", templates.get_template("tj107"),
                        selection.copy_labels(items), str(tmp_path / "punggung.pdf"))
    assert _done(lib)[first_steps.LABELS]
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    backup.backup_to(lib, librarian, stick)
    assert all(_done(lib).values())
    assert first_steps.shown_to(lib, librarian) == []  # all done: the list goes away


def test_past_holidays_do_not_count_but_changed_closing_days_do(lib, librarian):
    holidays.add_holiday(lib, librarian, "2025-08-17", name="HUT RI 2025")  # last year's: no due date falls on it
    assert not _done(lib)[first_steps.OPENING_DAYS]
    holidays.set_closed_weekdays(lib, librarian, {5, 7})  # closed on Fridays too
    assert _done(lib)[first_steps.OPENING_DAYS]


@pytest.mark.parametrize("why", ["volunteer", "closed", "lending", "practice"])
def test_the_list_is_not_shown(lib, librarian, volunteer, why):
    user = librarian
    if why == "volunteer":
        user = volunteer
    elif why == "closed":
        first_steps.close(lib)
    elif why == "lending":  # a library already lending (an older library updated to this version) is set up
        item = book(lib, "Sang Pemimpi")[0]
        loans.checkout(lib, librarian, member(lib, librarian), item.barcode)
    else:
        from pustaka_desktop.core.practice.library import PRACTICE_KEY
        from pustaka_desktop.core.settings import set_setting

        with lib.bound():
            set_setting(PRACTICE_KEY, True)
    assert first_steps.shown_to(lib, user) == []
