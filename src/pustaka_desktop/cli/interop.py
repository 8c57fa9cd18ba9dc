"""Import/export commands: import, export, register (the buku induk), review (the "Perlu diperiksa" list).

``import`` ends with exit code 0 when every row came in, 2 when rows were refused (a row without a
title, a line the format cannot read) or copies left out, 1 on an error that stopped it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.catalog import accession_register, review
from ..core.catalog.records import kind_named
from ..core.errors import ValidationError
from ..core.fields import date_field
from ..core.formatting import format_number
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.interop import importer, marc_writer, sheet_headers, slims, spreadsheet
from ..core.interop.import_session import NO_RECORD_TITLED
from ..core.interop.types import COPY_FORMATS, FORMATS
from . import common
from .common import translate

EXPORT_FORMATS = ("slims-biblio", "slims-item", "marc", "marcxml", "xlsx")


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "import", common.says_when_stopped(cmd_import), json=True,
                       help="import a catalogue file (SLiMS CSV or database backup, MARC, MARCXML, INLISLite, xlsx, "
                            "CSV)")
    p.add_argument("format", choices=FORMATS)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only report what would be added, updated or skipped")
    p.add_argument("--map", action="append", default=[], help="spreadsheet columns: 'Header=field,...', or one "
                   "--map per column (fields: "
                   + ", ".join(spreadsheet.FIELDS) + ")")
    p.add_argument("--review", action="store_true",
                   help="list what this import flagged for review (with --dry-run: what it would flag)")
    p.add_argument("--items", help="with slims-biblio: SLiMS's items export too, imported together in one go "
                                   "(each copy written once: much faster for a large library)")
    p.add_argument("--pictures", metavar="FOLDER", help="SLiMS's images folder (or its docs folder): the covers "
                                                        "the file names are added to their records")
    p.add_argument("--repository", metavar="FOLDER", help="with slims-sql: SLiMS's repository folder; with "
                                                          "inlislite-sql: INLISLite's uploaded_files folder: the PDFs "
                                                          "and EPUBs attached to its records go on the digital shelf")
    p.add_argument("--database", metavar="NAME", help="with slims-sql: the SLiMS database to read of a server's backup "
                                                      "that holds several")

    p = sub.add_parser("review", help="the review list (Perlu diperiksa): imported fields kept as written")
    rsub = p.add_subparsers(dest="review_command", required=True)
    q = common.command(rsub, "list", cmd_review_list, json=True,
                       help="open items: id, record, field, value as written, reason, suggestion")
    q.add_argument("--reason", default="", help="only one kind: " + ", ".join(review.REASONS))
    q.add_argument("--limit", type=int, default=200, help="how many items to show (default: 200)")
    q.add_argument("--offset", type=int, default=0, help="skip this many items first (the next page)")
    q = common.command(rsub, "fix", cmd_review_fix,
                       help="fix items: the suggestion, or --value; --keep keeps the value as written")
    q.add_argument("ids", nargs="*", type=int, help="item ids (see review list)")
    q.add_argument("--all", action="store_true", help="every open item (with --reason: of that kind); ISBN "
                                                      "suggestions only with --reason isbn")
    q.add_argument("--reason", default="", help="only one kind: " + ", ".join(review.REASONS))
    q.add_argument("--value", help="the right value (one item)")
    q.add_argument("--keep", action="store_true", help="the value is right as it is: close the items")

    p = common.command(sub, "export", cmd_export,
                       help="export the catalogue (SLiMS CSV, MARC, MARCXML, xlsx)")
    p.add_argument("format", choices=EXPORT_FORMATS)
    p.add_argument("file")
    p.add_argument("--pictures", metavar="FOLDER", help="with slims-biblio: write the covers into this folder (copy "
                                                        "its files into SLiMS's images/docs)")

    p = common.command(sub, "register", cmd_register,
                       help="the accession register (buku induk) as PDF or xlsx")
    p.add_argument("-o", "--output", required=True, help="FILE.pdf or FILE.xlsx")
    p.add_argument("--from-date", help="received on or after YYYY-MM-DD")
    p.add_argument("--to-date", help="received on or before YYYY-MM-DD")
    p.add_argument("--from-number", default="", help="first accession number")
    p.add_argument("--to-number", default="", help="last accession number")


def cmd_import(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    # (each --map adds its columns: "--map A=title --map B=authors" is "--map A=title,B=authors")
    mapping = sheet_headers.parse_mapping(",".join(args.map)) if args.map else None
    if args.items and args.format != "slims-biblio":
        print(translate("cli", "--items goes with slims-biblio (SLiMS's two exports together)."), file=sys.stderr)
        return 1
    if (args.database and args.format != "slims-sql") or (
            args.repository and args.format not in ("slims-sql", "inlislite-sql")):
        print(translate("cli", "--repository goes with slims-sql or inlislite-sql (a database backup), --database "
                               "with slims-sql."), file=sys.stderr)
        return 1
    if args.items or args.format == "slims-sql":  # two plans: the records, then the copies
        if args.items:
            plans = importer.import_slims(lib, by, args.file, args.items, dry_run=args.dry_run,
                                          progress=common.progress_line(), pictures=args.pictures,
                                          review=args.review)
        else:
            plans = importer.import_slims_backup(lib, by, args.file, dry_run=args.dry_run,
                                                 progress=common.progress_line(), pictures=args.pictures,
                                                 repository=args.repository, database=args.database,
                                                 review=args.review)
        common.end_progress()
        if args.json:
            common.print_json([_json_summary(args, plan) for plan in plans])
            return max(2 if (plan.bad or plan.left_out) else 0 for plan in plans)
        codes = []
        for plan, what in zip(plans, (translate("cli", "records"), translate("cli", "copies")), strict=True):
            print(f"{plan.path} ({what}):")
            codes.append(_report(args, plan))
        if any(plan.brought_in for plan in plans):
            _say_next_after_slims(args)
        return max(codes)
    if args.format == "inlislite-sql":  # (its digital content too, from the folder copied beside it)
        result = importer.import_inlislite_backup(lib, by, args.file, dry_run=args.dry_run,
                                                  progress=common.progress_line(), repository=args.repository,
                                                  review=args.review)
    else:
        result = importer.import_file(lib, by, args.format, args.file, mapping=mapping, dry_run=args.dry_run,
                                      progress=common.progress_line(), pictures=args.pictures, review=args.review)
    common.end_progress()
    code = _report(args, result)
    if result.brought_in and args.format == "slims-item" and not args.json:  # (the biblio file alone, its copies next)
        _say_next_after_slims(args)
    return code


def _report(args: argparse.Namespace, result) -> int:
    """One file's summary (or JSON); exit code 2 when rows were left out."""
    code = 2 if (result.bad or result.left_out) else 0
    if args.json:
        common.print_json(_json_summary(args, result))
        return code
    if args.dry_run:
        print(translate("cli", "Dry run, nothing was changed."))
    # (a dry run says what can come in, as the wizard's check does: "came in" under "nothing was changed" read as done)
    records_line = (translate("cli", "Records: {add} to add, {update} to update, {skip} unchanged.") if args.dry_run
                    else translate("cli", "Records: {add} added, {update} updated, {skip} unchanged.")).format(
        add=format_number(result.records_add), update=format_number(result.records_update),
        skip=format_number(result.records_skip))
    if result.lists_copies:  # a file of copies: said in copies (INLISLite's copy report may bring their records too)
        copies = (translate("cli", "{came} of {read} copies can come in ({refused} rows refused).") if args.dry_run
                  else translate("cli", "{came} of {read} copies came in ({refused} rows refused)."))
        print(copies.format(
            came=format_number(result.copies_in), refused=format_number(len(result.bad) + len(result.left_out)),
            read=format_number(result.copies_in + len(result.bad) + len(result.left_out))))
        if result.format not in COPY_FORMATS:
            print(records_line)
    else:
        records = (translate("cli", "{came} of {read} records can come in ({refused} rows refused).") if args.dry_run
                   else translate("cli", "{came} of {read} records came in ({refused} rows refused)."))
        print(records.format(
            came=format_number(result.records_in), read=format_number(result.records_in + len(result.bad)),
            refused=format_number(len(result.bad))))
        print(records_line)
    counts = {"add": format_number(result.items_add), "update": format_number(result.items_update),
              "skip": format_number(result.items_skip)}
    if result.items_detailed:  # first, so no "Copies: 0 to add" reads as if none came in (gui: copies_lines)
        print(translate("cli", "Copies the records file listed, with their details from this file: {count}.").format(
            count=format_number(result.items_detailed)))
        if result.items_add or result.items_update or result.items_skip:
            print((translate("cli", "Other copies in this file: {add} to add, {update} to update, {skip} unchanged.")
                   if args.dry_run else
                   translate("cli", "Other copies in this file: {add} added, {update} updated, {skip} unchanged."))
                  .format(**counts))
    else:
        print((translate("cli", "Copies: {add} to add, {update} to update, {skip} unchanged.") if args.dry_run
               else translate("cli", "Copies: {add} added, {update} updated, {skip} unchanged.")).format(**counts))
    if result.kept_here:  # (a file imported again after work here: its older values were not taken)
        print(translate("cli", "Records and copies changed here since they came in, left as they are here (the "
                               "file's values are not taken; where they differ: pustaka-cli review list): {count}.")
              .format(count=format_number(result.kept_here)))
    if result.flags:
        print(common.hint(args, translate("cli", "{rows} rows have {flags} fields kept as written for review "
                                                 "(pustaka-cli review list).").format(
            rows=format_number(result.flagged_rows), flags=format_number(result.flags))))
    if result.bad and not result.copies_in and all(bad.template == NO_RECORD_TITLED for bad in result.bad):
        # (SLiMS's item export alone, into a catalogue without its books: said once, before each row says it)
        print(translate("cli", "None of the books of these copies is in the catalogue: import SLiMS's bibliography "
                               "export first, or both together (pustaka-cli import slims-biblio "
                               "senayan_biblio_export.csv --items \"{file}\").").format(file=Path(result.path).name))
    if result.bad:
        print(translate("cli", "{count} rows were left out:").format(count=format_number(len(result.bad))))
        for bad in result.bad:
            print("  " + bad.line(translate))  # ("Row 14: why", or "Sheet 2020, row 14: why")
    if result.left_out:
        print(translate("cli", "{count} copies were left out (their records came in):").format(
            count=format_number(len(result.left_out))))
        for bad in result.left_out:
            print("  " + bad.line(translate))
    for notice in result.notices:
        print(notice.line(translate))
    _say_new_barcodes(args, result)
    if result.covers is not None:
        for line in result.covers.notes(translate, "covers"):
            print(line)
    if result.shelf is not None:
        for line in result.shelf.notes(translate):
            print(line)
    if result.to_review is not None:  # (--review; a dry run's: what it would flag, without numbers to fix them by)
        _print_entries(result.to_review, numbered=not args.dry_run)
    if result.applied and code and not result.brought_in:
        print(translate("cli", "Nothing came in: every row was left out (see above)."))
    elif result.applied and not result.rows:  # (the file held its header alone: said above, in its notice)
        print(translate("cli", "Nothing came in."))
    elif result.applied:
        print(translate("cli", "Imported.") if code == 0 else
              translate("cli", "Imported, but not every row came in (see above)."))
    return code


def _say_new_barcodes(args: argparse.Namespace, result) -> None:
    """Copies the file listed without a barcode got one of this library: their books carry no label a scanner here
    reads, and their old received dates keep them out of "just added", so the command that prints them is given."""
    if not result.barcodes_given:
        return
    if args.dry_run:
        print(translate("cli", "{count} copies will get a new barcode of this library (the file has none for them): "
                               "their books will need labels before they can be lent.").format(
            count=format_number(result.barcodes_given)))
        return
    print(common.hint(args, translate(
        "cli", "{count} copies got a new barcode of this library (the file has none for them): stick labels on their "
               "books before they are lent. Print the labels: pustaka-cli labels --kind combined --template tj121 "
               "--select new-barcodes -o label-baru.pdf").format(count=format_number(result.barcodes_given))))


def _say_next_after_slims(args: argparse.Namespace) -> None:
    """A move from SLiMS goes on with the members, then the loans (they need both the copies and the members)."""
    if args.format == "slims-sql":
        backup = f'"{args.file}"' + (f' --database "{args.database}"' if args.database else "")
        print(common.hint(args, translate(
            "cli", "Next steps of the move from SLiMS: the members of the same backup ({members}), then its loans, "
                   "fines and visitor book ({history}).").format(
            members=f"pustaka-cli members-import {backup}", history=f"pustaka-cli history-import {backup}")))
        return
    print(common.hint(args, translate(
        "cli", "Next steps of the move from SLiMS: the members, from SLiMS's members export (pustaka-cli "
               "members-import anggota.csv); then the loans, from a SLiMS database backup (pustaka-cli history-import "
               "backup.sql) or a loan notebook kept in Excel (pustaka-cli loans-import buku-pinjaman.xlsx).")))


def _json_summary(args: argparse.Namespace, result) -> dict:
    summary = result.summary()
    summary["bad"] = [common.bad_row_json(bad) for bad in result.bad]
    summary["left_out"] = [common.bad_row_json(bad) for bad in result.left_out]
    summary["notices"] = [notice.line(translate) for notice in result.notices]
    if result.to_review is not None:
        summary["review"] = [_entry_json(e, numbered=not args.dry_run) for e in result.to_review]
    return summary


def _entry_json(entry: review.Entry, numbered: bool = True) -> dict:
    """An entry as JSON; a dry run's (``numbered`` False) without the ids it had before it was rolled back."""
    return {"id": entry.id if numbered else None, "reason": entry.reason,
            "record": entry.record_id if numbered else None, "title": entry.title,
            "material_type": entry.material_type, "barcode": entry.barcode, "field": entry.field, "value": entry.value,
            "message": entry.message(translate), "values": entry.params,
            "suggestion": "" if entry.suggestion == review.EMPTY else entry.suggestion,
            "suggests_empty": entry.suggestion == review.EMPTY, "row": entry.row,
            "import": entry.origin}


def _print_entries(entries: list[review.Entry], numbered: bool = True) -> None:
    """The entries as the list shows them; a dry run's (``numbered`` False) without the numbers ``review fix``
    takes: they were rolled back with it."""
    if not entries:
        print(translate("cli", "Nothing to review."))
        return
    for entry in entries:
        kind = kind_named(entry.material_type)
        what = entry.title + (f" ({translate('Catalog', kind)})" if kind else "") + (
            f" [{entry.barcode}]" if entry.barcode else "")
        print(f"#{entry.id}  {what}" if numbered else f"-  {what}")
        message = entry.message(translate)
        print("    " + message)
        if entry.place():  # (where to correct her workbook too)
            print("    " + translate("cli", "In the file: {place}").format(place=entry.place(translate)))
        if entry.value and entry.value not in message:  # ("The language is a three-letter code": but which?)
            print("    " + translate("cli", "As written: {value}").format(value=entry.value))
        if entry.suggestion:
            print("    " + translate("cli", "Suggestion: {value}").format(value=entry.shown_suggestion(translate)))


def _known_reason(reason: str) -> str:
    """``--reason`` as typed, checked: an unknown kind ("bahasa", a typo) would list nothing and look done."""
    reason = reason.strip().lower()
    if reason and reason not in review.REASONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no kind of review item called {reason}. The "
                                                          "kinds: {kinds}."),
                              field="reason", reason=reason, kinds=", ".join(review.REASONS))
    return reason


def _print_kinds(lib) -> None:
    """How many of each kind are open, most first: where a librarian facing thousands starts (--reason)."""
    counts = sorted(review.counts_by_reason(lib).items(), key=lambda pair: (-pair[1], pair[0]))
    if len(counts) > 1:
        for reason, count in counts:
            label = translate("Review", review.REASONS.get(reason, reason))
            print(translate("cli", "  {count}  {label} (--reason {reason})").format(
                count=format_number(count), label=label, reason=reason))


def cmd_review_list(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    reason = _known_reason(args.reason)
    if args.limit < 1 or args.offset < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "--limit is at least 1 and --offset at least 0."),
                              field="limit")
    entries = review.open_flags(lib, reason=reason, limit=args.limit, offset=args.offset)
    count = review.open_count(lib, reason)
    if args.json:
        common.print_json({"open": review.open_count(lib), "matching": count, "offset": args.offset,
                           "items": [_entry_json(e) for e in entries]})
        return 0
    if reason:
        print(translate("cli", "{count} items to review of this kind: {label}.").format(
            count=format_number(count), label=translate("Review", review.REASONS[reason])))
    else:
        print(translate("cli", "{count} items to review.").format(count=format_number(count)))
        _print_kinds(lib)
    _print_entries(entries)
    shown_to = args.offset + len(entries)
    if entries and (args.offset or shown_to < count):
        print(translate("cli", "Items {first}-{last} of {count} shown.").format(
            first=format_number(args.offset + 1), last=format_number(shown_to), count=format_number(count)))
        if shown_to < count:
            command = "pustaka-cli review list" + (f" --reason {reason}" if reason else "")
            print(common.hint(args, translate("cli", "The next ones: {command} --offset {offset}").format(
                command=command, offset=shown_to)))
    return 0


def _note_isbns_left(lib, reason: str) -> None:
    """After --all without a kind: the ISBN suggestions it left (review.CHECK_EACH), and why."""
    left = 0 if reason else review.open_count(lib, "isbn")
    if left:
        print(translate("cli", "{count} ISBNs were left as written: the suggestion only recomputes the check digit, "
                               "and the book may print it so. Check each against the book (review fix ID, or "
                               "--all --reason isbn).").format(count=format_number(left)))


def cmd_review_fix(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    ids = list(args.ids)
    reason = _known_reason(args.reason)
    if args.all and args.keep:
        ids = [e.id for e in review.open_flags(lib, reason=reason, limit=1_000_000)]
    elif args.all:  # the suggestions: one without is no failure, it stays on the list (review.bulk_ids)
        ids = review.bulk_ids(lib, reason)
        if not ids:
            print(translate("cli", "No item of these has a suggestion: fix them one by one (--value) or keep them "
                                   "(--keep)."))
            _note_isbns_left(lib, reason)
            return 0
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name the items to fix (their numbers from the review "
                                                          "list) or --all."), field="ids")
    if args.keep:
        count = review.keep_many(lib, by, ids)
        print(translate("cli", "{count} items kept as written.").format(count=format_number(count)))
        return 0
    if args.value is not None:
        if len(ids) != 1:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "--value fixes one item at a time."), field="value")
        review.fix(lib, by, ids[0], args.value)
        print(translate("cli", "{count} items fixed.").format(count=1))
        return 0
    done, failed = review.fix_many(lib, by, ids, progress=common.progress_line(message_width=24))
    common.end_progress()
    print(translate("cli", "{count} items fixed.").format(count=format_number(done)))
    if args.all:
        _note_isbns_left(lib, reason)
    for flag_id, exc in failed:
        print(translate("cli", "  #{id}: {reason}").format(id=flag_id, reason=common.error_text(exc)))
    return 0 if not failed else 2


def cmd_export(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    progress = common.progress_line()
    if args.format == "slims-biblio":
        count = slims.export_biblio(lib, by, args.file, progress, pictures=args.pictures)
    elif args.format == "slims-item":
        count = slims.export_items(lib, by, args.file, progress)
    elif args.format in ("marc", "marcxml"):
        count = marc_writer.export_marc(lib, by, args.file, xml=args.format == "marcxml", progress=progress)
    else:
        count = spreadsheet.export_xlsx(lib, by, args.file, translate, progress)
    common.end_progress()
    print(translate("cli", "{count} rows written to {path}.").format(count=format_number(count), path=args.file))
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    filt = accession_register.RegisterFilter(date_field(args.from_date, "from_date"),
                                             date_field(args.to_date, "to_date"), args.from_number, args.to_number)
    count = accession_register.export(lib, by, args.output, filt, translate, common.progress_line())
    common.end_progress()
    print(translate("cli", "{count} copies written to {path}.").format(count=format_number(count), path=args.output))
    return 0
