"""The week after moving in: 1,500 members came from SLiMS (its members CSV and its ``images/persons`` folder) and
INLISLite's member report, and the librarian prints them new cards. Their old registration dates came with them,
so "new members" finds none of them; their photos are whatever the old PC held (a PNG whose background a phone
app cut away); a child's card names the parent; a card for a membership that ran out is said before it is
printed."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from PIL import Image, ImageDraw

from pustaka_desktop.cli import main
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import member_import, slims_members
from pustaka_desktop.core.printing import card_checks, cards, layout, selection
from pustaka_desktop.core.printing.layout import Barcode, Box, Text
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Member

from .printing_helpers import decode, pages


def _slims_members(path, rows):
    line = lambda number, name, expires, image="": (  # noqa: E731
        f'"{number}","{name}","1","Umum","","","","","0","{image}","","","","2019-01-10","2019-01-10","{expires}",'
        '"",""')
    path.write_text(",".join(slims_members.COLUMNS) + ",\n" + "\n".join(line(*row) for row in rows) + "\n",
                    encoding="utf-8")
    return path


def _cut_out_portrait() -> bytes:
    """A passport photo whose background a phone app made transparent, saved as PNG."""
    image = Image.new("RGBA", (300, 400), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((60, 40, 240, 260), fill=(90, 60, 40, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_photo_with_a_transparent_background_comes_in_on_white(lib, librarian, tmp_path):
    persons = tmp_path / "images" / "persons"
    persons.mkdir(parents=True)
    (persons / "member_M0009.png").write_bytes(_cut_out_portrait())
    source = _slims_members(tmp_path / "anggota.csv", [("M 0009", "Siti Aminah", "2027-06-30", "member_M0009.png")])
    result = member_import.import_members(lib, librarian, source, pictures=tmp_path / "images")
    assert result.applied
    with Image.open(io.BytesIO(Member.get(Member.number == "M 0009").photo)) as photo:
        corner, face = photo.convert("L").getpixel((2, 2)), photo.convert("L").getpixel((120, 150))
    assert corner > 240 and face < 120  # white around the face, never black
    palette = io.BytesIO()  # (a GIF or an 8-bit PNG keeps its transparency another way)
    Image.open(io.BytesIO(_cut_out_portrait())).convert("P", palette=Image.Palette.ADAPTIVE).save(
        palette, "PNG", transparency=0)
    with Image.open(io.BytesIO(members.photo_jpeg(palette.getvalue()))) as photo:
        assert photo.convert("L").getpixel((2, 2)) > 240


def _inlislite_members(path):
    book = Workbook()
    book.active.title = "Laporan Anggota"
    book.active.append(["Nomor Anggota", "Nama Lengkap", "Tanggal Registrasi", "Tanggal Berakhir", "Jenis Kelamin",
                        "Jenis Anggota", "Nama Orang Tua"])
    book.active.append(["0012024000003", "Eko Santoso", "05-01-2024", "05-01-2028", "Laki-laki", "Anak",
                        "Hj. Siti Khadijah binti Abdullah Al-Habsyi"])
    book.active.append(["18.02.00010", "Rina Kurniasih", "05-01-2024", "05-01-2025", "Perempuan", "Umum", ""])
    book.save(path)
    return path


@pytest.fixture
def moved_in(lib, librarian, tmp_path):
    """SLiMS's members (one whose card ran out in SLiMS) and INLISLite's, then one member registered at the desk."""
    slims = _slims_members(tmp_path / "anggota.csv", [
        ("M 0009", "Raden Roro Siti Nurhaliza Kusumawardhani", "2027-06-30"), ("0000013", "محمد عبد الرحمن", "2027-06-30"),
        ("AG-2019-002", "Budi Santoso", "2024-03-31")])
    assert member_import.import_members(lib, librarian, slims).add == 3
    assert member_import.import_members(lib, librarian, _inlislite_members(tmp_path / "Laporan_Anggota.xlsx")).add == 2
    members.register(lib, librarian, name="Dewi Sartika", member_type="Umum", gender="F", birth_date="1990-05-01")
    return lib


def test_moved_in_members_are_chosen_for_cards_and_new_members_says_where_they_are(moved_in, librarian, capsys):
    chosen = selection.members_to_print(moved_in, "imported")
    assert [m.number for m in chosen] == ["0000013", "0012024000003", "M 0009"]  # the valid ones, not Dewi
    [left_out] = card_checks.card_notes(moved_in, chosen, spec="imported")  # (SLiMS's AG-2019-002, INLISLite's 18.02.00010)
    assert left_out.startswith("Not included: 2 members whose membership has run out.")
    assert [m.name for m in selection.members_to_print(moved_in, "new")] == ["Dewi Sartika"]
    store.update(moved_in, Member.get(Member.name == "Dewi Sartika"), registered_on=date(2025, 1, 1))
    with pytest.raises(ValidationError) as refused:
        selection.members_to_print(moved_in, "new")
    assert refused.value.params["count"] == "3" and "imported" in refused.value.message()
    db = str(moved_in.path)
    moved_in.close()
    assert main(["--lang", "en", "--db", db, "cards", "-o", str(Path(db).parent / "kartu.pdf")]) == 1
    assert "3 members moved in" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", db, "cards", "--select", "imported", "-o", str(Path(db).parent / "k.pdf")]) == 0
    assert "3 member cards" in capsys.readouterr().out


def test_a_childs_card_names_the_parent_and_still_scans(moved_in, librarian):
    child = Member.get(Member.number == "0012024000003")
    [card] = cards.card_data([child])
    front = cards.front_elements(card, cards.branding(moved_in.profile))
    texts = [e for e in front if isinstance(e, Text) and e.text]
    [parent] = [e for e in texts if "Khadijah" in e.text]
    assert parent.text == "Parent/guardian: Hj. Siti Khadijah binti Abdullah Al-Habsyi"  # whole, not cut
    [bars] = [e for e in front if isinstance(e, Barcode)]
    whole = Box(0, 0, cards.CARD_W, cards.CARD_H)
    assert all(e.ink.inside(whole) for e in front)
    assert not any(bars.box.overlaps(e.ink) for e in texts) and bars.bars.h >= 10  # a scanner's line still crosses
    assert not any(e is not f and e.ink.overlaps(f.ink) for e in texts for f in texts)
    adult = cards.front_elements(cards.card_data([Member.get(Member.number == "M 0009")])[0],
                                 cards.branding(moved_in.profile))
    assert not any("guardian" in e.text for e in adult if isinstance(e, Text))
    pdf = cards.print_cards(moved_in, librarian, [child], layout="single", sides="front").pdf
    assert [text for text, _, _ in decode(pages(pdf)[0])] == ["0012024000003"]


def test_a_number_no_card_can_carry_is_left_out_and_named_and_run_out_memberships_are_said(moved_in, librarian):
    long_number = Member.get(Member.number == "0000013")  # a hand-kept list's number, too long for the bars
    store.update(moved_in, long_number, number="SKM/AGT/2019/000013-A")
    chosen = selection.members_to_print(moved_in, "numbers:M 0009,SKM/AGT/2019/000013-A,AG-2019-002,18.02.00010")
    result = cards.print_cards(moved_in, librarian, chosen, sides="front")
    assert (result.cards, result.skipped) == (3, ("SKM/AGT/2019/000013-A",))  # the other cards still print
    assert sorted(text for text, _, _ in decode(pages(result.pdf)[0])) == ["18.02.00010", "AG-2019-002", "M 0009"]
    left_out, run_out = card_checks.card_notes(moved_in, chosen)
    assert "SKM/AGT/2019/000013-A (The card number SKM/AGT/2019/000013-A is too long" in left_out
    assert "wider label" not in left_out  # (a card has none to choose)
    assert run_out.startswith("2 of these cards show a membership that has run out")
    assert "AG-2019-002 (31-03-2024)" in run_out and "18.02.00010 (05-01-2025)" in run_out
    assert card_checks.card_notes(moved_in, selection.members_to_print(moved_in, "numbers:M 0009")) == []


def test_only_members_without_a_card_made_here(moved_in, librarian):
    """A stack of 1,500 cards is printed over days; the next run takes only those who have none yet."""
    everyone = [m.number for m in selection.members_to_print(moved_in, "unprinted")]
    assert everyone == [m.number for m in selection.members_to_print(moved_in, "all")]
    first = selection.members_to_print(moved_in, "numbers:M 0009,0000013")
    cards.cards_pdf(cards.card_data(first), cards.branding(moved_in.profile))  # (a preview: no card made)
    assert [m.number for m in selection.members_to_print(moved_in, "unprinted")] == everyone
    cards.print_cards(moved_in, librarian, first)
    rest = [m.number for m in selection.members_to_print(moved_in, "unprinted")]
    assert rest == [n for n in everyone if n not in ("M 0009", "0000013")] and "0012024000003" in rest
    cards.print_cards(moved_in, librarian, selection.members_to_print(moved_in, "unprinted"))
    with pytest.raises(ValidationError) as refused:
        selection.members_to_print(moved_in, "unprinted")
    assert "every member" in refused.value.message()
    newcomer = members.register(moved_in, librarian, name="Asep Saepudin", member_type="Umum", gender="M",
                                birth_date="2012-05-01")
    assert selection.members_to_print(moved_in, "unprinted") == [newcomer]


def test_one_dusuns_cards(moved_in, librarian, tmp_path):
    """SLiMS writes the address on one line, INLISLite's report in columns (Alamat, RT, RW): a dusun is found in
    both, by whole words (Kulon is no Kulonprogo)."""
    for number, address in (("M 0009", "Dusun Krajan RT 03/RW 02"), ("0012024000003", "Dusun Krajan, RT/RW 04/03"),
                            ("0000013", "Dusun Krajan Kulon RT 01/RW 01"), ("AG-2019-002", "Jl. Kulonprogo 5")):
        store.update(moved_in, Member.get(Member.number == number), address=address)
    assert sorted(m.number for m in selection.members_to_print(moved_in, "search:Dusun Krajan")) == [
        "0000013", "0012024000003", "M 0009"]
    assert [m.number for m in selection.members_to_print(moved_in, "search:Kulon")] == ["0000013"]


def test_old_eleven_character_numbers_get_bars_a_cheap_scanner_reads(moved_in):
    """SLiMS's "AG-2019-002" and INLISLite's "18.02.00010": bars of at least 0.33 mm (4 dots of a 300 dpi printer),
    the quiet zones clear of the photo and of the card's edge."""
    for number in ("AG-2019-002", "18.02.00010", "M 0009", "0012024000003"):
        [card] = cards.card_data([Member.get(Member.number == number)])
        [bars] = [e for e in cards.front_elements(card, cards.branding(moved_in.profile)) if isinstance(e, Barcode)]
        assert bars.module >= layout.PREFERRED_MODULE_MM - 1e-9, number
        assert bars.box.x >= 23.5 and bars.box.right <= cards.CARD_W - 2.0


def test_an_undone_members_import_brought_nobody(moved_in, librarian):
    """INLISLite's report imported by mistake and undone: its members are no cards to print."""
    from pustaka_desktop.core.interop import import_undo
    from pustaka_desktop.core.store.models import AuditLog

    last = AuditLog.select().where(AuditLog.action == "members.import").order_by(AuditLog.id.desc()).get()
    import_undo.undo_import(moved_in, librarian, last.id)
    assert [m.number for m in selection.members_to_print(moved_in, "imported")] == ["0000013", "M 0009"]
