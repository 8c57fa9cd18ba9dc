"""Web catalogue commands: serve it headless, give members their web PIN, manage the digital shelf,
print the QR poster."""

from __future__ import annotations

import argparse
import sys

from ..core.catalog import digital, finding
from ..core.community import member_pin, members
from ..core.formatting import format_number
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.printing import posters
from ..core.wifi_catalogue import PARTS, check_port, options
from . import common
from .common import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "serve", cmd_serve,
                       help="run the patrons' web catalogue on the library Wi-Fi (Ctrl+C stops it)")
    p.add_argument("--host", default="0.0.0.0", help="address to listen on (default: every network of this PC)")
    p.add_argument("--port", type=int, help="port (default: the one set in Settings, else 8080)")
    p.add_argument("--parts", help=f"comma-separated parts to open: {','.join(PARTS)} (default: as in Settings)")

    p = common.command(sub, "web-pin", cmd_pin,
                       help="give a member a PIN for 'My account' in the web catalogue")
    p.add_argument("number", help="member number")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--pin", help="the PIN the member chose (4-8 digits)")
    group.add_argument("--new", action="store_true", help="make a random 6-digit PIN and print it")
    group.add_argument("--clear", action="store_true", help="close the member's web account")

    p = sub.add_parser("digital", help="the digital shelf: PDF/EPUB files patrons read on their phones")
    dsub = p.add_subparsers(dest="digital_command", required=True, metavar="ACTION")
    add = common.command(dsub, "add", cmd_digital_add,
                         help="put a PDF/EPUB on the shelf (a new record, or --record for an existing one)")
    add.add_argument("file")
    add.add_argument("--title", help="title of the new record (required without --record)")
    add.add_argument("--author", default="")
    add.add_argument("--year", default="")
    add.add_argument("--publisher", default="")
    add.add_argument("--ddc", default="")
    add.add_argument("--record", help="attach to this record (number, ISBN or copy barcode)")
    common.command(dsub, "list", cmd_digital_list, json=True,
                   help="the files on the shelf and how often each was opened")
    remove = common.command(dsub, "remove", cmd_digital_remove, help="take a file off the shelf (its view counts stay)")
    remove.add_argument("file_id", type=int)

    p = common.command(sub, "web-poster", cmd_poster,
                       help="a poster with the web catalogue's address and QR code (PDF or PNG)")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--address", help="the link on the poster (default: this PC's address on its network)")
    p.add_argument("--wifi", default="", help="the Wi-Fi network's name, printed on the poster")
    p.add_argument("--door", action="store_true",
                   help="the poster for the door: its QR code opens the visitor book (buku tamu)")


def cmd_serve(args: argparse.Namespace) -> int:
    from ..web.app import WebApp
    from ..web.server import FIREWALL_HINT, WebServer, addresses

    lib = common.open_library(args)
    common.require_initialised(lib)
    opts = options(lib)
    port = check_port(args.port) if args.port is not None else opts.port
    parts = set(opts.parts)
    if args.parts:
        parts = {p.strip() for p in args.parts.split(",") if p.strip()}
        unknown = parts - set(PARTS)
        if unknown:
            print(translate("cli", "Unknown part(s): {parts}. Choose from {known}.").format(
                parts=", ".join(sorted(unknown)), known=", ".join(PARTS)), file=sys.stderr)
            return 2
    server = WebServer(WebApp(lib=lib, parts=frozenset(parts)), args.host, port).start()
    links = addresses(server.port) if args.host in ("0.0.0.0", "") else [f"http://{args.host}:{server.port}/"]
    print(translate("cli", "The web catalogue is open. Phones on the same Wi-Fi can open:"))
    for link in links or [f"http://localhost:{server.port}/"]:
        print(f"  {link}")
    print(translate("cli", "Open parts: {parts}. Press Ctrl+C to stop.").format(parts=", ".join(sorted(parts))))
    print(common.translate("Errors", FIREWALL_HINT))
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.stop()
    return 0


def cmd_pin(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    member = members.get_member(lib, args.number)
    if args.clear:
        member_pin.clear_pin(lib, by, member)
        print(translate("cli", "The web account of {number} is closed.").format(number=member.number))
    elif args.new:
        pin = member_pin.new_pin(lib, by, member)
        print(translate("cli", "New PIN for {number}: {pin} (give it to the member; it is not shown again).").format(
            number=member.number, pin=pin))
    else:
        member_pin.set_pin(lib, by, member, args.pin)
        print(translate("cli", "The PIN of {number} is set.").format(number=member.number))
    return 0


def cmd_digital_add(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    if args.record:
        dfile = digital.attach(lib, by, finding.find_record(lib, args.record), args.file)
    else:
        if not args.title:
            print(translate("cli", "Give a --title for the new record, or --record to attach to one."), file=sys.stderr)
            return 2
        fields = {"title": args.title, "year_text": args.year, "publisher": args.publisher, "ddc": args.ddc}
        if args.author:
            fields["authors"] = [{"name": args.author, "role": "primary", "kind": "person"}]
        dfile = digital.add_document(lib, by, args.file, **fields)
    print(translate("cli", "On the digital shelf: file {id} ({name}) of record {record}.").format(
        id=dfile.id, name=dfile.file_name, record=dfile.record_id))
    return 0


def cmd_digital_list(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    entries = digital.shelf(lib, limit=10_000, include_hidden=True)
    views = digital.views_per_file(lib)
    if args.json:
        common.print_json([{**vars(e), "views": views.get(e.file_id, 0)} for e in entries])
        return 0
    if entries:
        heads = [translate("cli", text) for text in DIGITAL_HEADINGS]
        widths = [max(len(heads[0]), *(len(str(e.file_id)) for e in entries)), max(len(heads[1]), 4),
                  max(len(heads[2]), *(len(format_number(count)) for count in views.values()), 1)]
        print(f"{heads[0]:>{widths[0]}}  {heads[1]:<{widths[1]}}  {heads[2]:>{widths[2]}}  {heads[3]}")
    for e in entries:
        print(f"{e.file_id:>{widths[0]}}  {e.kind.upper():<{widths[1]}}  "
              f"{format_number(views.get(e.file_id, 0)):>{widths[2]}}  {e.title}  ({e.file_name})")
    print(translate("cli", "{count} files; opened or downloaded {views} times in all.").format(
        count=format_number(len(entries)), views=format_number(sum(views.values()))))
    return 0


# the columns of 'digital list' (marked here: a name in a list is not collected for translation)
DIGITAL_HEADINGS = (QT_TRANSLATE_NOOP("cli", "File"), QT_TRANSLATE_NOOP("cli", "Type"),
                    QT_TRANSLATE_NOOP("cli", "Opened"), QT_TRANSLATE_NOOP("cli", "Title (file name)"))


def cmd_digital_remove(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    digital.remove(lib, by, digital.get_file(lib, args.file_id, include_hidden=True))
    print(translate("cli", "File {id} is off the digital shelf.").format(id=args.file_id))
    return 0


def cmd_poster(args: argparse.Namespace) -> int:
    from ..web.server import addresses

    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    link = args.address or next(iter(addresses(options(lib).port)), f"http://localhost:{options(lib).port}/")
    posters.web_catalogue_poster(lib, by, args.output, link, wifi_name=args.wifi, translate=common.translate,
                                 door=args.door)
    shown = posters.door_link(link) if args.door else link
    print(translate("cli", "Poster saved: {path} ({link})").format(path=args.output, link=shown))
    return 0
