"""Which of SLiMS's three CSV exports a file is, from its first lines: the bibliography (``slims-biblio``),
the copies (``slims-item``) or the members (``slims-members``).

SLiMS 7 Cendana, 8 Akasia and 9.0-9.1 never write a header row, and 9.2 and later only when "Put columns
names in the first row" is ticked; the three files are named alike (``senayan_biblio_export.csv``,
``senayan_item_export.csv``, ``senayan_member_export.csv``) and all 18 or 19 fields wide. So a file is known
by its header when it has one, else by what SLiMS always writes in a row:

- bibliography: 18 fields, the last three (authors, topics, item codes) each empty or ``<A><B>``;
- copies: 19 fields (a last empty one: the separator SLiMS leaves), the 17th the time the copy was entered
  (``2019-07-15 10:00:00``, never empty in SLiMS);
- members: 18 fields (19 with the password column), gender ``0`` or ``1`` third and an expiry date 16th
  (never empty in SLiMS), quotes escaped with a backslash.

Used to say "this is SLiMS's item export" instead of "19 columns instead of 18" on every row, to keep a
member import from making members of books, and to let the import wizard set the format of a file without a
header as it does for one with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from .slims_csv import cut_stray_separator, dialect, split_line
from .types import UTF16_BOMS

BIBLIO, ITEM, MEMBERS = "slims-biblio", "slims-item", "slims-members"
CATALOGUE = "catalogue"  # (any catalogue format: ``refuse_other_export`` refuses the member export only)
_LINES_LOOKED_AT = 20  # (a first row without authors, topics or copies says nothing: the next ones do)
_BYTES_LOOKED_AT = 1 << 16
_LIST = re.compile(r"(?:<[^<>]*>)+")
_MOMENT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def kind_of_file(path: str | Path) -> str:
    """The SLiMS export a text file is ("" when its first lines are none of the three, or it cannot be read:
    its reader says why). Only its start is read: the shape needs no exact letters."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(_BYTES_LOOKED_AT)
    except OSError:
        return ""
    if head[:2] in UTF16_BOMS:
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    lines = text.splitlines()[:_LINES_LOOKED_AT]
    return kind_of_lines(lines[:-1] if len(head) == _BYTES_LOOKED_AT else lines)  # (the last may be cut)


def kind_of_lines(lines: Iterable[str]) -> str:
    """The kind the first telling line of ``lines`` has ("" for none)."""
    for line in lines:
        kind = kind_of_line(line) if line.strip() else ""
        if kind:
            return kind
    return ""


def kind_of_line(line: str) -> str:
    """The SLiMS export a header or a data line belongs to, or ""."""
    sep, quote = dialect(line, ("title", "gmd_name"))
    line = cut_stray_separator(line, sep, quote)
    fields = [field.strip() for field in split_line(line, sep, quote)]
    names = {field.strip("\"' ").lower() for field in fields}
    if "gmd_name" in names:
        return BIBLIO
    if "coll_type_name" in names:
        return ITEM
    if {"member_id", "member_name"} <= names:
        return MEMBERS
    if len(fields) == 18 and any(fields[15:]) and all(not f or _LIST.fullmatch(f) for f in fields[15:]):
        return BIBLIO
    if len(fields) in (19, 20) and not any(fields[19:]) and _MOMENT.fullmatch(fields[16]):
        return ITEM
    fields = split_line(line, sep, quote, escaped=True)  # (a member's \" is no end of a field)
    if len(fields) in (18, 19) and fields[2].strip() in ("0", "1") and _DATE.fullmatch(fields[15].strip()):
        return MEMBERS
    return ""


# (found, expected): what the librarian is told when one of the three files is chosen for another
_WRONG_FILE = {
    (ITEM, BIBLIO): QT_TRANSLATE_NOOP(
        "Errors", "{path} is SLiMS's item export (the copies), not its bibliography export: import the bibliography "
                  "file first, then this one as \"SLiMS item (copies) CSV\" (pustaka-cli import slims-item). "
                  "Nothing was imported."),
    (BIBLIO, ITEM): QT_TRANSLATE_NOOP(
        "Errors", "{path} is SLiMS's bibliography export (the books), not its item export: import it as \"SLiMS "
                  "bibliography CSV\" (pustaka-cli import slims-biblio). Nothing was imported."),
    (MEMBERS, BIBLIO): QT_TRANSLATE_NOOP(
        "Errors", "{path} is SLiMS's member export, not a catalogue: import it with Import & Export → Import "
                  "members… (pustaka-cli members-import). Nothing was imported."),
    (BIBLIO, MEMBERS): QT_TRANSLATE_NOOP(
        "Errors", "{path} is SLiMS's bibliography export (the books), not its member export: import it with Import & "
                  "Export → Import a file… (pustaka-cli import slims-biblio). No member was added."),
    (ITEM, MEMBERS): QT_TRANSLATE_NOOP(
        "Errors", "{path} is SLiMS's item export (the copies), not its member export: import it with Import & "
                  "Export → Import a file… (pustaka-cli import slims-item), after the bibliography. No "
                  "member was added."),
}
_WRONG_FILE[(MEMBERS, ITEM)] = _WRONG_FILE[(MEMBERS, CATALOGUE)] = _WRONG_FILE[(MEMBERS, BIBLIO)]


def refuse_other_export(path: str | Path, expected: str) -> None:
    """Refuse a SLiMS export chosen for another (``expected``: ``BIBLIO``, ``ITEM``, ``MEMBERS`` or ``CATALOGUE``), naming
    what it is and where it goes; anything else is left to its reader."""
    found = kind_of_file(path)
    message = _WRONG_FILE.get((found, expected))
    if message is not None:
        raise ValidationError(message, path=Path(path).name)
