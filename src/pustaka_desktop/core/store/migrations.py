"""Numbered schema migrations. Each runs once, in order, after an automatic backup (core.db).

Rules for whoever adds one: never edit a migration that has shipped; add the next number (a
function here, or a ``schema/NNNN_name.sql`` script run by ``_run_script``). A migration gets the
open peewee database and runs inside one transaction with the version bump. tests/core/test_schema.py
fails when models.py and the migrated database disagree.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"


def statements(script: str) -> list[str]:
    """Split an SQL script into whole statements (a trigger's BEGIN ... END stays in one piece).
    Not ``executescript``: that commits first, and a migration must stay inside its transaction."""
    out, pending = [], ""
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement at the end of the script: {pending[:80]!r}")
    return out


_ADD_COLUMN = re.compile(r'^\s*ALTER TABLE "?(\w+)"? ADD COLUMN "?(\w+)"?', re.IGNORECASE)


def _run_script(name: str) -> Callable[[SqliteDatabase], None]:
    def run(db: SqliteDatabase) -> None:
        for statement in statements((SCHEMA_DIR / name).read_text(encoding="utf-8")):
            added = _ADD_COLUMN.match(statement)
            # a column already there is not added again: a file whose version was set back (a library made "as an
            # older version left it") runs the later scripts once more, and SQLite has no ADD COLUMN IF NOT EXISTS
            if added and added.group(2) in {row[1] for row in db.execute_sql(f'PRAGMA table_info("{added.group(1)}")')}:
                continue
            db.execute_sql(statement)

    run.__name__ = f"run_{name}"
    return run


# 0001: every table of models.py as it shipped; the catalogue's FTS5 index and its triggers (see
# core/catalog/search_index.py); the union catalogue's FTS5 table; partial indexes on open loans (the loan
# limit at every check-out, the overdue list); covering indexes for reports and the dashboard.
MIGRATIONS: list[tuple[int, Callable[[SqliteDatabase], None]]] = [
    (1, _run_script("0001_initial.sql")),
    # 0002: the catalogue index holds old-spelling-folded text; its vocabulary; the district pack by title
    (2, _run_script("0002_search_old_spellings.sql")),
    # 0003: the web catalogue: members' web PINs, the digital shelf's files and their views (local tables)
    (3, _run_script("0003_web_catalogue.sql")),
    # 0004: the review list of imported fields kept as written (review_flag); record.class_other
    (4, _run_script("0004_review_list.sql")),
    # 0005: the union catalogue follows every change (keys, forms, holdings, pins) and the district's
    # figures as running sums (district_tally); a revoked village's date
    (5, _run_script("0005_union_follows_changes.sql")),
    # 0006: who was reminded when, and how (reminder_log, a local table)
    (6, _run_script("0006_reminder_log.sql")),
    # 0007: story.consent (a story is shown in public, e.g. on the impact sheet, only with consent)
    (7, _run_script("0007_story_consent.sql")),
    # 0008: union search reads a union record's holdings from one covering index (union_holding)
    (8, _run_script("0008_union_holding_cover.sql")),
    # 0009: no index on change_log.row_uid (nothing looks changes up by row; each desk write paid for it)
    (9, _run_script("0009_change_log_without_row_index.sql")),
    # 0010: no index on item.version and loan.version (nothing looks them up; every desk scan moved them)
    (10, _run_script("0010_desk_tables_without_version_index.sql")),
    # 0011: the catalogue index files "F 899.2213" under class 8 (the digit after a collection prefix)
    (11, _run_script("0011_class_prefix_facet.sql")),
    # 0012: a district bundle writes fewer index pages: no district_tally (metric, day) index (the
    # report reads by village), union_holding keyed by (union_id, site) itself (one tree, not three)
    (12, _run_script("0012_district_bulk_writes.sql")),
    # 0013: holdings are the links' counts summed, read from one covering index on union_link
    # (union_id, site, copies, available); union_holding and the (union_id) index are gone
    (13, _run_script("0013_holdings_from_links.sql")),
    # 0014: a class number kept as written with a call number's tail ("899.221 3 HIR l") files under its
    # own first digit in the catalogue index, as the collection report counts it
    (14, _run_script("0014_class_digit_of_a_kept_number.sql")),
    # 0015: a class's copies' call numbers read from one covering index (the shelf search's author mark)
    (15, _run_script("0015_item_call_numbers_by_record.sql")),
    # 0016: Arabic vowel marks and the tatweel dropped from the catalogue's search index, as from the query
    (16, _run_script("0016_search_without_arabic_vowel_marks.sql")),
    # 0017: program_session.cancelled and cancel_reason (a session called off stays listed as cancelled)
    (17, _run_script("0017_session_cancelled.sql")),
    # 0018: stock_take.result (what a finished stock-take found) and stock_take_scan.found (a lost copy found)
    (18, _run_script("0018_stocktake_result.sql")),
    # 0019: loan_event, who took each book back or renewed it, and when (a local table keyed by the loan's uid)
    (19, _run_script("0019_loan_event.sql")),
    # 0020: the search index splits words at romanised Arabic's ayn and hamza letters (Qurʼān is qur an, as
    # Qur'an is): the catalogue's and the district pack's index made again with that tokenizer, and refilled
    (20, _run_script("0020_search_splits_at_ayn_and_hamza.sql")),
    # (21 was set aside for a change that was done without one: versions need not be consecutive, only rising)
    # 0022: the search indexes keep a Javanese, Balinese or Sundanese word whole with its vowel signs and end it at
    # its pangkon (virama): the catalogue's, the district pack's and the union's made again with that tokenizer
    (22, _run_script("0022_search_keeps_indic_vowel_signs.sql")),
    # 0023: member_from_before, the members a moved-in list gave no registration date (a local table keyed by the
    # member's uid: counted in every period's members, never as new ones)
    (23, _run_script("0023_member_from_before.sql")),
    # 0024: stock_take_scan.staff, .shelf and .unlabelled (who scanned a copy, the shelf being scanned then, and a
    # book without a label: the report's who and when, the copies on another shelf than their own, labels to print)
    (24, _run_script("0024_stocktake_scan_by_and_shelf.sql")),
    # 0025: a class's records read by class number then title from one index (record_shelf), for the shelf search
    (25, _run_script("0025_shelf_in_title_order.sql")),
    # 0026: the union catalogue's words in Arabic letters (union_arabic_word), for a search typed in Latin letters
    (26, _run_script("0026_union_arabic_words.sql")),
]

LATEST = MIGRATIONS[-1][0]
