"""``pustaka-cli import-undo``: the imports that can be undone (catalogue, members, loan list, SLiMS history,
visitor book), newest first, and ``import-undo ID [--dry-run]`` to take one back (core.interop.import_undo): what
it added goes, what it changed is put back, what was used or changed since stays and is named. Exit code 2 when
something stayed."""

from __future__ import annotations

import argparse

from ..core.formatting import format_datetime, format_number
from ..core.interop import import_list, import_undo, undo_circulation
from . import common
from .common import translate

SHOWN = 20  # rows that stay, named one by one; the rest counted


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "import-undo", cmd_import_undo, json=True,
                       help="undo an import made by mistake: catalogue, members, loans, SLiMS history, visitor book "
                            "(without ID: list the imports)")
    p.add_argument("id", nargs="?", type=int, help="the import's number (see the list)")
    p.add_argument("--dry-run", action="store_true", help="only say what would be removed, put back and kept")


def cmd_import_undo(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    if args.id is None:
        return _list(args, import_list.recent_imports(lib, by))
    if args.dry_run:
        plan = import_undo.plan_undo(lib, by, args.id)
    else:
        plan = import_undo.undo_import(lib, by, args.id)
    if args.json:
        common.print_json({"import": plan.audit_id, "action": plan.action, "file": plan.file, "removed": plan.removed,
                           "restored": plan.restored, "sent": plan.sent, "done": plan.done, "put_aside": plan.put_aside,
                           "kept": [{"entity": k.entity, "label": k.label,
                                     "reason": translate("ImportUndo", k.reason)} for k in plan.kept]})
    else:
        _show(plan, args.dry_run)
    return 2 if plan.kept else 0


def _list(args: argparse.Namespace, entries: list[import_list.ImportEntry]) -> int:
    def as_json(entry: import_list.ImportEntry) -> dict:
        return {"id": entry.audit_id, "at": entry.at.isoformat(), "user": entry.username, "action": entry.action,
                "file": entry.file, "undoable": entry.undoable, "undone": entry.undone}

    def show(entry: import_list.ImportEntry) -> None:
        print(f"{entry.audit_id:>5}  {format_datetime(entry.at)}  {entry.username}  {entry.file}: "
              f"{entry.brought(translate)}")

    return common.print_rows(args, entries, as_json, translate("cli", "No imports to undo."), show)


def _show(plan: import_undo.UndoPlan, dry_run: bool) -> None:
    removed = plan.removed
    if plan.nothing:
        print(translate("cli", "Nothing to undo: what the import of {file} added or changed is gone already, or was "
                               "used or changed since.").format(file=plan.file))
    elif plan.action not in ("catalog.import", "members.import"):  # (loans, fines, visits: said by kind)
        counts = {"file": plan.file, "what": import_list.removed_counts(removed, translate),
                  "restored": format_number(sum(plan.restored.values()))}
        print((translate("cli", "Undoing the import of {file} removes {what}, and puts back {restored} that it "
                                "changed.") if dry_run else
               translate("cli", "The import of {file} is undone: {what} removed, {restored} put back as they were."))
              .format(**counts))
    else:
        print((translate("cli", "Undoing the import of {file} removes {records} records, {copies} copies and "
                                "{members} members, and puts back {restored} that it changed.") if dry_run else
               translate("cli", "The import of {file} is undone: {records} records, {copies} copies and {members} "
                                "members removed, {restored} put back as they were.")).format(
            file=plan.file, records=format_number(removed.get("record", 0)),
            copies=format_number(removed.get("item", 0)), members=format_number(removed.get("member", 0)),
            restored=format_number(sum(plan.restored.values()))))
    if plan.kept:
        print(translate("cli", "Kept as they are ({count}):").format(count=format_number(len(plan.kept))))
        for kept in plan.kept[:SHOWN]:
            print(f"  {kept.label}: {translate('ImportUndo', kept.reason)}")
        if len(plan.kept) > SHOWN:
            print(translate("cli", "  and {count} more").format(count=format_number(len(plan.kept) - SHOWN)))
    if plan.put_aside:
        print(translate("ImportUndo", undo_circulation.TO_THE_HOLD_SHELF).format(count=format_number(len(plan.put_aside))))
        for label in plan.put_aside:
            print(f"  {label}")
    if plan.sent and not plan.nothing:
        print(translate("cli", "Part of this import had already gone to the district in a bundle: the next bundle "
                               "takes the removal there."))
    if dry_run:
        print(translate("cli", "Dry run, nothing was changed."))
    elif plan.done:
        print(translate("cli", "A backup was made first (pustaka-cli backups)."))
