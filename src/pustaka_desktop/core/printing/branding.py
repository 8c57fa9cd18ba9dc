"""The library's logo, printed on member cards (stored on the synced LibraryProfile)."""

from __future__ import annotations

import io

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from .. import auth
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.models import Staff

MAX_LOGO_PX = 400


def logo_png(data: bytes) -> bytes:
    """Any picture file's bytes as a small PNG (transparency kept)."""
    try:
        picture = PILImage.open(io.BytesIO(data))
        picture.load()
    except (UnidentifiedImageError, OSError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That file is not a picture I can read."),
                              field="logo") from None
    picture = picture.convert("RGBA")
    picture.thumbnail((MAX_LOGO_PX, MAX_LOGO_PX))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def set_logo(lib: Library, by: Staff, data: bytes | None) -> None:
    """Set (or with ``None`` remove) the logo."""
    auth.require(by, "settings.edit")
    profile = lib.profile
    logo = logo_png(data) if data else None
    with lib.transaction():
        store.update(lib, profile, logo=logo)
        auth.audit(lib, by, "settings.logo", "library_profile", profile.uid, removed=logo is None)
