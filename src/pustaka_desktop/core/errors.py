"""Exceptions for mistakes a user can make. Each carries an English message template (marked for
translation, see i18n.py) and the values for its placeholders; the GUI/CLI translate the template
and format it, so the message reaches the user in their own language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translate = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


def render(context: str, template: str, params: dict[str, Any], translate: Translate = _identity) -> str:
    """An English message template in the user's language with its values filled in."""
    text = translate(context, template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A broken translation must never hide the problem itself.
        return template.format(**params)


class PustakaError(Exception):
    """A problem the user can understand and fix. Nothing has been written when it is raised."""

    context = "Errors"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, translate: Translate = _identity) -> str:
        return render(self.context, self.template, self.params, translate)

    def __reduce__(self) -> tuple[Any, ...]:
        # whole across a process boundary (an import file read in a second process), its template, values and
        # field included: the standard way would call the class with its English message alone
        return _remade, (type(self), self.args, self.__dict__)


def _remade(cls: type[PustakaError], args: tuple[Any, ...], state: dict[str, Any]) -> PustakaError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ValidationError(PustakaError):
    """Input that breaks a rule (a wrong ISBN, an empty title). ``field`` names the input, if any."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFound(PustakaError):
    """An unknown barcode, member number, record..."""


class PermissionDenied(PustakaError):
    """The acting staff member's role may not do this. A ``role`` given is a role's name as auth.ROLE_NAMES writes it,
    said in the user's language ("Akun Anda (Relawan)…", not "(volunteer)")."""

    def message(self, translate: Translate = _identity) -> str:
        params = dict(self.params)
        if isinstance(params.get("role"), str):
            params["role"] = translate("Roles", params["role"])
        return render(self.context, self.template, params, translate)


class SignInAgain(PermissionDenied):
    """The account signed in here was changed by a librarian since (deactivated, role lowered, password reset):
    nothing was done, and whoever is at the window must sign in again. ``username`` names the account."""

    def __init__(self, template: str, username: str = "", **params: Any) -> None:
        self.username = username
        super().__init__(template, username=username, **params)


class Refused(PustakaError):
    """A circulation or workflow rule says no (limit reached, membership expired...).
    ``reason`` is a stable code the GUI can use to pick a colour/sound, and that an override names."""

    def __init__(self, template: str, reason: str = "", **params: Any) -> None:
        self.reason = reason
        super().__init__(template, **params)


class Conflict(PustakaError):
    """The thing already exists (a duplicate barcode, demo data already loaded...)."""


class Cancelled(Exception):
    """A long job was cancelled by the user; its transaction was rolled back."""
