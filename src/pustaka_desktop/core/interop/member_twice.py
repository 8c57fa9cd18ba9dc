"""A person a member list lists twice ("SITI AMINAH" on row 4 and "Siti Aminah" on row 7 with one birth date,
or one member_id on two rows of one person), for ``member_import``: the second row is folded into the member
the first one made or matched, so what only it had (another phone, the registration date) is not lost with it.

- A value of the second row fills the first's empty field.
- A value that differs from the first's goes into the member's notes, all on one line that names the row
  ("Baris 7 juga: Telepon 085677778888; Alamat Dusun Sukamaju RT 03"), for the librarian to choose on the
  member form; the notes are the library's, so the line is in Indonesian. Imported again, the line is there
  already and nothing changes.
- Never two people: rows of one member_id under two people's names are not folded (the import refuses the
  second, ``member_identity.same_person``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..store.models import Member, MemberType
from .types import fold

# the fields a second row may fill or differ in, with their label in the member's notes
LABELS = {"name": "Nama", "gender": "Jenis kelamin", "member_type": "Jenis anggota", "email": "Email",
          "address": "Alamat", "postal_code": "Kode pos", "institution": "Institusi", "nik": "NIK",
          "phone": "Telepon", "registered_on": "Tanggal daftar", "expires_on": "Berlaku sampai",
          "birth_date": "Tanggal lahir", "occupation": "Pekerjaan", "guardian": "Orang tua/wali"}
_GENDERS = {"M": "L", "F": "P"}  # as the library writes them


@dataclass
class First:
    """The row of the file that listed a member first, and what came of it."""

    row: int
    number: str
    name: str
    birth: date | None
    new: dict[str, Any] | None = None  # the fields of the member the import adds, or
    member: Member | None = None  # the member here the row matched


def fold_into_new(first: dict[str, Any], second: dict[str, Any], row: int, sheet: str = "") -> None:
    """``second`` (a later row's checked fields) folded into the fields of a member the import adds."""
    additions, notes = _folded(first, second, row, sheet)
    first.update(additions)
    if notes is not None:
        first["notes"] = notes


def fold_into_member(member: Member, changes: dict[str, Any], second: dict[str, Any], row: int,
                     sheet: str = "") -> dict[str, Any]:
    """What the import changes of ``member`` once ``second`` is folded into ``changes`` (what the first row
    changes): a change that leaves a field as it is here is none."""
    now = {name: getattr(member, name) for name in (*LABELS, "notes")} | changes
    additions, notes = _folded(now, second, row, sheet)
    changes = {**changes, **additions, **({"notes": notes} if notes is not None else {})}
    return {name: value for name, value in changes.items() if not _same(name, getattr(member, name), value)}


def _folded(now: dict[str, Any], second: dict[str, Any], row: int, sheet: str) -> tuple[dict[str, Any], str | None]:
    """(the empty fields ``second`` fills, the notes with the line of what differs; None: as they are)."""
    additions: dict[str, Any] = {}
    differing: list[str] = []
    for name, label in LABELS.items():
        value = second.get(name)
        if _empty(value):
            continue
        if _empty(now.get(name)):
            additions[name] = value
        elif not _same(name, now.get(name), value):
            differing.append(f"{label} {_shown(name, value)}")
    notes = now.get("notes") or ""
    differing += [line.strip() for line in (second.get("notes") or "").splitlines()
                  if line.strip() and line.strip() not in notes.splitlines()]
    if not differing:
        return additions, None
    where = f"{sheet}, baris {row}" if sheet else f"Baris {row}"
    line = f"{where} juga: " + "; ".join(differing)
    return additions, (notes if line in notes.splitlines() else "\n".join(filter(None, [notes, line])))


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _same(name: str, ours: Any, theirs: Any) -> bool:
    if name == "name":
        return fold(ours or "") == fold(theirs or "")
    if name == "member_type":
        return _type_name(ours).casefold() == _type_name(theirs).casefold()
    return ours == theirs


def _type_name(value: Any) -> str:
    return value.name if isinstance(value, MemberType) else str(value or "")


def _shown(name: str, value: Any) -> str:
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if name == "gender":
        return _GENDERS.get(value, value)
    return _type_name(value) if name == "member_type" else str(value)
