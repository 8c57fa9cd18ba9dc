"""Backups on the stress library: how long the start-up quick check, a checked backup (SQLite backup
API + integrity_check, what the daily and "before import" backups do) and a backup's preview take."""

from __future__ import annotations

import time

from . import BenchContext, Row


def rows(ctx: BenchContext) -> list[Row]:
    from pustaka_desktop.core.store import backup, health
    from pustaka_desktop.core.store import db as dbmod

    started = time.perf_counter()
    report = health.check_database(ctx.db_path)
    quick = time.perf_counter() - started

    db = dbmod.connect(ctx.db_path)
    target = ctx.scratch / "backup-check.sqlite3"
    started = time.perf_counter()
    backup.copy_database(db, target)
    made = time.perf_counter() - started
    db.close()
    size_mb = target.stat().st_size / 1_048_576

    started = time.perf_counter()
    info = backup.preview(target)
    shown = time.perf_counter() - started
    target.unlink()
    return [
        Row("start-up quick_check", quick, "s", target=10, note=f"{'ok' if report.ok else 'FAILED'}; "
                                                               f"{ctx.db_path.stat().st_size / 1_048_576:,.0f} MB"),
        Row("checked backup (backup API + integrity_check)", made, "s", target=120,
            note=f"{size_mb:,.0f} MB; runs in the background at start-up"),
        Row("backup preview (library, date, counts)", shown, "s", target=2,
            note=f"{info.counts.get('record', 0):,} titles, {info.counts.get('loan', 0):,} loans"),
    ]
