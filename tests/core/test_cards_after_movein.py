"""The week after moving in: 1,500 members came from SLiMS (its members CSV and its ``images/persons`` folder) and
INLISLite's member report, and the librarian prints them new cards. Their old registration dates came with them,
so "new members" finds none of them; their photos are whatever the old PC held (a PNG whose background a phone
app cut away); a child's card names the parent; a card for a membership that ran out is said before it is
printed."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from pustaka_desktop.core.community import members
from pustaka_desktop.core.interop import member_import, slims_members
from pustaka_desktop.core.store.models import Member


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
