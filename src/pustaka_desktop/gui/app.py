"""``pustaka``: start the GUI — open the library, first-run wizard if it is new, log in, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .. import __version__, help_language, i18n
from ..core import auth
from ..core.errors import PustakaError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.practice import library as practice
from ..core.service import Library
from ..core.settings import get_setting
from ..core.store import running
from ..core.store.paths import resolve_db_path
from .appearance import HIGH_CONTRAST_KEY, TEXT_SIZE_KEY, apply_theme, prepare_scale
from .context import AppContext
from .logs import install_excepthook, setup_logging
from .outside_programs import restore_pc_libraries
from .script_fonts import install_script_fonts

log = logging.getLogger(__name__)
ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "pustaka.png"
# Set by bench/frozen.py and bench/startup.py: print when the login window is on screen, then leave.
STARTUP_PROBE = "PUSTAKA_STARTUP_PROBE"


def _report_shown(window) -> None:
    window.grab()  # painted, as a person would see it
    print(f"login-window-shown {time.time():.3f}", flush=True)
    window.reject()


# The launcher's help texts, listed for translation (help_language prints them in the user's language).
HELP_TEXTS = [
    QT_TRANSLATE_NOOP("CliHelp", "Pustaka Desktop: the village library's catalogue, desk, members, reports and sync."),
    QT_TRANSLATE_NOOP("CliHelp", "library database file (default: $PUSTAKA_DB, else the user data dir)"),
    QT_TRANSLATE_NOOP("CliHelp", "language (default: the library's setting)"),
    QT_TRANSLATE_NOOP("CliHelp", "full-screen patron catalogue search (a librarian leaves it with Ctrl+Shift+K "
                                 "and her PIN)"),
    QT_TRANSLATE_NOOP("CliHelp", "set up a new database as a district office"),
    QT_TRANSLATE_NOOP("CliHelp", "log in as this account, password from $PUSTAKA_PASSWORD (for demos)"),
    QT_TRANSLATE_NOOP("CliHelp", "open this page first (e.g. desk, catalog, settings)"),
    QT_TRANSLATE_NOOP("CliHelp", "check this installation on a temporary demo library, then exit"),
    QT_TRANSLATE_NOOP("CliHelp", "show the version number and exit"),
]
KIOSK_EXAMPLE = 'pustaka --kiosk --db "C:\\Perpustakaan\\pustaka.sqlite3"'
PLACEHOLDERS = [QT_TRANSLATE_NOOP("CliMetavar", "PAGE")]


def _parser(exit_on_error: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pustaka", description=HELP_TEXTS[0], exit_on_error=exit_on_error,
                                     formatter_class=help_language.TranslatingFormatter)
    parser.add_argument("--db", help=HELP_TEXTS[1])
    parser.add_argument("--lang", choices=("id", "en"), help=HELP_TEXTS[2])
    parser.add_argument("--kiosk", action="store_true", help=HELP_TEXTS[3])
    parser.add_argument("--district", action="store_true", help=HELP_TEXTS[4])
    parser.add_argument("--user", help=HELP_TEXTS[5])
    parser.add_argument("--page", help=HELP_TEXTS[6])
    parser.add_argument("--self-test", action="store_true", help=HELP_TEXTS[7])
    parser.add_argument("--version", action="version", version=__version__, help=HELP_TEXTS[8])
    return parser


def _speak_user_language(argv: list[str]) -> None:
    """The language of --help and argparse's errors: --lang, else $PUSTAKA_LANG, else Indonesian."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    language = early.parse_known_args(argv)[0].lang or os.environ.get("PUSTAKA_LANG") or "id"
    i18n.install(language if language in ("id", "en") else "id")
    help_language.install()


def parse_args(argv: list[str]) -> argparse.Namespace:
    # A translator needs a Qt application, and the real QApplication may only be made later: the
    # language is installed only when argparse is about to print (help or an error) and end the program.
    if not {"-h", "--help"} & set(argv):
        try:
            return _parser(exit_on_error=False).parse_known_args(argv)[0]
        except argparse.ArgumentError:
            pass
    _speak_user_language(argv)
    return _parser().parse_known_args(argv)[0]  # prints in the user's language and exits


class Controller:
    """Owns the open library and moves between login and the main window."""

    def __init__(self, app: QApplication, lib: Library, args: argparse.Namespace) -> None:
        self.app = app
        self.lib = lib
        self.args = args
        self.window = None
        self.in_practice = practice.is_practice(lib)
        # started on the practice file itself (pustaka --db ...-latihan.sqlite3): the way back is the real one
        self.real_path = practice.real_path_of(lib.path) if self.in_practice else lib.path
        self.switch_after_logout = False
        self.suggested_user = ""  # the first librarian, just made by the first-start wizard

    def login(self):
        if self.args.user and os.environ.get("PUSTAKA_PASSWORD"):
            try:
                return auth.login(self.lib, self.args.user, os.environ["PUSTAKA_PASSWORD"])
            except PustakaError as exc:
                log.warning("automatic login failed: %s", exc)
        from .login import LoginDialog

        while True:
            dialog = LoginDialog(self.lib, practice=self.in_practice, username=self.suggested_user)
            if os.environ.get(STARTUP_PROBE):
                QTimer.singleShot(0, lambda shown=dialog: _report_shown(shown))
            result = dialog.exec()
            self.suggested_user = ""  # only the first log-in after the wizard: the next one may be a volunteer
            if result == LoginDialog.SWITCH:
                self.switch_library(dialog)
                continue
            return dialog.staff if result == QDialog.DialogCode.Accepted else None

    def switch_library(self, parent=None) -> bool:
        """Between the real library and its practice library: one is open at a time."""
        from . import web_catalogue
        from .other_library import quiet_the_real_library
        from .web_catalogue import start_with_app
        from .widgets.messages import show_error

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # making the practice copy takes a moment
        try:
            # before the other file opens (opening, or making, the practice library points the models at it):
            # while practising, patrons would see made-up loans and their door sign-ins would land in practice
            quiet_the_real_library()
            new = practice.open_real(self.real_path) if self.in_practice else practice.open_practice(self.real_path)
        except PustakaError as exc:
            QApplication.restoreOverrideCursor()
            self.lib.activate()  # (a practice library that failed half made may have taken the models)
            if not self.in_practice and not web_catalogue.SERVICE.running:  # (a refusal has started it again)
                start_with_app(self.lib)
            show_error(parent, exc)
            return False
        QApplication.restoreOverrideCursor()
        old, self.lib = self.lib, new
        old.close()
        new.activate()
        self.in_practice = not self.in_practice
        if not self.in_practice:
            start_with_app(new)  # back on the real library: serve it again, as Settings say
        return True

    def start(self, staff=None) -> bool:
        staff = staff or self.login()
        if staff is None:
            return False
        self.open_main_window(staff)
        return True

    def open_main_window(self, staff) -> None:
        from .main_window import MainWindow

        ctx = AppContext(self.lib, staff)
        self.window = MainWindow(ctx)
        self.window.logout_requested.connect(self.logout)
        from .idle_checkpoint import install as install_idle_checkpoint

        install_idle_checkpoint(self.window, self.lib)  # the .sqlite3 file is whole whenever the desk is idle
        self._add_practice(ctx)
        self.window.switch_staff.connect(self.switch_to)
        self.window.language_changed.connect(lambda language: self.restart_in(language, staff))
        page, self.args.page = self.args.page, None
        if page and page not in self.window.page_keys():  # (a typo in a shortcut's --page: said, not a silent desk)
            log.warning("--page %s: no such page for %s; the pages: %s", page, staff.username,
                        ", ".join(self.window.page_keys()))
            page = None
        if page:
            self.window.show_page(page)
        elif self._still_being_set_up(staff):  # an empty desk says nothing to a new library: its first steps do
            self.window.show_page("dashboard")
        self.window.show()

    def _still_being_set_up(self, staff) -> bool:
        from ..core import first_steps

        return bool(first_steps.shown_to(self.lib, staff))

    def _add_practice(self, ctx: AppContext) -> None:
        """The LATIHAN banner and tasks in the practice library; the way there from the Help menu."""
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        from . import practice as practice_gui

        if self.in_practice:
            practice_gui.install(self.window, ctx, self.leave_practice)
            return
        from . import hub_watch  # sync over the network whenever the district hub answers

        hub_watch.install(self.window, ctx)
        help_menu = self.window.findChild(QMenu, "help_menu")
        if help_menu is None or ctx.lib.is_district:
            return
        go = QAction(QCoreApplication.translate("Practice", "&Practice mode (for new volunteers)…"), self.window)
        go.triggered.connect(self.leave_practice)  # logs out of the real library into the practice one
        help_menu.addAction(go)
        if ctx.allowed("settings.edit"):
            done = QAction(QCoreApplication.translate("Practice", "Practice tasks &done per staff account"),
                           self.window)
            done.triggered.connect(lambda: practice_gui.ProgressDialog(self.real_path, self.window, ctx.lib).exec())
            help_menu.addAction(done)

    def leave_practice(self) -> None:
        """Log out and go to the other library (practice <-> real)."""
        self.switch_after_logout = True
        self.logout()

    def logout(self) -> None:
        old, self.window = self.window, None
        old.hide()
        self.args.user = None  # a logout always asks who is next
        if self.switch_after_logout:
            self.switch_after_logout = False
            self.switch_library(old)
        if not self.start():
            self.app.quit()
        old.deleteLater()

    def switch_to(self, staff) -> None:
        """The same desk for another Staff view (volunteer mode on or off): a new window, the old closed."""
        old = self.window
        self.open_main_window(staff)
        old.close()
        old.deleteLater()

    def restart_in(self, language: str, staff) -> None:
        """A new language: rebuild the window so every text is re-translated."""
        i18n.install(language)
        old = self.window
        self.open_main_window(staff)
        old.close()
        old.deleteLater()


EXIT_WAIT_MS = 30_000  # at most: a hub exchange's network call gives up within its own 30 s


def stop_background_jobs() -> None:
    """Before the library closes (the last window closed, Windows logging off): the jobs that can be cancelled are
    cancelled, then every job gets up to EXIT_WAIT_MS to end, so none finishes after the window is gone or is cut
    off with the library closed under it. An import cancelled here saves nothing and the next start says so."""
    from PySide6.QtCore import QThreadPool

    from ..core.store import unfinished
    from .workers import cancel_unfinished, wait_for_threads

    unfinished.program_quitting()
    cancelled = cancel_unfinished()
    if cancelled:
        log.warning("quitting: %d background job(s) cancelled (an import stopped now saves nothing; the next start "
                    "says so)", cancelled)
    # a job still counting (the dashboard's figures) or writing ends before its database closes under it
    if not (QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS) and wait_for_threads(EXIT_WAIT_MS)):
        log.warning("quitting: background jobs still running after %d s; the program ends anyway",
                    EXIT_WAIT_MS // 1000)


def tell_cut_off_imports(lib: Library) -> None:
    """Imports a power cut (or the program killed) cut off, said once, before the log-in (``core.store.unfinished``):
    nothing of them was saved, and the librarian must not think her books came in."""
    from ..core.store import unfinished

    lost = unfinished.cut_off(lib)
    if lost:
        translate = QCoreApplication.translate
        QMessageBox.warning(None, translate("Health", unfinished.TITLE),
                            "\n\n".join(each.message(translate) for each in lost))


def fatal(message: str) -> int:
    QMessageBox.critical(None, QCoreApplication.translate("App", "Pustaka cannot start"), message)
    return 1


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    restore_pc_libraries()  # (the PDF viewer and browser it opens use the PC's libraries, not the installed folder's)
    if args.self_test:
        from .self_test import run

        return run()
    setup_logging()
    install_excepthook()
    path = resolve_db_path(args.db)
    lib, open_error = None, None
    # The kiosk never makes a library nor asks how: a Windows account of its own has its own data folder, and
    # started without --db the patrons met the new-library wizard (a child could make herself its librarian).
    no_kiosk_library = args.kiosk and not path.exists()
    try:
        lib = None if no_kiosk_library else Library.open(path)
    except PustakaError as exc:
        open_error = exc
    # The text size must be known before the QApplication exists (see appearance.py).
    prepare_scale(get_setting(TEXT_SIZE_KEY, 100) if lib else 100)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Pustaka")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Pustaka")
    app.setWindowIcon(QIcon(str(ICON)))
    apply_theme(app, bool(get_setting(HIGH_CONTRAST_KEY, False)) if lib else False)
    install_script_fonts(app)  # aksara Jawa and Arabic titles are not boxes on a PC without those fonts
    i18n.install(args.lang or (get_setting("language", "id") if lib else "id"))
    if no_kiosk_library or (args.kiosk and lib is not None and not lib.is_initialised):
        if lib is not None:
            lib.close()
        return fatal(QCoreApplication.translate(
            "App", "There is no library in {path} for the patrons' catalogue. Start it with the library's file, for "
                   "example: {example}").format(path=path, example=KIOSK_EXAMPLE))
    from .dialogs.recovery import check_at_start  # quick check, recovery from a backup, daily backup

    lib = check_at_start(lib, path, open_error, for_patrons=args.kiosk)
    if lib is None:
        return 1
    log.info("Pustaka %s started on %s", __version__, path)
    if lib.is_initialised and not args.kiosk:  # (not to patrons at the catalogue screen: told at the next start)
        tell_cut_off_imports(lib)
    first_librarian = ""

    if not lib.is_initialised:
        from .first_run import FirstRunWizard

        wizard = FirstRunWizard(lib, district=args.district)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if accepted and wizard.move_file:  # "Move from the old PC" instead of a new library
            from .first_run import move_in_at_start

            lib = move_in_at_start(lib, path, wizard.move_file)
            if lib is None:
                running.mark_stopped(path)
                return 1
        elif not accepted or wizard.staff is None:
            lib.close()
            running.mark_stopped(path)
            return 0
        if wizard.recovery_code:
            from .staff_recovery import CodeDialog

            CodeDialog(lib, wizard.recovery_code, replaces=False).exec()  # the library's first code
        i18n.install(args.lang or get_setting("language", "id"))
        first_librarian = wizard.staff.username if wizard.staff is not None else ""

    from .web_catalogue import start_with_app, stop_with_app

    start_with_app(lib)  # the patrons' web catalogue, when Settings > Wi-Fi catalogue has it on
    if args.kiosk:
        from .kiosk import KioskWindow

        install_excepthook(for_patrons=True)
        kiosk = KioskWindow(lib)
        kiosk.showFullScreen()
        code = app.exec()
    else:
        controller = Controller(app, lib, args)
        controller.suggested_user = first_librarian
        code = app.exec() if controller.start() else 0
        controller.lib.close()  # the practice library, when the app was left in practice mode
    stop_with_app()
    stop_background_jobs()
    lib.close()
    running.mark_stopped(path)  # a clean end: the next start need not check the whole file
    return code


if __name__ == "__main__":
    sys.exit(main())
