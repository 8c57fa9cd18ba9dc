"""``pustaka-cli sync export``: a bundle for one partner, or (``--all``) for every village at once, onto a stick."""

from __future__ import annotations

from ..core.formatting import format_number
from ..core.sync import export
from . import common
from .common import translate


def cmd_export(args) -> int:
    lib = common.open_library(args)
    if args.all:
        return _export_all(lib, args)
    result = export.export_bundle(lib, common.acting_user(lib, args), args.to, args.output,
                                  progress=common.progress_line(message_width=24))
    common.end_progress()
    print(translate("cli", "Bundle {path} written and verified ({rows} rows). You can remove the USB stick now.")
          .format(path=result.path, rows=format_number(result.rows)))
    return 0


def _export_all(lib, args) -> int:
    made = export.export_for_all(lib, common.acting_user(lib, args), args.output,
                                 progress=common.progress_line(message_width=24))
    common.end_progress()
    for line in made:
        if line.result is not None:
            print(translate("cli", "{code} {name}: {file} ({rows} rows)").format(
                code=line.code, name=line.name, file=line.result.path.name, rows=format_number(line.result.rows)))
        else:
            print(translate("cli", "{code} {name}: not written. {reason}").format(
                code=line.code, name=line.name, reason=common.error_text(line.error)))
    failed = [line.code for line in made if line.error is not None]
    print(translate("cli", "{written} of {n} bundles written and verified in {folder}.").format(
        written=format_number(len(made) - len(failed)), n=format_number(len(made)), folder=args.output))
    if failed:
        print(translate("cli", "Not written: {codes}. Write them again when the cause is put right.").format(
            codes=", ".join(failed)))
    elif made:
        print(translate("cli", "Each village imports the whole folder: it reads its own bundle and leaves the "
                               "others. You can remove the USB stick now."))
    return 1 if failed else 0
