"""Power-cut run: >= 500 SIGKILLs of a process that lends, returns and imports (tests/robustness/harness.py).
Rows: kills survived / tried, acknowledged operations lost (target 0)."""

from __future__ import annotations

import os

from . import BenchContext, Row

KILLS = int(os.environ.get("PUSTAKA_BENCH_KILLS", "500"))


def rows(ctx: BenchContext) -> list[Row]:
    from tests.robustness import harness

    path = ctx.scratch / "powercut.sqlite3"
    harness.prepare(path)
    result = harness.run(path, kills=KILLS, seed=2026, max_wait=0.3)
    note = "; ".join(result.problems[:3])
    return [
        Row("power cut: kills survived", result.survived, f"/ {result.tried}", target=result.tried,
            higher_is_better=True, note=note or f"{result.acknowledged:,} acknowledged operations checked"),
        Row("power cut: acknowledged operations lost", result.lost, "ops", target=0),
    ]
