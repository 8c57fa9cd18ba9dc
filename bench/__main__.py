"""python -m bench [--size stress|village] [--only startup,catalog] [--rebuild]"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from . import CACHE, MODULES, BenchContext, Row


def schema_fingerprint() -> str:
    """The cached library is rebuilt when the schema or the demo generator changes."""
    root = Path(__file__).resolve().parent.parent / "src" / "pustaka_desktop" / "core"
    digest = hashlib.sha256()
    for path in sorted([*(root / "store").glob("models*.py"), root / "store" / "migrations.py",
                         *(root / "store" / "schema").glob("*.sql"),
                        *(root / "demo").glob("*.py")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def build_library(size: str, rebuild: bool) -> Path:
    from pustaka_desktop.core import demo
    from pustaka_desktop.core.service import Library

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{size}-{schema_fingerprint()}.sqlite3"
    if path.exists() and not rebuild:
        return path
    print(f"building the {size} library (once; cached in {CACHE}) ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    # Built under a private name and renamed when complete: two benchmark runs at once must never
    # see (or delete) each other's half-built library.
    building = CACHE / f"{size}-{schema_fingerprint()}.building-{os.getpid()}.sqlite3"
    lib = Library.open(building)
    demo.generate(lib, size, seed=1)
    lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.db.execute_sql("PRAGMA journal_mode = DELETE")
    lib.close()
    building.replace(path)
    for old in CACHE.glob(f"{size}-*.sqlite3*"):
        if not old.name.startswith(path.name) and ".building-" not in old.name:
            old.unlink(missing_ok=True)
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if value < 10 else f"{value:.1f}"


def print_table(rows: list[Row]) -> None:
    headers = ("benchmark", "measured", "target", "verdict", "note")
    table = [(r.name, f"{fmt(r.measured)} {r.unit}",
              "" if r.target is None else f"{'≥' if r.higher_is_better else '≤'} {fmt(r.target)} {r.unit}",
              r.verdict, r.note) for r in rows]
    widths = [max(len(str(line[i])) for line in [headers, *table]) for i in range(len(headers))]
    sep = "  "
    print(sep.join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print(sep.join("-" * w for w in widths))
    for line in table:
        print(sep.join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--size", default="stress", choices=("stress", "village", "tiny"))
    parser.add_argument("--only", help="comma-separated modules: " + ",".join(MODULES))
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached library")
    args, extra = parser.parse_known_args(argv)
    modules = args.only.split(",") if args.only else MODULES
    db_path = build_library(args.size, args.rebuild)
    scratch = Path(tempfile.mkdtemp(prefix="pustaka-bench-"))
    ctx = BenchContext(db_path=db_path, size=args.size, scratch=scratch, options={"extra": extra})
    rows: list[Row] = []
    try:
        for name in modules:
            module = importlib.import_module(f"bench.{name}")
            try:
                rows.extend(module.rows(ctx))
            except Exception as exc:  # one broken area must not hide the others' figures
                rows.append(Row(f"{name}: failed", None, "", note=f"{type(exc).__name__}: {exc}"))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"\nPustaka Desktop benchmarks — {args.size} library ({db_path.name})\n")
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
