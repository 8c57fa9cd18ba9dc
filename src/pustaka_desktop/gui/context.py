"""What every page gets: the open library, the logged-in staff member, and helpers to run work."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..core import auth
from ..core.service import Library
from ..core.store.models import Staff


class Events(QObject):
    """App-wide notifications, so pages refresh when another page changed the data.

    Qt's, never Python's: made the application's child, and the main window showing the context takes them as its
    own (they go with it). A context left to Python ends in a cycle (pages hold it, its signals hold pages' slots),
    and Python's cycle collector runs on whichever thread allocates when it is due, an import's worker too, where
    Qt must not delete a QObject of the GUI thread."""

    catalog_changed = Signal()
    members_changed = Signal()
    circulation_changed = Signal()
    visits_changed = Signal()
    programs_changed = Signal()
    settings_changed = Signal()

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())


@dataclass
class AppContext:
    lib: Library
    user: Staff
    events: Events = field(default_factory=Events)
    kiosk: bool = False

    def allowed(self, action: str) -> bool:
        return auth.allowed(self.user, action)
