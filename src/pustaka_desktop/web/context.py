"""One request as the routes see it: the parsed request, the visitor's language and session, and
rendering a template with the page's common values. (Kept apart from app.py so the routes never
import the application that imports them.)"""

from __future__ import annotations

import re
import secrets
from typing import Any
from urllib.parse import urlsplit

from ..core.errors import PustakaError
from ..core.formatting import format_date, format_day, format_money, format_number
from ..core.store.clock import to_local
from . import i18n, strings
from .http import Request, Response, redirect, safe_next
from .security import COOKIE, KeptForm, Session, was_member

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
        # She was logged in, and the server forgot it (restarted, or she was away): said on the next page.
        self.tell_logged_out = (self.session is None and self.left_behind is None
                                and was_member(req.cookies.get(COOKIE)))

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

    def back_to_form(self, page: str, name: str, error: str, values: dict[str, str], scroll: bool = False) -> Response:
        """The answer to a form that could not be done: back to its ``page`` (``scroll``: scrolled to the form's
        section, whose id is ``name``), which shows ``error`` beside the form ``name`` filled in with ``values``.
        A redirect, not a page: the phone's Back button then never lands on the POST ("Confirm Form
        Resubmission"), and nothing is typed twice."""
        self.ensure_session().kept_form = KeptForm(urlsplit(page).path, name, error, values)
        return redirect(f"{page}#{name}" if scroll else page)

    def take_kept_form(self) -> KeptForm | None:
        """The form of this page that could not be done, once (None when there is none)."""
        kept = self.session.kept_form if self.session is not None else None
        if kept is None or kept.path != self.req.path:
            return None
        self.session.kept_form = None
        return kept

    def render(self, template: str, status: int = 200, **values: Any) -> Response:
        # An error page makes no session: a flood of bad requests must not fill the session table. The
        # as-you-type results neither make one nor take the messages meant for the next page.
        whole_page = template != "_results.html"
        session = self.ensure_session() if whole_page and template != "error.html" else self.session
        flashes: list[tuple[str, str]] = []
        if session is not None and whole_page:
            if self.tell_logged_out and template != "error.html":
                session.flash.insert(0, ("info", self._(strings.LOGGED_OUT_AWAY)))
                self.tell_logged_out = False
            flashes, session.flash = [(kind, whole(text)) for kind, text in session.flash], []
            session.kept_form = None  # a form's page not taken now (she went elsewhere) is not shown later
        page = self.app.env.get_template(template).render(
            _=self._, tc=self.tc, lang=self.lang, csrf=session.csrf if session else "", parts=self.app.parts,
            library=self.app.library_name, path=self.req.path, page_address=self.page_address(), flashes=flashes,
            logged_in=bool(session and session.member_id is not None), date=self.date, day=self.day, money=self.money,
            whole=whole,
            num=self.number, local=to_local, form_id=_form_id, own_library=self.app.lib is not None,
            back_to_catalogue=session.last_catalogue_page if session else "/", **values)
        return Response(page.encode("utf-8"), status)

    def page_address(self) -> str:
        """This page's path with its query: the language switch comes back to the same search, page of results
        and book (with its way back), not to the bare path."""
        query = getattr(self.req, "environ", {}).get("QUERY_STRING", "") if self.req.method == "GET" else ""
        return f"{self.req.path}?{query}" if query else self.req.path

    def day(self, value, short: bool = False) -> str:
        """A day the visitor acts on, with its weekday in the page's language: ``Selasa, 8 Desember 2026``."""
        return whole(format_day(value, self.lang, short))

    def date(self, value) -> str:
        return whole(format_date(value))

    def money(self, rupiah: int) -> str:
        return format_money(rupiah, self.lang)

    def number(self, value: int) -> str:
        return format_number(value, self.lang)


def whole(text: str) -> str:
    """A date or a card number kept on one line: a phone's browser breaks a line after a hyphen, and "Rab, 25-11-"
    over "2026" or "SKM-" over "A00266" is hard to read at 360 pixels. A word joiner (U+2060: invisible, not read
    aloud) after each hyphen between letters or digits holds them together."""
    return _JOINABLE.sub("-\u2060", text) if "-" in text else text


_JOINABLE = re.compile(r"(?<=\w)-(?=\w)")


def _form_id() -> str:
    return secrets.token_urlsafe(12)


def next_param(ctx: Ctx, default: str = "/") -> str:
    return safe_next(ctx.req.query.get("next") or ctx.req.form.get("next"), default)
