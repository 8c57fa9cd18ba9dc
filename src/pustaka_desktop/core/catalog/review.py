"""The review list ("Perlu diperiksa"): fields that came in as written but did not pass a check.

An import never drops a record for one field (DESIGN.md, data rules): a class number it cannot read,
an ISBN with a wrong check digit, an unknown language, an impossible year, a possible duplicate... is
kept as written and *flagged* here, with the reason and, where one can be guessed, a suggested
correction. The librarian fixes each flag in place (the suggestion or a value of their own, checked by
the catalogue's rules) or keeps the value as it is; one by one or in bulk. The dashboard shows the
count of open flags until it is zero.

Public (every function takes ``lib`` first):
- ``REASONS``                                          what a flag is about (every kind, whoever raises it)
- ``Flag``                                             one flag to add (what a format or check found)
- ``add(lib, flags, origin)`` -> int                   write flags (inside the caller's transaction)
- ``open_count(lib, reason="")`` -> int;  ``counts_by_reason(lib)``
- ``open_flags(lib, reason="", limit, offset, ids)`` -> list[Entry]   for the list page and the CLI
- ``fix(lib, by, flag_id, value=None)``               set the field (the suggestion when no value)
- ``keep(lib, by, flag_id)``                           the value is right as it is
- ``note_isbn(lib, by, record)``                      after the record form wrote an ISBN: one kept as printed
                                                       with a wrong check digit is listed, a right one settles
- ``fix_many(lib, by, ids)`` / ``keep_many(lib, by, ids)``  in bulk; returns (done, not done)
- ``CHECK_EACH``; ``bulk_ids(lib, reason="")``          what "use all suggestions" may apply: never a guess
                                                       that only the book can confirm (an ISBN's check digit)
- ``reopen(lib, by, ids)``                             undo "keep as written": the flags are open again
- ``EMPTY``; ``Entry.shown_suggestion(translate)``    a suggestion to leave the field empty, and how it reads
- ``class_suggestion(written)``                        a kept class field's suggestion (what an import suggests)
- ``SUGGESTION_RULES``                                 after an update the open flags an older version left without a
                                                       suggestion get today's, once (``suggestions_current``)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from typing import Any

from .. import auth
from ..errors import NotFound, PustakaError, ValidationError, render
from ..formatting import Day, parse_date
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Progress, counted
from ..service import Library
from ..store.batches import parts
from ..store.models import Item, Record, ReviewFlag, Staff
from . import classnumber

# code -> short label (context "Review"); the message of one flag is its own template + params
REASONS: dict[str, str] = {
    "ddc": QT_TRANSLATE_NOOP("Review", "Class number"),
    "isbn": QT_TRANSLATE_NOOP("Review", "ISBN"),
    "issn": QT_TRANSLATE_NOOP("Review", "ISSN"),
    "language": QT_TRANSLATE_NOOP("Review", "Language"),
    "year": QT_TRANSLATE_NOOP("Review", "Year"),
    "material_type": QT_TRANSLATE_NOOP("Review", "Material type"),
    "audience": QT_TRANSLATE_NOOP("Review", "Audience"),
    "collection_type": QT_TRANSLATE_NOOP("Review", "Collection type"),
    "duplicate": QT_TRANSLATE_NOOP("Review", "Possible duplicate"),
    "copy": QT_TRANSLATE_NOOP("Review", "Copy"),
    "date": QT_TRANSLATE_NOOP("Review", "Date"),
    "price": QT_TRANSLATE_NOOP("Review", "Price"),
    "status": QT_TRANSLATE_NOOP("Review", "Copy status"),
    # letters not as typed: a CSV saved in a code page without them (question marks), a record's code page
    "encoding": QT_TRANSLATE_NOOP("Review", "Text encoding"),
    # a file imported again would change what was changed here since (core/interop/changed_here.py)
    "changed_here": QT_TRANSLATE_NOOP("Review", "Changed here, the file differs"),
    # a CSV cell starting with a quote mark that never closes (core/interop/text_rows.py)
    "quote": QT_TRANSLATE_NOOP("Review", "Quotation mark"),
    # a cell that starts like a spreadsheet formula; a publisher written with its place or year (interop/row_checks)
    "formula": QT_TRANSLATE_NOOP("Review", "Spreadsheet formula"),
    "publisher": QT_TRANSLATE_NOOP("Review", "Publisher"),
}
# (all here, not added by the modules that raise them: the list and its filter are shown before any import ran, and
# the modules of the imports are loaded when one starts; a kind added by its module showed as its code, "formula")

# A suggestion to leave the field empty (a class field holding "-", "umum" or "PDF": no class number at all), told
# apart from no suggestion (""). No value a field takes is this sign alone; it is shown as words (LEAVE_EMPTY).
EMPTY = "\u2205"
LEAVE_EMPTY = QT_TRANSLATE_NOOP("Review", "(leave empty)")

_RECORD_FIELDS = {"title", "subtitle", "responsibility", "edition", "isbn", "issn", "material_type", "publisher",
                  "place", "year_text", "collation", "series", "language", "ddc", "notes", "audience"}
_ITEM_FIELDS = {"barcode", "accession_no", "call_number", "location", "source_detail", "supplier", "order_no",
                "invoice", "condition_note", "price", "received_on", "order_date", "invoice_date", "status"}
_DAY_FIELDS = {"received_on", "order_date", "invoice_date"}

# A flag's params are stored as JSON, language-free: a day among them is ISO text under one of these names
# ({"day": "2019-03-01"}), and the list shows it as people here read dates (01-03-2019: ``formatting.Day``).
# A suggestion for a copy's date is ISO too, shown the same way; typed back day first, it is read so.
DAY_PARAMS = frozenset({"date", "day"})
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# What a class cell holds when the book has no class number: a dash, a zero, "umum" (general), "tidak ada", the
# file type of an e-book; the suggestion is to leave the class empty (a label then shows no class, not "umum")
NO_CLASS = frozenset({"-", "--", "\u2013", "\u2014", ".", "0", "00", "x", "?", "umum", "pdf", "epub", "n/a", "na",
                      "tidak ada", "tdk ada", "kosong", "none", "nil"})


def class_suggestion(written: str) -> str:
    """The suggestion for a class field kept as written: ``EMPTY`` for one that names no class, the class number
    in it (``classnumber.suggest``: a whole call number, a missing point), else ''."""
    if " ".join(str(written or "").lower().split()) in NO_CLASS:
        return EMPTY
    return classnumber.suggest(str(written or ""))


SUGGESTIONS_SETTING = "review.suggestion_rules"  # the rules the open flags' suggestions were made by
# 2: a class field holding a call number whatever its author mark (F DIN a, 005.13/3 W.M p, 333.7 PEN ر) or naming
# no class ("-", "umum") is suggested its class or empty (``class_suggestion``); 1: before (no suggestion); 3: a class
# Excel saved without its zeros in front (5.133) is suggested with them (005.133); 4: a call number typed with slashes
# (899.2213/HIR/l, R 030/ENS/e) is suggested its class
SUGGESTION_RULES = 4


def suggestions_current(lib: Library) -> None:
    """Once after an update (``SUGGESTION_RULES``), the open class number flags an older version wrote without a
    suggestion get the one an import makes now. Open ones only: what the librarian fixed or kept stays as they left
    it. Any other suggestion is its import's own (an INLISLite class's edition: the import saw more than the value).
    Stored once, not worked out at each read: the list, its count of suggestions and a bulk fix read 40,000 flags."""
    from ..settings import get_setting, set_setting

    if get_setting(SUGGESTIONS_SETTING, 1) == SUGGESTION_RULES:
        return
    with lib.transaction():
        _suggest_classes(_OPEN)
        set_setting(SUGGESTIONS_SETTING, SUGGESTION_RULES)


def _suggest_classes(where: Any) -> None:
    """Today's suggestion on the class number flags of ``where`` that have none."""
    found: dict[str, list[int]] = {}
    for flag_id, value in ReviewFlag.select(ReviewFlag.id, ReviewFlag.value).where(
            where & (ReviewFlag.reason == "ddc") & (ReviewFlag.field_name == "ddc") & (ReviewFlag.suggestion == "")
    ).tuples():
        suggestion = class_suggestion(value)
        if suggestion:
            found.setdefault(suggestion, []).append(flag_id)
    for suggestion, ids in found.items():
        for part in parts(ids):
            ReviewFlag.update(suggestion=suggestion).where(ReviewFlag.id.in_(part)).execute()


def _as_day(text: Any) -> Any:
    """``text`` as a ``Day`` when it is an ISO day ("2019-03-01"), else as it is."""
    if isinstance(text, str) and _ISO_DAY.fullmatch(text):
        try:
            return Day.of(date.fromisoformat(text))
        except ValueError:
            pass
    return text


@dataclass
class Flag:
    """One thing to look at. ``template``/``params``/``context``: the message, translatable.
    ``field``: the record's (or, with ``item``, the copy's) field that a fix writes ('' when a fix
    writes nothing, e.g. a possible duplicate). A param ``labels`` may be a list of texts marked for translation
    in ``context`` (the fields a possible duplicate lacks): shown translated, joined by commas. A day is given as
    ISO text under a name of ``DAY_PARAMS`` (``date``, ``day``): shown day first. A param that is a dict
    ``{"template": ..., "params": {...}}`` is a phrase of its own, translated in ``context`` and filled in."""

    reason: str
    field: str
    value: str
    template: str
    params: dict[str, Any] = dc_field(default_factory=dict)
    suggestion: str = ""
    context: str = "Review"
    record: int | None = None
    item: int | None = None
    row: int = 0
    sheet: str = ""  # the sheet of a workbook of several: named after the import's origin


ROWS_OF_A_SHEET = frozenset({"xlsx", "csv", "slims-biblio", "slims-item"})  # imports whose rows are a sheet's
PLACE_IN_FILE = QT_TRANSLATE_NOOP("Review", "{file}, row {row}")
PLACE_IN_SHEET = QT_TRANSLATE_NOOP("Review", "{file}, sheet {sheet}, row {row}")


@dataclass
class Entry:
    """An open flag as the list shows it."""

    id: int
    reason: str
    field: str
    value: str
    template: str
    params: dict[str, Any]
    context: str
    suggestion: str
    record_id: int | None
    item_id: int | None
    title: str
    barcode: str
    origin: str
    row: int
    material_type: str = "book"  # of the record: a print book and its e-book flagged as alike are told apart

    def shown_suggestion(self, translate=lambda context, text: text) -> str:
        """The suggestion as the list shows it: "(leave empty)" for ``EMPTY``."""
        if self.suggestion == EMPTY:
            return translate("Review", LEAVE_EMPTY)
        return f"{_as_day(self.suggestion)}" if self.field in _DAY_FIELDS else self.suggestion

    def place(self, translate=lambda context, text: text) -> str:
        """Where in its file the value stands ("buku induk.xlsx, sheet 2019, row 12"), for the librarian who
        corrects her workbook too; "" for a flag not raised by a file's row (a form, a check)."""
        parts = self.origin.split(" · ")  # (an import's origin: format · file · time [· sheet])
        if self.row <= 0 or len(parts) < 3 or not self.of_a_sheet:
            return ""  # (a MARC record's or a database dump's number is no row she can find)
        return render("Review", PLACE_IN_SHEET if self.sheet else PLACE_IN_FILE,
                      {"file": parts[1], "sheet": self.sheet, "row": self.row}, translate)

    @property
    def of_a_sheet(self) -> bool:
        """Whether an import of rows of a sheet raised it (a spreadsheet, SLiMS's CSV: ``ROWS_OF_A_SHEET``), whose row
        numbers she finds in her file."""
        return self.origin.split(" · ", 1)[0] in ROWS_OF_A_SHEET

    @property
    def sheet(self) -> str:
        """The sheet of a workbook of several its row is in ("" for any other)."""
        parts = self.origin.split(" · ")
        return " · ".join(parts[3:]) if len(parts) > 3 and self.of_a_sheet else ""

    def _shown(self, name: str, value: Any, translate) -> Any:
        """A param as the message shows it: a day day first, a phrase of its own (a dict) translated."""
        if name in DAY_PARAMS:
            return _as_day(value)
        if isinstance(value, dict) and "template" in value:
            return render(self.context, value["template"], value.get("params", {}), translate)
        return value

    def raised_by(self, origin: str) -> bool:
        """Whether the import of ``origin`` (``ImportPlan.origin``) raised it: a workbook's flags name their sheet
        after it (``add``)."""
        return self.origin == origin or self.origin.startswith(origin + " · ")

    def message(self, translate=lambda context, text: text) -> str:
        params = {name: self._shown(name, value, translate) for name, value in self.params.items()}
        if isinstance(params.get("labels"), list):  # (a Flag's ``labels``: each in the reader's language)
            params = {**params, "labels": ", ".join(translate(self.context, label) for label in params["labels"])}
        return render(self.context, self.template, params, translate)


def add(lib: Library, flags: Iterable[Flag], origin: str = "") -> list[Flag]:
    """Write flags (inside the caller's transaction, an import's); returns the ones written. A flag
    the list already has, open or settled (the same record or copy, reason, field and value: a
    re-import of the same file), is not written again: a value the librarian kept stays kept."""
    flags = list(flags)
    records = {f.record for f in flags if f.record is not None}
    seen: set[tuple[Any, ...]] = set()
    ids = list(records)
    for part in parts(ids):
        for key in (ReviewFlag.select(ReviewFlag.record, ReviewFlag.item, ReviewFlag.reason, ReviewFlag.field_name,
                                      ReviewFlag.value).where(ReviewFlag.record.in_(part)).tuples()):
            seen.add(key)
    fresh = []
    for f in flags:
        key = (f.record, f.item, f.reason, f.field, _as_flagged(f.value))
        if key not in seen:
            seen.add(key)
            fresh.append(f)
    flags = fresh
    now = lib.clock.now()
    rows = [{"reason": f.reason, "field_name": f.field, "value": _as_flagged(f.value), "template": f.template,
             "params": json.dumps(f.params, ensure_ascii=False, default=str), "context": f.context,
             "suggestion": f.suggestion or "", "record": f.record, "item": f.item,
             "origin": f"{origin} · {f.sheet}" if f.sheet else origin, "row": f.row,
             "created_at": now} for f in flags]
    for part in parts(rows):
        ReviewFlag.insert_many(part).execute()
    return flags


_OPEN = ReviewFlag.resolved_at.is_null()


def open_count(lib: Library, reason: str = "") -> int:
    where = _OPEN & (ReviewFlag.reason == reason) if reason else _OPEN
    return ReviewFlag.select().where(where).count()


def counts_by_reason(lib: Library) -> dict[str, int]:
    from peewee import fn

    return {reason: n for reason, n in ReviewFlag.select(ReviewFlag.reason, fn.COUNT(ReviewFlag.id))
            .where(_OPEN).group_by(ReviewFlag.reason).tuples()}


# Reasons whose suggestion is a guess only the book can confirm, never applied in bulk: an ISBN's recomputed
# check digit makes a valid ISBN, but most typing slips are in another digit (then it is another book's ISBN),
# and many Indonesian books are printed with a wrong check digit (then the record no longer matches the
# barcode scanned from the book). One by one, with the book in hand, the suggestion is still offered.
CHECK_EACH = frozenset({"isbn"})


def bulk_ids(lib: Library, reason: str = "") -> list[int]:
    """The open flags "use all suggestions" applies (of one kind, or all), oldest first: every one of them, not
    only the ones a list has loaded; those without a suggestion stay on the list. A guess to check against the
    book (``CHECK_EACH``) only when its kind is named: all of a kind is a choice, all of everything is not."""
    suggestions_current(lib)
    where = _OPEN & (ReviewFlag.suggestion != "")
    if reason:
        where &= ReviewFlag.reason == reason
    else:
        where &= ReviewFlag.reason.not_in(list(CHECK_EACH))
    return [flag_id for (flag_id,) in ReviewFlag.select(ReviewFlag.id).where(where).order_by(ReviewFlag.id).tuples()]


def last_id(lib: Library) -> int:
    """The newest flag's id (0: none yet): what an import flags next is after it (``raised_since``)."""
    return lib.db.execute_sql("SELECT coalesce(max(id), 0) FROM review_flag").fetchone()[0]


def raised_since(lib: Library, after: int, origin: str) -> list[Entry]:
    """The open flags the import of ``origin`` wrote after the flag ``after`` (``last_id`` when it began)."""
    return [entry for entry in open_flags(lib, limit=-1, after=after) if entry.raised_by(origin)]


def open_flags(lib: Library, reason: str = "", limit: int = 500, offset: int = 0,
               ids: Iterable[int] | None = None, after: int = 0) -> list[Entry]:
    """Open flags, oldest first, with their record's title and copy's barcode (``limit`` -1: all); ``after``: only
    those newer than that flag."""
    suggestions_current(lib)
    where = ["f.resolved_at IS NULL"]
    params: list[Any] = []
    if after:
        where.append("f.id > ?")
        params.append(after)
    if reason:
        where.append("f.reason = ?")
        params.append(reason)
    if ids is not None:
        wanted = [int(i) for i in ids]
        if not wanted:
            return []
        where.append(f"f.id IN ({', '.join('?' * len(wanted))})")
        params.extend(wanted)
    cursor = lib.db.execute_sql(
        "SELECT f.id, f.reason, f.field_name, f.value, f.template, f.params, f.context, f.suggestion, f.record_id, "
        "f.item_id, coalesce(r.title, ''), coalesce(i.barcode, ''), f.origin, f.row, coalesce(r.material_type, "
        "'book') FROM review_flag f "
        "LEFT JOIN record r ON r.id = f.record_id LEFT JOIN item i ON i.id = f.item_id "
        f"WHERE {' AND '.join(where)} ORDER BY f.id LIMIT ? OFFSET ?", [*params, limit, offset])
    return [Entry(id=row[0], reason=row[1], field=row[2], value=row[3], template=row[4],
                  params=json.loads(row[5] or "{}"), context=row[6], suggestion=row[7], record_id=row[8],
                  item_id=row[9], title=row[10], barcode=row[11], origin=row[12], row=row[13], material_type=row[14])
            for row in cursor]


def open_flag(flag_id: int) -> ReviewFlag:
    """The open flag ``flag_id`` (NotFound: settled, or none)."""
    flag = ReviewFlag.get_or_none((ReviewFlag.id == flag_id) & _OPEN)
    if flag is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No open review item {id}."), id=flag_id)
    return flag


def _resolve(lib: Library, by: Staff, flag: ReviewFlag, how: str) -> None:
    ReviewFlag.update(resolved_at=lib.clock.now(), resolved_by=by.username, resolution=how).where(
        ReviewFlag.id == flag.id).execute()


# A material type as the librarian types it on the list: our code, its name in English or Indonesian
_MATERIAL_WORDS = {"book": "book", "buku": "book", "magazine": "magazine", "majalah": "magazine",
                   "newspaper": "newspaper", "surat kabar": "newspaper", "koran": "newspaper", "av": "av",
                   "audio-visual": "av", "audio visual": "av", "audiovisual": "av", "ebook": "ebook", "e-book": "ebook",
                   "buku elektronik": "ebook", "other": "other", "lainnya": "other"}
# ... and readers, as the record form names them in English or Indonesian
_AUDIENCE_WORDS = {"children": "children", "anak-anak": "children", "anak anak": "children", "anak": "children",
                   "teen": "teen", "teens": "teen", "remaja": "teen", "adult": "adult", "adults": "adult",
                   "dewasa": "adult", "umum": "adult"}


def _copies_up_to(lib: Library, by: Staff, record: Record, typed: str) -> None:
    """A row's count of copies the import could not read, typed on the list: the record gets the copies it lacks."""
    from .copies import add_copies, items_of

    count = str(typed).strip()
    if not count.isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Type the number of copies as digits, for example 2."),
                              field="value")
    missing = int(count) - len(items_of(record))
    if missing > 0:
        add_copies(lib, by, record, missing)


def fix(lib: Library, by: Staff, flag_id: int, value: str | None = None, audited: bool = True) -> None:
    """Write ``value`` (or the flag's suggestion) into the flagged field, through the catalogue's own
    checks (a still-bad value raises ValidationError and the flag stays open), and close the flag. ``value``
    "" empties the field (a class number that is none: "-", "umum"). In the audit log unless ``audited`` is
    False (``fix_many`` writes one entry for all)."""
    from . import records
    from .copies import update_item

    auth.require(by, "catalog.edit")
    flag = open_flag(flag_id)
    target = flag.field_name or ""
    if value is None and not flag.suggestion:  # (a flag by number, the list never read since the update)
        suggestions_current(lib)
        flag = open_flag(flag_id)
    new = flag.suggestion if value is None else value
    new = "" if new == EMPTY else new  # (an empty value typed on the list empties the field too)
    if target == "material_type":
        new = _MATERIAL_WORDS.get(" ".join(new.lower().split()), new)
    if target == "audience":
        new = _AUDIENCE_WORDS.get(" ".join(new.lower().split()), new)
    if target in _DAY_FIELDS and new:  # (typed as the list shows it, 12-03-2015; the copy's check refuses the rest)
        try:
            new = parse_date(new).isoformat()
        except ValueError:
            pass
    if not target:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This item has nothing to write back (a possible duplicate, a new collection type): keep it "
                      "when it is right, or change the record itself."), field="value")
    with lib.transaction():
        if target:
            if value is None and not flag.suggestion:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "There is no suggested correction for this item: type the right value, or keep "
                              "the value as it is."), field="value")
            item_id = flag.__data__.get("item")
            record_id = flag.__data__.get("record")
            if item_id is not None and target in _ITEM_FIELDS:
                item = Item.get_by_id(item_id)
                update_item(lib, by, item, **{target: new})
            elif record_id is not None and target in _RECORD_FIELDS:
                record = Record.get_by_id(record_id)
                records.update_record(lib, by, record, **{target: new})
            elif record_id is not None and target == "copies":
                _copies_up_to(lib, by, Record.get_by_id(record_id), new)
        close_same(lib, by, flag, "fixed")
        if audited:
            _audit_fix(lib, by, flag, new)


def close_same(lib: Library, by: Staff, flag: ReviewFlag, how: str) -> None:
    """Closes ``flag``, and the same field of the same record or copy flagged again (a re-import) with it."""
    _resolve(lib, by, flag, how)
    if not flag.field_name:
        return
    same = (ReviewFlag.record == flag.__data__.get("record")) & (ReviewFlag.field_name == flag.field_name) & _OPEN
    if flag.__data__.get("item") is not None:
        same &= ReviewFlag.item == flag.__data__.get("item")
    ReviewFlag.update(resolved_at=lib.clock.now(), resolved_by=by.username, resolution=how).where(same).execute()


def _audit_fix(lib: Library, by: Staff, flag: ReviewFlag, new: str) -> None:
    """One fix in the audit log: what kind, the value as written and the value now, on the copy or record."""
    item_id, record_id = flag.__data__.get("item"), flag.__data__.get("record")
    item = Item.get_by_id(item_id) if item_id is not None else None
    record = Record.get_by_id(record_id) if record_id is not None and item is None else None
    entity, uid = ("item", item.uid) if item else ("record", record.uid) if record else ("", "")
    auth.audit(lib, by, "catalog.review_fix", entity, uid, checked=flag.reason, old=flag.value, new=new,
               barcode=item.barcode if item else "")


def keep(lib: Library, by: Staff, flag_id: int) -> None:
    """The value is right as it is (or the two records really are different books): close the flag."""
    auth.require(by, "catalog.edit")
    flag = open_flag(flag_id)
    with lib.transaction():
        _resolve(lib, by, flag, "kept")


PRINTED_ISBN_FLAG = QT_TRANSLATE_NOOP(
    "Review", "ISBN {isbn} was kept as printed in the book, but its check digit does not fit: check the book. "
              "With the right check digit it would be {suggestion}.")


def note_isbn(lib: Library, by: Staff, record: Record) -> None:
    """The record form wrote ``record``'s ISBN (inside its transaction). One kept as printed with a wrong check
    digit goes on the list like an import's (the dashboard counts it); a right one (or none) written over a
    flagged one settles its flags: the count must not keep an ISBN the librarian has since typed right."""
    from .isbn import corrected_isbn, is_valid_isbn

    isbn = record.isbn or ""
    if isbn and not is_valid_isbn(isbn):
        suggestion = corrected_isbn(isbn)
        add(lib, [Flag(reason="isbn", field="isbn", value=isbn, template=PRINTED_ISBN_FLAG,
                       params={"isbn": isbn, "suggestion": suggestion}, suggestion=suggestion, record=record.id)],
            origin=f"record form · {by.username} · {lib.clock.now().strftime('%Y-%m-%d %H:%M')}")
        return
    ReviewFlag.update(resolved_at=lib.clock.now(), resolved_by=by.username, resolution="fixed").where(
        (ReviewFlag.record == record.id) & (ReviewFlag.field_name == "isbn") & ReviewFlag.item.is_null() & _OPEN
    ).execute()


def settle_rewritten(lib: Library, by: Staff | None, changes: dict[int, dict[str, Any]], of_copies: bool = False) -> int:
    """An import wrote the fields ``changes`` ({record or copy id: {field: value}}) anew, over values it had flagged
    before: the librarian corrected her file and imported it again. The open flags about those fields whose value
    is no longer the field's are settled ("fixed", by her), as the record form settles an ISBN typed right
    (``note_isbn``); one about the very value written stays. Returns how many."""
    stale = [flag_id for flag_id, rid, name, value in _about_fields(changes, of_copies, _OPEN)
             if name in changes[rid] and value != _as_flagged(changes[rid][name])]
    for part in parts(stale):
        ReviewFlag.update(resolved_at=lib.clock.now(), resolved_by=by.username if by else "", resolution="fixed").where(
            ReviewFlag.id.in_(part)).execute()
    return len(stale)


def reopen_restored(lib: Library, restored: dict[int, dict[str, Any]], of_copies: bool = False) -> int:
    """An import undone put back the fields ``restored`` ({record or copy id: {field: value}}): the items settled
    about the very value put back are open again (``settle_rewritten`` had settled them when the import wrote
    another); one the librarian kept as written stays kept. Returns how many."""
    back = [flag_id for flag_id, rid, name, value in _about_fields(restored, of_copies, ReviewFlag.resolution == "fixed")
            if name in restored[rid] and value == _as_flagged(restored[rid][name])]
    for part in parts(back):
        ReviewFlag.update(resolved_at=None, resolved_by="", resolution="").where(ReviewFlag.id.in_(part)).execute()
    return len(back)


def _about_fields(fields_of: dict[int, dict[str, Any]], of_copies: bool, state: Any) -> list[tuple[int, int, str, str]]:
    """(flag, record or copy, field, value as flagged) of the flags in ``state`` about a field named in ``fields_of``
    ({record or copy id: {field: value}}) of those records (their own, not their copies') or copies."""
    column = ReviewFlag.item if of_copies else ReviewFlag.record
    names = list({name for fields in fields_of.values() for name in fields})
    found: list[tuple[int, int, str, str]] = []
    for part in parts(list(fields_of)):
        where = state & column.in_(part) & ReviewFlag.field_name.in_(names)
        if not of_copies:
            where &= ReviewFlag.item.is_null()
        query = ReviewFlag.select(ReviewFlag.id, column, ReviewFlag.field_name, ReviewFlag.value).where(where)
        found.extend(query.tuples())
    return found


def _as_flagged(value: Any) -> str:
    """A field's value as a flag keeps it (``add``)."""
    return str(value or "")[:2000]


FIX_PART = 200  # flags fixed in one transaction
FIX_SAID = 20  # flags fixed between two words of progress
FIXING = QT_TRANSLATE_NOOP("Progress", "{done} of {total} fields")


def fix_many(lib: Library, by: Staff, ids: Iterable[int],
             progress: Progress | None = None) -> tuple[int, list[tuple[int, PustakaError]]]:
    """Apply the suggestion of each flag that has one; returns (fixed, [(id, why not)]). ``progress`` says how
    many are done in words ("312 dari 4.000": a bar alone told a librarian with 4,000 on an old PC nothing).
    Written in parts of ``FIX_PART`` (each fix its own savepoint): thousands of class numbers are not
    thousands of commits, each waiting for the disk."""
    auth.require(by, "catalog.edit")
    ids = list(ids)
    kinds = {reason for part in parts(ids) for (reason,) in ReviewFlag.select(ReviewFlag.reason).where(
        ReviewFlag.id.in_(part)).distinct().tuples()}
    done, failed = 0, []
    try:
        for start in range(0, len(ids), FIX_PART):
            with lib.transaction():
                for index, flag_id in enumerate(ids[start:start + FIX_PART], start):
                    if progress is not None and index % FIX_SAID == 0:
                        progress(index / len(ids), counted(FIXING, index, len(ids)))
                    try:
                        fix(lib, by, flag_id, audited=False)
                        done += 1
                    except PustakaError as exc:
                        failed.append((flag_id, exc))
    finally:  # one entry for the whole action, also when it stopped half way (what was written stays written)
        if done:
            auth.audit(lib, by, "catalog.review_fix_all", "", "", fixed=done, not_fixed=len(failed),
                       checked=kinds.pop() if len(kinds) == 1 else "")
    return done, failed


def keep_many(lib: Library, by: Staff, ids: Iterable[int]) -> int:
    auth.require(by, "catalog.edit")
    ids = list(ids)
    kept = 0
    with lib.transaction():
        for part in parts(ids):
            kept += ReviewFlag.update(resolved_at=lib.clock.now(), resolved_by=by.username, resolution="kept").where(
                ReviewFlag.id.in_(part) & _OPEN).execute()
    return kept


def reopen(lib: Library, by: Staff, ids: Iterable[int]) -> int:
    """Undo "keep as written" (a bulk keep pressed on the wrong rows): the flags kept are open again.
    A flag fixed meanwhile stays fixed: its record holds the new value."""
    auth.require(by, "catalog.edit")
    ids = list(ids)
    reopened = 0
    with lib.transaction():
        for part in parts(ids):
            reopened += ReviewFlag.update(resolved_at=None, resolved_by="", resolution="").where(
                ReviewFlag.id.in_(part) & (ReviewFlag.resolution == "kept")).execute()
            _suggest_classes(ReviewFlag.id.in_(part))  # (kept before an update: open again, today's suggestion)
    return reopened
