"""Member cards, posters, the logo and the printing CLI commands."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw

from pustaka_desktop.cli import main
from pustaka_desktop.core import demo
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.printing import branding, cards, layout, posters, selection
from pustaka_desktop.core.printing.layout import Barcode, Box, Text
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Item, Member, Record

from .printing_helpers import decode, pages


def picture(color=(180, 120, 90), size=(240, 320), fmt="JPEG") -> bytes:
    image = PILImage.new("RGB", size, color)
    ImageDraw.Draw(image).ellipse((40, 40, size[0] - 40, size[1] - 60), fill=(80, 50, 30))
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def test_card_text_and_barcode_stay_on_the_card():
    brand = cards.CardBranding("Perpustakaan Desa Sukamaju Kecamatan Cibeureum Kabupaten Bandung Barat Jawa Barat",
                               "Sukamaju, Cibeureum, Bandung", "Jl. Raya " * 30, "Peraturan " * 400, picture())
    card = cards.CardData("SKM-A00001", "Raden Ajeng " * 12, "Umum", "01-03-2027", picture())
    whole = Box(0, 0, cards.CARD_W, cards.CARD_H)
    front = cards.front_elements(card, brand)
    back = cards.back_elements(brand)
    for element in front + back:
        assert element.ink.inside(whole), element
    name = [e for e in front if isinstance(e, Text) and ("Raden" in e.text or "Ajeng" in e.text)]
    assert len(name) == 2 and name[-1].text.endswith(layout.ELLIPSIS)  # two lines, then cut
    short = cards.front_elements(cards.CardData("A1", "Siti Aminah", "Umum", "01-01-2027", None), brand)
    assert [e.text for e in short if isinstance(e, Text) and e.text.startswith("Siti")] == ["Siti Aminah"]
    [bar] = [e for e in front if isinstance(e, Barcode)]
    assert bar.module >= 0.25
    assert not any(bar.box.overlaps(e.ink) for e in front if isinstance(e, Text) and e.text)
    rules = [e for e in back if isinstance(e, Text) and e.text.startswith("Peraturan")]
    assert rules and rules[-1].text.endswith(layout.ELLIPSIS)  # 400 words cannot fit: cut, not spilled


def test_member_cards_scan_on_a4_and_on_single_cards(lib, librarian, volunteer, tmp_path):
    demo.generate(lib, "tiny")
    members = selection.select_members(lib, "all")[:12]
    store.update(lib, members[0], photo=picture())
    with pytest.raises(PermissionDenied):
        cards.print_cards(lib, volunteer, members)
    result = cards.print_cards(lib, librarian, members, str(tmp_path / "cards.pdf"))
    assert (result.cards, result.pages) == (12, 4)  # 10 + 2 cards: front and back pages
    fronts = cards.print_cards(lib, librarian, members, sides="front")
    found = [text for page in pages(fronts.pdf) for text, _, _ in decode(page)]
    assert sorted(found) == sorted(m.number for m in members)
    single = cards.print_cards(lib, librarian, members[:2], layout="single", sides="front")
    assert single.pages == 2
    for page, member in zip(pages(single.pdf), members[:2], strict=True):
        assert page.size[0] == pytest.approx(cards.CARD_W / 25.4 * 200, abs=2)
        assert [text for text, _, _ in decode(page)] == [member.number]
    audit = AuditLog.select().where(AuditLog.action == "printing.cards")
    assert audit.count() == 3


def test_backs_are_mirrored_for_duplex_printing():
    assert cards.a4_origin(0)[0] == cards.a4_origin(1, mirrored=True)[0]
    assert cards.a4_origin(2)[1] == cards.a4_origin(2, mirrored=True)[1]
    x0, y0 = cards.a4_origin(0)
    assert x0 + 2 * cards.CARD_W <= cards.A4_W and y0 + 5 * cards.CARD_H <= cards.A4_H


def test_a_part_filled_last_page_has_cut_marks_only_beside_its_cards():
    """Three cards on the last sheet: the marks of the seven empty places printed too, as if there were cards to
    cut there. Fronts fill from the left, the mirrored backs from the right: each page's marks follow its cards."""
    brand = cards.CardBranding("Perpustakaan Desa Sukamaju", "", "", "Peraturan", None)
    three = [cards.CardData(f"SKM-{n:04d}", f"Anggota {n}", "Umum", "01-03-2027", None) for n in range(3)]
    front, back = pages(cards.cards_pdf(three, brand)[0], dpi=100)
    x0, y0 = cards.a4_origin(0)
    x1 = x0 + cards.A4_COLUMNS * cards.CARD_W
    px = 100 / 25.4

    def inked(image, left, top, right, bottom):  # any mark in this part of the page (mm)
        crop = image.crop((round(left * px), round(top * px), round(right * px), round(bottom * px)))
        return crop.convert("L").getextrema()[0] < 200

    last = y0 + 2 * cards.CARD_H  # the foot of the second row, the third card's
    for page, card_column in ((front, 0), (back, 1)):
        assert inked(page, x0 - 9, y0 - 1, x0 - 1, y0 + 1) and inked(page, x1 + 1, y0 - 1, x1 + 9, y0 + 1)
        for x in (x0 + card_column * cards.CARD_W, x0 + (card_column + 1) * cards.CARD_W):  # the third card's cuts
            assert inked(page, x - 1, last + 1, x + 1, last + 10)
        assert not inked(page, 0, last + 3, x0 - 1, 297)  # the left margin beside the empty rows
        assert not inked(page, x1 + 1, last + 3, 210, 297)  # the right margin
        assert not inked(page, x0 - 1, last + 11, x1 + 1, 297)  # nothing under the empty rows


def test_the_logo_is_stored_small_and_printed(lib, librarian, volunteer):
    with pytest.raises(PermissionDenied):
        branding.set_logo(lib, volunteer, picture())
    with pytest.raises(ValidationError):
        branding.set_logo(lib, librarian, b"not a picture")
    branding.set_logo(lib, librarian, picture(size=(1200, 900), fmt="PNG"))
    stored = PILImage.open(io.BytesIO(lib.profile.logo))
    assert max(stored.size) <= branding.MAX_LOGO_PX
    brand = cards.branding(lib.profile)
    assert any(isinstance(e, layout.Image) for e in cards.front_elements(
        cards.CardData("A1", "Budi", "Umum", "01-01-2027", None), brand))


def add_new_book(lib, title, barcode, received=date(2026, 3, 1)):
    record = store.insert(lib, Record, title=title, responsibility="Penulis Baru", ddc="899.221",
                          cover=picture(color=(30, 90, 160)) if "Sampul" in title else None)
    store.insert(lib, Item, record=record, barcode=barcode, call_number="899.221 BAR s", received_on=received)
    return record


def test_new_arrivals_poster_as_pdf_and_png(lib, librarian, tmp_path):
    with pytest.raises(ValidationError):  # nothing new yet
        posters.new_arrivals_poster(lib, librarian, str(tmp_path / "none.pdf"))
    add_new_book(lib, "Buku Sampul Biru", "NEW1")
    add_new_book(lib, "Cerita Tanpa Gambar", "NEW2")
    add_new_book(lib, "Buku Lama Sekali", "OLD1", received=date(2020, 1, 1))
    arrivals = posters.new_arrivals(lib, days=30)
    assert {a.title for a in arrivals} == {"Buku Sampul Biru", "Cerita Tanpa Gambar"}
    assert posters.new_arrivals_poster(lib, librarian, str(tmp_path / "baru.pdf")) == 2
    assert (tmp_path / "baru.pdf").read_bytes().startswith(b"%PDF")
    posters.new_arrivals_poster(lib, librarian, str(tmp_path / "baru.png"), size="a3")
    png = PILImage.open(tmp_path / "baru.png")
    assert png.size == (round(297 / 25.4 * posters.PNG_DPI), round(420 / 25.4 * posters.PNG_DPI))
    with pytest.raises(ValidationError):
        posters.new_arrivals_poster(lib, librarian, str(tmp_path / "baru.docx"))
    elements = posters.new_arrivals_elements(arrivals, "Perpus", "Alamat")
    assert sum(isinstance(e, layout.Image) for e in elements) == 1  # the one cover


def test_programme_poster_qr_code_scans_in_pdf_and_png(lib, librarian, tmp_path):
    programme = posters.Programme("Klub Baca Anak", "Sabtu, 14 Maret 2026", "Balai Desa",
                                  "Dongeng bersama", ("PKK", "Karang Taruna"), "https://desa.example/klub-baca")
    posters.programme_poster(lib, librarian, str(tmp_path / "acara.png"), programme)
    posters.programme_poster(lib, librarian, str(tmp_path / "acara.pdf"), programme)
    import zxingcpp

    from_png = [r.text for r in zxingcpp.read_barcodes(PILImage.open(tmp_path / "acara.png"))]
    from_pdf = [text for text, _, _ in decode(pages((tmp_path / "acara.pdf").read_bytes())[0])]
    assert from_png == ["https://desa.example/klub-baca"] == from_pdf
    whole = Box(0, 0, *posters.SIZES["a4"])
    for element in posters.programme_elements(programme, "Perpus", "Alamat"):
        assert element.ink.inside(whole)
    with pytest.raises(ValidationError):
        posters.programme_poster(lib, librarian, str(tmp_path / "x.pdf"), posters.Programme(" ", "", ""))


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.tiny_demo
def test_printing_cli_commands_write_files(lib, tmp_path, capsys):
    db = str(lib.path)
    lib.close()
    out_pdf = tmp_path / "labels.pdf"
    code, out, err = run(capsys, "--db", db, "labels", "--kind", "combined", "--template", "tj121",
                         "--select", "accession:1..12", "--skip", "3", "-o", str(out_pdf))
    assert code == 0, err
    assert "12 labels on 2 pages" in out and out_pdf.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--db", db, "labels", "--kind", "combined", "--template", "tj108",
                       "--select", "accession:1..3", "-o", str(tmp_path / "no.pdf"))
    assert code == 1 and "too narrow" in err and not (tmp_path / "no.pdf").exists()
    code, out, _ = run(capsys, "--db", db, "cards", "--select", "numbers:UJI-A00001,UJI-A00002", "--layout",
                       "single", "-o", str(tmp_path / "cards.pdf"))
    assert code == 0 and "2 member cards on 4 pages" in out
    code, out, _ = run(capsys, "--db", db, "poster", "programme", "--title", "Lomba Mewarnai", "--when",
                       "Minggu", "--place", "Balai Desa", "--partner", "PKK", "--link", "https://x.example",
                       "-o", str(tmp_path / "acara.png"))
    assert code == 0 and PILImage.open(tmp_path / "acara.png").format == "PNG"
    code, out, _ = run(capsys, "--db", db, "label-template-add", "--name", "kecil", "--page-width", "100",
                       "--page-height", "100", "--label-width", "40", "--label-height", "20", "--margin-left", "5",
                       "--margin-top", "5", "--gap-x", "2", "--columns", "2", "--rows", "4")
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "label-calibrate", "--template", "kecil", "--dx", "1.5", "--dy", "-1")
    assert code == 0 and "1.5" in out
    code, out, _ = run(capsys, "--db", db, "label-test-page", "--template", "kecil", "-o", str(tmp_path / "t.pdf"))
    assert code == 0 and (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = run(capsys, "--db", db, "label-templates")
    assert "kecil" in out and "tj103" in out
    code, out, _ = run(capsys, "--db", db, "label-template-delete", "kecil")
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "label-templates")
    assert "kecil" not in out


@pytest.mark.tiny_demo
def test_members_selection(lib):
    everyone = Member.select().where(Member.deleted == False).count()  # noqa: E712
    assert 0 < len(selection.select_members(lib, "all")) <= everyone
    assert [m.number for m in selection.select_members(lib, "numbers:UJI-A00003,uji-a00001")] == [
        "UJI-A00003", "UJI-A00001"]
    recent = selection.select_members(lib, "new:60")
    assert all(m.registered_on >= date(2026, 1, 2) for m in recent)
