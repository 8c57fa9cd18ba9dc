"""A village sends and fetches its bundles over the network whenever a connection exists
(``pustaka-cli hub exchange URL``, "Kirim sekarang" on the sync page).

One exchange: make the bundle for the district (unless one made earlier still waits to go), upload it in
pieces — each piece hash-checked, a dropped connection resumed from what the hub holds — and learn whether
the hub applied it; then fetch what the hub has for this village the same way and import it. USB stays the
fallback and both can be mixed: the same bundle arriving twice is applied once. Nothing is marked
acknowledged here: acknowledgements come, as always, inside the district's next bundle.

Waiting files live beside the database in ``<name>-sync/outgoing`` and ``<name>-sync/incoming``.

A village PC's clock is often wrong (a flat clock battery puts it in 2009; Windows set to US Pacific time
shows the right wall time but is 14 hours off in UTC), and the hub refuses a request stamped further than
``wire.WINDOW`` from its own clock. Its refusal says so and carries its time; once that answer has passed
the check against the district key pinned at enrolment, the request is signed again with the hub's time
(a fresh nonce, a stamp inside the hub's window: the replay guard still holds) and the exchange goes on,
telling the librarian by how much her clock is wrong. The offset is not capped: a PC years off must still
sync, and the hub's clock is the only one the hub judges by. Only a signed answer moves it: an unsigned
one could make the village stamp requests for a future date, to be captured and replayed on that date.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import network_errors
from ..errors import Cancelled, PustakaError, Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Progress
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import health
from ..store.models import Staff, SyncPeer
from . import export, keys, wire
from .importer import import_bundle

log = logging.getLogger(__name__)
HUB_URL_KEY = "hub_url"
RESULTS = {  # what happened to a bundle, as the CLI and the sync page say it
    "applied": QT_TRANSLATE_NOOP("SyncResult", "applied"),
    "already": QT_TRANSLATE_NOOP("SyncResult", "already there (not applied twice)"),
    "rejected": QT_TRANSLATE_NOOP("SyncResult", "refused by the other side"),
}
RETRIES = 6  # tries per piece before the exchange stops (it resumes next time from where it stopped)
MIN_PIECE = 16 * 1024  # the smallest piece a bundle is sent in (after pieces that did not get through)
# How long the answer to "the whole bundle is there" may take: the hub checks and applies it first, and a village's
# first bundle (its whole moved-in catalogue) keeps a district PC busy for a minute or more. Longer: asked again.
FINISH_TIMEOUT = 300.0


class NetworkError(PustakaError):
    def __init__(self, template: str, reason: str = "", **params) -> None:
        self.reason = reason  # the hub's reason code, when it gave one
        super().__init__(template, **params)


REFUSALS = {  # the hub's reason codes (web/hub_app.py), as the village says them
    "not-enrolled": QT_TRANSLATE_NOOP(
        "Errors", "The district hub does not know this library (not enrolled there, or the enrolment was "
                  "withdrawn). Ask the district office; meanwhile, use a USB stick."),
    "too-large": QT_TRANSLATE_NOOP(
        "Errors", "The district hub refused a piece as too large. Nothing was lost; use a USB stick this time."),
    "incomplete": QT_TRANSLATE_NOOP(
        "Errors", "The connection dropped while sending. Nothing was lost; try again."),
    "replay": QT_TRANSLATE_NOOP(
        "Errors", "The district hub refused a request it had already seen. Nothing was lost; try again."),
    "no-route": QT_TRANSLATE_NOOP(
        "Errors", "The district hub does not understand this request (one of the two programs is older). "
                  "Ask the district office; meanwhile, use a USB stick."),
    "hub-error": QT_TRANSLATE_NOOP(
        "Errors", "The district hub ran into an error. Nothing was lost; tell the district office and try "
                  "again later, or use a USB stick."),
    "hub-database": QT_TRANSLATE_NOOP(
        "Errors", "The district's database is not reachable right now (a problem at the district office, not "
                  "here). Nothing was lost: the changes are sent again next time. Tell the district office, or "
                  "use a USB stick."),
}
OLDER_HUB = {  # a hub from before the reason codes answers only its English message
    "not an enrolled village": "not-enrolled", "too large": "too-large", "incomplete request": "incomplete",
    "refused (time)": "time", "refused (replay)": "replay", "no such route": "no-route", "hub error": "hub-error",
}
CLOCK_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "The district hub refused this computer's clock: it differs from the district server's by more "
              "than 5 minutes (or the time zone is wrong).")
CLOCK_TOO_FAR = QT_TRANSLATE_NOOP("Errors", "The district hub refuses a clock that far off.")
USB_MEANWHILE = QT_TRANSLATE_NOOP("Errors", "Meanwhile, a USB stick works as always.")
SYNCED_ANYWAY = QT_TRANSLATE_NOOP(
    "Errors", "The exchange went through with the district server's time, but due dates, visits and the order "
              "of changes use this clock.")


class HubUnreachable(NetworkError):
    """No answer at all: the connection could not be made, dropped or timed out (not a refusal by the hub).
    Said in plain words by its kind (``network_errors``); the system's own words are in ``details`` and the log."""

    def __init__(self, cause: BaseException) -> None:
        self.kind = network_errors.kind(cause)
        self.details = network_errors.technical(cause)
        super().__init__(network_errors.WORDS[self.kind], reason=self.kind)

    def message(self, translate=lambda context, text: text) -> str:
        return " ".join((super().message(translate), translate("Errors", network_errors.NOTHING_LOST)))


class HubClockRefused(NetworkError):
    """The hub refused this PC's clock and did not say its own time (an older hub), so it cannot be helped."""

    def __init__(self, offset: float | None = None) -> None:
        self.offset = offset  # the hub's clock minus this PC's, when known
        super().__init__(CLOCK_REFUSED, reason="time")

    def message(self, translate=lambda context, text: text) -> str:
        first = (health.clock_difference(self.offset, translate) + " " + translate("Errors", CLOCK_TOO_FAR)
                 if self.offset is not None else translate("Errors", CLOCK_REFUSED))
        return " ".join((first, translate("Health", health.SET_THE_CLOCK), translate("Errors", USB_MEANWHILE)))


def clock_warning(offset: float, translate=lambda context, text: text) -> str:
    """What the librarian reads after an exchange that needed the hub's time ('' when the clock was right)."""
    if not offset:
        return ""
    return " ".join((health.clock_difference(offset, translate), translate("Errors", SYNCED_ANYWAY),
                     translate("Health", health.SET_THE_CLOCK)))


def refusal(answer: dict, status: int) -> NetworkError:
    """The hub's refusal in the user's language: by its reason code, else the core message it sent."""
    message = str(answer.get("message") or status)
    reason = answer.get("reason") or OLDER_HUB.get(message, "")
    if reason == "time":
        return HubClockRefused()
    if reason in REFUSALS:
        return NetworkError(REFUSALS[reason], reason=reason)
    template, params = answer.get("template"), answer.get("params")
    if isinstance(template, str) and isinstance(params, dict):
        try:
            error = NetworkError(template, reason=str(reason or ""),
                                 **{str(key): value for key, value in params.items() if key != "reason"})
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            pass  # a template this version cannot fill: the hub's own words below
        else:
            error.context = str(answer.get("context") or "Errors")
            return error
    return NetworkError(QT_TRANSLATE_NOOP("Errors", "The district hub refused: {message}"), reason=str(reason or ""),
                        message=message)


@dataclass
class Exchange:
    """What one exchange did, a line per bundle."""

    sent: list[tuple[str, str]] = field(default_factory=list)  # (bundle file, applied | already | rejected)
    fetched: list[tuple[str, str]] = field(default_factory=list)
    resumed: int = 0  # pieces sent again or continued after a dropped connection
    clock_offset: float = 0.0  # the hub's clock minus this PC's when the hub refused this one (0: in step)


def sync_dir(lib: Library, kind: str) -> Path:
    folder = lib.path.with_name(lib.path.stem + "-sync") / kind
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def hub_url(lib: Library) -> str:
    return get_setting(HUB_URL_KEY, "") or ""


def set_hub_url(lib: Library, url: str) -> str:
    url = (url or "").strip().rstrip("/")
    if url and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise Refused(QT_TRANSLATE_NOOP("Errors", "The hub's address must start with http:// or https://."),
                      reason="url")
    set_setting(HUB_URL_KEY, url)
    return url


def district_peer() -> SyncPeer:
    peer = (SyncPeer.select().where((SyncPeer.kind == "district") & (SyncPeer.status == "active"))
            .order_by(SyncPeer.id).first())
    if peer is None:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "This library is not enrolled with a district office yet."),
                      reason="not-enrolled")
    return peer


class HubConnection:
    """Signed requests to the hub, answers checked against the hub's key pinned at enrolment."""

    def __init__(self, lib: Library | None, url: str, peer: SyncPeer, timeout: float = 30.0,
                 max_bytes_per_s: int | None = None, sign: Callable[[bytes], bytes] | None = None,
                 site: str = "") -> None:
        """``sign``/``site`` default to this library's key and site id (a bench plays many villages)."""
        self.url, self.peer, self.timeout = url.rstrip("/"), peer, timeout
        self.sign = sign or (lambda data: keys.sign(lib, data))
        self.site = site or lib.site_id
        self.max_bytes_per_s = max_bytes_per_s
        self.base_path = urllib.parse.urlsplit(self.url).path
        self.clock = (lambda: lib.clock.now().timestamp()) if lib is not None else time.time
        self.offset = 0.0  # the hub's clock minus this PC's, learned from the hub's signed refusal

    def call(self, method: str, path: str, body: bytes = b"", query: dict | None = None,
             timeout: float | None = None) -> tuple[int, bytes]:
        status, data = self._call_once(method, path, body, query, timeout)
        if status == 403 and self._learn_clock(data):  # once: signed again with the hub's time
            status, data = self._call_once(method, path, body, query, timeout)
        return status, data

    def _learn_clock(self, data: bytes) -> bool:
        """After a verified refusal for the request's time: take the hub's time. True when it moved."""
        try:
            answer = json.loads(data)
            hub_time = answer[wire.HUB_TIME] if answer.get("reason") == "time" else None
        except (ValueError, TypeError, KeyError, AttributeError):
            return False
        if not isinstance(hub_time, (int, float)) or isinstance(hub_time, bool):
            return False
        offset = hub_time - self.clock()
        if abs(offset - self.offset) < 2:  # already signed with the hub's time: something else is wrong
            return False
        self.offset = offset
        return True

    def _call_once(self, method: str, path: str, body: bytes, query: dict | None,
                   timeout: float | None = None) -> tuple[int, bytes]:
        target = self.base_path + path + ("?" + urllib.parse.urlencode(query) if query else "")
        headers = wire.sign_request(self.sign, self.site, method, target, body, now=self.clock() + self.offset)
        url = urllib.parse.urlunsplit(urllib.parse.urlsplit(self.url)._replace(path=target.split("?")[0],
                                                                               query=target.partition("?")[2]))
        request = urllib.request.Request(url, data=body if method != "GET" else None, method=method,
                                         headers={**headers, "Content-Type": "application/octet-stream"})
        started = time.monotonic()
        try:
            try:
                with urllib.request.urlopen(request, timeout=timeout or self.timeout) as answer:
                    status, data, answer_headers = answer.status, answer.read(), answer.headers
            except urllib.error.HTTPError as error:  # (its body may be cut short too: the same words then)
                status, data, answer_headers = error.code, error.read(), error.headers
        except (OSError, urllib.error.URLError, http.client.HTTPException) as exc:  # (a cut answer: IncompleteRead)
            log.warning("district hub %s not reached: %s", self.url, network_errors.technical(exc))
            raise HubUnreachable(exc) from exc
        self._pace(len(body) + len(data), started)
        # before anything in the answer is believed (the hub's time among it)
        self._check_answer(headers[wire.NONCE], status, data, answer_headers.get(wire.SIGNATURE, ""))
        return status, data

    def _pace(self, sent: int, started: float) -> None:
        """The bandwidth cap: a metered phone connection is shared with the whole village office."""
        if self.max_bytes_per_s:
            wait = sent / self.max_bytes_per_s - (time.monotonic() - started)
            if wait > 0:
                time.sleep(wait)

    def _check_answer(self, nonce: str, status: int, data: bytes, signature: str) -> None:
        import base64

        try:
            raw = base64.b64decode(signature, validate=True)
        except (ValueError, TypeError):
            raw = b""
        if not keys.verify(self.peer.public_key, raw, wire.answer_text(nonce, status, wire.digest(data))):
            raise NetworkError(QT_TRANSLATE_NOOP(
                "Errors", "The answer did not come from the district hub this library enrolled with "
                          "(wrong signature). Nothing was changed."))

    def json(self, method: str, path: str, body: bytes = b"", query: dict | None = None,
             timeout: float | None = None) -> dict:
        status, data = self.call(method, path, body, query, timeout)
        try:
            answer = json.loads(data or b"{}")
        except ValueError:
            answer = {}
        if status >= 400 and status != 409:
            error = refusal(answer if isinstance(answer, dict) else {}, status)
            if isinstance(error, HubClockRefused) and self.offset:
                error.offset = self.offset  # refused even with the hub's time: still say how far off
            raise error
        return answer


class _Patience:
    """A dropped connection is tried again, waiting a little longer each time; after RETRIES in a row the
    exchange stops (the next one resumes where this one stopped)."""

    def __init__(self, done: Exchange) -> None:
        self.done, self.failures = done, 0

    def ok(self) -> None:
        self.failures = 0

    def failed(self, exc: NetworkError) -> None:
        self.failures += 1
        self.done.resumed += 1
        if self.failures >= RETRIES:
            raise exc
        time.sleep(min(2 ** self.failures * 0.1, 5))


def send(hub: HubConnection, path: Path, chunk: int = wire.CHUNK, stop: Callable[[], bool] = lambda: False,
         done: Exchange | None = None, report: Progress = lambda fraction, message: None) -> str:
    """Upload one bundle file (resuming where the hub is) and return what the hub did with it."""
    done = done if done is not None else Exchange()
    data_size = path.stat().st_size
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    where = f"/sync/v1/upload/{path.name}"
    offset: int | None = int(hub.json("GET", where).get("received", 0))  # an unreachable hub fails here, at once
    patience = _Patience(done)
    with open(path, "rb") as handle:
        while offset is None or offset < data_size:
            if stop():
                raise Cancelled()
            try:
                if offset is None:  # after a dropped connection: where the hub really is
                    offset = int(hub.json("GET", where).get("received", 0))
                    continue
                handle.seek(offset)
                piece = handle.read(chunk)
                answer = hub.json("PUT", where, piece, {"offset": offset, "total": data_size,
                                                        "piece": wire.digest(piece)})
                offset = int(answer.get("received", offset))
                patience.ok()
            except NetworkError as exc:
                if offset is not None and isinstance(exc, HubUnreachable):
                    # a piece that did not get through: a link that drops every few seconds, or one so slow (2G)
                    # that a piece outlasts the request's time, carries smaller ones
                    chunk = max(MIN_PIECE, chunk // 2)
                patience.failed(exc)
                offset = None
                continue
            report(offset / data_size, path.name)
    return _finish(hub, where, data_size, sha, patience, stop)


def _finish(hub: HubConnection, where: str, size: int, sha: str, patience: _Patience,
            stop: Callable[[], bool]) -> str:
    """Ask the hub to check and apply the whole bundle, and learn what it did. The answer comes once the hub
    applied it (a first bundle: minutes), and a phone link may drop while it waits: then the question is asked
    again, and the hub answers for the bundle it holds; "already" then means applied by the first asking."""
    asked_before = False
    while True:
        if stop():
            raise Cancelled()
        try:
            answer = hub.json("POST", where, b"", {"total": size, "sha256": sha}, timeout=FINISH_TIMEOUT)
        except HubUnreachable as exc:  # (a refusal by the hub is its answer: not asked again)
            patience.failed(exc)
            asked_before = True
            continue
        result = answer.get("result", "rejected")
        return "applied" if asked_before and result == "already" else result


def _fetch(lib: Library, by: Staff, hub: HubConnection, entry: dict, chunk: int, stop: Callable[[], bool],
           done: Exchange) -> str:
    name = entry["name"]
    if not wire.BUNDLE_NAME.match(name or ""):
        raise NetworkError(QT_TRANSLATE_NOOP("Errors", "The hub offered a file that is not a bundle."))
    part = sync_dir(lib, "incoming") / (name + ".part")
    size = int(entry["size"])
    patience = _Patience(done)
    while (part.stat().st_size if part.exists() else 0) < size:
        if stop():
            raise Cancelled()
        have = part.stat().st_size if part.exists() else 0
        try:
            _status, data = hub.call("GET", f"/sync/v1/outbox/{name}", query={"offset": have, "length": chunk})
            patience.ok()
        except NetworkError as exc:
            patience.failed(exc)
            continue
        if not data:
            break
        with open(part, "ab") as handle:
            handle.write(data)
    if hashlib.sha256(part.read_bytes()).hexdigest() != entry.get("sha256"):
        part.unlink(missing_ok=True)
        raise NetworkError(QT_TRANSLATE_NOOP("Errors", "A bundle from the hub arrived damaged; it will be "
                                                       "fetched again next time."))
    target = part.with_name(name)
    part.replace(target)
    try:
        result = import_bundle(lib, by, target).result
    finally:
        target.unlink(missing_ok=True)
    hub.json("POST", f"/sync/v1/outbox/{name}/done")
    return result


def exchange(lib: Library, by: Staff, url: str | None = None, progress: Progress | None = None,
             cancel: Callable[[], bool] | None = None, chunk: int = wire.CHUNK,
             max_bytes_per_s: int | None = None) -> Exchange:
    """Send what waits for the district and fetch what the district has for this library."""
    report = progress or (lambda fraction, message: None)
    stop = cancel or (lambda: False)
    url = url or hub_url(lib)
    if not url:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "No district hub address is set (Settings or --hub)."),
                      reason="no-url")
    peer = district_peer()
    hub = HubConnection(lib, url, peer, max_bytes_per_s=max_bytes_per_s)
    done = Exchange()
    outgoing = sync_dir(lib, "outgoing")
    if not any(outgoing.glob("*.zip")):  # a bundle made earlier that did not get through goes first
        report(0.02, QT_TRANSLATE_NOOP("Progress", "Packing the changes"))
        export.export_bundle(lib, by, peer.site, outgoing)
    for path in sorted(outgoing.glob("*.zip")):
        result = send(hub, path, chunk, stop, done, lambda f, m: report(0.05 + 0.45 * f, m))
        done.sent.append((path.name, result))
        if result in ("applied", "already"):
            path.unlink(missing_ok=True)
        else:  # the hub refused it (say, made before a key change): keep it aside, never resend it blindly
            path.replace(sync_dir(lib, "rejected") / path.name)
    waiting = hub.json("POST", "/sync/v1/outbox/prepare").get("bundles", [])
    for index, entry in enumerate(waiting):
        report(0.55 + 0.45 * index / max(1, len(waiting)), entry.get("name", ""))
        done.fetched.append((entry["name"], _fetch(lib, by, hub, entry, chunk, stop, done)))
    done.clock_offset = hub.offset
    report(1.0, QT_TRANSLATE_NOOP("Progress", "Done"))
    return done
