"""The old system's file again, after work here: a library that imported its SLiMS (INLISLite, Excel) catalogue keeps
using the old system beside this one for a while, then imports its new export. What the librarian changed here since
the book came in (a title corrected, a class number set, a copy withdrawn) is never overwritten by the old system's
value, which is usually just the value it always had: the value here is kept and, where the file says something else,
the review list says so once, with the file's value as the suggestion (the file cannot tell whether the old system
changed the field too, so the librarian decides, never the import). And a row whose book was retitled here is still
that book: its copies say so (``record_of_copies``).

"Changed here" is read from the row's per-field versions (``store.write``): a field written after the row was inserted
has a version of its own; one an import wrote lies in that import's stretch of versions, which each import notes
(``note_import``, a local setting), so a former import's update (a copy SLiMS marked lost last month) is not taken
for the librarian's."""

from __future__ import annotations

import json
from typing import Any

from ..catalog import review
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store.batches import marks, parts
from ..store.hlc import TIME_ORDER
from ..store.models import CollectionType
from .matching import Catalogue, identity, rows_by_id, title_words
from .row_checks import looks_like_uid
from .types import BadRow, ImportPlan, Incoming, fold

KEPT_HERE = QT_TRANSLATE_NOOP(
    "Review", "{labels}: the file says {value}, but this was changed here after the book came in, so the value here "
              "({ours}) was kept. If the file's value is the right one, use it.")
ON_LOAN = QT_TRANSLATE_NOOP(
    "Review", "The file says this copy is {value}, but it is on loan here: it stays on loan. Check it in first if "
              "the file is right.")
DELETED_HERE = QT_TRANSLATE_NOOP(
    "Import", "The copies {barcodes} were deleted here earlier: the row was left out, so the book does not come back. "
              "If the library has it again, add it on the Katalog page.")
BARCODE_OF_ANOTHER = QT_TRANSLATE_NOOP(
    "Import", "The copy {barcode} was left out: a copy of another book here, {title}, has this barcode (each system "
              "gave it to a book of its own). Give one of them another barcode, then import again.")
MEMBERS_KEPT = QT_TRANSLATE_NOOP(
    "Import", "Members whose details were changed here since they came in (a renewal, a new phone or address): "
              "{count}. What was changed here was kept, not the file's older values: {names}.")
# the fields' names as the review list says them (a field not listed is named by its code)
LABELS = {
    "title": QT_TRANSLATE_NOOP("Review", "Title"), "subtitle": QT_TRANSLATE_NOOP("Review", "Subtitle"),
    "edition": QT_TRANSLATE_NOOP("Review", "Edition"), "publisher": QT_TRANSLATE_NOOP("Review", "Publisher"),
    "place": QT_TRANSLATE_NOOP("Review", "Place"), "year_text": QT_TRANSLATE_NOOP("Review", "Year"),
    "ddc": QT_TRANSLATE_NOOP("Review", "Class number"), "isbn": QT_TRANSLATE_NOOP("Review", "ISBN"),
    "authors": QT_TRANSLATE_NOOP("Review", "Authors"), "subjects": QT_TRANSLATE_NOOP("Review", "Subjects"),
    "language": QT_TRANSLATE_NOOP("Review", "Language"), "notes": QT_TRANSLATE_NOOP("Review", "Notes"),
    "series": QT_TRANSLATE_NOOP("Review", "Series"), "collation": QT_TRANSLATE_NOOP("Review", "Collation"),
    "call_number": QT_TRANSLATE_NOOP("Review", "Call number"), "location": QT_TRANSLATE_NOOP("Review", "Location"),
    "status": QT_TRANSLATE_NOOP("Review", "Copy status"), "price": QT_TRANSLATE_NOOP("Review", "Price"),
    "accession_no": QT_TRANSLATE_NOOP("Review", "Accession number"),
    "collection_type": QT_TRANSLATE_NOOP("Review", "Collection type"),
}
# fields the review list cannot write back (a list, an id): the flag names the file's value, the librarian edits
_NOT_WRITABLE = {"authors", "subjects", "collection_type", "source"}
# a field written with another and flagged under it (the year's number follows its text)
_FOLLOWS = {"year": "year_text"}


# the setting that holds each import's first and last version, as [from, to] (their time and counter: text order)
IMPORTS = "interop.import_versions"


def import_started(lib: Library) -> str:
    """A version before every version the import about to run writes (inside its transaction)."""
    return lib.hlc.tick()[TIME_ORDER]


def note_import(lib: Library, started: str) -> None:
    """That the versions from ``started`` to now were an import's (inside its transaction: a dry run notes none)."""
    set_setting(IMPORTS, [*get_setting(IMPORTS, []), [started, lib.hlc.tick()[TIME_ORDER]]])


def import_stretches() -> list[tuple[str, str]]:
    """The stretches of versions earlier imports wrote (``note_import``)."""
    return [(first, last) for first, last in get_setting(IMPORTS, [])]


def fields_changed_here(field_versions: str, imports: list[tuple[str, str]]) -> set[str]:
    """The fields written here after the row was inserted (an edit, a fix on the review list), not by an import."""
    if not field_versions:
        return set()
    try:
        versions = json.loads(field_versions)
    except ValueError:
        return set()
    if not isinstance(versions, dict):
        return set()
    return {name for name, version in versions.items()
            if name != "*" and not any(first <= str(version)[TIME_ORDER] <= last for first, last in imports)}


def keep_changed_here(current: dict[str, Any], changes: dict[str, Any], row: int, plan: ImportPlan,
                      imports: list[tuple[str, str]]) -> list[review.Flag]:
    """Take out of ``changes`` (the file's values that differ from ``current``, a row of the catalogue) each field
    changed here since the row came in, and a copy's status while it is on loan; returns the flags that say so.
    The plan counts the rows left so (``kept_here``)."""
    if not changes:  # (most rows of a file imported again: its versions need not be read)
        return []
    before = len(changes)
    here = fields_changed_here(current.get("field_versions") or "", imports)
    flags = []
    for name in list(changes):
        value = changes[name]
        if name == "status" and current.get("status") == "on_loan":
            del changes[name]  # (the desk owns a loan: a file does not end it)
            if value != "available":
                flags.append(review.Flag(reason="changed_here", field="", value=str(value), template=ON_LOAN,
                                         params={"value": value}, row=row))
            continue
        if _FOLLOWS.get(name, name) not in here:
            continue
        del changes[name]
        if name in _FOLLOWS or (name == "status" and value == "available"):
            continue  # (flagged with its text; SLiMS writes "available" for a copy it has no status for)
        flags.append(_kept_flag(name, _shown(name, value), _shown(name, current.get(name)), row))
    plan.kept_here += len(changes) < before
    return flags


def keep_member_fields(field_versions: str, changes: dict[str, Any], imports: list[tuple[str, str]]) -> list[str]:
    """Take out of a member's ``changes`` (the file's values) the fields changed here since the member came in (a
    membership renewed at the desk, a new phone): the old system's list still has the old ones. Returns their names.
    (The notes are merged, never replaced: the file's are added to them.)"""
    kept = sorted(fields_changed_here(field_versions, imports) & set(changes) - {"notes"})
    for name in kept:
        del changes[name]
    return kept


def deleted_here(cat: Catalogue, inc: Incoming, plan: ImportPlan) -> bool:
    """Whether every copy the row lists was deleted here (a book weeded since it came in): the row is left out and
    said, so the book does not come back to the catalogue without its copies. (Not a row of a file a Pustaka library
    wrote, which names its record by uid: that book comes back as a new record, flagged: ``ImportSession._uid``.)"""
    if not cat.dead_barcodes or not inc.items:  # (most libraries, and every first import: nothing deleted here)
        return False
    barcodes = [item.get("barcode", "") for item in inc.items]
    if looks_like_uid(inc.control) or not all(code in cat.dead_barcodes and code not in cat.barcodes
                                              for code in barcodes):
        return False
    plan.notices.append(BadRow(inc.row, DELETED_HERE, {"barcodes": ", ".join(barcodes)}, sheet=inc.sheet))
    return True


def title_to_check(inc: Incoming) -> str:
    """The title a row gives its copies' book, to tell whether a copy here with a barcode of the row is another
    book's (``another_books``)."""
    record = inc.checked.record if inc.checked is not None else inc.record
    return record.get("title", "") if record is not None else inc.record_title


def another_books(lib: Library, checks: list[tuple[int, str, int, str, int]], plan: ImportPlan) -> set[int]:
    """Of the copies here whose barcodes rows give a new book (or a copy of a title) -- (copy, the row's title, row,
    sheet, where in ``plan.left_out`` the row's copies left out go) -- those of another book, no word of the title
    shared: while both systems were used, each gave the barcode to a book of its own. Each such row's copy is then
    left out and said, in its row's place, and the copy here keeps its details. One query a batch of copies, not
    one a copy: a SLiMS items file names every copy by title. Returns the places in ``checks`` of those left out."""
    found: dict[int, tuple[str, str, str]] = {}
    copies = [copy for copy, *_ in checks]
    for part in parts(copies):
        found.update({copy: (title, subtitle or "", barcode) for copy, title, subtitle, barcode in lib.db.execute_sql(
            "SELECT i.id, r.title, r.subtitle, i.barcode FROM item i JOIN record r ON r.id = i.record_id "
            f"WHERE i.id IN ({marks(part)})", part)})
    others: set[int] = set()
    words_of: dict[tuple[str, str], set[str]] = {}
    for n, (copy, title, row, sheet, place) in enumerate(checks):
        held, subtitle, barcode = found[copy]
        if title and _shares_a_word(title, held, subtitle, words_of):
            continue
        plan.left_out.insert(place + len(others), BadRow(row, BARCODE_OF_ANOTHER, {"barcode": barcode, "title": held},
                                                         sheet=sheet))
        others.add(n)
    return others


def _shares_a_word(title: str, held: str, subtitle: str, words_of: dict[tuple[str, str], set[str]]) -> bool:
    """Whether ``title`` has a word of a record's title and subtitle (``title_words``); the record's words are
    read once a batch (its copies are often listed together). A row giving the record's title as SLiMS and this
    program write it, the common case, has them all: its own words need not be read."""
    words = words_of.get((held, subtitle))
    if words is None:
        words = words_of[(held, subtitle)] = title_words(fold(f"{held} {subtitle}"))
    if title == (f"{held} : {subtitle}" if subtitle else held):
        return bool(words)
    return bool(title_words(fold(title)) & words)


# a field emptied here, as the message names it ("the value here (empty) was kept", not "()")
EMPTY_HERE = QT_TRANSLATE_NOOP("Review", "empty")


def _kept_flag(name: str, value: str, ours: str, row: int) -> review.Flag:
    writable = name not in _NOT_WRITABLE
    return review.Flag(reason="changed_here", field=name if writable else "", value=value, template=KEPT_HERE,
                       params={"labels": [LABELS.get(name, name)], "value": value,
                               "ours": ours or {"template": EMPTY_HERE}},
                       suggestion=value if writable else "", row=row)


def _shown(name: str, value: Any) -> str:
    """A value as the librarian reads it: the names of a list, a collection type's name."""
    if value in (None, ""):
        return ""
    if name in ("authors", "subjects"):
        items = json.loads(value) if isinstance(value, str) else value
        return "; ".join(item.get("name", "") if isinstance(item, dict) else str(item) for item in items)
    if name == "collection_type":
        found = CollectionType.get_or_none(CollectionType.id == value)
        return found.name if found is not None else str(value)
    return str(value)


def record_of_copies(lib: Library, cat: Catalogue, items: list[dict[str, Any]], ident: str,
                     isbn: str) -> int | None:
    """The record here whose copies a row lists, when its description no longer finds it: the title was corrected
    here, and the old system's file (a buku induk kept on) still has the old one. The copies are known by barcode,
    or by an accession number only one copy here carries, of a book by the same authors. Only one record, and only
    when the title keeps half its words or the ISBN is the same: a barcode typed on the wrong book, or a buku induk
    numbered from 1 again, does not merge two books. A row naming the first author alone (a buku induk's) is
    by the same authors."""
    if not cat.copy_counts:  # (no copy was here before this import: every first import)
        return None
    copies = [cat.barcodes.get(item.get("barcode", "")) for item in items if item.get("barcode")]
    numbered = {cat.holder_of_number(item["accession_no"]) for item in items
                if item.get("accession_no") and not item.get("barcode")}
    found = _records_of(lib, [copy for copy in copies if isinstance(copy, int)][:500])
    found |= {rid: row for rid, row in _records_by_id(lib, [rid for rid in numbered if rid is not None]).items()
              if _authors_of(ident) in (_authors_of(identity(row)), _authors_of(identity(row)).split(";")[0])}
    if len(found) != 1:
        return None
    ((rid, row),) = found.items()
    ours, theirs = title_words(identity(row)), title_words(ident)
    kept_words = len(ours & theirs) * 2 >= min(len(ours), len(theirs)) > 0
    return rid if kept_words or (isbn and isbn == row["isbn"]) else None


_DESCRIBED = ("id", "title", "subtitle", "edition", "year", "publisher", "authors", "series", "isbn")


def _records_of(lib: Library, copies: list[int]) -> dict[int, dict[str, Any]]:
    """The live records of these copies, by id."""
    return _records_by_id(lib, list({row["record_id"] for row in rows_by_id(lib, "item", ["record_id"], copies)}))


def _records_by_id(lib: Library, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The live records of these ids, by id."""
    return {row["id"]: row for row in rows_by_id(lib, "record", [*_DESCRIBED, "deleted"], ids) if not row["deleted"]}


def _authors_of(ident: str) -> str:
    """The authors' part of an ``identity`` key."""
    return ident.split("\x1f")[4]
