"""SLiMS's attached files (Bibliography → File Attachment, kept in its ``repository`` folder) go on the
digital shelf of their records when the backup comes in with the folder. What cannot go on an open
shelf (a file SLiMS showed only to signed-in members, a web link, a picture or a Word file, a file not
in the folder, a record not here) is listed by name; importing again adds nothing twice."""

from __future__ import annotations

import io
import zipfile

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.catalog import digital
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import DigitalFile, Record
from tests.core.test_interop_slims_backup import write_dump
from tests.core.test_slims_pictures import picture

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def epub() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:  # (a fixed date: the same bytes every time it is made)
        book.writestr(zipfile.ZipInfo("mimetype", (2020, 1, 1, 0, 0, 0)), "application/epub+zip")
        book.writestr(zipfile.ZipInfo("META-INF/container.xml", (2020, 1, 1, 0, 0, 0)), "<container/>")
    return out.getvalue()


# files: file_id, file_title, file_name, file_url, file_dir, mime_type, file_desc, file_key, uploader_id,
# input_date, last_update; biblio_attachment: biblio_id, file_id, placement, access_type, access_limit
FILES = [
    (1, "Panduan membaca", "panduan_membaca.pdf", "", "", "application/pdf", "", "", 1, "2020-01-01", "2020-01-01"),
    (2, "Dongeng Jawa", "dongeng.epub", "", "2019", "application/epub+zip", "", "", 1, "2020-01-01", "2020-01-01"),
    (3, "Soal ujian", "soal_ujian.pdf", "", "", "application/pdf", "", "", 1, "2020-01-01", "2020-01-01"),
    (4, "Foto sampul", "foto.jpg", "", "", "image/jpeg", "", "", 1, "2020-01-01", "2020-01-01"),
    (5, "Hilang", "hilang.pdf", "", "", "application/pdf", "", "", 1, "2020-01-01", "2020-01-01"),
    (6, "BSE Kelas 4", "", "https://buku.kemdikbud.go.id/bse-4", "", "text/uri-list", "", "", 1, "2020-01-01",
     "2020-01-01"),
    (7, "Lain", "lain.pdf", "", "", "application/pdf", "", "", 1, "2020-01-01", "2020-01-01"),
    (8, "Keluar", "keluar.pdf", "", "../..", "application/pdf", "", "", 1, "2020-01-01", "2020-01-01"),
]
ATTACHED = [(1, 1, "link", "public", None), (2, 2, "popup", "public", None), (5, 3, "link", "private", None),
            (5, 4, "embed", "public", None), (7, 5, "link", "public", None), (7, 6, "link", "public", None),
            (99, 7, "link", "public", None), (1, 8, "link", "public", None)]


def slims_with_repository(tmp_path):
    dump = write_dump(tmp_path / "backup_20261201_100000.sql",
                      extra={"files": FILES, "biblio_attachment": ATTACHED})
    repository = tmp_path / "repository"
    (repository / "2019").mkdir(parents=True)
    (repository / "panduan_membaca.pdf").write_bytes(PDF)
    (repository / "2019" / "dongeng.epub").write_bytes(epub())
    (repository / "soal_ujian.pdf").write_bytes(PDF + b"% private\n")
    (repository / "foto.jpg").write_bytes(picture(40, 60))
    (repository / "lain.pdf").write_bytes(PDF + b"% other\n")
    (tmp_path / "keluar.pdf").write_bytes(PDF + b"% outside\n")  # where ../.. would lead: never read
    return dump, repository


def shelf_titles() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in DigitalFile.select(DigitalFile, Record).join(Record).where(DigitalFile.deleted == False):  # noqa: E712
        out.setdefault(row.record.title, []).append(row.file_name)
    return out


def test_a_backups_attached_files_go_on_the_digital_shelf(lib, librarian, tmp_path):
    dump, repository = slims_with_repository(tmp_path)
    records, _ = importer.import_slims_backup(lib, librarian, dump, repository=repository)
    assert shelf_titles() == {"Laskar Pelangi": ["panduan_membaca.pdf"],
                              'Kisah "Si Kancil" dan Buaya': ["dongeng.epub"]}
    report = records.shelf
    assert (report.named, report.attached, report.already) == (8, 2, 0)
    assert report.private == ["soal_ujian.pdf"] and report.not_shelf == ["foto.jpg"]
    assert report.missing == ["hilang.pdf", "keluar.pdf"] and report.links == ["https://buku.kemdikbud.go.id/bse-4"]
    assert report.no_record == ["lain.pdf"]
    assert records.summary()["digital_shelf"]["attached"] == 2
    lines = report.notes(lambda context, text: text)
    assert lines[0] == "Digital shelf: 2 of SLiMS's 8 attached files added (0 were on the shelf already)."
    assert any("signed-in members only" in line and "soal_ujian.pdf" in line for line in lines)
    path = digital.file_path(lib, DigitalFile.get(DigitalFile.file_name == "dongeng.epub"))
    assert path.read_bytes() == epub()


def test_importing_the_backup_again_adds_no_file_twice(lib, librarian, tmp_path):
    dump, repository = slims_with_repository(tmp_path)
    importer.import_slims_backup(lib, librarian, dump, repository=repository)
    again, _ = importer.import_slims_backup(lib, librarian, dump, repository=repository)
    assert (again.shelf.attached, again.shelf.already) == (0, 2)
    assert DigitalFile.select().count() == 2


def test_a_dry_run_counts_the_files_and_puts_none_on_the_shelf(lib, librarian, tmp_path):
    dump, repository = slims_with_repository(tmp_path)
    records, _ = importer.import_slims_backup(lib, librarian, dump, repository=repository, dry_run=True)
    assert records.shelf.attached == 3 and DigitalFile.select().count() == 0  # lain.pdf's record is checked later
    assert records.shelf.notes(lambda c, t: t)[0] == "Digital shelf: 3 of SLiMS's 8 attached files would be added."


def test_the_cli_takes_the_repository_folder(tmp_path, capsys):
    dump, repository = slims_with_repository(tmp_path)
    db = str(tmp_path / "baru.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "Baru", "--library-code", "BR",
                     "--librarian", "budi", "--password", "rahasia1"]) == 0
    code = cli_main(["--lang", "en", "--db", db, "import", "slims-sql", str(dump), "--repository", str(repository)])
    out = capsys.readouterr().out
    assert code == 0 and "Digital shelf: 2 of SLiMS's 8 attached files added" in out and "foto.jpg" in out
    code = cli_main(["--lang", "en", "--db", db, "import", "slims-sql", str(dump), "--repository",
                     str(tmp_path / "not-there")])
    assert code == 1 and "is the USB stick in" in capsys.readouterr().err
