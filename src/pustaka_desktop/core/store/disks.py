"""Which physical disk a folder is on: a backup on the database's own disk dies with that disk.

A village PC often has one hard disk cut into C: and D:, so "another drive letter" is not "another
disk". ``disk_of`` names the physical disk(s) under a folder:

- Windows: a USB stick, a network drive or a CD is off this PC by its drive type; a fixed drive (an
  internal partition, or a USB hard disk) is named by the numbers of the disks its volume lies on.
- Linux: the block device of the file system, a partition taken back to its whole disk (sda1 -> sda).
- elsewhere (or when the system cannot tell): the file system's device number (``st_dev``).

``None`` when even that cannot be read (a folder that vanished): the caller decides what to trust.
"""

from __future__ import annotations

import os
from pathlib import Path

Disks = frozenset  # of hashable names of physical disks

SYS_DEV_BLOCK = Path("/sys/dev/block")  # Linux: <major>:<minor> -> the device's folder in sysfs

# Windows constants (winbase.h, winioctl.h)
DRIVE_FIXED = 3
IOCTL_VOLUME_GET_VOLUME_DISK_EXTENTS = 0x00560000
DISK_EXTENT_SIZE = 24  # DWORD DiskNumber, (padding), LARGE_INTEGER StartingOffset, LARGE_INTEGER ExtentLength
FIRST_EXTENT = 8  # after DWORD NumberOfDiskExtents and its padding


def disk_of(folder: str | os.PathLike) -> Disks | None:
    try:
        device = os.stat(folder).st_dev
    except OSError:
        return None
    if os.name == "nt":
        drive = os.path.splitdrive(os.path.abspath(folder))[0]
        return _windows_disks(drive) or Disks({("volume", device)})
    return _linux_disks(device) or Disks({("device", device)})


def same_disk(a: str | os.PathLike, b: str | os.PathLike) -> bool | None:
    """True when folders ``a`` and ``b`` share a physical disk, None when that cannot be told."""
    first, second = disk_of(a), disk_of(b)
    if first is None or second is None:
        return None
    return bool(first & second)


def _linux_disks(device: int, sys_dev_block: Path | None = None) -> Disks | None:
    """The whole disk of a block device, from sysfs; None for a file system with no block device of its own
    (a network share, btrfs subvolumes) or off Linux."""
    entry = (sys_dev_block or SYS_DEV_BLOCK) / f"{os.major(device)}:{os.minor(device)}"
    try:
        place = entry.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if (place / "partition").exists():  # sda1 lives inside sda's folder
        place = place.parent
    return Disks({("disk", place.name)})


def _windows_disks(drive: str) -> Disks | None:
    """``drive``: "C:", or "\\\\server\\share" for a folder on the network."""
    if not drive or drive.startswith(("\\\\", "//")):  # \\server\share: another machine's disk
        return Disks({("share", drive.lower())})
    try:
        kind, extents = _windows_volume(drive)
    except (OSError, AttributeError, ValueError):
        return None
    if kind != DRIVE_FIXED:  # a USB stick, a network drive, a CD: not this PC's hard disk
        return Disks({("drive", drive.upper())})
    numbers = disk_numbers(extents) if extents else set()
    return Disks(("disk", number) for number in numbers) or None


def disk_numbers(extents: bytes) -> set[int]:
    """The disk numbers in a VOLUME_DISK_EXTENTS structure as Windows writes it (little-endian)."""
    count = int.from_bytes(extents[0:4], "little")
    numbers = set()
    for index in range(count):
        start = FIRST_EXTENT + index * DISK_EXTENT_SIZE
        if start + 4 > len(extents):
            break
        numbers.add(int.from_bytes(extents[start:start + 4], "little"))
    return numbers


def _windows_volume(drive: str) -> tuple[int, bytes | None]:
    """The drive type of ``drive`` ("C:") and, for a fixed drive, the raw disk extents of its volume."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetDriveTypeW.argtypes = [wintypes.LPCWSTR]
    kind = kernel32.GetDriveTypeW(drive + "\\")
    if kind != DRIVE_FIXED:
        return kind, None
    kernel32.CreateFileW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, wintypes.LPVOID,
                                     wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE]
    kernel32.CreateFileW.restype = wintypes.HANDLE
    kernel32.DeviceIoControl.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.LPVOID, wintypes.DWORD,
                                         wintypes.LPVOID, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD),
                                         wintypes.LPVOID]
    share_read_write, open_existing = 0x1 | 0x2, 3
    # access 0: asking about the volume needs no right to read it (no administrator needed)
    handle = kernel32.CreateFileW(f"\\\\.\\{drive}", 0, share_read_write, None, open_existing, 0, None)
    if handle is None or handle == wintypes.HANDLE(-1).value:
        return kind, None
    try:
        buffer = ctypes.create_string_buffer(FIRST_EXTENT + 32 * DISK_EXTENT_SIZE)
        returned = wintypes.DWORD()
        ok = kernel32.DeviceIoControl(handle, IOCTL_VOLUME_GET_VOLUME_DISK_EXTENTS, None, 0, buffer,
                                      len(buffer), ctypes.byref(returned), None)
        return kind, (buffer.raw[:returned.value] if ok else None)
    finally:
        kernel32.CloseHandle(handle)
