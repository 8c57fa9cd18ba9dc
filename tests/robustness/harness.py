"""Power-cut harness: start a worker that records loans, returns and imports, SIGKILL it at a random
moment, reopen the database, and check that it is intact and holds every acknowledged operation.
Used by tests/robustness/test_powercut.py (>= 30 kills) and bench/powercut.py (>= 500 kills)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

WORKER = Path(__file__).resolve().with_name("powercut_worker.py")


@dataclass
class PowerCutResult:
    tried: int = 0
    survived: int = 0  # kills after which the database was intact and held every acknowledged op
    acknowledged: int = 0
    lost: int = 0  # acknowledged operations missing after a kill
    problems: list[str] = field(default_factory=list)


def prepare(path: Path, members: int = 20, items: int = 120) -> None:
    """A small library with members and copies for the worker to lend."""
    from pustaka_desktop.core import profile
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Item, Member, MemberType, Record

    lib = Library.open(path)
    profile.init_library(lib, name="Perpustakaan Uji Listrik", code="PLN", librarian="pustakawan",
                         password="rahasia1")
    member_type = MemberType.select().first()
    today = date.today()
    with lib.transaction():
        store.insert_many(lib, Member, [
            {"number": f"M{n:04d}", "name": f"Anggota {n}", "member_type": member_type.id, "registered_on": today,
             "expires_on": today + timedelta(days=365)} for n in range(members)])
        record = store.insert(lib, Record, title="Buku Uji")
        store.insert_many(lib, Item, [{"record": record.id, "barcode": f"PLN{n:05d}"} for n in range(items)])
    lib.close()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _acknowledged_so_far(out_path: Path) -> int:
    return max(0, out_path.read_bytes().count(b"\n") - 1)  # lines after "ready"


def kill_once(path: Path, run: int, rng: random.Random, log_dir: Path, max_wait: float = 0.25,
              min_acks: int = 0) -> list[str]:
    """Start the worker, let it work for a random moment, SIGKILL it; return its acknowledged lines.

    With ``min_acks`` the kill comes only after the worker acknowledged a random 1..``min_acks``
    operations (then the random moment): how much it did before the cut no longer depends on how
    fast the machine is."""
    out_path = log_dir / f"run-{run}.out"
    with open(out_path, "wb") as out:
        proc = subprocess.Popen([sys.executable, str(WORKER), str(path), str(run), str(rng.randrange(1 << 30))],
                                stdout=out, stderr=subprocess.DEVNULL, env=_env())
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and b"ready" not in out_path.read_bytes()[:10]:
            if proc.poll() is not None:
                break
            time.sleep(0.01)
        if min_acks > 0:
            wanted = rng.randint(1, min_acks)
            deadline = time.monotonic() + 120
            while (time.monotonic() < deadline and proc.poll() is None
                   and _acknowledged_so_far(out_path) < wanted):
                time.sleep(0.005)
        time.sleep(rng.uniform(0.0, max_wait))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    text = out_path.read_text(encoding="utf-8", errors="replace")
    out_path.unlink()
    # the last piece has no newline when the kill cut it mid-line: it was not acknowledged
    lines = text.split("\n")[:-1]
    if not lines or lines[0] != "ready":
        raise RuntimeError(f"the worker did not start (run {run})")
    return [line for line in lines[1:] if len(line.split()) >= 3]


def verify(path: Path, acknowledged: list[str]) -> list[str]:
    """Problems found after reopening (empty = the kill was survived)."""
    problems = []
    conn = sqlite3.connect(str(path))
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            problems.append(f"integrity_check: {check[:3]}")
        for line in acknowledged:
            kind, op, uid, *rest = line.split()
            if kind == "L":
                if conn.execute("SELECT count(*) FROM loan WHERE uid=?", (uid,)).fetchone()[0] != 1:
                    problems.append(f"lost check-out {op}")
            elif kind == "R":
                row = conn.execute("SELECT returned_at FROM loan WHERE uid=?", (uid,)).fetchone()
                if row is None or row[0] is None:
                    problems.append(f"lost return {op}")
            elif kind == "I":
                n = int(rest[0])
                found = conn.execute("SELECT count(*) FROM record WHERE title LIKE ?",
                                     (f"Buku impor {op} #%",)).fetchone()[0]
                if found != n:
                    problems.append(f"lost import {op}: {found}/{n}")
        # all-or-nothing transactions: a copy is on loan exactly when it has an open loan
        mismatched = conn.execute(
            "SELECT count(*) FROM item i WHERE (i.status='on_loan') != EXISTS("
            "SELECT 1 FROM loan l WHERE l.item_id=i.id AND l.returned_at IS NULL AND l.deleted=0)").fetchone()[0]
        if mismatched:
            problems.append(f"{mismatched} copies whose status disagrees with their loans (half a transaction)")
        half_imports = conn.execute(
            "SELECT count(*) FROM record r WHERE r.title LIKE 'Buku impor %' AND NOT EXISTS("
            "SELECT 1 FROM item i WHERE i.record_id=r.id)").fetchone()[0]
        if half_imports:
            problems.append(f"{half_imports} imported records without their copy (half an import)")
    finally:
        conn.close()
    return problems


def run(path: Path, kills: int, seed: int = 1, max_wait: float = 0.25, reopen_with_app: bool = True,
        min_acks: int = 0) -> PowerCutResult:
    rng = random.Random(seed)
    result = PowerCutResult()
    log_dir = path.parent
    for n in range(1, kills + 1):
        acknowledged = kill_once(path, n, rng, log_dir, max_wait, min_acks)
        result.tried += 1
        result.acknowledged += len(acknowledged)
        problems = verify(path, acknowledged)
        if reopen_with_app and not problems and n % 10 == 0:
            from pustaka_desktop.core.service import Library

            Library.open(path).close()  # the app itself reopens it (recovers the WAL) without complaint
        lost = sum(1 for p in problems if p.startswith("lost"))
        result.lost += lost
        if problems:
            result.problems.extend(f"kill {n}: {p}" for p in problems[:5])
        else:
            result.survived += 1
    return result
