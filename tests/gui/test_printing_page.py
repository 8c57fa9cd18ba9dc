"""The Print (Cetak) page: live preview, save as PDF/PNG, printing at actual size, template editor and
calibration, driven like a person would."""

from __future__ import annotations

import pytest
from PIL import Image as PILImage
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit

from pustaka_desktop.core import demo
from pustaka_desktop.core.printing import labels, templates
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.page_painter import print_document
from pustaka_desktop.gui.pages.printing import PrintingPage
from pustaka_desktop.gui.pdf_pages import PdfPages
from pustaka_desktop.gui.widgets.label_template_dialog import LabelTemplateDialog

from ..core.printing_helpers import decode, pages


@pytest.fixture
def page(qtbot, lib, librarian, monkeypatch):
    demo.generate(lib, "tiny")
    shown = []
    monkeypatch.setattr("pustaka_desktop.gui.pages.printing.info", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr("pustaka_desktop.gui.pages.printing.show_error",
                        lambda parent, exc, details="": shown.append(str(exc)))
    widget = PrintingPage(AppContext(lib, librarian))
    widget.shown = shown
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def choose(box, key):
    box.mode.setCurrentIndex(box.mode.findData(key))
    return box.stack.currentWidget().findChildren(QLineEdit)


def settled(qtbot, page):
    """Ask for a fresh preview and wait until the worker thread has delivered it."""
    page.preview_timer.stop()
    page.preview.setPixmap(QPixmap())
    page.refresh_preview()
    qtbot.waitUntil(lambda: not page.preview_busy, timeout=10000)


def previewed(qtbot, page):
    settled(qtbot, page)
    assert not page.preview.pixmap().isNull(), page.preview.text()
    return page.preview.pixmap()


def test_label_preview_and_save_as_pdf(qtbot, page, tmp_path, monkeypatch):
    settled(qtbot, page)
    assert page.preview.pixmap().isNull() or page.summary.text()
    first, last = choose(page.items, "accession")
    first.setText("1")
    last.setText("8")
    page.kind.setCurrentIndex(page.kind.findData("combined"))
    page.template.setCurrentIndex(page.template.findData("tj103"))
    page.skip.setValue(3)
    pixmap = previewed(qtbot, page)
    assert pixmap.width() > 100 and page.print_button.isEnabled()
    assert page.summary.text().startswith("8")
    target = tmp_path / "label.pdf"
    monkeypatch.setattr("pustaka_desktop.gui.pages.printing.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    page.save_pdf()
    qtbot.waitUntil(lambda: target.exists() and bool(page.shown), timeout=10000)
    [sheet] = pages(target.read_bytes())
    assert len(decode(sheet)) == 8


def test_an_empty_selection_disables_printing(qtbot, page):
    [words] = choose(page.items, "barcodes")
    words.setText("TIDAK-ADA")
    words.returnPressed.emit()  # the scanner's Enter: an unknown code is refused at once, with the reason
    assert page.items.scan_lists["barcodes"].codes() == []
    assert "TIDAK-ADA" in page.items.scan_lists["barcodes"].problem.text()
    settled(qtbot, page)
    assert page.preview.pixmap().isNull()
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()


def test_card_and_poster_previews_and_png(qtbot, page, tmp_path, monkeypatch):
    page.tabs.setCurrentIndex(1)
    choose(page.members, "all")
    previewed(qtbot, page)
    assert "member cards" in page.summary.text()
    page.tabs.setCurrentIndex(2)
    page.posters.poster_kind.setCurrentIndex(page.posters.poster_kind.findData("programme"))
    page.posters.programme_title.setText("Lomba Bercerita")
    page.posters.programme_link.setText("https://desa.example/lomba")
    previewed(qtbot, page)
    assert page.png_button.isVisible()
    target = tmp_path / "poster.png"
    monkeypatch.setattr("pustaka_desktop.gui.pages.printing.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    page.save_png()
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    assert PILImage.open(target).format == "PNG"


def test_printing_keeps_labels_at_actual_size(qtbot, lib, tmp_path):
    template = templates.builtin_templates()[1]
    from pustaka_desktop.core.printing.selection import CopyLabel

    copies = [CopyLabel(i, f"UJI{i:06d}", "001 ABC a", "Judul", "") for i in range(1, 6)]
    document = labels.render_sheets("barcode", template, copies, options=labels.LabelOptions("Perpus")).document
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(printer, document) == 1
    printed = (tmp_path / "printed.pdf").read_bytes()
    size = PdfPages(printed).size_points(0)
    assert size.width() == pytest.approx(template.page_width_mm / 25.4 * 72, abs=2)
    assert size.height() == pytest.approx(template.page_height_mm / 25.4 * 72, abs=2)
    assert sorted(text for text, _, _ in decode(pages(printed)[0])) == [c.barcode for c in copies]


def test_template_editor_and_calibration(qtbot, page, lib):
    dialog = LabelTemplateDialog(page.ctx, page, page.current_template())
    qtbot.addWidget(dialog)
    dialog.name.setText("toko-abc")
    dialog.columns.setValue(9)
    assert not dialog.save_button.isEnabled() and "across" in dialog.problem.text()
    dialog.columns.setValue(2)
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.saved is not None and templates.get_template("toko-abc").columns == 2
    page.load_templates(select="toko-abc")
    assert page.template.currentData() == "toko-abc"
    page.dx.setValue(1.5)
    page.dy.setValue(-0.5)
    page.save_calibration()
    assert templates.get_calibration("toko-abc").dx_mm == 1.5
    page.template.setCurrentIndex(page.template.findData("tj121"))
    assert page.dx.value() == 0
    page.template.setCurrentIndex(page.template.findData("toko-abc"))
    assert (page.dx.value(), page.dy.value()) == (1.5, -0.5)


def test_choosing_a_logo_puts_it_on_the_cards(qtbot, page, lib, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (300, 300), (200, 30, 30)).save(logo)
    monkeypatch.setattr("pustaka_desktop.gui.pages.printing.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(logo), ""))
    page.tabs.setCurrentIndex(1)
    page.choose_logo()
    assert lib.profile.logo
    page.set_logo(None)
    assert lib.profile.logo is None


def test_copies_handed_over_from_the_catalogue(qtbot, page):
    from pustaka_desktop.core.store.models import Item

    ids = [item.id for item in Item.select().order_by(Item.id.desc()).limit(3)]
    page.print_copies(ids)
    previewed(qtbot, page)
    assert page.summary.text().startswith("3") and "3" in page.items.ids_label.text()


def test_printing_many_cards_runs_off_the_gui_thread_and_can_be_stopped(qtbot, page, tmp_path, monkeypatch):
    """Hundreds of sheets of cards are a long job on an old PC: the window must not freeze (it
    used to send every page from the GUI thread, with no progress and no Cancel)."""
    import threading

    from pustaka_desktop.core.errors import Cancelled
    from pustaka_desktop.gui.pages import printing

    page.tabs.setCurrentIndex(1)
    choose(page.members, "all")
    previewed(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    threads = []

    def sending(*args, **kwargs):
        threads.append((threading.current_thread(), args[1]))
        return print_document(*args, **kwargs)

    monkeypatch.setattr(printing, "print_document", sending)
    monkeypatch.setattr(page, "choose_printer", lambda: printer)
    page.print_now()
    qtbot.waitUntil(lambda: any("sent to the printer" in text for text in page.shown), timeout=30000)
    [(thread, document)] = threads
    assert thread is not threading.main_thread()
    with pytest.raises(Cancelled):
        print_document(printer, document, cancelled=lambda: True)


def test_print_a_members_card_from_the_members_page(qtbot, lib, librarian, volunteer):
    """A new member, a renewed membership, a lost card: one card from the member's own page."""
    from pustaka_desktop.core.community import members
    from pustaka_desktop.gui.main_window import MainWindow

    member = members.register(lib, librarian, name="Raden Roro Siti Nurhaliza Kusumawardhani", member_type="Umum")
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("members")
    page.show_member(member)
    page.card_button.click()
    printing = window.current_page()
    assert printing is window.pages["printing"] and printing.tabs.currentIndex() == 1
    assert printing.members.spec() == f"ids:{member.id}"
    previewed(qtbot, printing)
    assert printing.summary.text().startswith("1 ")
    helper = MainWindow(AppContext(lib, volunteer))  # (a volunteer prints no cards: personal data)
    qtbot.addWidget(helper)
    assert helper.show_page("members").card_button.isHidden()
