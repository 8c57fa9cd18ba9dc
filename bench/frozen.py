"""The frozen Linux build (installer/build_linux.sh): its size, the frozen app's cold start to the login
window, and how long it takes to start, build the main window with every page, render its PDFs and exit
(``--self-test``). Every run is in a clean environment: no venv, a fresh HOME, no display."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from . import BenchContext, Row

DIST = Path(__file__).resolve().parent.parent / "dist" / "pustaka"


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def _env(home: str) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def _to_login_window(app: Path, db: Path, home: str) -> float:
    """Seconds from starting the program to its login window being painted (PUSTAKA_STARTUP_PROBE)."""
    env = dict(_env(home), PUSTAKA_STARTUP_PROBE="1")
    started = time.time()
    out = subprocess.run([str(app), "--db", str(db)], env=env, capture_output=True, text=True, timeout=120).stdout
    shown = next(line for line in out.splitlines() if line.startswith("login-window-shown"))
    return float(shown.split()[1]) - started


def rows(ctx: BenchContext) -> list[Row]:
    app, cli = DIST / "pustaka", DIST / "pustaka-cli"
    if not app.exists():
        return [Row("frozen build", None, "", note="run installer/build_linux.sh first")]
    with tempfile.TemporaryDirectory() as home:
        db = Path(home) / "desa.sqlite3"
        subprocess.run([str(cli), "--db", str(db), "init", "--library-name", "Desa", "--library-code", "DS",
                        "--librarian", "admin", "--password", "admin12345"], env=_env(home), check=True,
                       capture_output=True, timeout=120)
        _to_login_window(app, db, home)  # warm the file cache once: a PC that has run the app before
        start_s = statistics.median(_to_login_window(app, db, home) for _ in range(3))
        subprocess.run([str(app), "--self-test"], env=_env(home), capture_output=True, timeout=300)
        started = time.perf_counter()
        done = subprocess.run([str(app), "--self-test"], env=_env(home), capture_output=True, text=True, timeout=300)
        seconds = time.perf_counter() - started
    note = "self-test passed" if done.returncode == 0 else "self-test FAILED"
    return [
        Row("frozen build size (one folder, installed)", _size_mb(DIST), "MB", 250),
        Row("frozen app: cold start to the login window", start_s, "s", 2.0, note=f"{os.cpu_count()} cores"),
        Row("frozen app: start + self-test (every page, PDFs)", seconds, "s", note=note),
    ]
