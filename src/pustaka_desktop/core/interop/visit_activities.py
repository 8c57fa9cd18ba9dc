"""The activities (*kegiatan*) of the months before a library moved in, from a sheet kept in Excel
(``Tanggal``, ``Nama Kegiatan``, ``Jumlah Peserta``, ``Mitra``, ``Tempat``, ``Narasumber``): the rows of
an activities sheet as ``visit_sheets`` reads it, made into programmes as ``core.community.programs``
keeps them, so the reports count them as they count the programmes run here (``reports.figures.programmes``).

- Each activity name is one programme (the same name written in other letters' case or spacing too), of the
  kind its words say ("Mendongeng": storytelling, "Pelatihan menjahit": skills; else other); a
  programme here of that name already (started after the move) gets the earlier sessions.
- Each row is a session held on its day (at noon: the sheet says no time) with its place and speaker. A day
  the programme already has a session here (held at the desk in the weeks the sheet was still kept) is that
  session: the row is said and not added, so the month counts one session and the attendance ticked here.
- Its participants are unnamed guests (no gender or age: the sheet gives none), marked present: the
  programme's first N guests for a session of N, so the guests of a weekly activity are counted as the
  most that came, not as new people each week. A programme here already ticks its own unnamed guests
  first (the 15 children enrolled at the desk are the sheet's 15). Nobody is made a member.
- The partner (*Mitra*) is the library's partner of that name, or a new one, linked to the programme.

Uids are made from the activity's name, the day and the guest's place, so importing the same sheet again
adds nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..formatting import Day
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.batches import parts
from ..store.clock import to_local
from ..store.models import Attendance, Participant, Partner, Program, ProgramPartner, ProgramSession
from . import visit_values
from .row_uids import RowUids, Written
from .slims_history_here import midday
from .types import RowError, clean, fold

NO_COUNT = QT_TRANSLATE_NOOP(
    "Import", "The activity {name} on {date} has no number of participants: its session counts, nobody in it.")
SESSION_HERE = QT_TRANSLATE_NOOP(
    "Import", "{name} already has a session here on {date}: the row is that session, not added again (its "
              "attendance is the one ticked here).")
NO_NAME = QT_TRANSLATE_NOOP("Import", "The row names no activity: left out.")
# the kind of a programme and of a partner, from the words of its name (else "other": the librarian says)
_KIND_WORDS = (
    ("storytelling", ("dongeng", "mendongeng", "bercerita", "story telling", "storytelling", "cerita")),
    ("digital", ("komputer", "internet", "digital", "literasi digital", "media sosial", "hp", "android", "online")),
    ("book_club", ("klub buku", "bedah buku", "diskusi buku", "book club", "resensi")),
    ("literacy", ("calistung", "membaca", "baca tulis", "keaksaraan", "gemar membaca", "literasi")),
    ("skills", ("pelatihan", "keterampilan", "menjahit", "memasak", "kerajinan", "budidaya", "sablon", "kursus",
                "workshop", "usaha", "umkm", "olahan")),
)
_PARTNER_WORDS = (
    ("pkk", ("pkk",)), ("village_government", ("pemdes", "pemerintah desa", "kepala desa", "bumdes", "desa")),
    ("school", ("sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "mi", "mts", "ma", "tk", "paud", "sekolah")),
    ("health_post", ("posyandu", "puskesmas", "polindes")),
    ("community", ("karang taruna", "kelompok", "komunitas", "majelis", "pokdarwis", "gapoktan", "kwt")),
    ("ngo", ("yayasan", "lsm")), ("company", ("pt", "cv", "bank", "tbk")),
)
MAX_PARTICIPANTS = 2000  # one session of a village library's activity; more is a typo


@dataclass
class ActivityPlan:
    programmes: int = 0  # new programmes
    sessions: int = 0
    participants: int = 0  # new guests
    attendance: int = 0
    partners: int = 0  # new partners
    unchanged: int = 0
    new_programs: list[dict[str, Any]] = field(default_factory=list, repr=False)
    new_partners: list[dict[str, Any]] = field(default_factory=list, repr=False)
    new_links: list[dict[str, Any]] = field(default_factory=list, repr=False)
    new_sessions: list[dict[str, Any]] = field(default_factory=list, repr=False)
    new_participants: list[dict[str, Any]] = field(default_factory=list, repr=False)
    new_attendance: list[dict[str, Any]] = field(default_factory=list, repr=False)

    @property
    def changes(self) -> int:
        return self.programmes + self.sessions + self.attendance + len(self.new_links)

    def summary(self) -> dict[str, Any]:
        return {"programmes": self.programmes, "sessions": self.sessions, "participants": self.participants,
                "attendance": self.attendance, "partners": self.partners}


class Here:
    """The programmes, partners, sessions and guests the library has, by name and by uid."""

    def __init__(self, lib: Library, uid: RowUids, undone: set[str] | None = None) -> None:
        self.uid = uid  # (the visitor book's: a row an import's undo removed comes in under a new uid)
        live = (Program.deleted == False)  # noqa: E712
        self.programs = {fold(name): program_uid for name, program_uid in
                         Program.select(Program.name, Program.uid).where(live).order_by(Program.id.desc()).tuples()}
        self.partners = {fold(name): partner_uid for name, partner_uid in
                         Partner.select(Partner.name, Partner.uid).where(Partner.deleted == False).tuples()}  # noqa: E712
        self.uids = {uid for model in (ProgramSession, Participant, Attendance, ProgramPartner)
                     for (uid,) in model.select(model.uid).tuples()} - (undone or set())
        # every programme's and partner's uid: one a sheet made and the librarian renamed since is still that one
        # (its uid is made from the name the sheet writes), not a new programme under the same uid
        self.program_uids = {uid for (uid,) in Program.select(Program.uid).tuples()} - (undone or set())
        self.partner_uids = {uid for (uid,) in Partner.select(Partner.uid).tuples()} - (undone or set())
        self.links = {(p, q) for p, q in ProgramPartner.select(Program.uid, Partner.uid).join(
            Program, on=(ProgramPartner.program == Program.id)).switch(ProgramPartner).join(
            Partner, on=(ProgramPartner.partner == Partner.id)).where(ProgramPartner.deleted == False)  # noqa: E712
            .tuples()}
        # programme uid -> the unnamed guests its sessions tick, in order: a programme here already has its own
        # (enrolled at the desk, or by an earlier import), so the sheet's 15 are those 15, not 15 more people
        self.guests: dict[str, list[str]] = {}
        for program_uid, guest_uid in Participant.select(Program.uid, Participant.uid).join(
                Program, on=(Participant.program == Program.id)).where(
                live & (Participant.deleted == False) & Participant.member.is_null()  # noqa: E712
                & (Participant.name == "")).order_by(Participant.id).tuples():
            self.guests.setdefault(program_uid, []).append(guest_uid)
        # (programme name, day) of the sessions held here: the sheet's row of that day is that session (by the
        # name: a programme started again at the desk under the same name is the same activity)
        self.held = {(fold(name), to_local(at).date()) for name, at in ProgramSession.select(
            Program.name, ProgramSession.starts_at).join(Program, on=(ProgramSession.program == Program.id)).where(
            live & (ProgramSession.deleted == False) & (ProgramSession.cancelled == False)).tuples()}  # noqa: E712


def add_row(result: ActivityPlan, here: Here, flag: Callable[..., None], number: int, day: date,
            values: dict[str, Any]) -> None:
    """One row of an activities sheet (its day read by the caller)."""
    name = clean(values.get("activity"))[:200]
    if not name:
        return flag(number, NO_NAME)
    program = _programme(result, here, name, day)
    session = here.uid.named(here.uids, "session", Written(name), day)
    if session not in here.uids and (fold(name), day) in here.held:
        return flag(number, SESSION_HERE, name=name, date=Day.of(day))
    count = _participants(flag, number, values, name, day)
    if session in here.uids:
        result.unchanged += 1
    else:
        here.held.add((fold(name), day))
        here.uids.add(session)
        result.new_sessions.append({"uid": session, "program": program, "starts_at": midday(day),
                                    "place": clean(values.get("place"))[:120],
                                    "facilitator": clean(values.get("facilitator"))[:120], "topic": name[:200]})
        result.sessions += 1
    guests = here.guests.setdefault(program, [])
    while len(guests) < count:
        guest = here.uid("guest", program, len(guests) + 1)
        guests.append(guest)
        if guest not in here.uids:
            here.uids.add(guest)
            result.new_participants.append({"uid": guest, "program": program, "member": None, "name": "",
                                            "gender": "", "age_band": ""})
            result.participants += 1
    for guest in guests[:count]:
        tick = here.uid("present", session, guest)
        if tick not in here.uids:
            here.uids.add(tick)
            result.new_attendance.append({"uid": tick, "session": session, "participant": guest})
            result.attendance += 1
    _partner(result, here, program, clean(values.get("partner"))[:120])


def _participants(flag: Callable[..., None], number: int, values: dict[str, Any], name: str, day: date) -> int:
    try:
        count, in_words = visit_values.count(values.get("participants"), "Jumlah Peserta")
        if count is None:  # ("Jumlah Peserta" over "L | P": its two columns)
            by_gender = [visit_values.count(values.get(key), "Jumlah Peserta")[0] for key in ("men", "women")]
            count = sum(n or 0 for n in by_gender) if any(n is not None for n in by_gender) else None
    except RowError as error:
        flag(number, error.template, **error.params)
        return 0
    if count is None:
        flag(number, NO_COUNT, name=name, date=Day.of(day))
        return 0
    if in_words:
        flag(number, QT_TRANSLATE_NOOP("Import", "{column}: \"{value}\" read as {count}."), column="Jumlah Peserta",
             value=clean(values.get("participants")), count=count)
    if count > MAX_PARTICIPANTS:
        flag(number, visit_values.NOT_A_COUNT, column="Jumlah Peserta", value=count)
        return 0
    return count


def _programme(result: ActivityPlan, here: Here, name: str, day: date) -> str:
    """The uid of the programme of that name (the library's own, or a new one, its days widened)."""
    key = fold(name)
    if key not in here.programs:
        program = here.programs[key] = here.uid.named(here.program_uids, "programme", Written(name))
        if program in here.program_uids:  # (one a sheet made, renamed here since)
            return program
        result.new_programs.append({"uid": program, "name": name, "kind": kind_of(name, _KIND_WORDS), "starts_on": day, "ends_on": day,
                                    "description": ""})
        result.programmes += 1
    program = here.programs[key]
    for fields in result.new_programs:
        if fields["uid"] == program:
            fields["starts_on"], fields["ends_on"] = min(fields["starts_on"], day), max(fields["ends_on"], day)
    return program


def kind_of(name: str, words: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """The first kind one of whose words (whole words) the name holds; "other"."""
    text = f" {fold(name)} "
    return next((kind for kind, markers in words if any(f" {m} " in text for m in markers)), "other")


def _partner(result: ActivityPlan, here: Here, program: str, name: str) -> None:
    if not name or name == "-":
        return
    key = fold(name)
    if key not in here.partners:
        partner = here.partners[key] = here.uid.named(here.partner_uids, "partner", Written(name))
        if partner not in here.partner_uids:  # (else one a sheet made, renamed here since)
            result.new_partners.append({"uid": partner, "name": name, "kind": kind_of(name, _PARTNER_WORDS)})
            result.partners += 1
    partner = here.partners[key]
    if (program, partner) not in here.links:
        here.links.add((program, partner))
        result.new_links.append({"uid": here.uid("link", program, partner), "program": program, "partner": partner,
                                 "role": ""})


def _ids(model: Any, uids: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    listed = list(uids)
    for part in parts(listed):
        found.update({uid: row_id for uid, row_id in model.select(model.uid, model.id)
                      .where(model.uid.in_(part)).tuples()})
    return found


def _pointed(rows: list[dict[str, Any]], key: str, ids: dict[str, int]) -> list[dict[str, Any]]:
    return [{**fields, key: ids[fields[key]]} for fields in rows]


def apply(lib: Library, result: ActivityPlan) -> None:
    """Write the programmes, partners, sessions, guests and their attendance (in the caller's transaction)."""
    store.insert_many(lib, Program, result.new_programs)
    store.insert_many(lib, Partner, result.new_partners)
    programs = _ids(Program, {f["program"] for f in (*result.new_links, *result.new_sessions,
                                                       *result.new_participants)})
    partners = _ids(Partner, {f["partner"] for f in result.new_links})
    store.insert_many(lib, ProgramPartner, _pointed(_pointed(result.new_links, "program", programs), "partner",
                                                    partners))
    store.insert_many(lib, ProgramSession, _pointed(result.new_sessions, "program", programs))
    store.insert_many(lib, Participant, _pointed(result.new_participants, "program", programs))
    sessions = _ids(ProgramSession, {f["session"] for f in result.new_attendance})
    guests = _ids(Participant, {f["participant"] for f in result.new_attendance})
    store.insert_many(lib, Attendance, _pointed(_pointed(result.new_attendance, "session", sessions), "participant",
                                                guests))
