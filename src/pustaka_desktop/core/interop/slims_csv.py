"""SLiMS CSV as text: a line into fields and fields into a line, as SLiMS (Senayan Library Management
System) writes and reads its bibliography, item and member files. ``slims`` reads what the fields mean.

SLiMS writes no BOM, puts several values in one field as ``<A><B><C>`` (``multi``) and a newline inside a
field as the two characters ``\\n``. Our own export writes a line break as ``\\r\\n`` and a backslash as
``\\\\`` (MySQL's escape_string, as SLiMS's member export does; its item export, and its biblio export
before 9.6.1, then take the backslashes away and leave the letters ``rn``: ``slims_breaks``), so that a
typed ``D:\\naskah`` comes back as typed (``unescape``); SLiMS's own import drops every backslash of a field
(bibliography/import.php), whichever way it is written. SLiMS's own export may leave a quote inside a field
unescaped and end the header with an extra separator: the reader tolerates both (a quote only closes a field
when a separator or the end of the line follows it).

SLiMS's export page lets the librarian type the field separator (up to three characters: ``;`` is
common, as Excel in Indonesia uses it) and the enclosing character, and choose CR as the record
separator; a file opened and saved again in Excel quotes only the fields that need it. The reader
takes the separator and the quote from the file's first line (``dialect``).
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..cells import as_written, neutralise
from ..errors import Cancelled, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from .types import BadRow, Cancel, Progress, text_lines

# --- reading ---------------------------------------------------------------------------------------


def split_line(line: str, sep: str = ",", quote: str = '"', escaped: bool = False) -> list[str]:
    """One CSV line into fields, tolerant of SLiMS's unescaped quotes (see the module doc). ``escaped``:
    a backslash escapes the character after it (SLiMS's member export, ``escape_string``), which is
    kept as written for the caller to undo; so ``\\",`` inside a field does not end it."""
    return _split(line, sep, quote, escaped)[0]


def _split(line: str, sep: str, quote: str, escaped: bool = False) -> tuple[list[str], bool]:
    """``split_line``, and whether the line ends inside a quoted field (a line break in the field)."""
    if not sep:
        return _back_to_back(line, quote), False
    fields: list[str] = []
    i, n = 0, len(line)
    open_at_end = False
    while True:
        if i < n and line[i] == quote:
            i += 1
            buf: list[str] = []
            closed = False
            while i < n:
                ch = line[i]
                if escaped and ch == "\\" and i + 1 < n:
                    buf.append(line[i:i + 2])
                    i += 2
                    continue
                if ch == quote or (ch == "\\" and i + 1 < n and line[i + 1] == quote):
                    if ch == "\\":
                        j = i + 2
                        while j < n and line[j] in " \t":
                            j += 1
                        if j < n and not line.startswith(sep, j):  # \" inside the field: an escaped quote
                            buf.append(quote)
                            i += 2
                            continue
                        buf.append(ch)
                        i += 1
                        continue
                    if i + 1 < n and line[i + 1] == quote:  # a doubled quote: one literal quote
                        buf.append(quote)
                        i += 2
                        continue
                    j = i + 1
                    while j < n and line[j] in " \t":
                        j += 1
                    if j >= n or line.startswith(sep, j):
                        i = j
                        closed = True
                        break
                    buf.append(ch)  # an unescaped quote inside the field
                    i += 1
                    continue
                buf.append(ch)
                i += 1
            if not closed:
                i = n
                open_at_end = True
            fields.append("".join(buf))
        else:
            j = line.find(sep, i)
            if j < 0:
                j = n
            fields.append(line[i:j].strip())
            i = j
        if i >= n:
            break
        i += len(sep)  # the separator
        if i >= n:
            fields.append("")
            break
    return fields, open_at_end


def _back_to_back(line: str, quote: str) -> list[str]:
    """The fields of a line SLiMS wrote without a separator, ``"title""gmd_name"`` (its export page
    trims the separator typed, so a tab becomes nothing). Between two fields stand two quotes, and each
    empty field adds two; a quote inside a field is doubled (SLiMS 9.7) or written alone (older).
    Quotes in text come in pairs around words: a run of quotes after a space or before a space or a
    punctuation mark is such a quote, and so is the first of the run that closes it. The caller
    checks the count (``NO_SEPARATOR`` when it is wrong)."""
    text = line.strip()
    if len(text) < 2 or text[0] != quote or text[-1] != quote:
        return [text]
    pieces = re.split(f"({re.escape(quote)}+)", text)[1:]  # run, text, run, ..., text, run
    runs = pieces[0::2]
    unit = 2 if all(len(run) % 2 == 0 for run in runs[1:-1]) else 1  # doubled quotes, or written alone
    runs[0], runs[-1] = runs[0][1:], runs[-1][:-1]  # the line's opening and closing quotes
    fields: list[str] = []
    current: list[str] = []
    inside = False  # a quote in the text was opened and not yet closed
    for index, run in enumerate(runs):
        before = pieces[2 * index - 1][-1:] if index else " "
        after = pieces[2 * index + 1][:1] if index < len(runs) - 1 else ""
        if not run:
            pass
        elif inside and len(run) >= unit:  # the quote closing one in the text, then the fields' quotes
            current.append(quote)
            inside = False
            run = run[unit:]
        elif before.isspace() or before == "(" or (after and (after.isspace() or after in ",;:.!?)")):
            current.append(quote * (len(run) // unit))
            inside = len(run) // unit % 2 == 1
            run = ""
        if run:  # the end of a field, an empty field for every two quotes more, the start of the next
            boundaries, alone = divmod(len(run), 2)
            for _ in range(boundaries):
                fields.append("".join(current))
                current = []
            if alone:
                current.append(quote)
                inside = True
        if index < len(runs) - 1:
            current.append(pieces[2 * index + 1])
    fields.append("".join(current))
    return fields


_SEPARATORS = (",", ";", "|", "\t")  # what people choose; any other (up to 3 characters) is found too


def dialect(line: str, first_columns: tuple[str, str]) -> tuple[str, str]:
    """(separator, quote) of a SLiMS file from its first line: the header when it has one (its first
    two column names are known), else a data row. Fields not enclosed at all (a file Excel saved
    again) still take ``"`` as the quote of the few fields that need one."""
    text = line.lstrip("\ufeff").strip()
    lowered = text.lower()
    first, second = first_columns
    at = lowered.find(first)
    if at in (0, 1):  # a header: what stands between the first two names is quote + separator + quote
        quote = text[0] if at == 1 else ""
        end = lowered.find(second, at + len(first))
        between = text[at + len(first) + len(quote):end - len(quote)] if end > 0 else ""
        if between and not any(ch.isalnum() for ch in between):
            return between, quote or '"'
        if quote and end == at + len(first) + 2:
            return "", quote  # "title""gmd_name": no separator at all (see ``_back_to_back``)
    quote = text[0] if text[:1] in ("\"", "'") else ""
    if quote:  # "a","b": between a closing and the next opening quote is the separator
        parts = text.split(quote)[2:-1:2]
        between = [part for part in parts if 0 < len(part) <= 3 and not any(ch.isalnum() for ch in part)]
        if between:
            return max(between, key=between.count), quote  # (the first, on a tie)
        if quote * 2 in text and not any(quote + s + quote in text for s in _SEPARATORS):
            return "", quote
    return max(_SEPARATORS, key=text.count), quote or '"'


def unescape(value: str) -> str:
    """A field of the biblio or item export as it was typed: without the apostrophe an export puts in
    front of formula-looking text (``cells.as_written``), with its line breaks back. A field with a
    backslash written doubled was escaped whole, as SLiMS's item export and our own files do
    (``unescape_mysql``). SLiMS 9.7's biblio export writes both the CR and the LF of a line break as
    ``\\n`` (export.php replaces each alone), and the notes typed in a box always break lines with CR
    LF: so when every break in a field is such a pair, each pair is one line break
    (``a\\n\\n\\n\\nb`` is a blank line). A field with a single ``\\n`` anywhere (LF alone: another
    exporter, or SLiMS data that came in another way) keeps every one."""
    value = as_written(value.strip())
    if "\\" not in value:
        return value
    if "\\\\" in value:
        return unescape_mysql(value)
    value = value.replace("\\r\\n", "\n").replace("\\r", "")
    runs = _ESCAPED_BREAKS.findall(value)
    if runs and all(len(run) % 4 == 0 for run in runs):  # (each \\n is two characters: a pair is four)
        return _ESCAPED_BREAKS.sub(lambda m: "\n" * (len(m.group()) // 4), value).strip()
    return value.replace("\\n", "\n").strip()


_ESCAPED_BREAKS = re.compile(r"(?:\\n)+")


def unescape_mysql(value: str) -> str:
    """A field as MySQL's ``escape_string`` wrote it (SLiMS's item and member exports; our biblio, item
    and member files) read back in one pass: ``Ma\\'ruf``, ``\\"ketua\\"``, ``\\\\`` and the line breaks
    ``\\r\\n`` (``\\\\n`` stays a backslash and an n). NUL and Ctrl-Z, which only a damaged field holds,
    are left out."""
    if "\\" not in value:
        return value.strip()
    text = _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), value)
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPES = {"n": "\n", "r": "\r", "0": "", "Z": ""}


def cut_stray_separator(line: str, sep: str, quote: str) -> str:
    """The line without the piece of a separator SLiMS leaves at its end: its item and member exports
    end each field with the separator and then cut ONE character, so a separator typed as ``||``
    leaves ``"title"|``."""
    text = line.rstrip()
    if len(sep) > 1 and text.endswith(quote + sep[:-1]) and not text.endswith(sep):
        return text[:1 - len(sep)]
    return line


def splitter(count: int, sep: str = ",", quote: str = '"') -> Callable[[str], list[str]]:
    """The fields of one line, fast when every field is quoted (as SLiMS writes them): split on
    quote + separator + quote; otherwise, or when that does not give ``count`` fields, the careful
    ``split_line``. Made once per file (the dialect's strings are joined once, not per line)."""
    if not sep:
        return lambda line: _back_to_back(line, quote)
    joiner, doubled, trailing = quote + sep + quote, quote + quote, len(sep)

    def fields_of(line: str) -> list[str]:
        line = cut_stray_separator(line, sep, quote)
        text = line.rstrip()
        if text.endswith(sep):
            text = text[:-trailing]  # SLiMS's item header (and some rows) end with an extra separator
        if len(text) > 1 and text[0] == quote and text[-1] == quote:
            parts = text[1:-1].split(joiner)
            if len(parts) == count:
                if doubled not in text:
                    return parts  # (most lines: no doubled quotes to undo)
                return [p.replace(doubled, quote) if doubled in p else p for p in parts]
        return split_line(line, sep, quote)

    return fields_of


def multi(value: str) -> list[str]:
    """``<A><B><C>`` -> [A, B, C]; a plain non-empty value is one value."""
    value = value.strip()
    if not value:
        return []
    if "<" in value and ">" in value:
        return [v.strip() for v in _BRACKETED.findall(value) if v.strip()]
    return [value]


_BRACKETED = re.compile(r"<([^<>]*)>")


def rows(path: str | Path, columns: tuple[str, ...], kind: str, progress: Progress | None,
          cancel: Cancel | None, source: tuple[int, Iterator[str]] | None = None,
          ) -> Iterator[tuple[int, dict[str, str] | BadRow]]:
    """The rows of a SLiMS CSV file, read as they go. SLiMS writes the header only when asked
    ("Put column names in the first row"), so a file without one is read by position; the first
    line also tells the separator and quote the export page was given. A header naming the columns
    in another order or set (an older or newer SLiMS) is read by name: a column the file lacks is
    empty, one it has more is ignored. ``source``: (size, lines) read another way than the file's lines
    (``slims_one_column``)."""
    size, lines = source or text_lines(path)
    name = Path(path).name
    numbered = enumerate(lines, start=1)
    opening = next(((n, text) for n, text in numbered if text.strip()), None)  # the first line not empty
    if opening is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is empty."), path=name)
    number, line = opening
    sep, quote = dialect(line, columns[:2])
    first = [f.strip().strip("\"'").strip().lower() for f in splitter(len(columns), sep, quote)(line)]
    if first and first[-1] == "":
        first = first[:-1]  # SLiMS's item export ends the header with an extra separator
    named = None  # the file's own columns, when they are not SLiMS 9's in its order
    if tuple(first) != columns and first.count(columns[0]) == 1 and len(set(first) & set(columns)) * 2 > len(columns):
        named = first
    elif tuple(first) != columns and (set(first) & set(columns) or len(first) not in (len(columns), len(columns) + 1)):
        whole, numbered = (False, numbered) if set(first) & set(columns) else _first_row_whole(
            (number, line), numbered, len(columns), splitter(len(columns), sep, quote), sep, quote)
        if not whole:
            raise not_slims(name, kind, first, columns)
    width = len(named or columns)
    fields_of = splitter(width, sep, quote)
    header = named is not None or tuple(first) == columns
    rest = numbered if header else itertools.chain([(number, line)], numbered)  # (no header: a row of data)
    done = 0
    for number, line, fields in _whole_rows(rest, width, fields_of, sep, quote):
        done += len(line) + 1
        if number % 1000 == 0:
            if cancel is not None and cancel():
                raise Cancelled()
            if progress:
                progress(min(1.0, done / max(1, size)), QT_TRANSLATE_NOOP("Progress", "Reading the file"))
        if len(fields) == width + 1 and fields[-1] == "":
            fields = fields[:-1]
        if len(fields) != width:
            yield number, BadRow(number, NO_SEPARATOR if not sep else QT_TRANSLATE_NOOP(
                "Import", "The row has {found} columns instead of {expected}."),
                {"found": len(fields), "expected": width})
            continue
        if named is not None:
            got = dict(zip(named, fields, strict=True))
            yield number, {c: unescape(got.get(c, "")) for c in columns}
        elif "\\" in line or "'" in line:
            yield number, {c: unescape(v) for c, v in zip(columns, fields, strict=True)}
        else:  # no escapes in the row (most rows): only the spaces to strip, done in C
            yield number, dict(zip(columns, map(str.strip, fields), strict=True))


NOT_SLIMS = QT_TRANSLATE_NOOP("Errors", "{path} is not a SLiMS {kind} file: the columns {missing} are missing or out "
                                        "of order. Expected, in this order: {expected}.")


def not_slims(name: str, kind: str, found: list[str], columns: tuple[str, ...]) -> ValidationError:
    """The refusal of a file whose header (``found``) is not SLiMS's ``columns``, naming what it lacks."""
    return ValidationError(NOT_SLIMS, path=name, kind=kind, missing=", ".join(c for c in columns if c not in found)
                           or "-", expected=",".join(columns))


NO_SEPARATOR = QT_TRANSLATE_NOOP("Import", "The fields of this row cannot be told apart: SLiMS wrote the file "
                                           "without a field separator (a tab typed on its export page is left "
                                           "out). Export it again from SLiMS with , as the field separator.")
_MOST_LINES = 100  # the lines one field of SLiMS 9.6.1 may take (an abstract): a stray quote stops there


def _first_row_whole(opening: tuple[int, str], lines: Iterator[tuple[int, str]], width: int,
                     fields_of: Callable[[str], list[str]], sep: str, quote: str,
                     ) -> tuple[bool, Iterator[tuple[int, str]]]:
    """Whether the first line of a file without a header, too short for a row, begins a row that a line break in
    one of its fields (SLiMS 9.6.1 writes them as typed) carries over the next lines; and the lines after the
    first, to be read again. (Once a file: only the first line tells whether the file is SLiMS's.)"""
    taken = list(itertools.islice(lines, _MOST_LINES))
    row = next(_whole_rows(iter([opening, *taken]), width, fields_of, sep, quote), None)
    return row is not None and len(row[2]) in (width, width + 1), itertools.chain(taken, lines)


def _whole_rows(lines: Iterator[tuple[int, str]], width: int, fields_of: Callable[[str], list[str]], sep: str,
                quote: str) -> Iterator[tuple[int, str, list[str]]]:
    """(line number, text, fields) of each row that is not empty. SLiMS 9.6.1 writes a line break
    inside a field as it is (the notes typed in a box, CR LF): a row whose quoted field is still open
    at the end of its line goes on over the next lines, when together they make one row of ``width``
    fields. Otherwise the line stands alone, so an old export's unescaped quote never swallows the
    rows after it."""
    ahead: deque[tuple[int, str]] = deque()

    def next_line() -> tuple[int, str] | None:
        return ahead.popleft() if ahead else next(lines, None)

    while (got := next_line()) is not None:
        number, line = got
        if not line.strip():
            continue
        fields = fields_of(line)
        if len(fields) not in (width, width + 1) and _split(cut_stray_separator(line, sep, quote), sep, quote)[1]:
            taken: list[tuple[int, str]] = []
            text, still_open = line, True
            while still_open and len(taken) < _MOST_LINES and (after := next_line()) is not None:
                taken.append(after)
                text += "\n" + after[1]
                # (the open field read on from this line as if it began here: each line is read once)
                still_open = _split(cut_stray_separator(quote + "\n" + after[1], sep, quote), sep, quote)[1]
            joined = fields_of(text) if not still_open else []
            if len(joined) == width or (len(joined) == width + 1 and text.rstrip().endswith(sep)):
                line, fields = text, joined
            else:
                ahead.extendleft(reversed(taken))  # not one row after all: the lines are read as they are
        yield number, line, fields


# --- writing ---------------------------------------------------------------------------------------


def _field(value: Any) -> str:
    text = "" if value is None else str(neutralise(value))  # a formula-looking cell must not run in Excel
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return '"' + text.replace('"', '""') + '"'


def _line(values: list[Any]) -> bytes:
    return (",".join(_field(v) for v in values) + "\n").encode("utf-8")


def _escaped(value: Any) -> Any:
    """Text as our biblio and item files write it, which ``unescape`` reads back as it was: a backslash
    doubled, a line break as ``\\r\\n`` (a blank line is ``\\r\\n\\r\\n``, never taken for SLiMS 9.7's
    ``\\n\\n`` of one CR LF), as SLiMS's item export writes them."""
    if value.__class__ is not str or ("\\" not in value and "\n" not in value and "\r" not in value):
        return value
    text = value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\\r\\n")


def escaped_line(values: list[Any]) -> bytes:
    """A line of our SLiMS files (biblio, item, members), its text escaped as ``_escaped`` says."""
    return _line([_escaped(value) for value in values])
