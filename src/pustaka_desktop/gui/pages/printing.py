"""Cetak (Print): labels on label sheets, member cards and promotion posters, with a live preview of
the first page, printing through the system print dialog, and saving as PDF (or PNG for posters).

Everything printed is made by ``core.printing``; this page gathers the choices, shows the first page
(rendered with QtPdf) and runs the full job off the GUI thread. The posters' choices are their own tab
(``printing_posters``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import PustakaError
from ...core.formatting import format_number
from ...core.pictures import read_picture
from ...core.printing import branding, card_checks, cards, labels, selection, templates
from ...core.printing.document import pdf_bytes, progress_halves
from ...core.store.files import ready_to_save, write_bytes
from ..background import forget, load_later
from ..context import AppContext
from ..page_painter import print_document
from ..pdf_pages import PdfPages
from ..widgets.actions import save_file
from ..widgets.flow_layout import FlowLayout, LeastHeightForWidth
from ..widgets.forms import (
    add_all,
    arrange,
    button,
    choice_box,
    label_for,
    narrow_form,
    note,
    spin,
    when_changed,
)
from ..widgets.label_template_dialog import LabelTemplateDialog
from ..widgets.messages import error_text, info, show_error, translate
from ..widgets.print_selection import SelectionBox
from ..widgets.scroll_column import ScrollColumn
from ..workers import run_job
from .printing_posters import PostersTab

SHEET_NAME_LETTERS = 44  # "Tom & Jerry No. 107 · 50 × 18 mm · 3 × 10" whole, and the page still fits a netbook


@dataclass
class Job:
    """What the page would print now: a preview maker (first page's PDF, summary) and a full maker (a Document)."""

    preview: object  # () -> (bytes, str)
    full: object  # (progress, cancelled) -> Document
    title: str
    png: object | None = None  # (path) -> None, posters only


class PrintingPage(LeastHeightForWidth, QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._selections: dict[str, tuple[str, list]] = {}
        self.preview_busy = False
        self.can_setup = ctx.allowed("settings.edit")
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(350)
        self.preview_timer.timeout.connect(self.refresh_preview)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("What to print"))
        self.tabs.addTab(self._labels_tab(), self.tr("&Labels"))
        self.tabs.addTab(self._cards_tab(), self.tr("&Member cards"))
        self.posters = PostersTab(self.schedule)
        self.tabs.addTab(self.posters, self.tr("P&osters"))
        self.tabs.currentChanged.connect(lambda *_: self.schedule())

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self.preview.setMinimumSize(200, 200)  # (a netbook beside the practice tasks has 250 px for it)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        self.summary = note()
        self.print_button = button(self.tr("&Print..."), self.tr("Print"), self.print_now)
        self.save_button = button(self.tr("&Save as PDF..."), self.tr("Save as PDF"), self.save_pdf)
        self.png_button = button(self.tr("Save as P&NG..."), self.tr("Save as PNG for social media"), self.save_png)
        right = arrange(QVBoxLayout(), QLabel(self.tr("First page:")), (scroll, 1), self.summary,
                        add_all(QHBoxLayout(), self.print_button, self.save_button),  # two rows: they fit 150 %
                        add_all(QHBoxLayout(), self.png_button))  # text on 1366 x 768

        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.tabs)
        left.addStretch()
        holder = QWidget()
        holder.setLayout(left)
        choices = ScrollColumn(holder, max_width=520)  # (a netbook: the preview and Print and Save stay on the screen)
        layout.addWidget(choices)
        layout.addLayout(right, 1)
        ctx.events.catalog_changed.connect(self.forget_selections)
        ctx.events.members_changed.connect(self.forget_selections)
        ctx.events.settings_changed.connect(self.schedule)
        self.load_templates()
        self.load_calibration()
        self.schedule()

    # -- tabs -------------------------------------------------------------------------------------

    def _labels_tab(self) -> QWidget:
        tab = QWidget()
        form = narrow_form(tab)
        self.kind = QComboBox()
        for kind in labels.KINDS:
            self.kind.addItem(translate("Printing", labels.KIND_NAMES[kind]), kind)
        self.kind.setAccessibleName(self.tr("Kind of label"))
        self.template = choice_box(self.tr("Label sheet"), [])
        self.template.currentIndexChanged.connect(self.show_whole_sheet_name)
        self.new_template = button(self.tr("Ne&w sheet..."), self.tr("Add a label sheet template"), self.add_template)
        if not self.can_setup:
            self.new_template.hide()
        sheet_row = FlowLayout(self.template, self.new_template)  # (the sheet's whole name, the button below it)
        self.items = SelectionBox([
            ("just-added", self.tr("Just added")), ("new-barcodes", self.tr("New barcodes from an import")),
            ("dates", self.tr("Received between dates")),
            ("accession", self.tr("Accession numbers")), ("barcodes", self.tr("Hand-picked barcodes")),
            ("search", self.tr("Catalogue search")), ("ids", self.tr("Chosen in the catalogue")),
        ], check=self.check_code)
        self.items.on_change = self.schedule
        self.skip = spin(500, self.tr("Start at label number"), minimum=1)
        self.skip.setToolTip(self.tr("On a partly used sheet, the first free label (counted row by row)."))
        self.copies = spin(labels.MAX_COPIES, self.tr("Labels per copy"), minimum=1)
        self.band = QCheckBox(self.tr("Library name band on spine labels"))
        self.band.setChecked(True)
        self.band.setAccessibleName(self.tr("Library name band on spine labels"))
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(label_for(self.tr("Sheet:"), self.template), sheet_row)
        form.addRow(self.tr("&Copies:"), self.items)
        form.addRow(self.tr("Start at la&bel:"), self.skip)
        form.addRow(self.tr("Labels per cop&y:"), self.copies)
        form.addRow("", self.band)

        calibration = QGroupBox(self.tr("Calibration for this sheet and printer"))
        cal = QFormLayout(calibration)
        self.printer = QComboBox()
        self.printer.setAccessibleName(self.tr("Printer"))
        self.printer.addItem(self.tr("Any printer"), templates.DEFAULT_PRINTER)
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        self.dx, self.dy, self.scale = QDoubleSpinBox(), QDoubleSpinBox(), QDoubleSpinBox()
        for box, name, low, high, suffix in (
                (self.dx, self.tr("Move right (mm)"), -templates.MAX_OFFSET_MM, templates.MAX_OFFSET_MM, " mm"),
                (self.dy, self.tr("Move down (mm)"), -templates.MAX_OFFSET_MM, templates.MAX_OFFSET_MM, " mm"),
                (self.scale, self.tr("Scale (%)"), *templates.SCALE_RANGE, " %")):
            box.setRange(low, high)
            box.setDecimals(1)
            box.setSingleStep(0.5 if suffix == " mm" else 0.1)
            box.setSuffix(suffix)
            box.setAccessibleName(name)
            box.valueChanged.connect(self.schedule)
        self.scale.setValue(100)
        self.save_calibration_button = button(self.tr("Sa&ve calibration"), self.tr("Save calibration"),
                                              self.save_calibration)
        self.save_calibration_button.setEnabled(self.can_setup)
        self.test_page_button = button(self.tr("Print a &test page..."),
                                       self.tr("Print a test page with rulers and label outlines"), self.print_test_page)
        cal.addRow(self.tr("P&rinter:"), self.printer)
        cal.addRow(self.tr("Move r&ight:"), self.dx)
        cal.addRow(self.tr("Move &down:"), self.dy)
        cal.addRow(self.tr("Scal&e:"), self.scale)
        cal.addRow(arrange(QHBoxLayout(), self.test_page_button, self.save_calibration_button))
        form.addRow(calibration)
        when_changed(self.schedule, self.kind, self.template, self.skip, self.copies, self.band)
        when_changed(self.load_calibration, self.template, self.printer)
        return tab

    def _cards_tab(self) -> QWidget:
        tab = QWidget()
        form = narrow_form(tab)
        self.members = SelectionBox([
            ("new", self.tr("New members")), ("dates", self.tr("Registered between dates")),
            ("numbers", self.tr("Hand-picked member numbers")), ("search", self.tr("Name, school, class or dusun")),
            ("all", self.tr("All valid members")), ("imported", self.tr("Moved in from the old system")),
            ("unprinted", self.tr("Without a card printed here")), ("ids", self.tr("Chosen on the Members page")),
        ], check=self.check_code, search_hint=self.tr("a name or card number, a school and class "
                                                      "(SD NEGERI 1 SUKAMAJU 4A), or a dusun"))
        self.members.on_change = self.schedule
        self.card_layout = choice_box(self.tr("Card layout"), [
            (self.tr("A4, 10 cards with cut marks"), "a4"), (self.tr("One card per page (card printer)"), "single")])
        self.sides = choice_box(self.tr("Sides"), [
            (self.tr("Front and back (duplex)"), "both"), (self.tr("Front only"), "front"),
            (self.tr("Back only"), "back")])
        form.addRow(self.tr("M&embers:"), self.members)
        form.addRow(self.tr("La&yout:"), self.card_layout)
        form.addRow(self.tr("S&ides:"), self.sides)
        form.addRow(note(self.tr("The library name and the rules on the back come from Settings.")))
        self.logo_button = button(self.tr("Choose the &logo..."), self.tr("Choose the library logo for the cards"),
                                  self.choose_logo)
        self.remove_logo_button = button(self.tr("Remove the logo"), self.tr("Remove the library logo"),
                                         lambda: self.set_logo(None))
        for push in (self.logo_button, self.remove_logo_button):
            if not self.can_setup:
                push.hide()
        form.addRow(add_all(QHBoxLayout(), self.logo_button, self.remove_logo_button))
        when_changed(self.schedule, self.card_layout, self.sides)
        return tab

    def print_copies(self, item_ids: list[int]) -> None:
        """Entry point for other pages: labels for these copies (e.g. the catalogue's search result)."""
        self.tabs.setCurrentIndex(0)
        self.items.use_ids(item_ids, self.tr("{count} copies chosen in the catalogue").format(count=len(item_ids)))

    def print_member_cards(self, member_ids: list[int], names: str) -> None:  # (the Members page's Print card)
        self.tabs.setCurrentIndex(1)
        self.members.use_ids(member_ids, names)

    def print_new_barcodes(self) -> None:
        """Entry point for the import: labels for the copies it gave this library's barcodes."""
        self.tabs.setCurrentIndex(0)
        self.items.use_mode("new-barcodes")

    # -- state ------------------------------------------------------------------------------------

    def load_templates(self, select: str | None = None) -> None:
        current = select or self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        for template in templates.all_templates():
            self.template.addItem(templates.shown_title(template, translate), template.name)
        index = self.template.findData(current) if current else 0
        self.template.setCurrentIndex(max(0, index))
        self.template.blockSignals(False)
        self.show_whole_sheet_name()

    def show_whole_sheet_name(self) -> None:
        """The chosen sheet's whole name ("Tom & Jerry No. 103 · 64 × 32 mm · 3 × 4"): a list narrowed to ten letters
        showed "Tom & Jerry No. 1" on a netbook beside the practice tasks. Its label then goes above it; a name longer
        than SHEET_NAME_LETTERS letters is whole in the tooltip and the open list."""
        combo = self.template
        metrics = combo.fontMetrics()
        text = min(metrics.horizontalAdvance(combo.currentText()), metrics.averageCharWidth() * SHEET_NAME_LETTERS)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        combo.setMinimumWidth(combo.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(text, metrics.height()), combo).width())
        combo.setToolTip(combo.currentText())

    def current_template(self) -> templates.LabelTemplate:
        return templates.get_template(self.template.currentData())

    def load_calibration(self) -> None:
        if self.template.currentData() is None:
            return
        saved = templates.get_calibration(self.template.currentData(), self.printer.currentData())
        for box, value in ((self.dx, saved.dx_mm), (self.dy, saved.dy_mm), (self.scale, saved.scale_pct)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.skip.setMaximum(self.current_template().per_page)
        self.schedule()

    def calibration(self) -> templates.Calibration:
        return templates.Calibration(self.dx.value(), self.dy.value(), self.scale.value())

    def cached(self, kind: str, spec: str, fetch):
        """A selection is fetched once per change of its own inputs, not on every preview (changing
        the sheet or the start position must not query 200,000 copies again)."""
        hit = self._selections.get(kind)
        if hit is None or hit[0] != spec:
            hit = self._selections[kind] = (spec, fetch(spec))
        return hit[1]

    def forget_selections(self, *_args) -> None:
        self._selections.clear()
        self.schedule()

    def job(self) -> Job:
        """What would be printed now. The widgets are read here, on the GUI thread; the selection is
        fetched (once per change, see ``cached``) and the PDF made by the returned functions, which
        run on a worker thread. ``preview()`` returns the first page's PDF and a summary line."""
        lib, user = self.ctx.lib, self.ctx.user
        tab = self.tabs.currentIndex()
        self.png_button.setVisible(tab == 2)
        if tab == 0:
            template = self.current_template()
            kind, spec = self.kind.currentData(), self.items.spec()
            options = labels.LabelOptions(lib.profile.name if lib.profile else "", self.band.isChecked())
            skip, count, calibration = self.skip.value() - 1, self.copies.value(), self.calibration()
            summary = self.tr("{copies} copies, {labels} labels on {pages} sheets.")

            def copies():
                return self.cached("items", spec, lambda s: selection.copy_labels(selection.copies_to_print(lib, s)))

            def full(progress, cancelled):
                return labels.print_labels(lib, user, kind, template, copies(), skip=skip, copies=count,
                                           band=options.band, calibration=calibration, progress=progress,
                                           cancel=cancelled).document

            skipped_text = self.tr("Not printed: {copies}")
            thin_text = self.tr("Thin bars (print at 300 dpi or more, or choose a wider label): {copies}")
            uncalled_text = self.tr("Barcode only, no call number, class, author or title: {copies}")

            def preview():
                chosen = copies()
                run = labels.render_sheets(kind, template, chosen, options=options, skip=skip, copies=count,
                                           calibration=calibration, max_pages=1)
                printable = len(chosen) - len(run.skipped)
                total = len(labels.positions([None] * printable, skip, count, template.per_page))
                text = summary.format(copies=printable, labels=printable * count,
                                      pages=-(-total // template.per_page))
                if run.skipped:  # name every copy left out, with the reason
                    names = "; ".join(f"{s.label.barcode} ({s.reason(translate)})" for s in run.skipped)
                    text = f"{text}\n{skipped_text.format(copies=names)}"
                if run.thin:
                    text = f"{text}\n{thin_text.format(copies=', '.join(c.barcode for c in run.thin))}"
                if run.uncalled:
                    text = f"{text}\n{uncalled_text.format(copies=', '.join(c.barcode for c in run.uncalled))}"
                return run.pdf, text

            return Job(preview, full, self.tr("Labels"))
        if tab == 1:
            spec = self.members.spec()
            layout, sides = self.card_layout.currentData(), self.sides.currentData()
            summary = self.tr("{count} member cards.")

            def members():
                return self.cached("members", spec, lambda s: selection.members_to_print(lib, s))

            def full(progress, cancelled):
                return cards.print_cards(lib, user, members(), layout=layout, sides=sides, translate=translate,
                                         progress=progress, cancel=cancelled).document

            def preview():
                chosen = members()
                brand = cards.branding(lib.profile, translate)
                notes = card_checks.card_notes(lib, chosen, translate, spec)  # (left out, or already run out)
                printable = [m for m in chosen if cards.barcode_problem(m.number) is None]
                pdf = cards.cards_pdf(cards.card_data((printable or chosen)[:10]), brand, layout=layout, sides=sides,
                                      translate=translate, max_pages=1)[0]
                return pdf, "\n".join([summary.format(count=format_number(len(printable))), *notes])

            return Job(preview, full, self.tr("Member cards"))
        return Job(*self.posters.job(lib, user))

    # -- preview ----------------------------------------------------------------------------------

    def schedule(self, *_args) -> None:
        # the old count must not stay on screen while the new preview is made
        if hasattr(self, "summary"):  # not yet while the tabs are built
            self.summary.setText(self.tr("Updating the preview…"))
        self.preview_timer.start()

    def check_code(self, kind: str, code: str) -> str:
        """Why a scanned code cannot go in the list ('' when it can): the core's own lookup."""
        try:
            if kind == "barcodes":
                selection.select_items(self.ctx.lib, f"barcodes:{code}")
            else:
                selection.select_members(self.ctx.lib, f"numbers:{code}")
        except PustakaError as exc:
            return error_text(exc)
        return ""

    def refresh_preview(self) -> None:
        """Make the first page on a worker thread; only the newest request is shown (``load_later``)."""
        try:
            job = self.job()
        except PustakaError as exc:
            forget(self)  # (a preview still being made is of the choice before)
            self.preview_busy = False
            self.show_problem(error_text(exc))
            return
        self.preview_busy = True
        load_later(self, self.ctx.lib, job.preview, self._show_preview, self._show_failure)

    def _show_preview(self, result) -> None:
        self.preview_busy = False
        data, text = result
        try:
            image = PdfPages(data).render_to_fit(0, self.preview.size() * 0.96)
        except ValueError as exc:
            self.show_problem(str(exc))
            return
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.summary.setText(text)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.png_button.setEnabled(True)

    def _show_failure(self, exc: BaseException) -> None:
        self.preview_busy = False
        self.show_problem(error_text(exc))

    def show_problem(self, text: str) -> None:
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)
        self.summary.setText("")
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.png_button.setEnabled(False)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.schedule()

    # -- actions ----------------------------------------------------------------------------------

    def _job_or_error(self) -> Job | None:
        try:
            return self.job()
        except PustakaError as exc:
            show_error(self, exc)
            return None

    def save_pdf(self) -> None:
        job = self._job_or_error()
        if job is None:
            return
        path = save_file(self, self.tr("Save as PDF"), f"{job.title}.pdf", self.tr("PDF files (*.pdf)"), ".pdf")
        if not path:
            return

        def work(progress, cancelled):
            ready_to_save(path)  # (last time's PDF still open in the reader: said before all pages are made)
            making, writing = progress_halves(progress)
            write_bytes(path, pdf_bytes(job.full(making, cancelled), writing, cancelled))
            return path

        run_job(self, self.tr("Making the PDF"), work,
                lambda saved: info(self, self.tr("Saved"), self.tr("Saved to {path}.").format(path=saved)))

    def save_png(self) -> None:
        job = self._job_or_error()
        if job is None or job.png is None:
            return
        path = save_file(self, self.tr("Save as PNG"), f"{job.title}.png", self.tr("PNG pictures (*.png)"), ".png")
        if not path:
            return
        run_job(self, self.tr("Making the picture"), lambda progress, cancelled: job.png(path) or path,
                lambda saved: info(self, self.tr("Saved"), self.tr("Saved to {path}.").format(path=saved)))

    def choose_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen = self.printer.currentData()
        if chosen and chosen != templates.DEFAULT_PRINTER:
            printer.setPrinterName(chosen)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def print_now(self) -> None:
        job = self._job_or_error()
        printer = None if job is None else self.choose_printer()
        if printer is not None:
            self.send(printer, job.full)

    def send(self, printer: QPrinter, make) -> None:
        """Lay out the pages (``make(progress, cancelled)``), then draw them onto the printer, off the GUI thread."""
        def work(progress, cancelled):
            making, sending = progress_halves(progress)
            return print_document(printer, make(making, cancelled), lambda page, count: sending(page / count), cancelled)
        run_job(self, self.tr("Printing"), work, lambda pages: info(self, self.tr("Print"), self.tr(
            "{pages} pages sent to the printer.").format(pages=pages)), on_error=lambda exc: show_error(self, exc))

    def print_test_page(self) -> None:
        try:
            template = self.current_template()
            sheet = labels.test_page_document(template, self.calibration(), self.printer.currentText(), translate)
        except PustakaError as exc:
            show_error(self, exc)
            return
        printer = self.choose_printer()
        if printer is not None:
            self.send(printer, lambda progress, cancelled: sheet)

    def save_calibration(self) -> None:
        try:
            templates.set_calibration(self.ctx.lib, self.ctx.user, self.template.currentData(),
                                      self.printer.currentData(), self.dx.value(), self.dy.value(),
                                      self.scale.value())
        except PustakaError as exc:
            show_error(self, exc)
            return
        info(self, self.tr("Calibration"), self.tr("The calibration is saved for this sheet and printer."))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"))
        if path:
            try:
                data = read_picture(path, "logo")
            except PustakaError as exc:  # (open in another program, or no picture)
                show_error(self, exc)
                return
            self.set_logo(data)

    def set_logo(self, data: bytes | None) -> None:
        try:
            branding.set_logo(self.ctx.lib, self.ctx.user, data)
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.ctx.events.settings_changed.emit()
        self.schedule()

    def add_template(self) -> None:
        dialog = LabelTemplateDialog(self.ctx, self, self.current_template())
        if dialog.exec() and dialog.saved is not None:
            self.load_templates(select=dialog.saved.name)
            self.load_calibration()
