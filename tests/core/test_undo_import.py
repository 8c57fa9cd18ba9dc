"""A volunteer imports the wrong file (a test sheet, the members list twice, last year's export) and it is noticed
an hour later, after the desk has lent and returned books. "Batalkan impor ini" takes back that import alone:
what it added goes, what it changed is put back, what was used or changed since stays and is named; the desk's
hour is kept (restoring the backup made before the import would have lost it)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core import auth
from pustaka_desktop.core.catalog import records, search
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import NotFound, PermissionDenied, Refused
from pustaka_desktop.core.interop import import_list, import_undo, importer, member_import, slims_members
from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store.models import AuditLog, Item, Loan, Member, Record, ReviewFlag, SyncReplica

HEADER = "Judul,Pengarang,Penerbit,Tahun,Barcode,Lokasi\n"
# the library's own catalogue, kept in Excel and saved as CSV
GOOD = HEADER + ("Laskar Pelangi,Andrea Hirata,Bentang Pustaka,2005,B0001,\n"
                 "Bumi Manusia,Pramoedya Ananta Toer,Hasta Mitra,1980,B0002,\n"
                 "Si Kancil dan Buaya,Tim Penyusun,Balai Pustaka,1998,B0003,\n")
# the volunteer's practice sheet from the training day: two made-up books, and one real book given a made-up shelf
TEST_SHEET = HEADER + ("Coba Buku Satu,Relawan,Tes,2024,T0001,Rak Coba\n"
                       "Coba Buku Dua,Relawan,Tes,2024,T0002,Rak Coba\n"
                       "Bumi Manusia,Pramoedya Ananta Toer,Hasta Mitra,1980,B0002,Rak Coba\n")


def _csv(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _last_import() -> int:
    return AuditLog.select().where(AuditLog.action == "catalog.import").order_by(AuditLog.id.desc()).first().id


@pytest.fixture
def desk_library(lib, librarian, clock, tmp_path):
    """The library's catalogue and a member; then the test sheet imported by mistake, an hour later."""
    importer.import_file(lib, librarian, "csv", _csv(tmp_path, "katalog.csv", GOOD))
    siti = members.register(lib, librarian, name="Siti Aminah", gender="F", birth_date="2012-05-01",
                            member_type="Umum")
    clock.advance(hours=1)
    importer.import_file(lib, librarian, "csv", _csv(tmp_path, "latihan.csv", TEST_SHEET))
    return siti


def test_a_test_sheet_is_undone_after_an_hour_at_the_desk_and_the_desk_keeps_its_hour(lib, librarian, clock,
                                                                                      desk_library):
    siti = desk_library
    wrong = _last_import()
    assert Item.get(Item.barcode == "B0002").location == "Rak Coba"
    clock.advance(minutes=20)
    loans.checkout(lib, librarian, siti, "T0001")  # a made-up book lent and brought back meanwhile
    clock.advance(minutes=10)
    loans.checkin(lib, librarian, "T0001")
    loans.checkout(lib, librarian, siti, "B0001")  # a real book, still out
    plan = import_undo.undo_import(lib, librarian, wrong)
    assert plan.done
    assert (plan.removed.get("record"), plan.removed.get("item")) == (1, 1)
    live = {r.title for r in Record.select().where(Record.deleted == False)}  # noqa: E712
    assert "Coba Buku Dua" not in live
    assert search.search(lib, "Coba Buku Dua").total == 0  # (the kiosk and the catalogue no longer find it)
    # what the desk touched stays, named with why
    assert "Coba Buku Satu" in live
    assert [(k.entity, k.label, k.reason) for k in plan.kept] == [
        ("item", "T0001 · Coba Buku Satu", import_undo.USED_BY["loan"]),
        ("record", "Coba Buku Satu", import_undo.USED_BY["item"])]
    assert Item.get(Item.barcode == "B0002").location == ""  # the real book's shelf put back
    assert Item.get(Item.barcode == "B0001").status == "on_loan"  # the desk's hour is all there
    assert Loan.select().count() == 2
    entry = AuditLog.get(AuditLog.action == "import.undo")
    assert json.loads(entry.detail)["records"] == 1 and entry.username == librarian.username
    assert any(b.reason == "import-undo" for b in backup.list_backups(lib.path))
    with pytest.raises(Refused) as again:
        import_undo.undo_import(lib, librarian, wrong)
    assert again.value.reason == "undone"


def test_the_right_file_brings_its_copies_in_after_the_wrong_one_is_undone(lib, librarian, tmp_path):
    """The right sheet twice with the wrong column chosen: the titles came in as publishers' names. Undone, the
    barcodes are free again and the right import brings every copy (they were "belonging to a deleted copy")."""
    path = _csv(tmp_path, "katalog.csv", GOOD)
    importer.import_file(lib, librarian, "csv", path, mapping={"Penerbit": "title", "Judul": "publisher"})
    import_undo.undo_import(lib, librarian, _last_import())
    plan = importer.import_file(lib, librarian, "csv", path)
    assert (plan.records_add, plan.items_add, len(plan.left_out)) == (3, 3, 0)
    assert {i.barcode for i in Item.select().where(Item.deleted == False)} == {"B0001", "B0002", "B0003"}  # noqa: E712
    live = Record.select().where(Record.deleted == False)  # noqa: E712
    assert not live.where(Record.title == "Bentang Pustaka").exists()


def test_a_record_edited_since_the_import_stays(lib, librarian, tmp_path, desk_library):
    wrong = _last_import()
    record = Record.get(Record.title == "Coba Buku Dua")
    records.update_record(lib, librarian, record, title="Cerita Rakyat Nusantara")
    plan = import_undo.undo_import(lib, librarian, wrong)
    assert ("record", "Cerita Rakyat Nusantara", import_undo.CHANGED_SINCE) in {
        (k.entity, k.label, k.reason) for k in plan.kept}
    assert Record.get(Record.title == "Cerita Rakyat Nusantara").deleted is False
    assert ("item", "T0002 · Cerita Rakyat Nusantara", import_undo.RECORD_STAYS) in {
        (k.entity, k.label, k.reason) for k in plan.kept}
    assert Item.get(Item.barcode == "T0002").deleted is False  # (a book stays whole)


def test_without_the_backup_the_changes_stay_and_are_said(lib, librarian, desk_library):
    for made in backup.list_backups(lib.path):
        made.path.unlink()
    plan = import_undo.undo_import(lib, librarian, _last_import())
    assert plan.removed == {"record": 2, "item": 2}
    assert [(k.label, k.reason) for k in plan.kept] == [("B0002 · Bumi Manusia", import_undo.NO_BACKUP)]
    assert Item.get(Item.barcode == "B0002").location == "Rak Coba"


def test_the_review_list_forgets_what_was_removed(lib, librarian, tmp_path):
    sheet = HEADER + "Buku Tahun Aneh,Relawan,Tes,20O4,T0009,\n"  # a letter O for a zero: flagged
    importer.import_file(lib, librarian, "csv", _csv(tmp_path, "tes.csv", sheet))
    assert ReviewFlag.select().count() >= 1
    import_undo.undo_import(lib, librarian, _last_import())
    assert ReviewFlag.select().count() == 0


def test_a_volunteer_may_not_undo_an_import_and_the_attempt_is_audited(lib, volunteer, desk_library):
    with pytest.raises(PermissionDenied):
        import_undo.plan_undo(lib, volunteer, _last_import())
    assert AuditLog.select().where((AuditLog.action == "denied") & (AuditLog.username == "relawan")).exists()
    assert Record.get(Record.title == "Coba Buku Dua").deleted is False


def test_an_import_from_before_undo_existed_or_not_an_import_is_refused_plainly(lib, librarian):
    auth.audit(lib, librarian, "catalog.import", "record", "", format="csv", file="lama.csv")  # an older line
    with pytest.raises(Refused) as old:
        import_undo.plan_undo(lib, librarian, _last_import())
    assert old.value.reason == "too_old" and old.value.params["file"] == "lama.csv"
    login = AuditLog.select().where(AuditLog.action != "catalog.import").first().id
    with pytest.raises(NotFound):
        import_undo.plan_undo(lib, librarian, login)


def _members_csv(folder, name, rows):
    path = folder / name
    lines = [",".join(slims_members.COLUMNS)]
    for number, name in rows:
        lines.append(",".join([number, name, "0", "Umum", "", "Jl. Mawar 3", "", "", "0", "", "", "", "",
                               "2025-06-01", "2025-06-01", "", "", ""]))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_a_members_list_imported_by_mistake_goes_except_who_borrowed_since(lib, librarian, clock, tmp_path):
    importer.import_file(lib, librarian, "csv", _csv(tmp_path, "katalog.csv", GOOD))
    path = _members_csv(tmp_path, "anggota_sekolah_2023.csv",
                        [("S-0001", "Ahmad Fauzi"), ("S-0002", "Dewi Lestari"), ("S-0003", "Rudi Hartono")])
    member_import.import_members(lib, librarian, path)
    clock.advance(hours=1)
    loans.checkout(lib, librarian, "S-0002", "B0001")
    wrong = AuditLog.get(AuditLog.action == "members.import").id
    plan = import_undo.undo_import(lib, librarian, wrong)
    assert plan.removed.get("member") == 2
    assert [(k.label, k.reason) for k in plan.kept] == [("S-0002 · Dewi Lestari", import_undo.USED_BY["loan"])]
    live = {m.number for m in Member.select().where(Member.deleted == False)}  # noqa: E712
    assert live == {"S-0002"}
    again = member_import.import_members(lib, librarian, path)  # the card numbers are free for the right list
    assert again.add == 2


def test_the_cli_lists_imports_and_undoes_one_with_a_dry_run_first(lib, librarian, desk_library, capsys):
    db = str(lib.path)
    lib.close()
    assert cli_main(["--db", db, "--lang", "en", "import-undo"]) == 0
    listing = capsys.readouterr().out
    assert "latihan.csv: 2 records and 2 copies added, 1 changed" in listing
    wrong = next(int(line.split()[0]) for line in listing.splitlines() if "latihan.csv" in line)
    assert cli_main(["--db", db, "--lang", "en", "import-undo", str(wrong), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "removes 2 records, 2 copies and 0 members, and puts back 1" in out and "Dry run" in out
    assert cli_main(["--db", db, "--lang", "en", "import-undo", str(wrong), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["done"] and done["removed"] == {"record": 2, "item": 2} and done["restored"] == {"item": 1}
    assert cli_main(["--db", db, "--lang", "en", "import-undo", str(wrong)]) == 1
    assert "already undone" in capsys.readouterr().err
    assert cli_main(["--db", db, "--lang", "en", "import-undo"]) == 0
    assert "latihan.csv: undone" in capsys.readouterr().out


def test_an_import_already_at_the_district_is_removed_there_by_the_next_bundle(tmp_path):
    from pustaka_desktop.core.store.clock import FixedClock
    from tests.sync.sync_helpers import Site, enrol

    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district, village = Site(tmp_path, "dinas", "DIN", clock, district=True), Site(tmp_path, "suka", "SKM", clock)
    try:
        enrol(village, district, tmp_path)
        with village:
            importer.import_file(village.lib, village.staff, "csv", _csv(tmp_path, "latihan.csv", TEST_SHEET))
            wrong = _last_import()
            uids = {r.uid for r in Record.select()}
        district.import_file(village.export_to(district))
        with district:
            assert SyncReplica.select().where(SyncReplica.uid.in_(list(uids)) & ~SyncReplica.deleted).count() == 3
        with village:
            plan = import_undo.undo_import(village.lib, village.staff, wrong)
            assert plan.sent and plan.removed.get("record") == 3
        district.import_file(village.export_to(district))
        with district:
            assert SyncReplica.select().where(SyncReplica.uid.in_(list(uids)) & ~SyncReplica.deleted).count() == 0
    finally:
        village.close()
        district.close()


def test_an_import_minutes_after_another_is_put_back_from_its_own_backup(lib, librarian, tmp_path):
    """The catalogue, then five minutes later the same shelf sheet again with the wrong column: the backup of the
    first import was used again for the second, and the second's changes could not be put back."""
    importer.import_file(lib, librarian, "csv", _csv(tmp_path, "katalog.csv", GOOD))
    importer.import_file(lib, librarian, "csv", _csv(tmp_path, "latihan.csv", TEST_SHEET))
    plan = import_undo.undo_import(lib, librarian, _last_import())
    assert plan.restored == {"item": 1} and plan.kept == []
    assert Item.get(Item.barcode == "B0002").location == ""


def test_a_whole_move_in_is_undone_on_the_sqlite_of_windows(lib, librarian, tmp_path):
    """Python for Windows' SQLite takes at most 32,766 values in a statement (Linux builds often more): the undo
    of a 3,000-book sheet wrote its 12,000 change-log lines in one statement and failed there."""
    lib.db.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32766)
    sheet = "Judul,Pengarang,Tahun,Barcode\n" + "".join(f"Buku Bacaan {n},Relawan,2020,U{n:05d}\n" for n in range(3000))
    importer.import_file(lib, librarian, "csv", _csv(tmp_path, "buku_induk_lama.csv", sheet))
    plan = import_undo.undo_import(lib, librarian, _last_import())
    assert plan.removed == {"record": 3000, "item": 3000}
    assert not Item.select().where(Item.deleted == False).exists()  # noqa: E712


def test_covers_the_import_attached_do_not_keep_its_records(lib, librarian, tmp_path):
    """SLiMS's pictures folder: the covers are attached after the import's records are saved (slims_pictures), so
    every record with a cover looked "changed since the import" and stayed."""
    from pustaka_desktop.core.store import write

    importer.import_file(lib, librarian, "csv", _csv(tmp_path, "latihan.csv", TEST_SHEET))
    write.update(lib, Record.get(Record.title == "Coba Buku Satu"), cover=b"\xff\xd8\xff\xe0 sampul")
    plan = import_undo.undo_import(lib, librarian, _last_import())
    assert plan.removed == {"record": 3, "item": 3} and plan.kept == []


def test_the_subject_list_keeps_the_terms_a_record_made_since_uses(lib, librarian, tmp_path):
    from pustaka_desktop.core.store.models import Subject

    sheet = "Judul,Pengarang,Tahun,Barcode,Subjek\nCoba Buku Satu,Relawan,2024,T0001,Cerita Rakyat\n" \
            "Coba Buku Dua,Relawan,2024,T0002,Coba Coba\n"
    importer.import_file(lib, librarian, "csv", _csv(tmp_path, "latihan.csv", sheet))
    records.add_record(lib, librarian, title="Legenda Danau Toba", subjects=["Cerita Rakyat"])
    import_undo.undo_import(lib, librarian, _last_import())
    terms = {s.term for s in Subject.select().where(Subject.deleted == False)}  # noqa: E712
    assert "Cerita Rakyat" in terms and "Coba Coba" not in terms


def test_a_copy_the_import_moved_and_the_desk_lent_since_gets_its_shelf_back_and_stays_on_loan(
        lib, librarian, clock, desk_library):
    loans.checkout(lib, librarian, desk_library, "B0002")
    plan = import_undo.undo_import(lib, librarian, _last_import())
    copy = Item.get(Item.barcode == "B0002")
    assert (copy.location, copy.status) == ("", "on_loan")
    assert ("B0002 · Bumi Manusia", import_undo.PARTLY) in {(k.label, k.reason) for k in plan.kept}


def test_a_cancelled_undo_changes_nothing(lib, librarian, desk_library):
    from pustaka_desktop.core.errors import Cancelled

    asked = []
    with pytest.raises(Cancelled):  # (Cancel pressed while it removes the second kind of rows)
        import_undo.undo_import(lib, librarian, _last_import(), cancel=lambda: asked.append(1) or len(asked) > 2)
    assert Record.get(Record.title == "Coba Buku Dua").deleted is False
    assert Item.get(Item.barcode == "T0002").deleted is False
    assert not AuditLog.select().where(AuditLog.action == "import.undo").exists()
    assert import_undo.undo_import(lib, librarian, _last_import()).done  # (and it can be undone afterwards)


def test_a_slims_pair_is_listed_as_one_import_under_both_names(lib, librarian, tmp_path):
    """SLiMS's bibliography and item exports go in as one import with an audit line per file. Listed apart, the item
    file's line said "0 records and 0 copies added" while undoing it removed the whole move-in, and the newest line
    (the one chosen first) was that one."""
    from tests.core.test_interop_slims_pair import biblio_text, items_text

    biblio = _csv(tmp_path, "senayan_biblio_export.csv", biblio_text())
    items = _csv(tmp_path, "senayan_item_export.csv", items_text())
    importer.import_slims(lib, librarian, biblio, items)
    entries = import_list.recent_imports(lib, librarian)
    assert len(entries) == 1
    entry = entries[0]
    assert entry.file == "senayan_biblio_export.csv + senayan_item_export.csv"
    # the records file's five copies and the item file's one more (B0009)
    assert entry.brought() == "3 records and 6 copies added, 0 changed"
    plan = import_undo.plan_undo(lib, librarian, entry.audit_id)
    assert plan.file == entry.file and (plan.removed["record"], plan.removed["item"]) == (3, 6)
    import_undo.undo_import(lib, librarian, entry.audit_id)
    assert [e.brought() for e in import_list.recent_imports(lib, librarian)] == ["undone"]
