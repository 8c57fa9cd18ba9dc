"""Set-up commands: init, demo, stats, settings."""

from __future__ import annotations

import argparse
import os
import sys

from ..core import demo, profile, recovery
from ..core.catalog import class_style
from ..core.formatting import format_number
from ..core.store.models import ALL_MODELS, SyncModel
from . import common
from .common import translate

CLASS_NUMBER_WAYS = ("plain", "segmented")  # 899.2213 or 899.221 3 (core.catalog.class_style)


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "init", cmd_init, help="create a library in a new database (first run, headless)")
    p.add_argument("--library-name", required=True)
    p.add_argument("--library-code", required=True, help="2-8 capitals/digits, the barcode prefix")
    p.add_argument("--librarian", required=True, help="user name of the first librarian")
    p.add_argument("--password", help="the librarian's password (default: $PUSTAKA_PASSWORD)")
    p.add_argument("--pin", help="the librarian's PIN for overrides (digits)")
    p.add_argument("--language", choices=profile.LANGUAGES, default="id")
    p.add_argument("--district", action="store_true", help="this database is a district office")
    for name in ("npp", "village", "kecamatan", "kabupaten", "province", "address"):
        p.add_argument(f"--{name}", default="")

    p = common.command(sub, "demo", cmd_demo, help="fill the database with a realistic demo library")
    p.add_argument("--size", choices=sorted(demo.SIZES), default="village",
                   help="village: 3,000 titles and 400 members, as a village library (the default); tiny: 60 titles, "
                        "to try things quickly; stress: 100,000 titles and 20,000 members, to test speed")
    p.add_argument("--seed", type=int, default=1, metavar="SEED",
                   help="another number makes another library of the same size")

    common.command(sub, "stats", cmd_stats, json=True, help="row counts per table")

    p = sub.add_parser("settings", help="the library's settings: class-numbers")
    ssub = p.add_subparsers(dest="settings_command", required=True, metavar="SETTING")
    q = common.command(ssub, "class-numbers", cmd_class_numbers,
                       help="how class numbers are written: plain (899.2213) or segmented (899.221 3, the space of "
                            "the KDT); without a value: the way now (changing it: librarian)")
    q.add_argument("way", nargs="?", choices=CLASS_NUMBER_WAYS, help="plain: 899.2213; segmented: 899.221 3")


def cmd_init(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    password = args.password or os.environ.get("PUSTAKA_PASSWORD")
    if not password:
        print(translate("cli", "Give the librarian's password with --password or $PUSTAKA_PASSWORD."), file=sys.stderr)
        return 2
    extra = {name: getattr(args, name) for name in ("npp", "village", "kecamatan", "kabupaten", "province", "address")}
    librarian = profile.init_library(
        lib, name=args.library_name, code=args.library_code, librarian=args.librarian, password=password,
        pin=args.pin, language=args.language, kind="district" if args.district else "village", **extra,
    )
    # the name as the library wrote it, without a word before it: a village library's already starts with
    # "Perpustakaan" ("Perpustakaan Perpustakaan Desa ..."), and a TBM's is not a "library"
    print(translate("cli", "{name} ({code}) created in {path}.").format(
        name=lib.profile.name, code=lib.profile.code, path=lib.path))
    # the way back in when no librarian can log in (core.recovery): made now, shown this once
    from .staff import print_code

    print_code(recovery.make_code(lib, librarian))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    made_librarian = not lib.is_initialised  # the demo makes admin/admin123 only in an empty database
    counts = demo.generate(lib, args.size, args.seed, common.progress_line(message_width=20))
    common.end_progress()
    print(translate("cli", "Demo library ready: {counts}.").format(
        counts=", ".join(translate("DemoCounts", demo.COUNT_NAMES.get(key, "{n} " + key)).format(n=format_number(value))
                         for key, value in counts.items())))
    if made_librarian and demo.DEMO_LIBRARIAN[0]:
        print(translate("cli", "Log in as {user} with password {password}.").format(
            user=demo.DEMO_LIBRARIAN[0], password=demo.DEMO_LIBRARIAN[1]))
    else:
        print(translate("cli", "Log in with this library's own librarian account (the demo did not add one)."))
    return 0


def cmd_class_numbers(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    if args.way is not None:
        class_style.choose_by_hand(lib, common.acting_user(lib, args), args.way == "segmented")
    elif not class_style.chosen():
        print(translate("cli", "Class numbers are written like {example} (not chosen yet: a catalogue moved in "
                               "takes the way of its copies' call numbers).").format(example=class_style.example(False)))
        return 0
    print(translate("cli", "Class numbers are written like {example}.").format(
        example=class_style.example(class_style.segmented())))
    return 0


def table_counts() -> dict[str, int]:
    counts = {}
    for model in ALL_MODELS:
        query = model.select()
        if issubclass(model, SyncModel):
            query = query.where(model.deleted == False)  # noqa: E712
        counts[model._meta.table_name] = query.count()
    return counts


def cmd_stats(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    counts = table_counts()
    if args.json:
        common.print_json({"database": str(lib.path), "tables": counts})
    else:
        width = max(len(name) for name in counts)
        for name, count in counts.items():
            print(f"{name:<{width}}  {format_number(count):>10}")
    return 0
