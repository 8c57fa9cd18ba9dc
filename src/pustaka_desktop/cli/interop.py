"""Import/export commands: import, export, register (the buku induk)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from ..core.catalog import accession_register
from ..core.errors import ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.interop import importer, marc, slims, spreadsheet
from ..core.interop.types import FORMATS
from . import common
from .common import translate

EXPORT_FORMATS = ("slims-biblio", "slims-item", "marc", "marcxml", "xlsx")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import a catalogue file (SLiMS CSV, MARC, MARCXML, xlsx, CSV)")
    p.add_argument("format", choices=FORMATS)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only report what would be added, updated or skipped")
    p.add_argument("--map", default="", help="spreadsheet columns: 'Header=field,...' (fields: "
                   + ", ".join(spreadsheet.FIELDS) + ")")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="export the catalogue (SLiMS CSV, MARC, MARCXML, xlsx)")
    p.add_argument("format", choices=EXPORT_FORMATS)
    p.add_argument("file")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("register", help="the accession register (buku induk) as PDF or xlsx")
    p.add_argument("-o", "--output", required=True, help="FILE.pdf or FILE.xlsx")
    p.add_argument("--from-date", help="received on or after YYYY-MM-DD")
    p.add_argument("--to-date", help="received on or before YYYY-MM-DD")
    p.add_argument("--from-number", default="", help="first accession number")
    p.add_argument("--to-number", default="", help="last accession number")
    p.set_defaults(handler=cmd_register)


def _progress():
    last = [-1]

    def report(fraction: float, message: str) -> None:
        percent = int(fraction * 100)
        if percent != last[0] and sys.stderr.isatty():
            last[0] = percent
            print(f"\r{percent:3d}%", end="", file=sys.stderr, flush=True)

    return report


def _done_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    mapping = spreadsheet.parse_mapping(args.map) if args.map else None
    result = importer.import_file(lib, by, args.format, args.file, mapping=mapping, dry_run=args.dry_run,
                                  progress=_progress())
    _done_progress()
    if args.json:
        summary = result.summary()
        summary["bad"] = [{"row": bad.row, "reason": bad.message(translate)} for bad in result.bad]
        common.print_json(summary)
        return 0
    if args.dry_run:
        print(translate("cli", "Dry run, nothing was changed."))
    print(translate("cli", "Records: {add} to add, {update} to update, {skip} unchanged.").format(
        add=result.records_add, update=result.records_update, skip=result.records_skip))
    print(translate("cli", "Copies: {add} to add, {update} to update, {skip} unchanged.").format(
        add=result.items_add, update=result.items_update, skip=result.items_skip))
    if result.bad:
        print(translate("cli", "{count} rows were left out:").format(count=len(result.bad)))
        for bad in result.bad:
            print(translate("cli", "  row {row}: {reason}").format(row=bad.row, reason=bad.message(translate)))
    if result.applied:
        print(translate("cli", "Imported."))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    progress = _progress()
    if args.format == "slims-biblio":
        count = slims.export_biblio(lib, by, args.file, progress)
    elif args.format == "slims-item":
        count = slims.export_items(lib, by, args.file, progress)
    elif args.format in ("marc", "marcxml"):
        count = marc.export_marc(lib, by, args.file, xml=args.format == "marcxml", progress=progress)
    else:
        count = spreadsheet.export_xlsx(lib, by, args.file, translate, progress)
    _done_progress()
    print(translate("cli", "{count} rows written to {path}.").format(count=count, path=args.file))
    return 0


def _date(text: str | None, name: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not a date (use YYYY-MM-DD)."),
                              field=name, value=text) from None


def cmd_register(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    filt = accession_register.RegisterFilter(_date(args.from_date, "from_date"), _date(args.to_date, "to_date"),
                                             args.from_number, args.to_number)
    count = accession_register.export(lib, by, args.output, filt, translate, _progress())
    _done_progress()
    print(translate("cli", "{count} copies written to {path}.").format(count=count, path=args.output))
    return 0
