"""A sheet's material-type column that holds topics: many hand-kept catalogues head their topic column "Jenis"
(kind), as in "jenis buku": Agama, Pendidikan, Cerita Anak. Read as material types, each row would be flagged, a
thousand flags for one column; read as what they are, they are the books' subjects.

``kinds_or_topics`` looks at the first rows of a sheet: when most of what the column holds is no material type
(``vocabulary``: not ours, not one we know of) and there are several such rows, the column's topics are read as
subjects for the whole sheet, and the sheet's notice says so once. A real material type in it (Majalah, CD) is
still read as one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import chain

from ..i18n import QT_TRANSLATE_NOOP
from .types import BadRow, Incoming, fold
from .vocabulary import KNOWN_OTHER, OUR_KINDS

SAMPLE = 200  # rows with a value in the column looked at before deciding (a sheet is read as it streams)
MAX_HELD = 2000  # rows held back at most meanwhile (a column empty on most rows: a big sheet is not held whole)
AT_LEAST = 5  # rows of topics it takes: fewer are flagged one by one, as any odd value
TOPICS_READ = QT_TRANSLATE_NOOP(
    "Import", "The column {column} holds topics ({examples}) rather than material types: on {count} rows it was "
              "read as the book's subject, and those books came in as books. Material types in it (Majalah, CD...) "
              "were read as material types.")


def is_topic(kind: str) -> bool:
    """A value of the column that is no material type: not one of ours (the reader has turned those into our
    codes) and not one we know to be none of ours (a map, a globe)."""
    return kind not in OUR_KINDS and fold(kind) not in KNOWN_OTHER


def _kind(inc: Incoming) -> str:
    return str((inc.record or {}).get("material_type") or "")


def kinds_or_topics(rows: Iterator[Incoming], column: str, sheet: str) -> Iterator[Incoming]:
    """The sheet's rows, the column's topics read as subjects when it mostly holds topics (and then one notice)."""
    if not column:
        yield from rows
        return
    sample: list[Incoming] = []
    seen = 0
    for inc in rows:
        sample.append(inc)
        seen += bool(_kind(inc))
        if seen >= SAMPLE or len(sample) >= MAX_HELD:
            break
    kinds = [kind for kind in map(_kind, sample) if kind]
    topics = sum(map(is_topic, kinds))
    if topics < AT_LEAST or topics * 2 <= len(kinds):
        yield from sample
        yield from rows
        return
    moved: Counter[str] = Counter()
    for inc in chain(sample, rows):
        kind = _kind(inc)
        if kind and is_topic(kind):
            _as_subject(inc, kind)
            moved[kind] += 1
        yield inc
    examples = ", ".join(kind for kind, _ in moved.most_common(3))
    yield Incoming(0, notice=BadRow(0, TOPICS_READ, {"column": column, "examples": examples,
                                                     "count": sum(moved.values())}, sheet=sheet), sheet=sheet)


def _as_subject(inc: Incoming, topic: str) -> None:
    record = inc.record or {}
    del record["material_type"]
    subjects = list(record.get("subjects") or [])
    if fold(topic) not in {fold(subject) for subject in subjects}:
        record["subjects"] = [*subjects, topic]
