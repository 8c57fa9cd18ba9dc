"""The programs Pustaka opens on the PC (the PDF viewer for a report or a receipt, the browser for a reminder's
link) start with the PC's own libraries, not those inside the installed program's folder.

The installed (frozen) Linux program starts with LD_LIBRARY_PATH pointing into its own folder: PyInstaller's
starter puts it there, keeping what the PC had in LD_LIBRARY_PATH_ORIG. Every program it starts inherited it, so
a PDF viewer on a Linux newer than the build's would load the folder's older libstdc++ or GLib and can stop before
the report shows ("version `GLIBCXX_…' not found"; seen in the viewer's environment, not reproduced on this build
machine, whose libraries are the same). The loader read the variable when this program started: taking it away
afterwards changes nothing for Pustaka itself, and a second Pustaka it starts (a restart, the bundle reader) gets
it again from the starter.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

SEARCH_PATH = "LD_LIBRARY_PATH"
BEFORE = SEARCH_PATH + "_ORIG"  # (PyInstaller's name for what the PC had)


def inside_entries(environ: Mapping[str, str], folder: str | Path) -> list[str]:
    """The library search path entries of ``environ`` inside ``folder``: where programs started now would look
    first for their libraries."""
    inside = Path(folder).resolve()
    return [entry for entry in environ.get(SEARCH_PATH, "").split(os.pathsep)
            if entry and (Path(entry).resolve() == inside or inside in Path(entry).resolve().parents)]


def outside_environment(environ: Mapping[str, str], folder: str | Path) -> dict[str, str]:
    """``environ`` without the library search path entries inside ``folder`` (the installed program's)."""
    out = dict(environ)
    out.pop(BEFORE, None)
    drop = inside_entries(environ, folder)
    kept = [entry for entry in environ.get(SEARCH_PATH, "").split(os.pathsep) if entry and entry not in drop]
    if kept:
        out[SEARCH_PATH] = os.pathsep.join(kept)
    else:
        out.pop(SEARCH_PATH, None)
    return out


def restore_pc_libraries() -> None:
    """In the installed program: this process's environment (what every program it starts inherits) made the
    PC's own again. Nothing to do when run from the source (no folder of its own)."""
    folder = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not folder:
        return
    wanted = outside_environment(os.environ, folder)
    for name in (SEARCH_PATH, BEFORE):
        if name in wanted:
            os.environ[name] = wanted[name]
        else:
            os.environ.pop(name, None)
