"""Settings > Union catalogue database (district offices, for staff allowed ``sync.manage``): where the union
catalogue and district figures live (this file, or a PostgreSQL server), a server's address typed in separate
fields, a test of the connection in words, moving the catalogue there and bringing it back. A thin caller of
core.sync.district_db; the password goes to the PC user's PostgreSQL password file (core.store.pgpass), never
into the library's settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit

from ...core.errors import PustakaError
from ...core.formatting import format_number
from ...core.store import pgpass
from ...core.sync import district_db, union
from ..appearance import text_style
from ..context import AppContext
from ..widgets.forms import (
    add_all,
    button,
    fill_with_scrolling_column,
    label_for,
    note,
    secret_field,
    section,
    spin,
)
from ..widgets.messages import confirm, error_text, info
from ..workers import run_job
from .base import Page

DEFAULT_PORT = 5432


class DistrictDatabaseTab(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        fill_with_scrolling_column(self, self._where_box(), self._server_box())
        self.load()

    def _where_box(self):
        box, layout = section(self.tr("Where the union catalogue is kept"))
        self.where = note()
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(self.tr("Where the union catalogue is kept"))
        layout.addWidget(self.where)
        self.back_button = button(self.tr("Bring it ba&ck into this file…"),
                                  self.tr("Bring the union catalogue back into this file"), self.bring_back)
        layout.addLayout(add_all(QHBoxLayout(), self.back_button))
        return box

    def _server_box(self):
        box, form = section(self.tr("PostgreSQL server"), self.tr(
            "When the district outgrows one PC, the union catalogue and the district figures can live on a "
            "PostgreSQL server. Ask whoever looks after the server for an empty database and a user that owns "
            "it."), QFormLayout)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or server-dinas"))
        self.port = spin(65535, self.tr("Port"), minimum=1)
        self.port.setGroupSeparatorShown(False)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("65535") * 3)  # (a port is 5 digits)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = secret_field(self.tr("Password"))
        for field, text in ((self.host, self.tr("&Server (name or IP address):")), (self.port, self.tr("P&ort:")),
                            (self.database, self.tr("&Database name:")), (self.user, self.tr("&User name:")),
                            (self.password, self.tr("Pass&word:"))):
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label_for(text, field), field)
        self.password_note = note()
        form.addRow(self.password_note)
        self.test_button = button(self.tr("&Test the connection"), slot=self.test)
        self.move_button = button(self.tr("&Move the union catalogue there…"),
                                  self.tr("Move the union catalogue to this PostgreSQL server"), self.move)
        form.addRow(add_all(QHBoxLayout(), self.test_button, self.move_button))
        self.outcome = note()
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setAccessibleName(self.tr("Result of the test"))
        form.addRow(self.outcome)
        return box

    # --- showing ----------------------------------------------------------------------------------

    def load(self) -> None:
        found = district_db.place(self.ctx.lib)
        elsewhere = found.server
        if elsewhere:
            text = self.tr(
                "On the PostgreSQL server: {where}\nBackups of this file do not hold the union catalogue: back it "
                "up on the server (pg_dump). The village replicas, settings and accounts stay in this file.").format(
                where=elsewhere)
            if found.by_variable:
                text += "\n\n" + self.tr(
                    "This server is named by this PC's PUSTAKA_DISTRICT_DATABASE variable (set by whoever installed "
                    "the hub), not by a choice saved in this library. Bringing the catalogue back saves your choice "
                    "in this file, and from then on it wins over the variable.")
            found_parts = district_db.parts(elsewhere)
            self.host.setText(found_parts["host"])
            self.port.setValue(int(found_parts["port"]) if found_parts["port"].isdigit() else DEFAULT_PORT)
            self.database.setText(found_parts["database"])
            self.user.setText(found_parts["user"])
        else:
            text = self.tr("In this library's own file ({path}), with everything else: its backups hold "
                           "it.").format(path=self.ctx.lib.path)
        if found.unused_variable:
            text += "\n\n" + self.tr(
                "This PC's PUSTAKA_DISTRICT_DATABASE variable names {variable}, but the choice saved in this "
                "library decides: the variable is not used. Whoever installed the hub may remove it.").format(
                variable=found.unused_variable)
        self.where.setText(text)
        self.back_button.setVisible(bool(elsewhere))
        self.move_button.setEnabled(not elsewhere)
        self.move_button.setToolTip(self.tr("Bring the catalogue back into this file first.") if elsewhere else "")
        self.password_note.setText(self.tr(
            "The password is kept on this PC in the PostgreSQL password file of this PC's user account ({path}), where "
            "PostgreSQL looks for it; never in the library's settings or its backups. Leave it empty when that file "
            "already holds it.").format(path=pgpass.location()))

    def _fields(self) -> tuple:
        return (self.host.text(), self.port.value(), self.database.text(), self.user.text(), self.password.text())

    def _say(self, text: str, tone: str = "") -> None:
        self.outcome.setStyleSheet(text_style(tone) if tone else "")
        self.outcome.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._say(error_text(exc), "danger")

    # --- actions ----------------------------------------------------------------------------------

    def test(self) -> None:
        fields = self._fields()
        self._say(self.tr("Connecting…"))

        def done(records: int) -> None:
            if records:
                self._say(self.tr("Connected. This database already holds a union catalogue of {count} records: "
                                  "move into an empty one.").format(count=format_number(records)), "danger")
            else:
                self._say(self.tr("Connected. The database is empty and ready to take the union catalogue."),
                          "ok")

        run_job(self, self.tr("Testing the connection"),
                lambda progress, cancel: district_db.try_server(self.ctx.user, *fields), done, self._failed)

    def move(self) -> None:
        fields = self._fields()
        try:
            where = district_db.address(*fields[:4])
        except PustakaError as exc:  # an empty field: said where the result shows
            self._failed(exc)
            return
        records = union.counts(self.ctx.lib)["records"]
        password = (self.tr("• The password typed is kept in {pgpass}.") if fields[4] else
                    self.tr("• No password typed: the one kept in {pgpass} is used.")).format(pgpass=pgpass.location())
        variable = district_db.variable_overruled_by(where)
        if variable:
            password += "\n" + self.tr(
                "• This PC's PUSTAKA_DISTRICT_DATABASE variable names another database ({variable}): the server "
                "chosen here wins over it, also for the hub, from the next bundle it takes.").format(variable=variable)
        if not confirm(self, self.tr("Move the union catalogue"), self.tr(
                "Move the union catalogue to this PostgreSQL database?\n{where}\n\n"
                "• The union catalogue built so far ({records} titles) and the district figures are copied there; "
                "from then on the villages' bundles update it there.\n"
                "• The village replicas, the settings and the staff accounts stay in this library's file.\n"
                "• Backups of this file do NOT hold the part in PostgreSQL: it must be backed up on the server "
                "(pg_dump).").format(where=where, records=format_number(records)) + "\n" + password):
            return

        def done(copied: dict) -> None:
            self.password.clear()
            self.load()
            self._say(self.tr("Moved: {records} union records are now kept on the PostgreSQL server.").format(
                records=format_number(copied.get("union_record", 0))), "ok")
            self.ctx.events.catalog_changed.emit()

        run_job(self, self.tr("Moving the union catalogue to PostgreSQL"),
                lambda progress, cancel: district_db.move_to_server(self.ctx.lib, self.ctx.user, *fields,
                                                                    progress=progress, cancel=cancel),
                done, self._failed,
                on_cancelled=lambda: self._say(self.tr("Cancelled: nothing was moved; the union catalogue stays in "
                                                       "this file.")))

    def bring_back(self) -> None:
        text = self.tr(
            "Keep the union catalogue in this library's file again?\n\n"
            "• It is made again here from the village replicas this file holds.\n"
            "• Nothing is deleted on the PostgreSQL server.\n"
            "• From then on the backups of this file hold the whole district again.")
        if district_db.place(self.ctx.lib).by_variable:
            text += "\n" + self.tr(
                "• This PC's PUSTAKA_DISTRICT_DATABASE variable names the server: your choice is saved in this "
                "file and wins over it, also for the hub, from the next bundle it takes.")
        if not confirm(self, self.tr("Bring the union catalogue back"), text):
            return

        def done(_copied: dict) -> None:
            self.load()
            self._say("")
            info(self, self.tr("Union catalogue"), self.tr("The union catalogue is kept in this file again."))
            self.ctx.events.catalog_changed.emit()

        run_job(self, self.tr("Bringing the union catalogue back into this file"),
                lambda progress, cancel: district_db.use_database(self.ctx.lib, self.ctx.user, ""), done,
                self._failed)
