"""Sessions, CSRF tokens and per-address rate limits for the web catalogue.

- A session is a random 256-bit id in an HttpOnly, SameSite=Lax cookie; the data stays in this
  process: a restart of the app (or of the PC, for Windows updates) logs everyone out. That is on purpose:
  a session is only 20 minutes of use, the login is a card number and a PIN, and a member's session
  surviving a reboot on a shared phone or tablet is worse than typing the PIN again. What the patron must
  not meet is an error: a member's session id starts with ``MEMBER_MARK``, so a cookie the server no
  longer knows still tells that she was logged in (``was_member``), and the pages say "you were logged
  out, log in again" instead of "form too old" (app.py, routes_account.py). A member's login
  gets a fresh id (no session fixation); it ends after ``IDLE`` minutes without a click or ``ABSOLUTE``
  hours, whichever comes first (phones get lent, tablets are shared). The cookie has no ``Secure``
  flag because the library Wi-Fi serves plain HTTP (there is no certificate a phone would trust).
- Every form carries the session's CSRF token; a POST without the right one is refused (403).
- Every form also carries its own one-time id (``FORM_ID``): a form sent twice (a double tap on a slow
  phone, or a tap again because the answer did not come) is done once; the repeat gets the first answer's
  page. A login or logout moves the visitor to a new session, so the old one is kept, marked
  ``moved_to``, only to answer such a repeat (it is never used as a live session again).
- A form that cannot be done (a wrong PIN, an unknown card number at the door) is answered like one that can: a
  redirect to a page (Post/Redirect/Get), never a page made by the POST itself, which the phone's Back button
  would offer to send again ("Confirm Form Resubmission"). The error and what was typed wait in the session
  (``KeptForm``) for that page, which shows them once; a PIN is never kept.
- Rate limits are token buckets per client address and per kind of request: pages, logins, door
  sign-ins, downloads. At most ``MAX_SESSIONS`` sessions and ``MAX_ADDRESSES`` addresses are kept (the
  oldest go first), so a flood cannot fill the PC's memory.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

IDLE = 20 * 60
ABSOLUTE = 8 * 3600
MAX_SESSIONS = 5000
MAX_ADDRESSES = 5000
COOKIE = "pustaka_sesi"
FORM_ID = "kirim"
MEMBER_MARK = "m."  # a logged-in session's id starts so ("." is not in a token's alphabet)
MAX_ANSWERS = 30  # forms remembered per session: a phone sends a few forms a minute at most


@dataclass
class KeptForm:
    """A form of the page at ``path`` that could not be done: which form (``name``, also the id of its section on
    the page), why not, and what was typed, so the page fills the form in again."""

    path: str
    name: str
    error: str
    values: dict[str, str]


@dataclass
class Session:
    id: str
    csrf: str
    created: float
    seen: float
    member_id: int | None = None
    flash: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) shown once
    answers: OrderedDict[str, str] = field(default_factory=OrderedDict)  # form id -> where its answer sent
    moved_to: str | None = None  # the session a login or logout moved this visitor to
    last_catalogue_page: str = "/"  # the search or book she last saw: the account page's way back to it
    kept_form: KeptForm | None = None  # a form that could not be done, for its page to show once
    # One form of a visitor at a time: a double tap's second request waits for the first one's answer.
    sending: threading.Lock = field(default_factory=threading.Lock)

    def remember_answer(self, form_id: str, location: str) -> None:
        self.answers[form_id] = location
        while len(self.answers) > MAX_ANSWERS:
            self.answers.popitem(last=False)


class Sessions:
    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._sessions: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session_id: str | None, moved: bool = False) -> Session | None:
        """The live session with this id (``moved=True``: also one a login or logout left behind)."""
        if not session_id or len(session_id) > 100:
            return None
        now = self._clock()
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            if now - session.seen > IDLE or now - session.created > ABSOLUTE:
                del self._sessions[session_id]
                return None
            if session.moved_to is not None and not moved:
                return None
            session.seen = now
            self._sessions.move_to_end(session_id)
            return session

    def new(self, member_id: int | None = None) -> Session:
        now = self._clock()
        mark = MEMBER_MARK if member_id is not None else ""
        session = Session(mark + secrets.token_urlsafe(32), secrets.token_urlsafe(32), now, now, member_id)
        with self._lock:
            self._sessions[session.id] = session
            while len(self._sessions) > MAX_SESSIONS:
                self._sessions.popitem(last=False)
        return session

    def rotate(self, session: Session, member_id: int | None = None) -> Session:
        """A new id and token for the same visitor (at login, for ``member_id``, and at logout). The old
        session stays, emptied and marked moved, only so that the same form sent again finds its answer
        (see ``FORM_ID``)."""
        fresh = self.new(member_id)
        fresh.last_catalogue_page = session.last_catalogue_page
        fresh.flash, session.flash = session.flash, []
        fresh.kept_form, session.kept_form = session.kept_form, None
        session.member_id, session.moved_to = None, fresh.id
        return fresh

    def __len__(self) -> int:
        return len(self._sessions)


def was_member(session_id: str | None) -> bool:
    """A session cookie of a logged-in member (whether or not the server still knows it)."""
    return bool(session_id and session_id.startswith(MEMBER_MARK))


def csrf_ok(session: Session | None, token: str | None) -> bool:
    return bool(session and token and hmac.compare_digest(session.csrf.encode(), token.encode()))


@dataclass(frozen=True)
class Limit:
    """``burst`` requests at once, refilled at ``per_minute``."""

    burst: int
    per_minute: float


DEFAULT_LIMITS = {
    "page": Limit(60, 240),  # a phone typing a search makes several requests a second
    "login": Limit(5, 5),  # PIN guesses: with the member's lock after 5 wrong ones
    "door": Limit(20, 20),
    "file": Limit(10, 20),
    "write": Limit(20, 30),  # renew, reserve, cancel
}


class RateLimiter:
    def __init__(self, limits: dict[str, Limit] | None = None, clock=time.monotonic) -> None:
        self.limits = dict(DEFAULT_LIMITS, **(limits or {}))
        self._clock = clock
        self._buckets: OrderedDict[tuple[str, str], tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, address: str, kind: str) -> bool:
        limit = self.limits[kind]
        now = self._clock()
        key = (address, kind)
        with self._lock:
            tokens, last = self._buckets.get(key, (float(limit.burst), now))
            tokens = min(float(limit.burst), tokens + (now - last) * limit.per_minute / 60.0)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[key] = (tokens, now)
            self._buckets.move_to_end(key)
            while len(self._buckets) > MAX_ADDRESSES * 2:
                self._buckets.popitem(last=False)
        return allowed
