"""The checks the import engine (``importer``) makes on one row: the catalogue's own rules in the
mode that flags instead of refusing (with a suggested correction), cells that look like spreadsheet
formulas, and which fields of a record or copy already in the catalogue a file would change."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any, NamedTuple

from ..catalog import imprint, records, review
from ..catalog.isbn import corrected_isbn
from ..cells import FORMULA_START, looks_like_formula
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from .matching import identity
from .script_language import language_of_script
from .types import BadRow, Incoming, fold, with_note
from .vocabulary import KNOWN_OTHER, STATUS_IN

_RECORD_NAMES = frozenset(records.RECORD_FIELDS)
_ENCODER = json.JSONEncoder(ensure_ascii=False)
# the C encoder JSONEncoder.encode makes again at each call, made once (without the check for a list that holds
# itself, which authors and subjects never do): a 50,000-title import encoded 100,000 lists, half its JSON time
# went to making encoders
_C_ENCODE = None if json.encoder.c_make_encoder is None else json.encoder.c_make_encoder(
    None, _ENCODER.default, json.encoder.encode_basestring, None, _ENCODER.key_separator, _ENCODER.item_separator,
    False, False, True)


def to_json(value: Any) -> str:
    """json.dumps(value, ensure_ascii=False), the same text (authors and subjects of every record)."""
    if _C_ENCODE is None:  # (a Python without the json module's C part)
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


def isbn_suggestion(raw: str) -> str:
    return corrected_isbn(re.sub(r"[^0-9Xx]", "", raw or ""))  # ("ISBN 978-..." as a file writes it)


# a run of four digits and the letters typed for them (l, I for 1; O, o for 0), not inside a longer word
_YEAR_TYPED = re.compile(r"(?<![0-9lIOo])[0-9lIOo]{4}(?![0-9lIOo])")
_DIGIT_OF = str.maketrans("lIOo", "1100")
SUGGESTED_YEAR_FROM = 1800


def year_suggestion(raw: str, this_year: int | None = None) -> str:
    """A year typed with a letter for a digit (``20l5``, ``2O15``, ``c2O15``, ``l998``: l or I for 1, O or o
    for 0, next to keys that look alike) -> the text with the digits (``2015``, ``c2015``), when that reads as
    a year the catalogue takes; else "". Only a run of four with at least two real digits is read so: a word
    such as "lOlO" or a place name is left alone."""
    def typed(match: re.Match[str]) -> str:
        run = match.group(0)
        return run.translate(_DIGIT_OF) if sum(c.isdigit() for c in run) >= 2 else run

    text = _YEAR_TYPED.sub(typed, raw or "")
    if text == raw:
        return ""
    try:
        year = records.parse_year(text, this_year)
    except ValidationError:  # still no year, or an impossible one
        return ""
    # a guess the librarian may take with all the others at once ("Pakai semua saran"): only a year a book on a
    # village library's shelf may have, not any the catalogue would take (1099 from "1O99")
    return text if year is not None and year >= SUGGESTED_YEAR_FROM else ""


# What a language cell holds when it names none: then the catalogue's default, as for an empty cell (records.clean_record)
NO_LANGUAGE = frozenset({"-", "--", "\u2013", "\u2014", ".", "0", "x", "?", "n/a", "na", "tidak ada", "none"})


def _plain(raw: Any) -> str:
    return " ".join(str(raw or "").lower().split())


def suggestion(field_name: str, raw: Any, this_year: int | None = None) -> str:
    if field_name == "ddc":
        return review.class_suggestion(str(raw))
    if field_name == "language" and _plain(raw) in NO_LANGUAGE:
        return records.DEFAULT_LANGUAGE
    if field_name == "isbn":
        return isbn_suggestion(str(raw))
    if field_name == "year_text":
        return year_suggestion(str(raw), this_year)
    return ""


_REASON_OF = {"year_text": "year", "year": "year"}


FORMULA_FLAG = QT_TRANSLATE_NOOP(
    "Review", "{value} looks like a spreadsheet formula. It was kept as text (it will never run), but check it: "
              "a real title or name rarely starts like that.")


_FORMULA_FIRST = frozenset(FORMULA_START)  # the first characters worth a closer look (most cells are not)


def may_hold_formula(inc: Incoming) -> bool:
    """Whether any text cell of the row starts with a formula's first character (most rows: none).
    Written for speed: it runs for every row of a 150,000-row import."""
    first = _FORMULA_FIRST
    if inc.record:
        for value in inc.record.values():
            kind = value.__class__
            if kind is str:
                if value[:1] in first:
                    return True
            elif kind is list:
                for one in value:
                    text = one.get("name", "") if one.__class__ is dict else one
                    if text.__class__ is str and text[:1] in first:
                        return True
    for item in inc.items:
        for value in item.values():
            if value.__class__ is str and value[:1] in first:
                return True
    return False


def formula_flags(inc: Incoming) -> list[review.Flag]:
    """Cells that start like a spreadsheet formula (=, +, -, @): CSV/formula injection, or a typing slip."""
    if not may_hold_formula(inc):
        return []
    found = []
    for name, value in (inc.record or {}).items():
        for one in value if isinstance(value, list) else [value]:
            text = one.get("name", "") if isinstance(one, dict) else one
            if isinstance(text, str) and text[:1] in _FORMULA_FIRST and looks_like_formula(text):
                found.append(review.Flag(reason="formula", field=name if isinstance(value, str) else "", value=text,
                                         template=FORMULA_FLAG, params={"value": text}))
    for item in inc.items:
        for value in item.values():
            if isinstance(value, str) and value[:1] in _FORMULA_FIRST and looks_like_formula(value):
                found.append(review.Flag(reason="formula", field="", value=value, template=FORMULA_FLAG,
                                         params={"value": value}))
    return found


DOUBTFUL_PLACE = QT_TRANSLATE_NOOP(
    "Review", "The publisher {publisher} may start with its place of publication ({place}), but {place} is not a "
              "place Pustaka knows. If it is a place, open the record and write it as the place of publication "
              "and the rest as the publisher; if not, keep the publisher as it is.")
OTHER_YEAR = QT_TRANSLATE_NOOP(
    "Review", "The publisher was written with a year ({other}) and the year of publication says {year}: the year "
              "{year} was kept, {other} taken out of the publisher, and the publisher as written kept in the "
              "record's notes. Use {other} if it is the right year.")
# What a record's notes keep of a value the import could not put in its field, in the library's language like the
# copies' "Harga tertulis" (types.WRITTEN_AS): never lost when the librarian keeps the flag
PUBLISHER_WRITTEN = "Penerbit tertulis"
KIND_WRITTEN = "Jenis bahan tertulis"
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Review", "{value} is no material type Pustaka knows: the record came in as Other, and {value} is kept in its "
              "notes. Type its type (book, magazine, newspaper, audio-visual, e-book or other), or keep it.")


def kept_kind(fields: dict[str, Any], row: int, flags: list[review.Flag]) -> dict[str, Any]:
    """A material type written as none of ours (``vocabulary.material_code``: "Peta dinding", SLiMS's "Globe",
    a MARC map): the record is "other" and its notes keep the name; a name we do not know is flagged too, for the
    librarian to choose its type (a fix on the list writes it)."""
    written = str(fields["material_type"])
    if fold(written) not in KNOWN_OTHER:
        flags.append(review.Flag(reason="material_type", field="material_type", value=written,
                                 template=UNKNOWN_KIND, params={"value": written}, row=row))
    return {**fields, "material_type": "other", "notes": with_note(fields.get("notes"), f"{KIND_WRITTEN}: {written}")}


AUDIENCE_WRITTEN = "Pembaca sasaran tertulis"
UNKNOWN_AUDIENCE = QT_TRANSLATE_NOOP(
    "Review", "{value} names no readers Pustaka knows: the record came in for adults, and {value} is kept in its "
              "notes. Choose its readers (children, teens or adults), or keep it.")


def kept_audience(fields: dict[str, Any], row: int, flags: list[review.Flag]) -> dict[str, Any]:
    """Readers written as none of our groups (``vocabulary.audience_code``: "Pelajar", "0-17", a MARC code we do
    not know): the record takes the default (adults) and its notes keep what was written, flagged for the
    librarian to choose (a fix on the list writes it)."""
    written = str(fields["audience"])
    flags.append(review.Flag(reason="audience", field="audience", value=written, template=UNKNOWN_AUDIENCE,
                             params={"value": written}, row=row))
    kept = {k: v for k, v in fields.items() if k != "audience"}
    return {**kept, "notes": with_note(fields.get("notes"), f"{AUDIENCE_WRITTEN}: {written}")}


def imprint_taken_apart(fields: dict[str, Any], row: int, flags: list[review.Flag]) -> dict[str, Any]:
    """The place and year written in the publisher ("Djakarta: Balai Pustaka", "Bandung: Mizan, 2005") moved to
    an empty place and year (``catalog.imprint``); a head before a colon that is no place we know, and a year
    that differs from the year field, flagged instead of guessed."""
    publisher = fields.get("publisher")
    moved = imprint.take_apart(fields)
    if moved.doubtful:
        flags.append(review.Flag(reason="publisher", field="publisher", value=str(publisher), template=DOUBTFUL_PLACE,
                                 params={"publisher": publisher, "place": moved.doubtful}, row=row))
    if moved.other_year:
        year = str(fields.get("year_text") or fields.get("year") or "")
        flags.append(review.Flag(reason="year", field="year_text", value=year, template=OTHER_YEAR,
                                 params={"other": moved.other_year, "year": year}, suggestion=moved.other_year,
                                 row=row))
        # the year taken out is in the flag only, which closes when the year is kept: the notes keep the cell
        return {**moved.fields, "notes": with_note(moved.fields.get("notes"), f"{PUBLISHER_WRITTEN}: {publisher}")}
    return moved.fields


class Checked(NamedTuple):
    """A row's checks, made before it is matched (by the session, or by the process that read the row ahead,
    ``read_ahead``): its flags, its record's cleaned fields and the names of those flagged, or why it is refused."""

    flags: list[review.Flag]
    record: dict[str, Any] | None = None
    flagged: frozenset[str] | set[str] = frozenset()
    refused: BadRow | None = None
    # the cleaned record's description key (``matching.identity``): it needs nothing from the catalogue, so the
    # process reading ahead makes it, beside the rows' other checks, and the importer's own process does not
    ident: str = ""


def row_checked(inc: Incoming, this_year: int) -> Checked:
    """What the rules say of a row, needing nothing from the catalogue: its flags (the reader's, cells that look
    like formulas) and its record checked (``checked_record``); a record without a title is refused."""
    flags: list[review.Flag] = [review.Flag(**f) if isinstance(f, dict) else f for f in inc.flags]
    flags += formula_flags(inc)  # kept as text, never run; the librarian looks at each
    for flag in flags:
        flag.row = flag.row or inc.row
    if inc.record is None:
        return Checked(flags)
    read_flagged = {flag.field for flag in flags if flag.field in inc.record}
    try:
        rec, flagged = checked_record(inc.record, this_year, inc.row, flags)
    except ValidationError as exc:  # no title: the row is refused
        return Checked(flags, refused=BadRow(inc.row, exc.template, exc.params, exc.context))
    # (read by a guess: never over what the catalogue has; a field the reader kept as written and flagged never
    # replaces the catalogue's either: its fix stays)
    return Checked(flags, rec, flagged | inc.guessed | read_flagged, None, identity(rec))


def checked_record(rec: dict[str, Any], this_year: int, row: int,
                  flags: list[review.Flag]) -> tuple[dict[str, Any], set[str]]:
    """The catalogue's own rules (records.clean_record) in the mode that flags instead of refusing.
    Returns the cleaned fields (authors/subjects as lists) and the names of the flagged fields."""
    # (clean_record copies what it is given, so the row's own dict is passed when it holds only record fields)
    fields = rec if _RECORD_NAMES.issuperset(rec) else {k: v for k, v in rec.items() if k in _RECORD_NAMES}
    if fields.get("year_text") and "year" in fields:
        fields = {k: v for k, v in fields.items() if k != "year"}  # the catalogue parses the year from the text
    if fields.get("publisher"):
        fields = imprint_taken_apart(fields, row, flags)
    flagged = set()
    if not fields.get("language") and (guessed := language_of_script(str(fields.get("title") or ""))):
        fields = {**fields, "language": guessed}  # (a title in aksara Jawa or Arabic letters: not Indonesian)
        flagged.add("language")  # (the import's guess: a re-import never puts it over the language a record has)
    if fields.get("material_type") and fields["material_type"] not in records.MATERIAL_TYPES:
        if fold(str(fields["material_type"])) not in KNOWN_OTHER:
            flagged.add("material_type")  # (a re-import never puts "other" over the type the librarian chose)
        fields = kept_kind(fields, row, flags)
    if fields.get("audience") and fields["audience"] not in records.AUDIENCES:
        flagged.add("audience")  # (a re-import never puts the default over the readers the librarian chose)
        fields = kept_audience(fields, row, flags)
    found: list[tuple[str, Any, str, dict[str, Any]]] = []
    cleaned = records.clean_record(fields, this_year=this_year, partial=True, flags=found, lists=True)
    for name, raw, template, params in found:
        flagged.add(name)
        reason = _REASON_OF.get(name, name)
        flags.append(review.Flag(reason=reason, field="year_text" if reason == "year" else name, value=str(raw),
                                 template=template, params=params, context="Errors",
                                 suggestion=suggestion(name, raw, this_year), row=row))
    year = cleaned.get("year")
    if year and records.HIJRI_YEARS[0] <= year <= records.HIJRI_YEARS[1] and "year_text" not in flagged and \
            hijri_year(str(cleaned.get("year_text") or year), row, flags):
        flagged.add("year_text")  # (a re-import keeps the year the librarian wrote for it)
    return {k: v for k, v in cleaned.items() if v not in ("", None, [])}, flagged


MAYBE_HIJRI = QT_TRANSLATE_NOOP(
    "Review", "No printed book of this library is from the year {year}, unless {year} is a Hijri year, as Islamic books "
              "print it: {year} H is about {gregorian}. If it is, write it with H; if not, correct the year.")


def hijri_year(text: str, row: int, flags: list[review.Flag]) -> bool:
    """A year written alone that only the Hijri calendar makes possible (``records.maybe_hijri``): kept as written and
    flagged, with the year marked H as the suggestion (the year then counts as the Gregorian one it falls in)."""
    gregorian = records.maybe_hijri(text)
    if gregorian is not None:
        flags.append(review.Flag(reason="year", field="year_text", value=text, template=MAYBE_HIJRI,
                                 params={"year": text.strip(), "gregorian": gregorian}, suggestion=f"{text.strip()} H",
                                 row=row))
    return gregorian is not None


def record_changes(row: dict[str, Any], incoming: dict[str, Any], flagged: set[str]) -> dict[str, Any]:
    """The fields the file would change: only values it carries; an empty value never erases, and a
    flagged value never replaces one the catalogue has."""
    changes: dict[str, Any] = {}
    if "title" in incoming and _whole_title(incoming) == _whole_title(row):
        # the same title split elsewhere ("A : B" in one field, or A and B): systems split at different
        # points (SLiMS's one title column is split at " : "), and a re-import does not move the split
        incoming = {k: v for k, v in incoming.items() if k not in ("title", "subtitle")}
    for name, value in incoming.items():
        if value in ("", None, []) or name not in row:
            continue
        current = row[name]
        if name in flagged and current not in ("", None):
            continue
        if name == "authors":
            have = [fold(a["name"]) for a in json.loads(current or "[]")]
            given = [fold(a["name"]) for a in value]
            # (a list that names a book by its first author only, as a buku induk does, leaves the others)
            if given != have and given != have[:1]:
                changes[name] = to_json(value)
            continue
        if name == "subjects":
            have = json.loads(current or "[]")
            if [fold(s) for s in have] != [fold(s) for s in value]:
                changes[name] = to_json(value)
            continue
        if current != value and not _breaks_lost(current, value) and not (name == "notes" and _among(value, current)):
            changes[name] = value
    return changes


def _among(value: str, current: Any) -> bool:
    """Every line of the file's notes ``value`` is a line of the notes here: the same notes, which another source of
    the same record made longer (SLiMS's backup adds a map's scale, a serial's frequency, an author's role to the
    notes its CSV export has): kept whole, not cut back to the file's."""
    have = {line.strip() for line in str(current or "").splitlines()}
    return all(line.strip() in have for line in str(value).splitlines() if line.strip())


def _breaks_lost(current: Any, value: Any) -> bool:
    """``value`` is ``current`` with its line breaks dropped or made spaces (SLiMS's MARC export drops a
    note's breaks): the same text, whose breaks a re-import keeps."""
    if not (isinstance(current, str) and isinstance(value, str) and "\n" in current):
        return False
    lines = [line.strip() for line in current.splitlines()]
    return value.strip() in ("".join(lines), " ".join(line for line in lines if line))


def _whole_title(fields: dict[str, Any]) -> str:
    """Title and subtitle as one text (``A : B``), spaces around the colon as ISBD writes them."""
    whole = " : ".join(part for part in (fields.get("title") or "", fields.get("subtitle") or "") if part)
    return " ".join(re.sub(r"\s*:\s*", " : ", whole).split())


def item_changes(row: dict[str, Any], incoming: dict[str, Any], type_id: int | None) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    soft = incoming.get("_soft", {})
    for name, value in incoming.items():
        if name in ("barcode", "collection_type", "_soft") or value in ("", None) or name not in row:
            continue
        current = row[name]
        if name == "status" and value == "available" and current == "on_loan":
            continue  # circulation owns "on loan"; a file saying "available" does not end a loan
        if name == "status" and value == "lost" and current == "missing":
            continue  # a copy the stock-take still looks for: SLiMS and MARC call it "Missing", lost
        if current in soft.get(name, ()):
            continue  # the file's value is vaguer than ours (SLiMS's "2" is a grant or a donation)
        if isinstance(current, date) and isinstance(value, str):
            current = current.isoformat()
        if name == "condition_note" and _status_then_note(value, incoming.get("status") or row.get("status"),
                                                          current):
            continue
        if current != value:
            changes[name] = value
    if type_id is not None and row.get("collection_type") != type_id:
        changes["collection_type"] = type_id
    return changes


def _status_then_note(remarks: str, status: str | None, note: str | None) -> bool:
    """Whether ``remarks`` are the copy's status and then its remarks here ("Hilang; sampul sobek"), as our buku
    induk (``catalog.accession_register``) writes a copy that is not on the shelf: nothing to change."""
    word, _, rest = remarks.partition(";")
    return status not in (None, "available") and STATUS_IN.get(fold(word)) == status and rest.strip() == (note or "")


def looks_like_uid(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text))
