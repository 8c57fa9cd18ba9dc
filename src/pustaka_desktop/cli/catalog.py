"""Catalogue commands: search, record show, record add (ISBN-first), copy status (in repair, back, lost...)."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from ..core.catalog import covers, finding, isbn_first, search
from ..core.catalog import records as catalog
from ..core.catalog.copies import ITEM_STATUSES, SOURCES, get_item, items_of, set_item_status
from ..core.catalog.isbn import corrected_isbn, format_isbn, misprinted_isbn
from ..core.circulation import copy_history
from ..core.errors import PustakaError, ValidationError
from ..core.formatting import format_date, format_datetime, format_number
from . import common
from .common import translate

# The everyday changes of a copy's status; on loan is the desk's, missing the stock-take's.
COPY_STATUS_FLAGS = (
    ("--in-repair", "in_repair", "to the binder's or in repair"),
    ("--back", "available", "back on the shelf (from repair, or found)"),
    ("--lost", "lost", "lost (written off)"),
    ("--withdrawn", "withdrawn", "withdrawn (weeded; stays in the accession register)"),
    ("--damaged", "damaged", "damaged, but still on the shelf"),
)


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "search", cmd_search, json=True,
                       help="search the catalogue (title, author, subject, ISBN, barcode...)")
    p.add_argument("query", nargs="?", default="", help="words, an ISBN or a copy barcode")
    p.add_argument("--type", choices=sorted(catalog.MATERIAL_TYPES), help="material type")
    p.add_argument("--ddc", choices=sorted(catalog.DDC_CLASSES), help="DDC main class, e.g. 300")
    p.add_argument("--audience", choices=sorted(catalog.AUDIENCES))
    p.add_argument("--language", help="three-letter code, e.g. ind")
    p.add_argument("--available", action="store_true", help="only titles with a copy on the shelf now")
    p.add_argument("--location", default="", help="only titles with a copy at this location")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)

    p = sub.add_parser("record", help="catalogue records")
    rsub = p.add_subparsers(dest="record_command", required=True, metavar="ACTION")
    show = common.command(rsub, "show", cmd_record_show, json=True,
                          help="one record and its copies, by number, ISBN or copy barcode")
    show.add_argument("key")

    add = common.command(
        rsub, "add", cmd_record_add, json=True,
        help="catalogue a title and its copies; an ISBN fills in the rest from this catalogue, the "
             "district's catalogue pack or the publisher prefix (options given override it)")
    add.add_argument("--isbn", default="", help="ISBN (any form) or the barcode of a copy already here")
    add.add_argument("--isbn-as-printed", action="store_true",
                     help="keep an ISBN whose check digit is wrong as the book prints it (it goes on the review list)")
    add.add_argument("--title", help="title (needed when nobody knows the ISBN)")
    add.add_argument("--subtitle")
    add.add_argument("--author", action="append", help="author, main author first (repeat for more)")
    add.add_argument("--publisher")
    add.add_argument("--place", help="place of publication")
    add.add_argument("--year", dest="year_text", help="year as printed, e.g. 2010 or c2010")
    add.add_argument("--edition")
    add.add_argument("--collation", help="e.g. 'xii, 240 hlm. ; 21 cm'")
    add.add_argument("--ddc", help="class number as written, e.g. '899.221 3' or 'F'")
    add.add_argument("--subject", action="append", help="subject (repeat for more)")
    add.add_argument("--language", help="three-letter code, e.g. ind")
    add.add_argument("--audience", choices=sorted(catalog.AUDIENCES))
    add.add_argument("--type", dest="material_type", choices=sorted(catalog.MATERIAL_TYPES))
    add.add_argument("--copies", type=int, default=1, help="new copies (barcodes and accession numbers follow "
                                                           "the library's patterns); 0 for the record only")
    add.add_argument("--location", default="", help="shelf of the new copies")
    add.add_argument("--source", choices=sorted(SOURCES), default="purchase")
    add.add_argument("--price", help="whole rupiah")

    p = sub.add_parser("copy", help="a copy's status: in repair, back, lost, withdrawn, damaged")
    csub = p.add_subparsers(dest="copy_command", required=True, metavar="ACTION")
    status = common.command(csub, "status", cmd_copy_status, help="change the status of copies (librarian, audited)")
    status.add_argument("barcodes", nargs="+", metavar="BARCODE")
    which = status.add_mutually_exclusive_group(required=True)
    for flag, value, text in COPY_STATUS_FLAGS:
        which.add_argument(flag, dest="status", action="store_const", const=value, help=text)
    status.add_argument("--note", default="", help="why, e.g. 'spine torn' (kept with the copy)")
    history = common.command(csub, "history", cmd_copy_history, json=True,
                             help="a copy's history: its loans (to whom, lent by whom, dates, fines), status "
                                  "changes and where it came from (a volunteer sees only the last borrower)")
    history.add_argument("barcode", metavar="BARCODE")

    cover = common.command(rsub, "cover", cmd_record_cover,
                           help="give a record its cover picture (shown on patrons' phones, the kiosk and posters)")
    cover.add_argument("key", help="record number, ISBN or copy barcode")
    cover.add_argument("file", nargs="?", help="a picture file (JPEG, PNG...): made small and kept")
    cover.add_argument("--remove", action="store_true", help="take the cover away")


def cmd_search(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    filters = search.Filters(material_type=args.type or "", ddc_class=args.ddc or "", audience=args.audience or "",
                             language=(args.language or "").lower(), available=args.available,
                             location=args.location)
    page = search.search(lib, args.query, filters, offset=max(0, args.offset), limit=max(1, min(args.limit, 500)),
                         prefix=False)
    if args.json:
        common.print_json({
            "total": page.total, "offset": page.offset, "exact": page.exact, "ranked": page.ranked,
            "corrected": page.corrected, "shelf": page.shelf,
            "hits": [vars(hit) for hit in page.hits],
        })
        return 0
    if page.corrected:
        print(translate("cli", "Nothing found for “{typed}”. Did you mean: {better}? Showing its results.").format(
            typed=args.query, better=page.corrected))
    if page.shelf:  # the query read as a class or call number: that shelf, by class number then title
        print(translate("cli", "Class or call number {shelf}: sorted by class number, then title.").format(
            shelf=page.shelf))
    print(translate("cli", "{total} titles found.").format(total=format_number(page.total)))
    for hit in page.hits:
        line = f"{hit.record_id:>7}  {hit.call_number:<18}  {hit.title}"
        if hit.authors:
            line += f" / {hit.authors}"
        print(line)
        print(" " * 9 + translate("cli", "{available} of {copies} copies available; shelf: {location}").format(
            available=hit.available, copies=hit.copies, location=hit.location or "-"))
    return 0


def cmd_record_show(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    record = finding.find_record(lib, args.key)
    items = items_of(record)
    data = {name: getattr(record, name) for name in catalog.RECORD_FIELDS if name != "cover"}
    data["id"] = record.id
    data["authors"] = catalog.authors_of(record)
    data["subjects"] = catalog.subjects_of(record)
    data["call_number"] = catalog.call_number_for(record)
    data["copies"] = [{
        "barcode": i.barcode, "accession_no": i.accession_no, "call_number": i.call_number,
        "location": i.location, "status": i.status, "source": i.source, "price": i.price,
        "received_on": i.received_on,
    } for i in items]
    if args.json:
        common.print_json(data)
        return 0
    print(record.title + (f" : {record.subtitle}" if record.subtitle else ""))
    if data["authors"]:
        print("  " + "; ".join(a["name"] for a in data["authors"]))
    details = [format_isbn(record.isbn) if record.isbn else "", record.publisher, record.place, record.year_text]
    print("  " + ", ".join(d for d in details if d))
    print("  " + translate("cli", "Call number: {call_number}").format(call_number=data["call_number"]))
    if data["subjects"]:
        print("  " + ", ".join(data["subjects"]))
    print(translate("cli", "{n} copies:").format(n=format_number(len(items))))
    for item in items:
        status = translate("Catalog", ITEM_STATUSES.get(item.status, item.status))
        print(f"  {item.barcode:<12} {item.accession_no:<16} {item.location:<14} {status}")
    return 0


def cmd_record_cover(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    if bool(args.file) == args.remove:
        print(translate("cli", "Give a picture file, or --remove."), file=sys.stderr)
        return 1
    record = finding.find_record(lib, args.key)
    covers.set_cover(lib, by, record, None if args.remove else covers.read_picture(args.file))
    done = translate("cli", "Cover removed: {title}.") if args.remove else translate("cli", "Cover saved: {title}.")
    print(done.format(title=record.title))
    return 0


def cmd_record_add(args: argparse.Namespace) -> int:
    """ISBN-first, headless: the same lookup and save as the new-record form."""
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    fields: dict = {}
    found = None
    if args.isbn:
        try:
            found = isbn_first.lookup(lib, args.isbn)
            fields = dict(found.fields)
        except ValidationError:
            if not misprinted_isbn(args.isbn):
                raise
            if not args.isbn_as_printed:  # mistyped, or really printed so: only the librarian can tell
                print(translate("cli", "The check digit of ISBN {isbn} does not fit: with these digits the ISBN "
                                       "would be {right}. Check the number on the book. If the book really prints it "
                                       "so, add --isbn-as-printed.").format(
                    isbn=args.isbn.strip(), right=format_isbn(corrected_isbn(args.isbn))), file=sys.stderr)
                return 1
            fields = {"isbn": args.isbn}  # (no catalogue knows a misprinted number: the title is typed)
    given = {name: getattr(args, name) for name in ("title", "subtitle", "publisher", "place", "year_text",
                                                   "edition", "collation", "ddc", "language", "audience",
                                                   "material_type") if getattr(args, name) is not None}
    fields.update(given)
    if args.author:
        fields["authors"] = [{"name": name} for name in args.author]
    if args.subject:
        fields["subjects"] = list(args.subject)
    record = found.record if found is not None else None
    item_fields = {"location": args.location, "source": args.source}
    if args.price is not None:
        item_fields["price"] = args.price
    done = isbn_first.save(lib, by, fields, copies=max(0, args.copies), record=record,
                           isbn_as_printed=args.isbn_as_printed, **item_fields)
    source = found.source if found is not None else "typed"
    if args.json:
        common.print_json({
            "record": done.record.id, "new_record": done.new_record, "source": source,
            "title": done.record.title, "call_number": catalog.call_number_for(done.record),
            "copies": [{"barcode": i.barcode, "accession_no": i.accession_no, "call_number": i.call_number}
                       for i in done.items],
            "possible_duplicates": [d.id for d in done.duplicates],
        })
        return 0
    if found is not None and found.source != isbn_first.UNKNOWN:
        print(translate("Catalog", found.message))
    if done.new_record:
        print(translate("cli", "Record {id} added: {title}").format(id=done.record.id, title=done.record.title))
    else:
        print(translate("cli", "Record {id} already here: {title}").format(id=done.record.id, title=done.record.title))
    for duplicate in done.duplicates[:5]:
        print(translate("cli", "Possible duplicate: record {id} {title}").format(id=duplicate.id, title=duplicate.title))
    for item in done.items:
        print(f"  {item.barcode:<12} {item.accession_no:<16} {item.call_number}")
    if done.items:
        codes = ",".join(i.barcode for i in done.items)
        print(common.hint(args, translate(
            "cli", "Labels: pustaka-cli labels --kind combined --template tj121 --select barcodes:{codes} -o labels.pdf"
        ).format(codes=codes)))
    return 0


def cmd_copy_status(args: argparse.Namespace) -> int:
    """Each copy on its own: one on loan is refused and named, the others still change."""
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    refused = 0
    label = translate("Catalog", ITEM_STATUSES[args.status])
    for barcode in args.barcodes:
        try:
            item = get_item(lib, barcode.strip())
            set_item_status(lib, by, item, args.status, args.note)
        except PustakaError as exc:
            refused += 1
            print("! " + common.error_text(exc), file=sys.stderr)  # (the message names the copy)
            continue
        print(translate("cli", "{barcode} ({title}) is now “{status}”.").format(
            barcode=item.barcode, title=item.record.title, status=label))
    return 1 if refused else 0


def cmd_copy_history(args: argparse.Namespace) -> int:
    """Everything the library knows of one copy, newest first (who borrowed: as the acting account may see)."""
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    history = copy_history.copy_history(lib, by, args.barcode, translate)
    if args.json:
        common.print_json(_history_json(history))
        return 0
    status = translate("Catalog", ITEM_STATUSES.get(history.status, history.status))
    print(f"{history.barcode}  {history.title}")
    print("  " + translate("cli", "Accession no. {accession} · call number {call_number} · {status} · {location}").format(
        accession=history.accession_no or "-", call_number=history.call_number or "-", status=status,
        location=history.location or "-"))
    for line in copy_history.origin_lines(history.origin, translate):
        print("  " + line)
    print(translate("cli", "Loans ({count}):").format(count=format_number(len(history.loans))))
    hidden = translate("CopyHistory", copy_history.HIDDEN_MEMBER)
    for loan in history.loans:
        back = format_date(loan.returned_at) if loan.returned_at else "-"
        print("  " + translate("cli", "{lent} → {back} (due {due}) · {member} · lent by {by}").format(
            lent=format_date(loan.lent_at), back=back, due=format_date(loan.due_on),
            member=hidden if loan.member_hidden else loan.member, by=loan.imported or loan.lent_by)
              + (translate("cli", " · taken back by {who}").format(who=loan.returned_by)
                 if loan.returned_by and not loan.imported else ""))  # an imported loan said so above
        note = copy_history.loan_note(loan, translate)
        if note:
            print("      " + note)
    if not history.loans:
        print("  " + translate("cli", "Never lent."))
    if history.events:
        print(translate("cli", "Other events ({count}):").format(count=format_number(len(history.events))))
    for event in history.events:
        print(f"  {format_datetime(event.at)}  {event.what} · {event.who}" + (f" · {event.detail}" if event.detail else ""))
    return 0


def _history_json(history: copy_history.CopyHistory) -> dict:
    data = dataclasses.asdict(history)
    for loan in data["loans"]:
        loan["member"] = None if loan["member_hidden"] else loan["member"]
    return data
