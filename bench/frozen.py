"""The frozen Linux build (installer/build_linux.sh): its size and how long the frozen app takes to
start, build the main window with every page, render its PDFs and exit (``--self-test``)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from . import BenchContext, Row

DIST = Path(__file__).resolve().parent.parent / "dist" / "pustaka"


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def rows(ctx: BenchContext) -> list[Row]:
    app = DIST / "pustaka"
    if not app.exists():
        return [Row("frozen build", None, "", note="run installer/build_linux.sh first")]
    with tempfile.TemporaryDirectory() as home:
        env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        subprocess.run([str(app), "--self-test"], env=env, capture_output=True, timeout=300)  # warm the file cache
        started = time.perf_counter()
        done = subprocess.run([str(app), "--self-test"], env=env, capture_output=True, text=True, timeout=300)
        seconds = time.perf_counter() - started
    note = "self-test passed" if done.returncode == 0 else "self-test FAILED"
    return [
        Row("frozen build size (one folder)", _size_mb(DIST), "MB", note=f"{os.cpu_count()} cores"),
        Row("frozen app: start + self-test (every page, PDFs)", seconds, "s", note=note),
    ]
