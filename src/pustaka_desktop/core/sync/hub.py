"""The district office's desk: the inbox (a folder of village bundles, imported one by one, each
reported, the next one read by a second process meanwhile: ``staging``) and the district's edits of
union records, which go back to every village that holds them.

Direction inside ``sync/`` (each module imports only those before it):
changes, bundle, keys -> staging, merge -> union -> catalog_pack -> replicas -> grants -> export -> importer ->
conflicts -> hub; status, stats and enrolment sit beside them and import from the first ones.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import auth
from ..catalog.imprint import publisher_name
from ..catalog.isbn import compact_isbn, normalise_isbn
from ..catalog.records import first_author, match_key
from ..errors import Cancelled, PustakaError, Refused, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Progress
from ..service import Library
from ..store import postgres_errors
from ..store.faults import explain
from ..store.models import Staff, SyncReplica, UnionRecord
from . import bundle, dialect, keys, replicas, staging, union, union_join, union_rebuild, union_write
from .importer import ImportResult, import_bundle, log_rejected
from .union_match import PACK_FIELDS, authors_of, clean_isbn, fold, name_key

log = logging.getLogger(__name__)


@dataclass
class InboxLine:
    file: str
    # applied | already | rejected | ignored (the district's own bundle in a shared folder) | elsewhere (at a village:
    # the district's bundle for another village, on a stick the officer fills for the whole kecamatan)
    result: str
    sender: str = ""
    rows: int = 0
    changed: int = 0
    reason: str = ""
    error: PustakaError | None = None
    grants: list[tuple[str, int]] = field(default_factory=list)  # book grants the bundle brought: (name, copies)


def bundle_files(folder: str | Path) -> list[Path]:
    """The bundles in ``folder`` and in its sub-folders one level down (an office that keeps each
    village's stick, or each village, in a folder of its own), oldest first: a bundle's name starts
    with its sender and date, and the files of one sender sort by date."""
    found = []
    for path in Path(folder).iterdir():
        found += [p for p in _listed(path) if p.is_file() and p.suffix.lower() == ".zip"]
    return sorted(found, key=lambda p: (p.name, str(p)))


def _listed(path: Path) -> list[Path]:
    if not path.is_dir():
        return [path]
    try:
        return list(path.iterdir())
    except OSError:  # Windows's "System Volume Information" on a stick, a folder this user may not read
        return []


def import_folder(lib: Library, by: Staff, folder: str | Path, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None,
                  on_line: Callable[[InboxLine], None] | None = None) -> list[InboxLine]:
    """Import every bundle in ``folder`` (oldest first); one bad bundle never stops the others.

    Each bundle is applied in its own transaction, so ``cancel`` stops between bundles or rolls back
    the one being read; the bundles before it stay imported. ``on_line`` hears each result as it
    comes, so a caller still knows them when a later cancel raises ``Cancelled``."""
    auth.require(by, "sync.manage")
    _require_genuine(lib)
    report = progress or (lambda fraction, message: None)
    stop = cancel or (lambda: False)
    files = bundle_files(folder)
    out: list[InboxLine] = []
    share = 1 / max(1, len(files))
    ahead = staging.Ahead(files) if lib.is_district else None  # the next bundle read while one is applied
    try:
        for index, path in enumerate(files):
            if stop():
                raise Cancelled()
            report(index * share, path.name)

            def part(fraction: float, message: str, base: float = index * share, name: str = path.name) -> None:
                report(base + share * max(0.0, min(1.0, fraction)), name)

            staged = ahead.take(path, stop) if ahead is not None else None
            try:
                line = _inbox_line(lib, by, path, part, stop, staged)
            finally:
                if staged is not None:
                    staged.discard()
            out.append(line)
            if on_line is not None:
                on_line(line)
    finally:
        if ahead is not None:
            ahead.close()
    report(1.0, QT_TRANSLATE_NOOP("Progress", "Done"))
    return out


COPIED_HERE = QT_TRANSLATE_NOOP(
    "Errors", "This database looks like a copy or a restored backup (moved to a new PC or folder, or put back "
              "from a backup), so no bundle was imported. On the page Sync with district (or with pustaka-cli sync "
              "confirm-copy), a librarian confirms it is the original library (or makes it a new site); then import "
              "the bundles again.")


def _require_genuine(lib: Library) -> None:
    """The library's own database must be the original before any bundle goes in: said once for the whole
    folder (a stick of 200 bundles showed the same refusal 200 times, with nothing to do about any of them)."""
    try:
        keys.require_genuine(lib)
    except Refused as exc:
        if exc.reason != "copied-database":
            raise
        raise Refused(COPIED_HERE, reason="copied-database") from None


def _inbox_line(lib: Library, by: Staff, path: Path, progress: Progress, stop: Callable[[], bool],
                staged: staging.Staged | None) -> InboxLine:
    """Import one bundle of the inbox; what became of it (a bad bundle is reported, never raised)."""
    if _own_bundle(lib, path):
        return InboxLine(path.name, "ignored", sender=bundle_sender_code(path.name))
    receiver = _for_another(lib, path)
    if receiver:
        # left on the stick for its village, not "rejected": 59 red lines hid this village's own result (a bundle
        # renamed so that it names no one is still read, and refused by its manifest if it is not for here)
        return InboxLine(path.name, "elsewhere", sender=bundle_sender_code(path.name), reason=receiver)
    try:
        result = import_bundle(lib, by, path, progress, stop, staged, watch=True)
        return InboxLine(path.name, result.result, result.sender, result.rows, result.changed, grants=result.grants)
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - one bad bundle never stops the others; each is reported
        district = postgres_errors.explain(exc)
        if district is exc:  # the district's database, not the bundle: no bundle can go in now
            raise
        if district is not None and district.kind != postgres_errors.OTHER:
            raise district from exc
        if not isinstance(exc, PustakaError):
            log.exception("bundle %s could not be read", path.name)
            exc = explain(exc, lib.path) or Refused(
                QT_TRANSLATE_NOOP("Errors", "The bundle is damaged or incomplete (truncated file)."), "damaged")
        sender = bundle_sender_code(path.name) or str(getattr(exc, "params", {}).get("sender", ""))
        line = InboxLine(path.name, "rejected", sender=sender, reason=getattr(exc, "reason", ""), error=exc)
        log_rejected(lib, ImportResult(str(path), result="rejected", reason=line.reason, message=exc.message(),
                                     error=exc))
        return line


_ASK_AGAIN = QT_TRANSLATE_NOOP("Inbox", "Ask {code} for a new bundle: the next one carries the same changes again, "
                                       "so nothing is lost. The other bundles went in.")
ADVICE = {  # what the officer does about a rejected bundle, by the reason it was refused
    "damaged": _ASK_AGAIN, "tampered": _ASK_AGAIN, "bad-row": _ASK_AGAIN, "not-bundle": _ASK_AGAIN,
    "unsafe-path": _ASK_AGAIN, "too-large": _ASK_AGAIN,  # (a file added to the zip or made to look huge: altered)
    "revoked": QT_TRANSLATE_NOOP("Inbox", "This office revoked {code}, so its bundles are no longer read: set this one "
                                          "aside. If {code} should send again, enrol it again."),
    "bad-signature": QT_TRANSLATE_NOOP("Inbox", "Ask {code} for a new bundle, and compare the key fingerprints "
                                                "by phone (sync fingerprint) before importing it."),
    "unknown-site": QT_TRANSLATE_NOOP("Inbox", "Enrol {code} at this office (again, if a restored backup lost its "
                                               "enrolment), then import this bundle again."),
    "wrong-receiver": QT_TRANSLATE_NOOP("Inbox", "It belongs to {receiver}, not this office: give it back to {code} "
                                                 "or pass it on; it changes nothing here."),
    "schema-too-new": QT_TRANSLATE_NOOP("Inbox", "Update Pustaka on this PC, then import this bundle again."),
    "format": QT_TRANSLATE_NOOP("Inbox", "Update Pustaka on this PC, then import this bundle again."),
}


# the same advice where a sentence of it would be wrong: a bundle renamed so that it names no library, a bundle
# imported alone (no "other bundles" went in)
_ASK_ALONE = QT_TRANSLATE_NOOP("Inbox", "Ask {code} for a new bundle: the next one carries the same changes again, "
                                        "so nothing is lost.")
_ASK_NAMELESS = QT_TRANSLATE_NOOP("Inbox", "Ask the library that wrote it for a new bundle (its file name was "
                                           "changed, so it does not say which): the next one carries the same "
                                           "changes again, so nothing is lost. The other bundles went in.")
_ASK_NAMELESS_ALONE = QT_TRANSLATE_NOOP("Inbox", "Ask the library that wrote it for a new bundle (its file name was "
                                                 "changed, so it does not say which): the next one carries the same "
                                                 "changes again, so nothing is lost.")


def advice(line: InboxLine, alone: bool = False) -> tuple[str, dict[str, Any]] | None:
    """What to do about a rejected bundle: an English template (context "Inbox") and its values.
    ``alone``: the bundle was imported by itself, not with a folder of others."""
    template = ADVICE.get(line.reason) if line.result == "rejected" else None
    if template is None:
        return None
    if template == _ASK_AGAIN:
        template = {(True, False): _ASK_AGAIN, (True, True): _ASK_ALONE, (False, False): _ASK_NAMELESS,
                    (False, True): _ASK_NAMELESS_ALONE}[(bool(line.sender), alone)]
    receiver = (getattr(line.error, "params", {}) or {}).get("code", "?")  # (wrong-receiver: the addressee)
    return template, {"code": line.sender or "?", "receiver": receiver}


def bundle_sender_code(file_name: str) -> str:
    """The sender's library code from a bundle's file name (``pustaka-SKM-to-DIN-...zip``), for a
    bundle too damaged to read its manifest; '' when the name is not one of ours."""
    name = Path(file_name).name
    if not name.startswith("pustaka-") or "-to-" not in name:
        return ""
    return name[len("pustaka-"):name.index("-to-")]


def bundle_receiver_code(file_name: str) -> str:
    """The addressee's library code from a bundle's file name (``pustaka-SKM-to-DIN-...zip``); '' when the
    name is not one of ours."""
    name = Path(file_name).name
    if not bundle_sender_code(name):
        return ""
    return name[name.index("-to-") + len("-to-"):].split("-", 1)[0]


def _for_another(lib: Library, path: Path) -> str:
    """At a village: the code of the other library a bundle is for, by its file name and, when the name says so, its
    manifest (a code this library had before it was changed still names its own bundles); '' when it is for here."""
    receiver = bundle_receiver_code(path.name)
    if lib.is_district or not receiver or not lib.profile or receiver.upper() == lib.profile.code.upper():
        return ""
    try:
        opened = bundle.open_bundle(path)
        with opened.zf:
            if ((opened.manifest.get("receiver") or {}).get("site") or "") == lib.site_id:
                return ""
    except Exception:  # noqa: BLE001 - only a peek: a damaged bundle named for another library is theirs to ask for
        pass
    return receiver


def _own_bundle(lib: Library, path: Path) -> bool:
    """A bundle this office wrote itself (a shared folder holds both directions): by its file name,
    or, when the name was changed, by the sender in its manifest."""
    code = (lib.profile.code if lib.profile else "") or ""
    if code and bundle_sender_code(path.name).upper() == code.upper():
        return True
    try:
        opened = bundle.open_bundle(path)
        with opened.zf:
            return ((opened.manifest.get("sender") or {}).get("site") or "") == lib.site_id
    except Exception:  # noqa: BLE001 - only a peek: a damaged file is reported by the import itself
        return False


def _edit_fields(lib: Library, fields: dict[str, Any]) -> dict[str, Any]:
    bad = set(fields) - set(PACK_FIELDS)
    if bad:
        raise ValueError(f"not a catalogue field: {sorted(bad)}")
    if "title" in fields and not str(fields["title"] or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A record needs a title."), field="title")
    if fields.get("isbn"):
        fields["isbn"] = normalise_isbn(fields["isbn"])
    return fields


# What tells one printing from another: a record that names another publisher or year than the union
# shows is another edition met by title and author (Hasta Mitra 1980, Lentera Dipantara 2005).
_EDITION_FIELDS = frozenset({"isbn", "publisher", "place", "year", "year_text", "edition", "collation"})


def _comparable(name: str, value: Any) -> str:
    """A field's value as the union compares it (case, punctuation, ISBN-10/13 and name order aside)."""
    if name == "isbn":
        return clean_isbn(value) or compact_isbn(str(value or ""))
    if name == "authors":
        return "; ".join(sorted(name_key(a.get("name")) for a in authors_of({"authors": value})))
    if name == "publisher":
        return fold(publisher_name(str(value or "")))  # "Djakarta: Balai Pustaka" is Balai Pustaka
    return fold(value)


def _other_edition(data: dict[str, Any], shown: dict[str, Any]) -> bool:
    return any(_comparable(k, data.get(k)) and _comparable(k, shown.get(k))
               and _comparable(k, data.get(k)) != _comparable(k, shown.get(k)) for k in ("publisher", "year"))


def _replica_changes(data: dict[str, Any], fields: dict[str, Any], shown: dict[str, Any]) -> dict[str, Any]:
    """The district's correction for one village record, with its duplicate key made again (so the
    village's own duplicate check stays right after the edit). A field is corrected where the village
    had what the union showed (the value the district saw and changed) or nothing; a value of the
    village's own (an ISBN kept as printed, on its review list) stays the village's to change, and so
    does every edition field of another edition's record (no ISBN of the 2005 printing on the 1980 one)."""
    other = _other_edition(data, shown)
    changes = {}
    for name, value in fields.items():
        if name not in data:
            continue
        mine = _comparable(name, data[name])
        if (not mine and not (other and name in _EDITION_FIELDS)) or (mine and mine == _comparable(name, shown.get(name))):
            changes[name] = value
    if "match_key" in data and ({"title", "authors", "responsibility"} & set(changes)):
        merged = {**data, **changes}
        changes["match_key"] = match_key(merged.get("title", ""), first_author(merged.get("authors") or "[]"))
    return changes


def edit_record(lib: Library, by: Staff, union_id: int, **fields: Any) -> UnionRecord:
    """The district adopts a union record and corrects it: its fields win on the union record from
    now on, and the correction travels back to the villages holding it (as an edit of their record,
    per-field last-writer-wins), to each record that had the value corrected or none: a village's
    own different value stays (``_replica_changes``). The village records stay together on it."""
    auth.require(by, "catalog.edit")
    union_rebuild.ensure_current(lib)
    record = union.union_record(lib, union_id)
    shown = union.record_fields(lib, union_id)
    fields = _edit_fields(lib, fields)
    with lib.transaction():
        conn = dialect.conn(lib)
        district = json.loads(record.district_fields or "{}")
        district.update(fields)
        conn.execute("UPDATE union_record SET district_fields = ?, adopted = 1 WHERE id = ?",
                     (json.dumps(district, ensure_ascii=False), union_id))
        uids = [u for (u,) in conn.execute("SELECT record_uid FROM union_link WHERE union_id = ?", (union_id,))]
        for uid in uids:
            replica = SyncReplica.get_or_none(SyncReplica.uid == uid)
            if replica is not None and not replica.deleted:
                changes = _replica_changes(json.loads(replica.data), fields, shown)
                if changes:
                    replicas.edit_replica(lib, by, uid, **changes)
        union.restate(lib, uids)
        union_write.show(conn, [union_id])
        auth.audit(lib, by, "sync.union_edit", "union_record", str(union_id), fields=sorted(fields))
    return union.union_record(lib, union_id)


def _link_data(uids: list[str]) -> dict[str, dict[str, Any]]:
    return {r.uid: json.loads(r.data) for r in SyncReplica.select(SyncReplica.uid, SyncReplica.data).where(
        SyncReplica.uid.in_(uids))}


# What a union record says of a book: the wording a merge keeps from the record the officer chose to keep
WORDING = ("title", "subtitle", "responsibility", "authors", "edition", "publisher", "place", "year", "year_text",
           "ddc", "series")


class _Preview(Exception):
    """Raised inside a merge tried for its preview, so that its transaction rolls back."""

    def __init__(self, shown: dict[str, Any]) -> None:
        super().__init__()
        self.shown = shown


def merge_records(lib: Library, by: Staff, keep_id: int, other_id: int) -> UnionRecord:
    """A manual merge for duplicates the keys missed (spelling variants, a title without author): the
    other record's village records move to ``keep_id`` and stay there through later bundles. The kept
    record goes on saying what it said (its title as written, its class number, its publisher), though more
    villages wrote the other's way; the district's corrections of either win over that (the kept one's
    where both corrected). ``split_records`` undoes it."""
    auth.require(by, "catalog.edit")
    union_rebuild.ensure_current(lib)
    keep, other = _pair(lib, keep_id, other_id)
    with lib.transaction():
        _merge(lib, keep, other)
        auth.audit(lib, by, "sync.union_merge", "union_record", str(keep_id), merged=other_id, title=other.title)
    return union.union_record(lib, keep_id)


def merge_preview(lib: Library, keep_id: int, other_id: int) -> dict[str, Any]:
    """What the kept union record will say after ``merge_records(keep_id, other_id)`` (its fields as
    ``union.record_fields``, with ``copies`` and ``villages``), nothing written: the merge is made and rolled back."""
    union_rebuild.ensure_current(lib)
    keep, other = _pair(lib, keep_id, other_id)
    try:
        with lib.transaction():
            _merge(lib, keep, other)
            fields = union.record_fields(lib, keep_id)
            merged = union.union_record(lib, keep_id)
            fields.update(copies=merged.copies, villages=merged.villages)
            raise _Preview(fields)
    except _Preview as preview:
        return preview.shown


def _pair(lib: Library, keep_id: int, other_id: int) -> tuple[UnionRecord, UnionRecord]:
    if keep_id == other_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose two different records to merge."))
    return union.union_record(lib, keep_id), union.union_record(lib, other_id)


def _merge(lib: Library, keep: UnionRecord, other: UnionRecord) -> None:
    keep_id, other_id = keep.id, other.id
    conn = dialect.conn(lib)
    theirs = json.loads(other.district_fields or "{}") if other.adopted else {}  # (not a wording a merge held)
    corrected = {**theirs, **json.loads(keep.district_fields or "{}")}
    if other.adopted:  # the district's corrections of either stay (the kept one's win where both corrected)
        conn.execute("UPDATE union_record SET district_fields = ?, adopted = 1 WHERE id = ?",
                     (json.dumps(corrected, ensure_ascii=False), keep_id))
    union_join.absorb(lib, keep_id, other_id, pin=True)
    # the other's wording may be the more common one now: the kept record's, as the officer chose, is held; a
    # field neither says after the merge (a class number only the other had) is the other's
    before, other_said = json.loads(keep.data or "{}"), json.loads(other.data or "{}")
    after = json.loads(conn.execute("SELECT data FROM union_record WHERE id = ?", (keep_id,)).fetchone()[0] or "{}")
    held = {}
    for name in WORDING:
        if name in corrected:
            continue
        if _said(before.get(name)) and before[name] != after.get(name):
            held[name] = before[name]
        elif not _said(after.get(name)) and _said(other_said.get(name)):
            held[name] = other_said[name]
    if held:
        conn.execute("UPDATE union_record SET district_fields = ? WHERE id = ?",
                     (json.dumps({**held, **corrected}, ensure_ascii=False), keep_id))
        union_write.show(conn, [keep_id])


def _said(value: Any) -> bool:
    return value not in (None, "", [], "[]")


def split_records(lib: Library, by: Staff, union_id: int, record_uids: list[str]) -> UnionRecord:
    """A manual split for a wrong merge: these village records get a union record of their own and
    never rejoin ``union_id`` by themselves."""
    auth.require(by, "catalog.edit")
    union_rebuild.ensure_current(lib)
    on_it = {u for (u,) in dialect.conn(lib).execute("SELECT record_uid FROM union_link WHERE union_id = ?",
                                                     (union_id,))}
    chosen = sorted(set(record_uids))
    if not chosen or not set(chosen) <= on_it or len(chosen) == len(on_it):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Choose some, not all, of the village records of this union record to split off."))
    with lib.transaction():
        conn = dialect.conn(lib)
        out = union_write.Changes(conn)
        target = union_write.new_union(conn)
        data = _link_data(chosen)
        for link in union_write.load_links(conn, chosen).values():
            out.move(link, target, data.get(link.record_uid, {}))
        conn.executemany("UPDATE union_link SET union_id = ?, pinned = 1 WHERE record_uid = ?",
                         [(target, uid) for uid in chosen])
        conn.executemany("INSERT INTO union_apart (record_uid, union_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                         [(uid, union_id) for uid in chosen])
        out.dirty.add(target)
        out.flush()
        auth.audit(lib, by, "sync.union_split", "union_record", str(union_id), new=target, records=len(chosen))
    return union.union_record(lib, target)
