"""Sync with the district office: enrolment both ways, bundles to and from a USB stick, status,
and the conflict and exception lists. Every action is one core.sync call."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
)

from ...core.errors import PustakaError, render
from ...core.formatting import format_number
from ...core.sync import client, conflicts, enrolment, export, hub, importer, keys, lost, status, tally
from ..context import AppContext
from ..widgets.actions import REFUSED, attempt, choose_folder, open_file, save_file
from ..widgets.forms import add_all, arrange, button, column, note, section
from ..widgets.messages import confirm, info, show_error, translate
from ..widgets.tables import current_key, fill, read_only_table, wrapped_column
from ..workers import run_job
from .base import Page
from .sync_lost import LostNotice, LostTab


class SyncPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.heading = note()
        self.heading.setAccessibleName(self.tr("Sync summary"))
        layout.addWidget(self.heading)
        self.copy_box, copy_row = section(self.tr("This database looks like a copy or a restored backup"),
                                          layout=QHBoxLayout)
        self.keep_button = button(self.tr("It is the original library (confirm)"),
                                  slot=lambda: self._resolve_copy(True))
        self.new_button = button(self.tr("Make it a new site (enrol again)"), slot=lambda: self._resolve_copy(False))
        arrange(copy_row, self.keep_button, self.new_button)
        layout.addWidget(self.copy_box)
        self.lost_notice = LostNotice()  # a restored backup lost what the district still holds
        self.lost_notice.open_button.clicked.connect(self.open_lost)
        layout.addWidget(self.lost_notice)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sync sections"))
        layout.addWidget(self.tabs, 1)

        # partners and bundles
        page = column(margins=True)
        box = page.layout()
        self.peers = read_only_table([self.tr("Code"), self.tr("Library"), self.tr("Kind"), self.tr("Status"),
                             self.tr("Changes waiting"), self.tr("Last bundle arrived"), self.tr("Members sent"),
                             self.tr("Key fingerprint")], self.tr("Partner libraries"))
        box.addWidget(self.peers, 1)
        self.export_button = button(self.tr("&Write bundle to USB stick…"), slot=self._export)
        self.import_button = button(self.tr("&Import bundle file…"), slot=self._import_file)
        self.import_folder_button = button(self.tr("Import a &folder of bundles…"), slot=self._import_folder)
        bundle_buttons = add_all(QHBoxLayout(), self.export_button, self.import_button, self.import_folder_button)
        box.addLayout(bundle_buttons)
        if not ctx.lib.is_district:  # over the network whenever a connection exists; USB stays the fallback
            online = QHBoxLayout()
            self.hub_url = QLineEdit(client.hub_url(ctx.lib))
            self.hub_url.setPlaceholderText("http://192.168.1.10:8765")
            self.hub_url.setAccessibleName(self.tr("District hub address"))
            hub_label = QLabel(self.tr("&District hub:"))
            hub_label.setBuddy(self.hub_url)
            self.send_button = button(self.tr("&Send now"), self.tr("Send and fetch bundles over the network now"),
                                      self._send_now)
            box.addLayout(arrange(online, hub_label, (self.hub_url, 1), self.send_button))
        self.results = read_only_table([self.tr("File"), self.tr("Result"), self.tr("Direction"), self.tr("Rows"),
                               self.tr("Why")], self.tr("Bundle results"))
        wrapped_column(self.results, 4)  # (a refusal says why and what to do: read whole, without scrolling)
        box.addWidget(QLabel(self.tr("Recent bundles")))
        box.addWidget(self.results, 1)
        # at the district the Inbox page imports folders of bundles, with a result line per bundle
        if ctx.lib.is_district:
            self.import_folder_button.hide()
            # the monthly meeting's return trip: every village's bundle on one stick, not 60 choices one by one
            self.export_all_button = button(self.tr("Write bundles for all &villages…"), slot=self._export_all)
            bundle_buttons.insertWidget(1, self.export_all_button)
        self.tabs.addTab(page, self.tr("Bundles"))

        # enrolment
        page = column(margins=True)
        box = page.layout()
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("This library's key fingerprint"))
        box.addWidget(self.fingerprint)
        if ctx.lib.is_district:
            hint = self.tr("Read a village's enrolment request, compare its fingerprint with the village librarian "
                           "by phone, then give them the answer file.")
            self.enrol_button = button(self.tr("&Accept an enrolment request…"), slot=self._accept)
        else:
            hint = self.tr("1. Write an enrolment request and take it to the district office. 2. Read the answer "
                           "they give you. Compare both fingerprints by phone.")
            self.enrol_button = button(self.tr("&Write enrolment request…"), slot=self._request)
            self.finish_button = button(self.tr("&Read the district's answer…"),
                                        self.tr("Read the district's answer"), self._finish)
        arrange(box, note(hint), self.enrol_button)
        if not ctx.lib.is_district:
            self.share_button = button(self.tr("Member records sent to the district…"),
                                       self.tr("Member records sent to the district"), self._sharing)
            arrange(box, self.finish_button, self.share_button)
        box.addStretch(1)
        self.tabs.addTab(page, self.tr("Enrolment"))

        # conflicts
        self.conflicts = read_only_table([self.tr("When"), self.tr("Row"), self.tr("Field"), self.tr("Kept"),
                                          self.tr("Lost")], self.tr("Conflicts"))
        self.accept_button = button(self.tr("&Keep as it is"), slot=lambda: self._conflict(False))
        self.reverse_button = button(self.tr("&Reverse (use the lost value)"), slot=lambda: self._conflict(True))
        self.tabs.addTab(column(note(self.tr("Edits made in two places at once: the later one was kept. Reverse to "
                                             "use the other value instead.")), (self.conflicts, 1),
                                add_all(QHBoxLayout(), self.accept_button, self.reverse_button), margins=True),
                         self.tr("Conflicts"))

        # exceptions
        self.exceptions = read_only_table([self.tr("When"), self.tr("Kind"), self.tr("Details")],
                                          self.tr("Exceptions"))
        self.resolve_button = button(self.tr("Mark &resolved"), self.tr("Mark resolved"), self._resolve_exception)
        self.tabs.addTab(column(note(self.tr("Impossible states found while importing (e.g. the same copy lent out "
                                             "twice). Check them, fix the data at the library, then mark them "
                                             "resolved.")), (self.exceptions, 1), self.resolve_button, margins=True),
                         self.tr("Exceptions"))

        # what a restored backup lost (a village only; a tab of its own while lines wait: _show_lost)
        self.lost_tab = LostTab(ctx, self)
        self.lost_tab.hide()
        self.lost_tab.decided.connect(self.refresh)
        self.refresh()
        if self.lost_tab.found:  # the first thing a librarian should see after a restore
            self.tabs.setCurrentWidget(self.lost_tab)

    # --- showing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        st = status.sync_status(self.ctx.lib)
        problem = st["copy_problem"]
        self.copy_box.setVisible(bool(problem))
        for widget in (self.export_button, self.import_button, self.import_folder_button, self.enrol_button,
                       *([self.export_all_button] if self.ctx.lib.is_district else [])):
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
        fill(self.peers, [[p["code"], p["name"], names.get(p["kind"], p["kind"]), names.get(p["status"], p["status"]),
                            p["waiting_changes"], tally.shown_time(p["last_bundle_at"]) or "-",  # not UTC ISO
                            names.get(p["members"], p["members"]), p["fingerprint"]] for p in st["peers"]],
             [p["site"] for p in st["peers"]])
        results = {"made": self.tr("written"), "applied": self.tr("applied"), "already": self.tr("already applied"),
                   "rejected": self.tr("rejected")}
        directions = {"out": self.tr("sent"), "in": self.tr("received")}
        fill(self.results, [[b["file"], results.get(b["result"], b["result"]), directions.get(b["direction"], ""),
                              b["rows"], status.detail_text(b["detail"], translate)]
                             for b in st["recent"]])
        items = conflicts.open_conflicts()
        fill(self.conflicts, [[tally.shown_time(c.at), f"{c.entity} …{c.row_uid[-8:]}", c.field,
                                json.loads(c.kept_value or "null"), json.loads(c.lost_value or "null")] for c in items],
              [c.id for c in items])
        self._show_lost()
        problems = conflicts.open_exceptions()
        said = [conflicts.exception_text(x) for x in problems]
        fill(self.exceptions, [[tally.shown_time(x.at), translate("SyncExceptions", label),
                                render("SyncExceptions", template, values, translate)]
                               for x, (label, template, values) in zip(problems, said, strict=True)],
              [x.id for x in problems])

    def _show_lost(self) -> None:
        found = [] if self.ctx.lib.is_district else lost.entries(self.ctx.lib)
        self.lost_notice.show_count(found)
        self.lost_tab.show_entries(found, lost.cash_taken(self.ctx.lib) if found else [])
        index = self.tabs.indexOf(self.lost_tab)
        if found and index < 0:
            self.tabs.addTab(self.lost_tab, self.tr("What the restore lost"))
        elif not found and index >= 0:
            self.tabs.removeTab(index)

    def open_lost(self) -> None:
        self.tabs.setCurrentWidget(self.lost_tab)
        self.lost_tab.table.setFocus()

    def _call(self, fn, *args, **kwargs):
        """A core call; what went through is shown at once (None: the core said no, and why)."""
        result = attempt(self, fn, *args, **kwargs)
        if result is REFUSED:
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
        selected = current_key(self.peers)
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
        folder = choose_folder(self, self.tr("Choose the USB stick or folder"), "")
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

    def _export_all(self) -> None:
        folder = choose_folder(self, self.tr("Choose the USB stick or folder"), "")
        if not folder:
            return
        lib, user = self.ctx.lib, self.ctx.user

        def done(made) -> None:
            self.refresh()
            failed = [line for line in made if line.error is not None]
            text = self.tr("{written} of {n} bundles written and read back correctly. Each village imports the "
                           "whole folder: it reads its own bundle and leaves the others.").format(
                written=format_number(len(made) - len(failed)), n=format_number(len(made)))
            lines = [f"{line.code} {line.name}: {line.error.message(self.tr_error)}" for line in failed]
            if failed:
                lines.append(self.tr("Write them again when the cause is put right."))
            info(self, self.tr("Bundles written"), "\n".join([text, *lines]))

        run_job(self, self.tr("Writing the bundles"),
                lambda progress, cancelled: export.export_for_all(lib, user, folder, progress, cancelled), done)

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
            fill(self.results, rows)
            self.tabs.setCurrentIndex(0)
            if result.clock_offset:
                info(self, self.tr("The computer's clock is wrong"),
                     client.clock_warning(result.clock_offset, QCoreApplication.translate))

        run_job(self, self.tr("Sending to the district hub"),
                lambda progress, cancelled: client.exchange(lib, user, url, progress, cancelled), done)

    def _show_lines(self, lines) -> None:
        self.refresh()
        names = {"applied": self.tr("applied"), "already": self.tr("already applied"), "rejected": self.tr("rejected"),
                 "ignored": self.tr("ignored (written by this library)"),
                 # (the district's bundle for another village, on a stick filled for the whole kecamatan)
                 "elsewhere": self.tr("for another library, left as it is")}
        fill(self.results, [[line.file, names.get(line.result, line.result)
                             + (f" ({line.reason})" if line.result == "elsewhere" else ""), line.sender, line.changed,
                              line.error.message(self.tr_error) if line.error else ""] for line in lines])
        self.tabs.setCurrentIndex(0)

    def _tell_grants(self, received: list[tuple[str, int]]) -> None:
        """A book grant is a box of books on the librarian's table: say it arrived, and how to label it."""
        if not received:
            return
        lines = [self.tr("Book grant {name}: {copies} copies added, numbered by this library.").format(
            name=name, copies=format_number(copies)) for name, copies in received]
        lines.append(self.tr("Print their labels on the Print page: choose Just added."))
        info(self, self.tr("Book grant received"), "\n".join(lines))

    def tr_error(self, context: str, text: str) -> str:
        return translate(context, text)

    def _import_file(self) -> None:
        path = open_file(self, self.tr("Choose a bundle"), self.tr("Sync bundles (*.zip)"))
        if path:
            self._run_import(Path(path))

    def _import_folder(self) -> None:
        folder = choose_folder(self, self.tr("Choose the folder with bundles"), "")
        if folder:
            self._run_import(Path(folder))

    def _run_import(self, path: Path) -> None:
        lib, user = self.ctx.lib, self.ctx.user

        def job(progress, cancelled):
            if path.is_dir():
                return hub.import_folder(lib, user, path, progress, cancelled)
            try:
                r = importer.import_bundle(lib, user, path, progress, cancelled, watch=True)
                return [hub.InboxLine(path.name, r.result, r.sender, r.rows, r.changed, grants=r.grants)]
            except PustakaError as exc:
                importer.log_rejected(lib, importer.ImportResult(str(path), result="rejected",
                                                                 reason=getattr(exc, "reason", ""),
                                                                 message=exc.message(), error=exc))
                return [hub.InboxLine(path.name, "rejected", reason=getattr(exc, "reason", ""), error=exc)]

        def done(lines) -> None:
            self._show_lines(lines)
            self.ctx.events.catalog_changed.emit()
            self._tell_grants([grant for line in lines for grant in line.grants])

        run_job(self, self.tr("Importing bundles"), job, done)

    def _request(self) -> None:
        path = save_file(self, self.tr("Save the enrolment request"), f"pustaka-enrol-{self.ctx.lib.profile.code}.json",
                         self.tr("Enrolment files (*.json)"))
        if path:
            fingerprint = self._call(enrolment.make_request, self.ctx.lib, self.ctx.user, path)
            if fingerprint:
                info(self, self.tr("Enrolment request written"), self.tr(
                    "Take the file to the district office. Read this fingerprint to them by phone when they ask:\n\n"
                    "{fingerprint}").format(fingerprint=fingerprint))

    def _open_enrolment_file(self, title: str, read) -> tuple[str, dict] | tuple[None, None]:
        """An enrolment file the user chose and what ``read`` found in it ((None, None): cancelled, or
        the core could not read it and said why)."""
        path = open_file(self, title, self.tr("Enrolment files (*.json)"))
        content = attempt(self, read, path) if path else REFUSED
        return (None, None) if content is REFUSED else (path, content)

    def _finish(self) -> None:
        path, answer = self._open_enrolment_file(self.tr("Open the district's answer"), enrolment.read_answer)
        if path is None:
            return
        if confirm(self, self.tr("Check the fingerprint"), self.tr(
                "District: {name}\nFingerprint: {fingerprint}\n\nDoes the district office read you the same "
                "fingerprint on the phone?").format(name=answer["district"]["name"], fingerprint=answer["fingerprint"])):
            self._call(enrolment.finish, self.ctx.lib, self.ctx.user, path)

    def _accept(self) -> None:
        path, request = self._open_enrolment_file(self.tr("Open a village's enrolment request"),
                                                  enrolment.read_request)
        if path is None:
            return
        code, ok = QInputDialog.getText(self, self.tr("Library code"), self.tr(
            "{name}\nFingerprint: {fingerprint}\n\nCompare the fingerprint with the village by phone. Library code:")
            .format(name=request["name"], fingerprint=request["fingerprint"]), text=request["code"])
        if not ok:
            return
        answer = save_file(self, self.tr("Save the answer for the village"), f"pustaka-answer-{code}.json",
                           self.tr("Enrolment files (*.json)"))
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
        conflict_id = current_key(self.conflicts)
        if conflict_id is None:
            return
        self._call(conflicts.reverse if reverse else conflicts.accept, self.ctx.lib, self.ctx.user, conflict_id)
        if reverse:
            self.ctx.events.catalog_changed.emit()

    def _resolve_exception(self) -> None:
        exception_id = current_key(self.exceptions)
        if exception_id is not None:
            self._call(conflicts.resolve_exception, self.ctx.lib, self.ctx.user, exception_id)
