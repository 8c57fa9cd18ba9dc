"""What every page gets: the open library, the logged-in staff member, and helpers to run work."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ..core import auth
from ..core.service import Library
from ..core.store.models import Staff


class Events(QObject):
    """App-wide notifications, so pages refresh when another page changed the data."""

    catalog_changed = Signal()
    members_changed = Signal()
    circulation_changed = Signal()
    visits_changed = Signal()
    programs_changed = Signal()
    settings_changed = Signal()


@dataclass
class AppContext:
    lib: Library
    user: Staff
    events: Events = field(default_factory=Events)
    kiosk: bool = False

    def allowed(self, action: str) -> bool:
        return auth.allowed(self.user, action)
