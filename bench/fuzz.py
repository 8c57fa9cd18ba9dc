"""Fuzz run: random hostile variants (truncated, bit-flipped, re-encoded, huge fields, garbage, zip bombs,
``..`` paths) of a valid file for every importer (tests/robustness/fuzzing.py).
Rows: inputs tried, crashes (an exception that is not a PustakaError, a partial write or an empty
message; target 0)."""

from __future__ import annotations

import os
import random

from . import BenchContext, Row

PER_TARGET = int(os.environ.get("PUSTAKA_BENCH_FUZZ", "150"))


def rows(ctx: BenchContext) -> list[Row]:
    from tests.robustness import fuzzing

    world = fuzzing.build_world(ctx.scratch / "fuzz")
    rng = random.Random(2026)
    crashes: list[str] = []
    try:
        for target in world.targets.values():
            for _ in range(PER_TARGET):
                kind, data = fuzzing.random_mutation(target, rng)
                try:
                    fuzzing.try_input(target, data, world.root, kind)
                except fuzzing.FuzzFailure as exc:
                    crashes.append(str(exc)[:160])
    finally:
        world.close()
    tried = sum(t.tried for t in world.targets.values())
    refused = sum(t.refused for t in world.targets.values())
    note = f"{len(world.targets)} importers, {refused:,} refused cleanly"
    if world.missing:
        note += f"; not fuzzed (missing): {', '.join(world.missing)}"
    return [
        Row("fuzz: hostile inputs tried", tried, "inputs", note=note),
        Row("fuzz: crashes", len(crashes), "crashes", target=0, note="; ".join(crashes[:3])),
    ]
