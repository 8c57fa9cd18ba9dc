"""The district hub over HTTP(S): the WSGI application behind ``pustaka-cli hub serve``.

Only enrolled, active villages get an answer: every request must be signed with the village's enrolment
key (``core.sync.wire``), fresh, and never seen before; every answer is signed with the district's key.
The routes only move bundle files; what a bundle does is decided by the same core as a USB import
(``core.sync.relay``). Database work is done one request at a time (a lock), so 200 villages pushing at
once queue rather than fight over the file.

    GET  /sync/v1/upload/<bundle>                      bytes the hub holds of it
    PUT  /sync/v1/upload/<bundle>?offset&total&piece   one piece (its SHA-256 in ``piece``)
    POST /sync/v1/upload/<bundle>?total&sha256         whole: check, import, answer the result
    POST /sync/v1/outbox/prepare                       the village's waiting bundles (made if none)
    GET  /sync/v1/outbox/<bundle>?offset&length        a piece of one of them
    POST /sync/v1/outbox/<bundle>/done                 the village imported it

A refusal's answer carries, beside the English ``message`` older villages show, a ``reason`` code the village
turns into a sentence in its user's language: ``not-enrolled``, ``too-large``, ``incomplete``, ``time``,
``replay``, ``no-route``, ``hub-error``, ``hub-database`` (the district's PostgreSQL cannot be used: the
village keeps its bundle and sends it again); a refusal from the core also carries its message ``template``,
``context`` and ``params`` (the village has the same translations). A ``time`` refusal carries the hub's clock
(``hub_time``, seconds since 1970): the answer is signed, so the village can trust it and sign its retry
with the hub's time — a village PC whose clock battery is flat still syncs (``core.sync.client``).
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
from collections.abc import Callable
from urllib.parse import parse_qs

from ..core import auth
from ..core.errors import PustakaError
from ..core.service import Library
from ..core.store import postgres_errors
from ..core.store.models import Staff
from ..core.sync import keys, relay, wire

log = logging.getLogger(__name__)
MAX_BODY = relay.MAX_PIECE + 4096
UPLOAD = re.compile(r"^/sync/v1/upload/([^/]+)$")
OUTBOX = re.compile(r"^/sync/v1/outbox/([^/]+)$")
DONE = re.compile(r"^/sync/v1/outbox/([^/]+)/done$")


class HubApp:
    def __init__(self, lib: Library, guard: wire.ReplayGuard | None = None,
                 on_request: Callable[[str, str], None] | None = None) -> None:
        self.lib = lib
        # the hub's clock is its library's (a test can fix it); it is the clock villages are judged by
        self.guard = guard or wire.ReplayGuard(clock=lambda: lib.clock.now().timestamp())
        self.lock = threading.Lock()
        self.on_request = on_request  # a log line per exchange (the CLI prints it)

    def __call__(self, environ, start_response):
        method = environ.get("REQUEST_METHOD", "GET").upper()
        path = environ.get("PATH_INFO", "")
        query = environ.get("QUERY_STRING", "")
        target = environ.get("SCRIPT_NAME", "") + path + ("?" + query if query else "")
        headers = {name: environ.get("HTTP_" + name.upper().replace("-", "_"), "")
                   for name in (wire.SITE, wire.TIME, wire.NONCE, wire.SIGNATURE)}
        nonce = headers[wire.NONCE]
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            return self._answer(start_response, nonce, 413, {"message": "too large", "reason": "too-large"})
        body = environ["wsgi.input"].read(length) if length else b""
        if len(body) != length:  # the connection dropped inside the body: nothing is done
            return self._answer(start_response, nonce, 400, {"message": "incomplete request",
                                                                  "reason": "incomplete"})
        with self.lock:
            self.lib.activate()
            peer = relay.active_peer(headers[wire.SITE]) if headers[wire.SITE] else None
            if peer is None or not wire.verify_request(keys.verify, peer.public_key, headers, method, target, body):
                return self._answer(start_response, nonce, 401, {"message": "not an enrolled village",
                                                                      "reason": "not-enrolled"})
            refused = self.guard.check(headers[wire.TIME], nonce)
            if refused:
                return self._answer(start_response, nonce, 403, self._refused(refused))
            try:
                status, payload = self._route(method, path, parse_qs(query), peer, body)
            except Exception as exc:  # noqa: BLE001 - sorted below: the district's database, a refusal, a bug
                status, payload = self._failed(method, path, exc)
            if self.on_request is not None:
                self.on_request(peer.code, f"{method} {path} -> {status}")
            return self._answer(start_response, nonce, status, payload)

    def _failed(self, method: str, path: str, exc: Exception) -> tuple[int, dict]:
        """The answer to a request that failed: never the driver's or a traceback's words to the village."""
        district = postgres_errors.explain(exc)  # (a driver error of no known kind is a bug: below)
        if district is not None and (district is exc or district.kind != postgres_errors.OTHER):
            # the district's PostgreSQL: the village keeps its bundle and sends it again
            log.warning("hub request %s %s: the district database cannot be used: %s", method, path,
                        district.details or district.message())
            return 503, {"message": "district database not reachable", "reason": "hub-database"}
        if getattr(exc, "reason", "") in relay.HUB_OWN:  # the hub's database was moved: its officer confirms it
            log.warning("hub request %s %s: %s", method, path, exc.message())
            return 503, {"message": "district database not reachable", "reason": "hub-database"}
        if isinstance(exc, PustakaError) and not isinstance(exc.__cause__, OSError):
            return 409 if getattr(exc, "reason", "") else 400, _core_refusal(exc)
        if isinstance(exc, PustakaError):  # the district PC's own disk: its words are for its officer
            log.warning("hub request %s %s: %s", method, path, exc.message())
        else:  # a bug: logged, a plain answer, never a traceback to the village
            log.error("hub request %s %s failed", method, path, exc_info=exc)
        return 500, {"message": "hub error", "reason": "hub-error"}

    def _route(self, method: str, path: str, q: dict, peer, body: bytes) -> tuple[int, dict | bytes]:
        def number(name: str) -> int:
            try:
                return int(q.get(name, ["0"])[0])
            except ValueError:
                return -1

        by = Staff(username=f"hub:{peer.code}", role=auth.LIBRARIAN, active=True, full_name="")
        if (match := UPLOAD.match(path)) is not None:
            name = match.group(1)
            if method == "GET":
                return 200, {"received": relay.received(self.lib, peer, name)}
            if method == "PUT":
                held = relay.receive_piece(self.lib, peer, name, number("offset"), number("total"), body,
                                           q.get("piece", [""])[0])
                return 200, {"received": held}
            if method == "POST":
                done = relay.finish(self.lib, by, peer, name, number("total"), q.get("sha256", [""])[0])
                return 200, {"result": done.result, "bundle_id": done.bundle_id, "rows": done.rows,
                             "message": done.message}
        if path == "/sync/v1/outbox/prepare" and method == "POST":
            return 200, {"bundles": relay.prepare_outbox(self.lib, by, peer)}
        if (match := DONE.match(path)) is not None and method == "POST":
            relay.fetched(self.lib, peer, match.group(1))
            return 200, {}
        if (match := OUTBOX.match(path)) is not None and method == "GET":
            return 200, relay.read_outbox(self.lib, peer, match.group(1), number("offset"), number("length"))
        return 404, {"message": "no such route", "reason": "no-route"}

    def _refused(self, why: str) -> dict:
        """A stale or repeated request. A stale one learns the hub's time: a village whose clock is wrong
        signs its retry with it (the answer is signed, so a forger cannot move the village's clock)."""
        payload = {"message": f"refused ({why})", "reason": why}
        if why == "time":
            payload[wire.HUB_TIME] = int(self.guard.clock())
        return payload

    def _answer(self, start_response, nonce: str, status: int, payload: dict | bytes):
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        kind = "application/octet-stream" if isinstance(payload, bytes) else "application/json"
        signature = base64.b64encode(keys.sign(self.lib, wire.answer_text(nonce, status, wire.digest(data))))
        reason = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
                  409: "Conflict", 413: "Payload Too Large", 500: "Internal Server Error",
                  503: "Service Unavailable"}.get(status, "Error")
        start_response(f"{status} {reason}", [("Content-Type", kind), ("Content-Length", str(len(data))),
                                              (wire.SIGNATURE, signature.decode())])
        return [data]


def _core_refusal(exc: PustakaError) -> dict:
    """A core refusal as the village can say it in its own language: the template and its values."""
    params = {key: value if isinstance(value, (str, int, float)) else str(value) for key, value in exc.params.items()}
    return {"message": exc.message(), "reason": getattr(exc, "reason", ""), "template": exc.template,
            "context": exc.context, "params": params}
