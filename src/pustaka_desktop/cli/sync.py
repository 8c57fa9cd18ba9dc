"""Sync commands: ``pustaka-cli sync ...`` (both sides) and ``pustaka-cli district ...``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..core.errors import Refused, ValidationError, render
from ..core.formatting import format_number
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.store.models import SyncException
from ..core.sync import (
    catalog_pack,
    conflicts,
    dialect,
    district_db,
    enrolment,
    export,
    grants,
    hub,
    importer,
    keys,
    lost,
    stats,
    status,
    tally,
    union,
    union_rebuild,
    union_suggest,
)
from . import common, district_table
from .common import translate
from .district_grants import cmd_grant_create, cmd_grant_list
from .sync_export import cmd_export


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="sync bundles with the district office")
    ss = sync.add_subparsers(dest="sync_command", required=True, metavar="ACTION")

    p = common.command(ss, "enrol-request", cmd_enrol_request,
                       help="village: write an enrolment request for the district")
    p.add_argument("-o", "--output", required=True)

    p = common.command(ss, "enrol-accept", cmd_enrol_accept,
                       help="district: accept a village's request and write the answer")
    p.add_argument("request")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--code", help="assign this library code (default: the village's own)")

    p = common.command(ss, "enrol-finish", cmd_enrol_finish, help="village: read the district's answer")
    p.add_argument("answer")

    p = common.command(ss, "export", cmd_export,
                       help="write a bundle for a partner into a folder (USB stick)")
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", help="partner site id or library code")
    to.add_argument("--all", action="store_true",
                    help="a bundle for every enrolled partner (the district: every village), into one folder")
    p.add_argument("-o", "--output", required=True, help="folder")

    p = common.command(ss, "import", cmd_import, json=True,
                       help="import a bundle file, or every bundle in a folder")
    p.add_argument("path")

    common.command(ss, "status", cmd_status, json=True, help="partners, waiting changes, recent bundles")

    common.command(ss, "fingerprint", cmd_fingerprint,
                   help="this site's key fingerprint, to compare by phone")

    p = common.command(ss, "confirm-copy", cmd_confirm_copy,
                       help="after a move or a restore: this database is the original library, or a new site")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--original", action="store_true",
                       help="it is the original library (the old PC must never sync again)")
    which.add_argument("--new-site", action="store_true", help="make it a new site, to be enrolled again")

    p = common.command(ss, "revoke", cmd_revoke, help="refuse all further bundles from a partner")
    p.add_argument("site")

    p = common.command(ss, "members", cmd_members,
                       help="send pseudonymised (default) or full member records to a partner")
    p.add_argument("site")
    p.add_argument("--full", action="store_true")
    p.add_argument("--consent", default="", help="who agreed, and when (required with --full)")

    p = common.command(ss, "lookup-isbn", cmd_lookup, help="look an ISBN up in the district's catalogue pack")
    p.add_argument("isbn")

    p = common.command(ss, "lost", cmd_lost, json=True,
                       help="village: what a restored backup lost, as the district still holds it")
    p.add_argument("--reenter", metavar="ID", help="put this loan, return or fine back (original dates)")
    p.add_argument("--dismiss", metavar="ID", help="take this line off the list (dealt with otherwise)")

    district = sub.add_parser("district", help="district office: report, union catalogue, grants")
    ds = district.add_subparsers(dest="district_command", required=True, metavar="ACTION")
    p = common.command(ds, "report", cmd_report, json=True,
                       help="statistics per village and totals for a year or any period")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", type=int)
    when.add_argument("--period", help="2026, 2026-Q1, 2026-03 or FROM..TO (local days)")
    p.add_argument("-o", "--output", help="write a printable .pdf (tables and charts) or an .xlsx file")

    p = common.command(ds, "timezone", cmd_timezone,
                       help="the time zone days and years are cut in (WIB, WITA, WIT)")
    p.add_argument("zone", nargs="?", help="set it (the day-based figures are counted again)")

    p = common.command(ds, "db", cmd_db,
                       help="where the union catalogue and figures live: this file, or PostgreSQL "
                            "(a district that outgrew one PC)")
    p.add_argument("dsn", nargs="?", help="postgresql://USER@HOST/DATABASE (password in ~/.pgpass), or 'here' "
                                          "to keep them in this file again")
    p.add_argument("--move", action="store_true", help="copy the catalogue this file holds into the (empty) "
                                                       "PostgreSQL database")

    p = common.command(ds, "search", cmd_search, json=True,
                       help="search the union catalogue (words, or an ISBN-10/13 with or without hyphens)")
    p.add_argument("text")

    p = common.command(ds, "records", cmd_records, json=True,
                       help="the village records on one union record (for a split)")
    p.add_argument("union_id", type=int)

    p = common.command(ds, "duplicates", cmd_duplicates, json=True,
                       help="union records that may be the same book as this one (to merge if they are)")
    p.add_argument("union_id", type=int)

    p = common.command(ds, "merge", cmd_merge,
                       help="merge two union records the matching missed (kept through later bundles; KEEP goes "
                            "on showing its own title, class number and publisher)")
    p.add_argument("keep_id", type=int)
    p.add_argument("other_id", type=int)

    p = common.command(ds, "split", cmd_split, help="split village records off a wrongly merged union record")
    p.add_argument("union_id", type=int)
    p.add_argument("records", nargs="*", help="village record ids (see 'district records')")
    p.add_argument("--village", action="append", default=[], help="every record of this village code")

    grant = ds.add_parser("grant", help="book-grant packages for villages")
    gs = grant.add_subparsers(dest="grant_command", required=True, metavar="ACTION")
    p = common.command(gs, "create", cmd_grant_create,
                       help="catalogue a grant shipment once, from a CSV, xlsx or MARC/MARCXML file")
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", help="village code or site id; several separated by commas (SKM,MJU,CBD)")
    to.add_argument("--all-villages", action="store_true",
                    help="the same shipment for every enrolled village, each numbering its own copies")
    p.add_argument("--name", required=True)
    p.add_argument("csv", help="columns: " + ",".join(grants.COLUMNS) + " (or judul, pengarang, jumlah, harga...); "
                              "or MARC (.mrc) / MARCXML (.xml): copies and prices from 852/876 or 952")
    common.command(gs, "list", cmd_grant_list, help="grant packages and whether they arrived")


def cmd_enrol_request(args) -> int:
    lib = common.open_library(args)
    fingerprint = enrolment.make_request(lib, common.acting_user(lib, args), args.output)
    print(translate("cli", "Enrolment request written to {path}.").format(path=args.output))
    print(translate("cli", "This library's key fingerprint: {fingerprint}").format(fingerprint=fingerprint))
    return 0


def cmd_enrol_accept(args) -> int:
    lib = common.open_library(args)
    request = enrolment.read_request(args.request)
    peer = enrolment.accept_request(lib, common.acting_user(lib, args), args.request, args.output, code=args.code)
    print(translate("cli", "Enrolled {name} as {code}. Answer written to {path}.").format(
        name=peer.name, code=peer.code, path=args.output))
    print(translate("cli", "Village key fingerprint (compare by phone): {fingerprint}").format(
        fingerprint=request["fingerprint"]))
    print(translate("cli", "District key fingerprint: {fingerprint}").format(fingerprint=keys.own_fingerprint(lib)))
    return 0


def cmd_enrol_finish(args) -> int:
    lib = common.open_library(args)
    answer = enrolment.read_answer(args.answer)
    peer = enrolment.finish(lib, common.acting_user(lib, args), args.answer)
    print(translate("cli", "Enrolled with {name}; this library's code is {code}.").format(
        name=peer.name, code=lib.profile.code))
    print(translate("cli", "District key fingerprint (compare by phone): {fingerprint}").format(
        fingerprint=answer["fingerprint"]))
    return 0


def cmd_import(args) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    path = Path(args.path)
    if path.is_dir():
        lines = hub.import_folder(lib, by, path, progress=common.progress_line(message_width=24))
        common.end_progress()
    else:
        try:
            r = importer.import_bundle(lib, by, path, progress=common.progress_line(message_width=24), watch=True)
            lines = [hub.InboxLine(path.name, r.result, r.sender, r.rows, r.changed, grants=r.grants)]
        except Refused as exc:
            importer.log_rejected(lib, importer.ImportResult(str(path), result="rejected", reason=exc.reason,
                                                             message=exc.message(), error=exc))
            sender = hub.bundle_sender_code(path.name) or str(exc.params.get("sender", ""))
            lines = [hub.InboxLine(path.name, "rejected", sender, reason=exc.reason, error=exc)]
    out = [{"file": line.file, "result": line.result, "sender": line.sender,
            "receiver": line.reason if line.result == "elsewhere" else "", "rows": line.rows,
            "changed": line.changed, "reason": common.error_text(line.error) if line.error else "",
            "advice": _advice(line, alone=len(lines) == 1), "grants": [{"name": name, "copies": copies} for name, copies in line.grants]}
           for line in lines]
    if args.json:
        common.print_json(out)
    else:
        _print_inbox(out, path)
        _print_grants(args, out)
    return 1 if any(line["result"] == "rejected" for line in out) else 0  # "ignored" is not a failure


def _advice(line: hub.InboxLine, alone: bool) -> str:
    found = hub.advice(line, alone)
    return render("Inbox", *found, translate) if found else ""


def _print_inbox(out: list[dict], path: Path) -> None:
    names = {"applied": translate("cli", "applied"), "already": translate("cli", "already applied"),
             "rejected": translate("cli", "rejected"),
             "ignored": translate("cli", "ignored (written by this office)"), "elsewhere": ""}
    for line in out:
        applied = translate("cli", "{count} rows applied").format(count=format_number(line["changed"]))
        if line["result"] == "elsewhere":  # the district's bundle for another village on a shared stick: counted
            continue  # below (59 lines of others' bundles hid this village's own)
        print(f"{line['file']}: {names[line['result']]} {line['sender']}".rstrip()
              + (f", {applied}" if line["changed"] else "") + (f" {line['reason']}" if line["reason"] else ""))
    if not out:  # said, not left to a silence the officer cannot tell from "all done"
        print(translate("cli", "No bundles (pustaka-….zip) in {folder} or its sub-folders.").format(folder=path))
        return
    # a stick of 200 bundles scrolls the one that did not go in out of sight: the end names it, and what to do
    count = {key: format_number(sum(1 for line in out if line["result"] == key)) for key in names}
    if len(out) > 1:
        print(translate("cli", "{n} bundles: {applied} applied, {already} already applied, {rejected} rejected.").format(
            n=format_number(len(out)), applied=count["applied"], already=count["already"],
            rejected=count["rejected"]))
        if count["elsewhere"] != format_number(0):
            print(translate("cli", "{n} bundles for other libraries left on the stick for them.").format(
                n=count["elsewhere"]))
        if all(line["result"] == "elsewhere" for line in out):
            print(translate("cli", "None of them is for this library: ask the district office for its bundle."))
    for line in out:
        if line["result"] == "rejected":
            template = (QT_TRANSLATE_NOOP("cli", "Not imported: {file} ({code}). {advice}") if line["sender"]
                        else QT_TRANSLATE_NOOP("cli", "Not imported: {file}. {advice}"))  # (a renamed bundle)
            print(translate("cli", template).format(file=line["file"], code=line["sender"],
                                                    advice=line["advice"] or line["reason"]).rstrip())


def _print_grants(args, out: list[dict]) -> None:
    """A book grant is a box of books on the librarian's table: say it arrived, and how to label it."""
    received = [grant for line in out for grant in line["grants"]]
    for grant in received:
        print(translate("cli", "Book grant {name}: {copies} copies added, numbered by this library.").format(
            name=grant["name"], copies=format_number(grant["copies"])))
    if any(grant["copies"] for grant in received):
        print(common.hint(args, translate(
            "cli", "Print their labels: pustaka-cli labels --kind combined --template tj121 --select just-added -o labels.pdf")))


def cmd_status(args) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    info = status.sync_status(lib)
    problems = conflicts.open_exceptions(limit=None if args.json else SHOWN_EXCEPTIONS)
    if args.json:
        recent = [{**line, "detail": status.detail_text(line["detail"], translate)} for line in info["recent"]]
        common.print_json({**info, "recent": recent, "exceptions": [_exception_json(x) for x in problems]})
        return 0
    if info["copy_problem"]:
        print(translate("cli", "Warning: this database looks like a copy or a restored backup; sync is blocked."))
    print(translate("cli", "Site {site}; key fingerprint {fingerprint}").format(
        site=info["site"], fingerprint=info["fingerprint"]))
    peer_states = {"active": translate("cli", "active"), "revoked": translate("cli", "revoked")}
    for peer in info["peers"]:
        print(translate("cli", "{code} {name} ({status}): {waiting} changes waiting, last bundle {last}").format(
            code=peer["code"], name=peer["name"], status=peer_states.get(peer["status"], peer["status"]),
            waiting=format_number(peer["waiting_changes"]),
            last=tally.shown_time(peer["last_bundle_at"]) or "-"))
    print(translate("cli", "Open conflicts: {conflicts}; open exceptions: {exceptions}").format(
        conflicts=format_number(info["open_conflicts"]), exceptions=format_number(info["open_exceptions"])))
    for problem in problems:
        print(f"  {_exception_line(problem)}")
    if info["open_exceptions"] > len(problems):
        print("  " + translate("cli", "… and {count} more (the Sync page lists them all)").format(
            count=format_number(info["open_exceptions"] - len(problems))))
    if info["lost"]:
        print(common.hint(args, translate(
            "cli", "A restored backup lost {count} thing(s) the district still holds ({loans} loan(s) still "
                   "out). See: pustaka-cli sync lost").format(
            count=format_number(sum(info["lost"].values())), loans=format_number(info["lost"].get("loan_out", 0)))))
    for peer in info["peers"]:
        if peer["lost_waiting"]:
            print(translate("cli", "{code} restored an older backup: the list of {count} row(s) it lost goes with "
                                   "the next bundle to it.").format(code=peer["code"],
                                                                   count=format_number(peer["lost_waiting"])))
    return 0


SHOWN_EXCEPTIONS = 20  # the newest; a district with many more reads them on the Sync page


def _exception_line(problem: SyncException) -> str:
    """An open sync exception as the Sync page says it: when, what kind, and the sentence."""
    label, template, values = conflicts.exception_text(problem)
    return f"{tally.shown_time(problem.at)}  {translate('SyncExceptions', label)}: " \
        f"{render('SyncExceptions', template, values, translate)}"


def _exception_json(problem: SyncException) -> dict:
    label, template, values = conflicts.exception_text(problem)
    return {"id": problem.id, "at": problem.at.isoformat(timespec="minutes"), "kind": problem.kind,
            "label": translate("SyncExceptions", label), "text": render("SyncExceptions", template, values, translate)}


def cmd_lost(args) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    if args.reenter or args.dismiss:
        by = common.acting_user(lib, args)
        if args.reenter:
            entry = lost.reenter(lib, by, args.reenter)
            print(translate("cli", "Re-entered: {line}").format(line=_lost_line(entry)))
        else:
            entry = lost.dismiss(lib, by, args.dismiss)
            print(translate("cli", "Dismissed: {line}").format(line=_lost_line(entry)))
        return 0
    found, cash = lost.entries(lib), lost.cash_taken(lib)
    if args.json:
        common.print_json({"lines": [vars(entry) for entry in found], "cash": _cash_json(cash)})
        return 0
    counted = lost.cash_line(cash, translate)  # (also once every line is done: the box is counted later)
    if not found:
        print("\n".join(filter(None, [translate("cli", "Nothing lost to a restored backup is waiting here."),
                                       counted])))
        return 0
    print(translate("cli", "What the restored backup lost, as the district still holds it "
                           "(--reenter ID puts a loan, return or fine back, --dismiss ID takes a line off):"))
    if counted:
        print(counted)
    kind = ""
    for entry in found:
        if entry.kind != kind:
            kind = entry.kind
            print(f"\n{translate('Lost', lost.KIND_LABELS[kind])}:")
        print(f"  {entry.key}  {_lost_line(entry)}")
    return 0


def _cash_json(cash: list[lost.CashTaken]) -> dict:
    return {"taken": sum(c.taken for c in cash), "reentered": sum(c.reentered for c in cash),
            "by_staff": [vars(c) for c in cash]}


def _lost_line(entry: lost.LostEntry) -> str:
    """One line of the list in the librarian's words: the copy, the member, the dates (and what else changed)."""
    text = lost.describe(entry, translate)
    if entry.entity == "loan":
        return text
    details = ", ".join(lost.detail(name, value, translate) for name, value in entry.details.items())
    return "  ".join(part for part in (text, details) if part)


def cmd_fingerprint(args) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    keys.require_genuine(lib)
    print(keys.own_fingerprint(lib))
    return 0


def cmd_confirm_copy(args) -> int:
    """What the Sync page's two buttons do, for a hub on a server without a screen."""
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    if not keys.instance_problem(lib):  # (a new site made of the original by mistake would have to enrol again)
        print(translate("cli", "This database is not a copy: nothing to confirm."))
        return 0
    site = keys.resolve_copy(lib, by, keep_site=args.original)
    print(translate("cli", "Confirmed as the original library: it syncs again. The old PC must never sync again.")
          if args.original else translate("cli", "This database is now a new site ({site}): enrol it again.").format(
              site=site))
    return 0


def cmd_revoke(args) -> int:
    lib = common.open_library(args)
    peer = export.peer_by_site_or_code(args.site)
    enrolment.revoke(lib, common.acting_user(lib, args), peer.site)
    print(translate("cli", "{code} revoked: its bundles will be refused.").format(code=peer.code))
    return 0


def cmd_members(args) -> int:
    lib = common.open_library(args)
    peer = export.peer_by_site_or_code(args.site)
    enrolment.set_member_sharing(lib, common.acting_user(lib, args), peer.site, args.full, args.consent)
    print(translate("cli", "Full member records will be sent.") if args.full
          else translate("cli", "Members will be sent pseudonymised."))
    return 0


def cmd_lookup(args) -> int:
    lib = common.open_library(args)
    found = catalog_pack.lookup_isbn(lib, args.isbn)
    if found is None:
        print(translate("cli", "Not in the catalogue pack."))
        return 1
    common.print_json(found)
    return 0


def cmd_report(args) -> int:
    from ..core.reports.period import parse_period

    lib = common.open_library(args)
    common.require_initialised(lib)
    period = stats.year_range(args.year) if args.year else parse_period(args.period)
    if args.output:
        if args.output.lower().endswith(".pdf"):
            from ..core.printing.district_pdf import write_district_pdf

            write_district_pdf(lib, common.acting_user(lib, args), period, args.output, translate)
        elif args.output.lower().endswith(".xlsx"):
            stats.save_xlsx(lib, period, args.output, translate)
        else:
            wrong = QT_TRANSLATE_NOOP("Errors", "Save the district report as .pdf or .xlsx (not {name}).")
            raise ValidationError(wrong, field="output", name=Path(args.output).name)
        print(translate("cli", "Report written to {path}.").format(path=args.output))
        return 0
    rows, total = stats.district_report(lib, period)
    if args.json:
        common.print_json({"period": period.slug(), "from": period.start, "to": period.end,
                           "time_zone": tally.time_zone(), "villages": stats.as_dicts(rows, total)})
    else:
        print(translate("cli", "District library statistics {period} (days in {zone})").format(
            period=period.label(translate), zone=tally.time_zone()))
        for line in district_table.district_lines(rows, total):
            print(line)
    return 0


def cmd_timezone(args) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    if args.zone:
        tally.set_time_zone(lib, common.acting_user(lib, args), args.zone)
    print(tally.time_zone())
    return 0


def cmd_db(args) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    if args.dsn:
        copied = district_db.use_database(lib, common.acting_user(lib, args), "" if args.dsn == "here" else args.dsn,
                                      move=args.move)
        if copied:
            print(translate("cli", "Copied {records} union records, {links} village records and {sums} figures.")
                  .format(records=format_number(copied["union_record"]), links=format_number(copied["union_link"]),
                          sums=format_number(copied["district_tally"])))
    print_union_place(lib)
    return 0


def print_union_place(lib, flush: bool = False) -> None:
    """Where the union catalogue is, and whether PUSTAKA_DISTRICT_DATABASE or the choice saved here decided it."""
    where = dialect.describe(lib)
    print(translate("cli", "Union catalogue in {where} ({kind}): {records} titles in stock.").format(
        where=where["where"], kind=where["kind"], records=format_number(where["records"])), flush=flush)
    found = district_db.place(lib)
    if found.by_variable:
        print(translate("cli", "Named by this PC's PUSTAKA_DISTRICT_DATABASE variable, not by a choice saved in this "
                               "library: 'district db here' or 'district db ADDRESS' saves one, which then wins over "
                               "the variable."), flush=flush)
    if found.unused_variable:
        print(translate("cli", "This PC's PUSTAKA_DISTRICT_DATABASE variable names {variable}, but the choice saved "
                               "in this library decides: the variable is not used.").format(
            variable=found.unused_variable), flush=flush)


def cmd_search(args) -> int:
    lib = common.open_library(args)
    union_rebuild.ensure_current(lib)
    hits = union.search(lib, args.text)
    if args.json:
        from dataclasses import asdict

        common.print_json([asdict(h) for h in hits])
        return 0
    for hit in hits:
        print(_hit_line(hit))
    return 0


def _hit_line(hit: union.UnionHit) -> str:
    held = ", ".join(f"{h.code} {h.available}/{h.copies}" for h in hit.holdings)
    return f"[{hit.id}] {hit.title} — {hit.authors} ({hit.isbn or '-'}): {held}"


def cmd_duplicates(args) -> int:
    lib = common.open_library(args)
    union_rebuild.ensure_current(lib)
    hits = union_suggest.likely_duplicates(lib, args.union_id)
    if args.json:
        from dataclasses import asdict

        common.print_json([asdict(h) for h in hits])
        return 0
    if not hits:
        print(translate("cli", "No record looks like a duplicate of this one."))
    for hit in hits:
        print(_hit_line(hit))
    return 0


def cmd_records(args) -> int:
    lib = common.open_library(args)
    found = union.village_records(lib, args.union_id)
    if args.json:
        common.print_json(found)
        return 0
    for line in _village_record_lines(found):
        print(line)
    return 0


def _village_record_lines(found: list[dict]) -> list[str]:
    """Headings, then two lines a record: its id (what 'district split' takes, whole), village, copies and
    ISBN, then its title as the village wrote it, indented (a long title would not fit beside a 36-character
    id on an 80-column console)."""
    if not found:
        return [translate("cli", "No village record is on this union record.")]
    heads = [translate("cli", text) for text in RECORD_HEADINGS]
    widths = [max(len(heads[0]), *(len(r["record_uid"]) for r in found)),
              max(len(heads[1]), *(len(r["code"]) for r in found)), len(heads[2])]
    out = [f"{heads[0]:<{widths[0]}}  {heads[1]:<{widths[1]}}  {heads[2]:>{widths[2]}}  {heads[3]}",
           f"    {heads[4]}"]
    out.append("-" * len(out[0]))
    pinned = translate("cli", "placed by the district")
    for r in found:
        out.append(f"{r['record_uid']:<{widths[0]}}  {r['code']:<{widths[1]}}  {format_number(r['copies']):>{widths[2]}}"
                   f"  {r['isbn'] or '-'}")
        out.append("    " + " · ".join(part for part in (r["title"], r["edition"], r["printing"],
                                                        pinned if r["pinned"] else "") if part))
    return out


# the columns of 'district records' (marked here: a name in a list is not collected for translation)
RECORD_HEADINGS = (QT_TRANSLATE_NOOP("cli", "Village record"), QT_TRANSLATE_NOOP("cli", "Village"),
                   QT_TRANSLATE_NOOP("cli", "Copies"), QT_TRANSLATE_NOOP("cli", "ISBN"),
                   QT_TRANSLATE_NOOP("cli", "Title · edition · publisher, year"))


def cmd_merge(args) -> int:
    lib = common.open_library(args)
    keep = hub.merge_records(lib, common.acting_user(lib, args), args.keep_id, args.other_id)
    print(translate("cli", "Merged into [{id}] {title}.").format(id=keep.id, title=keep.title))
    return 0


def cmd_split(args) -> int:
    lib = common.open_library(args)
    chosen = list(args.records)
    codes = {c.upper() for c in args.village}
    chosen += [r["record_uid"] for r in union.village_records(lib, args.union_id) if r["code"].upper() in codes]
    new = hub.split_records(lib, common.acting_user(lib, args), args.union_id, chosen)
    print(translate("cli", "Split off as [{id}] {title}.").format(id=new.id, title=new.title))
    return 0


__all__ = ["register", "date"]
