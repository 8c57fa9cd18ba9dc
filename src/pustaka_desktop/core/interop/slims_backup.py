"""SLiMS's own database backup (System → Database Backup): the catalogue and its copies read straight
from the MySQL dump, for a library whose SLiMS computer is gone and whose backup is all it has.

SLiMS writes ``backup_YYYYMMDD_HHMMSS.sql`` (mysqldump-php: a CREATE TABLE, then one INSERT per row,
strings escaped with backslashes, binary columns as 0x...), and on a Linux server packs it as
``.sql.tar.gz``; phpMyAdmin and the mysqldump command write many rows per INSERT, sometimes with the
column names. All of these are read, compressed or not, as they go (the statements: ``sql_dump``; the
lines: ``dump_files``); a zip or tar of several .sql files (phpMyAdmin's "Export tables as separate
files": one a table) is read as one dump.

Each bibliography row becomes exactly what SLiMS's CSV export page would have written for it (its
GMD, publisher, place, language, authors and topics looked up by their ids, its copies' item codes)
and goes through ``slims.biblio_row``; each copy through ``slims.item_row``. So the backup and the CSV
exports of the same library make the same records, copies, flags and review list. The dump adds what
the CSV lacks: SLiMS's own record number (``slims:<biblio_id>``), so importing a later backup of the
same library updates the records instead of adding them again; its authors' levels and authority types
(an editor, an organisation: ``_roles``); and in the notes its Specific Detail Info and a serial's
frequency (``_notes``).

The dump lists its tables alphabetically, ``biblio`` before the ``mst_*`` tables its ids point to, so
the file is read twice: once for the small tables, then for the rows.
"""

from __future__ import annotations

import zipfile
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Cancelled, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress
from . import sql_dump
from .dump_files import CUT, DAMAGED, PACKED, holds_dump
from .sheet_values import NOTHING
from .slims import BIBLIO_COLUMNS, ITEM_COLUMNS, NO_LOAN, biblio_incoming, item_incoming, not_lent
from .types import UTF16_BOMS, BadRow, Incoming, unreadable

# SLiMS 9's columns, for a dump without its CREATE TABLE statements (a "data only" export)
KNOWN_COLUMNS = {
    "biblio": ("biblio_id", "gmd_id", "title", "sor", "edition", "isbn_issn", "publisher_id", "publish_year",
               "collation", "series_title", "call_number", "language_id", "source", "publish_place_id",
               "classification", "notes", "image", "file_att", "opac_hide", "promoted", "labels", "frequency_id",
               "spec_detail_info", "content_type_id", "media_type_id", "carrier_type_id", "input_date",
               "last_update", "uid"),
    "item": ("item_id", "biblio_id", "call_number", "coll_type_id", "item_code", "inventory_code", "received_date",
             "supplier_id", "order_no", "location_id", "order_date", "item_status_id", "site", "source", "invoice",
             "price", "price_currency", "invoice_date", "input_date", "last_update", "uid"),
    "biblio_author": ("biblio_id", "author_id", "level"),
    "biblio_topic": ("biblio_id", "topic_id", "level"),
    "mst_author": ("author_id", "author_name", "author_year", "authority_type", "auth_list", "input_date",
                   "last_update"),
    "mst_topic": ("topic_id", "topic", "topic_type", "auth_list", "classification", "input_date", "last_update"),
    "mst_gmd": ("gmd_id", "gmd_code", "gmd_name", "icon_image", "input_date", "last_update"),
    "mst_publisher": ("publisher_id", "publisher_name", "input_date", "last_update"),
    "mst_place": ("place_id", "place_name", "input_date", "last_update"),
    "mst_language": ("language_id", "language_name", "input_date", "last_update"),
    "mst_coll_type": ("coll_type_id", "coll_type_name", "input_date", "last_update"),
    "mst_location": ("location_id", "location_name", "input_date", "last_update"),
    "mst_item_status": ("item_status_id", "item_status_name", "rules", "no_loan", "skip_stock_take", "input_date",
                        "last_update"),
    "mst_supplier": ("supplier_id", "supplier_name", "address", "postal_code", "phone", "contact", "fax", "account",
                     "e_mail", "input_date", "last_update"),
    "member": ("member_id", "member_name", "gender", "birth_date", "member_type_id", "member_address",
               "member_mail_address", "member_email", "postal_code", "inst_name", "is_new", "member_image", "pin",
               "member_phone", "member_fax", "member_since_date", "register_date", "expire_date", "member_notes",
               "is_pending", "mpasswd", "last_login", "last_login_ip", "input_date", "last_update"),
    "mst_frequency": ("frequency_id", "frequency", "language_prefix", "time_increment", "time_unit", "input_date",
                      "last_update"),
    "mst_member_type": ("member_type_id", "member_type_name", "loan_limit", "loan_periode", "enable_reserve",
                        "reserve_limit", "member_periode", "reborrow_limit", "fine_each_day", "grace_periode",
                        "input_date", "last_update"),
    "loan": ("loan_id", "item_code", "member_id", "loan_date", "due_date", "renewed", "loan_rules_id", "actual",
             "is_lent", "is_return", "return_date", "input_date", "last_update", "uid"),
    "fines": ("fines_id", "fines_date", "member_id", "debet", "credit", "description"),
    "visitor_count": ("visitor_id", "member_id", "member_name", "institution", "checkin_date"),
    "holiday": ("holiday_id", "holiday_dayname", "holiday_date", "description"),
    "reserve": ("reserve_id", "member_id", "biblio_id", "item_code", "reserve_date"),
    "setting": ("setting_id", "setting_name", "setting_value"),
    "mst_loan_rules": ("loan_rules_id", "member_type_id", "coll_type_id", "gmd_id", "loan_limit", "loan_periode",
                       "reborrow_limit", "fine_each_day", "grace_periode", "input_date", "last_update"),
    "files": ("file_id", "file_title", "file_name", "file_url", "file_dir", "mime_type", "file_desc", "file_key",
              "uploader_id", "input_date", "last_update"),
    "biblio_attachment": ("biblio_id", "file_id", "placement", "access_type", "access_limit"),
}
def _without(table: str, *names: str) -> tuple[str, ...]:
    return tuple(c for c in KNOWN_COLUMNS[table] if c not in names)


# The tables whose columns changed between SLiMS versions, in their other layouts: a row of a dump without its
# CREATE TABLE statements (a "data only" export) is read by the layout with as many columns as it has values
# (SLiMS 7 and 8: their install/senayan.sql; SLiMS 9.x: install/Upgrade.inc.php).
_OTHER_COLUMNS = {
    "biblio": (_without("biblio", "content_type_id", "media_type_id", "carrier_type_id"),),  # SLiMS 7
    "loan": (_without("loan", "input_date", "last_update", "uid"),),  # SLiMS 7
    "visitor_count": (("visitor_id", "member_id", "member_name", "institution", "room_code", "checkin_date"),),  # 9.6
    "files": (_without("files", "file_key"),),  # before SLiMS 9.5
    "biblio_attachment": (_without("biblio_attachment", "placement"),),  # before SLiMS 9.3
}


def _known_columns(table: str, count: int) -> tuple[str, ...]:
    """SLiMS's columns of ``table`` for a row of ``count`` values: the layout of the version that wrote it."""
    layouts = (KNOWN_COLUMNS.get(table, ()), *_OTHER_COLUMNS.get(table, ()))
    return next((columns for columns in layouts if len(columns) == count), layouts[0])


def rows_of(dump: sql_dump.Dump, tables: set[str], seen: set[str] | None = None,
          read: Callable[[float], None] | None = None) -> Iterator[tuple[int, str, list[str], list[Any]]]:
    """``sql_dump.rows``, a row of a dump without its CREATE TABLE read by SLiMS's columns (``_known_columns``)."""
    return sql_dump.rows(dump, tables, seen, _known_columns, read)


# id column -> name column of each table looked up by id
_NAMES = {"mst_gmd": "gmd_name", "mst_publisher": "publisher_name", "mst_place": "place_name",
          "mst_language": "language_name", "mst_author": "author_name", "mst_topic": "topic",
          "mst_coll_type": "coll_type_name", "mst_location": "location_name", "mst_item_status": "item_status_name",
          "mst_supplier": "supplier_name", "mst_member_type": "member_type_name", "mst_frequency": "frequency"}

def _chosen(path: Path, found: dict[str, frozenset[str]], wanted: str | None) -> str | None:
    """The database to read of a server's dump: the one asked for, or the one that is a SLiMS library (it
    has ``biblio``). Several libraries are never merged or guessed between: refused, naming them."""
    filled = {name: tables for name, tables in found.items() if tables}
    if wanted:
        if wanted not in filled:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{path} holds no database named {database}. It holds: {names}. Nothing was imported."),
                path=path.name, database=wanted, names=", ".join(sorted(name for name in filled if name)) or "-")
        return wanted
    if len(filled) <= 1:
        return None
    libraries = _libraries(found)
    if len(libraries) > 1:
        raise ValidationError(SEVERAL_LIBRARIES, path=path.name, names=", ".join(libraries))
    return libraries[0] if libraries else None


def _libraries(found: dict[str, frozenset[str]]) -> list[str]:
    """The databases of a survey that are SLiMS libraries (they have ``biblio``), in name order."""
    return sorted(name for name, tables in found.items() if "biblio" in tables)


@dataclass(frozen=True)
class ServerDatabase:
    """One SLiMS library of a server's dump (it has a catalogue), as far as the survey knows it without
    taking its rows apart: its name, the rows of its catalogue, copies and members (what tells a librarian
    which database is their library's), and whether it has the table of loans."""

    name: str
    titles: int
    copies: int
    members: int
    loans: bool


def libraries_in(path: str | Path, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> list[ServerDatabase]:
    """The SLiMS libraries of a backup, in name order: more than one when it is a server's dump of several
    (mysqldump --all-databases, phpMyAdmin's server export), which an import reads only with the
    ``database`` chosen among them; one or none for a library's own backup, or a file that is no backup
    (a CSV of members), which is read as it is. The survey is the one the import makes (kept: not read twice);
    ``progress`` and ``cancel`` are its (a server's dump is hundreds of MB)."""
    if not is_backup_file(path):
        return []
    surveyed = _surveyed_checked(Path(path), progress, cancel)
    return [_described(name, surveyed.rows.get(name, Counter()), surveyed.tables[name])
            for name in _libraries(surveyed.tables)]


def _described(name: str, rows: Counter[str], tables: frozenset[str]) -> ServerDatabase:
    return ServerDatabase(name, rows["biblio"], rows["item"], rows["member"], "loan" in tables)


SEVERAL_LIBRARIES = QT_TRANSLATE_NOOP(
    "Errors", "{path} holds the databases of several SLiMS libraries: {names}. Choose the one to import (pustaka-cli: "
              "--database NAME), or back up only that database (SLiMS: System → Database Backup). Nothing was "
              "imported.")
INCOMPLETE = QT_TRANSLATE_NOOP(
    "Errors", "The backup {path} is incomplete: it ends in the middle of a table, and the tables {tables} are "
              "missing. Copy the whole file again from the SLiMS computer. Nothing was imported.")
NO_TABLE = QT_TRANSLATE_NOOP(
    "Errors", "{path} has no {table} table: it is not a whole SLiMS database backup (only some of its tables were "
              "exported, or another database). Make the backup in SLiMS (System → Database Backup), or export the "
              "whole SLiMS database. Nothing was imported.")
INLISLITE_BACKUP = QT_TRANSLATE_NOOP(
    "Errors", "{path} is INLISLite's database backup, not SLiMS's. Import its catalogue and copies as \"INLISLite "
              "database backup\" (pustaka-cli import inlislite-sql), then its members (Import members…, pustaka-cli "
              "members-import), its loans (Import loans…, pustaka-cli loans-import) and its visitor book (Import "
              "visitor book and activities…, pustaka-cli visits-import). Nothing was imported.")
TABLES_MISSING = QT_TRANSLATE_NOOP(
    "Import", "The backup has no {tables} table(s) (only some tables were exported?): what they hold does not "
              "come in. A whole backup (SLiMS: System → Database Backup) brings it.")


def missing_tables(dump: sql_dump.Dump, table: str, wanted: set[str]) -> BadRow | None:
    """A backup without ``table`` (the one the import is for) is refused; one without others of the ``wanted``
    tables comes in with a notice naming them (None: nothing is missing)."""
    missing = sorted((wanted | {table}) - dump.tables)
    if dump.cut and missing:
        raise ValidationError(INCOMPLETE, path=dump.path.name, tables=", ".join(missing))
    if table not in dump.tables:
        if {"catalogs", "collections"} <= dump.tables:  # (``inlislite_backup``)
            raise ValidationError(INLISLITE_BACKUP, path=dump.path.name)
        raise ValidationError(NO_TABLE, path=dump.path.name, table=table)
    return BadRow(0, TABLES_MISSING, {"tables": ", ".join(missing)}) if missing else None


class _Lookups:
    """The small tables the rows point into, and which copies each bibliography row has. They come after the
    rows in the dump, so the whole file is read for them first: ``progress`` is told how far, as the first half
    of the reading (the rows are its second half: ``step``)."""

    def __init__(self, dump: sql_dump.Dump, cancel: Cancel | None, for_items: bool,
                 progress: Progress | None = None) -> None:
        self.names: dict[str, dict[str, str]] = defaultdict(dict)
        self.authors: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.topics: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.codes: dict[str, list[str]] = defaultdict(list)
        self.titles: dict[str, str] = {}  # biblio_id -> title, for the copies (as SLiMS's item export names them)
        self.authority: dict[str, str] = {}  # author_id -> SLiMS's authority type (p, o, c)
        self.supplier_details: dict[str, set[str]] = defaultdict(set)  # supplier -> its filled columns no copy has
        self.no_loan: set[str] = set()  # the item statuses whose SLiMS rules forbid lending
        self.ruled: set[str] = set()  # the collection types a loan rule names (the members import makes them)
        masters = set(_NAMES) - {"mst_member_type"}
        wanted = {*masters, "biblio", "mst_loan_rules"} if for_items else {*masters, "biblio_author", "biblio_topic",
                                                                             "item"}
        seen: set[str] = set()
        def read(fraction: float) -> None:
            progress(fraction / 2, QT_TRANSLATE_NOOP("Progress", "Reading the file"))

        for n, (_line, table, names, row) in enumerate(rows_of(dump, wanted, seen, read if progress else None)):
            if n % 5000 == 0 and cancel is not None and cancel():
                raise Cancelled()
            if not row or len(names) != len(row):
                continue
            f = dict(zip(names, row, strict=True))
            if table in _NAMES:
                self.names[table][str(f.get(names[0]))] = f.get(_NAMES[table]) or ""
                if table == "mst_item_status" and not_lent(f):
                    self.no_loan.add(str(f.get(names[0])))
                elif table == "mst_supplier":
                    filled = {c for c in SUPPLIER_DETAILS if text_of(f.get(c)) not in NOTHING}
                    if filled:
                        self.supplier_details[str(f.get(names[0]))] = filled
                elif table == "mst_author":
                    self.authority[str(f.get(names[0]))] = text_of(f.get("authority_type")).lower()
            elif table == "biblio_author":
                self.authors[str(f.get("biblio_id"))].append((_level(f), str(f.get("author_id"))))
            elif table == "biblio_topic":
                self.topics[str(f.get("biblio_id"))].append((_level(f), str(f.get("topic_id"))))
            elif table == "item":
                if f.get("item_code"):
                    self.codes[str(f.get("biblio_id"))].append(f["item_code"])
            elif table == "mst_loan_rules":
                self.ruled.add(str(f.get("coll_type_id")))
            else:
                self.titles[str(f.get("biblio_id"))] = f.get("title") or ""
        check_whole(dump.path, seen, wanted - _OPTIONAL)

    def name(self, table: str, key: Any) -> str:
        return self.names[table].get(str(key), "") if key not in (None, "") else ""

    def listed(self, links: list[tuple[int, str]], table: str) -> str:
        """``<a><b>``, as SLiMS's export writes a list, in the order of the links' levels."""
        return "".join(f"<{self.name(table, key)}>" for _, key in sorted(links) if self.name(table, key))


# small tables a backup may lack, said by nobody: SLiMS 3 had no suppliers; a dump of some tables may leave out the
# serials' frequencies, which only a serial's notes miss
_OPTIONAL = frozenset({"mst_supplier", "mst_frequency", "mst_loan_rules"})


def check_whole(path: Path, seen: set[str], needed: set[str]) -> None:
    """A backup copied before it was whole ends inside a table, and the tables after it are not there:
    the rows would come in without their publishers, authors, copies or member types, with nothing to
    say so. Refused, naming what is missing."""
    missing = sorted(needed - seen)
    if CUT in seen and missing:
        raise ValidationError(INCOMPLETE, path=path.name, tables=", ".join(missing))


def _level(f: dict[str, Any]) -> int:
    try:
        return int(f.get("level") or 1)
    except ValueError:
        return 1


def is_backup(head: bytes) -> bool:
    """The first bytes of a file are a MySQL dump (mysqldump-php, phpMyAdmin, the mysqldump command, DBeaver...),
    in UTF-16 too, or one packed: gzip (SLiMS packs its backups so on a Linux server), bzip2, xz. (A zip or tar
    holding .sql files is told by its list of files: ``dump_files.holds_dump``.)"""
    if head[:2] in UTF16_BOMS:
        head = head.decode("utf-16", "replace").encode("utf-8")
    upper = head.upper()
    return head.startswith(PACKED) or (
        b"MYSQLDUMP" in upper or b"-- MYSQL DUMP" in upper or b"PHPMYADMIN SQL DUMP" in upper) or (
        b"CREATE TABLE" in upper and b"ENGINE=" in upper) or sql_dump.STATEMENT.search(head.decode("utf-8", "replace")) is not None


def is_backup_file(path: str | Path) -> bool:
    """The file is a backup by its first bytes, or is named as one (``.sql``, ``.sql.gz``...): read as a
    backup, and refused as one when it is not, rather than read as a list of something else."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return is_backup(head) or ".sql" in (suffix.lower() for suffix in Path(path).suffixes) or holds_dump(path)


# the tables whose rows the survey counts (``ServerDatabase``)
_COUNTED = frozenset({"biblio", "item", "member"})


@dataclass(frozen=True)
class _Surveyed:
    head: str  # ``sql_dump.head``
    tables: dict[str, frozenset[str]]  # of each database
    rows: dict[str, Counter[str]]  # of each database, the rows of the ``_COUNTED`` tables
    cut: bool


# the last few files surveyed, by path, size and time (a backup copied over one is surveyed afresh)
_surveys: OrderedDict[tuple[Path, int, int], _Surveyed] = OrderedDict()


def _surveyed(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> _Surveyed:
    """``sql_dump.head`` and ``sql_dump.survey`` of a file, once: the wizard's choice of a library, then the
    import's catalogue, copies and attached files of one backup, each check it first (a file of hundreds of MB
    unpacked and read each time). A survey cancelled is not kept."""
    stat = path.stat()
    key = (path, stat.st_size, stat.st_mtime_ns)
    if key not in _surveys:
        found = sql_dump.survey(path, _COUNTED, progress, cancel)
        tables = {name: frozenset(names) for name, names in found.tables.items()}
        _surveys[key] = _Surveyed(sql_dump.head(path), tables, found.rows, found.cut)
        while len(_surveys) > 4:
            _surveys.popitem(last=False)
    _surveys.move_to_end(key)
    return _surveys[key]


def _surveyed_checked(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> _Surveyed:
    """``_surveyed``; a file that cannot be read refused with a message."""
    try:
        return _surveyed(path, progress, cancel)
    except zipfile.BadZipFile as exc:  # a zip's table of contents is at its end: one cut off has none
        raise ValidationError(INCOMPLETE_FILE, path=path.name) from exc
    except DAMAGED as exc:
        raise unreadable(exc, path) from exc


NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not a SLiMS database backup (a .sql file from System → Database Backup).")


def dump_of(path: str | Path, database: str | None = None, not_a_backup: str = NOT_A_BACKUP) -> sql_dump.Dump:
    """The backup, surveyed; a file that is no backup (``not_a_backup`` says so), or that cannot be read, refused
    with a message."""
    path = Path(path)
    surveyed = _surveyed_checked(path)
    head, found, cut = surveyed.head, surveyed.tables, surveyed.cut
    if "`biblio`" not in head and sql_dump.STATEMENT.search(head) is None:
        if cut and not head.strip():
            raise ValidationError(INCOMPLETE_FILE, path=path.name)
        raise ValidationError(not_a_backup, path=path.name)
    chosen = _chosen(path, found, database)
    tables = found.get(chosen, set()) if chosen is not None else set().union(*found.values())
    return sql_dump.Dump(path, chosen, frozenset(tables), cut)


INCOMPLETE_FILE = QT_TRANSLATE_NOOP(
    "Errors", "The backup {path} is incomplete: the file ends before its end. Copy the whole file again from the "
              "SLiMS computer. Nothing was imported.")


def step(count: int, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
    """Cancel asked, and how far the rows are told (the second half of the reading: ``_Lookups`` is the first)."""
    if count % 1000 == 0:
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(0.5 + min(1.0, count / max(1, total)) / 2, QT_TRANSLATE_NOOP("Progress", "Reading the file"))


# the tables the catalogue's records and copies are made of (besides ``biblio``)
# the tables a catalogue is read from besides biblio (_Lookups; a supplier is a copy's detail, not needed)
CATALOGUE_TABLES = set(_NAMES) - {"mst_member_type"} - _OPTIONAL | {"biblio_author", "biblio_topic", "item"}


def read_biblio(path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None,
                database: str | None = None) -> Iterator[Incoming]:
    """The bibliography rows, with their copies' item codes (as the biblio CSV export lists them); first, a
    notice naming the tables the backup lacks (an export of some tables only). ``database``: the one to read
    of a server's dump of several."""
    dump = dump_of(path, database)
    missing = missing_tables(dump, "biblio", CATALOGUE_TABLES)
    found = _Lookups(dump, cancel, for_items=False, progress=progress)
    if missing is not None:
        yield Incoming(0, notice=missing)
    if found.supplier_details:
        yield Incoming(0, notice=BadRow(0, SUPPLIERS_NOT_KEPT, {
            "count": len(found.supplier_details), "columns": ", ".join(
                c for c in SUPPLIER_DETAILS if any(c in filled for filled in found.supplier_details.values()))}))
    total = len(found.codes)  # about: the titles that have copies
    for count, (number, _table, names, row) in enumerate(rows_of(dump, {"biblio"}), start=1):
        step(count, total, progress, cancel)
        if len(names) != len(row) or "biblio_id" not in names:
            yield Incoming(number, error=unreadable_row(number, names, row))
            continue
        f = dict(zip(names, row, strict=True))
        key = str(f["biblio_id"])
        fields = {c: text_of(f.get(c)) for c in BIBLIO_COLUMNS}
        fields["notes"] = _notes(fields["notes"], f, found)
        fields.update(gmd_name=found.name("mst_gmd", f.get("gmd_id")),
                      publisher_name=found.name("mst_publisher", f.get("publisher_id")),
                      place_name=found.name("mst_place", f.get("publish_place_id")),
                      language_name=found.name("mst_language", f.get("language_id")) or text_of(f.get("language_id")),
                      authors=found.listed(found.authors.get(key, []), "mst_author"),
                      topics=found.listed(found.topics.get(key, []), "mst_topic"),
                      item_code="".join(f"<{code}>" for code in found.codes.get(key, [])))
        incoming = biblio_incoming(number, fields, source_id=f"slims:{key}")
        if incoming.record is not None and text_of(f.get("opac_hide")) == "1":
            incoming.record["hidden"] = True  # SLiMS kept it off its OPAC: off the patrons' catalogue here too
        if incoming.record is not None:
            roles = _roles(incoming.record.get("authors", []), found, found.authors.get(key, []))
            if roles:
                incoming.record["notes"] = "\n".join([incoming.record.get("notes") or "", *roles]).strip()
        yield incoming


# a supplier's details (SLiMS: Master File → Supplier) beside its name, which a copy keeps as its supplier
SUPPLIER_DETAILS = ("address", "postal_code", "phone", "contact", "fax", "account", "e_mail")
SUPPLIERS_NOT_KEPT = QT_TRANSLATE_NOOP(
    "Import", "{count} supplier(s) in the backup have an address, phone number, contact or bank account ({columns}): "
              "a copy here keeps only its supplier's name, so these are not imported. Note down what you still need "
              "from SLiMS (Master File → Supplier).")


# the label of a serial's frequency in its notes (as the members' notes label what they keep: ``member_values``)
FREQUENCY_LABEL = "Frekuensi terbit"


def _notes(notes: str, f: dict[str, Any], found: _Lookups) -> str:
    """The record's notes with what the backup has and SLiMS's CSV export has not, each a line of its own: the
    *Specific Detail Info* SLiMS's form keeps (a map's scale, a magazine's issue), and a serial's frequency."""
    detail = text_of(f.get("spec_detail_info"))
    frequency = found.name("mst_frequency", text_of(f.get("frequency_id")))
    lines = [notes, "" if detail in NOTHING else detail, f"{FREQUENCY_LABEL}: {frequency}" if frequency else ""]
    return "\n".join(line for line in lines if line)


# SLiMS's authority levels (its sysconf's authority_level) that are a role of ours; its 1 and 2 are the primary and
# additional authors (the first listed is the primary one, as the CSV export lists them)
_LEVEL_ROLES = {3: "editor", 4: "translator", 8: "illustrator"}
# the levels with no role here (a film's director, a songbook's composer): an additional author, the role a line of
# the record's notes, in the words of SLiMS's Indonesian form
LEVEL_NOTES = {5: "Sutradara", 6: "Produser", 7: "Komposer", 9: "Pencipta", 10: "Kontributor"}


def _roles(authors: list[dict[str, Any]], found: _Lookups, links: list[tuple[int, str]]) -> list[str]:
    """The record's authors (as ``slims.biblio_row`` made them from the names) given what the backup says of each:
    an editor, translator or illustrator by its level on the record, an organisation or a conference (SLiMS's
    authority types o and c) as an organisation. Returns the notes' lines of the roles that have no place here."""
    of_name = {found.name("mst_author", key).strip().casefold(): (level, key) for level, key in sorted(links)[::-1]}
    lines = []
    for author in authors:
        level, key = of_name.get(author["name"].strip().casefold(), (0, ""))
        if level in _LEVEL_ROLES:
            author["role"] = _LEVEL_ROLES[level]
        elif level in LEVEL_NOTES:
            lines.append(f"{LEVEL_NOTES[level]}: {author['name']}")
        if found.authority.get(key) in ("o", "c"):
            author["kind"] = "organisation"
    return lines


def read_items(path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None,
               database: str | None = None) -> Iterator[Incoming]:
    """The copies, each with its details (as the item CSV export lists them). (A table the backup lacks is
    named once, by ``read_biblio``.)"""
    dump = dump_of(path, database)
    missing_tables(dump, "biblio", set())
    found = _Lookups(dump, cancel, for_items=True, progress=progress)
    used: dict[str, set[str]] = {"mst_coll_type": set(found.ruled), "mst_location": set()}
    for count, (number, _table, names, row) in enumerate(rows_of(dump, {"item"}), start=1):
        step(count, 2 * len(found.titles), progress, cancel)  # about two copies a title
        if len(names) != len(row) or "item_code" not in names:
            yield Incoming(number, error=unreadable_row(number, names, row))
            continue
        f = dict(zip(names, row, strict=True))
        used["mst_coll_type"].add(str(f.get("coll_type_id")))
        used["mst_location"].add(str(f.get("location_id")))
        fields = {c: text_of(f.get(c)) for c in ITEM_COLUMNS}
        fields.update(coll_type_name=found.name("mst_coll_type", f.get("coll_type_id")),
                      supplier_name=found.name("mst_supplier", f.get("supplier_id")),
                      location_name=found.name("mst_location", f.get("location_id")),
                      item_status_name=found.name("mst_item_status", f.get("item_status_id")),
                      title=found.titles.get(str(f.get("biblio_id")), ""))
        fields[NO_LOAN] = "1" if str(f.get("item_status_id")) in found.no_loan else ""
        yield item_incoming(number, fields)
    for table, template in (("mst_coll_type", UNUSED_TYPES), ("mst_location", UNUSED_LOCATIONS)):
        unused = [text_of(name) for key, name in found.names[table].items() if key not in used[table] and text_of(name)]
        if unused:  # (a list of SLiMS's with nothing in it: said, as nothing here has a place for it)
            yield Incoming(0, notice=BadRow(0, template, {"names": ", ".join(unused)}))


UNUSED_TYPES = QT_TRANSLATE_NOOP(
    "Import", "SLiMS's collection types that no copy or loan rule of the backup has, not made here: {names}. Add one "
              "on the Settings page when a copy needs it.")
UNUSED_LOCATIONS = QT_TRANSLATE_NOOP(
    "Import", "SLiMS's locations that no copy of the backup is in, not imported (a copy here keeps its location as "
              "written): {names}.")


def read_tables(path: str | Path, tables: set[str], cancel: Cancel | None = None, database: str | None = None,
                required: str = "", optional: frozenset[str] = frozenset()) -> Iterator[
                    tuple[int, str, dict[str, Any] | BadRow]]:
    """(line number, table, {column: value} or a BadRow) for every row of ``tables`` and ``optional``, in the
    file's order (``slims_history`` reads the loans, fines and visitor book so). A backup cut off before one of
    ``tables`` is refused once the file is read, before anything is written; one without the ``required`` table
    at once; one without others of ``tables`` gives first a notice naming them, as (0, "", BadRow). An
    ``optional`` table that is not there is not said."""
    dump = dump_of(path, database)
    if required:
        missing = missing_tables(dump, required, tables)
        if missing is not None:
            yield 0, "", missing
    seen: set[str] = set()
    for count, (number, table, names, row) in enumerate(rows_of(dump, tables | optional, seen), start=1):
        step(count, 1, None, cancel)
        if not row or len(names) != len(row):
            yield number, table, unreadable_row(number, names, row)
            continue
        yield number, table, dict(zip(names, row, strict=True))
    check_whole(dump.path, seen, tables)


def text_of(value: Any) -> str:
    # a note typed in SLiMS's text box breaks its lines with CR LF: one break, as the CSV export's is read
    return "" if value is None else str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def unreadable_row(number: int, names: list[str], row: list[Any]) -> BadRow:
    if not names and not row:
        return BadRow(number, QT_TRANSLATE_NOOP(
            "Import", "This INSERT statement of the backup could not be read; its rows are left out."))
    return BadRow(number, QT_TRANSLATE_NOOP("Import", "The row has {found} columns instead of {expected}."),
                  {"found": len(row), "expected": len(names)})
