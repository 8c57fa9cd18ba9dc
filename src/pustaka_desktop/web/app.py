"""The WSGI application of the patrons' web catalogue.

``WebApp(source, lib=..., parts=...)`` is a plain WSGI callable: ``server.py`` runs it with waitress
(in a thread of the desktop app, or in ``pustaka-cli serve``); tests can also call it directly.

One request: parse it within the limits of ``http.py`` → rate limit per address → find the route
(only patron routes exist; there is no staff route to find) → the route calls the core (reads through
this thread's own SQLite connection; writes through the core's write path, as the patron) → a
Jinja2 template with autoescaping → security headers. Anything a visitor can cause is a 4xx with a
friendly page in their language; a bug is logged and answered with a friendly 500 page, never a
traceback.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from peewee import OperationalError

from ..core.service import Library
from ..core.wifi_catalogue import CATALOGUE, PARTS
from . import strings
from .context import Ctx
from .http import HTTPError, Redirect, Request, Response, came_from, redirect
from .security import COOKIE, FORM_ID, RateLimiter, Sessions, csrf_ok
from .source import CatalogueSource, LibrarySource

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
WORKER_CACHE_KB = 2048  # SQLite page cache of each server thread's connection
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon"}
# Aksara Jawa for phones that have no font for it (iPhones): the app's own Noto Sans Javanese, which the style sheet
# names for U+A980-A9DF only, so a browser fetches it for a page with a Javanese title and for no other.
SCRIPT_FONTS = {"javanese.ttf": "NotoSansJavanese-Regular.ttf", "javanese-bold.ttf": "NotoSansJavanese-Bold.ttf"}
SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
]


@dataclass
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Callable[..., Response]
    part: str | None  # the part that must be open (None: always)
    limit: str = "page"


class WebApp:
    def __init__(self, source: CatalogueSource | None = None, *, lib: Library | None = None,
                 parts: frozenset[str] | set[str] = frozenset(PARTS), library_name: str = "",
                 limiter: RateLimiter | None = None) -> None:
        if source is None:
            if lib is None:
                raise ValueError("a web catalogue needs a catalogue source or a library")
            source = LibrarySource(lib)
        self.source = source
        self.lib = lib
        # The account, shelf and door parts need this library's own database.
        self.parts = frozenset(parts) if lib is not None else frozenset(parts) & {CATALOGUE}
        self._fixed_name = library_name
        self.sessions = Sessions()
        self._local = threading.local()
        self.limiter = limiter or RateLimiter()
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)
        self.static = {path.name: (path.read_bytes(), STATIC_TYPES[path.suffix])
                       for path in (HERE / "static").iterdir() if path.suffix in STATIC_TYPES}
        self.static.update(_script_fonts())
        # Pages name the style sheet and scripts with their content's fingerprint (``/static/style.css?v=…``): a
        # phone keeps them for a year and asks again only when they change, so after an update of Pustaka no
        # phone shows the new pages with yesterday's style sheet or script.
        self.versions = {name: hashlib.sha256(data).hexdigest()[:12] for name, (data, _type) in self.static.items()}
        self.env.globals["asset"] = lambda name: f"/static/{name}?v={self.versions[name]}"
        from . import routes_account, routes_catalog, routes_door, routes_shelf

        self.routes: list[Route] = []
        for module in (routes_catalog, routes_account, routes_shelf, routes_door):
            for method, pattern, handler, part, limit in module.ROUTES:
                self.routes.append(Route(method, re.compile(f"^{pattern}$"), handler, part, limit))

    @property
    def library_name(self) -> str:
        """The name as Settings has it now: a name corrected there shows on the phones' next page, without
        restarting the app."""
        if self._fixed_name:
            return self._fixed_name
        profile = self.lib.profile if self.lib is not None else None
        return profile.name if profile is not None and profile.name else "Perpustakaan"

    # --- WSGI ---------------------------------------------------------------------------------------

    def _prepare_thread(self) -> None:
        """Each server thread reads through its own SQLite connection; keep its page cache small (the
        desk's own connection keeps the big one), so the server part stays small in memory."""
        if self.lib is not None and not getattr(self._local, "ready", False):
            self.lib.db.execute_sql(f"PRAGMA cache_size = -{WORKER_CACHE_KB}")
            self._local.ready = True

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Any:
        began = time.perf_counter()
        self._prepare_thread()
        ctx: Ctx | None = None
        try:
            req = Request(environ)
            ctx = Ctx(self, req)
            response = self.dispatch(ctx)
        except Redirect as exc:
            response = redirect(exc.location)
        except HTTPError as exc:
            response = self.error_page(ctx, exc.status, exc.problem, exc.detail)
            response.headers.extend(exc.headers)
        except (OperationalError, sqlite3.OperationalError) as exc:
            log.warning("web catalogue: database busy: %s", exc)
            response = self.error_page(ctx, 503, "busy")
        except Exception:  # a bug: logged for the librarian, a friendly page for the patron
            log.exception("web catalogue: error on %s", environ.get("PATH_INFO", "")[:200])
            response = self.error_page(ctx, 500, "bug")
        return self._finish(ctx, response, start_response, began, environ.get("REQUEST_METHOD") == "HEAD")

    def _finish(self, ctx: Ctx | None, response: Response, start_response: Callable, began: float,
                head: bool) -> Any:
        headers = [("Content-Type", response.content_type), *SECURITY_HEADERS, *response.headers]
        if not any(name == "Cache-Control" for name, _ in response.headers):
            headers.append(("Cache-Control", "no-store"))
        if ctx is not None and ctx.new_cookie and ctx.session is not None:
            cookie = Response()
            cookie.set_cookie(COOKIE, ctx.session.id, http_only=True, same_site="Lax")
            headers.extend(cookie.headers)
        body = response.body
        if isinstance(body, bytes):
            headers.append(("Content-Length", str(len(body))))
        elif response.length is not None:
            headers.append(("Content-Length", str(response.length)))
        headers.append(("Server-Timing", f"app;dur={(time.perf_counter() - began) * 1000:.2f}"))
        start_response(f"{response.status} {_reason(response.status)}", headers)
        if head:
            if hasattr(body, "close"):
                body.close()
            return [b""]
        return [body] if isinstance(body, bytes) else body

    def dispatch(self, ctx: Ctx) -> Response:
        req = ctx.req
        method = "GET" if req.method == "HEAD" else req.method
        allowed_methods = set()
        for route in self.routes:
            match = route.pattern.match(req.path)
            if match is None:
                continue
            allowed_methods.add(route.method)
            if route.method != method:
                continue
            if route.part is not None and route.part not in self.parts:
                raise HTTPError(404, "closed")
            if route.limit != "free" and not self.limiter.allow(req.remote_addr, "page") or (
                    route.limit not in ("page", "free") and not self.limiter.allow(req.remote_addr, route.limit)):
                raise HTTPError(429, "slow_down", headers=[("Retry-After", "60")])
            if method == "POST":
                return self._post_once(ctx, route, match)
            return route.handler(ctx, **match.groupdict())
        if allowed_methods:
            raise HTTPError(405, "method", headers=[("Allow", ", ".join(sorted(allowed_methods)))])
        raise HTTPError(404, "not_found")

    def _post_once(self, ctx: Ctx, route: Route, match: re.Match[str]) -> Response:
        """Run a form's route once: the same form sent again (a double tap on a slow phone, or tapped
        again because no answer came) is not done twice (no second visit in the visitor book, no
        "already reserved" after "reserved", no "form too old" after a login); it gets the first
        answer's page, which shows what was done."""
        sender = ctx.session or ctx.left_behind
        if not csrf_ok(sender, ctx.req.form.get("csrf")):
            if sender is None and ctx.req.cookies.get(COOKIE):
                return self._form_of_a_forgotten_session(ctx)
            raise HTTPError(403, "csrf")
        form_id = ctx.req.form.get(FORM_ID, "")[:60]
        with sender.sending:  # a second tap waits here for the first one's answer
            earlier = sender.answers.get(form_id) if form_id else None
            if earlier is not None:
                if sender.moved_to is not None:  # the first one logged in or out: follow it there
                    ctx.session = self.sessions.get(sender.moved_to)
                    ctx.new_cookie = ctx.session is not None
                return redirect(earlier)
            if sender.moved_to is not None:  # another form of a page from before the login or logout
                raise HTTPError(403, "csrf")
            try:
                response = route.handler(ctx, **match.groupdict())
            except Redirect as exc:
                response = redirect(exc.location)
            location = dict(response.headers).get("Location") if response.status in (302, 303) else None
            if form_id and location:
                sender.remember_answer(form_id, location)
            return response

    def _form_of_a_forgotten_session(self, ctx: Ctx) -> Response:
        """A form of a page whose session this server no longer knows: the app or the PC restarted since
        (Windows updates), or the page lay unused past ``security.IDLE``. Nothing is done (the token cannot
        be checked, so a forged form ends here too); instead of "form too old" the patron is told what
        happened and taken back: to the login that brings her back (her account's forms), to the visitor book
        with her form filled in as she sent it, or to the page the form was on."""
        from . import routes_account, routes_door

        ctx.tell_logged_out = False  # each answer below says what happened in its own words
        if ctx.req.path.startswith("/akun/"):
            return routes_account.after_forgotten_session(ctx)
        if ctx.req.path.startswith("/buku-tamu/"):
            return routes_door.after_forgotten_session(ctx)
        ctx.flash("info", ctx._(strings.FORM_OF_A_FORGOTTEN_SESSION))
        return redirect(came_from(ctx.req, "/"))

    def error_page(self, ctx: Ctx | None, status: int, problem: str, detail: str = "") -> Response:
        try:
            if ctx is None:
                ctx = Ctx(self, _BareRequest())
            title, text = strings.PROBLEMS.get(problem, strings.PROBLEMS["bug"])
            return ctx.render("error.html", status=status, title=ctx._(title), text=ctx._(text), detail=detail,
                              code=status)
        except Exception:  # even the error page failed: plain text, still no traceback
            log.exception("web catalogue: the error page failed")
            return Response(b"Maaf, terjadi kesalahan. / Sorry, something went wrong.", status,
                            "text/plain; charset=utf-8")


class _BareRequest:
    """Stands in for a request that could not even be parsed (a 400/414 before routing)."""

    method = "GET"
    path = "/"
    query: dict[str, str] = {}
    form: dict[str, str] = {}
    cookies: dict[str, str] = {}
    remote_addr = "?"


def _reason(status: int) -> str:
    from .http import REASONS

    return REASONS.get(status, "Error")


def _script_fonts() -> dict[str, tuple[bytes, str]]:
    fonts = HERE.parent / "resources" / "fonts"
    return {name: ((fonts / file).read_bytes(), "font/ttf") for name, file in SCRIPT_FONTS.items()
            if (fonts / file).is_file()}
