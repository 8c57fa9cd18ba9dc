"""INLISLite's own database backup, read as its catalogue with every copy (``import inlislite-sql``).

INLISLite 3 makes it itself (*Setting → Umum → Backup Data*, ``BackupDataController``: a ``.sql`` file the librarian
downloads), and it is often all a library still has when the INLISLite computer is gone. The same file made with
phpMyAdmin or mysqldump reads the same way (``sql_dump``). INLISLite keeps each record twice: its MARC fields
(``catalog_ruas``: one row a field, ``$a Laskar pelangi :$b sebuah novel``) and the columns its reports show
(``catalogs``: the title in ISBD form, authors joined by ``;``). The MARC fields are read as INLISLite's MARC export is
(``marc_reader``: series, notes, every author and subject; the same source ids, so a record that came in from its MARC
or Excel exports before is found again); a record saved before INLISLite kept them is read from its columns, as
INLISLite's catalogue report is (``inlislite.inlis_row``). Its copies (``collections``) come with their barcode,
accession number, call number, price, date, source and donor, category, room, access and status, named through
INLISLite's lists (``collectionsources``, ``partners``, ``collectioncategorys``...), as its copy report names them
(``inlislite.copy_of``).

A record or copy deleted in INLISLite waits in its quarantine (``QUARANTINEDDATE``): left out, counted. What the
backup holds and this import does not bring is named with where it comes from: its members, loans and visitor book
(the members, loans and visitor-book imports read this same file: ``inlislite_backup_members``,
``inlislite_backup_loans``, ``inlislite_backup_visits``) and its digital content (with the folder copied beside it:
``inlislite_files``).

The tables come in the file's order (the MARC fields before the records, the copies after), so the file is read once
into a temporary SQLite file (deleted when done) and the records are made from it one at a time: memory does not grow
with the library."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import Cancelled, ValidationError
from ..formatting import Count
from ..i18n import QT_TRANSLATE_NOOP
from . import marc_unread, sql_dump
from .dump_files import DAMAGED
from .inlislite import copy_of, inlis_row, other_ids
from .inlislite_tags import BLANK_LEADER, field_of
from .iso2709 import MarcRecord
from .marc_reader import from_marc
from .slims_backup import dump_of, is_backup_file, step, text_of, unreadable_row
from .types import BadRow, Cancel, Incoming, Progress, RowError, fold
from .vocabulary import material_code

RECORDS, FIELDS, COPIES = "catalogs", "catalog_ruas", "collections"
# INLISLite's lists a copy (or a record: its worksheet) points into, each read by its Name (table -> the column)
LISTS = {"collectionsources": "Source_id", "partners": "Partner_id", "collectioncategorys": "Category_id",
         "collectionrules": "Rule_id", "collectionstatus": "Status_id", "locations": "Location_id",
         "worksheets": "Worksheet_id"}
# what the backup holds that this import does not bring, and where it can come from
NOT_BROUGHT = {"members": "members", "collectionloanitems": "loans", "memberguesses": "visits",
               "catalogfiles": "files"}

# what a copy keeps of the columns that have no field of their own here: lines of its remarks, in INLISLite's words
COPY_REMARKS = {"KETERANGAN_LAIN": "Keterangan", "BAHAN_SERTAAN": "Bahan sertaan", "EDISISERIAL": "Edisi serial",
                "TANGGAL_TERBIT_EDISI_SERIAL": "Tanggal terbit edisi", "NOJILID": "Jilid", "RFID": "RFID"}
# the columns read, and those left knowingly: INLISLite's bookkeeping (who saved a row, when, from which computer, its
# upload to the national catalogue, KII), its branch, the flags of its national bibliography (BNI, KIN, RDA), a copy's
# OPAC and verified flags, medium and reference flag (its category and access say it); any other column with a value is
# named, once for the file
_KEPT_OUT = {"CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate", "UpdateTerminal",
             "KIILastUploadDate", "Branch_id", "QUARANTINEDBY", "QUARANTINEDDATE", "QUARANTINEDTERMINAL"}
RECORD_COLUMNS = frozenset({
    "ID", "ControlNumber", "BIBID", "Title", "Author", "Edition", "Publisher", "PublishLocation", "PublishYear",
    "Publikasi", "Subject", "PhysicalDescription", "ISBN", "CallNumber", "Note", "Languages", "DeweyNo", "IsOPAC",
    "Worksheet_id", "ApproveDateOPAC", "IsBNI", "IsKIN", "IsRDA", "CoverURL", *_KEPT_OUT})
COPY_COLUMNS = frozenset({
    "ID", "NomorBarcode", "NoInduk", "Currency", "Price", "PriceType", "TanggalPengadaan", "CallNumber", "Catalog_id",
    "Partner_id", "Location_id", "Rule_id", "Category_id", "Source_id", "Status_id", "Keterangan_Sumber",
    "Location_Library_id", "Media_id", "IsVerified", "ISOPAC", "ISREFERENSI", *COPY_REMARKS, *_KEPT_OUT})

NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not an INLISLite database backup (a .sql file from Setting → Umum → Backup Data). Nothing was "
              "imported.")
NO_CATALOGUE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is a database backup without INLISLite's catalogue (its catalogs and collections tables): "
              "another program's, or only some of INLISLite's tables. Nothing was imported.")
SLIMS_INSTEAD = QT_TRANSLATE_NOOP(
    "Errors", "{path} is SLiMS's database backup, not INLISLite's. Import it as \"SLiMS database backup\" "
              "(pustaka-cli import slims-sql). Nothing was imported.")
CUT_OFF = QT_TRANSLATE_NOOP(
    "Errors", "The backup {path} is incomplete: the file ends in the middle of its data (copied before it was whole, "
              "or the disk was full). Copy the whole file again, or make the backup again in INLISLite. Nothing was "
              "imported.")
COLUMNS_NOT_READ = QT_TRANSLATE_NOOP(
    "Import", "Columns of INLISLite's {table} with a value and no place here, not imported: {columns}.")
IN_QUARANTINE = QT_TRANSLATE_NOOP(
    "Import", "{records} record(s) and {copies} copy(ies) were deleted in INLISLite (in its quarantine, Karantina): left "
              "out.")
NO_RECORD = QT_TRANSLATE_NOOP(
    "Import", "Copy {barcode} (No. Induk {accession}) belongs to a record the backup does not have (deleted in "
              "INLISLite): left out.")
OUT_ON_LOAN = QT_TRANSLATE_NOOP(
    "Import", "{count} copies were out on loan in INLISLite (Ketersediaan: Dipinjam): they come in on the shelf until "
              "their loans come in. From this same file, import the members (Import & Export → Import members…, or "
              "pustaka-cli members-import) and then the loans (Import loans (INLISLite, Excel)…, or pustaka-cli "
              "loans-import).")
NOT_BROUGHT_SAID = {
    "members": QT_TRANSLATE_NOOP(
        "Import", "The backup has {count} member(s) of INLISLite: they do not come in with the catalogue. Import them "
                  "from this same file with Import & Export → Import members… (pustaka-cli members-import), with "
                  "their member types and loan terms."),
    "loans": QT_TRANSLATE_NOOP(
        "Import", "The backup has {count} loan(s) of INLISLite (collectionloanitems): they do not come in with the "
                  "catalogue. After its members, import them from this same file with Import & Export → Import loans "
                  "(INLISLite, Excel)… (pustaka-cli loans-import): the books still out and the loans returned before."),
    "visits": QT_TRANSLATE_NOOP(
        "Import", "The backup has {count} visit(s) of INLISLite's visitor book (memberguesses): they do not come in "
                  "with the catalogue. After the members, import them from this same file with Import & Export → "
                  "Import visitor book and activities… (pustaka-cli visits-import), so this year's reports count them."),
    "files": QT_TRANSLATE_NOOP(
        "Import", "The backup names {count} file(s) attached to records in INLISLite (catalogfiles: e-books, scans), "
                  "which INLISLite keeps in its uploaded_files folder, not in the backup. Copy that folder from the "
                  "INLISLite computer and import the backup again with it (the wizard's Attached files folder, or "
                  "pustaka-cli import inlislite-sql BACKUP.sql --repository uploaded_files): the PDFs and EPUBs go "
                  "on the digital shelf of their records."),
    "covers": QT_TRANSLATE_NOOP(
        "Import", "{count} record(s) have a cover picture in INLISLite, which it keeps in its uploaded_files folder "
                  "(sampul_koleksi), not in the backup. Import the backup again with that folder (the wizard's "
                  "Attached files folder, or --repository uploaded_files) to give the records their covers."),
}


# the tables that say whose database a dump is: INLISLite's catalogue, members, loans or guest book, or SLiMS's
_OWN_TABLES = frozenset({FIELDS, "catalog_subruas", RECORDS, COPIES, "members", "jenis_anggota", "collectionloanitems",
                         "memberguesses"})
_SLIMS_TABLES = frozenset({"biblio", "item", "mst_gmd", "mst_coll_type", "member"})


def is_inlislite_backup(path: str | Path) -> bool:
    """The file is a database backup of INLISLite (it names INLISLite's tables before any of SLiMS's): what the import
    wizard switches to, and what the members, loans and visitor-book imports read as INLISLite's. Told from the dump's
    first megabytes, not a survey of all of it (which a SLiMS server dump's chooser makes, with its progress)."""
    try:
        return is_backup_file(path) and sql_dump.first_named(Path(path), _OWN_TABLES | _SLIMS_TABLES) in _OWN_TABLES
    except (ValidationError, *DAMAGED):
        return False  # (the import says what is wrong with it)


def read(path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None) -> Iterator[Incoming]:
    """The records of the backup, one a row, each with its copies; then what was left out, said."""
    path = Path(path)
    if not is_backup_file(path):
        raise ValidationError(NOT_A_BACKUP, path=path.name)
    dump = dump_of(path, not_a_backup=NOT_A_BACKUP)
    if not {RECORDS, COPIES} <= dump.tables:
        raise ValidationError(SLIMS_INSTEAD if "biblio" in dump.tables else NO_CATALOGUE, path=path.name)
    if dump.cut:  # (its copies, or the lists they point into, would come in partly, with nothing to say so)
        raise ValidationError(CUT_OFF, path=path.name)
    _sweep_stale()
    with tempfile.TemporaryDirectory(prefix=_STAGING) as folder:
        staged = _Staged(Path(folder) / "staged.sqlite3")
        try:
            staged.load(dump, progress, cancel)
            yield from staged.rows(progress, cancel)
        finally:
            staged.close()


_STAGING = "pustaka-inlislite-"  # the temporary folder a reading stages the backup in
_STALE = 24 * 3600  # seconds after which a staging folder is an import that was stopped, not one under way


def _sweep_stale() -> None:
    """Remove the staging folders of readings that were stopped (a cancelled import ends its reading process, which
    on Windows cannot clean up after itself): a day old, so never one under way."""
    now = time.time()
    for stale in Path(tempfile.gettempdir()).glob(f"{_STAGING}*"):
        try:
            if stale.is_dir() and now - stale.stat().st_mtime > _STALE:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            continue  # (another user's, or gone meanwhile)


class _Staged:
    """The backup's records, their MARC fields and their copies, in a temporary SQLite file; its lists in memory."""

    def __init__(self, file: Path) -> None:
        self.db = sqlite3.connect(file)
        self.db.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
            "CREATE TABLE record (id TEXT, line INTEGER, row TEXT);"
            "CREATE TABLE field (record TEXT, sequence REAL, id REAL, tag TEXT, ind1 TEXT, ind2 TEXT, value TEXT);"
            "CREATE TABLE copy (record TEXT, line INTEGER, row TEXT);")
        self.names: dict[str, dict[str, str]] = {table: {} for table in LISTS}
        self.counted: Counter[str] = Counter()  # rows of the tables not brought (NOT_BROUGHT)
        self.quarantined: Counter[str] = Counter()
        self.unreadable: list[BadRow] = []  # rows of records or copies that cannot be read, said at their line
        self.unread: dict[str, set[str]] = {RECORDS: set(), COPIES: set()}  # filled columns nothing reads

    def close(self) -> None:
        self.db.close()

    def load(self, dump: sql_dump.Dump, progress: Progress | None, cancel: Cancel | None) -> None:
        def read(fraction: float) -> None:
            progress(fraction / 2, QT_TRANSLATE_NOOP("Progress", "Reading the file"))

        wanted = {RECORDS, FIELDS, COPIES, *LISTS, *NOT_BROUGHT}
        batches: dict[str, list[tuple[Any, ...]]] = {"record": [], "field": [], "copy": []}
        for n, (line, table, names, row) in enumerate(sql_dump.rows(dump, wanted, None, read=read if progress else None)):
            if n % 5000 == 0 and cancel is not None and cancel():
                raise Cancelled()
            f = dict(zip(names, row, strict=False)) if len(names) == len(row) else None
            if table in NOT_BROUGHT:
                self.counted[NOT_BROUGHT[table]] += 1
            elif f is None:
                if table in (RECORDS, COPIES):
                    self.unreadable.append(unreadable_row(line, names, row))
            elif table in LISTS:
                self.names[table][id_of(f.get("ID"))] = text_of(f.get("Name"))
            elif table == RECORDS:
                self.unread[table] |= _filled(f, RECORD_COLUMNS)
                self.counted["covers"] += bool(text_of(f.get("CoverURL"))) and not quarantined(f)
                batches["record"].append((id_of(f.get("ID")), line, json.dumps(f, default=str)))
            elif table == FIELDS:
                batches["field"].append((id_of(f.get("CatalogId")), _number(f.get("Sequence")), _number(f.get("ID")),
                                         text_of(f.get("Tag")), text_of(f.get("Indicator1")),
                                         text_of(f.get("Indicator2")), "" if f.get("Value") is None else str(f["Value"])))
            else:
                self.unread[table] |= _filled(f, COPY_COLUMNS)
                batches["copy"].append((id_of(f.get("Catalog_id")), line, json.dumps(f, default=str)))
            for name, batch in batches.items():
                if len(batch) >= 5000:
                    self._write(name, batch)
        for name, batch in batches.items():
            self._write(name, batch)
        self.db.executescript("CREATE INDEX field_of ON field (record); CREATE INDEX copy_of ON copy (record);")

    def _write(self, name: str, batch: list[tuple[Any, ...]]) -> None:
        if batch:
            marks = ", ".join("?" * len(batch[0]))
            self.db.executemany(f"INSERT INTO {name} VALUES ({marks})", batch)
            batch.clear()

    def rows(self, progress: Progress | None, cancel: Cancel | None) -> Iterator[Incoming]:
        total = self.db.execute("SELECT count(*) FROM record").fetchone()[0]
        unread: set[str] = set()
        out_on_loan = 0
        records = self.db.cursor()  # (read as it goes, beside the queries of each record's fields and copies)
        for count, (key, line, text) in enumerate(records.execute("SELECT id, line, row FROM record ORDER BY line"),
                                                  start=1):
            step(count, total, progress, cancel)
            f = json.loads(text)
            copies = self.db.execute("SELECT line, row FROM copy WHERE record = ? ORDER BY line", (key,)).fetchall()
            if quarantined(f):
                self.quarantined["records"] += 1
                self.quarantined["copies"] += len(copies)
                continue
            inc = self._record(key, line, f, unread)
            if inc.record is not None:
                for _line, copy_text in copies:
                    c = json.loads(copy_text)
                    if quarantined(c):
                        self.quarantined["copies"] += 1
                        continue
                    item = copy_of(self._copy_values(c), inc.flags)
                    remarks = [item.get("condition_note", ""), *_remarks(c)]
                    item["condition_note"] = "; ".join(filter(None, remarks))
                    out_on_loan += fold(self.name("collectionstatus", c.get("Status_id"))) in ("dipinjam",
                                                                                                "sedang dipinjam")
                    inc.items.append(item)
            yield inc
        for bad in self.unreadable:
            yield Incoming(bad.row, error=bad)
        yield from self._left_out(out_on_loan, unread)

    def _record(self, key: str, line: int, f: dict[str, Any], unread: set[str]) -> Incoming:
        """The record from its MARC fields (as INLISLite's MARC export writes them), else from its columns; its
        copies are the backup's (``collections``), never its MARC 990s."""
        leader, fields = BLANK_LEADER, []
        for tag, ind1, ind2, value in self.db.execute(
                "SELECT tag, ind1, ind2, value FROM field WHERE record = ? ORDER BY sequence, id", (key,)):
            if tag.lower() in _LEADER_TAGS:  # (a record INLISLite read from a MARC file keeps the file's leader)
                leader = value.replace("#", " ").ljust(24)[:24]
                continue
            field = field_of({"tag": tag, "indicator 1": ind1 or "#", "indicator 2": ind2 or "#", "value": value})
            if field is not None and field.tag != "990":
                fields.append(field)
        inc = None
        if any(field.tag == "245" for field in fields):
            rec = MarcRecord(leader, _with_ids(fields, f))
            try:
                inc = from_marc(rec, line)
                unread |= marc_unread.unread(rec, True)
                inc.items = []
            except RowError:  # (a 245 without its title: the columns may have it)
                inc = None
        if inc is None or inc.record is None or not inc.record.get("title"):
            values = {"control": f.get("ControlNumber"), "bibid": f.get("BIBID"), "title": f.get("Title"),
                      "authors": f.get("Author"), "edition": f.get("Edition"), "publisher": f.get("Publisher"),
                      "place": f.get("PublishLocation"), "year": f.get("PublishYear"), "subjects": f.get("Subject"),
                      "collation": f.get("PhysicalDescription"), "isbn": f.get("ISBN"),
                      "call_number": f.get("CallNumber"), "notes": f.get("Note"), "language": f.get("Languages"),
                      "ddc": f.get("DeweyNo")}
            values = {k: text_of(v) for k, v in values.items()}
            if not values["title"]:
                return Incoming(line, error=BadRow(line, QT_TRANSLATE_NOOP("Import", "The title is empty.")))
            flags: list[Any] = []
            rec_fields, _, source = inlis_row(values, flags)
            inc = Incoming(line, record=rec_fields, source_id=source, flags=flags, also_known_as=other_ids(values))
        if text_of(f.get("IsOPAC")) == "0":
            inc.record["hidden"] = True  # (kept off INLISLite's OPAC: off the patrons' catalogue here too)
        # (INLISLite's worksheet says what a record is, where no leader of its own does)
        kind = fold(self.name("worksheets", f.get("Worksheet_id")))
        if kind and kind not in ("monograf", "manuskrip") and (leader == BLANK_LEADER or "material_type" not in inc.record):
            inc.record["material_type"] = material_code(kind)
        return inc

    def name(self, table: str, key: Any) -> str:
        return self.names[table].get(id_of(key), "") if key not in (None, "") else ""

    def _copy_values(self, c: dict[str, Any]) -> dict[str, Any]:
        """A copy as INLISLite's copy report (Laporan Eksemplar) shows it: its lists' names in words."""
        donor, remark = self.name("partners", c.get("Partner_id")), text_of(c.get("Keterangan_Sumber"))
        return {"barcode": text_of(c.get("NomorBarcode")), "accession_no": text_of(c.get("NoInduk")),
                "call_number": text_of(c.get("CallNumber")),
                "received_on": "" if _empty(c.get("TanggalPengadaan")) else text_of(c.get("TanggalPengadaan"))[:10],
                "source": self.name("collectionsources", c.get("Source_id")),
                "source_detail": "; ".join(filter(None, (donor, remark))),
                "collection_type": self.name("collectioncategorys", c.get("Category_id")),
                "location": self.name("locations", c.get("Location_id")),
                "status": self.name("collectionstatus", c.get("Status_id")),
                "access": self.name("collectionrules", c.get("Rule_id")),
                "price": "" if _empty(c.get("Price")) else text_of(c.get("Price")),
                "currency": text_of(c.get("Currency"))}

    def _left_out(self, out_on_loan: int, unread: set[str]) -> Iterator[Incoming]:
        orphans = self.db.execute("SELECT line, row FROM copy WHERE record NOT IN (SELECT id FROM record) "
                                  "ORDER BY line").fetchall()
        for line, text in orphans:
            c = json.loads(text)
            if not quarantined(c):
                yield Incoming(0, notice=BadRow(line, NO_RECORD, {"barcode": text_of(c.get("NomorBarcode")) or "-",
                                                                  "accession": text_of(c.get("NoInduk")) or "-"}))
            else:
                self.quarantined["copies"] += 1
        if self.quarantined:
            yield Incoming(0, notice=BadRow(0, IN_QUARANTINE, {"records": Count(self.quarantined["records"]),
                                                               "copies": Count(self.quarantined["copies"])}))
        if out_on_loan:
            yield Incoming(0, notice=BadRow(0, OUT_ON_LOAN, {"count": Count(out_on_loan)}))
        for kind, count in sorted(self.counted.items()):
            if count:
                yield Incoming(0, notice=BadRow(0, NOT_BROUGHT_SAID[kind], {"count": Count(count)}))
        for table, label in ((RECORDS, "catalogs"), (COPIES, "collections")):
            if self.unread[table]:
                yield Incoming(0, notice=BadRow(0, COLUMNS_NOT_READ, {"table": label,
                                                                      "columns": ", ".join(sorted(self.unread[table]))}))
        said = marc_unread.notice(unread)
        if said is not None:
            yield Incoming(0, notice=said)


_LEADER_TAGS = frozenset({"leader", "ldr", "000"})


def _with_ids(fields: list[Any], f: dict[str, Any]) -> list[Any]:
    """The record's fields with its Control Number as 001 and its BIB ID as 035 where its MARC fields lack them: the
    ids INLISLite's MARC export and reports give the record, by which an earlier import of them finds it again."""
    tags = {field.tag for field in fields}
    added = []
    control, bibid = text_of(f.get("ControlNumber")), text_of(f.get("BIBID"))
    if "001" not in tags and control:
        added.append(field_of({"tag": "001", "indicator 1": "#", "indicator 2": "#", "value": control}))
    if "035" not in tags and bibid:
        added.append(field_of({"tag": "035", "indicator 1": "#", "indicator 2": "#", "value": f"$a {bibid}"}))
    return [*added, *fields]


def id_of(value: Any) -> str:
    """A row's id as INLISLite's tables point to it (a ``double``: ``12``, or ``12.0`` as another tool dumps it)."""
    text = text_of(value)
    return text[:-2] if text.endswith(".0") else text


def day_of(value: Any) -> Any:
    """A DATE or DATETIME column as a date (MySQL's "0000-00-00": none); one that is no date stays as written, for
    the import reading it to keep and say."""
    text = text_of(value)
    if not text or text.startswith("0000-00-00"):
        return ""
    try:
        return datetime.strptime(text[:10], "%Y-%m-%d").date()
    except ValueError:
        return text


def quarantined(f: dict[str, Any]) -> bool:
    """Deleted in INLISLite: in its quarantine since a day (MySQL's no-date is none)."""
    return not _empty(f.get("QUARANTINEDDATE"))


def _empty(value: Any) -> bool:
    """No value: NULL, blank, a zero (INLISLite's unset flags and numbers) or MySQL's no-date."""
    text = text_of(value)
    return text in ("", "0", "0.00") or text.startswith("0000-00-00")


def _filled(f: dict[str, Any], read: frozenset[str]) -> set[str]:
    return {name for name, value in f.items() if name not in read and not _empty(value)}


def _remarks(c: dict[str, Any]) -> list[str]:
    """A copy's lines of its remarks: its own note, what came with it, its serial issue or volume, its RFID tag, and a
    price given for the whole title (INLISLite's "Per judul"), each in INLISLite's words."""
    lines = [f"{label}: {text_of(c.get(column))}" for column, label in COPY_REMARKS.items()
             if not _empty(c.get(column))]
    if "judul" in fold(text_of(c.get("PriceType"))) and not _empty(c.get("Price")):
        lines.append(f"Harga per judul: {text_of(c.get('Price'))}")
    return lines


def _number(value: Any) -> float:
    try:
        return float(text_of(value))
    except ValueError:
        return 0.0
