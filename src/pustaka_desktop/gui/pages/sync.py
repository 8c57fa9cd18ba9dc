"""Sync with the district office: enrolment both ways, bundles to and from a USB stick, status,
and the conflict and exception lists. Every action is one core.sync call."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import PustakaError
from ...core.sync import client, conflicts, enrolment, export, hub, importer, keys, status
from ..context import AppContext
from ..widgets.messages import confirm, info, show_error
from ..widgets.tables import read_only_table
from ..workers import run_job


def _fill(table: QTableWidget, rows: list[list[object]], keys_: list[object] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if keys_ is not None and c == 0:
                item.setData(256, keys_[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _wrapping(text: str) -> QLabel:
    """A hint that wraps instead of widening the page (large text on a small screen)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Sync summary"))
        layout.addWidget(self.heading)
        self.copy_box = QGroupBox(self.tr("This database looks like a copy or a restored backup"))
        copy_row = QHBoxLayout(self.copy_box)
        self.keep_button = QPushButton(self.tr("It is the original library (confirm)"))
        self.new_button = QPushButton(self.tr("Make it a new site (enrol again)"))
        for button in (self.keep_button, self.new_button):
            button.setAccessibleName(button.text())
            copy_row.addWidget(button)
        self.keep_button.clicked.connect(lambda: self._resolve_copy(True))
        self.new_button.clicked.connect(lambda: self._resolve_copy(False))
        layout.addWidget(self.copy_box)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sync sections"))
        layout.addWidget(self.tabs, 1)

        # partners and bundles
        page = QWidget()
        box = QVBoxLayout(page)
        self.peers = read_only_table([self.tr("Code"), self.tr("Library"), self.tr("Kind"), self.tr("Status"),
                             self.tr("Changes waiting"), self.tr("Last bundle arrived"), self.tr("Members sent"),
                             self.tr("Key fingerprint")], self.tr("Partner libraries"))
        box.addWidget(self.peers, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Write bundle to USB stick…"))
        self.import_button = QPushButton(self.tr("&Import bundle file…"))
        self.import_folder_button = QPushButton(self.tr("Import a &folder of bundles…"))
        for button in (self.export_button, self.import_button, self.import_folder_button):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        if not ctx.lib.is_district:  # over the network whenever a connection exists; USB stays the fallback
            online = QHBoxLayout()
            self.hub_url = QLineEdit(client.hub_url(ctx.lib))
            self.hub_url.setPlaceholderText("http://192.168.1.10:8765")
            self.hub_url.setAccessibleName(self.tr("District hub address"))
            hub_label = QLabel(self.tr("District &hub:"))
            hub_label.setBuddy(self.hub_url)
            self.send_button = QPushButton(self.tr("&Send now"))
            self.send_button.setAccessibleName(self.tr("Send and fetch bundles over the network now"))
            self.send_button.clicked.connect(self._send_now)
            online.addWidget(hub_label)
            online.addWidget(self.hub_url, 1)
            online.addWidget(self.send_button)
            box.addLayout(online)
        self.results = read_only_table([self.tr("File"), self.tr("Result"), self.tr("Direction"), self.tr("Rows"),
                               self.tr("Why")], self.tr("Bundle results"))
        box.addWidget(QLabel(self.tr("Recent bundles")))
        box.addWidget(self.results, 1)
        self.export_button.clicked.connect(self._export)
        self.import_button.clicked.connect(self._import_file)
        self.import_folder_button.clicked.connect(self._import_folder)
        # at the district the Inbox page imports folders of bundles, with a result line per bundle
        if ctx.lib.is_district:
            self.import_folder_button.hide()
        self.tabs.addTab(page, self.tr("Bundles"))

        # enrolment
        page = QWidget()
        box = QVBoxLayout(page)
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("This library's key fingerprint"))
        box.addWidget(self.fingerprint)
        if ctx.lib.is_district:
            hint = self.tr("Read a village's enrolment request, compare its fingerprint with the village librarian "
                           "by phone, then give them the answer file.")
            self.enrol_button = QPushButton(self.tr("&Accept an enrolment request…"))
            self.enrol_button.clicked.connect(self._accept)
        else:
            hint = self.tr("1. Write an enrolment request and take it to the district office. 2. Read the answer "
                           "they give you. Compare both fingerprints by phone.")
            self.enrol_button = QPushButton(self.tr("&Write enrolment request…"))
            self.enrol_button.clicked.connect(self._request)
            self.finish_button = QPushButton(self.tr("&Read the district's answer…"))
            self.finish_button.setAccessibleName(self.tr("Read the district's answer"))
            self.finish_button.clicked.connect(self._finish)
        label = QLabel(hint)
        label.setWordWrap(True)
        box.addWidget(label)
        self.enrol_button.setAccessibleName(self.enrol_button.text().replace("&", "").rstrip("…"))
        box.addWidget(self.enrol_button)
        if not ctx.lib.is_district:
            box.addWidget(self.finish_button)
            self.share_button = QPushButton(self.tr("Member records sent to the district…"))
            self.share_button.setAccessibleName(self.tr("Member records sent to the district"))
            self.share_button.clicked.connect(self._sharing)
            box.addWidget(self.share_button)
        box.addStretch(1)
        self.tabs.addTab(page, self.tr("Enrolment"))

        # conflicts
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(_wrapping(self.tr("Edits made in two places at once: the later one was kept. Reverse to use the "
                                        "other value instead.")))
        self.conflicts = read_only_table([self.tr("When"), self.tr("Row"), self.tr("Field"), self.tr("Kept"), self.tr("Lost")],
                                self.tr("Conflicts"))
        box.addWidget(self.conflicts, 1)
        row = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Keep as it is"))
        self.reverse_button = QPushButton(self.tr("&Reverse (use the lost value)"))
        for button in (self.accept_button, self.reverse_button):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.accept_button.clicked.connect(lambda: self._conflict(False))
        self.reverse_button.clicked.connect(lambda: self._conflict(True))
        self.tabs.addTab(page, self.tr("Conflicts"))

        # exceptions
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(_wrapping(self.tr("Impossible states found while importing (e.g. the same copy lent out twice). "
                                        "Check them, fix the data at the library, then mark them resolved.")))
        self.exceptions = read_only_table([self.tr("When"), self.tr("Kind"), self.tr("Details")], self.tr("Exceptions"))
        box.addWidget(self.exceptions, 1)
        self.resolve_button = QPushButton(self.tr("Mark &resolved"))
        self.resolve_button.setAccessibleName(self.tr("Mark resolved"))
        self.resolve_button.clicked.connect(self._resolve_exception)
        box.addWidget(self.resolve_button)
        self.tabs.addTab(page, self.tr("Exceptions"))
        self.refresh()

    # --- showing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        st = status.sync_status(self.ctx.lib)
        problem = st["copy_problem"]
        self.copy_box.setVisible(bool(problem))
        for widget in (self.export_button, self.import_button, self.import_folder_button, self.enrol_button):
            widget.setEnabled(not problem)
        active = [p for p in st["peers"] if p["status"] == "active"]
        if not st["peers"]:
            text = self.tr("Not enrolled with a district office yet: see Enrolment.") if not st["district"] else \
                self.tr("No village is enrolled yet: see Enrolment.")
        else:
            text = self.tr("{n} partner libraries. Open conflicts: {c}. Open exceptions: {e}.").format(
                n=len(active), c=st["open_conflicts"], e=st["open_exceptions"])
        self.heading.setText(text)
        self.fingerprint.setText(self.tr("This library's key fingerprint: {fingerprint}").format(
            fingerprint=st["fingerprint"] or "-"))
        names = {"village": self.tr("village"), "district": self.tr("district"), "active": self.tr("active"),
                 "revoked": self.tr("revoked"), "full": self.tr("full records"),
                 "pseudonymised": self.tr("pseudonymised")}
        _fill(self.peers, [[p["code"], p["name"], names.get(p["kind"], p["kind"]), names.get(p["status"], p["status"]),
                            p["waiting_changes"], p["last_bundle_at"] or "-", names.get(p["members"], p["members"]),
                            p["fingerprint"]] for p in st["peers"]], [p["site"] for p in st["peers"]])
        results = {"made": self.tr("written"), "applied": self.tr("applied"), "already": self.tr("already applied"),
                   "rejected": self.tr("rejected")}
        directions = {"out": self.tr("sent"), "in": self.tr("received")}
        _fill(self.results, [[b["file"], results.get(b["result"], b["result"]), directions.get(b["direction"], ""),
                              b["rows"], b["detail"]]
                             for b in st["recent"]])
        items = conflicts.open_conflicts()
        _fill(self.conflicts, [[c.at.strftime("%Y-%m-%d %H:%M"), f"{c.entity} {c.row_uid[:8]}", c.field,
                                json.loads(c.kept_value or "null"), json.loads(c.lost_value or "null")] for c in items],
              [c.id for c in items])
        problems = conflicts.open_exceptions()
        _fill(self.exceptions, [[x.at.strftime("%Y-%m-%d %H:%M"), x.kind, x.detail] for x in problems],
              [x.id for x in problems])

    def _selected(self, table: QTableWidget):
        row = table.currentRow()
        if row < 0 or table.item(row, 0) is None:
            return None
        return table.item(row, 0).data(256)

    def _call(self, fn, *args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except PustakaError as exc:
            show_error(self, exc)
            return None
        self.refresh()
        return result

    # --- actions ----------------------------------------------------------------------------------

    def _resolve_copy(self, keep: bool) -> None:
        question = self.tr("Is this the original library's database (for example restored after a broken disk)? "
                           "The old PC must then never sync again.") if keep else \
            self.tr("Make this database a new site? It must be enrolled with the district again.")
        if confirm(self, self.tr("Copied database"), question):
            self._call(keys.resolve_copy, self.ctx.lib, self.ctx.user, keep)

    def _peer_for_export(self) -> str | None:
        st = status.sync_status(self.ctx.lib)
        active = [p for p in st["peers"] if p["status"] == "active"]
        if not active:
            info(self, self.tr("Write bundle"), self.tr("Enrol with a partner library first."))
            return None
        selected = self._selected(self.peers)
        if selected and any(p["site"] == selected for p in active):
            return selected
        if len(active) == 1:
            return active[0]["site"]
        labels = [f"{p['code']} {p['name']}" for p in active]
        choice, ok = QInputDialog.getItem(self, self.tr("Write bundle"), self.tr("For which library?"), labels, 0, False)
        return active[labels.index(choice)]["site"] if ok else None

    def _export(self) -> None:
        site = self._peer_for_export()
        if site is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"))
        if not folder:
            return
        lib, user = self.ctx.lib, self.ctx.user

        def done(result) -> None:
            self.refresh()
            info(self, self.tr("Bundle written"), self.tr(
                "The bundle {name} was written and read back correctly ({rows} rows). You can remove the USB stick "
                "now.").format(name=result.path.name, rows=result.rows))

        run_job(self, self.tr("Writing the bundle"),
                lambda progress, cancelled: export.export_bundle(lib, user, site, folder, progress, cancelled), done)

    def _send_now(self) -> None:
        """Send what waits to the district hub and fetch what it has, off the GUI thread."""
        lib, user = self.ctx.lib, self.ctx.user
        try:
            with lib.transaction():
                url = client.set_hub_url(lib, self.hub_url.text())
        except PustakaError as exc:
            show_error(self, exc)
            return
        if not url:
            self.hub_url.setFocus()
            return

        def done(result) -> None:
            self.refresh()
            names = {key: QCoreApplication.translate("SyncResult", text) for key, text in client.RESULTS.items()}
            rows = [[name, names.get(result_, result_), self.tr("sent"), "", ""] for name, result_ in result.sent]
            rows += [[name, names.get(result_, result_), self.tr("fetched"), "", ""] for name, result_ in result.fetched]
            _fill(self.results, rows)
            self.tabs.setCurrentIndex(0)

        run_job(self, self.tr("Sending to the district hub"),
                lambda progress, cancelled: client.exchange(lib, user, url, progress, cancelled), done)

    def _show_lines(self, lines) -> None:
        self.refresh()
        names = {"applied": self.tr("applied"), "already": self.tr("already applied"), "rejected": self.tr("rejected")}
        _fill(self.results, [[line.file, names.get(line.result, line.result), line.sender, line.changed,
                              line.error.message(self.tr_error) if line.error else ""] for line in lines])
        self.tabs.setCurrentIndex(0)

    def tr_error(self, context: str, text: str) -> str:
        from ..widgets.messages import translate

        return translate(context, text)

    def _import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a bundle"), "", self.tr("Sync bundles (*.zip)"))
        if path:
            self._run_import(Path(path))

    def _import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder with bundles"))
        if folder:
            self._run_import(Path(folder))

    def _run_import(self, path: Path) -> None:
        lib, user = self.ctx.lib, self.ctx.user

        def job(progress, cancelled):
            if path.is_dir():
                return hub.import_folder(lib, user, path, progress, cancelled)
            try:
                r = importer.import_bundle(lib, user, path, progress, cancelled)
                return [hub.InboxLine(path.name, r.result, r.sender, r.rows, r.changed)]
            except PustakaError as exc:
                importer.log_rejected(lib, importer.ImportResult(str(path), result="rejected",
                                                                 reason=getattr(exc, "reason", ""),
                                                                 message=exc.message()))
                return [hub.InboxLine(path.name, "rejected", reason=getattr(exc, "reason", ""), error=exc)]

        def done(lines) -> None:
            self._show_lines(lines)
            self.ctx.events.catalog_changed.emit()

        run_job(self, self.tr("Importing bundles"), job, done)

    def _request(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the enrolment request"),
                                              f"pustaka-enrol-{self.ctx.lib.profile.code}.json",
                                              self.tr("Enrolment files (*.json)"))
        if path:
            fingerprint = self._call(enrolment.make_request, self.ctx.lib, self.ctx.user, path)
            if fingerprint:
                info(self, self.tr("Enrolment request written"), self.tr(
                    "Take the file to the district office. Read this fingerprint to them by phone when they ask:\n\n"
                    "{fingerprint}").format(fingerprint=fingerprint))

    def _finish(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the district's answer"), "",
                                              self.tr("Enrolment files (*.json)"))
        if not path:
            return
        try:
            answer = enrolment.read_answer(path)
        except PustakaError as exc:
            show_error(self, exc)
            return
        if confirm(self, self.tr("Check the fingerprint"), self.tr(
                "District: {name}\nFingerprint: {fingerprint}\n\nDoes the district office read you the same "
                "fingerprint on the phone?").format(name=answer["district"]["name"], fingerprint=answer["fingerprint"])):
            self._call(enrolment.finish, self.ctx.lib, self.ctx.user, path)

    def _accept(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a village's enrolment request"), "",
                                              self.tr("Enrolment files (*.json)"))
        if not path:
            return
        try:
            request = enrolment.read_request(path)
        except PustakaError as exc:
            show_error(self, exc)
            return
        code, ok = QInputDialog.getText(self, self.tr("Library code"), self.tr(
            "{name}\nFingerprint: {fingerprint}\n\nCompare the fingerprint with the village by phone. Library code:")
            .format(name=request["name"], fingerprint=request["fingerprint"]), text=request["code"])
        if not ok:
            return
        answer, _ = QFileDialog.getSaveFileName(self, self.tr("Save the answer for the village"),
                                                f"pustaka-answer-{code}.json", self.tr("Enrolment files (*.json)"))
        if answer and self._call(enrolment.accept_request, self.ctx.lib, self.ctx.user, path, answer, code=code):
            info(self, self.tr("Village enrolled"), self.tr(
                "Give the answer file to the village. Read them this district fingerprint:\n\n{fingerprint}").format(
                fingerprint=keys.own_fingerprint(self.ctx.lib)))

    def _sharing(self) -> None:
        st = status.sync_status(self.ctx.lib)
        district = next((p for p in st["peers"] if p["kind"] == "district" and p["status"] == "active"), None)
        if district is None:
            info(self, self.tr("Member records"), self.tr("Enrol with a partner library first."))
            return
        options = [self.tr("Pseudonymised (no names, phones, addresses or NIK)"),
                   self.tr("Full member records (needs recorded consent)")]
        choice, ok = QInputDialog.getItem(self, self.tr("Member records"), self.tr("What goes to the district?"),
                                          options, 1 if district["members"] == "full" else 0, False)
        if not ok:
            return
        full = options.index(choice) == 1
        consent = ""
        if full:
            consent, ok = QInputDialog.getText(self, self.tr("Consent"), self.tr(
                "Who agreed to share full member records, and when?"))
            if not ok:
                return
        self._call(enrolment.set_member_sharing, self.ctx.lib, self.ctx.user, district["site"], full, consent)

    def _conflict(self, reverse: bool) -> None:
        conflict_id = self._selected(self.conflicts)
        if conflict_id is None:
            return
        self._call(conflicts.reverse if reverse else conflicts.accept, self.ctx.lib, self.ctx.user, conflict_id)
        if reverse:
            self.ctx.events.catalog_changed.emit()

    def _resolve_exception(self) -> None:
        exception_id = self._selected(self.exceptions)
        if exception_id is not None:
            self._call(conflicts.resolve_exception, self.ctx.lib, self.ctx.user, exception_id)
