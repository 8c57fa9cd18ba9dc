"""A village's first bundle over a phone link that drops: the whole bundle is up, the hub applies it (a
first bundle keeps a district PC busy for a minute or more), and the link drops while the village waits for
the answer. The village asks again and hears that its bundle went in, instead of an error after the
whole upload."""

from __future__ import annotations

import random

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record
from pustaka_desktop.core.sync import client

from .relay import Relay
from .sync_helpers import both_databases
from .test_hub_network import _district_log, network  # noqa: F401 - the hub in its own process


class AnswerLost(Relay):
    """The answer to the first "the whole bundle is there" (POST of an upload) never reaches the village: the hub
    got the question and answered, the link dropped meanwhile."""

    def __init__(self, target_port: int) -> None:
        self.lost = 0
        super().__init__(target_port)

    def up(self, link, data):
        if "first" not in link:
            link["first"] = False
            with self.lock:
                if data.startswith(b"POST /sync/v1/upload/") and not self.lost:
                    self.lost, link["drop"] = 1, True
        return data, False

    def down(self, link, data):
        return not link.get("drop")  # the hub answered; the answer is lost on the way


@both_databases
def test_the_answer_to_a_whole_upload_lost_on_the_way_is_asked_again_and_the_bundle_counts_as_sent(network):  # noqa: F811
    village, district_path, port, clock = network
    proxy = AnswerLost(port)
    try:
        with village:
            done = client.exchange(village.lib, village.staff, f"http://127.0.0.1:{proxy.port}", chunk=16 * 1024)
    finally:
        proxy.close()
    assert proxy.lost == 1 and done.resumed >= 1
    assert [result for _name, result in done.sent] == ["applied"]
    assert [result for _name, result in done.fetched] == ["applied"]  # the district's answer came back too
    results = [result for result, _name in _district_log(district_path, clock)]
    assert results.count("applied") == 1  # applied once, however often it was asked
    with village:
        assert not list(client.sync_dir(village.lib, "outgoing").glob("*"))  # delivered: nothing waits


class ShortBreath(Relay):
    """Every connection that carries more than ``most`` bytes towards the hub is cut there: a link that never holds
    long enough for a whole 256 KB piece (a slow 2G/EDGE line, whose pieces outlast the request's timeout, does the
    same)."""

    def __init__(self, target_port: int, most: int) -> None:
        self.most, self.cut = most, 0
        super().__init__(target_port)

    def up(self, link, data):
        sent = link.get("sent", 0)
        if sent + len(data) > self.most:
            self.cut += 1
            return b"", True
        link["sent"] = sent + len(data)
        return data, False


def test_a_link_that_never_carries_a_whole_piece_gets_smaller_pieces_and_the_bundle_goes_through(network):  # noqa: F811
    village, district_path, port, clock = network
    with village, village.lib.transaction():  # a bundle of several pieces (notes that do not compress away)
        for n in range(1500):
            store.insert(village.lib, Record, title=f"Hikayat {n}", notes=f"{random.Random(n).getrandbits(320):x}")
    proxy = ShortBreath(port, most=20_000)
    try:
        with village:
            done = client.exchange(village.lib, village.staff, f"http://127.0.0.1:{proxy.port}", chunk=64 * 1024)
    finally:
        proxy.close()
    assert proxy.cut >= 1
    assert [result for _name, result in done.sent] == ["applied"]
    assert [result for result, _name in _district_log(district_path, clock)] == ["applied"]
