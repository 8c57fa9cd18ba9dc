"""One row of a catalogue kept by hand in a sheet -> a record, its copies and a count (``sheet_row``): the
fields a sheet may hold (``FIELDS``: what the mapping step offers), and how their values are read as
village libraries write them. ``spreadsheet`` finds the sheets, their headers and rows, and hands each
row's values here by field; the messages name the sheet's own header of a field.

A row is a copy when it names one (barcode, accession number) or says what only a copy has (price, date
received, source...); an "Eksemplar" count makes that many copies; a range of accession numbers in one
cell ("015-017") is one copy a number when the count agrees. Excel's error cells (#N/A) are no value;
text a plain CSV turned into question marks is flagged."""

from __future__ import annotations

import re
from typing import Any

from ..catalog import classnumber
from ..catalog.review import Flag
from ..cells import as_written
from ..fields import day_of
from ..formatting import Day, format_date, format_money
from ..i18n import QT_TRANSLATE_NOOP
from . import own_words
from .dates import month_only, parse_date
from .prices import parse_price
from .sheet_values import (
    EXCEL_ERRORS,
    MAX_RANGE,
    NOTHING,
    accession_range,
    authors,
    collation,
    looks_lost,
    parts,
    year_text,
)
from .types import (
    RowError,
    clean,
    fold,
    header_key,
    kept_as_written,
    language_code,
    parse_isbn,
    parse_year,
    soft,
    with_note,
)
from .vocabulary import (
    STATUS_IN,
    STATUS_OUT,
    audience_code,
    condition_status,
    copy_source,
    material_code,
    names_only_a_status,
    source_detail,
    status_of_name,
)

# Target fields, with an English label (marked for translation) for the mapping step and the export.
FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Spreadsheet", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("Spreadsheet", "Subtitle"),
    "volume": QT_TRANSLATE_NOOP("Spreadsheet", "Volume (after the title)"),
    "authors": QT_TRANSLATE_NOOP("Spreadsheet", "Authors"),
    "title_authors": QT_TRANSLATE_NOOP("Spreadsheet", "Title / authors (one column, apart at “ / ”)"),
    "translators": QT_TRANSLATE_NOOP("Spreadsheet", "Translators"),
    "editors": QT_TRANSLATE_NOOP("Spreadsheet", "Editors"),
    "responsibility": QT_TRANSLATE_NOOP("Spreadsheet", "Statement of responsibility"),
    "edition": QT_TRANSLATE_NOOP("Spreadsheet", "Edition"),
    "isbn": QT_TRANSLATE_NOOP("Spreadsheet", "ISBN"),
    "issn": QT_TRANSLATE_NOOP("Spreadsheet", "ISSN"),
    "publisher": QT_TRANSLATE_NOOP("Spreadsheet", "Publisher"),
    "place": QT_TRANSLATE_NOOP("Spreadsheet", "Place of publication"),
    "year": QT_TRANSLATE_NOOP("Spreadsheet", "Year"),
    "collation": QT_TRANSLATE_NOOP("Spreadsheet", "Collation"),
    # a hand-kept sheet's "Ukuran" beside its "Halaman": joined to the collation ("120 hlm. ; 21 cm")
    "dimensions": QT_TRANSLATE_NOOP("Spreadsheet", "Size (after the collation)"),
    "series": QT_TRANSLATE_NOOP("Spreadsheet", "Series"),
    "language": QT_TRANSLATE_NOOP("Spreadsheet", "Language"),
    "ddc": QT_TRANSLATE_NOOP("Spreadsheet", "Classification"),
    "class_other": QT_TRANSLATE_NOOP("Spreadsheet", "Other classification"),
    "subjects": QT_TRANSLATE_NOOP("Spreadsheet", "Subjects"),
    "notes": QT_TRANSLATE_NOOP("Spreadsheet", "Notes"),
    "material_type": QT_TRANSLATE_NOOP("Spreadsheet", "Material type"),
    "audience": QT_TRANSLATE_NOOP("Spreadsheet", "Audience"),
    "hidden": QT_TRANSLATE_NOOP("Spreadsheet", "Hidden from patrons"),
    "barcode": QT_TRANSLATE_NOOP("Spreadsheet", "Barcode"),
    "accession_no": QT_TRANSLATE_NOOP("Spreadsheet", "Accession number"),
    "call_number": QT_TRANSLATE_NOOP("Spreadsheet", "Call number"),
    "location": QT_TRANSLATE_NOOP("Spreadsheet", "Location"),
    "collection_type": QT_TRANSLATE_NOOP("Spreadsheet", "Collection type"),
    "source": QT_TRANSLATE_NOOP("Spreadsheet", "Source"),
    "source_detail": QT_TRANSLATE_NOOP("Spreadsheet", "Source detail"),
    "supplier": QT_TRANSLATE_NOOP("Spreadsheet", "Supplier"),
    "order_no": QT_TRANSLATE_NOOP("Spreadsheet", "Order number"),
    "order_date": QT_TRANSLATE_NOOP("Spreadsheet", "Order date"),
    "invoice": QT_TRANSLATE_NOOP("Spreadsheet", "Invoice"),
    "invoice_date": QT_TRANSLATE_NOOP("Spreadsheet", "Invoice date"),
    "price": QT_TRANSLATE_NOOP("Spreadsheet", "Price"),
    "received_on": QT_TRANSLATE_NOOP("Spreadsheet", "Date received"),
    "acquired_year": QT_TRANSLATE_NOOP("Spreadsheet", "Year acquired"),
    "status": QT_TRANSLATE_NOOP("Spreadsheet", "Status"),
    "condition_note": QT_TRANSLATE_NOOP("Spreadsheet", "Remarks"),
    "copies": QT_TRANSLATE_NOOP("Spreadsheet", "Copies"),
    "copy_ordinal": QT_TRANSLATE_NOOP("Spreadsheet", "Which copy of its title (a row per copy)"),
    "donor": QT_TRANSLATE_NOOP("Spreadsheet", "Donor (the copy was a gift)"),
    # our export's number of each row's record: two books described alike (a local history catalogued twice, two
    # printings) are two records, their rows told apart by it, not one record with the copies of both
    "record_no": QT_TRANSLATE_NOOP("Spreadsheet", "Record number"),
}
ITEM_KEYS = ("barcode", "accession_no", "call_number", "location", "collection_type", "source", "source_detail",
             "supplier", "order_no", "order_date", "invoice", "invoice_date", "price", "received_on", "acquired_year",
             "status", "condition_note", "copy_ordinal", "donor")
RECORD_KEYS = tuple(name for name in FIELDS if name not in ITEM_KEYS and name != "copies")
TITLE_FIELDS = frozenset({"title", "title_authors"})  # a sheet's titles: a column of their own, or with the authors


COPY_ONLY = ("price", "received_on", "acquired_year", "source", "source_detail", "supplier", "order_no", "order_date",
             "invoice", "invoice_date", "status", "condition_note", "donor")
# what a hidden-from-patrons cell says for "not hidden" (anything else written there hides the record)
_NOT_HIDDEN = frozenset({"tidak", "no", "n", "0", "false", "t", "-"})


_NUMBERED = re.compile(r"(?:\d+[a-z]?|[ivxlc]+)(?:\s*[-–/]\s*(?:\d+|[ivxlc]+))?", re.IGNORECASE)  # "2", "III", "1-2"
# the word a volume's bare number is written after, by its column's header ("Jilid" for anything else)
_VOLUME_WORD = {"vol": "Vol.", "volume": "Vol.", "juz": "Juz", "juz ke": "Juz"}


def with_volume(title: str, volume: str, header: str = "") -> str:
    """The title with the volume a column of its own gives ("Jilid" 2: "Tafsir Al-Misbah Jilid 2"), as a title
    states it: a bare number after the word its header uses (Jilid, Vol., Juz), words as written ("Vol. III");
    not again when the title ends with it. Without it the volumes of one work were one record, their copies joined."""
    if not volume:
        return title
    words = volume
    if _NUMBERED.fullmatch(volume):
        key = header_key(header)
        words = f"{_VOLUME_WORD.get(key, 'Jilid')} {volume}"
    if fold(title).endswith(fold(words)) or fold(title).endswith(f" {fold(volume)}"):
        return title
    return f"{title} {words}"


_BY = re.compile(r"^(?:oleh|karya|by|disusun oleh|ditulis oleh)\s+", re.IGNORECASE)


def _title_as_catalogued(values: dict[str, Any]) -> dict[str, Any]:
    """A title written as the book's KDT (catalogue-in-publication data) writes it, "Judul : anak judul / pengarang":
    its title, subtitle and statement of responsibility apart. From a column of both ("Judul/Pengarang": its authors
    are the words after the last " / "), or from a title column whose words after the last " / " name one of the
    row's authors: "IPA SD / MI kelas 5", without such a name, is a title with a slash in it."""
    combined = clean(values.get("title_authors"))
    title = clean(values.get("title")) or combined
    if " / " not in title:
        return values if not combined or clean(values.get("title")) else values | {"title": combined}
    before, after = (part.strip(" .;") for part in title.rsplit(" / ", 1))
    named = clean(values.get("authors"))
    if not (combined and title == combined) and not set(fold(after).split()) & set(fold(named).split()):
        return values
    values = values | {"title": before, "responsibility": clean(values.get("responsibility")) or after}
    if not named:
        values["authors"] = _BY.sub("", after)  # ("oleh Andrea Hirata": the name)
    if " : " in before and not clean(values.get("subtitle")):
        values["title"], values["subtitle"] = (part.strip(" .") for part in before.split(" : ", 1))
    return values


def _our_words(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with our export's words for a material type, readers and a copy's source as their codes
    (``own_words``: "Sumbangan" is a donation, "Lainnya" our "other" kind, in either language)."""
    out = dict(values)
    for name in ("material_type", "audience", "source"):
        code = own_words.code_of(name, clean(values.get(name)))
        if code:
            out[name] = code
    return out


# a class number as a spreadsheet showed it with a set count of decimals (a CSV keeps what it showed): 370 as 370.0
_SHOWN_DECIMALS = re.compile(r"([A-Z]*\s*\d{3}[.,]\d*?)0+")
DECIMALS_SHOWN = QT_TRANSLATE_NOOP(
    "Review", "{value} ends in 0 after its point, as no class number does: the spreadsheet showed the number with a "
              "set count of decimals (370 as 370.0; 899.2213 shown as 899.22 loses digits the same way). Take the "
              "suggestion {suggestion}, or type the class from the book.")


def sheet_row(values: dict[str, Any], flags: list[Any] | None = None, headers: dict[str, str] | None = None,
              own_export: bool = False) -> tuple[dict[str, Any], list[dict[str, Any]], int]:
    """(record, copies, count) of one row's ``values`` by field; ``headers``: the sheet's header of each
    field, which the messages name (the librarian knows "Tgl Terima", not "received_on"). ``own_export``:
    the sheet is our export (``is_own_export``), whose author cell joins names with ";" only."""
    flags = [] if flags is None else flags
    headers = headers or {}
    if any(value.__class__ is str and value[:1] == "'" for value in values.values()):
        values = {name: as_written(value) for name, value in values.items()}  # (our export's formula escape)
    if any(value.__class__ is str and value[:1] == "#" for value in values.values()):
        values = _without_errors(values, headers, flags)
    if own_export:
        values = _our_words(values)
    year_alone = _YEAR_ALONE.fullmatch(clean(values.get("received_on")))
    if year_alone and not clean(values.get("acquired_year")):
        # "Tgl Terima: 2015" (or "th. 2015", "2015."), the year all she knew: the year the copy came, not a day
        # made up nor left out
        values = values | {"received_on": None, "acquired_year": year_alone["year"]}
    values = _title_as_catalogued(values)
    title = clean(values.get("title"))
    if not title:
        raise RowError(QT_TRANSLATE_NOOP("Import", "The title is empty."))
    title = with_volume(title, clean(values.get("volume")), headers.get("volume", ""))
    rec: dict[str, Any] = {"title": title}
    for name in ("subtitle", "responsibility", "edition", "issn", "publisher", "place", "collation", "series",
                 "ddc", "notes"):
        rec[name] = clean(values.get(name))
    if clean(values.get("dimensions")):
        rec["collation"] = collation(values.get("collation"), values.get("dimensions"))
    rec["isbn"] = parse_isbn(values.get("isbn"))
    year = year_text(values.get("year"))
    if year:
        rec["year_text"] = year
        rec["year"] = parse_year(year)
    language = clean(values.get("language"))
    if language:
        rec["language"] = language_code(language)
    material = clean(values.get("material_type"))
    if material:
        rec["material_type"] = material_code(material)
    audience = clean(values.get("audience"))
    if audience:
        rec["audience"] = audience_code(audience)  # (readers we have no group for: kept and flagged)
    hidden = clean(values.get("hidden"))
    if hidden:
        rec["hidden"] = fold(hidden) not in _NOT_HIDDEN
    rec["class_other"] = _other_class(clean(values.get("class_other")))
    rec["authors"], more = authors(values.get("authors"), joined=not own_export)
    for field, role in (("translators", "translator"), ("editors", "editor")):
        # a column of the translators ("Penerjemah") or editors: after the authors, in the role the column names
        # (unless brackets after a name say another)
        for person in authors(values.get(field))[0]:
            person["role"] = role if person["role"] in ("primary", "additional") else person["role"]
            rec["authors"].append(person)
    if more and not rec.get("responsibility"):  # "Andrea Hirata, dkk": the others are not named; the cell says so
        rec["responsibility"] = clean(values.get("authors"))
    rec["subjects"] = parts(values.get("subjects"))
    rec = {k: v for k, v in rec.items() if v not in ("", None, [])}
    flags += lost_script(rec)
    shown = _SHOWN_DECIMALS.fullmatch(rec.get("ddc", ""))
    if shown:  # ("370.0": a class number never ends in 0 after its point; the column showed a set count of decimals)
        suggested = shown.group(1).rstrip(".,").replace(",", ".")
        flags.append(Flag(reason="ddc", field="ddc", value=rec["ddc"], template=DECIMALS_SHOWN, context="Review",
                          suggestion=suggested, params={"value": rec["ddc"], "suggestion": suggested}))

    if not rec.get("ddc") and not rec.get("class_other") and clean(values.get("call_number")) and not own_export:
        # (a call number under a UDC class starts with the UDC number: no DDC to take from it; our export has a
        # class column, so a record without a class there has none)
        rec["ddc"] = classnumber.from_call_number(clean(values.get("call_number")))
    items: list[dict[str, Any]] = []
    # a row is a copy when it names one (barcode, accession number) or says what only a copy has (a
    # buku induk: price, date received, source...); a call number or shelf alone is not a copy
    numbered = clean(values.get("barcode")) or clean(values.get("accession_no"))
    if numbered or any(clean(values.get(k)) for k in COPY_ONLY) or clean(values.get("copy_ordinal")):
        since = len(flags)
        item: dict[str, Any] = {k: clean(values.get(k)) for k in ("barcode", "accession_no", "call_number",
                                                                   "location", "collection_type", "supplier",
                                                                   "condition_note", "source_detail", "order_no",
                                                                   "invoice")}
        source, donor = clean(values.get("source")), clean(values.get("donor"))
        if source or item["source_detail"] or donor:
            # "Dana Desa 2026" under Asal Buku: a purchase, and the words kept (which fund); no source column
            # but a Sumber Dana that names a fund: that fund's source (none: the import makes it "other"); a
            # Penyumbang or Donatur named: a donation, unless the source words say another ("Hibah")
            item["source"] = copy_source(source, item["source_detail"]) or ("donation" if donor else None)
            item["source_detail"] = "; ".join(filter(None, (source_detail(source, item["source_detail"]), donor)))
        status = clean(values.get("status"))
        ours = own_words.code_of("status", status) if own_export and status else None
        if ours:  # (our export's: exactly its status; a copy out on a loan is on the shelf of a file, the loan the desk's)
            item["status"] = "available" if ours == "on_loan" else ours
        elif status:
            # ("Hilang di banjir", "Tandon": read by their words; our own export's codes, "in_repair", as they are)
            code = status_of_name(status) or (fold(status).replace(" ", "_") if fold(status).replace(
                " ", "_") in STATUS_IN.values() else None)
            item["status"] = code or "available"
            if code is None or (code != fold(status).replace(" ", "_") and not names_only_a_status(status)):
                item["condition_note"] = item["condition_note"] or status
            if code is None:
                item["_status_name"] = status
        elif condition_status(item["condition_note"]):
            # a buku induk has no status column: its "Kondisi" or "Keterangan" says "Hilang" or "Rusak", and a
            # copy that is not on the shelf must not come in as one a patron can borrow (the words stay its
            # remarks; a later import leaves the status the desk has given it since)
            item["status"] = condition_status(item["condition_note"])
            item["_soft"] = {"status": tuple(STATUS_OUT)}
        item["price"] = soft(parse_price, values.get("price"), headers.get("price", "price"), flags, "price", "price")
        item["received_on"] = _received_on(values, headers, flags)
        for name in ("order_date", "invoice_date"):
            item[name] = soft(parse_date, values.get(name), headers.get(name, name), flags, "date", name)
        acquired = values.get("acquired_year")
        if clean(acquired) and (clean(values.get("received_on")) or not _is_day(acquired)):
            # a year of acquisition is no day: kept with where the copy came from ("Hibah; Tahun pengadaan 2019")
            year = year_text(values.get("acquired_year"))
            item["source_detail"] = "; ".join(filter(None, (item["source_detail"], f"Tahun pengadaan {year}")))
        if not numbered:
            item["_unnumbered"] = True  # one copy per row; a re-import counts them instead of adding again
        items.append({k: v for k, v in kept_as_written(item, flags, since).items() if v not in ("", None)})
    copies = _count(values, headers, rec, flags)
    numbers = accession_range(clean(values.get("accession_no"))) if not clean(values.get("barcode")) else []
    if len(numbers) > 1 and copies in (0, len(numbers)) and len(numbers) <= MAX_RANGE:
        # "015-017" with Eks 3: three copies, 015, 016 and 017, each numbered as the book is stamped
        items = [items[0] | {"accession_no": number} for number in numbers]
        copies = len(numbers)
    elif len(numbers) > 1:
        flags.append(Flag(reason="copy", field="", value=numbered, template=RANGE_DISAGREES, context="Review",
                          params={"numbers": numbered, "named": len(numbers), "count": copies}))
        if copies > 1:
            items += [dict(_alike(items[0])) for _ in range(copies - 1)]
    elif copies > 1 and items and items[0].get("_unnumbered"):
        items += [dict(items[0]) for _ in range(copies - 1)]  # "Jumlah 3" and a price, no numbers: three alike
    elif copies > 1 and items:
        # one number and "Jumlah 3": the count is what stands on the shelf; the others come alike, unnumbered
        # (so a second import counts them instead of adding them again), and the librarian is told
        items += [_alike(items[0]) for _ in range(copies - 1)]
        flags.append(Flag(reason="copy", field="", value=numbered, template=ONE_NUMBER_FOR_MORE, context="Review",
                          params={"count": copies, "number": numbered, "more": copies - 1}))
    for alike in items[1:]:  # (the row's flags once, with its first copy; each copy keeps the note)
        alike.pop("_flags", None)
    return rec, items, copies


LOST_SCRIPT = QT_TRANSLATE_NOOP(
    "Review", "{value} is question marks where letters were: the file was saved as a plain CSV, which turns Arabic "
              "and Javanese script into question marks. Type it again, or import the sheet saved as \"CSV UTF-8\" "
              "or \"Unicode Text\".")


def lost_script(rec: dict[str, Any]) -> list[Flag]:
    """A flag for each field of the record whose letters became question marks."""
    flags = [Flag(reason="encoding", field=name, value=rec[name], template=LOST_SCRIPT, context="Review",
                  params={"value": rec[name]}) for name in ("title", "subtitle", "publisher", "place", "series")
             if looks_lost(rec.get(name, ""))]
    flags += [Flag(reason="encoding", field="", value=author["name"], template=LOST_SCRIPT, context="Review",
                   params={"value": author["name"]}) for author in rec.get("authors", []) if looks_lost(author["name"])]
    return flags


EXCEL_ERROR = QT_TRANSLATE_NOOP("Import", "{column}: {value} is an error Excel showed for a formula, not a value: "
                                          "the field was left empty.")
TITLE_IS_AN_ERROR = QT_TRANSLATE_NOOP("Import", "The title is {value}, an error Excel showed for a formula, not a "
                                                "title: type the title in the sheet and import the row again.")


def _without_errors(values: dict[str, Any], headers: dict[str, str], flags: list[Any]) -> dict[str, Any]:
    """``values`` with Excel's error cells (#N/A...) left empty, each one flagged; a title that is one is
    no title (the row is refused, saying why)."""
    errors = {name: clean(value).upper() for name, value in values.items() if clean(value).upper() in EXCEL_ERRORS}
    if "title" in errors:
        raise RowError(TITLE_IS_AN_ERROR, value=errors["title"])
    flags += [Flag(reason="formula", field="", value=value, template=EXCEL_ERROR, context="Import",
                   params={"column": headers.get(name, name), "value": value}) for name, value in errors.items()]
    return {name: None if name in errors else value for name, value in values.items()}


def _other_class(text: str) -> str:
    """A class of another scheme as our export writes it (``UDC 912(594.53)``) -> ``udc 912(594.53)``;
    one written without its scheme's name is kept as a class of an "other" scheme."""
    if not text:
        return ""
    scheme, _, number = text.partition(" ")
    if not number.strip() or not scheme.isalpha():
        scheme, number = "other", text
    return classnumber.other_scheme(number, scheme)


def _alike(item: dict[str, Any]) -> dict[str, Any]:
    """A copy like ``item`` without its numbers: unnumbered, so a second import counts it instead of adding it."""
    return {k: v for k, v in item.items() if k not in ("barcode", "accession_no")} | {"_unnumbered": True}


def _received_on(values: dict[str, Any], headers: dict[str, str], flags: list[Any]) -> Any:
    """The day a copy came, from "Tgl Terima" (or a "Tahun Pengadaan" holding a whole date); a month
    without its day ("Maret 2019") is taken as its first day, and the review list says so."""
    field = "received_on"
    if not clean(values.get(field)) and _is_day(values.get("acquired_year")):
        field = "acquired_year"
    value = values.get(field)
    column = headers.get(field, field)
    day = soft(parse_date, value, column, flags, "date", "received_on")
    if day is not None and month_only(value):
        flags.append(Flag(reason="date", field="received_on", value=clean(value), template=MONTH_ONLY,
                          context="Import", params={"column": column, "value": clean(value), "day": day.isoformat()}))
    return day


def _is_day(value: Any) -> bool:
    """Whether a cell of a year column holds a whole date (a date cell, ``12/03/2019``), not a year."""
    if day_of(value) is not None:
        return True
    try:
        return isinstance(value, str) and parse_date(value, "") is not None and not month_only(value)
    except RowError:
        return False


_YEAR_ALONE = re.compile(r"(?:(?:tahun|thn|th)\.?\s*)?(?P<year>(?:1[89]|20)\d\d)\.?", re.IGNORECASE)
MONTH_ONLY = QT_TRANSLATE_NOOP("Import", "{column}: {value} gives the month but not the day: {day} was taken. "
                                         "Correct the day if you know it.")


COUNT_WRITTEN = "Jumlah eksemplar tertulis"  # (in the record's notes, in the library's language)
COUNT_UNREAD = QT_TRANSLATE_NOOP(
    "Review", "{column}: {value} is not a number of copies Pustaka can read, so no copies were made from it; it is "
              "kept in the record's notes. Type how many copies the library has: the missing ones are added with "
              "new barcodes.")


def _count(values: dict[str, Any], headers: dict[str, str], rec: dict[str, Any], flags: list[Any]) -> int:
    """The row's count of copies (``parse_count``); one it cannot read is kept in the record's notes and flagged,
    and a number typed on the review list adds the copies (``review.fix``): the count is never lost."""
    value, column = values.get("copies"), headers.get("copies", "copies")
    try:
        return parse_count(value, column) or 0 if clean(value) else 0
    except RowError:
        written = clean(value)
        rec["notes"] = with_note(rec.get("notes"), f"{COUNT_WRITTEN}: {written}")
        flags.append(Flag(reason="copy", field="copies", value=written, template=COUNT_UNREAD, context="Review",
                          params={"column": column, "value": written}))
        return 0


RANGE_DISAGREES = QT_TRANSLATE_NOOP(
    "Review", "The accession numbers {numbers} name {named} copies, but the row counts {count}: the numbers are "
              "kept as written on the first copy. Give each copy its own number on the copy form.")

ONE_NUMBER_FOR_MORE = QT_TRANSLATE_NOOP(
    "Review", "The row counts {count} copies but gives one number ({number}): the other {more} came in with new "
              "barcodes and no accession number. Give each its own number on the copy form.")


def parse_count(value: Any, column: str) -> int | None:
    """A number of copies as a buku induk writes it: ``2``, ``2.0``, ``2 eks``, ``3 buah``, ``2 (dua)``, in
    words (``dua``, ``dua eks``, ``dua belas``) and after the column's own word (``Eks: dua``, ``Jml. 3``).
    Anything else is flagged (the record still comes in, without the copies it could not count)."""
    text = _COUNT_LABEL.sub("", clean(value).lower())
    counted = re.match(r"\s*(\d+)(?:[.,]0+)?(?![\d.,])", text)
    if counted is not None:
        return int(counted.group(1))
    in_words = _count_in_words(text)
    if in_words is None:
        raise RowError(QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a whole number."),
                       column=column, value=clean(value))
    return in_words


# the column's word written again in its cell ("Eks: 2", "Jml. dua", "Jumlah eksemplar: 3")
_COUNT_LABEL = re.compile(r"^\s*(jumlah|jml|eksemplar|eks|exp|eksp)\.?(\s+(eksemplar|eks)\.?)?\s*[:=]?\s*")
_UNITS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
          "sembilan": 9}
# what may follow a count in words: "dua eks", "tiga buah", "dua (2)"
_AFTER_COUNT = re.compile(r"^(eks|eksemplar|exp|buah|bh|buku|jilid|jld)?\.?\s*(\(\s*\d+\s*\))?\s*$")


def _count_in_words(text: str) -> int | None:
    """A count written in Indonesian words, up to 99: ``dua``, ``sepuluh``, ``sebelas``, ``dua belas``, ``dua
    puluh satu``, with a unit after it (``dua eks``); None for anything else."""
    words = text.replace("sepuluh", "se puluh").replace("sebelas", "se belas").split()
    total, current, used = 0, 0, 0
    for word in words:
        if word in _UNITS and not current:
            current = _UNITS[word]
        elif word == "belas" and current:
            total, current = total + 10 + current, 0
        elif word == "puluh" and current and not total:
            total, current = current * 10, 0
        else:
            break
        used += 1
    count = total + current
    rest = " ".join(words[used:])
    return count if used and count and words != ["se"] and _AFTER_COUNT.match(rest) else None


def as_read(name: str, value: Any) -> str:
    """A cell's ``value`` as the import reads it into the field ``name`` (the wizard's preview shows it so, in
    the user's way of writing dates and money): a date cell or Excel's day number (42100) in a date column as
    its day (06-04-2015), a price as rupiah (Rp 45.000), a count as its number, a year column's date cell as
    its year. A value the import cannot read is shown as written (the import keeps it so, and lists it for
    review); a column no field takes ('') shows a date cell as its day, any other value as written."""
    value = as_written(value)
    try:
        if name in _DATES or (name == "acquired_year" and _is_day(value)) or (not name and day_of(value)):
            return format_date(parse_date(value, name))
        if name in ("year", "acquired_year"):
            return year_text(value)
        if name == "price":
            return format_money(parse_price(value, name))
        if name == "copies" and clean(value):
            return str(parse_count(value, name))
        if name == "isbn":
            return parse_isbn(value)  # ("979-97312-3-2" is kept as 9789799731234; an ISBN typed as a number whole)
    except RowError:
        pass
    return clean(value)


def to_check(name: str, value: Any, column: str) -> tuple[str, dict[str, Any]] | None:
    """Why the import keeps ``value`` of the column ``column`` (field ``name``) for checking afterwards
    (Perlu diperiksa), as its flag says it (a template of the "Import" context and its parameters); None
    when it reads it plainly. The preview marks such cells: "Maret 2015" comes in as the 1st of March and
    is flagged, "31-13-2016" comes in without a date, "dua puluh ribu" without a price."""
    value = as_written(value)
    if not clean(value) or clean(value).upper() in EXCEL_ERRORS or clean(value) in NOTHING:
        return None
    if name == "received_on" and _YEAR_ALONE.fullmatch(clean(value)):
        return None  # (the year alone: the year the copy came, read so without a flag)
    parser = {"price": parse_price, "copies": parse_count}.get(name, parse_date if name in _DATES else None)
    if parser is None:
        return None
    try:
        day = parser(value, column)
    except RowError as exc:
        return exc.template, exc.params
    if name == "received_on" and day is not None and month_only(value):
        return MONTH_ONLY, {"column": column, "value": clean(value), "day": Day.of(day)}
    return None


_DATES = ("received_on", "order_date", "invoice_date")
