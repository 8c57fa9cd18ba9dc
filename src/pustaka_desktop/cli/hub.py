"""Sync over the network: ``pustaka-cli hub serve`` (the district office) and ``pustaka-cli hub exchange``
(a village: send what waits, fetch what the district has). The same signed bundles as on a USB stick."""

from __future__ import annotations

import argparse
import sys

from ..core import auth
from ..core.errors import Refused
from ..core.sync import client, district_db, keys
from . import common
from .common import translate
from .sync import print_union_place


def register(sub) -> None:
    p = sub.add_parser("hub", help="sync bundles over the network with the district hub")
    actions = p.add_subparsers(dest="hub_action", required=True, metavar="ACTION")
    serve = common.command(actions, "serve", cmd_serve,
                           help="(district) accept villages' bundles over HTTP and publish the union catalogue "
                                "online; Ctrl+C stops it")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--database", metavar="DSN", help="keep the union catalogue and figures in PostgreSQL "
                                                         "(postgresql://USER@HOST/DATABASE; kept for next time, "
                                                         "see 'district db')")
    exchange = common.command(actions, "exchange", cmd_exchange,
                              help="(village) send waiting bundles to the hub and fetch its own")
    exchange.add_argument("--hub", help="the hub's address, e.g. http://192.168.1.10:8765 (kept for next time)")
    exchange.add_argument("--limit-kbps", type=int, help="bandwidth cap in kilobytes per second")


def cmd_serve(args: argparse.Namespace) -> int:
    from ..web.server import WebServer

    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    if not lib.is_district:
        print(translate("cli", "Only a district office database runs the hub."), file=sys.stderr)
        return 1
    if args.database:
        district_db.use_database(lib, by, args.database)
    print_union_place(lib, flush=True)
    try:
        keys.require_genuine(lib)
    except Refused as exc:  # moved to this server: every village's bundle would wait, said only in the log
        if exc.reason != "copied-database":
            raise
        print(translate("cli", "This database looks like a copy or a restored backup (moved here?): villages' "
                               "bundles wait until it is confirmed with pustaka-cli sync confirm-copy --original (or "
                               "--new-site)."), file=sys.stderr, flush=True)

    def line(code: str, what: str) -> None:
        print(f"{code}: {what}", flush=True)

    server = WebServer(hub_and_catalogue(lib, line), host=args.host, port=args.port).start()
    print(translate("cli", "District hub listening on {host}:{port}. Ctrl+C stops it.").format(
        host=args.host, port=server.port), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.stop()
    return 0


def hub_and_catalogue(lib, line=None):
    """/sync/... for the villages' bundles; everything else is the district's online union catalogue."""
    from ..core.wifi_catalogue import CATALOGUE
    from ..web.app import WebApp
    from ..web.hub_app import HubApp
    from ..web.union_source import UnionSource

    hub = HubApp(lib, on_request=line)
    catalogue = WebApp(UnionSource(lib), parts={CATALOGUE}, library_name=lib.profile.name)

    def app(environ, start_response):
        target = hub if environ.get("PATH_INFO", "").startswith("/sync/") else catalogue
        return target(environ, start_response)

    return app


def cmd_exchange(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    auth.require(by, "sync.manage")
    if args.hub:
        with lib.transaction():
            client.set_hub_url(lib, args.hub)
    rate = args.limit_kbps * 1024 if args.limit_kbps else None
    done = client.exchange(lib, by, max_bytes_per_s=rate)
    for name, result in done.sent:
        print(translate("cli", "Sent {name}: {result}").format(name=name, result=translate("SyncResult", client.RESULTS.get(result, result))))
    for name, result in done.fetched:
        print(translate("cli", "Fetched {name}: {result}").format(name=name, result=translate("SyncResult", client.RESULTS.get(result, result))))
    if done.clock_offset:  # synced with the hub's time; the PC's own clock still needs setting
        print(client.clock_warning(done.clock_offset, translate), file=sys.stderr)
    if done.resumed:
        print(translate("cli", "The connection dropped {count} time(s); each time the transfer went on from where "
                               "it stopped.").format(count=done.resumed))
    return 0 if all(result != "rejected" for _name, result in done.sent + done.fetched) else 1
