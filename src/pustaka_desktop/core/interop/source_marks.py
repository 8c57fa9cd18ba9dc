"""A buku induk's "Asal Buku" kept as tick columns: a heading merged over "Beli | Hibah | Sumbangan" and, in
each book's row, an X (or a tick, a number, a donor's name) under the one the copy came by. Each column's
header is the source; the mark says which. Read only where two or more headers side by side are source
words, so a lone "Hibah" column is still read as the source it holds. Two columns marked in one row cannot
be read with certainty: the copy's source stays unset and the row is named for review. Numbers under them
count the copies by source ("2" under Beli, "1" under Hibah): the row's copies get their sources so."""

from __future__ import annotations

from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from .types import Flag, clean, fold
from .vocabulary import source_code

# what people put under the column that applies: a cross, a tick, "ada", "ya", a count ("1", "2")
_MARKS = frozenset({"x", "v", "√", "✓", "✔", "ya", "y", "ada", "yes", "*", "o", "•"})

MARKED_TWICE = QT_TRANSLATE_NOOP(
    "Review", "Asal Buku is marked under more than one column ({columns}): which one the copy came by cannot be "
              "told, so its source was left as other. Choose the right one on the copy's form.")


def _source_word(header: str) -> str | None:
    """The source a header names ("Beli", "Pembelian", "Hibah", "Sumbangan", "Lain-lain"), or None (a
    number is a column number, not SLiMS's source code)."""
    if not header or header.startswith("#") or header.strip().isdigit():
        return None
    return source_code(header) or None


def columns(headers: list[str]) -> dict[int, str]:
    """{column: its header} of each tick column of the source: a run of two or more headers side by side
    that each name a source (a group under "Asal Buku"); {} when there is no such run."""
    out: dict[int, str] = {}
    run: list[int] = []
    for i, header in enumerate([*headers, ""]):
        if _source_word(clean(header)):
            run.append(i)
            continue
        if len({_source_word(clean(headers[j])) for j in run}) >= 2:
            out.update({j: clean(headers[j]) for j in run})
        run = []
    return out


def is_group(named: list[str]) -> bool:
    """Whether the columns a mapping gives one field are such a group (the wizard may give "Source" to each
    of "Beli", "Hibah" and "Sumbangan": their marks are read, not one column's values dropped)."""
    return len(named) >= 2 and len(columns(named)) == len(named)


def _marked(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = clean(value)
    return bool(text) and (fold(text) in _MARKS or text in _MARKS or _count(value) is not None)


def _count(value: Any) -> int | None:
    """A whole number of copies written under a source ("2", 2, 2.0), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if value == int(value) and value > 0 else None
    text = clean(value)
    return int(text) if text.isdigit() and int(text) > 0 else None


def read(values: list[Any], marks: dict[int, str], flags: list[Any]) -> tuple[str, list[tuple[str, int]]]:
    """(the source words of one row, its copies by source). The words: the header of the column marked
    ("Hibah"), with the words written in it instead of a mark ("Sumbangan Pak Kades"); "" when none is marked,
    and when several are (a review flag). Numbers under the columns that are more than one mark ("2" under
    Beli, or "2" and "1" under Beli and Hibah) count the row's copies by source: given back as
    [(header, count)] for ``give``, the words then ""."""
    found: list[str] = []
    counts: list[tuple[str, int]] = []
    for i, header in marks.items():
        value = values[i] if i < len(values) else None
        if _count(value) is not None:
            counts.append((header, _count(value) or 0))
        if _marked(value):
            found.append(header)
        elif clean(value):
            found.append(f"{header} {clean(value)}")  # (a donor's name under "Sumbangan")
    if counts and len(counts) == len(found) and (len(counts) > 1 or counts[0][1] > 1):
        return "", counts
    if len(found) > 1:
        named = ", ".join(found)
        flags.append(Flag(reason="copy", field="", value=named, template=MARKED_TWICE, context="Review",
                          params={"columns": named}))
        return "", []
    return (found[0] if found else ""), []


COUNTS_DISAGREE = QT_TRANSLATE_NOOP(
    "Review", "Asal Buku counts {counted} copies ({columns}), but the row makes {copies}: which copy came by which "
              "cannot be told, so their source was left as other. Set it on each copy's form.")


def give(items: list[dict[str, Any]], counts: list[tuple[str, int]], flags: list[Any]) -> None:
    """Each copy of a row its source by the counts under the columns ("2" under Beli and "1" under Hibah: the
    first two bought, the third a grant), when the counts add up to the row's copies; else a review flag."""
    sources = [source_code(header) for header, count in counts for _ in range(count)]
    if len(sources) == len(items):
        for item, source in zip(items, sources, strict=True):
            item["source"] = source
        return
    named = ", ".join(f"{header} {count}" for header, count in counts)
    flags.append(Flag(reason="copy", field="", value=named, template=COUNTS_DISAGREE, context="Review",
                      params={"columns": named, "counted": len(sources), "copies": len(items)}))


def on_the_copy(item: dict[str, Any], flags: list[Any]) -> None:
    """The row's Asal Buku flags (marked twice, counts that disagree) become its first copy's: a copy's source is
    what they ask to set, and the review list then opens that copy's form and shows its barcode."""
    own = [flag for flag in flags if getattr(flag, "template", "") in (MARKED_TWICE, COUNTS_DISAGREE)]
    if own:
        flags[:] = [flag for flag in flags if flag not in own]
        item.setdefault("_flags", []).extend(own)
