"""The old Windows PC at the library: a file open in Excel or a PDF reader, a write-protected USB stick, a
folder this user may not write, a name Windows reserves. Each says in words what to do, nothing is
half written, the old file stays, and the CLI prints one line (no traceback).

Windows refuses all of these with errno EACCES (13) and tells them apart by ``winerror``: the tests
raise what Windows raises (the attribute set by hand, as Linux has none)."""

import errno
import gzip
import os
import pathlib

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core import audit_log
from pustaka_desktop.core.errors import PustakaError, ValidationError
from pustaka_desktop.core.store import faults, files
from pustaka_desktop.core.store.models import Record


def windows_refusal(winerror: int, filename: str, text: str = "Access is denied") -> PermissionError:
    exc = PermissionError(errno.EACCES, text, filename)
    exc.winerror = winerror  # what Windows sets; errno alone is 13 for every one of them
    return exc


SHARING_VIOLATION = 32  # "The process cannot access the file because it is being used by another process"
ACCESS_DENIED = 5
WRITE_PROTECT = 19


def _held_by_excel(monkeypatch, held: pathlib.Path) -> None:
    """``held`` is open in Excel: Windows refuses to open it (some setups even for reading) or to replace it."""
    real_open, real_replace = pathlib.Path.open, os.replace

    def refusing_open(self, *args, **kwargs):
        if pathlib.Path(self) == held:
            raise windows_refusal(SHARING_VIOLATION, str(self), "The process cannot access the file")
        return real_open(self, *args, **kwargs)

    def refusing_replace(src, dst):
        if pathlib.Path(dst) == held:
            raise windows_refusal(ACCESS_DENIED, str(src))
        return real_replace(src, dst)

    monkeypatch.setattr(pathlib.Path, "open", refusing_open)
    monkeypatch.setattr(files.os, "replace", refusing_replace)


def test_saving_over_an_export_still_open_in_excel_says_close_it(lib, librarian, tmp_path, monkeypatch):
    target = tmp_path / "Log Kegiatan.xlsx"
    audit_log.export(lib, librarian, target)
    before = target.read_bytes()
    _held_by_excel(monkeypatch, target)
    with pytest.raises(PustakaError) as caught:
        audit_log.export(lib, librarian, target)
    text = caught.value.message()
    assert "open in another program" in text and "Close it there" in text and str(target) in text
    assert "permission" not in text  # (it is not a rights problem: the old message sent people to the admin)
    monkeypatch.undo()  # (Excel closed: the file can be looked at again)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.glob("Log Kegiatan*")] == ["Log Kegiatan.xlsx"]  # no .partial left behind


def test_a_sharing_violation_while_writing_says_open_elsewhere(tmp_path, monkeypatch):
    def in_use(path, mode="r", *args, **kwargs):
        raise windows_refusal(SHARING_VIOLATION, str(path))

    monkeypatch.setattr(files, "open", in_use, raising=False)
    with pytest.raises(PustakaError, match="open in another program"):
        files.write_bytes(tmp_path / "kartu anggota.pdf", b"%PDF-1.4")
    assert list(tmp_path.iterdir()) == []


def test_write_protected_stick_says_slide_the_lock(tmp_path, monkeypatch):
    def locked_stick(path, mode="r", *args, **kwargs):
        raise windows_refusal(WRITE_PROTECT, str(path), "The media is write protected")

    monkeypatch.setattr(files, "open", locked_stick, raising=False)
    with pytest.raises(PustakaError) as caught:
        files.write_bytes(tmp_path / "cadangan.sqlite3", b"SQLite format 3\x00")
    assert "write-protected" in caught.value.message() and "lock switch" in caught.value.message()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_this_user_may_not_write_says_choose_another(tmp_path, monkeypatch):
    def program_files(path, mode="r", *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(files, "open", program_files, raising=False)
    with pytest.raises(PustakaError) as caught:
        files.write_bytes(tmp_path / "laporan.pdf", b"%PDF-1.4")
    assert "Choose another folder" in caught.value.message()


REFUSED_NAMES = ["CON.csv", "aux.pdf", "Lpt1.xlsx", "nul", "laporan.", "laporan ", "lap:1.pdf", "apa?.pdf"]
# look-alikes and other scripts that Windows takes as they are
ORDINARY_NAMES = ["Laporan Bulanan Januari 2026.pdf", "Daftar Buku – Perpus Desa.xlsx", "مكتبة القرية.csv",
                  "console.csv", "CONTOH.pdf", "com10.txt", ".hidden"]


def test_only_names_windows_refuses_are_refused_before_writing(tmp_path):
    for name in REFUSED_NAMES:
        with pytest.raises(PustakaError) as caught:
            files.write_bytes(tmp_path / name, b"data")
        assert "Choose another name" in caught.value.message() and caught.value.params["name"] == name
    assert list(tmp_path.iterdir()) == []
    for name in ORDINARY_NAMES:
        assert files.write_bytes(tmp_path / name, b"ok").read_bytes() == b"ok"


def test_an_os_refusal_reaching_the_top_is_explained(tmp_path):
    """The CLI and the GUI's worker and exception hook all pass what escaped through ``faults.explain``."""
    held = str(tmp_path / "katalog.xlsx")
    truthful = faults.explain(windows_refusal(SHARING_VIOLATION, held))
    assert truthful is not None and "open in another program" in truthful.message()
    assert held in truthful.message()
    gone = faults.explain(FileNotFoundError(errno.ENOENT, "No such file or directory", str(tmp_path / "x.csv")))
    assert gone is not None and "is not there" in gone.message()
    assert faults.explain(gzip.BadGzipFile("Not a gzipped file")) is None  # a damaged file: the caller says so


def _cli(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def cli_db(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "perpus.sqlite3")
    assert _cli(capsys, "--db", db, "init", "--library-name", "Perpus Desa", "--library-code", "PDS",
                "--librarian", "admin", "--password", "admin123")[0] == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    return db


@pytest.mark.parametrize("fmt,suffix", [("csv", ".csv"), ("xlsx", ".xlsx"), ("slims-biblio", ".csv")])
def test_cli_import_of_a_file_open_in_excel(cli_db, tmp_path, capsys, monkeypatch, fmt, suffix):
    sheet = tmp_path / f"Data SLiMS{suffix}"
    if suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        book.active.append(["Judul", "Pengarang"])
        book.active.append(["Sejarah Desa", "Ahmad"])
        book.save(sheet)
    else:
        sheet.write_text("title,author\nSejarah Desa,Ahmad\n", encoding="utf-8")
    _held_by_excel(monkeypatch, sheet)
    code, _, err = _cli(capsys, "--db", cli_db, "--user", "admin", "import", fmt, str(sheet))
    assert code == 1 and "open in another program" in err and "Traceback" not in err
    assert "The process cannot access" not in err  # (Windows's own words, in whatever language it speaks)
    monkeypatch.undo()
    from pustaka_desktop.core.service import Library

    lib = Library.open(cli_db)
    try:
        assert Record.select().count() == 0
    finally:
        lib.close()


def test_cli_export_over_a_file_open_in_excel_keeps_the_old_one(cli_db, tmp_path, capsys, monkeypatch):
    target = tmp_path / "katalog.xlsx"
    target.write_bytes(b"the export of last month")
    _held_by_excel(monkeypatch, target)
    code, _, err = _cli(capsys, "--db", cli_db, "--user", "admin", "export", "xlsx", str(target))
    assert code == 1 and "open in another program" in err and "Traceback" not in err
    monkeypatch.undo()
    assert target.read_bytes() == b"the export of last month"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("katalog")) == ["katalog.xlsx"]


def test_cli_logo_picture_open_elsewhere_is_one_line(cli_db, tmp_path, capsys, monkeypatch):
    logo = tmp_path / "logo desa.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    _held_by_excel(monkeypatch, logo)
    code, _, err = _cli(capsys, "--db", cli_db, "--user", "admin", "library-logo", str(logo))
    assert code == 1 and "open in another program" in err


def test_reading_a_picture_open_elsewhere_is_a_validation_error(tmp_path, monkeypatch):
    from pustaka_desktop.core.pictures import read_picture

    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    _held_by_excel(monkeypatch, photo)
    with pytest.raises(ValidationError, match="open in another program"):
        read_picture(photo, "photo")


def test_backup_to_a_write_protected_stick_says_so(lib, librarian, tmp_path, monkeypatch):
    """SQLite would only say "unable to open database file" (shown as "was the stick removed?")."""
    import sqlite3

    from pustaka_desktop.core.store import backup
    from pustaka_desktop.core.store import db as dbmod

    stick = tmp_path / "FLASHDISK"
    stick.mkdir()

    def locked_stick(path, mode="r", *args, **kwargs):
        raise windows_refusal(WRITE_PROTECT, str(path), "The media is write protected")

    def sqlite_on_a_locked_stick(db, target):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(backup, "open", locked_stick, raising=False)
    monkeypatch.setattr(dbmod, "backup", sqlite_on_a_locked_stick)
    with pytest.raises(PustakaError) as caught:
        backup.backup_to(lib, librarian, stick)
    assert "write-protected" in caught.value.message() and "not there any more" not in caught.value.message()
    assert list(stick.iterdir()) == []


def test_cli_folder_typed_with_a_backslash_before_the_quote(cli_db, tmp_path, capsys, monkeypatch):
    """cmd.exe hands ``-o "E:\\Cadangan\\"`` over as ``E:\\Cadangan"``: the folder is meant, not a name
    with a quote in it (which Windows refuses: "was the stick removed?")."""
    monkeypatch.chdir(tmp_path)
    stick = tmp_path / "E:\\Cadangan\\"  # (on Linux the backslashes are letters: this is the folder's name)
    stick.mkdir()
    code, _, err = _cli(capsys, "--db", cli_db, "--user", "admin", "backup", "-o", 'E:\\Cadangan"')
    assert code == 0, err
    assert [p.suffix for p in stick.iterdir()] == [".sqlite3"]


def test_cli_path_split_at_its_spaces_says_to_quote_it(cli_db, capsys):
    with pytest.raises(SystemExit):
        _cli(capsys, "--db", cli_db, "--user", "admin", "import", "csv", "E:\\Data", "SLiMS\\biblio.csv")
    err = capsys.readouterr().err
    assert 'double quotes, like this: "E:\\Data SLiMS\\biblio.csv"' in err


def test_stocktake_scanner_list_open_in_excel_is_said(lib, librarian, tmp_path, monkeypatch):
    from pustaka_desktop.core.catalog import stocktake

    session = stocktake.start(lib, librarian)
    codes = tmp_path / "hasil pindai rak A.csv"
    codes.write_text("B0001\nB0002\n", encoding="utf-8")
    _held_by_excel(monkeypatch, codes)
    with pytest.raises(ValidationError) as caught:
        stocktake.scan_file(lib, librarian, session, codes)
    assert "open in another program" in caught.value.message()
    assert "The process cannot access" not in caught.value.message()  # (Windows's words, in its own language)


def test_an_e_book_open_in_a_pdf_reader_is_said(lib, librarian, tmp_path, monkeypatch):
    from pustaka_desktop.core.catalog import digital

    book = tmp_path / "Modul Bertani Cabai.pdf"
    book.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    real_open = open

    def reader_holds_it(file, *args, **kwargs):
        if str(file) == str(book):
            raise windows_refusal(SHARING_VIOLATION, str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(digital, "open", reader_holds_it, raising=False)
    with pytest.raises(ValidationError) as caught:
        digital.add_document(lib, librarian, book, title="Modul Bertani Cabai")
    assert "open in another program" in caught.value.message() and caught.value.field == "path"


def test_a_bare_refusal_at_the_top_names_both_likely_causes(tmp_path):
    exc = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "rekap.pdf"))
    truthful = faults.explain(exc)
    assert truthful is not None and "open in another program" in truthful.message()
    assert "may not use that folder" in truthful.message()


def test_cli_loan_history_from_a_slims_backup_held_elsewhere(cli_db, tmp_path, capsys, monkeypatch):
    dump = tmp_path / "backup_slims_2025.sql"
    dump.write_text("-- MySQL dump 10.13\nCREATE TABLE `loan` (`loan_id` int);\n", encoding="utf-8")
    _held_by_excel(monkeypatch, dump)
    real_open = open

    def held(file, *args, **kwargs):  # (the dump is read with open(), not Path.open)
        if str(file) == str(dump):
            raise windows_refusal(SHARING_VIOLATION, str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", held)
    code, _, err = _cli(capsys, "--db", cli_db, "--user", "admin", "history-import", str(dump))
    assert code == 1 and "open in another program" in err and "PermissionError" not in err


def test_saving_onto_a_folder_says_it_is_a_folder(tmp_path):
    """(``pustaka-cli labels -o E:\\Label``: Windows would call it "access denied", as if the file were held.)"""
    folder = tmp_path / "Label"
    folder.mkdir()
    (folder / "januari.pdf").write_bytes(b"%PDF")
    with pytest.raises(PustakaError) as caught:
        files.write_bytes(folder, b"%PDF-1.4")
    assert "is a folder" in caught.value.message()
    assert [p.name for p in folder.iterdir()] == ["januari.pdf"]
    assert not (tmp_path / "Label.partial").exists()


def test_a_held_file_is_found_before_a_long_export_is_made(lib, librarian, tmp_path, monkeypatch):
    """Windows: the catalogue is not written out for minutes only to be thrown away at the end; a report is
    not logged as exported when it could not be saved."""
    from pustaka_desktop.core.interop import spreadsheet
    from pustaka_desktop.core.reports import export as report_export
    from pustaka_desktop.core.store.models import AuditLog

    target = tmp_path / "katalog lengkap.xlsx"
    target.write_bytes(b"last month")
    monkeypatch.setattr(files, "_WINDOWS", True)
    real_open = open

    def excel_holds_it(file, mode="r", *args, **kwargs):
        if str(file) == str(target):
            raise windows_refusal(SHARING_VIOLATION, str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(files, "open", excel_holds_it, raising=False)
    progress = []
    with pytest.raises(PustakaError, match="open in another program"):
        spreadsheet.export_xlsx(lib, librarian, target, progress=lambda fraction, text: progress.append(text))
    assert progress == []  # refused before a single record was written out
    assert target.read_bytes() == b"last month"
    assert not (tmp_path / "katalog lengkap.xlsx.partial").exists()

    logged = AuditLog.select().count()
    with pytest.raises(PustakaError, match="open in another program"):
        report_export.save(lib, librarian, {"kind": "monthly"}, target)  # (refused before the data is looked at)
    assert AuditLog.select().count() == logged


def test_a_report_that_could_not_be_saved_is_not_logged_as_exported(lib, librarian, tmp_path, monkeypatch):
    from pustaka_desktop.core.reports import export as report_export
    from pustaka_desktop.core.reports import monthly_data
    from pustaka_desktop.core.reports.period import Period
    from pustaka_desktop.core.store.models import AuditLog

    data = monthly_data(lib, Period.month(2026, 1))

    def locked_stick(path, mode="r", *args, **kwargs):
        raise windows_refusal(WRITE_PROTECT, str(path), "The media is write protected")

    monkeypatch.setattr(files, "open", locked_stick, raising=False)
    logged = AuditLog.select().count()
    with pytest.raises(PustakaError, match="write-protected"):
        report_export.save(lib, librarian, data, tmp_path / "laporan-januari.csv")
    assert AuditLog.select().count() == logged


def test_an_import_into_a_library_opened_by_a_relative_path_checks_its_last_backup(tmp_path, monkeypatch):
    """A script (or a shortcut) opening ``pustaka.sqlite3`` from its own folder: the check whether anything was
    written since the last backup read the backup by a file URI, which a relative path cannot make."""
    from pathlib import Path

    from pustaka_desktop.core import auth, profile
    from pustaka_desktop.core.interop import importer
    from pustaka_desktop.core.service import Library

    monkeypatch.chdir(tmp_path)
    lib = Library.open(Path("pustaka.sqlite3"))
    try:
        profile.init_library(lib, name="Uji", code="UJI", librarian="admin", password="admin123")
        by = auth.Staff(username="admin", role=auth.LIBRARIAN, active=True)
        sheet = Path("buku.csv")
        sheet.write_text("Judul,Pengarang\nLaskar Pelangi,Andrea Hirata\n", encoding="utf-8")
        importer.import_file(lib, by, "csv", sheet)
        sheet.write_text("Judul,Pengarang\nBumi Manusia,Pramoedya Ananta Toer\n", encoding="utf-8")
        second = importer.import_file(lib, by, "csv", sheet)  # (a backup exists: was anything written since?)
        assert second.summary()["records"]["add"] == 1
    finally:
        lib.close()
