"""Bundles over the network: how a request and its answer are signed with the enrolment keys.

The same signed bundles that travel on a USB stick travel over HTTP(S) between a village and its district
hub; no password is involved. Every request carries the sender's site id, the time, a fresh nonce and an
Ed25519 signature over the method, the path, those three and the SHA-256 of the body; the hub checks it
against the key it pinned at enrolment, refuses times further than ``WINDOW`` from its clock and any nonce
it has seen inside that window (a captured request replayed is refused). The answer is signed by the hub
over the request's nonce, the status and the body's SHA-256, and the village checks it against the hub's
key it pinned at enrolment — so the bundles' integrity holds on plain HTTP inside a private network, and
HTTPS is used when the district has a certificate.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import threading
import time
from collections.abc import Callable

SITE = "X-Pustaka-Site"
TIME = "X-Pustaka-Time"
NONCE = "X-Pustaka-Nonce"
SIGNATURE = "X-Pustaka-Signature"
WINDOW = 300  # seconds either side of the receiver's clock
HUB_TIME = "hub_time"  # in the hub's (signed) answer to a request refused for its time: the hub's clock
CHUNK = 256 * 1024  # bytes per upload/download piece: small enough for a 2G/3G link to finish one
BUNDLE_NAME = re.compile(r"^pustaka-[A-Za-z0-9]{1,16}-to-[A-Za-z0-9]{1,16}-\d{8}-[0-9a-f]{8}\.zip$")


def digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def request_text(method: str, target: str, site: str, stamp: str, nonce: str, body_sha: str) -> bytes:
    return "\n".join(("PUSTAKA-REQUEST-1", method.upper(), target, site, stamp, nonce, body_sha)).encode()


def answer_text(nonce: str, status: int, body_sha: str) -> bytes:
    return "\n".join(("PUSTAKA-ANSWER-1", nonce, str(status), body_sha)).encode()


def sign_request(sign: Callable[[bytes], bytes], site: str, method: str, target: str, body: bytes,
                 now: float | None = None) -> dict[str, str]:
    """The headers that authenticate one request (``target`` is the path with its query)."""
    stamp = str(int(now if now is not None else time.time()))
    nonce = secrets.token_hex(16)
    signature = sign(request_text(method, target, site, stamp, nonce, digest(body)))
    return {SITE: site, TIME: stamp, NONCE: nonce, SIGNATURE: base64.b64encode(signature).decode()}


class ReplayGuard:
    """Nonces seen inside the time window. A restarted hub forgets them, so it also refuses requests
    stamped before it started (a request captured earlier cannot be replayed after a restart)."""

    def __init__(self, window: int = WINDOW, clock: Callable[[], float] = time.time) -> None:
        self.window = window
        self.clock = clock
        self.started = clock()
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def check(self, stamp: str, nonce: str) -> str:
        """'' when fresh; else why it is refused ('time' or 'replay')."""
        try:
            at = int(stamp)
        except ValueError:
            return "time"
        now = self.clock()
        if abs(now - at) > self.window or at < self.started - 1:
            return "time"
        if not (8 <= len(nonce) <= 64 and nonce.isascii() and nonce.isalnum()):
            return "replay"
        with self._lock:
            for old, seen_at in list(self._seen.items()):
                if seen_at < now - 2 * self.window:
                    del self._seen[old]
            if nonce in self._seen:
                return "replay"
            self._seen[nonce] = now
        return ""


def verify_request(verify: Callable[[str, bytes, bytes], bool], public_key: str, headers: dict[str, str],
                   method: str, target: str, body: bytes) -> bool:
    try:
        signature = base64.b64decode(headers.get(SIGNATURE, ""), validate=True)
    except (ValueError, TypeError):
        return False
    text = request_text(method, target, headers.get(SITE, ""), headers.get(TIME, ""), headers.get(NONCE, ""),
                        digest(body))
    return verify(public_key, signature, text)
