"""SLiMS's database backup (System → Database Backup) as a way in: one library's data written as the
MySQL dump SLiMS makes (and as phpMyAdmin and the mysqldump command write it, packed or not) and as the
two CSV exports, which must make the same catalogue."""

from __future__ import annotations

import gzip
import io
import tarfile
from pathlib import Path

import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, member_import, readers, slims, slims_backup
from pustaka_desktop.core.store.models import Item, Member, Record, ReviewFlag
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

# one small SLiMS library: its master tables (id -> name) and its rows, by id
GMD = {1: "Text", 2: "Multimedia"}
PUBLISHERS = {1: "Bentang Pustaka", 2: "Balai Pustaka", 3: "Pustaka Al-Kautsar"}
PLACES = {1: "Yogyakarta", 2: "Jakarta"}
LANGUAGES = {"id": "Indonesia", "ar": "Arab", "jv": "Jawa"}
AUTHORS = {1: "Hirata, Andrea", 2: "Anonim", 3: "Tim Penyusun", 4: "Al-Nawawi, Yahya ibn Sharaf"}
TOPICS = {1: "Novel", 2: "Cerita Rakyat", 3: "Hadis"}
COLL_TYPES = {1: "Sirkulasi", 2: "Referensi", 3: "Koleksi Langka"}
LOCATIONS = {"A": "Rak A", "B": "Rak B"}
STATUSES = {"R": "Repair", "MIS": "Missing", "HB": "Hilang di banjir"}
BIBLIO = [
    dict(biblio_id=1, gmd_id=1, title="Laskar Pelangi : sebuah novel", sor="Andrea Hirata", edition="Cet. 5",
         isbn_issn="979-3062-79-7", publisher_id=1, publish_year="c2008", collation="xxxiv, 529 hlm. ; 20 cm",
         series_title="", call_number="899.221 3 HIR l", language_id="id", publish_place_id=1,
         classification="899.221 3", notes="Baris satu\nBaris dua", authors=[1], topics=[1]),
    dict(biblio_id=2, gmd_id=1, title='Kisah "Si Kancil" dan Buaya', publisher_id=2, publish_year="1999",
         language_id="jv", classification="398.2", call_number="398.2 ANO k", authors=[2], topics=[2]),
    dict(biblio_id=5, gmd_id=1, title="Riyāḍ aṣ-Ṣāliḥīn = رياض الصالحين", publisher_id=3, publish_year="1429 H / 2008 M",
         language_id="ar", publish_place_id=2, classification="2X4.1", call_number="2X4.1 NAW r", authors=[4, 3],
         topics=[3], notes="Terjemahan 'lengkap'; jilid 1\\2", isbn_issn="978-602-00-0000-1"),
    dict(biblio_id=7, gmd_id=2, title="Budidaya Lele", publisher_id=None, publish_year="2015", language_id="id",
         classification="639.3", authors=[3], topics=[]),
]
MEMBER_TYPES = {1: "Umum", 2: "Pelajar"}
# loan_limit, loan_periode, enable_reserve, reserve_limit, member_periode, reborrow_limit, fine_each_day, grace_periode
MEMBER_TERMS = {1: (3, 14, 1, 2, 730, 2, 500, 1), 2: (2, 7, 0, 0, 365, 0, "200", "")}
MEMBERS = [  # as SLiMS keeps them: gender 1 = male, 0 = female; the NIK in pin; a password hash
    dict(member_id="M001", member_name="Siti Aminah", gender=0, birth_date="1990-05-01", member_type_id=1,
         member_address="Jl. Mawar 3, RT 02/RW 05", member_email="siti@example.id", postal_code="40111",
         pin="3204051234567890", member_phone="081234567890", member_since_date="2020-01-05",
         register_date="2020-01-05", expire_date="2027-01-05", mpasswd="$2y$10$abcdefghijklmnopqrstuv"),
    dict(member_id="M002", member_name="Budi 'Ucok' Santoso", gender=1, birth_date="2011-08-17", member_type_id=2,
         inst_name="SDN 1 Sukamaju", member_since_date="2023-07-20", register_date="2023-07-20",
         expire_date="2024-07-20", member_notes="Kartu hilang\nsudah diganti"),
]
ITEMS = [
    dict(item_id=1, biblio_id=1, item_code="B0001", call_number="899.221 3 HIR l", coll_type_id=1,
         inventory_code="001/P/2019", received_date="2019-02-01", location_id="A", item_status_id="0", source=1,
         price=85000, price_currency="Rupiah"),
    dict(item_id=2, biblio_id=1, item_code="B0002", coll_type_id=3, item_status_id="R", source=2,
         received_date="0000-00-00"),
    dict(item_id=3, biblio_id=2, item_code="B0004", location_id="B", received_date="2019-31-12", item_status_id="0"),
    dict(item_id=4, biblio_id=5, item_code="B0005", coll_type_id=2, item_status_id="HB", price=120000),
    dict(item_id=5, biblio_id=5, item_code="B0006", coll_type_id=2, item_status_id="0"),
    dict(item_id=6, biblio_id=7, item_code="B0009", coll_type_id=1, item_status_id="MIS"),
]


def _masters() -> dict[str, list[tuple]]:
    return {
        "mst_gmd": [(k, f"G{k}", v, None, None, None) for k, v in GMD.items()],
        "mst_publisher": [(k, v, None, None) for k, v in PUBLISHERS.items()],
        "mst_place": [(k, v, None, None) for k, v in PLACES.items()],
        "mst_language": [(k, v, None, None) for k, v in LANGUAGES.items()],
        "mst_author": [(k, v, "", "p", "", None, None) for k, v in AUTHORS.items()],
        "mst_topic": [(k, v, "t", "", "", None, None) for k, v in TOPICS.items()],
        "mst_coll_type": [(k, v, None, None) for k, v in COLL_TYPES.items()],
        "mst_location": [(k, v, None, None) for k, v in LOCATIONS.items()],
        "mst_item_status": [(k, v, "", 0, 0, None, None) for k, v in STATUSES.items()],
    }


def _tables(biblio: list[dict] = BIBLIO, extra: dict[str, list[tuple]] | None = None) -> dict[str, list[tuple]]:
    cols = slims_backup.KNOWN_COLUMNS
    out = {
        "biblio": [tuple(b.get(c) for c in cols["biblio"]) for b in biblio],
        "biblio_author": [(b["biblio_id"], a, n + 1) for b in biblio for n, a in enumerate(b["authors"])],
        "biblio_topic": [(b["biblio_id"], t, 1) for b in biblio for t in b["topics"]],
        "item": [tuple(i.get(c) for c in cols["item"]) for i in ITEMS],
        "backup_log": [(1, 1, "2026-12-01 10:00:00", "backup_20261201_100000.sql")],
        "member": [tuple(m.get(c) for c in cols["member"]) for m in MEMBERS],
        "mst_member_type": [(k, v, *MEMBER_TERMS[k], None, None) for k, v in MEMBER_TYPES.items()],
        **_masters(),
        **(extra or {}),
    }
    return dict(sorted(out.items()))  # SHOW TABLES order: alphabetical, biblio before the mst_ tables


def _mysql(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    escaped = str(value).replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"').replace("\n", "\\n")
    return "'" + escaped.replace("\r", "\\r").replace("\x00", "\\0") + "'"


def write_dump(path: Path, style: str = "slims", biblio: list[dict] = BIBLIO,
               extra: dict[str, list[tuple]] | None = None) -> Path:
    """As SLiMS's backup page writes it (mysqldump-php: CREATE TABLE, one INSERT per row), or as
    phpMyAdmin writes it (column names, several rows per INSERT, '' for a quote)."""
    lines = ["-- mysqldump-php https://github.com/ifsnop/mysqldump-php", "--", "-- Host: localhost\tDatabase: slims",
             "-- ------------------------------------------------------", "/*!40101 SET NAMES utf8 */;", ""]
    for table, rows in _tables(biblio, extra).items():
        columns = slims_backup.KNOWN_COLUMNS.get(table) or ("backup_log_id", "user_id", "backup_time", "backup_file")
        lines += ["--", f"-- Table structure for table `{table}`", "--", "", f"DROP TABLE IF EXISTS `{table}`;",
                  f"CREATE TABLE `{table}` ("]
        lines += [f"  `{c}` varchar(200) COLLATE utf8_unicode_ci DEFAULT NULL," for c in columns]
        lines += ["  KEY `first` (`" + columns[0] + "`)", ") ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;",
                  "", f"/*!40000 ALTER TABLE `{table}` DISABLE KEYS */;", "SET autocommit=0;"]
        if style == "slims":
            lines += [f"INSERT INTO `{table}` VALUES ({','.join(map(_mysql, row))});" for row in rows]
        elif rows:
            names = ", ".join(f"`{c}`" for c in columns)
            lines.append(f"INSERT INTO `{table}` ({names}) VALUES")
            lines += [f"({', '.join(_mysql(v).replace(chr(92) + chr(39), chr(39) * 2) for v in row)})"
                      + ("," if n < len(rows) - 1 else ";") for n, row in enumerate(rows)]
        lines += [f"/*!40000 ALTER TABLE `{table}` ENABLE KEYS */;", "COMMIT;", ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_csv_exports(folder: Path) -> tuple[Path, Path]:
    """The same library through SLiMS's two CSV export pages."""
    def quoted(value) -> str:
        return '"' + ("" if value is None else str(value)).replace("\n", "\\n").replace('"', '""') + '"'

    codes: dict[int, list[str]] = {}
    for item in ITEMS:
        codes.setdefault(item["biblio_id"], []).append(item["item_code"])
    biblio_lines = [",".join(slims.BIBLIO_COLUMNS) + ","]
    for b in BIBLIO:
        fields = dict(b, gmd_name=GMD.get(b.get("gmd_id"), ""), publisher_name=PUBLISHERS.get(b.get("publisher_id"), ""),
                      place_name=PLACES.get(b.get("publish_place_id"), ""), language_name=LANGUAGES[b["language_id"]],
                      authors="".join(f"<{AUTHORS[a]}>" for a in b["authors"]),
                      topics="".join(f"<{TOPICS[t]}>" for t in b["topics"]),
                      item_code="".join(f"<{c}>" for c in codes.get(b["biblio_id"], [])))
        biblio_lines.append(",".join(quoted(fields.get(c)) for c in slims.BIBLIO_COLUMNS))
    titles = {b["biblio_id"]: b["title"] for b in BIBLIO}
    item_lines = [",".join(slims.ITEM_COLUMNS) + ","]
    for i in ITEMS:
        fields = dict(i, coll_type_name=COLL_TYPES.get(i.get("coll_type_id"), ""),
                      location_name=LOCATIONS.get(i.get("location_id"), ""),
                      item_status_name=STATUSES.get(i.get("item_status_id"), ""), title=titles[i["biblio_id"]])
        item_lines.append(",".join(quoted(fields.get(c)) for c in slims.ITEM_COLUMNS))
    biblio, items = folder / "senayan_biblio_export.csv", folder / "senayan_item_export.csv"
    biblio.write_text("\n".join(biblio_lines) + "\n", encoding="utf-8")
    items.write_text("\n".join(item_lines) + "\n", encoding="utf-8")
    return biblio, items


def _catalogue() -> dict:
    copies = {i.barcode: (i.record.title, i.accession_no, str(i.received_on), i.location, i.price, i.source, i.status,
                          i.condition_note, i.collection_type.name if i.collection_type_id else "", i.call_number)
              for i in Item.select()}
    records = sorted((r.title, r.subtitle, r.ddc, r.isbn, r.year, r.language, r.publisher, r.place, r.authors,
                      r.subjects, r.notes, r.material_type, r.edition) for r in Record.select())
    flags = sorted((f.reason, f.field_name, f.value, f.record.title if f.record_id else "",
                    f.item.barcode if f.item_id else "") for f in ReviewFlag.select())
    return {"copies": copies, "records": records, "flags": flags}


def test_a_slims_backup_makes_the_catalogue_its_two_csv_exports_make(tmp_path, empty_lib_factory):
    exported, exported_by = empty_lib_factory("CSV")
    importer.import_slims(exported, exported_by, *write_csv_exports(tmp_path))
    from_csv = _catalogue()
    backed_up, backed_up_by = empty_lib_factory("SQL")
    plans = importer.import_slims_backup(backed_up, backed_up_by, write_dump(tmp_path / "backup_20261201.sql"))
    assert _catalogue() == from_csv
    assert [(p.records_add, p.items_add, len(p.bad)) for p in plans] == [(4, 6, 0), (0, 0, 0)]
    seen = from_csv["copies"]
    assert seen["B0001"][1:6] == ("001/P/2019", "2019-02-01", "Rak A", 85000, "purchase")
    assert seen["B0005"][0].startswith("Riyāḍ") and seen["B0005"][7] == "Hilang di banjir"
    assert (seen["B0002"][6], seen["B0009"][6]) == ("in_repair", "lost")
    laskar = Record.get(Record.title == "Laskar Pelangi")
    assert (laskar.subtitle, laskar.notes, laskar.slims_id) == ("sebuah novel", "Baris satu\nBaris dua", "slims:1")
    assert Record.get(Record.slims_id == "slims:5").notes == "Terjemahan 'lengkap'; jilid 1\\2"


@pytest.mark.parametrize("packing", ["phpmyadmin", "gz", "tar.gz"])
def test_a_backup_reads_the_same_packed_or_written_by_another_tool(tmp_path, empty_lib_factory, packing):
    plain = write_dump(tmp_path / "plain.sql")
    expected = [(inc.row > 0, inc.record, inc.items, inc.source_id) for inc in slims_backup.read_biblio(plain)]
    if packing == "phpmyadmin":
        path = write_dump(tmp_path / "phpmyadmin.sql", style="phpmyadmin")
    elif packing == "gz":
        path = tmp_path / "backup.sql.gz"
        path.write_bytes(gzip.compress(plain.read_bytes()))
    else:  # SLiMS on a Linux server: tar cvzf backup_....sql.tar.gz backup_....sql
        path = tmp_path / "backup_20261201_100000.sql.tar.gz"
        with tarfile.open(path, "w:gz") as archive:
            data = plain.read_bytes()
            info = tarfile.TarInfo("backup_20261201_100000.sql")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    assert readers.fitting_format(path, "slims-biblio") == "slims-sql"
    assert [(inc.row > 0, inc.record, inc.items, inc.source_id) for inc in slims_backup.read_biblio(path)] == expected
    lib, by = empty_lib_factory()
    plans = importer.import_slims_backup(lib, by, path)
    assert (Record.select().count(), Item.select().count(), plans[1].bad) == (4, 6, [])


def _stored_twice(text: str) -> str:
    """``text`` as an old SLiMS on latin1 tables gives it back over a UTF-8 connection: each UTF-8 byte of
    it read as a Windows-1252 character (the five bytes that have none kept as they are, as MySQL does)."""
    return "".join(ch if ch.isascii() else "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in ch.encode("utf-8"))
        for ch in text)


@pytest.mark.parametrize("kind", ["backup", "csv exports"])
def test_text_an_old_slims_stored_twice_as_utf8_comes_in_as_it_was_typed(tmp_path, empty_lib_factory, kind):
    """"Riyāḍ aṣ-Ṣāliḥīn = Ø±ÙŠØ§Ø¶ ..." is what an old SLiMS's backup and exports hold of an Arabic title
    on latin1 tables: the catalogue gets the title as typed, the same as from a healthy SLiMS."""
    healthy, healthy_by = empty_lib_factory("OK")
    importer.import_slims_backup(healthy, healthy_by, write_dump(tmp_path / "healthy.sql"))
    expected = _catalogue()
    lib, by = empty_lib_factory("OLD")
    if kind == "backup":
        path = write_dump(tmp_path / "backup.sql")
        path.write_text(_stored_twice(path.read_text(encoding="utf-8")), encoding="utf-8")
        assert "Ø±ÙŠØ§Ø¶" in path.read_text(encoding="utf-8")
        importer.import_slims_backup(lib, by, path)
    else:
        folder = tmp_path / "csv"
        folder.mkdir()
        files = write_csv_exports(folder)
        for path in files:
            path.write_text(_stored_twice(path.read_text(encoding="utf-8")), encoding="utf-8")
        importer.import_slims(lib, by, *files)
        expected["records"] = sorted(expected["records"])  # (the CSV exports and the backup make the same)
    assert _catalogue() == expected
    assert Record.select().where(Record.title == "Riyāḍ aṣ-Ṣāliḥīn = رياض الصالحين").count() == 1


def test_a_later_backup_updates_the_records_the_first_one_made(tmp_path, lib, librarian):
    importer.import_slims_backup(lib, librarian, write_dump(tmp_path / "first.sql"))
    again = importer.import_slims_backup(lib, librarian, write_dump(tmp_path / "first.sql"))
    assert [(p.records_add, p.records_update, p.items_add, p.items_update) for p in again] == [(0, 0, 0, 0)] * 2
    # in SLiMS, the librarian then corrected a title and a year: SLiMS's own record number finds the record
    fixed = [dict(b, title="Budidaya Ikan Lele", publish_year="2016") if b["biblio_id"] == 7 else b for b in BIBLIO]
    later = importer.import_slims_backup(lib, librarian, write_dump(tmp_path / "later.sql", biblio=fixed))
    assert (later[0].records_add, later[0].records_update) == (0, 1)
    record = Record.get(Record.slims_id == "slims:7")
    assert (record.title, record.year, Record.select().count()) == ("Budidaya Ikan Lele", 2016, 4)
    assert Item.get(Item.barcode == "B0009").record_id == record.id


def test_what_is_not_a_backup_is_refused_and_an_unreadable_insert_is_reported(tmp_path, lib, librarian):
    text = tmp_path / "catatan.sql"
    text.write_text("Daftar buku yang dipinjam bulan ini\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        importer.import_slims_backup(lib, librarian, text)
    assert "not a SLiMS database backup" in err.value.message()
    damaged = write_dump(tmp_path / "damaged.sql")
    lines = damaged.read_text(encoding="utf-8").splitlines()
    broken = next(n for n, line in enumerate(lines) if line.startswith("INSERT INTO `biblio` VALUES (2,"))
    lines[broken] = lines[broken].replace("'1999'", "'1999") + " -- cut"  # a backup cut off inside a row
    damaged.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plans = importer.import_slims_backup(lib, librarian, damaged)
    assert [bad.row for bad in plans[0].bad] == [broken + 1]
    assert Record.select().count() == 3  # every other record came in


def test_a_backup_copied_before_it_was_whole_is_refused_unless_only_the_end_is_missing(tmp_path, lib, librarian):
    """A cut backup loses the tables after the cut (the master tables come last): refused, with what is
    missing, rather than records without their publishers. A cut in a table after all the catalogue's
    (SLiMS's visitor counter is the last) loses nothing the import reads."""
    text = write_dump(tmp_path / "whole.sql").read_text(encoding="utf-8")
    cut = tmp_path / "cut.sql"
    cut.write_text(text[:text.index("INSERT INTO `item` VALUES (4,") + 40], encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        importer.import_slims_backup(lib, librarian, cut)
    message = err.value.message()
    assert "incomplete" in message and "mst_publisher" in message and "mst_author" in message
    with pytest.raises(ValidationError):  # the members' types come after the cut too
        member_import.import_members(lib, librarian, cut)
    assert Record.select().count() == Member.select().count() == 0
    end_cut = tmp_path / "end-cut.sql"
    end_cut.write_text(text + "CREATE TABLE `visitor_count` (\n  `visitor_id` int(11)\n) ENGINE=MyISAM;\n"
                       "INSERT INTO `visitor_count` VALUES (1,'M001','Siti", encoding="utf-8")
    plans = importer.import_slims_backup(lib, librarian, end_cut)
    assert (plans[0].records_add, plans[0].items_add, plans[0].bad, plans[1].bad) == (4, 6, [], [])


def test_the_cli_imports_a_backup_in_one_go(tmp_path, capsys):
    db = str(tmp_path / "baru.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "Baru", "--library-code", "BR",
                     "--librarian", "budi", "--password", "rahasia1"]) == 0
    dump = write_dump(tmp_path / "backup_20261201_100000.sql")
    code = cli_main(["--lang", "en", "--db", db, "import", "slims-sql", str(dump)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"{dump} (records):" in out and f"{dump} (copies):" in out
    assert "4 of 4 records came in" in out and "Copies: 6 added" in out


def test_a_member_type_the_library_set_up_keeps_its_own_terms(tmp_path, lib, librarian):
    from pustaka_desktop.core.circulation import loan_rules
    from pustaka_desktop.core.store.models import MemberType

    umum = MemberType.get(MemberType.name == "Umum")
    loan_rules.save_member_type(lib, librarian, umum, loan_days=21, fine_per_day=0)  # this library's choice
    result = member_import.import_members(lib, librarian, write_dump(tmp_path / "backup_20261201_100000.sql"))
    assert result.adopted_member_types == ["Pelajar"]
    umum = MemberType.get(MemberType.name == "Umum")
    assert (umum.loan_days, umum.fine_per_day, umum.loan_limit) == (21, 0, 3)
    assert MemberType.get(MemberType.name == "Pelajar").fine_per_day == 200


def test_the_cli_says_which_member_types_take_slims_terms(tmp_path, capsys):
    db = str(tmp_path / "baru.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "Baru", "--library-code", "BR",
                     "--librarian", "budi", "--password", "rahasia1"]) == 0
    dump = write_dump(tmp_path / "backup_20261201_100000.sql", extra={"mst_loan_rules": LOAN_RULES[:2]})
    assert cli_main(["--lang", "en", "--db", db, "members-import", str(dump), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would add 2" in out and "instead of the starting rules: Umum, Pelajar" in out
    assert "on other terms): Pelajar – Referensi, Umum – Koleksi Langka" in out


def test_the_members_in_a_backup_come_in_without_their_passwords(tmp_path, lib, librarian):
    dump = write_dump(tmp_path / "backup_20261201_100000.sql")
    result = member_import.import_members(lib, librarian, dump)
    assert (result.add, result.bad) == (2, [])
    siti, budi = Member.get(Member.number == "M001"), Member.get(Member.number == "M002")
    assert (siti.name, siti.gender, siti.nik, siti.member_type.name, str(siti.expires_on)) == (
        "Siti Aminah", "F", "3204051234567890", "Umum", "2027-01-05")
    assert (budi.name, budi.gender, budi.institution, budi.member_type.name, budi.notes) == (
        "Budi 'Ucok' Santoso", "M", "SDN 1 Sukamaju", "Pelajar", "Kartu hilang\nsudah diganti")
    stored = " ".join(str(v) for m in Member.select().dicts() for v in m.values())
    assert "$2y$" not in stored
    # the member types lend as they did at SLiMS, not by the new library's starting rules (a value SLiMS
    # left empty keeps ours)
    assert sorted(result.adopted_member_types) == ["Pelajar", "Umum"]
    umum, pelajar = siti.member_type, budi.member_type
    assert (umum.loan_limit, umum.loan_days, umum.reservations, umum.reservation_limit, umum.validity_days,
            umum.renewals, umum.fine_per_day, umum.grace_days) == (3, 14, True, 2, 730, 2, 500, 1)
    assert (pelajar.loan_limit, pelajar.loan_days, pelajar.reservations, pelajar.renewals, pelajar.fine_per_day,
            pelajar.grace_days) == (2, 7, False, 0, 200, 0)
    again = member_import.import_members(lib, librarian, dump)
    assert (again.add, again.update, again.unchanged) == (0, 0, 2)


# loan_rules_id, member_type_id, coll_type_id, gmd_id, loan_limit, loan_periode, reborrow_limit, fine_each_day,
# grace_periode: a pupil borrows one reference book for three days; nobody borrows the rare books; a rule
# for the multimedia GMD; magazines (a type no copy has yet) for a week
LOAN_RULES = [(1, 2, 2, 0, 1, 3, 0, 1000, 0, None, None), (2, 1, 3, 0, 0, 0, 0, 0, 0, None, None),
              (3, 1, 0, 2, 1, 2, 0, 0, 0, None, None), (4, 2, 4, 0, 2, 7, 1, 500, 0, None, None)]


def test_slims_loan_rules_come_in_with_the_members(tmp_path, lib, librarian):
    from pustaka_desktop.core.circulation import loan_rules
    from pustaka_desktop.core.store.models import CollectionType, LoanRule, MemberType

    dump = write_dump(tmp_path / "backup_20261201_100000.sql", extra={
        "mst_loan_rules": LOAN_RULES,
        "mst_coll_type": [(k, v, None, None) for k, v in {**COLL_TYPES, 4: "Majalah"}.items()]})
    importer.import_slims_backup(lib, librarian, dump)
    result = member_import.import_members(lib, librarian, dump)
    assert result.summary()["loan_rules"] == 3 and result.add == 2
    assert [b.message() for b in result.bad] == [
        "SLiMS's loan rule for Umum and the material Multimedia is left out: loan rules here are per collection "
        "type. Set one on the Settings page if it is still needed."]
    pelajar, umum = MemberType.get(MemberType.name == "Pelajar"), MemberType.get(MemberType.name == "Umum")
    reference, rare = (CollectionType.get(CollectionType.name == n) for n in ("Referensi", "Koleksi Langka"))
    terms = loan_rules.terms_for(pelajar, reference)  # what the desk lends by
    assert (terms.loanable, terms.loan_days, terms.renewals, terms.fine_per_day) == (True, 3, 0, 1000)
    assert loan_rules.terms_for(pelajar, None).loan_days == 7  # other books: the member type's own terms
    assert loan_rules.terms_for(umum, rare).loanable is False  # SLiMS lent none of them (0 books)
    assert CollectionType.get(CollectionType.name == "Majalah").id  # made for its rule
    again = member_import.import_members(lib, librarian, dump)
    assert again.loan_rules == [] and LoanRule.select().count() == 3


def test_a_loan_rule_the_library_set_up_keeps_its_terms(tmp_path, lib, librarian):
    from pustaka_desktop.core.circulation import loan_rules
    from pustaka_desktop.core.store.models import CollectionType, MemberType

    dump = write_dump(tmp_path / "backup_20261201_100000.sql", extra={"mst_loan_rules": LOAN_RULES[:2]})
    importer.import_slims_backup(lib, librarian, dump)
    umum, rare = MemberType.get(MemberType.name == "Umum"), CollectionType.get(CollectionType.name == "Koleksi Langka")
    loan_rules.save_rule(lib, librarian, member_type=umum, collection_type=rare, loan_days=2)  # read at home
    result = member_import.import_members(lib, librarian, dump)
    assert [(r.member_type, r.collection_type) for r in result.loan_rules] == [("Pelajar", "Referensi")]
    terms = loan_rules.terms_for(umum, rare)
    assert (terms.loanable, terms.loan_days) == (True, 2)


def test_a_record_slims_kept_off_its_opac_stays_off_the_patrons_catalogue(tmp_path, lib, librarian):
    """SLiMS's "hide from OPAC" (opac_hide): a school's answer keys, a book kept for staff. Such a record
    comes in hidden, so patrons' phones and the kiosk do not show it; the librarian still finds it."""
    from pustaka_desktop.core.catalog import search

    biblio = [dict(b, opac_hide=1) if b["biblio_id"] == 7 else b for b in BIBLIO]
    importer.import_slims_backup(lib, librarian, write_dump(tmp_path / "backup.sql", biblio=biblio))
    hidden = Record.get(Record.slims_id == "slims:7")
    assert hidden.hidden and not Record.get(Record.slims_id == "slims:1").hidden
    patrons = search.search(lib, "Budidaya", search.Filters(include_hidden=False))  # the kiosk, the phones
    assert hidden.id not in {hit.record_id for hit in patrons.hits}
    assert hidden.id in {hit.record_id for hit in search.search(lib, "Budidaya").hits}  # the librarian
