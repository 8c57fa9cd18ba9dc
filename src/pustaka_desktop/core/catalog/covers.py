"""A record's cover picture, as patrons see it: on their phones (the web catalogue), on the kiosk and
on the new-arrivals poster. A librarian picks any picture file (a phone photo of the book works); it
is kept as one small JPEG."""

from __future__ import annotations

from .. import auth
from ..pictures import read_picture, small_jpeg  # noqa: F401  (read_picture: callers read covers through here)
from ..service import Library
from ..store import write as store
from ..store.models import Record, Staff

COVER_SIZE = (240, 360)  # width x height: a book stands upright
PICTURE_PATTERNS = "*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff"


def cover_jpeg(data: bytes) -> bytes:
    """Any image file's bytes -> the cover as kept (a JPEG at most 240 x 360), or ValidationError."""
    return small_jpeg(data, COVER_SIZE, "cover")


def cover_of(lib: Library, record: Record) -> bytes | None:
    """The record's cover as saved now (hidden records too: this is the librarian's view)."""
    value = Record.select(Record.cover).where(Record.id == record.id).scalar()
    return bytes(value) if value else None


def records_with_cover(lib: Library) -> int:
    """How many records (not deleted) have a cover picture."""
    return Record.select().where((Record.deleted == False) & Record.cover.is_null(False)).count()  # noqa: E712


def set_cover(lib: Library, by: Staff, record: Record, data: bytes | None) -> None:
    """Give a record a cover from an image file's bytes (librarian), or take it away with ``None``."""
    auth.require(by, "catalog.edit")
    jpeg = cover_jpeg(data) if data else None
    with lib.transaction():
        store.update(lib, record, cover=jpeg)
