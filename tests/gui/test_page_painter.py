"""Printing cards and labels straight to a printer: the pages go as vectors (text as text, bars as bars, photos at
their own size), not as a picture of each page at 300 dpi: 256 pages of cards made 190 MB of spool, which an old
PC's disk and an old USB printer choked on. The bars stay whole printer dots, so they still scan."""

from __future__ import annotations

import io
import subprocess

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from pustaka_desktop.core.printing import cards, labels, templates
from pustaka_desktop.core.printing.layout import Barcode, code128_modules
from pustaka_desktop.core.printing.selection import CopyLabel
from pustaka_desktop.gui.page_painter import ElementPainter, print_document

from ..core.printing_helpers import decode, needs_pdftoppm, pages


def _photo(n: int) -> bytes:
    image = PILImage.new("RGB", (240, 320), (120 + n * 9 % 100, 90, 70))
    ImageDraw.Draw(image).ellipse((50, 50, 190, 230), fill=(60, 40, 30))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def _pdf_printer(path) -> QPrinter:
    """A PDF printer: what CUPS spools on Linux, and the stand-in for a Windows driver here."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_cards_go_to_the_printer_as_text_bars_and_photos_at_their_own_size(qapp, tmp_path):
    brand = cards.CardBranding("Perpustakaan Desa Sukamaju", "Sukamaju, Cibeureum", "Jl. Raya 1", "Peraturan", None)
    members = [cards.CardData(f"SKM-{n:05d}", f"Anggota Nomor {n}", "Umum", "01-03-2027", _photo(n)) for n in range(40)]
    document = cards.cards_document(members, brand)
    spool = tmp_path / "spool.pdf"

    assert print_document(_pdf_printer(spool), document) == 8

    words = subprocess.run(["pdftotext", str(spool), "-"], capture_output=True, text=True, check=True).stdout
    assert all(f"Anggota Nomor {n}" in words and f"SKM-{n:05d}" in words for n in range(40))  # text stays text
    listed = subprocess.run(["pdfimages", "-list", str(spool)], capture_output=True, text=True, check=True).stdout
    sizes = {tuple(line.split()[3:5]) for line in listed.splitlines()[2:]}
    assert sizes == {("240", "320")}  # only the photos, at their own size: no picture of a whole page
    # 40 photos of ~5 KB and the rest in a few KB a page (a 300 dpi picture of each page was ~750 KB)
    assert spool.stat().st_size < 40 * len(_photo(0)) * 1.3 + 8 * 20_000
    found = sorted(text for page in pages(spool.read_bytes()) for text, _, _ in decode(page))
    assert found == [m.number for m in members]


def _bar_runs(image: PILImage.Image, y: int, left: int, right: int) -> list[int]:
    """Lengths in pixels of the dark and light runs along row ``y``, from the first bar to the last."""
    row = [image.getpixel((x, y)) < 128 for x in range(left, right)]
    first, last = row.index(True), len(row) - 1 - row[::-1].index(True)
    runs, count = [], 1
    for before, here in zip(row[first:last], row[first + 1:last + 1], strict=True):
        if here == before:
            count += 1
        else:
            runs.append(count)
            count = 1
    return [*runs, count]


def _label_sheet():
    template = next(t for t in templates.builtin_templates() if t.name == "tj121")
    copies = [CopyLabel(n, f"B{n:05d}", f"{n}97.1 ABD t", f"Judul {n}", "") for n in range(1, 5)]
    calibration = templates.Calibration(1.3, -0.7, 100.4)  # a printer that needs calibrating, as most do
    run = labels.render_sheets("barcode", template, copies, options=labels.LabelOptions("Perpus"),
                               calibration=calibration)
    placed = run.document.pages[0].placed[0]
    [bars] = [e for e in placed.elements if isinstance(e, Barcode)]
    return run.document, calibration, placed, bars, copies


@pytest.mark.parametrize("dpi", [300, 600])
def test_bars_printed_on_a_pdf_printer_are_whole_dots_of_a_300_or_600_dpi_printer(qapp, tmp_path, dpi):
    """Every bar and space is the same whole number of dots per module, at the printer's resolution (the spool
    is rasterised without smoothing, as a printer does): no bar a dot wider than its neighbour."""
    needs_pdftoppm()
    document, calibration, placed, bars, copies = _label_sheet()
    spool = tmp_path / "spool.pdf"
    print_document(_pdf_printer(spool), document)
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-aa", "no", "-aaVector", "no", "-f", "1", "-l", "1",
                    str(spool), str(prefix)], check=True)
    [png] = tmp_path.glob("page*.png")
    image = PILImage.open(png).convert("L")
    dots = round(bars.module / 25.4 * dpi)  # the module in this printer's dots (6 at 300 dpi: 0.51 mm)
    (left, top), (right, bottom) = (calibration.apply(placed.x + bars.box.x, placed.y + bars.box.y),
                                    calibration.apply(placed.x + bars.box.right, placed.y + bars.box.bottom))
    k = dpi / 25.4
    runs = _bar_runs(image, round((top + bottom) / 2 * k), round(left * k), round(right * k))
    assert all(run % dots == 0 for run in runs), runs
    assert sum(runs) == code128_modules(copies[0].barcode) * dots
    found = sorted(text for page in pages(spool.read_bytes()) for text, _, _ in decode(page))
    assert found == sorted(c.barcode for c in copies)


def test_bars_on_a_360_dpi_inkjet_are_whole_dots_too(qapp):
    """An Epson inkjet's driver says 360 dpi: a module of 6 dots at 300 dpi is 7.2 of its dots. Each module gets
    the same whole number (7), not 7 and 8 by turns, which a scanner reads as bars of another width."""
    document, calibration, placed, bars, copies = _label_sheet()
    page = document.pages[0]
    dpi = 360
    k = dpi / 25.4
    image = QImage(round(page.width * k), round(page.height * k), QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    drawing = ElementPainter(painter, dpi)
    drawing.begin_page(page)
    drawing.draw(placed.elements, placed.x, placed.y)
    painter.end()
    buffer = io.BytesIO(bytes(image.constBits())[:image.sizeInBytes()])
    picture = PILImage.frombuffer("L", (image.width(), image.height()), buffer.getvalue(), "raw", "L",
                                  image.bytesPerLine(), 1)
    (left, top), (right, bottom) = (calibration.apply(placed.x + bars.box.x, placed.y + bars.box.y),
                                    calibration.apply(placed.x + bars.box.right, placed.y + bars.box.bottom))
    runs = _bar_runs(picture, round((top + bottom) / 2 * k), round(left * k), round(right * k))
    dots = round(bars.module * calibration.scale_pct / 100 / 25.4 * dpi)
    assert dots == 7 and all(run % dots == 0 for run in runs), runs
    assert sum(runs) == code128_modules(copies[0].barcode) * dots
