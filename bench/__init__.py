"""Benchmarks: ``python -m bench`` builds (or reuses) the stress library and prints a table of
measured figures beside their targets. Speed goals live here, never in timed tests.

Each area has a module here with ``rows(ctx: BenchContext) -> list[Row]``; list it in MODULES.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Areas, in the order their rows are printed.
MODULES = ["startup", "powercut", "frozen", "desk", "pages", "circulation", "catalog", "interop", "interop_slims", "printing", "sync", "sync_district", "first_bundle", "hub", "hub_pg", "fuzz", "backup", "reports", "web"]

CACHE = Path(__file__).resolve().parent / ".cache"


@dataclass
class Row:
    name: str
    measured: float | None
    unit: str
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.measured is None:
            return "not measured"
        if self.target is None:
            return ""
        ok = self.measured >= self.target if self.higher_is_better else self.measured <= self.target
        return "met" if ok else "NOT MET"


@dataclass
class BenchContext:
    db_path: Path  # the stress library (read-only use: copy it before writing)
    size: str
    scratch: Path  # a folder for copies and outputs
    options: dict = field(default_factory=dict)

    def copy_db(self, name: str) -> Path:
        """A private writable copy of the benchmark library."""
        import sqlite3

        target = self.scratch / f"{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        with sqlite3.connect(self.db_path) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        return target
