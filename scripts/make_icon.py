#!/usr/bin/env python3
"""Draw the application icon (an open book on a teal tile) as PNG and ICO.

    python scripts/make_icon.py   # writes installer/pustaka.png, installer/pustaka.ico and the window icon
"""

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
TEAL, PAPER, INK, SPINE = (0, 121, 107), (255, 248, 225), (38, 50, 56), (255, 179, 0)


def draw(size: int = 512) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    s = size / 512
    d.rounded_rectangle([16 * s, 16 * s, 496 * s, 496 * s], radius=96 * s, fill=TEAL)
    # two pages of an open book
    d.polygon([(256 * s, 150 * s), (96 * s, 118 * s), (96 * s, 382 * s), (256 * s, 414 * s)], fill=PAPER)
    d.polygon([(256 * s, 150 * s), (416 * s, 118 * s), (416 * s, 382 * s), (256 * s, 414 * s)], fill=PAPER)
    d.line([(256 * s, 150 * s), (256 * s, 414 * s)], fill=SPINE, width=max(2, int(14 * s)))
    for i in range(5):  # lines of text
        y = (180 + i * 40) * s
        d.line([(126 * s, y - 6 * s), (230 * s, y + 14 * s)], fill=INK, width=max(1, int(8 * s)))
        d.line([(286 * s, y + 14 * s), (390 * s, y - 6 * s)], fill=INK, width=max(1, int(8 * s)))
    return image


def main() -> None:
    icon = draw(512)
    icon.resize((256, 256), Image.LANCZOS).save(ROOT / "installer" / "pustaka.png")
    icon.save(ROOT / "installer" / "pustaka.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                                                       (256, 256)])
    target = ROOT / "src" / "pustaka_desktop" / "resources" / "icons"
    target.mkdir(parents=True, exist_ok=True)
    icon.resize((128, 128), Image.LANCZOS).save(target / "pustaka.png")


if __name__ == "__main__":
    main()
