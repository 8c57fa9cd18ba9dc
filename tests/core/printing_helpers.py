"""Shared helpers for the printing tests: render PDF pages with poppler's pdftoppm (an independent
renderer) and read their barcodes with zxing-cpp (an independent reader)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

DPI = 200  # a module of 0.254 mm is 2 pixels: as coarse as a cheap printer


def needs_pdftoppm():
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian package poppler-utils, installed by ./dev setup) is missing")


def pages(pdf: bytes, dpi: int = DPI):
    """The PDF's pages as grey Pillow images."""
    from PIL import Image

    needs_pdftoppm()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source), str(Path(folder) / "p")],
                       check=True)
        out = []
        for png in sorted(Path(folder).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[1])):
            with Image.open(png) as image:
                out.append(image.copy())
        return out


def decode(image):
    """[(text, x_mm, y_mm)] for every barcode zxing-cpp finds, at the centre of the symbol."""
    import zxingcpp

    found = []
    for result in zxingcpp.read_barcodes(image):
        p = result.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        found.append((result.text, sum(xs) / 4 * 25.4 / DPI, sum(ys) / 4 * 25.4 / DPI))
    return found


def ink_box(image, threshold: int = 128):
    """(left, top, right, bottom) in mm of everything darker than ``threshold``."""
    mask = image.point(lambda v: 255 if v < threshold else 0)
    left, top, right, bottom = mask.getbbox()
    k = 25.4 / DPI
    return left * k, top * k, right * k, bottom * k
