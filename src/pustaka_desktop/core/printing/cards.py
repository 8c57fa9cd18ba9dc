"""Member cards, ID-1 size (85.6 × 54 mm, like a bank card).

Front: the library's logo and name, the member's photo, name, type, expiry and the member number as
a Code 128 barcode. Back: the library's rules (``LibraryProfile.rules_text``) and its address.

Layouts: ``a4`` puts 10 cards on an A4 page (2 × 5, with cut marks), each page of fronts followed by
a page of backs mirrored for long-edge duplex printing; ``single`` puts one card per page (card
printers), front then back.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .. import auth
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import checkpoint
from ..service import Library
from ..store.files import write_bytes
from ..store.models import LibraryProfile, Member, MemberType, Staff
from . import printed_cards
from .document import Document, pdf_bytes, progress_halves
from .layout import (
    Box,
    Element,
    Image,
    Line,
    Rect,
    Translate,
    fit_barcode,
    fit_line,
    fit_paragraph,
    no_translation,
)

CARD_W, CARD_H = 85.6, 54.0
A4_W, A4_H = 210.0, 297.0
A4_COLUMNS, A4_ROWS = 2, 5
LAYOUTS = ("a4", "single")
SIDES = ("both", "front", "back")
# The bars' room, right of the photo, their quiet zones included: to 2 mm from the edge (the quiet zone keeps the
# bars 5 mm in), so an 11-character number as SLiMS and INLISLite wrote them (AG-2019-002, 18.02.00006) gets bars
# of 4 printer dots (0.34 mm), which a cheap scanner reads from an inkjet print, instead of 3.
BARCODE_X, BARCODE_W = 23.5, CARD_W - 23.5 - 2.0
BAND = (0.07, 0.33, 0.42)  # a deep teal that photocopies as dark grey
WHITE = (1.0, 1.0, 1.0)
GREY = (0.35, 0.35, 0.35)
DEFAULT_RULES = QT_TRANSLATE_NOOP(
    "Printing",
    "1. Bring this card whenever you borrow books.\n2. Return books on time and look after them.\n"
    "3. A lost or damaged book must be replaced.\n4. This card may not be lent to anyone else.")


@dataclass(frozen=True)
class CardData:
    number: str
    name: str
    member_type: str
    expires_on: str  # already formatted
    photo: bytes | None
    guardian: str = ""  # a child's parent or guardian, named on the card


@dataclass(frozen=True)
class CardBranding:
    library_name: str
    place: str  # village, kabupaten
    address: str
    rules: str
    logo: bytes | None


def branding(profile: LibraryProfile | None, translate: Translate = no_translation) -> CardBranding:
    if profile is None:
        return CardBranding("", "", "", translate("Printing", DEFAULT_RULES), None)
    place = ", ".join(p for p in (profile.village, profile.kecamatan, profile.kabupaten) if p)
    contact = " · ".join(p for p in (profile.address, profile.phone) if p)
    return CardBranding(profile.name, place, contact, profile.rules_text.strip() or translate("Printing", DEFAULT_RULES),
                        profile.logo)


def card_data(members: list[Member]) -> list[CardData]:
    type_ids = {m.member_type_id for m in members}
    names = dict(MemberType.select(MemberType.id, MemberType.name).where(MemberType.id.in_(list(type_ids))).tuples())
    return [CardData(m.number, m.name, names.get(m.member_type_id, ""), f"{m.expires_on:%d-%m-%Y}", m.photo,
                     " ".join(m.guardian.split())) for m in members]


def barcode_problem(number: str) -> ValidationError | None:
    """Why this card number cannot be a barcode on the card (too long for the card, a letter no scanner
    knows), or None: such a card is left out and named, the other cards print."""
    try:
        fit_barcode(number, Box(BARCODE_X, 0, BARCODE_W, 10))
    except ValidationError as exc:
        if "needed" not in exc.params:
            return exc
        return ValidationError(QT_TRANSLATE_NOOP(  # (a card has no wider label to choose)
            "Errors", "The card number {code} is too long for the bars on a card: they need {needed} mm, a card has "
                      "{room} mm. Give the member a shorter card number."), field="number", **exc.params)
    return None


def front_elements(card: CardData, brand: CardBranding, translate: Translate = no_translation) -> list[Element]:
    out: list[Element] = [Rect(Box(0, 0, CARD_W, 12.5), fill=BAND, stroke=None)]
    text_x = 3.5
    if brand.logo:
        out.append(Image(Box(2.5, 1.5, 9.5, 9.5), brand.logo))
        text_x = 13.5
    out.append(fit_line(brand.library_name, Box(text_x, 1.4, CARD_W - text_x - 3, 5.0), style="bold", max_size=11,
                        min_size=5, color=WHITE))
    subtitle = translate("Printing", "Member card")
    if brand.place:
        subtitle = f"{subtitle} · {brand.place}"
    out.append(fit_line(subtitle, Box(text_x, 7.0, CARD_W - text_x - 3, 3.6), max_size=7.5, min_size=4, color=WHITE))
    photo = Box(3.5, 15.0, 20.0, 25.0)
    if card.photo:
        out.append(Image(photo, card.photo))
    else:
        out.append(Rect(photo, fill=(0.93, 0.93, 0.93), stroke=(0.6, 0.6, 0.6), width=0.15))
        out.append(fit_line(translate("Printing", "photo"), Box(photo.x, photo.y + 10.5, photo.w, 4), max_size=7,
                            align="center", color=GREY))
    x, w = 26.5, CARD_W - 26.5 - 3.0
    # A long name takes two lines before it shrinks further or is cut.
    out.extend(fit_paragraph(card.name, Box(x, 14.3, w, 6.3), style="bold", max_size=11, min_size=6, leading=1.0))
    out.append(fit_line(card.member_type, Box(x, 20.9, w, 3.2), max_size=8, min_size=4.5, color=GREY))
    y = 24.2
    if card.guardian:  # a child's card says whose child it is: the bars give up 3.3 mm of their height
        parent = translate("Printing", "Parent/guardian: {name}").format(name=card.guardian)
        out.append(fit_line(parent, Box(x, y, w, 3.3), max_size=8, min_size=5))
        y += 3.3
    valid = translate("Printing", "Valid until {date}").format(date=card.expires_on)
    out.append(fit_line(valid, Box(x, y, w, 3.3), max_size=8, min_size=4.5))
    out.append(fit_barcode(card.number, Box(BARCODE_X, y + 3.8, BARCODE_W, 45.5 - y - 3.8)))
    out.append(fit_line(card.number, Box(x, 46.0, w, 4.0), style="bold", max_size=10, min_size=5, align="center"))
    return out


def back_elements(brand: CardBranding, translate: Translate = no_translation) -> list[Element]:
    out: list[Element] = [Rect(Box(0, 0, CARD_W, 7.0), fill=BAND, stroke=None)]
    out.append(fit_line(translate("Printing", "Library rules"), Box(3.5, 1.2, CARD_W - 7, 4.6), style="bold",
                        max_size=9, color=WHITE))
    out.extend(fit_paragraph(brand.rules, Box(3.5, 9.0, CARD_W - 7, 33.0), max_size=8, min_size=4.5))
    out.append(Line(3.5, 43.5, CARD_W - 3.5, 43.5, width=0.15, color=GREY))
    found = translate("Printing", "If found, please return to {library}.").format(library=brand.library_name)
    out.append(fit_line(found, Box(3.5, 44.5, CARD_W - 7, 3.4), style="italic", max_size=7, min_size=4))
    out.append(fit_line(brand.address, Box(3.5, 48.3, CARD_W - 7, 3.2), max_size=7, min_size=4, color=GREY))
    return out


def a4_cell(index: int, mirrored: bool = False) -> tuple[int, int]:
    """(row, column) of the ``index``-th card of a page (the backs' columns mirrored)."""
    row, column = divmod(index % (A4_COLUMNS * A4_ROWS), A4_COLUMNS)
    return row, A4_COLUMNS - 1 - column if mirrored else column


def a4_origin(index: int, mirrored: bool = False) -> tuple[float, float]:
    row, column = a4_cell(index, mirrored)
    x0 = (A4_W - A4_COLUMNS * CARD_W) / 2
    y0 = (A4_H - A4_ROWS * CARD_H) / 2
    return x0 + column * CARD_W, y0 + row * CARD_H


def cut_marks(cells: set[tuple[int, int]] | None = None) -> list[Element]:
    """Short lines where the cuts go, 2 to 9 mm beyond both ends of each cut, only along the cards printed
    (``cells``, (row, column); all ten when None): a part-filled last page has no marks beside its empty rows."""
    cells = {(row, column) for row in range(A4_ROWS) for column in range(A4_COLUMNS)} if cells is None else cells
    x0, y0 = a4_origin(0)
    out: list[Element] = []
    for column in range(A4_COLUMNS + 1):  # a vertical cut runs along the rows whose cards touch it
        rows = [row for row, col in cells if col in (column - 1, column)]
        if rows:
            x = x0 + column * CARD_W
            top, bottom = y0 + min(rows) * CARD_H, y0 + (max(rows) + 1) * CARD_H
            out += [Line(x, top - 9, x, top - 2, width=0.2), Line(x, bottom + 2, x, bottom + 9, width=0.2)]
    for row in range(A4_ROWS + 1):  # a horizontal cut runs along the columns whose cards touch it
        columns = [col for r, col in cells if r in (row - 1, row)]
        if columns:
            y = y0 + row * CARD_H
            left, right = x0 + min(columns) * CARD_W, x0 + (max(columns) + 1) * CARD_W
            out += [Line(left - 9, y, left - 2, y, width=0.2), Line(right + 2, y, right + 9, y, width=0.2)]
    return out


def _outline() -> Rect:
    return Rect(Box(0, 0, CARD_W, CARD_H), stroke=(0.8, 0.8, 0.8), width=0.1)


def cards_document(cards: list[CardData], brand: CardBranding, *, layout: str = "a4", sides: str = "both",
                   translate: Translate = no_translation, progress=None, cancel=None,
                   max_pages: int | None = None) -> Document:
    """The cards laid out on pages, once, for the PDF and the printer alike (``document``)."""
    if layout not in LAYOUTS or sides not in SIDES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown card layout {layout}."), field="layout",
                              layout=f"{layout}/{sides}")
    if not cards:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nothing to print: the selection is empty."),
                              field="select")
    printable = [card for card in cards if barcode_problem(card.number) is None]
    if not printable:
        raise barcode_problem(cards[0].number)
    cards = printable
    page_w, page_h = (A4_W, A4_H) if layout == "a4" else (CARD_W, CARD_H)
    document = Document(translate("Printing", "Member cards"))
    back = back_elements(brand, translate)
    per_page = A4_COLUMNS * A4_ROWS if layout == "a4" else 1
    groups = [cards[i:i + per_page] for i in range(0, len(cards), per_page)]
    for number, group in enumerate(groups):
        checkpoint(progress, cancel, number / len(groups))
        for side in ("front", "back"):
            if sides not in ("both", side) or (max_pages is not None and len(document.pages) >= max_pages):
                continue
            page = document.new_page(page_w, page_h)
            if layout == "a4":
                page.draw(cut_marks({a4_cell(index, mirrored=side == "back") for index in range(len(group))}))
            for index, card in enumerate(group):
                x, y = a4_origin(index, mirrored=side == "back") if layout == "a4" else (0.0, 0.0)
                elements = front_elements(card, brand, translate) if side == "front" else back
                page.draw([*elements, _outline()] if layout == "a4" else elements, x, y)
    if progress is not None:
        progress(1.0, "")
    return document


def cards_pdf(cards: list[CardData], brand: CardBranding, *, layout: str = "a4", sides: str = "both",
              translate: Translate = no_translation, progress=None, cancel=None,
              max_pages: int | None = None) -> tuple[bytes, int]:
    """The cards as PDF bytes and the page count."""
    making, writing = progress_halves(progress)
    document = cards_document(cards, brand, layout=layout, sides=sides, translate=translate, progress=making,
                              cancel=cancel, max_pages=max_pages)
    return pdf_bytes(document, writing, cancel), len(document.pages)


@dataclass(frozen=True)
class CardsResult:
    path: str | None
    pages: int
    cards: int  # printed
    document: Document  # the pages, for the printer (``gui/page_painter``) or ``pdf``
    skipped: tuple[str, ...] = ()  # the card numbers left out: no barcode can carry them (``barcode_problem``)

    @cached_property
    def pdf(self) -> bytes:
        return pdf_bytes(self.document)


def print_cards(lib: Library, by: Staff, members: list[Member], path: str | None = None, *, layout: str = "a4",
                sides: str = "both", translate: Translate = no_translation, progress=None,
                cancel=None) -> CardsResult:
    """Member cards laid out (and, when ``path`` is given, written there as a PDF atomically). Cards carry
    personal data, so the run is audited."""
    auth.require(by, "printing.print")
    brand = branding(lib.profile, translate)
    making, writing = progress_halves(progress) if path else (progress, None)
    document = cards_document(card_data(members), brand, layout=layout, sides=sides, translate=translate,
                              progress=making, cancel=cancel)
    if path:
        write_bytes(path, pdf_bytes(document, writing, cancel))
    skipped = tuple(m.number for m in members if barcode_problem(m.number) is not None)
    printed_cards.remember([m for m in members if m.number not in skipped])
    auth.audit(lib, by, "printing.cards", "member", count=len(members) - len(skipped), layout=layout,
               first=members[0].number if members else "", skipped=len(skipped))
    return CardsResult(path, len(document.pages), len(members) - len(skipped), document, skipped)

