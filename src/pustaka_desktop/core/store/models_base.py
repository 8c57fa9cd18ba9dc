"""What every table is made of. Two kinds of table:
- ``SyncModel`` tables can leave the PC (records, copies, members, loans, visits, ...). Each row has
  a global id (``uid``), the site that created it (``origin``), a hybrid-logical-clock ``version``,
  a ``deleted`` tombstone and created/updated times. They are written only through ``core.store``,
  which stamps the version and logs the change in the same transaction.
- ``LocalModel`` tables stay on this PC (settings, staff accounts, audit log, the change log itself).

Foreign keys are local integer ids; sync translates them to ``uid`` on the way out and back.
Times are stored in UTC; money in whole rupiah (integers).
"""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import AutoField, BooleanField, CharField, DatabaseProxy, Model, TextField

# Bound to a real SqliteDatabase by core.db.open_database (or Database.bind_ctx for tests that
# hold several libraries at once, like the sync tests).
database = DatabaseProxy()


class UtcDateTimeField(TextField):
    """A timezone-aware datetime stored as UTC text ``YYYY-MM-DD HH:MM:SS`` (sortable, and readable
    by SQLite's date functions)."""

    field_type = "TEXT"

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            raise ValueError("naive datetime: store aware UTC times only")
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")

    def python_value(self, value):
        if value is None:
            return None
        return datetime.fromisoformat(value).replace(tzinfo=UTC)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class LocalModel(BaseModel):
    """A table that never leaves this PC."""

    id = AutoField()


class SyncModel(BaseModel):
    """A table whose rows can travel to the district office and back. Write it only via core.store."""

    id = AutoField()
    uid = CharField(unique=True)
    origin = CharField(index=True)  # site id of the library that created the row
    version = CharField(index=True)  # hybrid logical clock, see core.hlc
    deleted = BooleanField(default=False, index=True)
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()
    # Per-field versions for per-field last-writer-wins (core.sync.conflicts): JSON
    # {"*": insert version, field: version, ...}; "" while the row was never updated.
    field_versions = TextField(default="")
