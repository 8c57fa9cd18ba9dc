"""The district database's password, kept where PostgreSQL's own client library (libpq) looks for it: the
password file of the PC's user (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, ``~/.pgpass`` elsewhere, or
the file ``PGPASSFILE`` names). Never in the library's settings: those travel in every backup of the file.

libpq reads one line per server, ``host:port:database:user:password`` (``:`` and ``\\`` escaped with ``\\``),
the first line that fits wins (so the new line goes first); outside Windows it ignores a file others may read, so
the file is made readable by its owner only. A line for the same server, database and user is replaced; every other
line is kept.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP


def location(environ: dict[str, str] | None = None, platform: str | None = None) -> Path:
    """The password file libpq reads on this PC, for this user."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if environ.get("PGPASSFILE"):
        return Path(environ["PGPASSFILE"])
    if platform.startswith("win"):
        return Path(environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "postgresql" / "pgpass.conf"
    return Path(environ.get("HOME") or Path.home()) / ".pgpass"


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    """A line's fields, unescaped (libpq's own reading)."""
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    return [*fields, current]


def remember(host: str, port: int | str, database: str, user: str, password: str, path: Path | None = None) -> Path:
    """Keep ``password`` for ``user`` on ``database`` at ``host:port`` in the password file (made, with its
    folder, when missing); returns the file's path."""
    if any(ch in password for ch in "\r\n"):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A password cannot hold a line break."), field="password")
    path = location() if path is None else path
    key = [host, str(port), database, user]
    kept = []
    if path.exists():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip() and not line.lstrip().startswith("#") and _fields(line)[:4] == key:
                continue  # (the old password of this very server, database and user)
            kept.append(line)
    # first: libpq takes the first line that fits, and a line with wildcards (``*:*:*:dinas:…``) may stand above
    kept.insert(0, ":".join(_escaped(part) for part in [*key, password]))
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_name(path.name + ".new")
    # made readable by its owner only from the start (libpq ignores a .pgpass others may read)
    handle = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(kept) + "\n")
        out.flush()
        os.fsync(out.fileno())
    if os.name != "nt":
        os.chmod(fresh, 0o600)  # (a umask cannot widen it, but an old .new left behind might be wider)
    os.replace(fresh, path)
    return path


def known(host: str, port: int | str, database: str, user: str, path: Path | None = None) -> bool:
    """Whether the password file holds a line for exactly this server, database and user."""
    path = location() if path is None else path
    if not path.exists():
        return False
    key = [host, str(port), database, user]
    return any(_fields(line)[:4] == key for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
               if line.strip() and not line.lstrip().startswith("#"))
