"""Printing commands: labels, member cards, posters, label sheet templates and calibration."""

from __future__ import annotations

import argparse
import sys

from ..core.errors import ValidationError
from ..core.formatting import format_measure, format_number
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.pictures import read_picture
from ..core.printing import branding, card_checks, cards, labels, month_card, posters, selection, templates
from ..core.reports.period import parse_period
from ..core.store.clock import local_today
from . import common
from .common import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "labels", cmd_labels,
                       help="spine, barcode or combined labels on a label sheet (PDF)")
    p.add_argument("--kind", choices=labels.KINDS, required=True)
    p.add_argument("--template", required=True, help="label sheet, e.g. tj103, tj121, tj107, tj108, a4-3x7")
    p.add_argument("--select", default="just-added",
                   help="just-added[:DAYS] | new-barcodes | dates:FROM..TO | accession:A..B | barcodes:X,Y | ids:1,2 | "
                        "search:WORDS")
    p.add_argument("--skip", type=int, default=0, help="labels already used on the first sheet")
    p.add_argument("--copies", type=int, default=1, help="labels per copy")
    p.add_argument("--no-band", action="store_true", help="no library name band on spine labels")
    p.add_argument("--printer", default=templates.DEFAULT_PRINTER, help="whose calibration to apply")
    p.add_argument("-o", "--output", required=True)

    p = common.command(sub, "cards", cmd_cards, help="member cards (PDF)")
    p.add_argument("--select", default="new",
                   help="new[:DAYS] | dates:FROM..TO | numbers:A,B | ids:1,2 | search:WORDS (name, number, "
                        "school, class, dusun: search:SD NEGERI 1 SUKAMAJU 4A) | all | imported (moved in from the old "
                        "system) | unprinted (no card made here yet)")
    p.add_argument("--layout", choices=cards.LAYOUTS, default="a4",
                   help="a4: 10 per page with cut marks; single: one card per page (card printers)")
    p.add_argument("--sides", choices=cards.SIDES, default="both")
    p.add_argument("-o", "--output", required=True)

    p = sub.add_parser("poster", help="promotion posters (PDF or PNG)")
    kinds = p.add_subparsers(dest="poster", required=True, metavar="KIND")
    q = common.command(kinds, "new-arrivals", cmd_poster_arrivals,
                       help="the books added lately, with their covers")
    q.add_argument("--days", type=int, default=30)
    q.add_argument("--size", choices=sorted(posters.SIZES), default="a4")
    q.add_argument("-o", "--output", required=True, help="FILE.pdf or FILE.png")
    q = common.command(kinds, "programme", cmd_poster_programme,
                       help="a community programme: title, date, place, partners, QR link")
    q.add_argument("--title", required=True)
    q.add_argument("--when", default="", help="date and time, as it should be printed")
    q.add_argument("--place", default="")
    q.add_argument("--description", default="")
    q.add_argument("--partner", action="append", default=[], help="a partner's name (repeatable)")
    q.add_argument("--link", default="", help="web link printed as a QR code")
    q.add_argument("--size", choices=sorted(posters.SIZES), default="a4")
    q.add_argument("-o", "--output", required=True, help="FILE.pdf or FILE.png")
    q = common.command(kinds, "month", cmd_poster_month,
                       help="'this month at the library': visitors, loans, new books, next programme")
    q.add_argument("--month", help="YYYY-MM (default: this month)")
    q.add_argument("--size", choices=sorted(posters.SIZES), default="square",
                   help="square and story are 1080-pixel-wide posts to share; a4/a3 print")
    q.add_argument("-o", "--output", required=True, help="FILE.png or FILE.pdf")

    p = common.command(sub, "label-test-page", cmd_test_page,
                       help="a test page with rulers and label outlines, for calibration")
    p.add_argument("--template", required=True)
    p.add_argument("--printer", default=templates.DEFAULT_PRINTER)
    p.add_argument("-o", "--output", required=True)

    common.command(sub, "label-templates", cmd_templates, json=True, help="list the label sheet templates")

    p = common.command(sub, "label-template-add", cmd_template_add,
                       help="add a label sheet template by its measurements (mm)")
    p.add_argument("--name", required=True)
    p.add_argument("--title", default="")
    for name in templates.MEASUREMENTS:
        flag = "--" + name.removesuffix("_mm").replace("_", "-")
        p.add_argument(flag, dest=name, type=float, required=name.startswith(("page_", "label_", "margin_")),
                       default=0.0)
    p.add_argument("--columns", type=int, required=True)
    p.add_argument("--rows", type=int, required=True)

    p = common.command(sub, "label-template-delete", cmd_template_delete,
                       help="remove a label sheet template you added")
    p.add_argument("name")

    p = common.command(sub, "label-calibrate", cmd_calibrate,
                       help="set a template's offset and scale for a printer")
    p.add_argument("--template", required=True)
    p.add_argument("--printer", default=templates.DEFAULT_PRINTER)
    p.add_argument("--dx", type=float, default=0.0, help="mm to the right (negative: left)")
    p.add_argument("--dy", type=float, default=0.0, help="mm down (negative: up)")
    p.add_argument("--scale", type=float, default=100.0, help="percent")

    p = common.command(sub, "library-logo", cmd_logo, help="set the logo printed on member cards")
    p.add_argument("file", nargs="?", help="a picture file (PNG, JPEG...)")
    p.add_argument("--remove", action="store_true")


def _user(args: argparse.Namespace):
    lib = common.open_library(args)
    return lib, common.acting_user(lib, args)


def cmd_labels(args: argparse.Namespace) -> int:
    lib, by = _user(args)
    template = templates.get_template(args.template)
    items = selection.copy_labels(selection.copies_to_print(lib, args.select))
    result = labels.print_labels(
        lib, by, args.kind, template, items, args.output, skip=args.skip, copies=args.copies, band=not args.no_band,
        calibration=templates.get_calibration(template.name, args.printer))
    print(translate("cli", "Wrote {labels} labels on {pages} pages to {path}.").format(
        labels=format_number(result.labels), pages=format_number(result.pages), path=args.output))
    if result.skipped:
        print(translate("cli", "Skipped {count} copies whose label cannot be printed:").format(
            count=format_number(len(result.skipped))), file=sys.stderr)
        for skipped in result.skipped:
            print(f"  {skipped.label.barcode}: {skipped.reason(translate)}", file=sys.stderr)
    if result.thin:
        print(translate("cli", "{count} labels have bars thinner than 0.33 mm (the code is long for this label): "
                               "print them at 300 dpi or more, or choose a wider label: {codes}").format(
            count=format_number(len(result.thin)), codes=", ".join(label.barcode for label in result.thin)), file=sys.stderr)
    if result.uncalled:
        print(translate("cli", "{count} labels have the barcode only: these copies have no call number, class, "
                               "author or title (fill them in the catalogue): {codes}").format(
            count=format_number(len(result.uncalled)), codes=", ".join(c.barcode for c in result.uncalled)),
            file=sys.stderr)
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    lib, by = _user(args)
    members = selection.members_to_print(lib, args.select)
    result = cards.print_cards(lib, by, members, args.output, layout=args.layout, sides=args.sides,
                               translate=translate)
    print(translate("cli", "Wrote {cards} member cards on {pages} pages to {path}.").format(
        cards=format_number(result.cards), pages=format_number(result.pages), path=args.output))
    for line in card_checks.card_notes(lib, members, translate, args.select):
        print(line, file=sys.stderr)
    return 0


def cmd_poster_arrivals(args: argparse.Namespace) -> int:
    lib, by = _user(args)
    count = posters.new_arrivals_poster(lib, by, args.output, days=args.days, size=args.size, translate=translate)
    print(translate("cli", "Wrote a poster of {count} new books to {path}.").format(count=format_number(count),
                                                                                     path=args.output))
    return 0


def cmd_poster_month(args: argparse.Namespace) -> int:
    lib, by = _user(args)
    month = args.month or local_today(lib.clock).strftime("%Y-%m")  # (the library's month: UTC's is a day late)
    period = parse_period(month)
    if period.kind != "month":
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not a month (use YYYY-MM)."), field="month",
                              value=month)
    month_card.month_card(lib, by, args.output, period, size=args.size, translate=translate)
    print(translate("cli", "Wrote the poster to {path}.").format(path=args.output))
    return 0


def cmd_poster_programme(args: argparse.Namespace) -> int:
    lib, by = _user(args)
    programme = posters.Programme(args.title, args.when, args.place, args.description, tuple(args.partner),
                                  args.link)
    posters.programme_poster(lib, by, args.output, programme, size=args.size, translate=translate)
    print(translate("cli", "Wrote the poster to {path}.").format(path=args.output))
    return 0


def cmd_test_page(args: argparse.Namespace) -> int:
    lib, by = _user(args)
    template = templates.get_template(args.template)
    labels.write_test_page(lib, by, template, args.output, args.printer, translate=translate)
    print(translate("cli", "Wrote the test page to {path}. Print it at actual size (100 %).").format(
        path=args.output))
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    common.open_library(args)
    rows = templates.all_templates()
    if args.json:
        # the sheet file as it is (a built-in's title, description and sources in English, as written), and its
        # name as the Labels page shows it, in the user's language
        common.print_json([{**t.to_dict(), "builtin": t.builtin, "shown_title": templates.shown_title(t, translate)}
                           for t in rows])
        return 0
    heading = [translate("cli", "Template"), translate("cli", "Layout"), translate("cli", "Label size"),
               translate("cli", "Sheet")]
    lines = [[t.name, f"{t.columns} × {t.rows}",
              f"{format_measure(t.label_width_mm)} × {format_measure(t.label_height_mm)} mm",
              templates.sheet_name(t, translate)] for t in rows]
    widths = [max(len(line[i]) for line in [heading, *lines]) for i in range(3)]
    for line in [heading, ["-" * w for w in widths] + ["-" * len(heading[3])], *lines]:
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=False)) + "  " + line[3])
    return 0


def cmd_template_add(args: argparse.Namespace) -> int:
    lib, by = _user(args)
    data = {"name": args.name, "title": args.title, "columns": args.columns, "rows": args.rows,
            **{name: getattr(args, name) for name in templates.MEASUREMENTS}}
    template = templates.save_template(lib, by, data)
    print(translate("cli", "Saved the label sheet template {name}.").format(name=template.name))
    return 0


def cmd_template_delete(args: argparse.Namespace) -> int:
    lib, by = _user(args)
    templates.delete_template(lib, by, args.name)
    print(translate("cli", "Removed the label sheet template {name}.").format(name=args.name))
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    lib, by = _user(args)
    calibration = templates.set_calibration(lib, by, args.template, args.printer, args.dx, args.dy, args.scale)
    print(translate("cli", "Calibration saved: x {dx} mm, y {dy} mm, scale {scale} %.").format(
        dx=format_measure(calibration.dx_mm), dy=format_measure(calibration.dy_mm),
        scale=format_measure(calibration.scale_pct)))
    return 0


def cmd_logo(args: argparse.Namespace) -> int:
    lib, by = _user(args)
    if args.remove:
        branding.set_logo(lib, by, None)
    elif args.file:
        branding.set_logo(lib, by, read_picture(args.file, "logo"))
    else:
        print(translate("cli", "Give a picture file, or --remove."))
        return 2
    print(translate("cli", "The logo is saved."))
    return 0
