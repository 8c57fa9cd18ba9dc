"""Rows as documents that can cross the USB: the payload of a bundle, and canonical dumps.

A document is ``{"e": entity, "u": uid, "o": origin, "v": version, "d": deleted, "c": created,
"m": updated, "f": {field: value}, "fv": {"*": insert version, field: version}}``. Values are the
raw SQLite values (dates as text, booleans as 0/1), foreign keys as the referenced row's ``uid``
(integer ids never leave the PC), blobs as base64 text.

Members go pseudonymised unless the librarian opted in for that partner (with the consent
recorded): member id, gender, age band, occupation, village, type and dates; no name, phone,
address, NIK or photo. Guest names in the visitor book and programme lists, story authors and their
photos, session facilitators and partners' contact persons stay home too, and so do the words of a story
told without consent to show it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import BlobField, BooleanField, ForeignKeyField

from ..errors import Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.hlc import Version
from ..store.models import ENTITY, SYNC_MODELS, ChangeLog, SyncModel, SyncReplica

ROW_KEYS = ("id", "uid", "origin", "version", "deleted", "created_at", "updated_at", "field_versions")
MEMBER_SHARED = ("number", "gender", "occupation", "village", "member_type", "registered_on", "expires_on",
                 "blocked", "education")
# Personal data that never leaves the PC unless full member records were opted in.
# Other people's names and faces stay home too: who told a story (and its photo), who led a session,
# a partner's contact person. The district counts stories, sessions and partners without them.
PRIVATE_FIELDS = {"member": None, "visit": ("name",), "participant": ("name",), "story": ("author", "photo"),
                  "program_session": ("facilitator",), "partner": ("contact",)}
# Fields that stay on the PC unless the row itself says they may go: a story told without consent to show it in
# public keeps its words home too (its title and text may name a sick child or a debt); the district counts it.
UNLESS_ALLOWED = {"story": ("consent", ("title", "text"))}
# What stays on the PC whoever the peer is: the record's cover. The district shows no covers, and a
# village that brought SLiMS's pictures in would otherwise send thousands of them (tens of megabytes)
# over its weak link. A field left out of a document is left as it is where the document goes.
LOCAL_FIELDS = {"record": ("cover",)}
AGE_BANDS = ((0, 6, "0-6"), (7, 12, "7-12"), (13, 18, "13-18"), (19, 25, "19-25"), (26, 45, "26-45"),
             (46, 59, "46-59"), (60, 200, "60+"))
# Events are owned by the village that recorded them: append-only, merged by union.
EVENT_ENTITIES = frozenset({"loan", "hold", "fine_entry", "visit", "in_library_use", "attendance"})
# What a district may edit in a village's data: bibliographic records it adopted.
DISTRICT_EDITABLE = frozenset({"record"})


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def dumps_line(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def age_band(birth: str | None, today: date) -> str:
    if not birth:
        return ""
    try:
        born = date.fromisoformat(birth[:10])
    except ValueError:
        return ""
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    for low, high, label in AGE_BANDS:
        if low <= age <= high:
            return label
    return ""


def field_versions(raw: str, version: str) -> dict[str, str]:
    return json.loads(raw) if raw else {"*": version}


class Encoder:
    """Turns raw rows of one library into documents (FK ids -> uids, blobs -> base64)."""

    def __init__(self, lib: Library, full_members: bool = True, today: date | None = None) -> None:
        self.lib = lib
        self.full_members = full_members
        self.today = today or lib.clock.now().date()
        self._uids: dict[str, dict[int, str]] = {}

    def _uid_of(self, model: type[SyncModel], row_id: int | None) -> str | None:
        if row_id is None:
            return None
        table = model._meta.table_name
        cache = self._uids.setdefault(table, {})
        if row_id not in cache:
            if len(cache) == 0:  # first use: load the whole id -> uid map of that table in one query
                cache.update(self.lib.db.execute_sql(f'SELECT id, uid FROM "{table}"').fetchall())
            if row_id not in cache:
                found = self.lib.db.execute_sql(f'SELECT uid FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
                cache[row_id] = found[0] if found else None
        return cache[row_id]

    def rows(self, model: type[SyncModel], where: str = "", params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        table = model._meta.table_name
        cursor = self.lib.db.execute_sql(f'SELECT * FROM "{table}" {where}', tuple(params))
        columns = [c[0] for c in cursor.description]
        plan = _plan(model, columns)
        private = PRIVATE_FIELDS.get(table, ()) if not self.full_members else ()
        for raw in cursor:
            row = dict(zip(columns, raw, strict=True))
            fields: dict[str, Any] = {}
            for name, kind, target in plan:
                value = row[name]
                if kind == "fk":
                    value = self._uid_of(target, value)
                elif kind == "blob":
                    value = base64.b64encode(value).decode() if value is not None else None
                elif kind == "bool":
                    value = bool(value)
                fields[name] = value
            fv = field_versions(row["field_versions"], row["version"])
            if table == "member" and not self.full_members:
                band_version = fv.get("birth_date", fv["*"])
                fields = {k: fields[k] for k in MEMBER_SHARED if k in fields} | {
                    "age_band": age_band(row["birth_date"], self.today)}
                fv = {k: v for k, v in fv.items() if k == "*" or k in MEMBER_SHARED}
                if band_version != fv["*"]:
                    fv["age_band"] = band_version
            elif private:
                for name in private:
                    fields.pop(name, None)
                    fv.pop(name, None)
            for name in LOCAL_FIELDS.get(table, ()) + _withheld(table, row):
                fields.pop(name, None)
                fv.pop(name, None)
            yield {"e": table, "u": row["uid"], "o": row["origin"], "v": row["version"], "d": bool(row["deleted"]),
                   "c": row["created_at"], "m": row["updated_at"], "f": fields, "fv": fv}


    def lines(self, model: type[SyncModel], where: str = "", params: Iterable[Any] = ()) -> Iterator[str]:
        """The same documents as ``rows``, as JSON lines built by SQLite itself (json_object): no
        Python object per row, which makes a full snapshot several times faster. Blobs (rare:
        covers, photos) are filled in here; pseudonymised members go through ``rows``."""
        table = model._meta.table_name
        if table == "member" and not self.full_members:
            for doc in self.rows(model, where, params):
                yield dumps_line(doc)
            return
        private = set(PRIVATE_FIELDS.get(table, ()) or ()) if not self.full_members else set()
        sql, blobs = _line_sql(model, private | set(LOCAL_FIELDS.get(table, ())))
        cursor = self.lib.db.execute_sql(f"{sql} {where}", tuple(params))
        if not blobs:
            for (line, ) in cursor:
                yield line
            return
        for line, *values in cursor:
            if any(v is not None for v in values):
                doc = json.loads(line)
                for name, value in zip(blobs, values, strict=True):
                    doc["f"][name] = base64.b64encode(value).decode() if value is not None else None
                line = dumps_line(doc)
            yield line


def _line_sql(model: type[SyncModel], private: set[str]) -> tuple[str, list[str]]:
    """SELECT json_object(...) [, blob columns] FROM table t — the document of ``Encoder.rows``."""
    table = model._meta.table_name
    plan = _plan(model, [c for c in model._meta.columns if c not in private])
    fields: list[str] = []
    blobs: list[str] = []
    for name, kind, target in plan:
        column = f't."{name}"'
        if kind == "fk":
            value = f'(SELECT r.uid FROM "{target._meta.table_name}" r WHERE r.id = {column})'
        elif kind == "blob":
            value = "NULL"
            blobs.append(name)
        elif kind == "bool":
            value = f"CASE WHEN {column} THEN json('true') ELSE json('false') END"
        else:
            value = column
        fields += [f"'{name}'", value]
    fv = "CASE WHEN t.field_versions IS NULL OR t.field_versions = '' THEN json_object('*', t.version) " \
         "ELSE json(t.field_versions) END"
    if private:
        fv = f"json_remove({fv}, {', '.join(repr('$.' + name) for name in sorted(private))})"
    doc = (f"json_object('e', '{table}', 'u', t.uid, 'o', t.origin, 'v', t.version, "
           f"'d', CASE WHEN t.deleted THEN json('true') ELSE json('false') END, 'c', t.created_at, "
           f"'m', t.updated_at, 'f', json_object({', '.join(fields)}), 'fv', {fv})")
    if table in UNLESS_ALLOWED:
        flag, names = UNLESS_ALLOWED[table]
        paths = ", ".join(f"'$.{part}.{name}'" for name in names for part in ("f", "fv"))
        doc = f'CASE WHEN t."{flag}" THEN {doc} ELSE json_remove({doc}, {paths}) END'
    extra = "".join(f', t."{name}"' for name in blobs)
    return f'SELECT {doc}{extra} FROM "{table}" t', blobs


def _withheld(table: str, row: dict[str, Any]) -> tuple[str, ...]:
    """The fields of ``row`` that stay home because the row does not allow them to go (``UNLESS_ALLOWED``)."""
    flag, names = UNLESS_ALLOWED.get(table, ("", ()))
    return names if names and not row[flag] else ()


def _plan(model: type[SyncModel], columns: list[str]) -> list[tuple[str, str, Any]]:
    plan = []
    for column in columns:
        if column in ROW_KEYS:
            continue
        field = model._meta.columns[column]
        if isinstance(field, ForeignKeyField):
            plan.append((column, "fk", field.rel_model))
        elif isinstance(field, BlobField):
            plan.append((column, "blob", None))
        elif isinstance(field, BooleanField):
            plan.append((column, "bool", None))
        else:
            plan.append((column, "plain", None))
    return plan


def fk_columns(model: type[SyncModel]) -> dict[str, type[SyncModel]]:
    return {f.column_name: f.rel_model for f in model._meta.sorted_fields if isinstance(f, ForeignKeyField)}


def blob_columns(model: type[SyncModel]) -> set[str]:
    return {f.column_name for f in model._meta.sorted_fields if isinstance(f, BlobField)}


def bool_columns(model: type[SyncModel]) -> set[str]:
    return {f.column_name for f in model._meta.sorted_fields if isinstance(f, BooleanField)} - {"deleted"}


# --- canonical dumps: what two replicas must agree on ------------------------------------------------

VOLATILE = {"age_band"}  # computed on the day of export


def _canon(doc: dict[str, Any]) -> dict[str, Any]:
    return {"deleted": bool(doc["d"]), **{k: v for k, v in doc["f"].items() if k not in VOLATILE}}


def dump_local(lib: Library, full_members: bool = True, entities: Iterable[str] | None = None,
               origin: str | None = None) -> dict[str, dict[str, Any]]:
    """Every synced row of this library as ``{entity: {uid: fields}}`` (optionally as a partner
    would see it: pseudonymised, only rows created by ``origin``)."""
    wanted = set(entities) if entities is not None else set(ENTITY)
    encoder = Encoder(lib, full_members=full_members)
    out: dict[str, dict[str, Any]] = {}
    for model in SYNC_MODELS:
        table = model._meta.table_name
        if table not in wanted:
            continue
        where, params = ("WHERE origin = ?", (origin,)) if origin else ("", ())
        out[table] = {doc["u"]: _canon(doc) for doc in encoder.rows(model, where, params)}
    return out


def dump_replica(site: str, entities: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """District side: what a village sent, in the same shape as ``dump_local``."""
    wanted = set(entities) if entities is not None else set(ENTITY)
    out: dict[str, dict[str, Any]] = {e: {} for e in ENTITY if e in wanted}
    query = SyncReplica.select(SyncReplica.entity, SyncReplica.uid, SyncReplica.deleted, SyncReplica.data).where(
        SyncReplica.site == site)
    for entity, uid, deleted, data in query.tuples():
        if entity in wanted:
            out[entity][uid] = _canon({"d": deleted, "f": json.loads(data)})
    return out


def own_max_seq(lib: Library) -> int:
    from peewee import fn

    return ChangeLog.select(fn.MAX(ChangeLog.seq)).where(ChangeLog.origin == lib.site_id).scalar() or 0


def valid_doc(doc: Any) -> bool:
    if not isinstance(doc, dict) or doc.get("e") not in ENTITY:
        return False
    if not all(isinstance(doc.get(k), str) for k in ("u", "o", "v", "c", "m")):
        return False
    if not isinstance(doc.get("f"), dict) or not isinstance(doc.get("fv"), dict) or "*" not in doc["fv"]:
        return False
    try:
        Version.parse(doc["v"])
    except ValueError:
        return False
    return True


@dataclass
class Applied:
    """What applying a bundle's rows did."""

    rows: int = 0  # rows read
    changed: int = 0  # rows that changed here
    conflicts: int = 0
    highest: str = ""  # the highest version seen (the clock moves past it)


def bad_row() -> Refused:
    return Refused(QT_TRANSLATE_NOOP("Errors", "The bundle holds rows this version cannot read; refused."),
                   reason="bad-row")
