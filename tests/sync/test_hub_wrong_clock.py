"""A village PC with a wrong clock syncs over the network anyway, and is told by how much it is off.

The hub runs in its own process (the models are bound per process) with the district library on a fixed
clock; the village signs with its own fixed clock. A flat clock battery (2009) and Windows on US Pacific time
(14 hours off in UTC) are refused at first, then signed again with the hub's time from its signed answer. A
forged answer cannot move the village's clock; an older hub (no reason code, no time) still gets a plain
sentence; an older village (its English message) still gets its answer from the new hub."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography.hazmat.primitives import serialization

from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import client, keys, wire

from .sync_helpers import Site, enrol
from .test_hub_network import _district_log, _free_port

HUB_NOW = "2026-03-02T09:00:00+07:00"
_SERVE = """
import sys
from pustaka_desktop.cli.hub import hub_and_catalogue
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.web.server import WebServer

lib = Library.open(sys.argv[1], FixedClock(sys.argv[2]))
server = WebServer(hub_and_catalogue(lib), host="127.0.0.1", port=int(sys.argv[3])).start()
print("ready", flush=True)
server._thread.join()
"""


@pytest.fixture
def sites(tmp_path):
    district = Site(tmp_path, "dinas", "DIN", FixedClock(HUB_NOW), district=True)
    village = Site(tmp_path, "desa", "UJI", FixedClock(HUB_NOW))
    enrol(village, district, tmp_path)
    yield village, district
    village.close()
    district.close()


@pytest.fixture
def hub(sites):
    """The real hub (HubApp) on the district's fixed clock; yields its address."""
    village, district = sites
    path = district.lib.path
    district.close()
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", _SERVE, str(path), HUB_NOW, str(port)], text=True,
                               env=dict(os.environ, PUSTAKA_LANG="en"), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    first = process.stdout.readline()
    assert first.strip() == "ready", first + process.stdout.read()
    yield f"http://127.0.0.1:{port}", path
    process.terminate()
    process.wait(timeout=30)


@pytest.mark.parametrize(("village_now", "said"), [
    ("2009-01-01T00:05:00+07:00", "17 year(s) behind"),  # a flat clock battery
    ("2026-03-02T23:00:00+07:00", "14 hour(s) ahead"),  # right wall time, Windows on US Pacific time
])
def test_a_wrong_clock_still_syncs_and_the_librarian_is_told_by_how_much(sites, hub, village_now, said):
    village, _district = sites
    url, district_path = hub
    village.clock.set(village_now)
    with village:
        done = client.exchange(village.lib, village.staff, url, chunk=64 * 1024)
    assert [result for _name, result in done.sent] == ["applied"]
    assert len(done.fetched) == 1
    assert [result for result, _name in _district_log(district_path, FixedClock(HUB_NOW))] == ["applied"]
    warning = client.clock_warning(done.clock_offset)
    assert said in warning and "the district server" in warning and "WIB, WITA or WIT" in warning


def test_a_right_clock_gives_no_warning(sites, hub):
    village, _district = sites
    with village:
        done = client.exchange(village.lib, village.staff, hub[0], chunk=64 * 1024)
    assert done.clock_offset == 0 and client.clock_warning(done.clock_offset) == ""


def test_the_hubs_clock_refusal_names_its_reason_and_time_and_an_older_village_still_reads_it(sites, hub):
    village, _district = sites
    url, _path = hub
    target = "/sync/v1/outbox/prepare"

    def send(now: float) -> tuple[int, dict]:  # how a village of the previous version signs and reads
        with village:
            headers = wire.sign_request(lambda data: keys.sign(village.lib, data), village.lib.site_id, "POST",
                                        target, b"", now=now)
        request = urllib.request.Request(url + target, data=b"", method="POST", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    hub_time = FixedClock(HUB_NOW).now().timestamp()
    status, answer = send(hub_time - 14 * 3600)
    assert status == 403
    assert answer["message"] == "refused (time)"  # what an older village shows
    assert answer["reason"] == "time" and answer[wire.HUB_TIME] == int(hub_time)
    assert send(hub_time)[0] == 200


def test_a_stranger_gets_the_not_enrolled_reason(sites, hub):
    village, _district = sites
    with village:
        connection = client.HubConnection(village.lib, hub[0], client.district_peer(), site="not-a-village")
        with pytest.raises(client.NetworkError) as refused:
            connection.json("POST", "/sync/v1/outbox/prepare")
    assert refused.value.reason == "not-enrolled"
    assert "not enrolled" in refused.value.message() and "refused:" not in refused.value.message()


class FakeHub:
    """Answers every request with one fixed refusal, signed with ``key``: an older hub (the district's key)
    or a forger (any other key). Counts the requests it got."""

    def __init__(self, key, status: int, answer: dict) -> None:
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (the name http.server calls)
                outer.requests += 1
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                data = json.dumps(answer).encode()
                text = wire.answer_text(self.headers[wire.NONCE], status, wire.digest(data))
                import base64

                self.send_response(status)
                self.send_header(wire.SIGNATURE, base64.b64encode(key.sign(text)).decode())
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _private_key(site: Site):
    with site:
        keys.public_key_b64(site.lib)  # (made if missing)
        return serialization.load_pem_private_key((keys.key_dir(site.lib) / "site.key").read_bytes(), None)


def _ask(village: Site, fake: FakeHub) -> tuple[client.HubConnection, client.NetworkError]:
    with village:
        connection = client.HubConnection(village.lib, fake.url, client.district_peer())
        with pytest.raises(client.NetworkError) as refused:
            connection.json("POST", "/sync/v1/outbox/prepare")
    return connection, refused.value


def test_a_forged_clock_refusal_cannot_move_the_villages_clock(sites):
    village, _district = sites
    future = FixedClock("2027-03-02T09:00:00+07:00").now().timestamp()
    fake = FakeHub(_private_key(village), 403, {"message": "refused (time)", "reason": "time", wire.HUB_TIME: future})
    try:
        connection, error = _ask(village, fake)
    finally:
        fake.close()
    assert "wrong signature" in error.message()
    assert connection.offset == 0 and fake.requests == 1  # nothing signed for the forger's date


def test_an_older_hubs_clock_refusal_is_said_plainly(sites):
    village, district = sites
    fake = FakeHub(_private_key(district), 403, {"message": "refused (time)"})
    try:
        connection, error = _ask(village, fake)
    finally:
        fake.close()
    assert isinstance(error, client.HubClockRefused) and fake.requests == 1 and connection.offset == 0
    text = error.message()
    assert "refused (time)" not in text
    assert "more than 5 minutes" in text and "time zone" in text and "USB stick" in text


@pytest.mark.parametrize(("message", "reason"), [
    ("not an enrolled village", "not-enrolled"), ("too large", "too-large"), ("incomplete request", "incomplete"),
    ("hub error", "hub-error"),
])
def test_an_older_hubs_other_refusals_reach_the_village_in_its_words(sites, message, reason):
    village, district = sites
    fake = FakeHub(_private_key(district), 500 if reason == "hub-error" else 401, {"message": message})
    try:
        _connection, error = _ask(village, fake)
    finally:
        fake.close()
    assert error.reason == reason and error.template == client.REFUSALS[reason]
    assert error.message(lambda context, text: "ID:" + text) == "ID:" + client.REFUSALS[reason]  # all translated


def test_a_refusal_from_the_hubs_core_is_translated_on_the_village():
    answer = {"message": "The bundle is not complete yet.", "reason": "", "template": "No bundle {name} waits "
              "for this village.", "context": "Errors", "params": {"name": "pustaka-DIN-to-UJI.zip"}}
    error = client.refusal(answer, 400)
    assert error.message(lambda context, text: f"[{context}] {text}") == (
        "[Errors] No bundle pustaka-DIN-to-UJI.zip waits for this village.")
    broken = dict(answer, params={})  # a template this version cannot fill: the hub's own words
    assert "The bundle is not complete yet." in client.refusal(broken, 400).message()


def test_the_clock_difference_reads_naturally():
    from pustaka_desktop.core.store import health

    assert health.clock_difference(14 * 3600 + 3) == "This computer's clock is 14 hour(s) behind the district server."
    assert "36 hour(s) ahead" in health.clock_difference(-36 * 3600)
    assert "3 day(s)" in health.clock_difference(3 * 86400)
    assert "7 minute(s)" in health.clock_difference(-7 * 60)


def test_the_status_bar_keeps_saying_the_clock_is_wrong_after_each_automatic_sync(sites, qtbot):
    from PySide6.QtWidgets import QMainWindow

    from pustaka_desktop.gui import hub_watch
    from pustaka_desktop.gui.context import AppContext

    village, _district = sites
    window = QMainWindow()
    qtbot.addWidget(window)
    with village:
        watch = hub_watch.install(window, AppContext(village.lib, village.staff))
        watch.stop()
        watch._done(client.Exchange(sent=[("a.zip", "applied")], clock_offset=14 * 3600))
    message = window.statusBar().currentMessage()
    assert "1 bundle(s) sent" in message and "14 hour(s) behind the district server" in message
