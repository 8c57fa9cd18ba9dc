"""The district hub over the network: 200 villages (the cached clones of ``bench.sync``: a full village
snapshot each) push their bundles at once to ``pustaka-cli hub serve`` on loopback, in 256 KB pieces.
Time, the hub process's peak memory, and how many were applied (all must be; none lost). (A second
round of small incremental bundles is not measured here yet: the clones have no day-two changes.)

``PUSTAKA_BENCH_HUB_VILLAGES`` runs fewer villages (the cached clones are the same);
``PUSTAKA_BENCH_HUB_POSTGRES=1`` runs the hub with its union catalogue in a fresh PostgreSQL database
(``hub serve --database``; the server as in ``bench.hub_pg``).
"""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pustaka_desktop.core.store.models import SyncBundleLog
from pustaka_desktop.core.sync import client, keys

from . import BenchContext, Row
from .sync import INBOX_VILLAGES, _address, _district, _enrol_clone, inbox_clones

PUSHERS = 20  # villages uploading at the same moment (200 in the queue)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _push(url: str, hub_key: str, clone: dict, path: Path) -> str:
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(clone["private_key"]))
    connection = client.HubConnection(None, url, SimpleNamespace(public_key=hub_key), timeout=600,
                                      sign=key.sign, site=clone["site"])
    return client.send(connection, path)


def _round(url: str, hub_key: str, work: list[tuple[dict, Path]]) -> tuple[float, list[str]]:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=PUSHERS) as pool:
        results = list(pool.map(lambda job: _push(url, hub_key, *job), work))
    return time.perf_counter() - started, results


def rows(ctx: BenchContext) -> list[Row]:
    if os.environ.get("PUSTAKA_BENCH_HUB_POSTGRES") == "1":
        from .hub_pg import fresh_database, server_dsn

        if not server_dsn():
            return [Row("hub (PostgreSQL): village snapshots pushed over HTTP", None, "s",
                        note="no PostgreSQL server: set PUSTAKA_BENCH_POSTGRES")]
        with fresh_database(server_dsn(), "hub") as dsn:
            return _rows(ctx, dsn)
    return _rows(ctx, "")


def _rows(ctx: BenchContext, database: str) -> list[Row]:
    villages = int(os.environ.get("PUSTAKA_BENCH_HUB_VILLAGES", INBOX_VILLAGES))
    clones = inbox_clones()[:villages]
    root = ctx.scratch / "hub"
    root.mkdir(exist_ok=True)
    district, _staff = _district(root)
    district.activate()
    for clone in clones:
        _enrol_clone(district, clone)
    keys.ensure_identity(district)
    hub_key = keys.public_key_b64(district)
    outbox = root / "outbox"
    outbox.mkdir()
    for clone in clones:
        _address(clone, district, outbox)
    files = sorted(outbox.glob("*.zip"))
    by_code = {clone["code"]: clone for clone in clones}
    work = [(by_code[path.name.split("-")[1]], path) for path in files]
    district_path = district.path
    district.close()

    port = _free_port()
    hub = subprocess.Popen([sys.executable, "-c", "import sys; from pustaka_desktop.cli import main; sys.exit(main())",
                            "--db", str(district_path), "hub", "serve", "--host", "127.0.0.1", "--port", str(port),
                            *(["--database", database] if database else [])],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, PUSTAKA_LANG="en"))
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        url = f"http://127.0.0.1:{port}"
        first_s, first = _round(url, hub_key, work)
        rss = _peak_rss_mb(hub.pid)
    finally:
        hub.terminate()
        hub.wait(timeout=60)
    from pustaka_desktop.core.service import Library

    lib = Library.open(district_path)
    try:
        applied = SyncBundleLog.select().where((SyncBundleLog.direction == "in")
                                               & (SyncBundleLog.result == "applied")).count()
    finally:
        lib.close()
    rows_per_bundle = clones[0]["entry"]["records"] if clones else 0
    note = f"{villages} villages x {rows_per_bundle:,} rows, {PUSHERS} uploading at once, 256 KB pieces"
    where = " (union in PostgreSQL)" if database else ""
    return [
        Row(f"hub{where}: {villages} village snapshots pushed over HTTP, all applied", first_s, "s",
            note=f"{applied}/{len(work)} applied ({first.count('applied')} answered applied); {note}"),
        Row(f"hub{where}: peak memory of the hub process", rss, "MB"),
    ]
