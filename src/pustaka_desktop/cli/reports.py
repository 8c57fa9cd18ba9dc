"""Visitor book, programmes and reports, headless:

    pustaka-cli visit member NUMBER [--purpose read]
    pustaka-cli visit guest --gender F --age-band 19-35 --purpose read [--occupation ...] [--origin village]
    pustaka-cli visit group --name "Kelas 4 SDN 1" --counts M=10,F=12,sd=22 [--purpose activity]
    pustaka-cli visit read BARCODE            (a copy read on site)
    pustaka-cli visit today [--json]
    pustaka-cli report monthly --month 2026-03 -o FILE.pdf|xlsx|csv [--json]
    pustaka-cli report period --period 2026-Q1 -o FILE           (any period: day, month, quarter, year, FROM..TO)
    pustaka-cli report iplm --year 2026 [--json | -o FILE]
    pustaka-cli report tpbis --from 2026-01-01 --to 2026-03-31 -o FILE
    pustaka-cli program list | add | session | partner | enrol | attend | story
    pustaka-cli program sessions | move | cancel | participants | guest | ...   (cli/programmes.py)
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from ..core.community import programs, visits
from ..core.community.demographics import AGE_BANDS
from ..core.errors import Conflict, PustakaError, ValidationError
from ..core.formatting import format_number
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.pictures import read_picture
from ..core.printing import impact_sheet
from ..core.reports import documents, impact, iplm_data, monthly_data, parse_period, save, tpbis_data
from . import common, programmes
from .common import translate


def register(sub: argparse._SubParsersAction) -> None:
    visit = sub.add_parser("visit", help="record a visit in the visitor book")
    vs = visit.add_subparsers(dest="visit_command", required=True, metavar="KIND")
    p = common.command(vs, "member", cmd_visit_member, help="a member's card scan (counts once a day)")
    p.add_argument("number")
    p.add_argument("--purpose", choices=visits.PURPOSES, default="read")
    p = common.command(vs, "guest", cmd_visit_guest, help="a visitor who is not a member")
    p.add_argument("--gender", required=True, choices=("M", "F"))
    p.add_argument("--age-band", required=True, choices=AGE_BANDS)
    p.add_argument("--purpose", choices=visits.PURPOSES, default="read")
    p.add_argument("--occupation", default="")
    p.add_argument("--origin", choices=visits.ORIGINS, default="village")
    p.add_argument("--name", default="")
    p = common.command(vs, "group", cmd_visit_group, help="a group visit (rombongan)")
    p.add_argument("--name", required=True)
    p.add_argument("--counts", required=True, help="e.g. M=10,F=12,sd=22 (genders, age bands or paud/sd/smp/sma)")
    p.add_argument("--purpose", choices=visits.PURPOSES, default="activity")
    p.add_argument("--origin", choices=visits.ORIGINS, default="village")
    p = common.command(vs, "read", cmd_visit_read,
                       help="a copy read on site (scanned from the reading-room trolley)")
    p.add_argument("barcode")
    common.command(vs, "today", cmd_visit_today, json=True, help="today's visitor count and lines")

    report = sub.add_parser("report", help="monthly report, IPLM sheet, TPBIS report")
    rs = report.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    p = common.command(rs, "monthly", cmd_report_monthly, help="the monthly village library report")
    p.add_argument("--month", required=True, help="YYYY-MM")
    _outputs(p)
    p = common.command(rs, "period", cmd_report_period, help="the same report for any period")
    p.add_argument("--period", required=True, help="2026-03-02, 2026-03, 2026-Q1, 2026 or FROM..TO")
    _outputs(p)
    p = common.command(rs, "iplm", cmd_report_iplm, help="the IPLM data sheet for a year")
    p.add_argument("--year", type=int, required=True)
    _outputs(p)
    p = common.command(rs, "impact", cmd_report_impact,
                       help="the impact sheet for the village deliberation (PDF to print, PNG to share)")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", type=int)
    when.add_argument("--period", help="2026, 2026-Q1, 2026-03 or FROM..TO")
    p.add_argument("-o", "--output", required=True, help="FILE.pdf or FILE.png")
    p.add_argument("--budget", help="rupiah the library received for the period (kept for next time)")
    p.add_argument("--received", help="other support in words: book grants, equipment... (kept)")
    p.add_argument("--plans", help="the library's plans for the next period (kept)")
    p.add_argument("--request", help="rupiah the library asks for the next period (kept)")
    p = common.command(rs, "tpbis", cmd_report_tpbis, help="the TPBIS activity report for a period")
    p.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD")
    _outputs(p)

    prog = sub.add_parser("program", help="community programmes (kegiatan)")
    ps = prog.add_subparsers(dest="program_command", required=True, metavar="ACTION")
    common.command(ps, "list", cmd_program_list, json=True, help="programmes with their counts")
    p = common.command(ps, "add", cmd_program_add, help="a new programme")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", choices=programs.KINDS, default="other")
    p.add_argument("--skill", default="")
    p.add_argument("--description", default="")
    p.add_argument("--starts-on")
    p.add_argument("--new-anyway", action="store_true",
                   help="make it even though a programme of that name exists (a new season kept apart)")
    p = common.command(ps, "edit", cmd_program_edit,
                       help="change a programme: what came of it (outcomes), its description, skill or end")
    p.add_argument("program", help="programme name")
    p.add_argument("--outcomes", help="what came of it, for the reports: e.g. 3 mothers began selling online")
    p.add_argument("--description")
    p.add_argument("--skill")
    p.add_argument("--ends-on", help="YYYY-MM-DD")
    p = common.command(ps, "session", cmd_program_session, help="add a session to a programme")
    p.add_argument("program", help="programme name")
    p.add_argument("--at", required=True, help="YYYY-MM-DD HH:MM (local time)")
    p.add_argument("--place", default="")
    p.add_argument("--facilitator", default="")
    p.add_argument("--topic", default="")
    p = common.command(ps, "partner", cmd_program_partner,
                       help="add a partner and link it to a programme (a partner already known is linked)")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", choices=programs.PARTNER_KINDS, default="other")
    p.add_argument("--mou-date")
    p.add_argument("--program", help="link to this programme")
    p.add_argument("--role", default="", help="what the partner does in that programme (a speaker, the venue, ...)")
    p = common.command(ps, "attend", cmd_program_attend,
                       help="mark members present at a programme's session (by card number)")
    p.add_argument("program")
    p.add_argument("--session-date", required=True, help=programmes.SESSION_HELP)
    p.add_argument("numbers", nargs="+")
    p = common.command(ps, "story", cmd_program_story, help="add a story or testimonial")
    p.add_argument("program")
    p.add_argument("--title", default="")
    p.add_argument("--text", required=True)
    p.add_argument("--author", default="")
    p.add_argument("--told-on", help="YYYY-MM-DD, the day it was told (default: today)")
    p.add_argument("--photo", help="a picture file")
    p.add_argument("--consent", action="store_true",
                   help="the teller agreed that it may be shown in public (impact sheet, posts)")
    programmes.register(ps)


def _outputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", help="FILE.pdf, FILE.xlsx or FILE.csv")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")


def _counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        if not sep or not value.strip().isdigit():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write group counts like M=10,F=12 (not {value})."),
                                  field="counts", value=part.strip())
        counts[key.strip()] = int(value)
    return counts


def cmd_visit_member(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    result = visits.record_member(lib, common.acting_user(lib, args), args.number, args.purpose)
    if result.repeat:
        print(translate("cli", "{name} is already in today's book.").format(name=result.member.name))
    else:
        print(translate("cli", "Welcome, {name}. Visitors today: {count}.").format(
            name=result.member.name, count=format_number(visits.today_count(lib))))
    return 0


def cmd_visit_guest(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    visits.record_guest(lib, common.acting_user(lib, args), gender=args.gender, age_band=args.age_band,
                        purpose=args.purpose, occupation=args.occupation, origin=args.origin, name=args.name)
    print(translate("cli", "Guest recorded. Visitors today: {count}.").format(count=format_number(visits.today_count(lib))))
    return 0


def cmd_visit_group(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    line = visits.record_group(lib, common.acting_user(lib, args), args.name, _counts(args.counts),
                               purpose=args.purpose, origin=args.origin)
    print(translate("cli", "Group {name} recorded: {n} people. Visitors today: {count}.").format(
        name=line.group_name, n=format_number(line.headcount), count=format_number(visits.today_count(lib))))
    return 0


def cmd_visit_read(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    use = visits.record_reading(lib, common.acting_user(lib, args), args.barcode)
    print(translate("cli", "Read on site: {title}. Today: {n}.").format(title=use.item.record.title,
                                                                        n=format_number(visits.readings_on(lib))))
    return 0


def cmd_visit_today(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    lines = [visits.describe(v) for v in visits.day_visits(lib)]
    if args.json:
        common.print_json({"count": visits.today_count(lib), "lines": lines})
        return 0
    print(translate("cli", "Visitors today: {count}.").format(count=format_number(visits.today_count(lib))))
    for line in lines:
        who = line["name"] or "-"
        purpose = translate("Visits", visits.PURPOSE_NAMES.get(line["purpose"], line["purpose"]))
        print(f"{line['at'][11:16]}  {format_number(line['headcount']):>3}  {purpose:<16} {who}")
    return 0


def _tr(context: str, text: str) -> str:
    return translate(context, text)


def _emit(args: argparse.Namespace, data: dict) -> int:
    if args.json or not args.output:
        common.print_json(documents.as_json(data))
    if args.output:
        lib = common.open_library(args)
        path = save(lib, common.acting_user(lib, args), data, Path(args.output), _tr)
        print(translate("cli", "Saved {path}.").format(path=path), file=sys.stderr if args.json else sys.stdout)
    return 0


def _lib_for_report(args: argparse.Namespace):
    lib = common.open_library(args)
    common.acting_user(lib, args)  # refuses early when --user's password is wrong
    return lib


def cmd_report_monthly(args: argparse.Namespace) -> int:
    period = parse_period(args.month)
    if period.kind != "month":
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not a month (use YYYY-MM)."), field="month",
                              value=args.month)
    lib = _lib_for_report(args)
    return _emit(args, monthly_data(lib, period))


def cmd_report_period(args: argparse.Namespace) -> int:
    lib = _lib_for_report(args)
    return _emit(args, monthly_data(lib, parse_period(args.period)))


def cmd_report_iplm(args: argparse.Namespace) -> int:
    lib = _lib_for_report(args)
    return _emit(args, iplm_data(lib, args.year))


def cmd_report_impact(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    period = parse_period(str(args.year) if args.year else args.period)
    if any(value is not None for value in (args.budget, args.received, args.plans, args.request)):
        kept = impact.inputs(lib, period)
        impact.save_inputs(lib, by, period, budget=args.budget if args.budget is not None else kept.budget,
                           received=args.received if args.received is not None else kept.received,
                           plans=args.plans if args.plans is not None else kept.plans,
                           request=args.request if args.request is not None else kept.request)
    impact_sheet.write_impact_sheet(lib, by, period, args.output, _tr)
    print(translate("cli", "Saved {path}.").format(path=args.output))
    return 0


def cmd_report_tpbis(args: argparse.Namespace) -> int:
    lib = _lib_for_report(args)
    period = parse_period(f"{args.start}..{args.end}")
    return _emit(args, tpbis_data(lib, period))


_program = programmes.programme_named


def cmd_program_list(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    common.require_initialised(lib)
    rows = []
    for program in programs.list_programs(lib):
        rows.append({"name": program.name, "kind": program.kind, "skill": program.skill,
                     "partners": [p.name for p in programs.partners_of(lib, program)],
                     **programs.program_summary(lib, program)})
    if args.json:
        common.print_json(rows)
    elif rows:
        for line in _programme_lines(rows):
            print(line)
    return 0


# the figures of 'program list' (marked here: a name in a list is not collected for translation)
PROGRAMME_FIGURES = (("sessions", QT_TRANSLATE_NOOP("cli", "Sessions")),
                     ("participants", QT_TRANSLATE_NOOP("cli", "Participants")),
                     ("attendance", QT_TRANSLATE_NOOP("cli", "Attendances")))
CONSOLE_WIDTH = 79  # an old Windows console's 80 columns, less the one that would add an empty line


def _programme_lines(rows: list[dict]) -> list[str]:
    """Headings, then the programmes under their kind's name (newest kind first, as the list is): the
    kind's name in Indonesian is long ("Pelatihan keterampilan digital"), and a column of it beside the
    programme's name and figures would not fit an 80-column console. A long name wraps; nothing is cut."""
    heads = [translate("cli", head) for _, head in PROGRAMME_FIGURES]
    counts = [[format_number(row[key]) for key, _ in PROGRAMME_FIGURES] for row in rows]
    widths = [max(len(head), *(len(line[i]) for line in counts)) for i, head in enumerate(heads)]
    figures_width = sum(2 + width for width in widths)
    name_width = CONSOLE_WIDTH - 2 - figures_width

    def line(first: str, values: list[str]) -> str:
        return f"{first:<{name_width + 2}}" + "".join(f"  {v:>{w}}" for v, w in zip(values, widths, strict=True))

    out = [line(translate("cli", "Programme"), heads)]
    kinds = list(dict.fromkeys(row["kind"] for row in rows))
    for kind in kinds:
        out.append(translate("Programs", programs.KIND_NAMES.get(kind, kind)))
        for row, values in zip(rows, counts, strict=True):
            if row["kind"] != kind:
                continue
            name = textwrap.wrap(row["name"], name_width) or [""]
            out.append(line("  " + name[0], values))
            out += ["  " + more for more in name[1:]]
    return out


def cmd_program_add(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    try:
        program = programs.create_program(lib, common.acting_user(lib, args), name=args.name, kind=args.kind,
                                          skill=args.skill, description=args.description, starts_on=args.starts_on,
                                          new_anyway=args.new_anyway)
    except programs.SameNameProgramme as same:  # (the way on, as a command: the core's words are the GUI's)
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "A programme named {name} already exists (since {since}, "
                                         "{count} sessions). Add a session to it: pustaka-cli program session "
                                         "\"{name}\" --at \"YYYY-MM-DD HH:MM\". To make a new programme anyway (a "
                                         "new season), add --new-anyway."), **same.params) from None
    print(translate("cli", "Programme {name} added.").format(name=program.name))
    return 0


def cmd_program_edit(args: argparse.Namespace) -> int:
    """The outcome is known weeks after the last session ("3 ibu mulai jualan online"): the TPBIS report and the
    impact sheet print it."""
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    fields = {key: getattr(args, key) for key in ("outcomes", "description", "skill", "ends_on")
              if getattr(args, key) is not None}
    if not fields:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nothing to change: give --outcomes, --description, "
                                                "--skill or --ends-on."))
    program = programs.update_program(lib, by, _program(lib, args.program), **fields)
    print(translate("cli", "Programme {name} changed.").format(name=program.name))
    return 0


def cmd_program_session(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    programs.add_session(lib, by, _program(lib, args.program), starts_at=args.at, place=args.place,
                         facilitator=args.facilitator, topic=args.topic)
    print(translate("cli", "Session added."))
    return 0


def cmd_program_partner(args: argparse.Namespace) -> int:
    """A partner new here is added; one already known (the PKK of the sewing course, now at the kerupuk training
    too) is linked to the programme named, not refused as a duplicate: refusing left that programme without it."""
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    program = _program(lib, args.program) if args.program else None
    known = [p for p in programs.list_partners(lib) if p.name.lower() == args.name.strip().lower()]
    if known and program is None:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "A partner named {name} already exists: name the programme to "
                                         "link it to with --program."), name=known[0].name)
    with lib.transaction():
        partner = known[0] if known else programs.add_partner(lib, by, name=args.name, kind=args.kind,
                                                              mou_date=args.mou_date)
        if program is not None:
            programs.link_partner(lib, by, program, partner, args.role)
    if known:
        print(translate("cli", "Partner {name} linked to {program}.").format(name=partner.name, program=program.name))
    else:
        print(translate("cli", "Partner {name} added.").format(name=partner.name))
    return 0


def cmd_program_attend(args: argparse.Namespace) -> int:
    """Cards typed in from the paper attendance sheet, days later: the session is named as 'program sessions'
    shows it (25-11-2026 as the CLI writes days, or 2026-11-25, its number, its time), and the sheet goes in
    whole or not at all, so a mistyped card number in the middle leaves nothing half-entered."""
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    session = programs.find_session(lib, _program(lib, args.program), args.session_date)
    try:
        with lib.transaction():
            present = [programs.scan_attendance(lib, by, session, number) for number in args.numbers]
    except PustakaError as exc:
        print(translate("cli", "Error: {message}").format(message=common.error_text(exc)), file=sys.stderr)
        print(translate("cli", "Nobody on this list was marked present: correct it and run the command again."),
              file=sys.stderr)
        return 1
    for participant in present:
        print(translate("cli", "Present: {name}.").format(name=programs.participant_name(participant)))
    return 0


def cmd_program_story(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    photo = read_picture(args.photo, "photo") if args.photo else None
    programs.add_story(lib, by, _program(lib, args.program), title=args.title, text=args.text, author=args.author,
                       told_on=args.told_on, photo=photo, consent=args.consent)
    print(translate("cli", "Story added."))
    return 0

