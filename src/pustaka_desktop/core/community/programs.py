"""Community programmes (kegiatan): programmes, sessions, partners, participants, attendance and
stories — what the TPBIS social-inclusion reports are made of.

Public API:

- ``create_program(lib, by, name=, kind=, skill=, description=, starts_on=, ends_on=, new_anyway=)`` -> Program;
  refused (``SameNameProgramme``) when a programme of that name is already here, unless ``new_anyway``;
  ``programmes_named(lib, name)`` those already here, ``programme_since`` / ``held_sessions`` what to tell of one
- ``update_program(lib, by, program, **fields)`` (outcomes too), ``remove_program`` (audited)
- ``add_partner(lib, by, name=, kind=, contact=, mou_date=)`` -> Partner; ``link_partner(lib, by, program, partner, role)``
- ``add_session(lib, by, program, starts_at=, place=, facilitator=, topic=)`` -> ProgramSession;
  ``update_session`` (edited), ``move_session`` (to today or later), ``cancel_session`` (kept as cancelled,
  with its reason: never held nor attended); ``find_session(lib, program, ref)`` by number, day or id;
  ``session_now(sessions, now)`` the one whose attendance is taken now
- ``enrol_member(lib, by, program, number)`` / ``enrol_guest(lib, by, program, name=, gender=, age_band=)`` -> Participant;
  ``enrol_guests(lib, by, program, count=, gender=, age_band=, session=)`` several unnamed guests at once;
  ``add_guest(...)`` one guest at the door, a returning one (same name) ticked instead of enrolled twice;
  ``participants_named(lib, program, name)`` who of the programme already has that name (a returning guest);
  ``find_participant(lib, program, ref)`` by number, id or name;
  ``remove_participant`` (one entered by mistake, no attendance left) and ``merge_participants`` (two
  entries who are one person), both audited
- ``mark_attendance(lib, by, session, participant, present=True)``;
  ``scan_attendance(lib, by, session, number)`` a member's card at the door (enrols when needed)
- ``add_story(lib, by, program, title=, text=, author=, told_on=, photo=)`` -> Story
- ``list_programs``, ``sessions_of``, ``participants_of``, ``attendance_of``, ``partners_of``, ``stories_of``,
  ``list_partners``

Editing programmes, partners and stories is librarian work ("programs.edit"); taking attendance
and enrolling at the door is desk work ("programs.attendance"). A member participant keeps the
gender and age band they had when enrolled, like the visitor book.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from peewee import fn

from .. import auth
from ..accents import fold
from ..errors import Conflict, NotFound, ValidationError
from ..fields import date_field, known_fields
from ..i18n import QT_TRANSLATE_NOOP
from ..pictures import small_jpeg
from ..service import Library
from ..store import write as store
from ..store.clock import local_today, to_local
from ..store.lookup import live as _live
from ..store.models import (
    Attendance,
    Participant,
    Partner,
    Program,
    ProgramPartner,
    ProgramSession,
    Staff,
    Story,
)
from .address_words import WORDS_OF_ADDRESS
from .demographics import AGE_BANDS, GENDERS, age_band
from .members import card_holder

KIND_NAMES = {
    "book_club": QT_TRANSLATE_NOOP("Programs", "Book club"),
    "digital": QT_TRANSLATE_NOOP("Programs", "Digital-skills training"),
    "storytelling": QT_TRANSLATE_NOOP("Programs", "Storytelling"),
    "skills": QT_TRANSLATE_NOOP("Programs", "Skills workshop"),
    "literacy": QT_TRANSLATE_NOOP("Programs", "Literacy class"),
    "other": QT_TRANSLATE_NOOP("Programs", "Other"),
}
KINDS = tuple(KIND_NAMES)
PARTNER_KIND_NAMES = {
    "village_government": QT_TRANSLATE_NOOP("Programs", "Village government"),
    "pkk": QT_TRANSLATE_NOOP("Programs", "PKK (women's group)"),
    "school": QT_TRANSLATE_NOOP("Programs", "School"),
    "health_post": QT_TRANSLATE_NOOP("Programs", "Health post"),
    "company": QT_TRANSLATE_NOOP("Programs", "Company"),
    "ngo": QT_TRANSLATE_NOOP("Programs", "NGO"),
    "community": QT_TRANSLATE_NOOP("Programs", "Community group"),
    "other": QT_TRANSLATE_NOOP("Programs", "Other"),
}
PARTNER_KINDS = tuple(PARTNER_KIND_NAMES)
PROGRAM_FIELDS = ("name", "kind", "skill", "description", "outcomes", "starts_on", "ends_on")
PHOTO_MAX = (1024, 1024)
EARLY_ARRIVAL = timedelta(hours=1)  # a session's attendance may be taken this long before it begins


def _clean_program(fields: dict[str, Any]) -> dict[str, Any]:
    out = known_fields(fields, PROGRAM_FIELDS, "programme")
    if "name" in out and not out["name"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The programme needs a name."), field="name")
    if "kind" in out and out["kind"] not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown programme type: {value}."), field="kind",
                              value=out["kind"] or "-")
    for key in ("starts_on", "ends_on"):
        if key in out:
            out[key] = date_field(out[key], key)
    if out.get("starts_on") and out.get("ends_on") and out["ends_on"] < out["starts_on"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A programme cannot end before it starts."),
                              field="ends_on")
    return out


class SameNameProgramme(Conflict):
    """A programme of that name is already here (``program``): a volunteer making "Mendongeng untuk anak" again,
    instead of adding a session to the one the visits import brought in, splits one activity in two and the year's
    report counts its children twice. ``since`` (a date) and ``sessions`` (held or planned) say which one it is."""

    def __init__(self, program: Program, since: date, sessions: int) -> None:
        self.program, self.since, self.sessions = program, since, sessions
        super().__init__(QT_TRANSLATE_NOOP("Errors", "A programme named {name} already exists (since {since}, "
                                           "{count} sessions): add a session to it instead."),
                         name=program.name, since=since.strftime("%d-%m-%Y"), count=sessions)


def programmes_named(lib: Library, name: str) -> list[Program]:
    """The live programmes whose name is ``name`` written another way: case, accents, punctuation and extra spaces
    do not matter, as when the visits import matches its activities to them (newest first, as the list is)."""
    wanted = fold(name)
    return [p for p in list_programs(lib) if wanted and fold(p.name) == wanted]


def held_sessions(program: Program) -> int:
    """Its sessions held or to come (the cancelled ones not)."""
    return (_live(ProgramSession).where((ProgramSession.program == program)
                                        & (ProgramSession.cancelled == False)).count())  # noqa: E712


def programme_since(program: Program) -> date:
    """When it began: its start day, else its first session's, else the day it was entered."""
    if program.starts_on:
        return program.starts_on
    first = _live(ProgramSession).where(ProgramSession.program == program).order_by(ProgramSession.starts_at).first()
    return to_local(first.starts_at if first is not None else program.created_at).date()


def create_program(lib: Library, by: Staff, *, new_anyway: bool = False, **fields: Any) -> Program:
    """A new programme. One whose name a live programme already has is refused (``SameNameProgramme``) unless
    ``new_anyway`` (a new season kept apart on purpose): most often it is the same activity, whose next meeting
    is a session of the programme already here."""
    auth.require(by, "programs.edit")
    fields.setdefault("kind", "other")
    clean = _clean_program(fields)
    if "name" not in clean:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The programme needs a name."), field="name")
    same = [] if new_anyway else programmes_named(lib, clean["name"])
    if same:
        raise SameNameProgramme(same[0], programme_since(same[0]), held_sessions(same[0]))
    return store.insert(lib, Program, **clean)


def update_program(lib: Library, by: Staff, program: Program, **fields: Any) -> Program:
    auth.require(by, "programs.edit")
    return store.update(lib, program, **_clean_program(fields))


def remove_program(lib: Library, by: Staff, program: Program) -> None:
    """Tombstones the programme with its sessions, attendance, participants, links and stories."""
    auth.require(by, "programs.edit")
    with lib.transaction():
        for session in _live(ProgramSession).where(ProgramSession.program == program):
            for row in _live(Attendance).where(Attendance.session == session):
                store.delete(lib, row)
            store.delete(lib, session)
        for model in (Participant, ProgramPartner, Story):
            for row in _live(model).where(model.program == program):
                store.delete(lib, row)
        store.delete(lib, program)
        auth.audit(lib, by, "programs.remove", "program", program.uid, name=program.name)


def get_program(lib: Library, uid: str) -> Program:
    row = _live(Program).where(Program.uid == uid).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That programme no longer exists."))
    return row


def list_programs(lib: Library) -> list[Program]:
    return list(_live(Program).order_by(Program.starts_on.desc(nulls="last"), Program.name))


# --- partners ----------------------------------------------------------------------------------------


def add_partner(lib: Library, by: Staff, *, name: str, kind: str = "other", contact: str = "",
                mou_date: date | str | None = None, notes: str = "") -> Partner:
    auth.require(by, "programs.edit")
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The partner needs a name."), field="name")
    if kind not in PARTNER_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown partner type: {value}."), field="kind",
                              value=kind or "-")
    existing = _live(Partner).where(fn.LOWER(Partner.name) == name.lower()).first()
    if existing is not None:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "A partner named {name} already exists."), name=name)
    return store.insert(lib, Partner, name=name, kind=kind, contact=(contact or "").strip(),
                        mou_date=date_field(mou_date, "mou_date"), notes=notes or "")


def update_partner(lib: Library, by: Staff, partner: Partner, **fields: Any) -> Partner:
    auth.require(by, "programs.edit")
    if "mou_date" in fields:
        fields["mou_date"] = date_field(fields["mou_date"], "mou_date")
    if "kind" in fields and fields["kind"] not in PARTNER_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown partner type: {value}."), field="kind",
                              value=fields["kind"] or "-")
    return store.update(lib, partner, **fields)


def list_partners(lib: Library) -> list[Partner]:
    return list(_live(Partner).order_by(Partner.name))


def find_partner(lib: Library, name: str) -> Partner:
    row = _live(Partner).where(fn.LOWER(Partner.name) == (name or "").strip().lower()).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No partner is named {name}."), name=name or "-")
    return row


def link_partner(lib: Library, by: Staff, program: Program, partner: Partner, role: str = "") -> ProgramPartner:
    auth.require(by, "programs.edit")
    existing = _live(ProgramPartner).where((ProgramPartner.program == program)
                                           & (ProgramPartner.partner == partner)).first()
    if existing is not None:
        return store.update(lib, existing, role=role) if role else existing
    return store.insert(lib, ProgramPartner, program=program, partner=partner, role=(role or "").strip())


def partners_of(lib: Library, program: Program) -> list[Partner]:
    return list(_live(Partner).join(ProgramPartner, on=(ProgramPartner.partner == Partner.id))
                .where((ProgramPartner.program == program) & (ProgramPartner.deleted == False))  # noqa: E712
                .order_by(Partner.name))


# --- sessions ----------------------------------------------------------------------------------------


def _session_time(starts_at: datetime | str) -> datetime:
    """A local time (naive = this PC's zone, text as YYYY-MM-DD HH:MM) as an aware one."""
    if isinstance(starts_at, str):
        try:
            starts_at = datetime.fromisoformat(starts_at.strip().replace(" ", "T"))
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not a date and time (use YYYY-MM-DD HH:MM)."),
                                  field="starts_at", value=starts_at) from None
    return starts_at.astimezone() if starts_at.tzinfo is None else starts_at


def add_session(lib: Library, by: Staff, program: Program, *, starts_at: datetime | str, place: str = "",
                facilitator: str = "", topic: str = "") -> ProgramSession:
    """A meeting of the programme. ``starts_at`` is a local time (naive = this PC's zone)."""
    auth.require(by, "programs.edit")
    return store.insert(lib, ProgramSession, program=program, starts_at=_session_time(starts_at),
                        place=(place or "").strip(), facilitator=(facilitator or "").strip(),
                        topic=(topic or "").strip())


def update_session(lib: Library, by: Staff, session: ProgramSession, *, starts_at: datetime | str,
                   place: str = "", facilitator: str = "", topic: str = "") -> ProgramSession:
    """A session moved to another day, hour or place (its attendance stays with it)."""
    auth.require(by, "programs.edit")
    _refuse_cancelled(session)
    return store.update(lib, session, starts_at=_session_time(starts_at), place=(place or "").strip(),
                        facilitator=(facilitator or "").strip(), topic=(topic or "").strip())


def move_session(lib: Library, by: Staff, session: ProgramSession, starts_at: datetime | str,
                 place: str | None = None) -> ProgramSession:
    """A session put on another day (or hour, or place). A day already past is allowed, as on the
    Programmes page: it puts the record right (the class met on Wednesday, not Tuesday) and the session
    then counts as held that day."""
    when = _session_time(starts_at)
    return update_session(lib, by, session, starts_at=when, place=session.place if place is None else place,
                          facilitator=session.facilitator, topic=session.topic)


def _refuse_cancelled(session: ProgramSession) -> None:
    if session.cancelled:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "The session of {when} was cancelled ({reason})."),
                       when=to_local(session.starts_at).strftime("%d-%m-%Y %H:%M"), reason=session.cancel_reason or "-")


def sessions_of(lib: Library, program: Program) -> list[ProgramSession]:
    return list(_live(ProgramSession).where(ProgramSession.program == program).order_by(ProgramSession.starts_at))


def session_now(sessions: list[ProgramSession], now: datetime) -> ProgramSession | None:
    """The session whose attendance is taken now: today's (the latest begun, or begins within the hour:
    people arrive early; else today's first), else the latest one that has begun, else the next to come.
    Sessions are often planned weeks ahead, so the last in the list is usually a future one."""
    sessions = [s for s in sessions if not s.cancelled]  # nobody comes to a cancelled one
    soon = now + EARLY_ARRIVAL
    today = to_local(now).date()
    todays = [s for s in sessions if to_local(s.starts_at).date() == today]
    pool = todays or sessions
    begun = [s for s in pool if s.starts_at <= soon]
    if begun:
        return max(begun, key=lambda s: s.starts_at)
    return min(pool, key=lambda s: s.starts_at, default=None)


def cancel_session(lib: Library, by: Staff, session: ProgramSession, reason: str = "") -> ProgramSession:
    """A session called off (rain, a flood, a funeral in the village): it stays in the list as cancelled
    with its reason, so the report can say how many were planned, held and cancelled, and why; it is never
    counted as held, nor its attendance (any ticked for it is removed), and the web calendar shows it as
    cancelled on its day."""
    auth.require(by, "programs.edit")
    _refuse_cancelled(session)
    reason = " ".join((reason or "").split())[:200]
    with lib.transaction():
        present = _live(Attendance).where(Attendance.session == session)
        unticked = 0
        for row in present:
            store.delete(lib, row)
            unticked += 1
        store.update(lib, session, cancelled=True, cancel_reason=reason)
        auth.audit(lib, by, "programs.cancel_session", "program_session", session.uid,
                   program=session.program.name, starts_at=session.starts_at.isoformat(), reason=reason,
                   unticked=unticked)
    return session


def find_session(lib: Library, program: Program, ref: str) -> ProgramSession:
    """The programme's session that ``ref`` names, as a person or a script writes it: its number in the
    list (1 = the first, cancelled ones included), its day (YYYY-MM-DD, when only one session falls on it),
    its day and hour (YYYY-MM-DD HH:MM), or its id (as the JSON list gives it)."""
    ref = (ref or "").strip()
    sessions = sessions_of(lib, program)
    if ref.lstrip("#").isdigit():
        number = int(ref.lstrip("#"))
        if 1 <= number <= len(sessions):
            return sessions[number - 1]
    found = [s for s in sessions if s.uid == ref]
    if not found:
        found = [s for s in sessions if _written_as(s, ref)]
    if len(found) > 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{program} has {count} sessions on {value}: name one by "
                                                "its number or its time (YYYY-MM-DD HH:MM)."), field="session",
                              program=program.name, count=len(found), value=ref)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "{program} has no session {value} (see its list of sessions)."),
                       program=program.name, value=ref or "-")
    return found[0]


def _written_as(session: ProgramSession, ref: str) -> bool:
    local = to_local(session.starts_at)
    text = ref.replace("T", " ")
    return text in (local.strftime("%Y-%m-%d"), local.strftime("%Y-%m-%d %H:%M"), local.strftime("%d-%m-%Y"),
                    local.strftime("%d-%m-%Y %H:%M"))


# --- participants and attendance ---------------------------------------------------------------------


def enrol_member(lib: Library, by: Staff, program: Program, number: str) -> Participant:
    """Enrol a member by card number; enrolling twice returns the first enrolment."""
    auth.require(by, "programs.attendance")
    member = card_holder(number)
    existing = _live(Participant).where((Participant.program == program) & (Participant.member == member)).first()
    if existing is not None:
        return existing
    return store.insert(lib, Participant, program=program, member=member, name="", gender=member.gender or "",
                        age_band=age_band(member.birth_date, local_today(lib.clock)))


def enrol_guest(lib: Library, by: Staff, program: Program, *, gender: str, age_band: str,
                name: str = "") -> Participant:
    auth.require(by, "programs.attendance")
    gender = (gender or "").strip().upper()
    if gender not in GENDERS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown gender: {value} (M or F)."), field="gender",
                              value=gender or "-")
    if age_band not in AGE_BANDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown age band: {value}."), field="age_band",
                              value=age_band or "-")
    return store.insert(lib, Participant, program=program, member=None, name=(name or "").strip()[:120],
                        gender=gender, age_band=age_band)


MAX_GUESTS_AT_ONCE = 100


def enrol_guests(lib: Library, by: Staff, program: Program, *, count: int, gender: str, age_band: str,
                 session: ProgramSession | None = None) -> list[Participant]:
    """``count`` unnamed guests alike (five women aged 36-59 at the mothers' class), each one person in the
    reports, marked present at ``session`` when given: all of them or none."""
    if not isinstance(count, int) or not 1 <= count <= MAX_GUESTS_AT_ONCE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The number of guests must be 1 to {most}."),
                              field="count", most=MAX_GUESTS_AT_ONCE)
    with lib.transaction():
        guests = [enrol_guest(lib, by, program, gender=gender, age_band=age_band) for _ in range(count)]
        if session is not None:
            for guest in guests:
                mark_attendance(lib, by, session, guest, True)
    return guests


def add_guest(lib: Library, by: Staff, program: Program, *, name: str, gender: str, age_band: str,
              session: ProgramSession | None = None, new_person: bool = False) -> tuple[Participant, bool]:
    """One guest at the door, marked present at ``session`` when given. A name the programme already
    knows is most often the same woman come back: she is ticked, not counted twice, unless ``new_person``
    (another villager of that name). Returns the participant and whether she was already enrolled."""
    if session is not None:
        _refuse_cancelled(session)
    known = [] if new_person else participants_named(lib, program, name)
    # "Yati" is "Bu Yati" come back when she is a woman too; "Pak Yati" is not
    known = _written_exactly(known, name) or [p for p in known if p.gender == (gender or "").strip().upper()]
    with lib.transaction():
        guest = known[0] if known else enrol_guest(lib, by, program, name=name, gender=gender, age_band=age_band)
        if session is not None:
            mark_attendance(lib, by, session, guest, True)
    return guest, bool(known)


def _same_name(name: str) -> str:
    """Names compared as people read them: case and extra spaces do not matter."""
    return " ".join((name or "").split()).casefold()


def _person_name(name: str) -> str:
    """A name without the words of address in front of it (the name itself is never dropped whole)."""
    words = _same_name(name).split()
    while len(words) > 1 and words[0].rstrip(".") in WORDS_OF_ADDRESS:
        words.pop(0)
    return " ".join(words)


def participants_named(lib: Library, program: Program, name: str) -> list[Participant]:
    """The programme's participants (guests and members) called ``name``, "Bu" or "Ibu" in front or not: typing a
    returning guest again would count her twice in the reports. Those written exactly so come first."""
    wanted = _person_name(name)
    if not wanted:
        return []
    found = [p for p in participants_of(lib, program) if _person_name(participant_name(p)) == wanted]
    return sorted(found, key=lambda p: _same_name(participant_name(p)) != _same_name(name))


def _written_exactly(people: list[Participant], name: str) -> list[Participant]:
    return [p for p in people if _same_name(participant_name(p)) == _same_name(name)]


def _attendance_rows(participant: Participant) -> list[Attendance]:
    return list(_live(Attendance).where(Attendance.participant == participant))


def sessions_attended(participant: Participant) -> int:
    return len(_attendance_rows(participant))


def remove_participant(lib: Library, by: Staff, participant: Participant) -> None:
    """A participant entered by mistake (a guest typed twice, a card scanned at the wrong programme), once
    no attendance is left for them: a record with attendance is history and is merged or unticked first."""
    auth.require(by, "programs.attendance")
    name = participant_name(participant) or "-"
    with lib.transaction():
        present = len(_attendance_rows(participant))
        if present:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{name} is marked present at {count} sessions: untick them "
                                             "first, or merge with the right participant."), name=name, count=present)
        store.delete(lib, participant)
        auth.audit(lib, by, "programs.remove_participant", "participant", participant.uid,
                   program=participant.program.name, name=name, gender=participant.gender,
                   age_band=participant.age_band)


def merge_participants(lib: Library, by: Staff, keep: Participant, duplicate: Participant) -> int:
    """``duplicate`` (a guest) is the same person as ``keep``: its attendance moves to ``keep`` and it is
    removed, so the reports count one person. Returns how many attendances moved."""
    auth.require(by, "programs.attendance")
    if keep.id == duplicate.id or keep.program_id != duplicate.program_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose two different participants of the same programme."))
    if duplicate.member_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} has a member card: merge the guest into the "
                                                "member, not the member into the guest."),
                              name=participant_name(duplicate) or "-")
    moved = 0
    with lib.transaction():
        kept_sessions = {row.session_id for row in _attendance_rows(keep)}
        for row in _attendance_rows(duplicate):
            if row.session_id not in kept_sessions:
                store.insert(lib, Attendance, session=row.session_id, participant=keep)
                moved += 1
            store.delete(lib, row)
        store.delete(lib, duplicate)
        auth.audit(lib, by, "programs.merge_participants", "participant", duplicate.uid,
                   program=keep.program.name, name=participant_name(duplicate) or "-",
                   into=participant_name(keep) or "-", into_uid=keep.uid, moved=moved)
    return moved


def participants_of(lib: Library, program: Program) -> list[Participant]:
    return list(_live(Participant).where(Participant.program == program).order_by(Participant.id))


def find_participant(lib: Library, program: Program, ref: str) -> Participant:
    """The programme's participant ``ref`` names: its number in the list of participants (1 = the first
    enrolled), its id (as the JSON list gives it), or a name only one of them has."""
    ref = (ref or "").strip()
    people = participants_of(lib, program)
    if ref.lstrip("#").isdigit() and 1 <= int(ref.lstrip("#")) <= len(people):
        return people[int(ref.lstrip("#")) - 1]
    named = participants_named(lib, program, ref)
    found = [p for p in people if p.uid == ref] or _written_exactly(named, ref) or named
    if len(found) > 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{count} participants of {program} are named {value}: "
                                                "name one by its number in the list."), field="participant",
                              count=len(found), program=program.name, value=ref)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "{program} has no participant {value} (see its list of "
                                         "participants)."), program=program.name, value=ref or "-")
    return found[0]


def participant_name(participant: Participant) -> str:
    if participant.member_id:
        return participant.member.name
    return participant.name


def mark_attendance(lib: Library, by: Staff, session: ProgramSession, participant: Participant,
                    present: bool = True) -> bool:
    """Tick (or untick) a participant for a session; returns whether anything changed."""
    auth.require(by, "programs.attendance")
    if participant.program_id != session.program_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That participant is not enrolled in this programme."))
    if present:
        _refuse_cancelled(session)
    existing = _live(Attendance).where((Attendance.session == session) & (Attendance.participant == participant)).first()
    if present and existing is None:
        store.insert(lib, Attendance, session=session, participant=participant)
        return True
    if not present and existing is not None:
        store.delete(lib, existing)
        return True
    return False


def scan_attendance(lib: Library, by: Staff, session: ProgramSession, number: str) -> Participant:
    """A member's card scanned at a session: enrolled if new, marked present."""
    with lib.transaction():
        participant = enrol_member(lib, by, session.program, number)
        mark_attendance(lib, by, session, participant, True)
    return participant


def attendance_of(lib: Library, session: ProgramSession) -> set[int]:
    """The participant ids present at a session."""
    return {pid for (pid,) in _live(Attendance).select(Attendance.participant)
            .where(Attendance.session == session).tuples()}


# --- stories -----------------------------------------------------------------------------------------


def _photo(data: bytes | None) -> bytes | None:
    """A story's photo as the library keeps every picture (``pictures.small_jpeg``): upright, small, and what was
    transparent made white (a PNG cut out in a phone app came out with a black background)."""
    return small_jpeg(data, PHOTO_MAX, "photo") if data else None


def add_story(lib: Library, by: Staff, program: Program, *, title: str = "", text: str, author: str = "",
              told_on: date | str | None = None, photo: bytes | None = None, consent: bool = False) -> Story:
    """A story or testimonial (text, optional photo) for advocacy. ``consent``: the teller (and anyone in
    the photo) agreed that it be shown in public — only such stories go on the impact sheet."""
    auth.require(by, "programs.edit")
    if not (text or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A story needs some text."), field="text")
    return store.insert(lib, Story, program=program, title=(title or "").strip(), text=text.strip(),
                        author=(author or "").strip(), photo=_photo(photo),
                        told_on=date_field(told_on, "told_on") or local_today(lib.clock), consent=bool(consent))


def stories_of(lib: Library, program: Program) -> list[Story]:
    return list(_live(Story).where(Story.program == program).order_by(Story.told_on))


def program_summary(lib: Library, program: Program) -> dict[str, Any]:
    """Counts for the programmes list: sessions not cancelled (held or to come), and those cancelled."""
    planned = _live(ProgramSession).where(ProgramSession.program == program)
    sessions = planned.where(ProgramSession.cancelled == False).count()  # noqa: E712
    cancelled = planned.where(ProgramSession.cancelled == True).count()  # noqa: E712
    participants = _live(Participant).where(Participant.program == program).count()
    attendance = (_live(Attendance).join(ProgramSession, on=(Attendance.session == ProgramSession.id))
                  .where(ProgramSession.program == program).count())
    return {"sessions": sessions, "cancelled": cancelled, "participants": participants, "attendance": attendance}
