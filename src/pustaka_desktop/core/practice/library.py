"""Practice mode (Mode latihan): a practice library beside the real one, where a new volunteer can lend,
return, register and catalogue without harm.

The practice library is a separate database file next to the real one (``<name>-latihan.sqlite3``),
made from a copy of the real file with everything personal and everything that happened taken out:
members, past loans, visits, participants, stories, the audit and change logs and all sync state are removed
(and the file is vacuumed, so no deleted page keeps a real name). What stays is what a learner needs to find
their way: the catalogue and its copies, its open review list, member types, loan rules, holidays,
programmes and the staff accounts (so each learner logs in as themself), and the desk as it is — the books
still out, reservations and fines owed, held by made-up stand-ins (``carried``). Then made-up members and
a few loans — some late — are added so every task can be tried. A library with an empty catalogue gets the
demo catalogue instead.

A practice library made before the library moved in (an empty catalogue, or before its last import) is made
anew the next time practice opens (``is_stale``), so nobody practises on the old catalogue.

A practice library is marked (setting ``practice``) and has its own site id: it refuses enrolment and
bundle export (``require_real``), it keeps no automatic backups, and being another file, nothing done in
it can reach the real library's figures, backups or bundles.
"""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from ..errors import Refused, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import write as store
from ..store.clock import local_today
from ..store.models import (
    ALL_MODELS,
    DigitalFile,
    FineEntry,
    Hold,
    Holiday,
    Item,
    LibraryProfile,
    Loan,
    LoanRule,
    Member,
    MemberType,
    Partner,
    Program,
    ProgramPartner,
    ProgramSession,
    Record,
    ReviewFlag,
    Setting,
    Staff,
    Subject,
)
from ..store.models import CollectionType as _CollectionType
from . import carried

PRACTICE_KEY = "practice"
PROGRESS_KEY = "practice_progress"  # kept by .tasks; carried over a reset here
SUFFIX = "-latihan"
PRACTICE_MEMBERS = 40
PRACTICE_LOANS = 16
# What a learner needs from the real library; every other table is emptied.
KEEP = {Setting, Staff, LibraryProfile, Subject, _CollectionType, Record, Item, MemberType, LoanRule, Holiday,
        Partner, Program, ProgramPartner, ProgramSession, DigitalFile}
# Trimmed to the desk as it is, with made-up borrowers (.carried), not emptied.
CARRIED = {Loan, Hold, FineEntry, Member, ReviewFlag}
# Whatever changes the real library wholesale: a practice library made before the newest of these is stale.
IMPORT_ACTIONS = ("catalog.import", "members.import", "circulation.import", "import.undo")
# Settings that belong to the real library's identity and links, not to its rules.
DROP_SETTING_PREFIXES = ("site_id", "sync", "web", "statistics_refreshed_on", "demo_loaded", "hub", "recovery")


@dataclass(frozen=True)
class PracticeStatus:
    path: Path
    exists: bool
    created_at: str = ""
    records: int = 0
    members: int = 0
    open_loans: int = 0
    progress: dict = field(default_factory=dict)  # {staff account: {task: {"started", "done"}}}


def practice_path(real_path: str | Path) -> Path:
    real = Path(real_path)
    stem = real.stem[: -len(SUFFIX)] if real.stem.endswith(SUFFIX) else real.stem
    return real.with_name(f"{stem}{SUFFIX}{real.suffix or '.sqlite3'}")


def real_path_of(practice_file: str | Path) -> Path:
    """The real library beside a practice file (the way back when the app was started on the practice one)."""
    path = Path(practice_file)
    stem = path.stem[: -len(SUFFIX)] if path.stem.endswith(SUFFIX) else path.stem
    return path.with_name(f"{stem}{path.suffix}")


def open_real(practice_file: str | Path, clock=None) -> Library:
    real = real_path_of(practice_file)
    if not real.is_file():  # never make a new empty library in its place
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no library at {path}."), path=str(real))
    return Library.open(real, clock)


def is_practice(lib: Library) -> bool:
    with lib.bound():
        return bool(get_setting(PRACTICE_KEY))


def require_real(lib: Library) -> None:
    """Sync refuses a practice library: its loans and members are made up and must never travel."""
    if is_practice(lib):
        raise Refused(QT_TRANSLATE_NOOP(
            "Errors", "This is the practice library (LATIHAN): it is never enrolled or synced with the district."),
            reason="practice")


def _copy_file(real: Path, target: Path) -> None:
    source = sqlite3.connect(f"{real.resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        source.close()
        dest.close()


NEWEST_IMPORT = f"SELECT max(id) FROM audit_log WHERE action IN ({', '.join('?' * len(IMPORT_ACTIONS))})"


def _newest_import(conn: sqlite3.Connection) -> int:
    """The audit line of the real library's newest import (0: none), which the practice library remembers."""
    return conn.execute(NEWEST_IMPORT, IMPORT_ACTIONS).fetchone()[0] or 0


def _strip(path: Path, now: datetime, seed: int) -> None:
    """Take out what is personal or happened, and every link to the district, in one transaction."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA secure_delete = ON")
        with conn:
            made_from = _newest_import(conn)
            code = conn.execute("SELECT code FROM library_profile WHERE deleted = 0").fetchone()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            keep = {m._meta.table_name for m in KEEP | CARRIED}
            for model in ALL_MODELS:
                name = model._meta.table_name
                if name not in keep and name in tables:
                    conn.execute(f'DELETE FROM "{name}"')
            if "union_record_fts" in tables:
                conn.execute("DELETE FROM union_record_fts")
            for prefix in DROP_SETTING_PREFIXES:
                conn.execute("DELETE FROM setting WHERE key LIKE ?", (prefix + "%",))
            conn.execute("UPDATE partner SET contact = '', notes = ''")
            conn.execute("UPDATE program_session SET facilitator = ''")
            carried.keep_desk(conn, code[0] if code else "", random.Random(seed))
            conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                         (PRACTICE_KEY, json.dumps({"created_at": now.isoformat(timespec="seconds"),
                                                    "made_from_import": made_from})))
        conn.execute("VACUUM")
    finally:
        conn.close()


def _made_up_members(lib: Library, rng: random.Random) -> list[Member]:
    from ..demo.names import FIRST_NAMES_F, FIRST_NAMES_M, SURNAMES, VILLAGES

    types = list(MemberType.select().where(MemberType.deleted == False).order_by(MemberType.id))  # noqa: E712
    if not types:
        types = [store.insert(lib, MemberType, name="Umum")]
    today = local_today(lib.clock)
    code = lib.profile.code
    rows = []
    for n in range(PRACTICE_MEMBERS):
        gender = rng.choice("MF")
        first = rng.choice(FIRST_NAMES_M if gender == "M" else FIRST_NAMES_F)
        member_type = rng.choice(types)
        registered = today - timedelta(days=rng.randint(60, 700))
        age = rng.randint(8, 65)
        rows.append({
            "number": f"{code}-L{n + 1:04d}",
            "name": f"{first} {rng.choice(SURNAMES)} (latihan)",
            "gender": gender,
            "birth_date": today.replace(year=today.year - age, day=min(today.day, 28)),
            "member_type": member_type.id,
            "village": rng.choice(VILLAGES),
            "phone": f"0812000{n:05d}",
            "registered_on": registered,
            "expires_on": today + timedelta(days=rng.randint(30, 365)),
        })
    store.insert_many(lib, Member, rows)
    return list(Member.select().where(Member.number.in_([row["number"] for row in rows])).order_by(Member.id))


def _practice_loans(lib: Library, rng: random.Random, members: list[Member]) -> int:
    """A few copies out, about half of them late, each lent after its member registered."""
    items = list(Item.select().where((Item.status == "available") & (Item.deleted == False))  # noqa: E712
                 .order_by(Item.id).limit(400))
    if not items or not members:
        return 0
    today = local_today(lib.clock)
    chosen = rng.sample(items, min(PRACTICE_LOANS, len(items) // 2))  # half stay on the shelf to lend
    rows = []
    for n, item in enumerate(chosen):
        member = members[-1 - n % len(members)]  # the first members stay free to lend to
        days_ago = rng.randint(10, 25) if n % 2 == 0 else rng.randint(1, 5)
        day = max(today - timedelta(days=days_ago), member.registered_on)
        rows.append({"item": item.id, "member": member.id, "staff": "latihan",
                     "loaned_at": datetime.combine(day, time(2, rng.randint(0, 59)), tzinfo=UTC),
                     "due_on": day + timedelta(days=7), "returned_at": None})
    store.insert_many(lib, Loan, rows)
    for item in chosen:
        store.update(lib, item, status="on_loan")
    return len(rows)


def create(real_path: str | Path, clock=None, seed: int = 1) -> Path:
    """Make (or make anew: the reset) the practice library beside the real database at ``real_path``.
    The real file is only read. Returns the practice file's path."""
    real = Path(real_path)
    if real.stem.endswith(SUFFIX):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This is already the practice library."))
    if not real.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no library at {path}."), path=str(real))
    target = practice_path(real)
    partial = target.with_name(target.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    now = datetime.now(UTC) if clock is None else clock.now()
    progress = _old_progress(target)
    _copy_file(real, partial)
    _strip(partial, now, seed)
    lib = Library.open(partial, clock)
    try:
        _fill(lib, seed)
        if progress:  # the trainer's list of who finished which task outlives a reset
            with lib.bound():
                set_setting(PROGRESS_KEY, progress)
    finally:
        lib.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    partial.replace(target)
    return target


def _old_progress(target: Path) -> dict:
    if not target.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (PROGRESS_KEY,)).fetchone()
        finally:
            conn.close()
        return json.loads(row[0]) if row else {}
    except (sqlite3.Error, ValueError):
        return {}  # a damaged old practice file: start the list afresh


def _fill(lib: Library, seed: int) -> None:
    rng = random.Random(seed)
    with lib.bound():
        profile = LibraryProfile.get_or_none(LibraryProfile.deleted == False)  # noqa: E712
        if profile is None:
            raise Refused(QT_TRANSLATE_NOOP("Errors", "Set up the library first; then practise."), reason="new")
        if profile.kind == "district":
            raise Refused(QT_TRANSLATE_NOOP(
                "Errors", "Practice mode is for a village library's desk, not for a district office."),
                reason="district")
        with lib.transaction():
            profile.site = lib.site_id
            if "LATIHAN" not in profile.name:
                profile.name = f"{profile.name} — LATIHAN"
            profile.save()
        if not Record.select().where(Record.deleted == False).exists():  # noqa: E712
            from ..demo import catalog as demo_catalog
            from ..demo.sizes import SIZES

            with lib.transaction():
                demo_catalog.fill(lib, rng, SIZES["tiny"], lambda fraction, message: None)
                set_setting(PRACTICE_KEY, {**get_setting(PRACTICE_KEY), "demo_catalogue": True})
        with lib.transaction():
            members = _made_up_members(lib, rng)
            _practice_loans(lib, rng, members)


def open_practice(real_path: str | Path, clock=None) -> Library:
    """The practice library, made first when there is none yet, with today's staff accounts."""
    target = practice_path(real_path)
    if not target.is_file() or is_stale(real_path):
        create(real_path, clock)
    lib = Library.open(target, clock)
    if not is_practice(lib):  # a stray file with our name: never treat it as practice
        lib.close()
        raise Refused(QT_TRANSLATE_NOOP("Errors", "{path} is not a practice library."), path=str(target),
                      reason="not-practice")
    _same_accounts(lib, Path(real_path))
    return lib


def is_stale(real_path: str | Path) -> bool:
    """Whether the practice library shows a catalogue the real one has left behind: made from an empty catalogue
    (the demo one) that now has books, or before an import (the move-in) or an import's undo."""
    target = practice_path(real_path)
    if not target.is_file():
        return False
    try:
        marker = json.loads(_read_one(target, "SELECT value FROM setting WHERE key = ?", (PRACTICE_KEY,)) or "{}")
        if not isinstance(marker, dict):
            return False  # not ours: open_practice refuses it
        real = Path(real_path)
        if marker.get("demo_catalogue") and _read_one(real, "SELECT EXISTS (SELECT 1 FROM record WHERE deleted = 0)"):
            return True
        return (_read_one(real, NEWEST_IMPORT, IMPORT_ACTIONS) or 0) != marker.get("made_from_import", 0)
    except sqlite3.Error:
        return False  # a file that cannot be read is refused with its own message when opened


def _read_one(path: Path, sql: str, params: tuple = ()):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(sql, params).fetchone()
    finally:
        conn.close()
    return row[0] if row else None


STAFF_FIELDS = ("full_name", "role", "password_hash", "pin_hash", "active")


def _same_accounts(lib: Library, real: Path) -> None:
    """Everyone logs in to practice "with your usual account": the volunteer added (or the password changed,
    or the account disabled) after the practice library was made must find it so here too."""
    conn = sqlite3.connect(f"{real.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(f"SELECT username, created_at, {', '.join(STAFF_FIELDS)} FROM staff").fetchall()
    finally:
        conn.close()
    columns = ", ".join(STAFF_FIELDS)
    updates = ", ".join(f"{name} = excluded.{name}" for name in STAFF_FIELDS)
    with lib.transaction():
        for row in rows:  # raw SQL: the timestamps are copied as the real file stores them
            lib.db.execute_sql(f"INSERT INTO staff (username, created_at, {columns}) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               f"ON CONFLICT (username) DO UPDATE SET {updates}", row)


def status(real_path: str | Path) -> PracticeStatus:
    target = practice_path(real_path)
    if not target.is_file():
        return PracticeStatus(target, False)
    conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
    try:
        def count(sql: str) -> int:
            return conn.execute(sql).fetchone()[0]

        row = conn.execute("SELECT value FROM setting WHERE key = ?", (PRACTICE_KEY,)).fetchone()
        created = json.loads(row[0]).get("created_at", "") if row else ""
        return PracticeStatus(target, True, created,
                              count("SELECT count(*) FROM record WHERE deleted = 0"),
                              count("SELECT count(*) FROM member WHERE deleted = 0"),
                              count("SELECT count(*) FROM loan WHERE returned_at IS NULL AND deleted = 0"),
                              _old_progress(target))
    finally:
        conn.close()

