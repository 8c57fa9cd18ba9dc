"""``pustaka-cli district grant ...``: book-grant packages for one village, several, or every village."""

from __future__ import annotations

from ..core.formatting import format_number
from ..core.sync import grants, tally
from . import common
from .common import translate


def cmd_grant_create(args) -> int:
    import json

    lib = common.open_library(args)
    common.require_initialised(lib)
    sites = ([peer.site for peer in grants.villages()] if args.all_villages
             else [code.strip() for code in args.to.split(",") if code.strip()])
    made = grants.create_for(lib, common.acting_user(lib, args), sites, args.name, grants.read_table(args.csv))
    grant = made[0]
    copies = len(json.loads(grant.data)["items"])
    print(translate("cli", "Grant package {name} ready: {copies} copies; it goes with the next bundle.").format(
        name=grant.name, copies=format_number(copies)))
    if len(made) > 1:
        print(translate("cli", "The same package for {n} villages, each with its own copies: {codes}.").format(
            n=format_number(len(made)), codes=", ".join(grants.village_codes(made))))
    flagged = json.loads(grant.data).get("flagged", [])
    if flagged:
        print(translate("cli", "Lines with a value to check (an ISBN with a wrong check digit, a year, a price): "
                               "{lines}. They go as written; the village finds them on its Needs checking (Perlu diperiksa) list.").format(
            lines=", ".join(str(n) for n in flagged)))
    return 0


def cmd_grant_list(args) -> int:
    lib = common.open_library(args)
    zone = tally.time_zone()
    for row in grants.grant_list(lib):
        when = row.received_at if row.status == "received" else row.sent_at
        state = translate("Grants", grants.STATE_LABELS[row.status])
        print(f"{tally.shown_time(row.created_at, zone)[:10]} {row.code:<8} {row.name} ({format_number(row.copies)}): "
              f"{state}" + (f" {tally.shown_time(when, zone)}" if when else ""))
    return 0
