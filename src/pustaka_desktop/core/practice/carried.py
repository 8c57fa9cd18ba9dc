"""What the practice library keeps of the real desk, without a real person in it.

A library that has just moved in from SLiMS has its books still out, fines still owed, reservations waiting
and a review list to work through; a volunteer who practises on an empty desk learns little about the one
they will sit at tomorrow. So, in the copy being made into the practice library (``library._strip``, one
transaction, before everything else personal is emptied):

- the loans still out, the reservations waiting or ready and the fines of the members who still owe stay
  as they are (copies, dates, renewals, amounts), each borrower becoming a made-up stand-in: every column
  of the member row but its type, dates, gender and state is overwritten or emptied (a column added later
  is emptied too), and fine notes, free text a librarian wrote, are emptied;
- the open review-list items about the catalogue stay; any other (about members) goes;
- a copy is "on loan" or "on the hold shelf" only if a kept loan or ready reservation says so.
"""

from __future__ import annotations

import random
import sqlite3

OPEN_HOLDS = ("waiting", "ready")
# member columns that say nothing about the person: kept as they are
STRUCTURE = {"id", "uid", "origin", "version", "deleted", "created_at", "updated_at", "field_versions",
             "member_type_id", "registered_on", "expires_on", "gender", "blocked"}
STAND_IN_PREFIX = "P"  # card numbers <code>-P0001...: apart from the made-up members' <code>-L0001...


def keep_desk(conn: sqlite3.Connection, code: str, rng: random.Random) -> None:
    """Trim loans, reservations, fines, members and the review list of the copy to what is carried over."""
    conn.execute("DELETE FROM loan WHERE returned_at IS NOT NULL OR deleted = 1")
    marks = ", ".join("?" * len(OPEN_HOLDS))
    conn.execute(f"DELETE FROM hold WHERE deleted = 1 OR status NOT IN ({marks})", OPEN_HOLDS)
    conn.execute("DELETE FROM fine_entry WHERE deleted = 1 OR member_id NOT IN (SELECT member_id FROM fine_entry "
                 "WHERE deleted = 0 GROUP BY member_id HAVING sum(CASE kind WHEN 'charge' THEN amount "
                 "ELSE -amount END) > 0)")
    conn.execute("UPDATE fine_entry SET note = '', loan_id = CASE WHEN loan_id IN (SELECT id FROM loan) "
                 "THEN loan_id END")
    conn.execute("DELETE FROM member WHERE id NOT IN (SELECT member_id FROM loan UNION SELECT member_id FROM hold "
                 "UNION SELECT member_id FROM fine_entry)")
    _stand_ins(conn, code, rng)
    conn.execute("DELETE FROM review_flag WHERE resolved_at IS NOT NULL OR (record_id IS NULL AND item_id IS NULL)")
    conn.execute("UPDATE item SET status = 'available' WHERE status = 'on_loan' AND id NOT IN "
                 "(SELECT item_id FROM loan)")
    conn.execute("UPDATE item SET status = 'available' WHERE status = 'on_hold' AND id NOT IN "
                 "(SELECT item_id FROM hold WHERE status = 'ready' AND item_id IS NOT NULL)")


def _stand_ins(conn: sqlite3.Connection, code: str, rng: random.Random) -> None:
    """Every kept borrower becomes a made-up person (no name, card number, address, phone or photo stays)."""
    from ..demo.names import FIRST_NAMES_F, FIRST_NAMES_M, SURNAMES, VILLAGES

    columns = [(row[1], row[2].upper(), bool(row[3])) for row in conn.execute("PRAGMA table_info(member)")]
    made_up = {"number", "name", "village"}
    blanked = [(name, "NULL" if not not_null else ("0" if "INT" in kind else "''"))
               for name, kind, not_null in columns if name not in STRUCTURE | made_up]
    assignments = ", ".join(["number = ?", "name = ?", "village = ?"] + [f'"{n}" = {v}' for n, v in blanked])
    conn.execute("UPDATE member SET number = '~' || id")  # so no new card number meets an old one
    rows = conn.execute("SELECT id, gender FROM member ORDER BY id").fetchall()
    for n, (member_id, gender) in enumerate(rows, start=1):
        first = rng.choice(FIRST_NAMES_F if gender == "F" else FIRST_NAMES_M)
        conn.execute(f"UPDATE member SET {assignments} WHERE id = ?",
                     (f"{code}-{STAND_IN_PREFIX}{n:04d}", f"{first} {rng.choice(SURNAMES)} (latihan)",
                      rng.choice(VILLAGES), member_id))
