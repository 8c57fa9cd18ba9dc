"""Start-up rows: cold start of the GUI to the first painted main window, memory after start, and
opening the database (with the migration check)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from . import BenchContext, Row

PROBE = Path(__file__).with_name("startup_probe.py")


def cold_start(db: Path) -> tuple[float, float]:
    from pustaka_desktop.core.demo import DEMO_LIBRARIAN

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    out = subprocess.run([sys.executable, str(PROBE), str(db), *DEMO_LIBRARIAN], capture_output=True, text=True,
                         env=env, timeout=120, check=True).stdout
    _, painted_at, rss = next(line for line in out.splitlines() if line.startswith("painted")).split()
    return float(painted_at) - started, float(rss)


def rows(ctx: BenchContext) -> list[Row]:
    from pustaka_desktop.core.auth import _SCRYPT
    from pustaka_desktop.core.service import Library

    db = ctx.copy_db("startup")
    cold_start(db)  # warm the OS file cache once: a PC that has run the app before
    runs = [cold_start(db) for _ in range(3)]
    start_s = statistics.median(r[0] for r in runs)
    rss = statistics.median(r[1] for r in runs)

    opens = []
    for _ in range(7):
        began = time.perf_counter()
        Library.open(db).close()
        opens.append(time.perf_counter() - began)
    open_ms = statistics.median(opens) * 1000
    note = f"includes the scrypt login (n={_SCRYPT['n']})"
    return [
        Row("GUI cold start to first painted main window", start_s, "s", 1.5, note=note),
        Row("resident memory after start", rss, "MB", 150),
        Row("database open + migration check", open_ms, "ms", 100),
    ]
