"""Requests and responses on top of WSGI, with the limits a hostile phone meets first: a long path,
a huge query string or form, bytes that are not UTF-8 — each a 4xx with a friendly page (see app.py),
never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

MAX_PATH = 512
MAX_QUERY = 2048
MAX_FORM = 8192
MAX_FIELD = 500  # any single value (a search is cut to 200 by the route)
MAX_FIELDS = 40

REASONS = {200: "OK", 302: "Found", 303: "See Other", 304: "Not Modified", 400: "Bad Request", 403: "Forbidden",
           404: "Not Found", 405: "Method Not Allowed", 413: "Payload Too Large", 414: "URI Too Long",
           429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}


class HTTPError(Exception):
    """Stop handling and answer ``status`` with the friendly error page for ``problem`` (a key of
    strings.PROBLEMS)."""

    def __init__(self, status: int, problem: str, detail: str = "", headers: list[tuple[str, str]] | None = None):
        super().__init__(f"{status} {problem}")
        self.status = status
        self.problem = problem
        self.detail = detail
        self.headers = headers or []


class Redirect(Exception):
    """Stop handling and send the browser to ``location`` (a path on this server)."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location


def _text(raw: str) -> str:
    """WSGI hands over latin-1 strings of the raw bytes: decode them as UTF-8 (400 when they are not)."""
    try:
        return raw.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        raise HTTPError(400, "bad_request") from None


def _pairs(text: str) -> dict[str, str]:
    try:
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=False, encoding="utf-8", errors="strict",
                          max_num_fields=MAX_FIELDS)
    except (ValueError, UnicodeDecodeError):
        raise HTTPError(400, "bad_request") from None
    out: dict[str, str] = {}
    for key, value in pairs:
        if len(key) > 40 or len(value) > MAX_FIELD or "\x00" in value:
            raise HTTPError(413 if len(value) > MAX_FIELD else 400, "too_long" if len(value) > MAX_FIELD else "bad_request")
        out.setdefault(key, value)
    return out


class Request:
    def __init__(self, environ: dict[str, Any]) -> None:
        self.environ = environ
        self.method = environ.get("REQUEST_METHOD", "GET").upper()
        raw_path = environ.get("PATH_INFO", "") or "/"
        if len(raw_path) > MAX_PATH:
            raise HTTPError(414, "too_long")
        self.path = _text(raw_path)
        raw_query = environ.get("QUERY_STRING", "")
        if len(raw_query) > MAX_QUERY:
            raise HTTPError(414, "too_long")
        self.query = _pairs(_text(raw_query)) if raw_query else {}
        self.remote_addr = environ.get("REMOTE_ADDR", "") or "?"
        self.cookies = self._cookies(environ.get("HTTP_COOKIE", ""))
        self._form: dict[str, str] | None = None

    @staticmethod
    def _cookies(header: str) -> dict[str, str]:
        if not header or len(header) > 4096:
            return {}
        jar = SimpleCookie()
        try:
            jar.load(header)
        except CookieError:
            return {}
        return {key: morsel.value for key, morsel in jar.items()}

    @property
    def form(self) -> dict[str, str]:
        """The urlencoded body of a POST (413 when larger than MAX_FORM, 400 for another encoding)."""
        if self._form is None:
            if self.method != "POST":
                self._form = {}
                return self._form
            ctype = (self.environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
            try:
                length = int(self.environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                raise HTTPError(400, "bad_request") from None
            if length > MAX_FORM or length < 0:
                raise HTTPError(413, "too_long")
            if ctype not in ("application/x-www-form-urlencoded", ""):
                raise HTTPError(400, "bad_request")
            body = self.environ["wsgi.input"].read(length) if length else b""
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise HTTPError(400, "bad_request") from None
            self._form = _pairs(text)
        return self._form

    def header(self, name: str) -> str:
        return self.environ.get("HTTP_" + name.upper().replace("-", "_"), "")


@dataclass
class Response:
    body: bytes | Any = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    length: int | None = None  # for streamed bodies

    def set_cookie(self, name: str, value: str, *, max_age: int | None = None, http_only: bool = True,
                   same_site: str = "Lax", secure: bool = False) -> None:
        parts = [f"{name}={quote(value, safe='')}", "Path=/", f"SameSite={same_site}"]
        if max_age is not None:
            parts.append(f"Max-Age={max_age}")
        if http_only:
            parts.append("HttpOnly")
        if secure:
            parts.append("Secure")
        self.headers.append(("Set-Cookie", "; ".join(parts)))


def redirect(location: str) -> Response:
    """303 See Other to a path on this server (after a POST: the browser's back button stays harmless)."""
    return Response(b"", 303, headers=[("Location", safe_next(location))])


def safe_next(target: str | None, default: str = "/") -> str:
    """Only paths on this server: no scheme, no host, no "//evil" (an open redirect is a phishing aid)."""
    target = (target or "").strip()
    if not target.startswith("/") or target.startswith("//") or "\\" in target or any(ord(c) < 32 for c in target):
        return default
    return target[:MAX_PATH]


def came_from(req: Request, default: str) -> str:
    """The page (path and query) on this server the request came from, from its Referer: the pages send it
    for their own links and forms (Referrer-Policy same-origin); another site's page gives ``default``."""
    referer = urlsplit(req.header("Referer"))
    if not referer.netloc or referer.netloc != req.header("Host"):
        return default
    return safe_next(referer.path + (f"?{referer.query}" if referer.query else ""), default)


def route(table: list, method: str, pattern: str, part: str | None, limit: str) -> Callable:
    """Declares the decorated handler the answer to ``method`` on the paths ``pattern`` matches (a regular
    expression; its named groups are the handler's arguments), served while the library opens ``part`` on
    the Wi-Fi (None: always), under the rate limit of kind ``limit``; adds it to the module's ``table``."""

    def add(handler: Callable) -> Callable:
        table.append((method, pattern, handler, part, limit))
        return handler

    return add
