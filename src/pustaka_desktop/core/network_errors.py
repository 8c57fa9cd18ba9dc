"""Why the district computer could not be reached, in words a volunteer understands.

The system's own words ("Connection refused", "[Errno -3] Temporary failure in name resolution",
"[WinError 10060] ...", "[SSL: CERTIFICATE_VERIFY_FAILED] ...") are English and say nothing about what to
do. Here a failure of the network is sorted into the few kinds a person can act on (the other computer
off, its program not running, a wrong address, no connection here, a line that dropped, a certificate)
and each kind gets its sentence; the system's words stay in ``technical`` for the log. Linux reports these
by errno, Windows by its WinError codes (often with an errno of its own), urllib wraps them in URLError:
all of these are looked at. Files have their own words in ``store.files.explain_os_error``.
No Qt here: the GUI, the CLI and the hub watch all say the same.
"""

from __future__ import annotations

import errno
import http.client
import socket
import ssl

from .i18n import QT_TRANSLATE_NOOP

REFUSED, TIMED_OUT, NO_SUCH_NAME, BAD_ADDRESS, NO_ROUTE, DROPPED, CERTIFICATE, CERTIFICATE_DATE, SECURE, OTHER = (
    "refused", "timed-out", "no-such-name", "bad-address", "no-route", "dropped", "certificate", "certificate-date",
    "secure", "other")

# Windows' codes (WSA* from winsock, ERROR_* from the system), as ``winerror`` and often as ``errno`` too
_WINDOWS = {
    10061: REFUSED, 1225: REFUSED,  # WSAECONNREFUSED, ERROR_CONNECTION_REFUSED
    10060: TIMED_OUT, 121: TIMED_OUT, 1460: TIMED_OUT,  # WSAETIMEDOUT, ERROR_SEM_TIMEOUT, ERROR_TIMEOUT
    11001: NO_SUCH_NAME, 11002: NO_SUCH_NAME, 11003: NO_SUCH_NAME, 11004: NO_SUCH_NAME,  # WSAHOST_NOT_FOUND...
    10051: NO_ROUTE, 10065: NO_ROUTE, 10050: NO_ROUTE, 10064: NO_ROUTE,  # WSAENETUNREACH, WSAEHOSTUNREACH, ..DOWN
    1231: NO_ROUTE, 1232: NO_ROUTE,  # ERROR_NETWORK_UNREACHABLE, ERROR_HOST_UNREACHABLE
    10054: DROPPED, 10053: DROPPED, 64: DROPPED, 1236: DROPPED,  # WSAECONNRESET, WSAECONNABORTED, ...
}
_ERRNO = {
    errno.ECONNREFUSED: REFUSED, errno.ETIMEDOUT: TIMED_OUT,
    errno.ENETUNREACH: NO_ROUTE, errno.EHOSTUNREACH: NO_ROUTE, errno.ENETDOWN: NO_ROUTE, errno.EHOSTDOWN: NO_ROUTE,
    errno.ECONNRESET: DROPPED, errno.ECONNABORTED: DROPPED, errno.EPIPE: DROPPED,
}
_CERTIFICATE_DATE = {9, 10}  # X509_V_ERR_CERT_NOT_YET_VALID, _HAS_EXPIRED: a flat clock battery does this

WORDS = {  # what happened to the connection to the district hub, and what to do
    REFUSED: QT_TRANSLATE_NOOP(
        "Errors", "The district computer refused the connection: the hub program is not running on it, or the "
                  "port number in the hub's address is wrong. Ask the district office."),
    TIMED_OUT: QT_TRANSLATE_NOOP(
        "Errors", "The district computer does not answer: it may be switched off, or the hub's address is wrong."),
    NO_SUCH_NAME: QT_TRANSLATE_NOOP(
        "Errors", "The name in the hub's address cannot be found: check the address on the Sync page, and "
                  "whether this computer is connected to the internet."),
    BAD_ADDRESS: QT_TRANSLATE_NOOP(
        "Errors", "The hub's address is not written right: check it on the Sync page (it looks like "
                  "http://192.168.1.10:8765, the port a number after the colon)."),
    NO_ROUTE: QT_TRANSLATE_NOOP(
        "Errors", "This computer has no way to the district computer: check the cable, the Wi-Fi or the phone's "
                  "internet connection."),
    DROPPED: QT_TRANSLATE_NOOP("Errors", "The connection to the district computer dropped in the middle."),
    CERTIFICATE: QT_TRANSLATE_NOOP(
        "Errors", "The district computer's security certificate cannot be trusted (made by itself, or for "
                  "another name). Ask the district office for the right https:// address."),
    CERTIFICATE_DATE: QT_TRANSLATE_NOOP(
        "Errors", "The district computer's security certificate does not fit this computer's date: check the "
                  "date and time of this computer (or ask the district office to renew the certificate)."),
    SECURE: QT_TRANSLATE_NOOP(
        "Errors", "The secure (https) connection to the district computer failed. Ask the district office "
                  "whether the hub's address should start with http:// or https://."),
    OTHER: QT_TRANSLATE_NOOP("Errors", "The district computer cannot be reached."),
}
NOTHING_LOST = QT_TRANSLATE_NOOP(
    "Errors", "Nothing was lost; it is sent again next time, or use a USB stick.")


def _cause(exc: BaseException) -> BaseException:
    """The system's own error inside urllib's wrapping (URLError.reason) and Python's chaining."""
    seen = 0
    while seen < 5:
        seen += 1
        reason = getattr(exc, "reason", None)
        if isinstance(reason, BaseException):
            exc = reason
        elif isinstance(exc.__cause__, OSError) and not isinstance(exc, ssl.SSLError):
            exc = exc.__cause__
        else:
            break
    return exc


def kind(exc: BaseException) -> str:
    """Which of the kinds above ``exc`` is (OTHER when none fits)."""
    exc = _cause(exc)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return CERTIFICATE_DATE if getattr(exc, "verify_code", None) in _CERTIFICATE_DATE else CERTIFICATE
    if isinstance(exc, ssl.SSLError):
        return DROPPED if isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError)) else SECURE
    if isinstance(exc, socket.gaierror):
        return NO_SUCH_NAME
    if isinstance(exc, http.client.InvalidURL):  # "nonnumeric port: '87a5'"
        return BAD_ADDRESS
    if isinstance(exc, http.client.HTTPException):  # IncompleteRead, BadStatusLine: the answer cut short
        return DROPPED
    if isinstance(exc, TimeoutError):  # (socket.timeout too: "timed out", with no errno)
        return TIMED_OUT
    if isinstance(exc, OSError):
        win = getattr(exc, "winerror", None)
        if win in _WINDOWS:
            return _WINDOWS[win]
        if exc.errno in _ERRNO:
            return _ERRNO[exc.errno]
        if exc.errno in _WINDOWS:  # Windows' socket errors carry the WSA code as errno as well
            return _WINDOWS[exc.errno]
        if isinstance(exc, ConnectionRefusedError):
            return REFUSED
        if isinstance(exc, ConnectionError):
            return DROPPED
    return OTHER


def technical(exc: BaseException) -> str:
    """The system's own words, for the log (never the main sentence)."""
    inner = _cause(exc)
    text = str(inner) or type(inner).__name__
    return text if inner is exc else f"{type(exc).__name__}: {text}"


def words(exc: BaseException) -> str:
    """The English template (marked for translation, context "Errors") for ``exc``."""
    return WORDS[kind(exc)]


def say(exc: BaseException, translate=lambda context, text: text) -> str:
    """The whole message in the reader's language: what happened, what to do, and that nothing was lost."""
    return translate("Errors", words(exc)) + " " + translate("Errors", NOTHING_LOST)
