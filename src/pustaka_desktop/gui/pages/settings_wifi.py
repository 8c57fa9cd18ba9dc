"""Settings > Wi-Fi catalogue (Katalog di Wi-Fi): open the patrons' web catalogue on the library
Wi-Fi (off by default), its port and open parts, the address and its QR poster; members' web PINs;
the digital shelf's files. A thin caller of core.wifi_catalogue, core.community.member_pin,
core.catalog.digital and core.printing.posters; the server runs in gui.web_catalogue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ...core import wifi_catalogue
from ...core.catalog import digital
from ...core.community import member_pin, members
from ...core.errors import PustakaError
from ...core.printing import posters
from ..context import AppContext
from ..web_catalogue import SERVICE
from ..widgets.actions import REFUSED, attempt, open_file, save_file
from ..widgets.forms import add_all, arrange, button, fill_with_scrolling_column, note, section, spin
from ..widgets.messages import confirm, error_text, info, show_error
from ..widgets.messages import translate as _t
from ..widgets.output_language import OutputLanguageBox
from .base import Page


class WifiCatalogueTab(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        fill_with_scrolling_column(self, self._server_box(), self._pin_box(), self._shelf_box())
        self.load()

    # --- the server -------------------------------------------------------------------------------

    def _server_box(self) -> QGroupBox:
        box, form = section(self.tr("Catalogue on the library Wi-Fi"),
                            self.tr("Patrons open the catalogue on their own phones over the library's Wi-Fi or a "
                                    "phone hotspot, with no internet. Off until you switch it on."), QFormLayout)
        self.enabled = QCheckBox(self.tr("Open the web catalogue (starts with the app, stops with it)"))
        form.addRow(self.enabled)
        self.port = spin(wifi_catalogue.MAX_PORT, self.tr("Port"), minimum=wifi_catalogue.MIN_PORT)
        self.port.setGroupSeparatorShown(False)
        form.addRow(self.tr("Port:"), self.port)
        self.parts: dict[str, QCheckBox] = {}
        parts_box = QVBoxLayout()
        for part in wifi_catalogue.PARTS:
            check = QCheckBox(_t("WebParts", wifi_catalogue.PART_NAMES[part]))
            self.parts[part] = check
            parts_box.addWidget(check)
        form.addRow(self.tr("Open parts:"), parts_box)
        self.save_button = button(self.tr("&Save and apply"), slot=self.save)
        form.addRow(self.save_button)
        self.status = note()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Status:"), self.status)
        self.wifi_name = QLineEdit()
        self.wifi_name.setPlaceholderText(self.tr("e.g. Perpus-Desa"))
        self.wifi_name.setAccessibleName(self.tr("Wi-Fi name on the poster"))
        form.addRow(self.tr("Wi-Fi name on the poster:"), self.wifi_name)
        # (a librarian with an English screen still puts the poster up in Indonesian for the patrons)
        self.poster_language = OutputLanguageBox(self.tr("Language of the poster"))
        form.addRow(self.tr("Language of the poster:"), self.poster_language)
        self.poster_button = button(self.tr("Save QR &poster…"), slot=self.save_poster)
        # the door's poster: its code opens the visitor book itself (patrons sign in on their own phones)
        self.door_poster_button = button(self.tr("Save visitor-book poster…"),
                                         slot=lambda: self.save_poster(door=True))
        posters_row = arrange(QHBoxLayout(), self.poster_button, self.door_poster_button)
        posters_row.addStretch(1)
        form.addRow(posters_row)
        return box

    def load(self) -> None:
        opts = wifi_catalogue.options(self.ctx.lib)
        self.enabled.setChecked(opts.enabled)
        self.port.setValue(opts.port)
        for part, check in self.parts.items():
            check.setChecked(part in opts.parts)
        self.show_status()
        self.load_shelf()

    def show_status(self) -> None:
        if SERVICE.error is not None:
            self.status.setText(error_text(SERVICE.error) + "\n" + _t("Errors", _firewall_hint()))
        elif SERVICE.running:
            links = SERVICE.addresses() or [f"http://localhost:{SERVICE.server.port}/"]
            self.status.setText(self.tr("Open. Phones on the same Wi-Fi can open:") + "\n" + "\n".join(links) + "\n"
                                + _t("Errors", _firewall_hint()))
        else:
            self.status.setText(self.tr("Closed."))
        self.poster_button.setEnabled(SERVICE.running)
        # (a door poster of a catalogue whose visitor book is closed would open "this part is closed")
        self.door_poster_button.setEnabled(SERVICE.running and wifi_catalogue.DOOR in wifi_catalogue.options(
            self.ctx.lib).parts)

    def save(self) -> None:
        parts = [part for part, check in self.parts.items() if check.isChecked()]
        if attempt(self, wifi_catalogue.save_options, self.ctx.lib, self.ctx.user, enabled=self.enabled.isChecked(),
                   port=self.port.value(), parts=parts) is REFUSED:
            return
        SERVICE.apply(self.ctx.lib)
        self.show_status()
        if SERVICE.error is not None:
            show_error(self, SERVICE.error)

    def save_poster(self, door: bool = False) -> None:
        links = SERVICE.addresses()
        if not links:
            info(self, self.tr("QR poster"), self.tr("This PC has no network address yet: connect it to the Wi-Fi "
                                                     "first."))
            return
        link = links[0]
        if len(links) > 1:
            link, ok = QInputDialog.getItem(self, self.tr("QR poster"), self.tr("Address for the poster:"), links, 0,
                                            False)
            if not ok:
                return
        path = save_file(self, self.tr("Save QR poster"), "buku-tamu-wifi.pdf" if door else "katalog-wifi.pdf",
                         self.tr("PDF or PNG (*.pdf *.png)"))
        if not path or attempt(self, posters.web_catalogue_poster, self.ctx.lib, self.ctx.user, path, link,
                               wifi_name=self.wifi_name.text(), translate=self.poster_language.words(),
                               door=door) is REFUSED:
            return
        info(self, self.tr("QR poster"), self.tr("Saved: {path}").format(path=path))

    # --- members' PINs ----------------------------------------------------------------------------

    def _pin_box(self) -> QGroupBox:
        box, layout = section(self.tr("Members' PINs for 'My account'"),
                              self.tr("A member logs in on the web catalogue with their card number and a PIN of 4 "
                                      "to 8 digits. Five wrong PINs lock the account for 15 minutes; a new PIN "
                                      "unlocks it."))
        self.pin_member = QLineEdit()
        self.pin_member.setPlaceholderText(self.tr("Member number"))
        self.pin_member.setAccessibleName(self.tr("Member number"))
        layout.addLayout(arrange(QHBoxLayout(), (self.pin_member, 1),
                                 button(self.tr("Set PIN…"), slot=self.set_pin),
                                 button(self.tr("New random PIN"), slot=self.random_pin),
                                 button(self.tr("Close web account"), slot=self.clear_pin)))
        return box

    def _member(self):
        member = attempt(self, members.get_member, self.ctx.lib, self.pin_member.text())
        return None if member is REFUSED else member

    def set_pin(self) -> None:
        member = self._member()
        if member is None:
            return
        pin, ok = QInputDialog.getText(self, self.tr("Set PIN"), self.tr("PIN chosen by {name} (4-8 digits):").format(
            name=member.name), QLineEdit.EchoMode.Password)
        if not ok:
            return
        if attempt(self, member_pin.set_pin, self.ctx.lib, self.ctx.user, member, pin) is REFUSED:
            return
        info(self, self.tr("Set PIN"), self.tr("The PIN of {name} is set.").format(name=member.name))

    def random_pin(self) -> None:
        member = self._member()
        if member is None:
            return
        pin = attempt(self, member_pin.new_pin, self.ctx.lib, self.ctx.user, member)
        if pin is REFUSED:
            return
        info(self, self.tr("New PIN"), self.tr("New PIN for {name}: {pin}\nWrite it down for the member; it is not "
                                               "shown again.").format(name=member.name, pin=pin))

    def clear_pin(self) -> None:
        member = self._member()
        if member is None or not confirm(self, self.tr("Close web account"),
                                         self.tr("Close the web account of {name}?").format(name=member.name)):
            return
        attempt(self, member_pin.clear_pin, self.ctx.lib, self.ctx.user, member)

    # --- the digital shelf --------------------------------------------------------------------------

    def _shelf_box(self) -> QGroupBox:
        box, layout = section(self.tr("Digital shelf"), self.tr(
            "The library's own PDF and EPUB files (village regulations, farming guides, local history...). Each "
            "becomes a catalogue record patrons can read on their phones. The files are kept in the folder "
            "{folder}: keep the originals too.").format(folder=str(digital.files_dir(self.ctx.lib))))
        self.shelf = QListWidget()
        self.shelf.setAccessibleName(self.tr("Files on the digital shelf"))
        self.shelf.setMinimumHeight(120)
        layout.addWidget(self.shelf)
        layout.addLayout(add_all(QHBoxLayout(), button(self.tr("Add PDF/EPUB…"), slot=self.add_file),
                                 button(self.tr("Remove from the shelf"), slot=self.remove_file)))
        return box

    def load_shelf(self) -> None:
        self.shelf.clear()
        views = digital.views_per_file(self.ctx.lib)
        for entry in digital.shelf(self.ctx.lib, limit=5000, include_hidden=True):
            item = QListWidgetItem(self.tr("{title} — {file} ({kind}), opened {views} times").format(
                title=entry.title, file=entry.file_name, kind=entry.kind.upper(), views=views.get(entry.file_id, 0)))
            item.setData(Qt.ItemDataRole.UserRole, entry.file_id)
            self.shelf.addItem(item)

    def add_file(self) -> None:
        path = open_file(self, self.tr("Add to the digital shelf"), self.tr("PDF or EPUB (*.pdf *.epub)"))
        if not path:
            return
        default = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
        title, ok = QInputDialog.getText(self, self.tr("Add to the digital shelf"), self.tr("Title:"), text=default)
        if not ok:
            return
        if attempt(self, digital.add_document, self.ctx.lib, self.ctx.user, path, title=title) is REFUSED:
            return
        self.ctx.events.catalog_changed.emit()
        self.load_shelf()

    def remove_file(self) -> None:
        item = self.shelf.currentItem()
        if item is None:
            return
        if not confirm(self, self.tr("Remove from the shelf"), self.tr("Take this file off the digital shelf? Its "
                                                                       "view counts stay for the reports.")):
            return
        try:
            digital.remove(self.ctx.lib, self.ctx.user,
                           digital.get_file(self.ctx.lib, item.data(Qt.ItemDataRole.UserRole), include_hidden=True))
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.load_shelf()


def _firewall_hint() -> str:
    from ...web.server import FIREWALL_HINT

    return FIREWALL_HINT
