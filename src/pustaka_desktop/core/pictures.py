"""Pictures as the library keeps them: any image file a person picks (a phone photo, a scan, SLiMS's
covers and member photos) made into one small upright JPEG, so that the database, the sync bundles
and the patrons' phones carry kilobytes, not megabytes."""

from __future__ import annotations

import io
from pathlib import Path

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .store.files import explain_os_error

# A picture that would still be bigger than this once opened is refused before it is decoded: a huge
# PNG scan, or a file made to blow up, would take the old PC's memory. A JPEG opens at a fraction of
# its size (``draft``), so a 108-megapixel phone photo is fine.
MAX_PIXELS = 40_000_000
NOT_A_PICTURE = QT_TRANSLATE_NOOP("Errors", "That file is not a picture this program can read.")
MAX_FILE = 30 * 1024 * 1024  # a "picture" larger than this is none (a video, a disk image)


def read_picture(path: str | Path, field: str = "cover") -> bytes:
    """The bytes of a picture file the librarian chose (a cover, a member's photo, a logo), or
    ValidationError naming what is wrong: too big to be a picture, open in another program, not there."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE:
            raise ValidationError(NOT_A_PICTURE, field=field)
        return path.read_bytes()
    except FileNotFoundError:  # (its own words, which say it: a picture on a stick not put in yet)
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read (is the USB stick in?)."),
                              field=field, path=str(path)) from None
    except OSError as exc:  # open in another program, not allowed
        raise (explain_os_error(exc, path, writing=False, kind=ValidationError) or ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read (is the USB stick in?)."),
            field=field, path=str(path))) from None


def on_white(image):
    """``image`` as RGB, what was transparent made white: a photo whose background was cut away in a phone app
    (a PNG), or a logo, would otherwise come out on black, and a card or label prints it so."""
    from PIL import Image

    if image.mode == "P" and "transparency" in image.info or image.mode in ("LA", "PA"):
        image = image.convert("RGBA")
    if image.mode != "RGBA":
        return image.convert("RGB")
    ground = Image.new("RGB", image.size, (255, 255, 255))
    ground.paste(image, mask=image.getchannel("A"))
    return ground


def small_jpeg(data: bytes, size: tuple[int, int], field: str) -> bytes:
    """``data`` (any image file's bytes) as a JPEG at most ``size`` (width, height), turned upright as
    the camera held it; ValidationError naming ``field`` when it is no picture."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", size)  # a JPEG decodes at a fraction of its size: much faster for big photos
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(NOT_A_PICTURE, field=field)
            image = ImageOps.exif_transpose(image)
            image = on_white(image)
            image.thumbnail(size)
            out = io.BytesIO()
            image.save(out, "JPEG", quality=82, optimize=True)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(NOT_A_PICTURE, field=field) from None
    return out.getvalue()
