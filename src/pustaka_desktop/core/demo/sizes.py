"""How big each demo library is."""

from __future__ import annotations

from dataclasses import dataclass

from ..jobs import Progress  # noqa: F401  (the demo's progress callback, named here for its modules)


@dataclass(frozen=True)
class DemoSize:
    name: str
    records: int
    copies: int
    members: int
    past_loans: int
    open_loans: int
    visits: int


SIZES = {
    "village": DemoSize("village", records=3_000, copies=5_000, members=400, past_loans=6_000, open_loans=120,
                        visits=4_000),
    "stress": DemoSize("stress", records=100_000, copies=200_000, members=20_000, past_loans=500_000,
                       open_loans=3_000, visits=300_000),
    # For tests: small but with every kind of row.
    "tiny": DemoSize("tiny", records=60, copies=100, members=30, past_loans=120, open_loans=10, visits=80),
}
