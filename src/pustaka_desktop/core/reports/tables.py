"""What a report is made of, in every format: ``Section``s of labelled ``Table``s (the PDF, xlsx and CSV all
render the same tables), and ``note``, one sentence in place of a section's tables."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..formatting import written_in

Translate = Callable[[str, str], str]


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[Any]]
    kind: str = "table"  # table | figures (label/value pairs) | text (one column of paragraphs) | note
    chart: str = ""  # a hint for the PDF: "bar" or "pie" over column 1 by column 0


@dataclass
class Section:
    title: str
    tables: list[Table] = field(default_factory=list)


def _identity(context: str, text: str) -> str:
    return text


def in_its_language(make: Callable[..., list[Section]]) -> Callable[..., list[Section]]:
    """A report's table maker whose figures are written in its ``translate``'s language (formatting.written_in),
    also when it is called alone, not through a PDF, xlsx or CSV."""
    @functools.wraps(make)
    def made(data: dict[str, Any], translate: Translate = _identity) -> list[Section]:
        with written_in(translate):
            return make(data, translate)
    return made


def note(text: str, translate: Translate) -> Table:
    """One sentence in place of a section's tables (the PDF, xlsx and CSV write it as it is)."""
    return Table("", [], [[translate("Reports", text)]], "note")
