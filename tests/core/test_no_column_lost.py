"""Issue #12, "Moving in without loss", column by column: every non-empty value in the rows of a SLiMS 9 database
backup that its catalogue import (``import slims-sql``) and its members import (``members-import BACKUP.sql``)
read — ``biblio``, ``item``, the authors and topics with their links, the small tables they point into
(publishers, places, languages, GMDs, collection types, locations, suppliers, item statuses) and ``member`` with
its member types — ends up in the library (a record's or copy's field, its notes, the review list; a member's
field or notes; a member type's loan terms) or is named by the import (a notice, a row left out). A value that
silently disappears fails here, named by its table, its row's id, its column and its value.

The backup is written here as SLiMS's own backup writes one (mysqldump-php: an INSERT a row, with its columns), its
rows filling every column a SLiMS 9.x row has, with values as village libraries type them. The accounting reuses the
catalogue's and the members' audits (``test_no_cell_lost``, ``test_no_member_cell_lost``). What SLiMS keeps for
itself (its ids, its stamps, password hashes) and a column that only repeats another is accepted, each with why."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from pustaka_desktop.core.interop import importer, member_import, slims_backup, slims_backup_members
from pustaka_desktop.core.store.models import Item, Member, MemberType, Record, ReviewFlag
from tests.core import test_no_member_cell_lost as members_audit
from tests.core.slims_sample import _insert
from tests.core.test_no_cell_lost import (
    _FORMS,
    _column_named,
    _flag_haystack,
    _fold,
    _found,
    _item_haystack,
    _record_haystack,
)

DAY = "2019-03-12 10:11:12"

# --- the backup -------------------------------------------------------------------------------------------------------

TABLES: dict[str, list[tuple]] = {
    "biblio": [
        (1, 1, "Laskar pelangi : sebuah novel", "Andrea Hirata ; penyunting, Sapardi Djoko Damono", "Cet. 5",
         "978-979-1227-00-1", 1, "2008", "xiv, 529 hlm. ; 20 cm", "Tetralogi Laskar Pelangi", "899.221 3 HIR l", "id",
         "MRC", 1, "899.221 3", "Novel pertama dari tetralogi.\r\nCetakan kelima.", "laskar.jpg", None, 0, 1,
         'a:1:{i:0;a:2:{i:0;s:9:"label-new";i:1;s:0:"";}}', 0, "", 1, 1, 1, DAY, DAY, 1),
        (2, 2, "Peta dinding Kabupaten Sleman", "", "Ed. 2", "", 2, "1998", "1 lbr. : berwarna ; 90 x 120 cm", "",
         "912 PET", "id", None, 2, "912", "", "peta_sleman.jpg", "peta_sleman.pdf", 1, 0, None, 0,
         "Skala 1:50.000", 4, 1, 3, DAY, DAY, 2),
        (3, 1, "Trubus : majalah pertanian", "", "", "0126-4133", 3, "2019", "60 hlm. : ilus. ; 28 cm", "",
         "630.5 TRU", "id", None, 3, "630.5", "", "", None, 0, 0, None, 4, "Edisi 596, Juli 2019", 1, 1, 1, DAY,
         DAY, 1),
    ],
    "biblio_author": [(1, 1, 1), (1, 4, 3), (2, 2, 1), (2, 3, 2), (3, 5, 10)],
    "biblio_topic": [(1, 1, 1), (2, 2, 1), (2, 3, 2), (3, 4, 1)],
    "item": [
        (1, 1, "899.221 3 HIR l c.1", 1, "B0001", "001/PD/2019", "2019-03-12", 1, "PO-12/2019", "RB", "2019-03-01",
         "0", "Lemari 2", "1", "INV-2019-07", 79000, "Rupiah", "2019-03-05", DAY, DAY, 1),
        (2, 1, "899.221 3 HIR l c.2", 1, "B0002", "002/PD/2019", "2019-03-12", 0, "", "RB", None, "R", "", "2", "",
         25, "USD", None, DAY, DAY, 1),
        (3, 2, "912 PET", 2, "B0003", "003/PD/2019", "1999-01-10", 0, "", "RR", None, "MIS", "", "2", "", 150000,
         "Rupiah", None, DAY, DAY, 2),
        (4, 3, "630.5 TRU", 1, "M0596", "004/PD/2019", "2019-07-20", 0, "", "RB", None, "0", "Rak Majalah", "1", "",
         25000, "Rupiah", None, DAY, DAY, 1),
    ],
    "mst_author": [(1, "Hirata, Andrea", "1967", "p", "LCNAF", DAY, DAY), (2, "Bakosurtanal", None, "o", None, DAY, DAY),
                   (3, "Seminar Nasional Kartografi", "1997", "c", None, DAY, DAY),
                   (4, "Damono, Sapardi Djoko", "1940-2020", "p", None, DAY, DAY),
                   (5, "Suhardjo, Bambang", None, "p", None, DAY, DAY)],  # a magazine's contributor (level 10)
    "mst_topic": [(1, "Novel Indonesia", "t", None, "899.221", DAY, DAY), (2, "Sleman", "g", None, "", DAY, DAY),
                  (3, "Peta", "gr", None, None, DAY, DAY), (4, "Pertanian", "t", "LCSH", "630", DAY, DAY)],
    "mst_gmd": [(1, "TE", "Text", None, DAY, DAY), (2, "CM", "Cartographic Material", "map.png", DAY, DAY)],
    "mst_publisher": [(1, "Bentang Pustaka", DAY, DAY), (2, "Bakosurtanal", DAY, DAY),
                      (3, "Trubus Swadaya", DAY, DAY)],
    "mst_place": [(1, "Yogyakarta", DAY, DAY), (2, "Cibinong", DAY, DAY), (3, "Jakarta", DAY, DAY)],
    "mst_language": [("id", "Indonesia", DAY, DAY)],
    "mst_coll_type": [(1, "Umum", DAY, DAY), (2, "Referensi", DAY, DAY), (3, "Majalah", DAY, DAY)],  # (3: no copy)
    "mst_location": [("RB", "Ruang Baca", DAY, DAY), ("RR", "Ruang Referensi", DAY, DAY),
                     ("RA", "Ruang Anak", DAY, DAY)],  # (the children's room: no copy there yet)
    "mst_supplier": [(1, "Toko Buku Gramedia", "Jl. Malioboro 52, Yogyakarta", "55213", "0274-512345", "Bu Rina",
                      "0274-512346", "BRI 0123-01-000123-50-1", "gramedia.ygy@example.co.id", DAY, DAY)],
    "mst_item_status": [("R", "Repair", 'a:1:{i:0;s:1:"1";}', 1, 1, DAY, DAY),
                        ("MIS", "Missing", None, 1, 1, DAY, DAY)],
    "member": [
        ("0001", "Siti Aminah", 0, "2001-05-05", 1, "Kp. Babakan No. 3, Desa Sukamaju",
         "Pondok Pesantren Al-Ikhlas, Jl. Raya Cianjur Km 5", "siti.aminah@example.com", "43253", "SMAN 1 Cianjur", 0,
         "member_0001.jpg", "3203014505010002", "081234567890", "085612345678", "2019-03-12", "2024-03-12",
         "2026-03-12", "pindahan dari Cibeber", 0, "$2y$10$Qe8mKqJ0S1uJ9hH1yF9nUeWm3pQ2rS4tU5vW6xY7zA8bC9dE0fG1h",
         "2024-05-01 10:00:00", "192.168.1.5", DAY, DAY),
        ("0002", "Budi Santoso", 1, "2014-08-17", 2, "Kp. Sindang RT 02/RW 05", None, None, None, "SDN 1 Sukamaju", 1,
         None, "12345", "0857-1111-2222", None, "2025-01-06", "2025-01-06", "2026-01-06", None, 1, None, None, None,
         DAY, DAY),
    ],
    "mst_member_type": [(1, "Umum", 3, 7, 1, 2, 365, 1, 500, 1, DAY, DAY),
                        (2, "Pelajar", 2, 14, 0, 0, 180, 2, 0, 0, DAY, DAY)],
}
# SLiMS 9's list of serial frequencies (Bibliography → Frequency), which a serial's ``frequency_id`` points into
FREQUENCY = ("frequency_id", "frequency", "language_prefix", "time_increment", "time_unit", "input_date", "last_update")
FREQUENCIES = [(4, "Bulanan", "id", 1, "month", DAY, DAY)]


def write_backup(path) -> tuple[Any, dict[tuple[str, Any], int]]:
    """The backup as mysqldump-php writes it (an INSERT a row), and the line of each (table, row id)."""
    lines, at = ["-- MySQL dump (mysqldump-php)\n"], {}
    for table, rows in [*TABLES.items(), ("mst_frequency", FREQUENCIES)]:
        columns = FREQUENCY if table == "mst_frequency" else slims_backup.KNOWN_COLUMNS[table]
        for row in rows:
            at[(table, _id(table, dict(zip(columns, row, strict=True))))] = len("".join(lines).splitlines()) + 1
            lines.append(_insert(table, columns, [row]).replace(" VALUES\n", " VALUES "))
    path.write_text("".join(lines), encoding="utf-8")
    return path, at


def _id(table: str, row: dict[str, Any]) -> Any:
    """A row's id, as SLiMS names it (a link table's row by its two ids)."""
    if table in ("biblio_author", "biblio_topic"):
        return f"{row['biblio_id']}/{row[table.removeprefix('biblio_') + '_id']}"
    return next(iter(row.values()))


@dataclass(frozen=True)
class Value:
    table: str
    key: Any  # the row's id
    line: int  # the line of its INSERT (as the import names a row)
    column: str
    value: Any

    def __str__(self) -> str:
        return f"{self.table}, row {self.key} (line {self.line}), column {self.column!r}: {self.value!r}"


def values(at: dict[tuple[str, Any], int]) -> list[Value]:
    out = []
    for table, rows in TABLES.items():
        for row in rows:
            named = dict(zip(slims_backup.KNOWN_COLUMNS[table], row, strict=True))
            key = _id(table, named)
            out += [Value(table, key, at[(table, key)], column, value) for column, value in named.items()
                    if value not in members_audit.NO_VALUE and str(value).strip() not in ("", "-")
                    and not (column == "frequency_id" and value == 0)]  # (0: no serial, SLiMS's default)
    return out


# --- what is right to drop, and why ------------------------------------------------------------------------------------

_STAMPS = "SLiMS's stamp of when its row was typed and last saved: the old system's, nothing of the book or member"
ACCEPTED: dict[tuple[str, str], str] = {
    **{(table, column): _STAMPS for table in TABLES for column in ("input_date", "last_update")},
    # SLiMS's own numbers of its rows: the links between its tables, each checked where it leads (a copy's title and
    # location, a record's publisher and authors); the record's biblio_id is kept too, as its source id (checked)
    **{(table, column): "SLiMS's id of a row of another table" for table, column in (
        ("biblio", "gmd_id"), ("biblio", "publisher_id"), ("biblio", "publish_place_id"), ("biblio", "language_id"),
        ("item", "item_id"), ("item", "biblio_id"), ("item", "coll_type_id"), ("item", "supplier_id"),
        ("item", "location_id"), ("item", "item_status_id"), ("biblio_author", "biblio_id"),
        ("biblio_author", "author_id"), ("biblio_topic", "biblio_id"), ("biblio_topic", "topic_id"),
        ("mst_author", "author_id"), ("mst_topic", "topic_id"), ("mst_gmd", "gmd_id"),
        ("mst_publisher", "publisher_id"), ("mst_place", "place_id"), ("mst_coll_type", "coll_type_id"),
        ("mst_location", "location_id"), ("mst_supplier", "supplier_id"), ("mst_item_status", "item_status_id"),
        ("member", "member_type_id"), ("mst_member_type", "member_type_id"))},
    # a language's code is SLiMS's id of its row of mst_language: the language is checked by its name there
    ("mst_language", "language_id"): "SLiMS's id of the language (its name is checked)",
    # which of SLiMS's staff accounts typed the row: no staff of SLiMS works here
    ("biblio", "uid"): "SLiMS's staff account", ("item", "uid"): "SLiMS's staff account",
    # a GMD's two-letter code and its icon on SLiMS's OPAC: the GMD's name (kept) says the same
    ("mst_gmd", "gmd_code"): "repeats the GMD's name", ("mst_gmd", "icon_image"): "SLiMS's OPAC's icon",
    # a person's years of birth and death: authors are kept as patrons search and cards print them, without their
    # dates (as every importer keeps them: test_no_subfield_lost's 100$d); the authority file they were checked in
    ("mst_author", "author_year"): "an author's dates",
    ("mst_author", "auth_list"): "the authority file SLiMS's cataloguer checked the name in",
    ("mst_topic", "auth_list"): "the authority file SLiMS's cataloguer checked the subject in",
    # a SLiMS subject's type (topical, geographic, genre...) and class number: its vocabulary's, the subject itself is
    # kept on the record as words, and the record's class number is its own classification (kept)
    ("mst_topic", "topic_type"): "the vocabulary's kind of subject", ("mst_topic", "classification"): "the vocabulary's",
    # a subject's place in the record's list: the order the subjects are kept in
    ("biblio_topic", "level"): "the subjects' order (kept as their order)",
    # whether SLiMS's stock-take skipped copies of a status: a rule of SLiMS's stock-take, nothing of the copy
    ("mst_item_status", "skip_stock_take"): "SLiMS's stock-take rule",
    # the status's lending rule is what decides the copy's status here (checked on the copies: not for loan)
    ("mst_item_status", "rules"): "read as the status's no_loan (checked on its copies)",
    ("mst_item_status", "no_loan"): "read as the copy's status (checked on its copies)",
    # SLiMS's MARC import's cataloguing source: no page of SLiMS 9's catalogue shows or writes it
    ("biblio", "source"): "SLiMS's cataloguing source, shown nowhere",
    # SLiMS 9's RDA content, media and carrier types (text / unmediated / volume, set by its form's defaults): they
    # say again what the GMD says (kept as the material type)
    ("biblio", "content_type_id"): "repeats the GMD", ("biblio", "media_type_id"): "repeats the GMD",
    ("biblio", "carrier_type_id"): "repeats the GMD",
    # SLiMS 3's one attached file, which SLiMS 9 neither shows nor writes: its attachments are biblio_attachment and
    # files, brought with the repository folder (slims_files)
    ("biblio", "file_att"): "SLiMS 3's attachment, unused since",
    # a record on the front page of SLiMS's OPAC, and its badges there ("new", "favourite"): SLiMS's OPAC's display
    ("biblio", "promoted"): "SLiMS's OPAC's front page", ("biblio", "labels"): "SLiMS's OPAC's badges",
    # members: the password hash (never imported: a person's secret), the last sign-in and its IP address (SLiMS's
    # log), SLiMS's mark of a member registered this session (is_new)
    ("member", "mpasswd"): "a password hash", ("member", "last_login"): "SLiMS's log",
    ("member", "last_login_ip"): "SLiMS's log", ("member", "is_new"): "SLiMS's session mark",
}

# how a value is looked for (test_no_cell_lost's forms), besides as written
KINDS = {"isbn_issn": "isbn", "publish_year": "year", "classification": "class", "title": "title",
         "notes": "slims_text", "received_date": "date", "order_date": "date", "invoice_date": "date", "price": "price",
         "price_currency": "currency", "source": "slims_source"}
MEMBER_KINDS = {"gender": "gender", "birth_date": "date", "member_since_date": "date", "register_date": "date",
                "expire_date": "date", "member_phone": "phone", "member_fax": "phone", "pin": "digits"}


# --- the accounting ----------------------------------------------------------------------------------------------------


def _rows() -> dict[str, list[dict[str, Any]]]:
    return {table: [dict(zip(slims_backup.KNOWN_COLUMNS[table], row, strict=True)) for row in rows]
            for table, rows in TABLES.items()}


def _records_of(table: str, key: Any) -> list[Record]:
    """The records a row is part of: a bibliography row's own; those of the rows that point to a small table's row."""
    rows = _rows()
    if table == "biblio":
        ids = [key]
    elif table in ("biblio_author", "biblio_topic"):
        ids = [int(str(key).split("/")[0])]
    elif table in ("mst_author", "mst_topic"):
        link, column = ("biblio_author", "author_id") if table == "mst_author" else ("biblio_topic", "topic_id")
        ids = [r["biblio_id"] for r in rows[link] if r[column] == key]
    else:
        column = {"mst_gmd": "gmd_id", "mst_publisher": "publisher_id", "mst_place": "publish_place_id",
                  "mst_language": "language_id"}.get(table)
        ids = [r["biblio_id"] for r in rows["biblio"] if column and r[column] == key]
    return list(Record.select().where(Record.slims_id.in_([f"slims:{i}" for i in ids])))


def _items_of(table: str, key: Any) -> list[Item]:
    column = {"item": "item_id", "mst_coll_type": "coll_type_id", "mst_location": "location_id",
              "mst_supplier": "supplier_id", "mst_item_status": "item_status_id"}.get(table)
    codes = [r["item_code"] for r in _rows()["item"] if column and r[column] == key]
    return list(Item.select().where(Item.barcode.in_(codes)))


_COLUMN_SAID = "\0 the column is named"


def _said(plans, line: int, table: str, column: str) -> list[str]:
    """What the imports said of the row's line (its words), or of the whole file naming the table or column."""
    out = []
    for plan in plans:
        listed = [getattr(plan, name, []) for name in ("notices", "left_out", "bad", "set_aside")]
        for said in [said for found in listed if isinstance(found, list) for said in found]:
            words = [_fold(v) for v in said.params.values()] + [_fold(said.template)]
            if said.row == line:
                out += words
            elif not said.row and (_column_named(column, words) or _column_named(f"{table}.{column}", words)):
                out.append(_COLUMN_SAID)  # (a column named: "the image column", "columns: a, b")
    return out


def _author_kept(value: Value) -> bool:
    """An author's name, kind (SLiMS's authority type) and role (its level) on each record it is linked to."""
    rows = _rows()
    if value.table == "biblio_author":
        biblio, author = (int(part) for part in str(value.key).split("/"))
        links = [(biblio, author, value.value)]
    else:
        links = [(r["biblio_id"], r["author_id"], r["level"]) for r in rows["biblio_author"] if r["author_id"] == value.key]
    names = {r["author_id"]: r for r in rows["mst_author"]}
    roles = {1: "primary", 2: "additional", 3: "editor", 4: "translator", 8: "illustrator"}
    kinds = {"p": "person", "o": "organisation", "c": "organisation"}
    for biblio, author, level in links:
        record = Record.get_or_none(Record.slims_id == f"slims:{biblio}")
        entries = [a for a in json.loads(record.authors) if _fold(a["name"]) == _fold(names[author]["author_name"])] \
            if record else []
        if not entries:
            return False
        entry = entries[0]
        if value.column == "authority_type" and entry.get("kind") != kinds.get(value.value):
            return False
        if value.column == "level" and level in slims_backup.LEVEL_NOTES:
            # a role with no place here (a contributor, a director): an author (primary when listed first, as
            # SLiMS's CSV export lists them), the role a line of the notes
            if f"{slims_backup.LEVEL_NOTES[level]}: {entry['name']}" not in (record.notes or "").splitlines():
                return False
        elif value.column == "level" and entry.get("role") != roles.get(level, "additional"):
            return False
    return bool(links)


def lost_catalogue_values(plans, found: list[Value]) -> list[str]:
    lost = []
    for value in found:
        if (value.table, value.column) in ACCEPTED or value.table in ("member", "mst_member_type"):
            continue
        if value.table in ("biblio_author", "mst_author") and value.column in ("level", "authority_type",
                                                                              "author_name"):
            if _author_kept(value):
                continue
        records, items = _records_of(value.table, value.key), _items_of(value.table, value.key)
        if value.table == "item":
            records += [i.record for i in items]
        if value.table == "biblio":  # (its call number is its copies')
            items += [i for r in records for i in r.items]
        if value.table == "biblio" and value.column == "opac_hide" and records:
            if all(r.hidden == (str(value.value) == "1") for r in records):
                continue
        if value.table == "biblio" and value.column == "biblio_id" and records:
            continue  # (found by it: its records' source id is slims:<biblio_id>)
        haystack = [text for r in records for text in _record_haystack(r)]
        haystack += [text for i in items for text in _item_haystack(i)]
        haystack += _flag_haystack(ReviewFlag.select().where(ReviewFlag.record.in_([r.id for r in records])
                                                             | ReviewFlag.item.in_([i.id for i in items])))
        haystack += _said(plans, value.line, value.table, value.column)
        kind = KINDS.get(value.column, "text") if value.table in ("biblio", "item") else "text"
        kind = "gmd" if (value.table, value.column) == ("mst_gmd", "gmd_name") else kind
        forms = [_fold(f) for f in [value.value, *_FORMS[kind](value.value)] if f]
        if (value.table, value.column) == ("biblio", "frequency_id"):  # (an id of SLiMS's frequencies: its name)
            forms = [_fold(name) for key, name, *_ in FREQUENCIES if key == value.value]
        if value.table == "item" and value.column in ("item_status_id",):
            continue
        if value.table == "mst_item_status" and value.column == "item_status_name" and items:
            # a status SLiMS does not lend (Repair, Missing): the copies' status here says what it says
            if all(i.status != "available" for i in items):
                continue
        if value.table in ("mst_coll_type", "mst_location") and not items:  # (a list's name no copy has: said)
            haystack += [_fold(v) for plan in plans for notice in plan.notices if not notice.row
                         for v in notice.params.values()]
        if _COLUMN_SAID not in haystack and not any(_found(form, haystack) for form in forms):
            lost.append(str(value))
    return lost


def lost_member_values(result, found: list[Value]) -> list[str]:
    lost = []
    for value in found:
        if value.table not in ("member", "mst_member_type") or (value.table, value.column) in ACCEPTED:
            continue
        if value.table == "mst_member_type":
            kept = MemberType.get_or_none(MemberType.name == _row_of(value)["member_type_name"])
            terms = slims_backup_members._TERMS | {"enable_reserve": ("reservations", 0), "member_type_name": ("name", 0)}
            if kept is not None and value.column in terms:
                ours = getattr(kept, terms[value.column][0])
                if str(ours) == str(value.value) or (isinstance(ours, bool) and ours == (value.value == 1)):
                    continue
            lost.append(str(value))
            continue
        member = Member.get_or_none(Member.number == str(value.key))
        if value.column == "member_id" and member is not None:
            continue
        kind = MEMBER_KINDS.get(value.column, "text")
        short = kind == "text" and len(str(value.value)) < 4  # (a flag, 1 or 0: a field's whole value, not any digit)
        if member is not None and not short and members_audit.found_in(member, kind, value.value):
            continue
        if member is not None and short and members_audit.norm(value.value) in [
                members_audit.norm(line) for line in members_audit.haystack(member).split("\n")]:
            continue
        if member is not None and value.column == "member_address" and _address_kept(member, value.value):
            continue
        if value.column == "is_pending" and member is not None and member.blocked == (value.value == 1):
            continue  # (SLiMS lends a pending member nothing: blocked here, the reason said)
        if value.column == "member_image" and (str(value.key), value.value) in result.photo_files:
            continue  # (the report counts the photos it did not bring, and a folder given brings them)
        cell = members_audit.Cell("", value.line, value.column, value.value)
        said = _said([result], value.line, value.table, value.column)
        if members_audit.named(result, cell) or _COLUMN_SAID in said or _fold(value.value) in " ".join(said):
            continue
        lost.append(str(value))
    return lost


def _address_kept(member: Member, address: str) -> bool:
    """An address whose end SLiMS's users write as our export does (", Desa Sukamaju", "RT 02/RW 05") is kept taken
    apart: its words and numbers, each in the member's address, village or RT/RW."""
    hay = members_audit.norm(members_audit.haystack(member))
    numbers = [int(n) for n in re.findall(r"\d+", hay)]
    return all(word in hay for word in members_audit._words(address) if word != "desa") and all(
        int(n) in numbers for n in re.findall(r"\d+", address))


def _row_of(value: Value) -> dict[str, Any]:
    table = _rows()[value.table]
    return next(r for r in table if _id(value.table, r) == value.key)


# --- the audit ---------------------------------------------------------------------------------------------------------


def test_every_value_of_a_slims_backups_catalogue_and_members_is_kept_or_named(lib, librarian, tmp_path):
    dump, at = write_backup(tmp_path / "backup_20261207_090000.sql")
    catalogue = importer.import_slims_backup(lib, librarian, dump)  # (its records' plan and its copies')
    members = member_import.import_members(lib, librarian, dump)
    found = values(at)
    lost = lost_catalogue_values(list(catalogue), found) + lost_member_values(members, found)
    assert lost == [], "lost:\n" + "\n".join(lost)
    # what the import keeps beyond SLiMS's CSV exports comes the same the second time: the same backup changes nothing
    again = importer.import_file(lib, librarian, "slims-sql", dump)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)
    assert [n.params["count"] for n in members.notices if n.template == member_import.PENDING] == [1]
    assert Member.get(Member.number == "0002").blocked_reason == member_import.PENDING_REASON
    members_again = member_import.import_members(lib, librarian, dump)
    assert (members_again.add, members_again.update) == (0, 0)
