"""INLISLite's digital content (``catalogfiles``, kept in its ``uploaded_files/dokumen_isi/<worksheet>/`` folder) onto
the digital shelf of the records its backup brought: ``import inlislite-sql BACKUP.sql --repository FOLDER``."""

from __future__ import annotations

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.catalog import digital
from pustaka_desktop.core.interop import importer, inlislite_backup, slims_files
from pustaka_desktop.core.store.models import Record
from tests.core import inlislite_backup_sample as sample
from tests.core.test_slims_files import PDF
from tests.core.test_slims_pictures import picture


def _backup_and_folder(tmp_path):
    data = sample.tables()
    data["catalogfiles"] = [
        {"ID": 1, "Catalog_id": 14, "FileURL": "budidaya-lele.pdf", "IsPublish": 1},
        {"ID": 2, "Catalog_id": 12, "FileURL": "laskar-sinopsis.pdf", "IsPublish": 0},  # (not published)
        {"ID": 3, "Catalog_id": 13, "FileURL": "riyadh.pdf", "IsPublish": 1},  # (not in the folder copied)
        {"ID": 4, "Catalog_id": 15, "FileURL": "peta.jpg", "IsPublish": 1}]
    backup = sample.write(tmp_path / "backup.sql", data)
    folder = tmp_path / "uploaded_files"
    (folder / "dokumen_isi" / "monograf").mkdir(parents=True)
    (folder / "dokumen_isi" / "monograf" / "budidaya-lele.pdf").write_bytes(PDF)
    (folder / "dokumen_isi" / "monograf" / "laskar-sinopsis.pdf").write_bytes(PDF)
    (folder / "dokumen_isi" / "bahan_kartografis").mkdir()
    (folder / "dokumen_isi" / "bahan_kartografis" / "peta.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a book")
    (folder / "sampul_koleksi" / "original" / "monograf").mkdir(parents=True)  # (the lele book's cover, lele.jpg)
    (folder / "sampul_koleksi" / "original" / "monograf" / "lele.jpg").write_bytes(picture(600, 900))
    return backup, folder


def _shelf(lib, title: str) -> list:
    return digital.files_of(lib, Record.get(Record.title == title).id)


def test_the_backups_published_files_go_on_the_shelf_of_their_records(lib, librarian, tmp_path):
    backup, folder = _backup_and_folder(tmp_path)
    plan = importer.import_inlislite_backup(lib, librarian, backup, repository=folder)
    shelf = plan.shelf
    assert (shelf.named, shelf.attached, shelf.missing, shelf.private, shelf.not_shelf) == (
        4, 1, ["riyadh.pdf"], ["laskar-sinopsis.pdf"], ["peta.jpg"])
    assert len(_shelf(lib, "Budidaya ikan lele di kolam terpal")) == 1 and _shelf(lib, "Laskar pelangi") == []
    lines = shelf.notes(lambda context, text: text)
    assert lines[0].startswith("Digital shelf: 1 of INLISLite's 4") and any("Not published" in line for line in lines)
    assert inlislite_backup.NOT_BROUGHT_SAID["files"] not in {n.template for n in plan.notices}  # (the shelf says)
    # the cover INLISLite showed, from its sampul_koleksi folder
    assert (plan.covers.named, plan.covers.attached) == (1, 1)
    assert Record.get(Record.title == "Budidaya ikan lele di kolam terpal").cover is not None
    assert inlislite_backup.NOT_BROUGHT_SAID["covers"] not in {n.template for n in plan.notices}
    again = importer.import_inlislite_backup(lib, librarian, backup, repository=folder)
    assert (again.shelf.attached, again.shelf.already, again.covers.kept) == (0, 1, 1)  # (never twice)
    assert slims_files.ShelfReport().system == "SLiMS"  # (SLiMS's attachments keep their own words)


def test_the_cli_takes_inlislites_folder(tmp_path, capsys, monkeypatch):
    backup, folder = _backup_and_folder(tmp_path)
    db = str(tmp_path / "baru.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "Baru", "--library-code", "BR",
                     "--librarian", "budi", "--password", "rahasia1"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    assert cli_main(["--lang", "en", "--db", db, "--user", "budi", "import", "inlislite-sql", str(backup),
                     "--repository", str(folder)]) == 0
    assert "Digital shelf: 1 of INLISLite's 4 digital files added" in capsys.readouterr().out


def test_a_dry_run_counts_the_covers_in_the_folder(lib, librarian, tmp_path):
    backup, folder = _backup_and_folder(tmp_path)
    plan = importer.import_inlislite_backup(lib, librarian, backup, repository=folder, dry_run=True)
    assert (plan.covers.named, plan.covers.attached, plan.covers.dry_run) == (1, 1, True)
    assert Record.select().count() == 0
