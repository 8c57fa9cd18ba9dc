"""The uids of the visitor book's imported lines and activities (``visit_sheets``, ``visit_activities``): each made from
what its row says and how many rows of the file said the same before it, so the same sheet imported again (or a
longer copy of it) adds nothing twice.

A name is part of some of them (a guest's, a group leader's, an activity's and its session's, a partner's), folded
(``accents.fold``). Versions before migration 0022 folded a Javanese, Balinese or Sundanese name otherwise
(``fold_of_older_versions``), and the rows they made keep those uids: at the district too, where they went in the
bundles. So a uid is never re-keyed; a row whose name folds otherwise now is that older row when the older uid is
here. Without it a rombongan led by ꦱꦸꦫꦠ꧀ came in twice, and a guest's line or a session the librarian had removed
came back."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..accents import fold, fold_of_older_versions
from . import undone_rows


@dataclass(frozen=True)
class Written:
    """A name as the row writes it: folded into the uid (by today's rule, and by the older one to find its line)."""

    text: str


class RowUids:
    """The uid of the n-th row of a file saying ``parts`` (``uids(...)``), or saying a name (``uids.named``)."""

    def __init__(self, site: str, undone: set[str]) -> None:
        self.site, self.undone = site, undone
        self.seen: Counter = Counter()  # how many rows of the file said the same (each uid's occurrence)
        self.seen_before: Counter = Counter()  # the same, counted as an older version counted (its folding)

    def __call__(self, *parts: Any) -> str:
        return self._made(self.seen, parts, fold)

    def named(self, here: Iterable[str], *parts: Any) -> str:
        """The uid of a row whose ``parts`` hold a ``Written`` name: the one an older version gave the same row when
        ``here`` (the uids of the table it goes to) holds it, else today's."""
        now = self._made(self.seen, parts, fold)
        before = self._made(self.seen_before, parts, fold_of_older_versions)
        return before if before != now and before in here else now

    def _made(self, seen: Counter, parts: tuple[Any, ...], folded: Callable[[str], str]) -> str:
        key = ":".join(folded(p.text) if isinstance(p, Written) else str(p) for p in parts)
        seen[key] += 1
        made = uuid.uuid5(uuid.NAMESPACE_URL, f"pustaka:{self.site}:visit-book:{key}:{seen[key]}")
        return undone_rows.again(str(made), self.undone)
