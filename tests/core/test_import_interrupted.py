"""An interrupted import (a Cancel, Ctrl+C, the USB stick pulled out, a power cut) leaves the library exactly as
before, says so, and a second import then gives what an uninterrupted one gives (issue 12). What
tests/robustness (SIGKILLs of small imports) and test_interop_big_import (a cancel between chunks) cover is not
repeated here: the end of an import (its search index and indexes being built), a file that stops being readable
half way, Ctrl+C in pustaka-cli, and what the next start says after a power cut."""

from __future__ import annotations

import errno

import pytest

from pustaka_desktop.core.errors import Cancelled, ValidationError
from pustaka_desktop.core.interop import (
    bulk,
    importer,
    loan_lists,
    member_import,
    sheets,
    slims_csv,
    slims_members,
)
from pustaka_desktop.core.interop.types import FILE_LOST
from pustaka_desktop.core.store.models import AuditLog, ChangeLog, Item, Member, Record, ReviewFlag
from tests.core.test_interop_slims_pair import biblio_text, items_text


def library_state(lib) -> dict:
    """What a librarian would find changed: records, copies, review flags, the search index, change log, audit, and
    the tables' indexes."""
    sql = lib.db.execute_sql
    return {
        "records": sorted(sql("SELECT uid, title, version FROM record").fetchall()),
        "copies": sorted(sql("SELECT uid, barcode, record_id, version FROM item").fetchall()),
        "flags": ReviewFlag.select().count(),
        "search index": sorted(sql("SELECT rowid, title FROM record_fts").fetchall()),
        "change log": ChangeLog.select().count(),
        "audit": AuditLog.select().count(),
        "schema": sql("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall(),
    }


@pytest.fixture
def slims_pair(tmp_path):
    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text(biblio_text(), encoding="utf-8")
    items.write_text(items_text(), encoding="utf-8")
    return biblio, items


def _counts(plans) -> list[dict]:
    return [{k: v for k, v in plan.summary().items() if k != "dry_run"} for plan in plans]


@pytest.mark.parametrize("big", [False, True], ids=["small file", "big file: indexes rebuilt at the end"])
def test_cancel_pressed_while_the_import_builds_its_search_index_stops_it(lib, librarian, slims_pair, monkeypatch,
                                                                         big):
    """Cancel pressed when the bar says "Updating the search index" (seconds of a 50,000-record import on an old
    PC): the import stopped, nothing saved. It went on and saved everything, the Cancel ignored."""
    if big:
        monkeypatch.setattr(bulk, "_BIG_IMPORT", 1)
    expected = _counts(importer.import_slims(lib, librarian, *slims_pair, dry_run=True))
    before = library_state(lib)
    said: list[str] = []

    def cancel() -> bool:
        return "Updating the search index" in said  # pressed once the last step shows

    with pytest.raises(Cancelled):
        importer.import_slims(lib, librarian, *slims_pair, progress=lambda _f, message: said.append(message),
                              cancel=cancel)
    assert library_state(lib) == before
    # the second try goes in whole, as one that was never interrupted
    assert _counts(importer.import_slims(lib, librarian, *slims_pair)) == [
        {**counts, "applied": True} for counts in expected]
    assert Record.select().count() == 3 and Item.select().count() == 6
    assert lib.db.execute_sql("SELECT count(*) FROM record_fts WHERE record_fts MATCH 'laskar'").fetchone()[0] == 1


# -- the USB stick pulled out half way ------------------------------------------------------------------------


def pulled_out_after(lines: int):
    """``text_lines`` of a file on a USB stick pulled out after ``lines`` lines: what Windows or Linux then raise
    on the next read (EIO; Windows: "the device is not connected")."""
    from pustaka_desktop.core.interop import types

    def text_lines(path):
        size, real = types.text_lines(path)

        def until_pulled():
            for n, line in enumerate(real):
                if n == lines:
                    raise OSError(errno.EIO, "Input/output error")
                yield line
        return size, until_pulled()
    return text_lines


def test_usb_stick_pulled_out_half_way_through_a_catalogue_import(lib, librarian, slims_pair, monkeypatch):
    expected = _counts(importer.import_slims(lib, librarian, *slims_pair, dry_run=True))
    before = library_state(lib)
    monkeypatch.setattr(importer, "CHUNK", 2)  # the records file and the first copies were written when it went
    with monkeypatch.context() as pulled:
        pulled.setattr(slims_csv, "text_lines", pulled_out_after(5))  # (the records file has 4 lines)
        with pytest.raises(ValidationError) as refused:
            importer.import_slims(lib, librarian, *slims_pair)
    # a clear message (Indonesian in the app: tr-interrupt.json), never a traceback; nothing half written
    assert refused.value.template == FILE_LOST and refused.value.params == {"path": "senayan_item_export.csv"}
    assert library_state(lib) == before
    # the stick back in: the import goes in whole
    assert _counts(importer.import_slims(lib, librarian, *slims_pair)) == [
        {**counts, "applied": True} for counts in expected]


MEMBERS_CSV = ("member_id,member_name,gender,member_type_name,member_email,member_address,postal_code,inst_name,"
               "is_new,member_image,pin,member_phone,member_fax,member_since_date,register_date,expire_date,"
               "birth_date,member_notes\n"
               '"0001","Siti Aminah","0","Umum","","Dusun Krajan RT 02","","","0","","","081234567890","",'
               '"2019-03-02","2019-03-02","2027-03-02","1990-05-17",""\n'
               '"0002","Joko Susilo","1","Umum","","","","","0","","","","","2020-01-10","2020-01-10","2027-01-10",'
               '"",""\n')


def test_usb_stick_pulled_out_during_a_member_import(lib, librarian, tmp_path, monkeypatch):
    path = tmp_path / "anggota.csv"
    path.write_text(MEMBERS_CSV, encoding="utf-8")
    before = library_state(lib), Member.select().count()

    def pulled(_path):
        raise OSError(errno.EIO, "Input/output error")
    monkeypatch.setattr(slims_members, "read_text", pulled)
    with pytest.raises(ValidationError) as refused:
        member_import.import_members(lib, librarian, path)
    assert refused.value.template == FILE_LOST and refused.value.params == {"path": "anggota.csv"}
    assert (library_state(lib), Member.select().count()) == before
    monkeypatch.undo()
    assert member_import.import_members(lib, librarian, path).add == 2  # the stick back in


def test_usb_stick_pulled_out_during_a_loan_list_import(lib, librarian, tmp_path, monkeypatch):
    path = tmp_path / "buku_peminjaman.csv"
    path.write_text("Tgl Pinjam,Nama Peminjam,Judul Buku,Kode Buku,Tgl Kembali\n"
                    + "".join(f"0{n}-02-2026,Siti Aminah,Laskar Pelangi,B{n:04d},\n" for n in range(1, 9)),
                    encoding="utf-8")
    monkeypatch.setattr(sheets, "text_lines", pulled_out_after(3))
    with pytest.raises(ValidationError) as refused:
        loan_lists.import_loans(lib, librarian, path)
    assert refused.value.template == FILE_LOST and refused.value.params == {"path": "buku_peminjaman.csv"}


# -- Ctrl+C in pustaka-cli ------------------------------------------------------------------------------------


@pytest.fixture
def cli_library(tmp_path, monkeypatch, slims_pair):
    from pustaka_desktop.cli import main as cli_main

    db = str(tmp_path / "perpustakaan.sqlite3")
    assert cli_main(["--db", db, "--lang", "en", "init", "--library-name", "Taman Baca", "--library-code", "TBM",
                     "--librarian", "admin", "--password", "admin123"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    return lambda *args: cli_main(["--db", db, "--lang", "en", "--user", "admin", *args])


def test_ctrl_c_during_a_cli_import_says_nothing_was_changed(cli_library, slims_pair, monkeypatch, capsys):
    from pustaka_desktop.cli import common

    real = importer.import_slims

    def pressed_half_way(*args, progress=None, **kwargs):
        def ctrl_c(fraction, message):
            if fraction > 0.3:
                raise KeyboardInterrupt  # (where Python was when Ctrl+C came)
        return real(*args, progress=ctrl_c, **kwargs)
    monkeypatch.setattr(importer, "CHUNK", 2)
    monkeypatch.setattr(importer, "import_slims", pressed_half_way)
    assert cli_library("import", "slims-biblio", str(slims_pair[0]), "--items", str(slims_pair[1])) == 130
    assert capsys.readouterr().err.strip() == common.IMPORT_STOPPED
    monkeypatch.setattr(importer, "import_slims", real)
    cli_library("import", "slims-biblio", str(slims_pair[0]), "--items", str(slims_pair[1]))  # the second try
    out = capsys.readouterr().out
    assert "Records: 3 added" in out and "Imported" in out  # nothing of the first came in; all of the second


def test_ctrl_c_just_after_a_cli_import_was_saved_says_it_is_complete(cli_library, slims_pair, monkeypatch, capsys):
    from pustaka_desktop.cli import common

    real = importer.import_slims

    def saved_then_ctrl_c(*args, **kwargs):
        real(*args, **kwargs)
        raise KeyboardInterrupt  # before the summary was printed
    monkeypatch.setattr(importer, "import_slims", saved_then_ctrl_c)
    assert cli_library("import", "slims-biblio", str(slims_pair[0]), "--items", str(slims_pair[1])) == 130
    assert capsys.readouterr().err.strip() == common.IMPORT_SAVED
