"""Shared libraries the Linux loader refuses to open: a LOAD segment whose place in the file and place in
memory differ by other than whole pages ("ELF load command address/offset not page-aligned").

GNU strip writes such files from libraries that were patched after they were linked (patchelf adds LOAD
segments at the end): PySide6's FFmpeg libraries (libavutil, libavformat) came out of the stripped build
unloadable, so Qt found no multimedia backend and the members page never offered the webcam. The spec keeps
those libraries as the wheel has them; check_frozen.py looks at every library of the folder.
Standard library only (both the spec and the frozen check import it).
"""

from __future__ import annotations

import struct
from pathlib import Path

PAGE = 4096  # the smallest page a Linux PC uses (x86, x86-64, arm64 with 4 KiB pages)
PT_LOAD = 1


def misaligned_segments(path: str | Path) -> list[tuple[int, int]]:
    """The (file offset, address) of each LOAD segment of the ELF file ``path`` that the loader refuses;
    [] for a good library and for anything that is not an ELF file."""
    with open(path, "rb") as file:
        head = file.read(64)
        if len(head) < 52 or head[:4] != b"\x7fELF" or head[4] not in (1, 2) or head[5] not in (1, 2):
            return []
        wide, order = head[4] == 2, "<" if head[5] == 1 else ">"
        if wide:
            phoff, = struct.unpack_from(order + "Q", head, 32)
            entry_size, count = struct.unpack_from(order + "HH", head, 54)
        else:
            phoff, = struct.unpack_from(order + "I", head, 28)
            entry_size, count = struct.unpack_from(order + "HH", head, 42)
        file.seek(phoff)
        table = file.read(entry_size * count)
    bad = []
    for number in range(count):
        entry = table[number * entry_size:(number + 1) * entry_size]
        if wide:
            kind, _flags, offset, address = struct.unpack_from(order + "IIQQ", entry)
        else:
            kind, offset, address = struct.unpack_from(order + "III", entry)
        if kind == PT_LOAD and (address - offset) % PAGE:
            bad.append((offset, address))
    return bad


def refused_libraries(folder: str | Path) -> list[str]:
    """The shared libraries (``*.so``, ``*.so.N``) under ``folder`` the loader would refuse, relative paths."""
    root = Path(folder)
    return sorted(str(path.relative_to(root)) for path in root.rglob("*.so*")
                  if path.is_file() and not path.is_symlink() and misaligned_segments(path))
