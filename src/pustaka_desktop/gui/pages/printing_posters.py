"""Cetak > Posters (Poster): new arrivals, a programme, "this month at the library", on paper or as a post to
share, in the poster's own language (a librarian with an English screen prints the poster for the village hall
in Indonesian, its numbers and days too). The Print page shows, prints and saves what this tab chooses; the
posters are laid out by ``core.printing.posters`` and ``month_card``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from ...core.formatting import format_number
from ...core.printing import month_card, posters
from ...core.reports.period import Period
from ...core.store.clock import local_today
from ..widgets.forms import choice_box, spin, when_changed
from ..widgets.output_language import OutputLanguageBox


class PostersTab(QWidget):
    def __init__(self, on_change: Callable, parent=None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.poster_kind = choice_box(self.tr("Kind of poster"), [
            (self.tr("New arrivals"), "new-arrivals"), (self.tr("Programme"), "programme"),
            (self.tr("This month at the library"), "month")])
        self.poster_size = choice_box(self.tr("Paper size"), [
            ("A4", "a4"), ("A3", "a3"), (self.tr("Square post (1080 × 1080 pixels)"), "square"),
            (self.tr("Phone story / WhatsApp status (1080 × 1920 pixels)"), "story")])
        self.poster_language = OutputLanguageBox(self.tr("Language of the poster"))
        self.poster_days = spin(3650, self.tr("Books added in the last days"), suffix=self.tr(" days"), minimum=1)
        self.poster_days.setGroupSeparatorShown(False)
        self.poster_days.setValue(30)
        self.programme_title = QLineEdit()
        self.programme_when = QLineEdit()
        self.programme_place = QLineEdit()
        self.programme_partners = QLineEdit()
        self.programme_link = QLineEdit()
        self.programme_description = QPlainTextEdit()
        self.programme_description.setTabChangesFocus(True)
        self.programme_description.setMaximumHeight(90)
        self.programme_when.setPlaceholderText(self.tr("e.g. Saturday 14 March, 09.00-11.00"))
        self.programme_partners.setPlaceholderText(self.tr("separated by commas"))
        self.programme_link.setPlaceholderText("https://...")
        form.addRow(self.tr("&Poster:"), self.poster_kind)
        form.addRow(self.tr("Paper si&ze:"), self.poster_size)
        form.addRow(self.tr("Lang&uage:"), self.poster_language)
        form.addRow(self.tr("&New books from:"), self.poster_days)
        for widget, label, name in (
                (self.programme_title, self.tr("T&itle:"), self.tr("Programme title")),
                (self.programme_when, self.tr("&When:"), self.tr("Date and time")),
                (self.programme_place, self.tr("W&here:"), self.tr("Place")),
                (self.programme_description, self.tr("&Description:"), self.tr("Description")),
                (self.programme_partners, self.tr("Pa&rtners:"), self.tr("Partners")),
                (self.programme_link, self.tr("&Link (QR code):"), self.tr("Link printed as a QR code"))):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
            when_changed(on_change, widget)
        self.poster_form = form
        self.poster_kind.currentIndexChanged.connect(self.show_fields)
        when_changed(on_change, self.poster_kind, self.poster_size, self.poster_language)
        self.show_fields()
        self.poster_days.valueChanged.connect(on_change)

    def show_fields(self, *_args) -> None:
        programme = self.poster_kind.currentData() == "programme"
        self.poster_form.setRowVisible(self.poster_days, self.poster_kind.currentData() == "new-arrivals")
        for widget in (self.programme_title, self.programme_when, self.programme_place, self.programme_description,
                       self.programme_partners, self.programme_link):
            self.poster_form.setRowVisible(widget, programme)

    def programme(self) -> posters.Programme:
        partners = tuple(p.strip() for p in self.programme_partners.text().split(",") if p.strip())
        return posters.Programme(self.programme_title.text(), self.programme_when.text(),
                                 self.programme_place.text(), self.programme_description.toPlainText(), partners,
                                 self.programme_link.text().strip())

    def job(self, lib, user) -> tuple:
        """The poster chosen now, for the Print page's ``Job``: a preview maker (the first page's PDF and a summary
        in the screen's language), a full maker, its title and a PNG maker. The widgets are read here, on the GUI
        thread; the makers run on a worker thread."""
        size = self.poster_size.currentData()
        words = self.poster_language.words()  # the poster's words and numbers; the summary stays the screen's
        title = self.tr("Poster")
        if self.poster_kind.currentData() == "new-arrivals":
            days = self.poster_days.value()
            summary = self.tr("{count} new books on the poster.")

            def layout():
                elements, count = posters.new_arrivals_layout(lib, days, size, words)
                return elements, summary.format(count=format_number(count))

            def png(path):
                posters.new_arrivals_poster(lib, user, path, days=days, size=size, translate=words)
                return path
        elif self.poster_kind.currentData() == "month":
            month = Period.month(*local_today(lib.clock).timetuple()[:2])

            def layout():
                return month_card.month_card_layout(lib, month, size, words), ""

            def png(path):
                month_card.month_card(lib, user, path, month, size=size, translate=words)
                return path
        else:
            programme = self.programme()

            def layout():
                return posters.programme_layout(lib, programme, size, words), ""

            def png(path):
                posters.programme_poster(lib, user, path, programme, size=size, translate=words)
                return path

        def preview():
            elements, text = layout()
            return posters.render_pdf(elements, size, title), text

        return preview, lambda progress, cancelled: posters.poster_document(layout()[0], size, title), title, png


__all__ = ["PostersTab"]
