"""Promotion posters: "new arrivals" (with covers when the records have them) and a programme poster
(title, date, place, partners, an optional QR code for a link). Each is laid out once as elements
and rendered either to PDF (reportlab) or to PNG (Pillow, with the same font file), so the PNG for
social media matches the printed poster.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageDraw

from .. import auth
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.clock import local_today
from ..store.files import write_bytes
from ..store.models import Item, Record, Staff
from .document import Document, pdf_bytes
from .fonts import draw_text_png
from .layout import (
    Box,
    Element,
    Image,
    Line,
    Rect,
    Text,
    Translate,
    fit_line,
    fit_paragraph,
    no_translation,
    text_extents_mm,
)
from .selection import main_author

# Paper (A4, A3) and posts to share: a square post and a tall phone "story" / WhatsApp status, both
# 1080 pixels wide as PNG (drawn in millimetres like the paper sizes, so one layout serves all).
SIZES = {"a4": (210.0, 297.0), "a3": (297.0, 420.0), "square": (180.0, 180.0), "story": (180.0, 320.0)}
GRID = {"a4": (3, 4), "a3": (4, 5), "square": (3, 2), "story": (2, 4)}
POST_WIDTH_PX = {"square": 1080, "story": 1080}
FORMATS = ("pdf", "png")
PNG_DPI = 150
BAND = (0.07, 0.33, 0.42)
ACCENT = (0.96, 0.65, 0.14)
WHITE = (1.0, 1.0, 1.0)
GREY = (0.35, 0.35, 0.35)
PALE = (0.93, 0.95, 0.96)


@dataclass(frozen=True)
class Arrival:
    title: str
    author: str
    call_number: str
    cover: bytes | None


def new_arrivals(lib: Library, days: int = 30, limit: int = 20) -> list[Arrival]:
    """Records with copies received in the last ``days`` days, newest first (an undated copy came with a
    move-in: the old system's books are not new arrivals)."""
    since = local_today(lib.clock) - timedelta(days=max(0, days - 1))
    query = (Item.select(Item, Record).join(Record)
             .where((Item.deleted == False) & (Record.deleted == False) & (Record.hidden == False)  # noqa: E712
                    & (Item.received_on >= since))
             .order_by(Item.received_on.desc(), Item.id.desc()).limit(limit * 20))
    seen: set[int] = set()
    out: list[Arrival] = []
    for item in query:
        if item.record_id in seen:
            continue
        seen.add(item.record_id)
        out.append(Arrival(item.record.title, main_author(item.record), item.call_number, item.record.cover))
        if len(out) >= limit:
            break
    return out


def poster_header(W: float, library_name: str, title: str, subtitle: str) -> tuple[list[Element], float]:
    band_h = W * 0.2
    pad = W * 0.05
    out: list[Element] = [Rect(Box(0, 0, W, band_h), fill=BAND, stroke=None),
                          Rect(Box(0, band_h, W, W * 0.012), fill=ACCENT, stroke=None)]
    out.append(fit_line(library_name, Box(pad, band_h * 0.1, W - 2 * pad, band_h * 0.17), max_size=40,
                        color=WHITE))
    out.append(fit_line(title, Box(pad, band_h * 0.3, W - 2 * pad, band_h * 0.42), style="bold", max_size=120,
                        color=WHITE))
    out.append(fit_line(subtitle, Box(pad, band_h * 0.76, W - 2 * pad, band_h * 0.15), max_size=40, color=WHITE))
    return out, band_h + W * 0.012


def new_arrivals_elements(arrivals: list[Arrival], library_name: str, footer: str, size: str = "a4",
                          translate: Translate = no_translation) -> list[Element]:
    W, H = SIZES[size]
    columns, rows = GRID[size]
    out, top = poster_header(W, library_name, translate("Printing", "New arrivals"),
                       translate("Printing", "Come and borrow them at the library"))
    pad = W * 0.05
    footer_h = H * 0.05
    gap = W * 0.025
    area = Box(pad, top + gap, W - 2 * pad, H - top - gap - footer_h - gap)
    cell_w = (area.w - (columns - 1) * gap) / columns
    cell_h = (area.h - (rows - 1) * gap) / rows
    for index, arrival in enumerate(arrivals[:columns * rows]):
        row, column = divmod(index, columns)
        x, y = area.x + column * (cell_w + gap), area.y + row * (cell_h + gap)
        cover = Box(x + cell_w * 0.2, y, cell_w * 0.6, cell_h * 0.62)
        if arrival.cover:
            out.append(Image(cover, arrival.cover))
        else:  # a plain "book" with the title on it
            out.append(Rect(cover, fill=PALE, stroke=BAND, width=0.4, radius=1.0))
            out.append(Rect(Box(cover.x, cover.y, cover.w * 0.08, cover.h), fill=BAND, stroke=None))
            inner = Box(cover.x + cover.w * 0.14, cover.y + cover.h * 0.1, cover.w * 0.78, cover.h * 0.8)
            out.extend(fit_paragraph(arrival.title, inner, style="bold", max_size=16, min_size=6, align="center"))
        text_y = y + cell_h * 0.65
        title_lines = fit_paragraph(arrival.title, Box(x, text_y, cell_w, cell_h * 0.2), style="bold", max_size=11,
                                    min_size=6, leading=1.1, align="center")
        out.extend(title_lines)
        out.append(fit_line(arrival.author, Box(x, y + cell_h * 0.86, cell_w, cell_h * 0.07), max_size=9,
                            align="center", color=GREY))
        out.append(fit_line(arrival.call_number, Box(x, y + cell_h * 0.93, cell_w, cell_h * 0.07), max_size=9,
                            align="center", color=GREY))
    out.append(Line(pad, H - footer_h - gap / 2, W - pad, H - footer_h - gap / 2, width=0.3, color=BAND))
    out.append(fit_line(footer, Box(pad, H - footer_h, W - 2 * pad, footer_h * 0.45), max_size=14, align="center",
                        color=GREY))
    return out


@dataclass(frozen=True)
class Programme:
    title: str
    when: str
    place: str
    description: str = ""
    partners: tuple[str, ...] = ()
    link: str = ""


def qr_png(link: str) -> bytes:
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4, box_size=10)
    code.add_data(link)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(buffer, format="PNG")
    return buffer.getvalue()


def programme_elements(programme: Programme, library_name: str, footer: str, size: str = "a4",
                       translate: Translate = no_translation) -> list[Element]:
    if not programme.title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The poster needs a title."), field="title")
    W, H = SIZES[size]
    out, top = poster_header(W, library_name, translate("Printing", "You are invited!"),
                       translate("Printing", "A community programme at the library"))
    pad = W * 0.07
    y = top + W * 0.06
    title_box = Box(pad, y, W - 2 * pad, H * 0.2)
    title = fit_paragraph(programme.title, title_box, style="bold", max_size=64, min_size=18, leading=1.1)
    out.extend(title)
    y = (title[-1].box.bottom if title else y) + H * 0.035
    for label, value in ((translate("Printing", "When"), programme.when),
                         (translate("Printing", "Where"), programme.place)):
        if value.strip():
            out.append(fit_line(label, Box(pad, y, W * 0.22, H * 0.03), style="bold", max_size=26, color=BAND))
            out.append(fit_line(value, Box(pad + W * 0.24, y, W - 2 * pad - W * 0.24, H * 0.03), max_size=26))
            y += H * 0.045
    qr_size = W * 0.26 if programme.link else 0.0
    bottom = H - H * 0.07 - (qr_size + H * 0.05 if programme.link else 0)
    if programme.description.strip():
        y += H * 0.01
        out.extend(fit_paragraph(programme.description, Box(pad, y, W - 2 * pad, max(H * 0.05, bottom - y - H * 0.1)),
                                 max_size=20, min_size=8))
    if programme.partners:
        partners = translate("Printing", "Together with: {partners}").format(partners=", ".join(programme.partners))
        out.extend(fit_paragraph(partners, Box(pad, bottom - H * 0.08, W - 2 * pad, H * 0.07), style="italic",
                                 max_size=16, min_size=7, color=GREY))
    if programme.link:
        qr_box = Box(W - pad - qr_size, H - H * 0.07 - qr_size - H * 0.03, qr_size, qr_size)
        out.append(Image(qr_box, qr_png(programme.link)))
        out.append(fit_line(translate("Printing", "Scan for details:"),
                            Box(pad, qr_box.y + qr_size * 0.35, qr_box.x - pad - W * 0.03, H * 0.025), style="bold",
                            max_size=16, align="right"))
        out.append(fit_line(programme.link, Box(pad, qr_box.y + qr_size * 0.35 + H * 0.03,
                                                qr_box.x - pad - W * 0.03, H * 0.02), max_size=12, align="right",
                            color=GREY))
    out.append(Rect(Box(0, H - H * 0.05, W, H * 0.05), fill=BAND, stroke=None))
    out.append(fit_line(footer, Box(pad, H - H * 0.04, W - 2 * pad, H * 0.03), max_size=14, align="center",
                        color=WHITE))
    return out


# --- output --------------------------------------------------------------------------------------


def poster_document(elements: list[Element], size: str, title: str) -> Document:
    W, H = SIZES[size]
    document = Document(title)
    document.new_page(W, H).draw(elements)
    return document


def render_pdf(elements: list[Element], size: str, title: str) -> bytes:
    return pdf_bytes(poster_document(elements, size, title))


def _rgb(color: tuple[float, float, float]) -> tuple[int, int, int]:
    return tuple(int(round(c * 255)) for c in color)  # type: ignore[return-value]


def render_png(elements: list[Element], size: str, dpi: int = PNG_DPI) -> bytes:
    """The same layout drawn with Pillow (no PDF renderer needed, works on every PC)."""
    W, H = SIZES[size]
    k = dpi / 25.4
    image = PILImage.new("RGB", (round(W * k), round(H * k)), "white")
    draw = ImageDraw.Draw(image)
    for e in elements:
        if isinstance(e, Rect):
            box = [e.box.x * k, e.box.y * k, e.box.right * k, e.box.bottom * k]
            width = max(1, round(e.width * k)) if e.stroke is not None else 0
            kwargs = {"fill": _rgb(e.fill) if e.fill else None,
                      "outline": _rgb(e.stroke) if e.stroke else None, "width": width}
            if e.radius:
                draw.rounded_rectangle(box, radius=e.radius * k, **kwargs)
            else:
                draw.rectangle(box, **kwargs)
        elif isinstance(e, Line):
            draw.line([e.x1 * k, e.y1 * k, e.x2 * k, e.y2 * k], fill=_rgb(e.color), width=max(1, round(e.width * k)))
        elif isinstance(e, Text):
            if not e.text:
                continue
            ink = e.ink
            ascent, _ = text_extents_mm(e.text, e.style, e.size)
            draw_text_png(draw, ink.x * k, (ink.y + ascent) * k, e.text, e.style, max(1.0, e.size * dpi / 72),
                          _rgb(e.color))
        elif isinstance(e, Image):
            try:
                picture = PILImage.open(io.BytesIO(e.data)).convert("RGBA")
            except Exception:
                continue
            # transparent parts (a logo's background) on white, not black
            picture = PILImage.alpha_composite(PILImage.new("RGBA", picture.size, "white"), picture).convert("RGB")
            scale = min(e.box.w * k / picture.width, e.box.h * k / picture.height)
            size_px = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
            picture = picture.resize(size_px, PILImage.Resampling.LANCZOS)
            image.paste(picture, (round(e.box.x * k + (e.box.w * k - size_px[0]) / 2),
                                  round(e.box.y * k + (e.box.h * k - size_px[1]) / 2)))
        else:
            raise TypeError(f"posters cannot draw {type(e).__name__}")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi), optimize=True)
    return buffer.getvalue()


def output_format(path: str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Save the poster as a .pdf or a .png file."), field="path")
    return suffix


def library_footer(lib: Library) -> tuple[str, str]:
    profile = lib.profile
    if profile is None:
        return "", ""
    parts = [profile.address, profile.village, profile.kabupaten, profile.phone]
    return profile.name, " · ".join(p for p in parts if p)


def png_dpi(size: str) -> float:
    """Posts are exactly 1080 pixels wide; paper sizes print at PNG_DPI."""
    return POST_WIDTH_PX[size] * 25.4 / SIZES[size][0] if size in POST_WIDTH_PX else PNG_DPI


def logo_elements(lib: Library, size: str) -> list[Element]:
    """The library's logo on a white tile at the right of the header band (when it has one)."""
    profile = lib.profile
    if profile is None or not profile.logo:
        return []
    W = SIZES[size][0]
    side = W * 0.13
    box = Box(W - W * 0.05 - side, W * 0.035, side, side)
    return [Rect(Box(box.x - 1, box.y - 1, side + 2, side + 2), fill=WHITE, stroke=None, radius=1.5),
            Image(box, profile.logo)]


def write_poster(elements: list[Element], size: str, path: str, title: str) -> bytes:
    data = (render_png(elements, size, png_dpi(size)) if output_format(path) == "png"
            else render_pdf(elements, size, title))
    write_bytes(path, data)
    return data


def check_size(size: str) -> None:
    if size not in SIZES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown paper size {size}."), field="size", size=size)


def new_arrivals_layout(lib: Library, days: int = 30, size: str = "a4",
                        translate: Translate = no_translation) -> tuple[list[Element], int]:
    """The poster's elements and how many books it shows."""
    check_size(size)
    columns, rows = GRID[size]
    arrivals = new_arrivals(lib, days, columns * rows)
    if not arrivals:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No books were added in the last {days} days."),
                              field="days", days=days)
    name, footer = library_footer(lib)
    return new_arrivals_elements(arrivals, name, footer, size, translate) + logo_elements(lib, size), len(arrivals)


def programme_layout(lib: Library, programme: Programme, size: str = "a4",
                     translate: Translate = no_translation) -> list[Element]:
    check_size(size)
    name, footer = library_footer(lib)
    return programme_elements(programme, name, footer, size, translate) + logo_elements(lib, size)


def new_arrivals_poster(lib: Library, by: Staff, path: str, *, days: int = 30, size: str = "a4",
                        translate: Translate = no_translation) -> int:
    """Write the poster (PDF or PNG by the file's suffix); returns how many books it shows."""
    auth.require(by, "printing.print")
    output_format(path)
    elements, count = new_arrivals_layout(lib, days, size, translate)
    write_poster(elements, size, path, translate("Printing", "New arrivals"))
    return count


def programme_poster(lib: Library, by: Staff, path: str, programme: Programme, *, size: str = "a4",
                     translate: Translate = no_translation) -> str:
    auth.require(by, "printing.print")
    output_format(path)
    write_poster(programme_layout(lib, programme, size, translate), size, path, programme.title)
    return path


# --- the web catalogue on the library Wi-Fi: its address as a QR code --------------------------------


DOOR_PATH = "buku-tamu"  # the web catalogue's visitor book (web/routes_door.py)


def door_link(link: str) -> str:
    """The visitor book's address on the catalogue at ``link``."""
    return link.rstrip("/") + "/" + DOOR_PATH


def web_catalogue_elements(link: str, library_name: str, footer: str, wifi_name: str = "", size: str = "a4",
                           translate: Translate = no_translation, door: bool = False) -> list[Element]:
    """A poster for the wall: how to open the library's web catalogue on a phone (Wi-Fi name, a big QR
    code of ``link``, and the address to type). ``door``: the poster by the door, whose code opens the visitor
    book itself (a family signs in on the mother's phone instead of queueing at the desk's book)."""
    if not link.startswith(("http://", "https://")):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The poster needs the catalogue's address (http://...)."),
                              field="link")
    W, H = SIZES[size]
    if door:
        link = door_link(link)
        out, top = poster_header(W, library_name, translate("Printing", "Sign the visitor book on your phone"),
                                 translate("Printing", "Members, guests, families and school groups: a minute, "
                                                       "no internet needed"))
    else:
        out, top = poster_header(W, library_name, translate("Printing", "The catalogue on your phone"),
                                 translate("Printing", "Search books, see your loans, renew and reserve: free, no "
                                                       "internet needed"))
    pad = W * 0.07
    y = top + H * 0.035
    first = (translate("Printing", "1. Connect to the Wi-Fi: {name}").format(name=wifi_name) if wifi_name.strip()
             else translate("Printing", "1. Connect to the library's Wi-Fi"))
    for step in (first, translate("Printing", "2. Scan this code with your phone's camera"),
                 translate("Printing", "3. Or type this address in the browser:")):
        out.append(fit_line(step, Box(pad, y, W - 2 * pad, H * 0.032), max_size=26))
        y += H * 0.045
    out.append(fit_line(link, Box(pad, y, W - 2 * pad, H * 0.05), style="bold", max_size=44, align="center",
                        color=BAND))
    y += H * 0.075
    qr_size = max(W * 0.3, min(W - 2 * pad, H - y - H * 0.09))
    out.append(Image(Box((W - qr_size) / 2, y, qr_size, qr_size), qr_png(link)))
    out.append(Rect(Box(0, H - H * 0.05, W, H * 0.05), fill=BAND, stroke=None))
    out.append(fit_line(footer, Box(pad, H - H * 0.04, W - 2 * pad, H * 0.03), max_size=14, align="center",
                        color=WHITE))
    return out


def web_catalogue_layout(lib: Library, link: str, wifi_name: str = "", size: str = "a4",
                         translate: Translate = no_translation, door: bool = False) -> list[Element]:
    check_size(size)
    name, footer = library_footer(lib)
    return web_catalogue_elements(link, name, footer, wifi_name, size, translate, door) + logo_elements(lib, size)


def web_catalogue_poster(lib: Library, by: Staff, path: str, link: str, *, wifi_name: str = "", size: str = "a4",
                         translate: Translate = no_translation, door: bool = False) -> str:
    """Write the web catalogue's QR poster (PDF or PNG by the file's suffix); ``door``: the visitor book's."""
    auth.require(by, "printing.print")
    output_format(path)
    title = "Sign the visitor book on your phone" if door else "The catalogue on your phone"
    write_poster(web_catalogue_layout(lib, link, wifi_name, size, translate, door), size, path,
                 translate("Printing", title))
    return path
