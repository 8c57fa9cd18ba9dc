"""Shared fixtures: every test gets a fresh library database in a temp dir and a clock it controls."""

from __future__ import annotations

import os

# Without a display Qt aborts the whole process; offscreen keeps GUI tests headless.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PUSTAKA_LANG", "id")

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pustaka_desktop.core import auth, profile  # noqa: E402
from pustaka_desktop.core.store import disks  # noqa: E402
from pustaka_desktop.core.store.clock import FixedClock  # noqa: E402
from pustaka_desktop.gui.script_fonts import install_script_fonts  # noqa: E402
from tests import new_library  # noqa: E402

# One QApplication for the whole run, made before anything (like the CLI's translator set-up)
# could make a plain QCoreApplication that GUI tests cannot use.
_qt_app = QApplication.instance() or QApplication([])
# Its font as the app's start sets it (gui.app.main): a family named, the shipped script fonts behind it. Left the
# alias "Sans Serif", the GUI's text grew taller for every test after one that had loaded Noto Sans for a label
# preview (fontconfig then resolves the alias to it), and two layout tests at 150 % failed only after the printing page.
install_script_fonts(_qt_app)

pytest_plugins = ["tests.leftovers", "pytester"]  # leftovers: what a test left running fails it, not a later test

# Hashing with full scrypt cost in every fixture would slow the suite; tests use a cheap cost.
auth._SCRYPT.update(n=2**4)


@pytest.fixture(autouse=True)
def every_folder_its_own_disk():
    """A test's "USB stick" is a folder in its temp dir, on the same disk as its database: here every
    folder counts as a disk of its own, so a copy there leaves the PC. tests/core/test_backup_same_disk.py
    asks the real disks. (Its own patch: a test's ``monkeypatch.undo()`` must not take it away.)"""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(disks, "disk_of", lambda folder: frozenset({str(os.path.realpath(folder))}))
        yield


TESTS_NOW = "2026-03-02T09:00:00+07:00"  # a Monday morning in Indonesia (WIB): the clock fixture's time


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TESTS_NOW)


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "migrations_from_nothing: empty_lib runs every migration on a new file (tests/new_library.py)")
    config.addinivalue_line(
        "markers", "tiny_demo: lib is the village library with the tiny demo (seed 1) loaded, a copy of one filled "
                   "once per run (tests/new_library.py)")


@pytest.fixture(autouse=True, scope="session")
def _migrated_template(tmp_path_factory):
    """The migrations run once per test run; each new test library is a copy (tests/new_library.py)."""
    new_library.make_template(tmp_path_factory.mktemp("template"), FixedClock(TESTS_NOW).now().date())


@pytest.fixture
def empty_lib(tmp_path, clock, request):
    from_nothing = request.node.get_closest_marker("migrations_from_nothing") is not None
    lib = new_library.open_new(tmp_path / "library.sqlite3", clock, from_nothing=from_nothing)
    yield lib
    lib.close()


@pytest.fixture
def lib(request, tmp_path, clock):
    if request.node.get_closest_marker("tiny_demo") is not None:
        demo = new_library.tiny_demo(tmp_path / "library.sqlite3", clock)
        yield demo
        demo.close()
        return
    empty_lib = request.getfixturevalue("empty_lib")
    profile.init_library(empty_lib, **new_library.VILLAGE)
    yield empty_lib


@pytest.fixture
def librarian(lib):
    return auth.login(lib, "pustakawan", "rahasia1")


@pytest.fixture
def volunteer(lib, librarian):
    return auth.add_staff(lib, librarian, "relawan", "relawan1", auth.VOLUNTEER, full_name="Relawan Satu")


def _language_now():
    """What a test may switch process-wide: Qt's translator (a GUI in Indonesian or the source English),
    QLocale's default and core.formatting's number language."""
    from PySide6.QtCore import QLocale

    from pustaka_desktop import i18n
    from pustaka_desktop.core import formatting

    return formatting._display_language[0], list(i18n._installed), QLocale()


def _language_back(saved) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from pustaka_desktop import i18n
    from pustaka_desktop.core import formatting

    numbers, translators, locale = saved
    if i18n._installed != translators:
        for translator in i18n._installed:
            QCoreApplication.removeTranslator(translator)
        i18n._installed[:] = translators
        for translator in translators:
            QCoreApplication.installTranslator(translator)
    QLocale.setDefault(locale)
    formatting.set_display_language(numbers)


@pytest.fixture(autouse=True, scope="module")
def _language_kept_per_module():
    """A module that installs a language for all its tests must not leave the next module in it (the kiosk
    tests once failed only after the language tests had run)."""
    saved = _language_now()
    yield
    _language_back(saved)


@pytest.fixture(autouse=True)
def _language_kept():
    """A test that switches the language (a CLI run with --lang en, a page shown in Indonesian) must not
    leave the next test writing "Rp 2,000" or reading Indonesian labels."""
    saved = _language_now()
    yield
    _language_back(saved)
