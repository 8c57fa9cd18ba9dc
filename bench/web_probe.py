"""The web catalogue's server part alone, for bench/web.py: ``python -m bench.web_probe DB`` opens the
library, serves it with waitress on a free loopback port (rate limits raised: the load generator is
one address standing in for 20 phones), prints the port, and serves until stdin closes."""

from __future__ import annotations

import logging
import sys

from pustaka_desktop.core.service import Library
from pustaka_desktop.web.app import WebApp
from pustaka_desktop.web.security import Limit, RateLimiter
from pustaka_desktop.web.server import WebServer


def main() -> None:
    logging.getLogger("waitress").setLevel(logging.ERROR)  # "task queue depth" is what a load test makes
    lib = Library.open(sys.argv[1])
    limiter = RateLimiter({"page": Limit(100_000, 10_000_000)})
    app = WebApp(lib=lib, parts=frozenset({"catalogue"}), limiter=limiter)
    server = WebServer(app, "127.0.0.1", 0).start()
    print(server.port, flush=True)
    sys.stdin.read()  # the bench closes stdin when it is done
    server.stop()
    print(app.source.cache_hits, app.source.cache_misses, flush=True)
    lib.close()


if __name__ == "__main__":
    main()
