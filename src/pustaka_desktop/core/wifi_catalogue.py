"""Settings of the patrons' web catalogue on the library Wi-Fi ("Katalog di Wi-Fi"): on or off (off
by default), the port, and which parts are open. The web package (pustaka_desktop.web) serves it;
the GUI starts it with the app when it is on, ``pustaka-cli serve`` runs it headless."""

from __future__ import annotations

from dataclasses import dataclass

from . import auth
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .service import Library
from .settings import get_setting, set_setting
from .store.models import Staff

ENABLED_KEY = "web.enabled"
PORT_KEY = "web.port"
PARTS_KEY = "web.parts"
DEFAULT_PORT = 8080
MIN_PORT, MAX_PORT = 1024, 65535
CATALOGUE, ACCOUNT, SHELF, DOOR = "catalogue", "account", "shelf", "door"
PARTS = (CATALOGUE, ACCOUNT, SHELF, DOOR)
PART_NAMES = {
    CATALOGUE: QT_TRANSLATE_NOOP("WebParts", "Catalogue search, new arrivals and programmes"),
    ACCOUNT: QT_TRANSLATE_NOOP("WebParts", "My account (loans, renewals, reservations)"),
    SHELF: QT_TRANSLATE_NOOP("WebParts", "Digital shelf"),
    DOOR: QT_TRANSLATE_NOOP("WebParts", "Door sign-in (visitor book)"),
}
DEFAULT_PARTS = (CATALOGUE, ACCOUNT, SHELF)


@dataclass(frozen=True)
class WebOptions:
    enabled: bool = False
    port: int = DEFAULT_PORT
    parts: frozenset[str] = frozenset(DEFAULT_PARTS)


def options(lib: Library) -> WebOptions:
    port = get_setting(PORT_KEY, DEFAULT_PORT)
    parts = get_setting(PARTS_KEY, list(DEFAULT_PARTS))
    return WebOptions(
        enabled=bool(get_setting(ENABLED_KEY, False)),
        port=port if isinstance(port, int) and MIN_PORT <= port <= MAX_PORT else DEFAULT_PORT,
        parts=frozenset(p for p in parts if p in PARTS) if isinstance(parts, list) else frozenset(DEFAULT_PARTS))


def check_port(port: int) -> int:
    if not isinstance(port, int) or not MIN_PORT <= port <= MAX_PORT:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The port must be a number from {low} to {high}."),
                              field="port", low=MIN_PORT, high=MAX_PORT)
    return port


def save_options(lib: Library, by: Staff, *, enabled: bool, port: int, parts: list[str] | set[str]) -> WebOptions:
    """Librarians only; audited."""
    auth.require(by, "settings.edit")
    check_port(port)
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown part of the web catalogue: {part}."),
                              field="parts", part=", ".join(sorted(unknown)))
    if enabled and not parts:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Open at least one part of the web catalogue."),
                              field="parts")
    old = options(lib)
    with lib.transaction():
        set_setting(ENABLED_KEY, bool(enabled))
        set_setting(PORT_KEY, port)
        set_setting(PARTS_KEY, [p for p in PARTS if p in parts])
        auth.audit(lib, by, "settings.web_catalogue", "", "", old={"enabled": old.enabled, "port": old.port,
                                                                   "parts": sorted(old.parts)},
                   new={"enabled": bool(enabled), "port": port, "parts": sorted(parts)})
    return options(lib)
