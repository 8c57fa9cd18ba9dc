"""One request as the routes see it: the parsed request, the visitor's language and session, and
rendering a template with the page's common values. (Kept apart from app.py so the routes never
import the application that imports them.)"""

from __future__ import annotations

import secrets
from typing import Any

from ..core.errors import PustakaError
from ..core.formatting import format_date, format_money, format_number
from ..core.store.clock import to_local
from . import i18n
from .http import Request, Response, safe_next
from .security import COOKIE, Session

LANG_COOKIE = "pustaka_bahasa"


class Ctx:
    """One request as the routes see it."""

    def __init__(self, app: Any, req: Request) -> None:
        self.app = app
        self.req = req
        lang = req.cookies.get(LANG_COOKIE, "")
        self.lang = lang if lang in i18n.LANGUAGES else i18n.DEFAULT
        self._translate = i18n.translator(self.lang)
        self.session: Session | None = app.sessions.get(req.cookies.get(COOKIE))
        # The session a login or logout left behind: only to answer a form of it sent again (a double tap).
        self.left_behind: Session | None = (
            None if self.session else app.sessions.get(req.cookies.get(COOKIE), moved=True))
        self.new_cookie = False

    def _(self, text: str) -> str:
        return self._translate("Web", text)

    def tc(self, context: str, text: str) -> str:
        return self._translate(context, text)

    def error(self, exc: PustakaError) -> str:
        return exc.message(self._translate)

    def ensure_session(self) -> Session:
        if self.session is None:
            self.session = self.app.sessions.new()
            self.new_cookie = True
        return self.session

    def flash(self, kind: str, text: str) -> None:
        self.ensure_session().flash.append((kind, text))

    def render(self, template: str, status: int = 200, **values: Any) -> Response:
        # An error page makes no session: a flood of bad requests must not fill the session table.
        session = self.session if template == "error.html" else self.ensure_session()
        flashes: list[tuple[str, str]] = []
        if session is not None:
            flashes, session.flash = session.flash, []
        page = self.app.env.get_template(template).render(
            _=self._, tc=self.tc, lang=self.lang, csrf=session.csrf if session else "", parts=self.app.parts,
            library=self.app.library_name, path=self.req.path, flashes=flashes,
            logged_in=bool(session and session.member_id is not None), date=format_date, money=self.money,
            num=self.number, local=to_local, form_id=_form_id, own_library=self.app.lib is not None, **values)
        return Response(page.encode("utf-8"), status)

    def money(self, rupiah: int) -> str:
        return format_money(rupiah, self.lang)

    def number(self, value: int) -> str:
        return format_number(value, self.lang)


def _form_id() -> str:
    return secrets.token_urlsafe(12)


def next_param(ctx: Ctx, default: str = "/") -> str:
    return safe_next(ctx.req.query.get("next") or ctx.req.form.get("next"), default)
