"""Catalogue commands: search, record show."""

from __future__ import annotations

import argparse

from ..core.catalog import records as catalog
from ..core.catalog import search
from ..core.catalog.isbn import format_isbn
from . import common
from .common import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the catalogue (title, author, subject, ISBN, barcode...)")
    p.add_argument("query", nargs="?", default="", help="words, an ISBN or a copy barcode")
    p.add_argument("--json", action="store_true")
    p.add_argument("--type", choices=sorted(catalog.MATERIAL_TYPES), help="material type")
    p.add_argument("--ddc", choices=sorted(catalog.DDC_CLASSES), help="DDC main class, e.g. 300")
    p.add_argument("--audience", choices=sorted(catalog.AUDIENCES))
    p.add_argument("--language", help="three-letter code, e.g. ind")
    p.add_argument("--available", action="store_true", help="only titles with a copy on the shelf now")
    p.add_argument("--location", default="", help="only titles with a copy at this location")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("record", help="catalogue records")
    rsub = p.add_subparsers(dest="record_command", required=True, metavar="ACTION")
    show = rsub.add_parser("show", help="one record and its copies, by number, ISBN or copy barcode")
    show.add_argument("key")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_record_show)


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
            "hits": [vars(hit) for hit in page.hits],
        })
        return 0
    print(translate("cli", "{total} titles found.").format(total=page.total))
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
    record = catalog.find_record(lib, args.key)
    items = catalog.items_of(record)
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
    print(translate("cli", "{n} copies:").format(n=len(items)))
    for item in items:
        status = translate("Catalog", catalog.ITEM_STATUSES.get(item.status, item.status))
        print(f"  {item.barcode:<12} {item.accession_no:<16} {item.location:<14} {status}")
    return 0
