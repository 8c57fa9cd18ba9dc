"""What a library keeps, checked on the frozen programs: members moving in with their photos (a phone's JPEG,
a PNG from a phone app, a WebP saved from WhatsApp) printed on their cards, and a backup on the USB stick put
back after a mistake. The picture readers (Pillow's JPEG, PNG and WebP plugins), the card and barcode drawing and
the backup's copy and check all live in the folder: a build that left one out fails here, not at the library.

Standard library only, like check_frozen.py (which calls ``checks``).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import frozen_fixtures

# 24 x 32 pictures as phones and chat apps save them, each its own colour (a card PDF keeps one copy of a
# picture used twice): a lossless WebP and an RGB PNG
WEBP_PHOTO = "UklGRh4AAABXRUJQVlA4TBEAAAAvF8AHAAdQxmoVuf+BiOh/AAA="
PNG_PHOTO = ("iVBORw0KGgoAAAANSUhEUgAAABgAAAAgCAIAAACHPC9vAAAAJ0lEQVR4nGM8Ma2CgRqAiSqmjBo0atCoQaMGjRo0atCoQaMGDbhBAOuD"
             "AhZSX/QWAAAAAElFTkSuQmCC")
MEMBERS = (("K001", "Siti Aminah", "0", "jpg"), ("K002", "Budi Santoso", "1", "png"), ("K003", "Nur Aisyah", "0", "webp"))


def checks(app, home: Path, phone_photo: str) -> Iterator[tuple[str, Callable[[], str]]]:
    """(name, step) pairs for check_frozen's ``check``, on one new library of their own."""
    db = str(home / "kartu.sqlite3")

    def photos_on_cards() -> str:
        app.cli_ok("--db", db, "init", "--library-name", "Perpustakaan Desa Kartu", "--library-code", "KRT",
                   "--librarian", "admin", "--password", "admin12345")
        folder = home / "slims-anggota"
        persons = folder / "images" / "persons"
        persons.mkdir(parents=True)
        pictures = {"jpg": phone_photo, "png": PNG_PHOTO, "webp": WEBP_PHOTO}
        for number, _name, _gender, kind in MEMBERS:
            (persons / f"member_{number}.{kind}").write_bytes(base64.b64decode(pictures[kind]))
        rows = [dict(member_id=number, member_name=name, gender=gender, member_type_name="Umum",
                     member_address="Dusun Krajan RT 01/RW 02", is_new="0", member_image=f"member_{number}.{kind}",
                     member_since_date="2023-02-01", register_date="2023-02-01", expire_date="2028-02-01",
                     birth_date="1990-05-01") for number, name, gender, kind in MEMBERS]
        export = folder / "senayan_member_export.csv"
        export.write_text(frozen_fixtures.slims_csv(frozen_fixtures.MEMBER_COLUMNS, rows), encoding="utf-8")
        said = json.loads(app.cli_ok("--db", db, "members-import", str(export), "--pictures", str(folder / "images"),
                                     "--json"))
        if (said["add"], said["photos"]["attached"], said["photos"]["unreadable"]) != (3, 3, 0):
            raise AssertionError(f"members-import with photos (JPEG, PNG, WebP) said {said}")
        cards = home / "kartu.pdf"
        app.cli_ok("--db", db, "cards", "--select", "all", "-o", str(cards))
        data = cards.read_bytes()
        if not data.startswith(b"%PDF") or data.count(b"/Subtype /Image") < 3:
            raise AssertionError(f"kartu.pdf holds {data.count(b'/Subtype /Image')} pictures, expected the 3 photos")
        return "3 members with a JPEG, a PNG and a WebP photo; their cards carry the 3 photos"

    def members() -> int:
        return json.loads(app.cli_ok("--db", db, "stats", "--json"))["tables"]["member"]

    def backup_and_restore() -> str:
        usb = home / "flashdisk"
        usb.mkdir()
        app.cli_ok("--db", db, "backup", "-o", str(usb))
        copies = list(usb.glob("*.sqlite3"))
        if len(copies) != 1:
            raise AssertionError(f"the USB folder holds {[c.name for c in copies]}")
        # a mistake after the backup: a member registered by accident, then the backup put back
        app.cli_ok("--db", db, "member", "add", "--name", "Salah Ketik", "--type", "Umum", "--number", "K999")
        before = members()
        said = app.cli_ok("--db", db, "restore", "--yes", str(copies[0])).strip().splitlines()[-1]
        if (before, members()) != (4, 3):
            raise AssertionError(f"members before and after the restore: {before}, {members()} (expected 4, 3)")
        return f"{copies[0].name} restored; {said[:80]}"

    yield "member photos (JPEG, PNG, WebP) on their cards", photos_on_cards
    yield "backup to a USB folder and restore", backup_and_restore
