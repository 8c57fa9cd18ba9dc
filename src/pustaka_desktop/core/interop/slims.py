"""SLiMS CSV, the bibliography and item files of SLiMS (Senayan Library Management System): what their
fields mean, read (``read_biblio``, ``read_items``) and written (``export_biblio``, ``export_items``).
The column order is fixed (SLiMS reads by position). The lines and their fields, SLiMS's quoting and
escapes, are ``slims_csv``'s; the line breaks an old export turned into the letters "rn" are ``slims_breaks``'s
(put back where certain, flagged with a suggestion where likely).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .. import auth
from ..catalog import classnumber
from ..catalog.callnumber import derive_call_number
from ..catalog.review import Flag
from ..errors import Cancelled
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.files import atomic_write, make_folder, write_bytes
from ..store.models import CollectionType, Item, Record, Staff
from . import sheets, slims_breaks, slims_csv, slims_one_column
from .catalogue_row import lost_script
from .dates import parse_date
from .prices import parse_price
from .sheet_values import NOTHING
from .slims_csv import escaped_line, multi
from .types import (
    ANY_VALUE,
    EVERY_VALUE,
    LANGUAGE_NAMES,
    BadRow,
    Cancel,
    Incoming,
    Progress,
    RowError,
    clean,
    kept_as_written,
    language_code,
    soft,
    split_isbn_issn,
)
from .vocabulary import (
    STATUS_OUT,
    material_code,
    names_only_a_status,
    other_money,
    source_code,
    source_detail,
    status_of_name,
)

BIBLIO_COLUMNS = ("title", "gmd_name", "edition", "isbn_issn", "publisher_name", "publish_year", "collation",
                  "series_title", "call_number", "language_name", "place_name", "classification", "notes", "image",
                  "sor", "authors", "topics", "item_code")
ITEM_COLUMNS = ("item_code", "call_number", "coll_type_name", "inventory_code", "received_date", "supplier_name",
                "order_no", "location_name", "order_date", "item_status_name", "site", "source", "invoice", "price",
                "price_currency", "invoice_date", "input_date", "last_update", "title")

# material type <-> SLiMS GMD (general material designation); SLiMS creates a GMD it does not know.
GMD_OUT = {"book": "Text", "magazine": "Majalah", "newspaper": "Surat Kabar", "av": "Multimedia",
           "ebook": "Electronic Resource", "other": "Other"}
# SLiMS's own language list names English "English" (and Indonesian "Indonesia"); the rest as Perpusnas does
SLIMS_LANGUAGES = {**LANGUAGE_NAMES, "eng": "English"}
# SLiMS's 2 is "Prize/Grant" (a grant or a gift); another source is its 0, none chosen, read back as "other"
SOURCE_OUT = {"purchase": "1", "grant": "2", "donation": "2", "other": "0"}
# an item row's own field (a backup's, not the CSV's): "1" when SLiMS's rules for its status forbid lending it
NO_LOAN = "item_status_no_loan"


# --- reading --------------------------------------------------------------------------------------


# (one for every copy: read, never changed). The biblio file says nothing of how a copy came: "other", not
# known, which the item file's source (or the librarian) replaces. Its call number is the record's, for a new
# copy: a copy here keeps its own, an empty one too (it shows its record's, which our export wrote there)
_LISTED_COPY = MappingProxyType({"call_number": EVERY_VALUE, "source": ANY_VALUE})


def biblio_row(f: dict[str, str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    # "-" typed for no publisher, place, author... (SLiMS's lists keep a publisher "-" made so): none; a title "-"
    # stays, so its record and copies come in to be named
    f = {column: "" if column != "title" and value.__class__ is str and value.strip() in NOTHING else value
         for column, value in f.items()}
    repaired = {column: fixed for column in TEXT_COLUMNS if (fixed := slims_breaks.put_back(f[column])) != f[column]}
    if repaired:  # "hlm.rnIlus"
        f = {**f, **repaired}
    title = " ".join(f["title"].split())  # (one line: "A :⏎B", a break put back, is split as "A : B" is)
    if not title:
        raise RowError(QT_TRANSLATE_NOOP("Import", "The title is empty."))
    rec: dict[str, Any] = {}
    if " : " in title:
        title, subtitle = title.split(" : ", 1)
        rec["subtitle"] = subtitle.strip()
    rec["title"] = title.strip()
    if f["gmd_name"]:
        rec["material_type"] = material_code(f["gmd_name"])  # (one we have no type for: kept, row_checks)
    rec.update(split_isbn_issn(f["isbn_issn"]))
    other = other_class(f["classification"])
    if other:  # (a UDC number is no DDC, and the call number's class is the UDC one)
        rec["class_other"] = other
    else:
        rec["ddc"] = f["classification"] or classnumber.from_call_number(f["call_number"])
    rec.update(edition=f["edition"], publisher=f["publisher_name"], year_text=f["publish_year"],
               collation=f["collation"], series=f["series_title"], language=language_code(f["language_name"]),
               place=f["place_name"], notes=f["notes"], responsibility=f["sor"])
    names = [name for name in multi(f["authors"]) if name.strip() not in NOTHING]
    rec["authors"] = [{"name": name, "role": "primary" if i == 0 else "additional", "kind": "person"}
                      for i, name in enumerate(names)]
    rec["subjects"] = [topic for topic in multi(f["topics"]) if topic.strip() not in NOTHING]
    rec = {k: v for k, v in rec.items() if v not in ("", None, [])}
    # the record's call number (SLiMS's biblio.call_number): a new copy takes it; a copy the catalogue has
    # keeps its own ("... c.2"), and the item file, when there is one, gives each copy its own
    items = [{"barcode": code, "call_number": f["call_number"], "source": "other", "_soft": _LISTED_COPY}
             for code in multi(f["item_code"])]
    return rec, items


# the class schemes a SLiMS classification may name in front of its number (``UDC 912(594.53)``): what
# MARC 080/084 $2 and the librarians name; a DDC prefix (F, R, A...) is none of them
OTHER_SCHEMES = frozenset({"udc", "lcc", "lc", "bbk", "nlm", "cdu", "ndc", "rvk", "other"})


def other_class(text: str) -> str:
    """``UDC 912(594.53)`` -> ``udc 912(594.53)`` (``classnumber.other_scheme``); '' for a DDC."""
    scheme, _, number = text.strip().partition(" ")
    if scheme.lower().rstrip(":") not in OTHER_SCHEMES or not number.strip():
        return ""
    return classnumber.other_scheme(number, scheme.rstrip(":"))


def biblio_incoming(number: int, fields: dict[str, str], source_id: str = "") -> Incoming:
    """A bibliography row (the export's columns) as the import sees it, or why it is left out."""
    try:
        rec, items = biblio_row(fields)
    except RowError as exc:
        return Incoming(number, error=BadRow(number, exc.template, exc.params))
    flags = break_flags(rec, number)
    if "??" in fields["title"] or "??" in fields["authors"] or "??" in fields["publisher_name"]:
        flags += lost_script(rec)  # (Arabic or Javanese script an export saved again as a plain CSV turned into ????)
    derived = frozenset({"ddc"}) if rec.get("ddc") and fields["classification"].strip() in ("", *NOTHING) else frozenset()
    return Incoming(number, record=rec, items=items, source_id=source_id, cover_file=fields.get("image", ""),
                    flags=flags, derived=derived)


# the columns a line break may be typed in (SLiMS's title, series and notes are text boxes) or come in with
# (a record copied from another catalogue), and the record's fields they become
TEXT_COLUMNS = ("title", "edition", "publisher_name", "collation", "series_title", "place_name", "notes", "sor")
_TEXT_FIELDS = ("title", "subtitle", "edition", "publisher", "collation", "series", "place", "notes", "responsibility")
LETTERS_FOR_BREAKS = QT_TRANSLATE_NOOP(
    "Review", "The letters rn or n glued between two words here look like line breaks that SLiMS's export wrote "
              "as letters (SLiMS 7 to 9.6.0): the suggestion puts the breaks back. Keep the text if the letters "
              "belong to a word or name.")


def break_flags(rec: dict[str, Any], row: int) -> list[Flag]:
    """A review flag for each field whose letters are likely line breaks (``slims_breaks``): the field stays as
    written, the suggestion has the breaks (a space in a field of one line)."""
    flags = []
    for name in _TEXT_FIELDS:
        value = rec.get(name)
        fixed = slims_breaks.suggested(value) if value else ""
        if fixed:
            flags.append(Flag(reason="encoding", field=name, value=value, template=LETTERS_FOR_BREAKS, row=row,
                              suggestion=fixed.strip() if name == "notes" else " ".join(fixed.split())))
    return flags


def rows(path: str | Path, columns: tuple[str, ...], kind: str, progress: Progress | None,
         cancel: Cancel | None) -> Iterator[tuple[int, dict[str, str] | BadRow]]:
    """The rows of a SLiMS export by column: its CSV (``slims_csv.rows``), or the same file opened in
    Excel and saved as a workbook, which Excel offers when it is closed (``_workbook_rows``)."""
    if slims_one_column.is_one_column(path):  # (opened in Excel, which left each line whole in column A)
        return slims_csv.rows(path, columns, kind, progress, cancel, slims_one_column.lines(path))
    if sheets.kind_of(path) == "csv":
        return slims_csv.rows(path, columns, kind, progress, cancel)
    return _workbook_rows(path, columns, kind, progress, cancel)


def _workbook_rows(path: str | Path, columns: tuple[str, ...], kind: str, progress: Progress | None,
                   cancel: Cancel | None) -> Iterator[tuple[int, dict[str, str]]]:
    """A SLiMS export saved as a workbook: its header names SLiMS's columns (read by name), each cell holds
    what the CSV field did (``<A><B>`` lists, ``\\n`` for a line break), Excel having made numbers and
    dates of some (``clean``: 2008.0 is "2008", a date is read as one)."""
    header_row, headers, rest = sheets.sheet_rows(path)
    named = [clean(h).lower() for h in headers]
    if columns[0] not in named or len(set(named) & set(columns)) * 2 <= len(columns):
        raise slims_csv.not_slims(Path(path).name, kind, named, columns)
    hint = max(1, Path(path).stat().st_size // 60)
    for number, values in sheets.filled_rows(rest, header_row + 1, hint, progress, cancel):
        cells = dict(zip(named, values, strict=False))
        yield number, {c: slims_csv.unescape(clean(cells.get(c))) for c in columns}


def read_biblio(path: str | Path, progress: Progress | None = None,
                cancel: Cancel | None = None) -> Iterator[Incoming]:
    for number, fields in rows(path, BIBLIO_COLUMNS, "biblio", progress, cancel):
        yield Incoming(number, error=fields) if isinstance(fields, BadRow) else biblio_incoming(number, fields)


def item_row(f: dict[str, str], flags: list[Any]) -> dict[str, Any]:
    f = {column: "" if value.__class__ is str and value.strip() in NOTHING else value for column, value in f.items()}
    if not f["item_code"]:
        raise RowError(QT_TRANSLATE_NOOP("Import", "The item code (barcode) is empty."))
    status_name = f["item_status_name"]
    status = _status(status_name, f.get(NO_LOAN, ""))
    since = len(flags)
    item: dict[str, Any] = {
        "barcode": f["item_code"], "call_number": f["call_number"], "collection_type": f["coll_type_name"],
        "accession_no": f["inventory_code"],
        "received_on": soft(parse_date, f["received_date"], "received_date", flags, "date", "received_on"),
        # SLiMS's "site" is the shelf within the location (its form calls it Shelf Location): "Ruang Baca – Rak 3"
        "supplier": f["supplier_name"], "order_no": f["order_no"],
        "location": " – ".join(filter(None, (f["location_name"], f["site"]))),
        "order_date": soft(parse_date, f["order_date"], "order_date", flags, "date", "order_date"), "status": status or "available",
        # SLiMS writes 0/1/2; a hand-edited export writes words ("Hibah Perpusnas", "Dana Desa 2019"): read
        # as the other importers read them, the words kept as the copy's source detail (which fund)
        "source": source_code(f["source"]) or "other", "source_detail": source_detail(f["source"], ""),
        "invoice": f["invoice"],
        "price": soft(parse_price, f["price"], "price", flags, "price", "price"),
        "invoice_date": soft(parse_date, f["invoice_date"], "invoice_date", flags, "date", "invoice_date"),
    }
    if item["source"] == "grant":
        item["_soft"] = {"source": ("grant", "donation")}  # (SLiMS's 2 is a grant or a donation)
    elif item["source"] == "other":
        # SLiMS's 0 is no source chosen (a copy its record form made in a batch, SLiMS 7's default): not known,
        # so "other", never a purchase the reports would count; a copy the catalogue has keeps its own
        item["_soft"] = {"source": ANY_VALUE}
    notes = []
    if not names_only_a_status(status_name):  # a status of the library's own: its name where people will see it
        notes.append(status_name)
    if status is None:  # (and say the copy is available only because its status's name says nothing we read)
        item["_status_name"] = status_name
    notes.append(other_money(item, f["price"], f["price_currency"].strip(), flags))
    item["condition_note"] = "\n".join(filter(None, notes))
    return {k: v for k, v in kept_as_written(item, flags, since).items() if v not in ("", None)}


def _status(name: str, no_loan: str) -> str | None:
    """A copy's status from its SLiMS status: what the status's name says (``status_of_name``: "Hilang di
    banjir" is lost), else what SLiMS's own rule for it says (its backup's ``no_loan``: not lent); None when
    neither says (the copy is available, and flagged)."""
    status = status_of_name(name)
    if no_loan == "1" and status in (None, "available"):
        return "not_for_loan"
    return status


# SLiMS's rule "no loan transaction" (its NO_LOAN_TRANSACTION, 1) in a status's ``rules``, which PHP serialized
# ('a:1:{i:0;s:1:"1";}'): all an old SLiMS kept. Its upgrade copied the rule into the ``no_loan`` column, which
# SLiMS 9 alone reads when it lends (and its form leaves the rules empty), so the column wins where it is there.
_NO_LOAN_RULE = re.compile(r'i:\d+;s:\d+:"1";')  # (the form posts its rules as strings)


def not_lent(status_row: dict[str, Any]) -> bool:
    """Whether SLiMS lends no copy with this item status (a backup's row of ``mst_item_status``: its ``no_loan``,
    or its older ``rules``)."""
    if "no_loan" in status_row:
        return str(status_row.get("no_loan") or "").strip() == "1"
    return bool(_NO_LOAN_RULE.search(str(status_row.get("rules") or "")))


def item_incoming(number: int, fields: dict[str, str]) -> Incoming:
    """An item row (the export's columns, its record named by title) as the import sees it."""
    flags: list[Any] = []
    try:
        item = item_row(fields, flags)
    except RowError as exc:
        return Incoming(number, error=BadRow(number, exc.template, exc.params))
    # (the title as the bibliography file's row reads it, breaks put back alike, to find its record by)
    return Incoming(number, items=[item], record_title=slims_breaks.put_back(fields["title"]), flags=flags)


def read_items(path: str | Path, progress: Progress | None = None,
               cancel: Cancel | None = None) -> Iterator[Incoming]:
    for number, fields in rows(path, ITEM_COLUMNS, "item", progress, cancel):
        yield Incoming(number, error=fields) if isinstance(fields, BadRow) else item_incoming(number, fields)


# --- writing --------------------------------------------------------------------------------------


def full_title(record: Record) -> str:
    return f"{record.title} : {record.subtitle}" if record.subtitle else record.title


def _live_records():
    return Record.select().where(Record.deleted == False).order_by(Record.id)  # noqa: E712


def export_biblio(lib: Library, by: Staff | None, path: str | Path, progress: Progress | None = None,
                  cancel: Cancel | None = None, pictures: str | Path | None = None) -> int:
    """Every record as a SLiMS biblio CSV row; returns how many were written. ``pictures``: a folder
    the covers are written into (``cover_<record>.jpg``, named in the row's ``image`` as SLiMS does):
    copied into SLiMS's ``images/docs``, they come in with the file."""
    auth.require(by, "catalog.export")
    if pictures is not None:
        make_folder(pictures)
    copies: dict[int, list[tuple[str, str]]] = {}
    for rid, barcode, call in Item.select(Item.record, Item.barcode, Item.call_number).where(
            Item.deleted == False).order_by(Item.record, Item.id).tuples():  # noqa: E712
        copies.setdefault(rid, []).append((barcode, call))
    total = max(1, _live_records().count())
    count = 0
    with atomic_write(path) as out:
        out.write(",".join(BIBLIO_COLUMNS).encode() + b"\n")
        for record in _live_records().iterator():
            if count % 1000 == 0:
                if cancel is not None and cancel():
                    raise Cancelled()
                if progress:
                    progress(count / total, QT_TRANSLATE_NOOP("Progress", "Writing records"))
            authors = json.loads(record.authors or "[]")
            held = copies.get(record.id, [])
            call = next((c for _, c in held if c), "") or derive_call_number(
                record.ddc, record.title, authors[0]["name"] if authors else "")
            image = ""
            if pictures is not None and record.cover:
                image = f"cover_{record.id}.jpg"
                write_bytes(Path(pictures) / image, bytes(record.cover))
            out.write(escaped_line([
                full_title(record), GMD_OUT.get(record.material_type, "Text"), record.edition,
                record.isbn or record.issn, record.publisher, record.year_text, record.collation, record.series,
                call, SLIMS_LANGUAGES.get(record.language, record.language), record.place, classification(record),
                record.notes, image,
                record.responsibility, "".join(f"<{a['name']}>" for a in authors),
                "".join(f"<{s}>" for s in json.loads(record.subjects or "[]")),
                "".join(f"<{b}>" for b, _ in held),
            ]))
            count += 1
    auth.audit(lib, by, "catalog.export", "record", format="slims-biblio", file=Path(path).name, rows=count)
    return count


def classification(record: Record) -> str:
    """SLiMS's one classification column: the DDC, else the class of another scheme with its scheme's
    name in front (``UDC 912(594.53)``), which ``biblio_row`` reads back as such."""
    if record.ddc or not record.class_other:
        return record.ddc
    scheme, number = classnumber.split_other(record.class_other)
    return f"{scheme.upper()} {number}"


def _stamp(value) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") if value else ""


def export_items(lib: Library, by: Staff | None, path: str | Path, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> int:
    """Every copy as a SLiMS item CSV row; returns how many were written."""
    auth.require(by, "catalog.export")
    types = dict(CollectionType.select(CollectionType.id, CollectionType.name).tuples())
    query = (Item.select(Item, Record.title, Record.subtitle).join(Record)
             .where(Item.deleted == False).order_by(Item.id))  # noqa: E712
    total = max(1, query.count())
    count = 0
    with atomic_write(path) as out:
        out.write(",".join(ITEM_COLUMNS).encode() + b"\n")
        for item in query.iterator():
            if count % 1000 == 0:
                if cancel is not None and cancel():
                    raise Cancelled()
                if progress:
                    progress(count / total, QT_TRANSLATE_NOOP("Progress", "Writing copies"))
            out.write(escaped_line([
                item.barcode, item.call_number, types.get(item.__data__.get("collection_type"), ""),
                item.accession_no, item.received_on or "", item.supplier, item.order_no, item.location,
                item.order_date or "", STATUS_OUT.get(item.status, ""), "", SOURCE_OUT.get(item.source, ""),
                item.invoice, "" if item.price is None else item.price, "Rupiah" if item.price is not None else "",
                item.invoice_date or "", _stamp(item.created_at), _stamp(item.updated_at),
                full_title(item.record),
            ]))
            count += 1
    auth.audit(lib, by, "catalog.export", "item", format="slims-item", file=Path(path).name, rows=count)
    return count
