"""Web catalogue rows: 20 phones searching at once over loopback against the real server (waitress in
its own process, the stress library of 100,000 records). Each phone types words letter by letter
like a person (as-you-type requests, ~0.3 s between key presses) for a bounded time; server time is
read from the Server-Timing header each answer carries, client time is measured beside it. A second
run without pauses shows the saturated case. Memory: the server process's peak resident size (VmHWM),
and `pustaka-cli serve` itself (with the CLI's translations) after a few pages."""

from __future__ import annotations

import http.client
import os
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

from . import BenchContext, Row

PHONES = 20
# a phone's typing: the as-you-type script asks once the word has three letters
SECONDS = 15.0  # bounded: the whole module takes about a minute
PAUSE = 0.3


def _words(db_path: Path, n: int = 60) -> list[str]:
    import sqlite3

    with sqlite3.connect(db_path) as con:
        titles = [t for (t,) in con.execute("SELECT title FROM record ORDER BY random() LIMIT 400")]
    words = sorted({w.lower() for t in titles for w in re.findall(r"[A-Za-z]{4,}", t)})
    random.Random(7).shuffle(words)
    return words[:n]


def _rss_peak_mb(pid: int) -> tuple[float, float]:
    status = Path(f"/proc/{pid}/status").read_text()
    get = lambda key: int(re.search(rf"{key}:\s+(\d+)", status).group(1)) / 1024  # noqa: E731
    return get("VmRSS"), get("VmHWM")


def _load(port: int, words: list[str], pause: float, seconds: float) -> tuple[list[float], list[float], int]:
    server_ms: list[float] = []
    client_ms: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def phone(n: int) -> None:
        rnd = random.Random(n)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop:
            word = rnd.choice(words)
            for end in range(3, len(word) + 1):  # search.js asks from the third letter on
                if time.monotonic() >= stop:
                    break
                began = time.perf_counter()
                try:
                    conn.request("GET", f"/?q={quote(word[:end])}&bagian=hasil")
                    answer = conn.getresponse()
                    answer.read()
                    timing = answer.getheader("Server-Timing", "")
                except (OSError, http.client.HTTPException):
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    with lock:
                        errors[0] += 1
                    continue
                spent = (time.perf_counter() - began) * 1000
                found = re.search(r"dur=([\d.]+)", timing)
                with lock:
                    if answer.status != 200 or not found:
                        errors[0] += 1
                    else:
                        server_ms.append(float(found.group(1)))
                        client_ms.append(spent)
                if pause:
                    time.sleep(pause * rnd.uniform(0.6, 1.4))
        conn.close()

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(PHONES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return server_ms, client_ms, errors[0]


def _p95(values: list[float]) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return values[int(0.95 * (len(values) - 1))]


def _cli_serve_rss(db: Path) -> float | None:
    """`pustaka-cli serve` as a librarian runs it, after a handful of pages."""
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([str(Path(sys.executable).parent / "pustaka-cli"), "--db", str(db), "serve", "--host",
                             "127.0.0.1", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        proc.stdout.readline()
        for path in ("/", "/?q=sejarah", "/?q=pertanian&ada=1", "/baru", "/buku/1", "/akun"):
            for _ in range(20):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30).read()
                    break
                except OSError:
                    time.sleep(0.25)
        return _rss_peak_mb(proc.pid)[1]
    except (OSError, AttributeError):
        return None
    finally:
        proc.terminate()
        proc.wait(10)


def _core_floor(db: Path, words: list[str]) -> float | None:
    from pustaka_desktop.core.catalog import search
    from pustaka_desktop.core.service import Library

    lib = Library.open(db)
    try:
        times = []
        for word in words[:25]:
            for end in range(3, len(word) + 1):
                began = time.perf_counter()
                search.search(lib, word[:end], search.Filters(include_hidden=False), limit=20)
                times.append((time.perf_counter() - began) * 1000)
        return _p95(times)
    finally:
        lib.close()


def rows(ctx: BenchContext) -> list[Row]:
    db = ctx.copy_db("web")
    from pustaka_desktop.core.service import Library

    Library.open(db).close()  # migrate the copy once, outside the measurement
    words = _words(db)
    import sqlite3

    with sqlite3.connect(db) as con:
        records = con.execute("SELECT count(*) FROM record WHERE deleted = 0").fetchone()[0]
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen([sys.executable, "-m", "bench.web_probe", str(db)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, cwd=root)
    try:
        port = int(proc.stdout.readline())
        _load(port, words[:5], 0, 2.0)  # warm the page cache and the templates
        server_ms, client_ms, errors = _load(port, words, PAUSE, SECONDS)
        busy_server, busy_client, busy_errors = _load(port, words, 0, SECONDS / 3)
        rss, peak = _rss_peak_mb(proc.pid)
    finally:
        proc.stdin.close()
        counts = proc.stdout.readline().split()
        proc.wait(20)
    cached = f"{int(counts[0]) * 100 // max(1, int(counts[0]) + int(counts[1]))} % of pages from the 20 s result cache" \
        if len(counts) == 2 else "cache use unknown"
    rate = len(server_ms) / SECONDS
    out = [
        Row("web: search page p95, server time, 20 phones typing", _p95(server_ms), "ms", 50,
            note=f"{len(server_ms)} searches in {SECONDS:.0f} s ({rate:.0f}/s), {errors} errors; {records:,} records; {cached}"),
        Row("web: search page p95, at the phone (loopback)", _p95(client_ms), "ms", None,
            note="Server time plus waiting for a worker thread and the network stack"),
        Row("web: search page p95, server time, 20 phones no pauses", _p95(busy_server), "ms", None,
            note=f"saturated: {len(busy_server) / (SECONDS / 3):.0f} searches/s, p95 at the phone "
                 f"{_p95(busy_client) or 0:.0f} ms, {busy_errors} errors"),
        Row("web: server memory (peak resident)", peak, "MB", 60, note=f"{rss:.0f} MB resident at the end; "
                                                                         "waitress, 4 threads, catalogue part"),
    ]
    floor = _core_floor(db, words)
    load = os.getloadavg()[0]
    out.append(Row("web: core search alone p95 (same typing, one at a time)", floor, "ms", None,
                   note=f"the floor under the server rows, this run; machine load average {load:.1f} on "
                        f"{os.cpu_count()} cores"))
    cli_peak = _cli_serve_rss(db)
    out.append(Row("web: pustaka-cli serve memory (peak resident)", cli_peak, "MB", None,
                   note="the CLI process also loads Qt's translator for its own messages"))
    return out
