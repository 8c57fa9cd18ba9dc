"""Lists too long for one SQL statement, a part at a time. SQLite caps the parameters of one statement (999
in the builds older Pythons carry), so a long list of ids goes into ``IN (...)`` or ``insert_many`` in parts:
``for part in parts(ids): ... IN ({marks(part)})``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

PART = 500  # values per statement: well under the oldest cap


def parts(values: Iterable[T], size: int | None = None) -> Iterator[Sequence[T]]:
    """``values`` in slices of ``size`` (PART; a list or tuple is sliced as it is, anything else listed first)."""
    values = values if isinstance(values, (list, tuple)) else list(values)
    size = size or PART  # (read here, not as a default: a test makes the parts small to cross their edges)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def marks(values: Sequence[Any]) -> str:
    """The ``?,?,...`` for an ``IN`` list of ``values``."""
    return ",".join("?" * len(values))
