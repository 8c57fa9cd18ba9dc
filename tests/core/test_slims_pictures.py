"""SLiMS's cover pictures come in with its catalogue: the librarian copies SLiMS's ``images`` folder
(covers in ``images/docs``) onto the stick and names it at the import. A cover already chosen here
stays; a missing file or one that is no picture is listed by name and the rest still come in; the
pictures are saved after the import, batch by batch, so importing again adds the ones still missing."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from pustaka_desktop.cli import main
from pustaka_desktop.core import auth
from pustaka_desktop.core.catalog import covers
from pustaka_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Record
from tests.core import interop_fixtures
from tests.core.test_interop_movein import slims9_csv

BOOKS = [
    dict(title="Laskar pelangi", publish_year="2008", authors="<Hirata, Andrea>", image="cover_laskar-pelangi.jpg",
         item_code="<B001>"),
    dict(title="Sang pemimpi", publish_year="2006", authors="<Hirata, Andrea>", image="cover_sang-pemimpi.png",
         item_code="<B002>"),
    dict(title="Ronggeng dukuh paruk", publish_year="1982", authors="<Tohari, Ahmad>", image="cover_ronggeng.jpg",
         item_code="<B003>"),
    dict(title="Bumi manusia", publish_year="1980", authors="<Toer, Pramoedya Ananta>", image="cover_bumi.jpg",
         item_code="<B004>"),
    dict(title="Kisah si kancil", publish_year="1999", image="../../rahasia.jpg", item_code="<B005>"),
    dict(title="Tanpa sampul", publish_year="2001", item_code="<B006>"),
]


def picture(width: int, height: int, kind: str = "JPEG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(out, kind)
    return out.getvalue()


@pytest.fixture
def slims(tmp_path):
    """SLiMS's biblio export and its images folder as copied from the server: covers in docs/."""
    export = tmp_path / "senayan_biblio_export.csv"
    export.write_text(slims9_csv(BOOKS), encoding="utf-8")
    images = tmp_path / "images"
    (images / "docs").mkdir(parents=True)
    (images / "docs" / "cover_laskar-pelangi.jpg").write_bytes(picture(1200, 1800))  # a phone photo
    (images / "docs" / "cover_sang-pemimpi.png").write_bytes(picture(300, 420, "PNG"))
    (images / "docs" / "cover_bumi.jpg").write_bytes(b"<html>404 Not Found</html>")  # a failed download
    (tmp_path / "rahasia.jpg").write_bytes(picture(10, 10))  # outside the folder: never read
    return export, images


def cover_of(title: str) -> bytes | None:
    row = Record.get(Record.title == title)
    return bytes(row.cover) if row.cover else None


def test_covers_come_in_with_the_catalogue(lib, librarian, slims):
    export, images = slims
    plan = importer.import_file(lib, librarian, "slims-biblio", export, pictures=images)
    assert plan.records_add == 6 and plan.applied
    laskar = Image.open(io.BytesIO(cover_of("Laskar pelangi")))
    assert laskar.format == "JPEG" and laskar.size == (240, 360)  # kept small: kilobytes, not megabytes
    assert Image.open(io.BytesIO(cover_of("Sang pemimpi"))).format == "JPEG"
    assert cover_of("Ronggeng dukuh paruk") is None and cover_of("Bumi manusia") is None
    assert cover_of("Kisah si kancil") is None  # a name that leads out of the folder is not followed
    report = plan.covers
    assert (report.named, report.attached, report.kept) == (5, 2, 0)
    assert report.missing == ["cover_ronggeng.jpg", "../../rahasia.jpg"]
    assert report.unreadable == ["cover_bumi.jpg"]
    assert plan.summary()["covers"] == {"named": 5, "attached": 2, "kept": 0, "missing": 2, "unreadable": 1,
                                        "stopped": False}
    lines = report.notes(lambda context, text: text, "covers")
    assert lines[0] == "Cover pictures: 2 of 5 added (0 records kept the cover they had)."
    assert "cover_ronggeng.jpg" in lines[1] and "cover_bumi.jpg" in lines[2]


def test_importing_again_adds_the_missing_and_keeps_the_covers_chosen_here(lib, librarian, slims):
    export, images = slims
    importer.import_file(lib, librarian, "slims-biblio", export, pictures=images)
    mine = picture(50, 80)
    covers.set_cover(lib, librarian, Record.get(Record.title == "Laskar pelangi"), mine)
    chosen = cover_of("Laskar pelangi")
    (images / "cover_ronggeng.jpg").write_bytes(picture(400, 600))  # found later, put in the folder itself
    again = importer.import_file(lib, librarian, "slims-biblio", export, pictures=images)
    assert again.records_add == 0 and again.records_update == 0
    assert (again.covers.attached, again.covers.kept) == (1, 2)
    assert cover_of("Laskar pelangi") == chosen and cover_of("Ronggeng dukuh paruk") is not None


def test_a_dry_run_only_counts_the_pictures(lib, librarian, slims):
    export, images = slims
    plan = importer.import_file(lib, librarian, "slims-biblio", export, pictures=images, dry_run=True)
    assert Record.select().count() == 0
    assert plan.covers.attached == 3 and plan.covers.dry_run  # found (the broken one is only read for real)
    assert plan.covers.notes(lambda c, t: t, "covers")[0] == "Pictures: 3 of the 5 the file names are in the folder."


def test_a_cancel_during_the_pictures_keeps_the_import(lib, librarian, slims):
    export, images = slims

    def cancel() -> bool:  # "Cancel" pressed once the records are saved and the pictures begin
        return not lib.db.in_transaction()

    plan = importer.import_file(lib, librarian, "slims-biblio", export, pictures=images, cancel=cancel)
    assert plan.applied and Record.select().count() == 6
    assert plan.covers.stopped and plan.covers.attached == 0
    assert "import again with the folder" in plan.covers.notes(lambda c, t: t, "covers")[-1]


def test_a_pictures_folder_that_is_not_there_stops_before_anything(lib, librarian, slims, tmp_path):
    export, _ = slims
    with pytest.raises(NotFound) as refused:
        importer.import_file(lib, librarian, "slims-biblio", export, pictures=tmp_path / "E:" / "images")
    assert "is the USB stick in" in refused.value.template and Record.select().count() == 0


def test_a_librarian_gives_a_record_a_cover_or_takes_it_away(lib, librarian, volunteer, slims):
    export, _ = slims
    importer.import_file(lib, librarian, "slims-biblio", export)
    record = Record.get(Record.title == "Tanpa sampul")
    covers.set_cover(lib, librarian, record, picture(3000, 2000, "PNG"))  # a landscape photo of the book
    assert Image.open(io.BytesIO(cover_of("Tanpa sampul"))).size == (240, 160)
    with pytest.raises(ValidationError) as refused:
        covers.set_cover(lib, librarian, record, b"%PDF-1.4 not a picture")
    assert refused.value.field == "cover" and cover_of("Tanpa sampul") is not None
    with pytest.raises(PermissionDenied):
        covers.set_cover(lib, volunteer, record, None)
    covers.set_cover(lib, librarian, record, None)
    assert cover_of("Tanpa sampul") is None
    assert auth.VOLUNTEER not in auth.PERMISSIONS["catalog.edit"]


def test_the_cli_imports_with_the_pictures_folder(tmp_path, slims, capsys):
    export, images = slims
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--lang", "en", "--db", db, "init", "--library-name", "Uji", "--library-code", "UJI",
                 "--librarian", "budi", "--password", "rahasia1"]) == 0
    capsys.readouterr()
    code = main(["--lang", "en", "--db", db, "import", "slims-biblio", str(export), "--pictures", str(images)])
    out = capsys.readouterr().out
    assert code == 0 and "Cover pictures: 2 of 5 added" in out and "cover_ronggeng.jpg" in out
    code = main(["--lang", "en", "--db", db, "import", "slims-biblio", str(export), "--pictures", str(images / "docs"),
                 "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out)["covers"]["kept"] == 2


def test_a_slims_backup_brings_its_covers_too(lib, librarian, tmp_path):
    from tests.core.test_interop_slims_backup import BIBLIO, write_dump

    biblio = [dict(b, image="cover_laskar-pelangi.jpg") if b["biblio_id"] == 1 else b for b in BIBLIO]
    dump = write_dump(tmp_path / "backup_20261201_100000.sql", biblio=biblio)
    docs = tmp_path / "docs"  # only SLiMS's docs folder was copied
    docs.mkdir()
    (docs / "cover_laskar-pelangi.jpg").write_bytes(picture(600, 900))
    records, copies = importer.import_slims_backup(lib, librarian, dump, pictures=docs)
    assert records.covers.attached == 1 and records.covers.named == 1 and copies.covers is None
    assert cover_of("Laskar Pelangi") is not None


def backup_with_member_photos(tmp_path, monkeypatch):
    """A SLiMS backup whose two members name their photos, and its images folder with the first one's."""
    from tests.core import test_interop_slims_backup as backup_test

    monkeypatch.setattr(backup_test, "MEMBERS", [dict(m, member_image=f"member_{m['member_id']}.jpg")
                                                 for m in backup_test.MEMBERS])
    dump = backup_test.write_dump(tmp_path / "backup_20261201_100000.sql")
    images = tmp_path / "images"
    (images / "persons").mkdir(parents=True)
    (images / "persons" / "member_M001.jpg").write_bytes(picture(900, 1200))
    return dump, images


def test_member_photos_come_in_with_the_members(lib, librarian, tmp_path, monkeypatch):
    from pustaka_desktop.core.interop import member_import
    from pustaka_desktop.core.store.models import Member

    dump, images = backup_with_member_photos(tmp_path, monkeypatch)
    result = member_import.import_members(lib, librarian, dump, pictures=images)
    photo = Member.get(Member.number == "M001").photo
    assert Image.open(io.BytesIO(bytes(photo))).size == (240, 320)
    assert Member.get(Member.number == "M002").photo is None
    assert (result.photos.attached, result.photos.missing) == (1, ["member_M002.jpg"])
    assert "Member photos: 1 of 2 added" in "\n".join(result.notes(lambda c, t: t))
    assert result.summary()["photos"]["attached"] == 1


def test_member_photos_from_slims_members_csv(lib, librarian, tmp_path):
    from pustaka_desktop.core.interop import member_import
    from pustaka_desktop.core.store.models import Member
    from tests.core.test_slims_members import SLIMS_EXPORT

    export = tmp_path / "members.csv"
    export.write_text(SLIMS_EXPORT, encoding="utf-8")  # Budi's row names budi.jpg
    persons = tmp_path / "persons"
    persons.mkdir()
    (persons / "budi.jpg").write_bytes(picture(300, 400))
    result = member_import.import_members(lib, librarian, export, pictures=persons)
    assert result.photos.named == 1 and result.photos.attached == 1
    assert Member.get(Member.number == "M0002").photo is not None


empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture


def test_covers_survive_the_round_trip_through_slims(lib, librarian, slims, tmp_path, empty_lib_factory):
    """Ours -> SLiMS biblio CSV with the covers in a folder (SLiMS's images/docs) -> another library."""
    from pustaka_desktop.core.interop import slims as slims_csv

    export, images = slims
    importer.import_file(lib, librarian, "slims-biblio", export, pictures=images)
    out = tmp_path / "keluar"
    assert slims_csv.export_biblio(lib, librarian, tmp_path / "biblio.csv", pictures=out / "docs") == 6
    assert sorted(p.name for p in (out / "docs").iterdir()) == [
        f"cover_{Record.get(Record.title == t).id}.jpg" for t in ("Laskar pelangi", "Sang pemimpi")]
    other, by = empty_lib_factory()
    plan = importer.import_file(other, by, "slims-biblio", tmp_path / "biblio.csv", pictures=out)
    assert plan.covers.attached == 2 and not plan.covers.missing
    came = Record.get(Record.title == "Laskar pelangi")
    assert Image.open(io.BytesIO(bytes(came.cover))).size == (240, 360)
    assert Record.get(Record.title == "Tanpa sampul").cover is None


def test_the_cli_exports_the_covers_and_says_when_the_folder_cannot_be_made(lib, librarian, slims, tmp_path, capsys):
    export, images = slims
    importer.import_file(lib, librarian, "slims-biblio", export, pictures=images)
    lib.close()
    db = str(tmp_path / "library.sqlite3")
    in_the_way = tmp_path / "sampul"
    in_the_way.write_text("a file where the folder would go")
    code = main(["--lang", "en", "--db", db, "export", "slims-biblio", str(tmp_path / "b.csv"), "--pictures",
                 str(in_the_way / "docs")])
    assert code == 1 and "Traceback" not in capsys.readouterr().err
    code = main(["--lang", "en", "--db", db, "export", "slims-biblio", str(tmp_path / "b.csv"), "--pictures",
                 str(tmp_path / "images-out")])
    assert code == 0 and len(list((tmp_path / "images-out").iterdir())) == 2


def test_the_covers_folder_chosen_finds_the_member_photos_beside_it(tmp_path):
    """The wizard's folder was images/docs (for the covers); the members that follow find their photos
    in images/persons beside it."""
    from pustaka_desktop.core.interop import slims_pictures

    (tmp_path / "images" / "docs").mkdir(parents=True)
    (tmp_path / "images" / "persons").mkdir()
    (tmp_path / "images" / "persons" / "m1.jpg").write_bytes(b"x")
    docs = tmp_path / "images" / "docs"
    assert slims_pictures.find(docs, "m1.jpg", slims_pictures.PHOTOS) == tmp_path / "images" / "persons" / "m1.jpg"
    assert slims_pictures.find(docs, "../persons/m1.jpg", slims_pictures.PHOTOS) is None
    assert slims_pictures.find(tmp_path / "images", "m1.jpg", slims_pictures.PHOTOS) is not None


def test_a_big_phone_photo_is_taken_and_a_huge_png_is_not(monkeypatch):
    """A JPEG opens at a fraction of its size, so today's 50- and 108-megapixel phone photos make a
    cover; a picture that would stay huge once opened (a PNG scan) is refused before it is decoded."""
    from pustaka_desktop.core import pictures

    monkeypatch.setattr(pictures, "MAX_PIXELS", 1_000_000)  # (the same rule, with small pictures)
    cover = covers.cover_jpeg(picture(2000, 1000))  # 2 megapixels: opened at half size
    assert Image.open(io.BytesIO(cover)).size == (240, 120)
    with pytest.raises(ValidationError):
        covers.cover_jpeg(picture(2000, 1000, "PNG"))
