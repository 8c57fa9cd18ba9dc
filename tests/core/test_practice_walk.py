"""A new volunteer walks practice mode: the account the librarian made today opens the practice library too,
and the guided tasks are the ones a volunteer may do for real."""

from __future__ import annotations

import pytest

from pustaka_desktop.core import auth
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.practice import library as practice
from pustaka_desktop.core.practice import tasks
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Item, Record


def _catalogue(lib) -> None:
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    for n in range(6):
        record = store.insert(lib, Record, title=f"Si Kancil dan Buaya {n}", isbn="")
        store.insert(lib, Item, record=record, barcode=f"UJI{n:06d}", collection_type=ctype)


def test_a_volunteer_added_after_the_practice_library_was_made_can_log_in_to_it(lib, librarian, clock):
    _catalogue(lib)
    practice.create(lib.path, clock)  # made last week for the previous volunteer
    lib.activate()
    auth.add_staff(lib, librarian, "dewi", "dewi1234", auth.VOLUNTEER, full_name="Dewi Lestari")
    old = auth.add_staff(lib, librarian, "agus", "agus1234", auth.VOLUNTEER, full_name="Agus")
    auth.set_active(lib, librarian, old, False)  # the volunteer who left
    real_path = lib.path
    lib.close()
    plib = practice.open_practice(real_path, clock)
    try:
        assert auth.login(plib, "dewi", "dewi1234").full_name == "Dewi Lestari"
        with pytest.raises(PustakaError):
            auth.login(plib, "agus", "agus1234")
        assert auth.login(plib, "pustakawan", "rahasia1").role == auth.LIBRARIAN
    finally:
        plib.close()
        lib.activate()


def test_a_volunteer_is_given_only_the_tasks_a_volunteer_may_do(lib, librarian, clock, volunteer):
    _catalogue(lib)
    real_path = lib.path
    lib.close()
    plib = practice.open_practice(real_path, clock)
    try:
        tasks.begin_session(plib, "relawan")
        keys = [state.task.key for state in tasks.states(plib, "relawan")]
        # cataloguing and printing labels are the librarian's: a volunteer could never tick them
        assert "add_by_isbn" not in keys and "labels" not in keys
        assert keys == ["lend", "return_late", "renew", "register", "visitor"]
        assert [state.task.key for state in tasks.states(plib, "pustakawan")] == [t.key for t in tasks.TASKS]
    finally:
        plib.close()
        lib.activate()
