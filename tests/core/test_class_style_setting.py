"""The librarian chooses how class numbers are written (``899.221 3`` or ``899.2213``): by hand, audited, and
an import afterwards never changes it back (a SLiMS backup whose copies write ``899.221 3 HIR l``)."""

from __future__ import annotations

import pytest

from pustaka_desktop.core import audit_log
from pustaka_desktop.core.audit_describe import describe
from pustaka_desktop.core.catalog import class_style, records
from pustaka_desktop.core.errors import PermissionDenied
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Record
from tests.core import interop_fixtures
from tests.core.test_interop_slims_backup import write_dump

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture


def test_a_choice_made_by_hand_survives_a_move_in_whose_copies_write_it_the_other_way(tmp_path, empty_lib_factory):
    lib, by = empty_lib_factory("DESA")
    class_style.choose_by_hand(lib, by, False)  # the librarian wants 899.2213
    importer.import_slims_backup(lib, by, write_dump(tmp_path / "backup.sql"))  # copies: 899.221 3 HIR l
    assert not class_style.segmented()
    assert class_style.shown("899.2213") == "899.2213"
    assert records.call_number_for(Record.get(Record.slims_id == "slims:1")) == "899.2213 HIR l"


def test_choosing_the_kdt_space_changes_what_is_shown_and_is_audited(lib, librarian):
    from pustaka_desktop import i18n

    assert class_style.shown("899.2213") == "899.2213"  # not chosen yet: without marks
    class_style.choose_by_hand(lib, librarian, True)
    assert class_style.shown("899.2213") == "899.221 3"
    assert class_style.adopt_from_copies() is None  # chosen: an import leaves it as it is
    entry = audit_log.page(lib, librarian, audit_log.AuditFilter(action="settings.class_numbers"), 0, 5)[0]
    assert entry.username == "pustakawan"
    i18n.install("en")
    try:
        assert describe(entry.action, entry.detail, i18n.translate) == (
            "Way of writing class numbers changed: before: 899.2213, now: 899.221 3.")
    finally:
        i18n.install("id")


def test_a_volunteer_cannot_change_it(lib, volunteer):
    with pytest.raises(PermissionDenied):
        class_style.choose_by_hand(lib, volunteer, True)
    assert not class_style.segmented()


def test_the_two_ways_as_examples():
    assert (class_style.example(False), class_style.example(True)) == ("899.2213", "899.221 3")


def test_pustaka_cli_settings_class_numbers_shows_and_changes_the_way(tmp_path, capsys):
    from pustaka_desktop.cli import main
    from pustaka_desktop.core.store.models import AuditLog

    db = str(tmp_path / "lib.sqlite3")
    assert main(["--lang", "en", "--db", db, "init", "--library-name", "Perpustakaan Desa Uji", "--library-code",
                 "UJI", "--librarian", "budi", "--password", "rahasia1"]) == 0
    capsys.readouterr()

    def run(*argv: str) -> tuple[int, str]:
        code = main(["--lang", "en", "--db", db, "settings", "class-numbers", *argv])
        return code, capsys.readouterr().out

    code, out = run()
    assert code == 0 and "899.2213" in out and "not chosen yet" in out
    assert run("segmented") == (0, "Class numbers are written like 899.221 3.\n")
    assert run() == (0, "Class numbers are written like 899.221 3.\n")
    assert class_style.chosen() and AuditLog.get(AuditLog.action == "settings.class_numbers").username.startswith("cli:")
    assert run("plain") == (0, "Class numbers are written like 899.2213.\n")
    with pytest.raises(SystemExit):  # argparse names the two ways
        run("bulat")
