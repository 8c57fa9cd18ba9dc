"""A programme's sessions and guests, headless (what the Programmes page does with them):

    pustaka-cli program sessions PROGRAMME [--json]
    pustaka-cli program move PROGRAMME SESSION --to "2026-03-10 15:00" [--place "Balai desa"]
    pustaka-cli program cancel PROGRAMME SESSION --reason "banjir"
    pustaka-cli program participants PROGRAMME [--json]
    pustaka-cli program guest PROGRAMME --gender F --age-band 36-59 [--name "Bu Siti"] [--count 5] [--session S]
    pustaka-cli program remove-participant PROGRAMME PARTICIPANT
    pustaka-cli program merge-participant PROGRAMME PARTICIPANT --into PARTICIPANT

SESSION is the number ``program sessions`` shows, the day (YYYY-MM-DD), the day and hour, or the id;
PARTICIPANT the number ``program participants`` shows, a name only one participant has, or the id.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..core.community import programs
from ..core.community.demographics import AGE_BANDS, GENDERS
from ..core.errors import NotFound, ValidationError
from ..core.formatting import format_datetime
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.store.clock import local_today, to_local
from . import common
from .common import translate

SESSION_HELP = "its number in 'program sessions', its day YYYY-MM-DD, day and time, or its id"
PARTICIPANT_HELP = "its number in 'program participants', a name only one has, or its id"


def register(ps: argparse._SubParsersAction) -> None:
    """The session and guest commands, under ``program`` (cli/reports.py makes that command)."""
    p = common.command(ps, "sessions", cmd_sessions, json=True, help="a programme's sessions, cancelled ones too")
    p.add_argument("program", help="programme name")
    p = common.command(ps, "move", cmd_move, json=True, help="move a session to another day, hour or place")
    p.add_argument("program", help="programme name")
    p.add_argument("session", help=SESSION_HELP)
    p.add_argument("--to", required=True, help="YYYY-MM-DD HH:MM (local time), today or later")
    p.add_argument("--place", help="the new place (default: the same)")
    p = common.command(ps, "cancel", cmd_cancel, json=True,
                       help="cancel a session (kept as cancelled with its reason, never counted as held)")
    p.add_argument("program", help="programme name")
    p.add_argument("session", help=SESSION_HELP)
    p.add_argument("--reason", required=True, help="why, for the report: e.g. banjir, listrik padam")
    p = common.command(ps, "participants", cmd_participants, json=True,
                       help="a programme's participants and how many sessions each attended")
    p.add_argument("program", help="programme name")
    p = common.command(ps, "guest", cmd_guest, json=True,
                       help="add guests (not members), marked present at the session")
    p.add_argument("program", help="programme name")
    p.add_argument("--gender", required=True, choices=GENDERS)
    p.add_argument("--age-band", required=True, choices=AGE_BANDS)
    p.add_argument("--name", default="", help="the guest's name (a name already enrolled is ticked, not added)")
    p.add_argument("--count", type=int, default=1, help="several unnamed guests alike at once")
    p.add_argument("--session", help=SESSION_HELP + " (default: today's session)")
    p.add_argument("--new-person", action="store_true",
                   help="another person with a name already enrolled (add, do not tick the first)")
    p = common.command(ps, "remove-participant", cmd_remove_participant,
                       help="remove a participant entered by mistake (no attendance left)")
    p.add_argument("program", help="programme name")
    p.add_argument("participant", help=PARTICIPANT_HELP)
    p = common.command(ps, "merge-participant", cmd_merge_participant,
                       help="a guest entered twice: move their attendance to the other entry")
    p.add_argument("program", help="programme name")
    p.add_argument("participant", help=PARTICIPANT_HELP + " (the one removed)")
    p.add_argument("--into", required=True, help=PARTICIPANT_HELP + " (the one kept)")


def programme_named(lib, name: str):
    for program in programs.list_programs(lib):
        if program.name.lower() == name.strip().lower():
            return program
    raise NotFound(QT_TRANSLATE_NOOP("Errors", "No programme is named {name}."), name=name)


def _start(args: argparse.Namespace):
    """The library, the acting staff and the programme the command names."""
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    return lib, by, programme_named(lib, args.program)


def _when(session) -> str:
    return format_datetime(session.starts_at)


def _session_json(lib, number: int, session) -> dict[str, Any]:
    return {"number": number, "id": session.uid, "starts_at": to_local(session.starts_at).strftime("%Y-%m-%d %H:%M"),
            "place": session.place, "facilitator": session.facilitator, "topic": session.topic,
            "present": 0 if session.cancelled else len(programs.attendance_of(lib, session)),
            "cancelled": bool(session.cancelled), "cancel_reason": session.cancel_reason}


def _numbered(lib, program, session) -> dict[str, Any]:
    number = [s.uid for s in programs.sessions_of(lib, program)].index(session.uid) + 1
    return _session_json(lib, number, session)


def cmd_sessions(args: argparse.Namespace) -> int:
    lib, _by, program = _start(args)
    rows = [_session_json(lib, n, s) for n, s in enumerate(programs.sessions_of(lib, program), 1)]
    return common.print_rows(args, rows, lambda row: row, translate("cli", "{name} has no sessions yet.").format(
        name=program.name), _show_session)


def _show_session(row: dict[str, Any]) -> None:
    day = f"{row['starts_at'][8:10]}-{row['starts_at'][5:7]}-{row['starts_at'][:4]} {row['starts_at'][11:]}"
    if row["cancelled"]:
        what = translate("cli", "CANCELLED: {reason}").format(reason=row["cancel_reason"] or "-")
        present = "-"
    else:
        what, present = row["topic"], str(row["present"])
    place = f" @ {row['place']}" if row["place"] else ""
    print(f"{row['number']:>3}  {day}  {present:>3}  {what}{place}")


def cmd_move(args: argparse.Namespace) -> int:
    lib, by, program = _start(args)
    session = programs.find_session(lib, program, args.session)
    before = _when(session)
    programs.move_session(lib, by, session, args.to, place=args.place)
    if args.json:
        common.print_json(_numbered(lib, program, session))
    else:
        print(translate("cli", "Session moved from {old} to {new}.").format(old=before, new=_when(session)))
        if session.starts_at < lib.clock.now():  # a record put right: say what the reports will do with it
            print(translate("cli", "That day is past: the reports count the session as held then."))
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    lib, by, program = _start(args)
    session = programs.find_session(lib, program, args.session)
    programs.cancel_session(lib, by, session, reason=args.reason)
    if args.json:
        common.print_json(_numbered(lib, program, session))
    else:
        print(translate("cli", "The session of {when} is cancelled ({reason}). It stays in the list as cancelled "
                               "and is not counted as held.").format(when=_when(session),
                                                                     reason=session.cancel_reason or "-"))
    return 0


def _participant_json(lib, number: int, participant) -> dict[str, Any]:
    return {"number": number, "id": participant.uid, "name": programs.participant_name(participant),
            "member": participant.member.number if participant.member_id else None, "gender": participant.gender,
            "age_band": participant.age_band,
            "present": programs.sessions_attended(participant)}


def cmd_participants(args: argparse.Namespace) -> int:
    lib, _by, program = _start(args)
    rows = [_participant_json(lib, n, p) for n, p in enumerate(programs.participants_of(lib, program), 1)]
    return common.print_rows(args, rows, lambda row: row, translate("cli", "{name} has no participants yet.").format(
        name=program.name), _show_participant)


def _show_participant(row: dict[str, Any]) -> None:
    who = row["name"] or translate("cli", "(guest)")
    card = f" [{row['member']}]" if row["member"] else ""
    print(f"{row['number']:>3}  {who}{card} ({row['gender'] or '?'}, {row['age_band'] or '?'})  "
          + translate("cli", "present {count}x").format(count=row["present"]))


def _guest_session(lib, program, ref: str | None):
    """The session named, else today's (the one whose attendance is taken now), else none."""
    if ref:
        return programs.find_session(lib, program, ref)
    today = local_today(lib.clock)
    todays = [s for s in programs.sessions_of(lib, program) if to_local(s.starts_at).date() == today]
    return programs.session_now(todays, lib.clock.now())


def cmd_guest(args: argparse.Namespace) -> int:
    lib, by, program = _start(args)
    session = _guest_session(lib, program, args.session)
    name = " ".join(args.name.split())
    returning = False
    if args.count != 1:
        if name:  # several people cannot share one name: one named guest, or several unnamed ones
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Leave the name empty to add several guests at once."),
                                  field="name")
        guests = programs.enrol_guests(lib, by, program, count=args.count, gender=args.gender,
                                       age_band=args.age_band, session=session)
    else:
        guest, returning = programs.add_guest(lib, by, program, name=name, gender=args.gender,
                                              age_band=args.age_band, session=session, new_person=args.new_person)
        guests = [guest]
    if args.json:
        people = programs.participants_of(lib, program)
        numbers = {p.uid: n for n, p in enumerate(people, 1)}
        common.print_json({"returning": returning, "session": _numbered(lib, program, session) if session else None,
                           "guests": [_participant_json(lib, numbers[g.uid], g) for g in guests]})
        return 0
    _say_guests(guests, returning, session)
    return 0


def _say_guests(guests: list, returning: bool, session) -> None:
    name = programs.participant_name(guests[0]) or "-"
    if returning:
        text = translate("cli", "{name} is already a participant: marked present, not added twice.") if session \
            else translate("cli", "{name} is already a participant; nothing added (--new-person adds another "
                                  "person of that name).")
        print(text.format(name=name))
    elif len(guests) > 1:
        print(translate("cli", "{count} guests added.").format(count=len(guests)))
    else:
        print(translate("cli", "Guest added: {name}.").format(name=name))
    if session is not None:
        print(translate("cli", "Present at the session of {when}.").format(when=_when(session)))
    elif not returning:
        print(translate("cli", "Not marked present: the programme has no session today (name one with --session)."))


def cmd_remove_participant(args: argparse.Namespace) -> int:
    lib, by, program = _start(args)
    participant = programs.find_participant(lib, program, args.participant)
    programs.remove_participant(lib, by, participant)
    print(translate("cli", "{name} removed from {program}.").format(
        name=programs.participant_name(participant) or "-", program=program.name))
    return 0


def cmd_merge_participant(args: argparse.Namespace) -> int:
    lib, by, program = _start(args)
    duplicate = programs.find_participant(lib, program, args.participant)
    keep = programs.find_participant(lib, program, args.into)
    moved = programs.merge_participants(lib, by, keep, duplicate)
    print(translate("cli", "{name} merged into {into}: {count} attendances moved, counted as one person.").format(
        name=programs.participant_name(duplicate) or "-", into=programs.participant_name(keep) or "-", count=moved))
    return 0
