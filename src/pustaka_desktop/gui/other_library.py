"""Before this program opens another library file (the practice library, opened to practise or made anew): while
it opens, and while it is open, the models point at it for the whole program (peewee binds them to one database),
so nothing of the real library may be running beside it. The Wi-Fi catalogue's server threads would serve patrons
from the practice file (a renewal or a sign-in at the door written where nobody finds it again), and a sync with
the district hub in the background could read or write practice rows. So the server stops and the background
jobs (and the daily backup) are cancelled or waited for first; one that does not end soon refuses the switch, and
nothing changes."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from ..core.errors import Refused
from ..core.i18n import QT_TRANSLATE_NOOP
from . import web_catalogue
from .workers import cancel_unfinished, wait_for_threads

WAIT_MS = 10_000  # a hub exchange stops at its next piece; longer than this, the librarian is told to try again

STILL_RUNNING = QT_TRANSLATE_NOOP(
    "Errors", "Work in the background (a sync with the district, a count for the dashboard) is still finishing. "
              "Nothing was changed: try again in a minute.")


def quiet_the_real_library() -> None:
    """Stop the Wi-Fi catalogue and end the background jobs, or raise ``Refused`` (the server is started again
    then, as it was). The caller starts the server again on the real library when it is open again."""
    serving = web_catalogue.SERVICE.lib if web_catalogue.SERVICE.running else None
    web_catalogue.stop_with_app()
    cancel_unfinished()
    if not (QThreadPool.globalInstance().waitForDone(WAIT_MS) and wait_for_threads(WAIT_MS)):
        if serving is not None:
            web_catalogue.start_with_app(serving)
        raise Refused(STILL_RUNNING, reason="busy")
