"""What a member has that SLiMS's members CSV has no column for, written where a SLiMS user keeps it, and read back
from there: ``slims_members`` writes it (``written``), ``member_values.row_fields`` reads it (``read``).

- The RT/RW and the village go at the end of ``member_address``, as an address is written in Indonesia:
  "Kp. Cikaret RT 05/RW 03, Desa Cibeureum". Not when the address names them already (an RT in it, or the
  village's name): then, as an RT/RW that is not two numbers, they go in the notes like the rest.
- Occupation, education and guardian go in ``member_notes``, a labelled line each after the member's own notes
  ("Pekerjaan: Petani", "Pendidikan: SMA", "Wali: Sutrisno"), in the library's language.

Read back, only the export's own shape is taken apart, so a member comes back exactly and the library the file
came from changes nothing: the labelled lines at the end of the notes, in either language, each label once (read
from the last line up: another line, or a label read already, stops it); then, for what the notes did not give,
an address ending in exactly " RT <number>/RW <number>" and/or ", Desa <name>". An address a SLiMS user typed
otherwise ("Jl. Merdeka No. 5 RT 02 RW 03 Desa Sukamaju", "RT.02/RW.03") stays as written. The export checks
that each member reads back so; where one would not (the member's own notes end in a line of such a label, its
address in the export's shape), that field is written as none ("Wali: -"), which ends the reading there.
"""

from __future__ import annotations

import re

from ..community.members import names_rt, names_village, says_village
from ..i18n import QT_TRANSLATE_NOOP, indonesian
from .types import fold

FIELDS = ("village", "rt_rw", "occupation", "education", "guardian")
# each field's label in the notes (English, in the "MemberNotes" context)
LABELS = {"village": QT_TRANSLATE_NOOP("MemberNotes", "Village"),
          "rt_rw": QT_TRANSLATE_NOOP("MemberNotes", "RT/RW"),
          "occupation": QT_TRANSLATE_NOOP("MemberNotes", "Occupation"),
          "education": QT_TRANSLATE_NOOP("MemberNotes", "Education"),
          "guardian": QT_TRANSLATE_NOOP("MemberNotes", "Guardian")}
NONE = "-"  # (a field written as none: only where the member's own notes would otherwise be read as it)
_FIELD_OF = {fold(label): field for field, english in LABELS.items()
             for label in (english, indonesian("MemberNotes", english))}
# the address's end as the export writes it: a village's name of letters (no digit, so no "Sukamaju RT 01"), an RT
# and an RW of digits
_VILLAGE = re.compile(r"(?:(?P<rest>.*\S), )?Desa (?P<village>[^\W\d_](?:[^\W\d_]|[ .'\-])*(?<![ .,'\-]))",
                      re.DOTALL)
_RT_RW = re.compile(r"(?:(?P<rest>.*\S) )?RT (?P<rt>\d{1,3})/RW (?P<rw>\d{1,3})", re.DOTALL)
_TWO_NUMBERS = re.compile(r"(\d{1,3})/(\d{1,3})")


def line_label(line: str) -> str:
    """``kelas`` of ``Kelas: 6A`` (a column an import kept in the notes, a field the export wrote there), '' for a
    line of free text."""
    label, colon, _ = line.partition(":")
    return label.strip().casefold() if colon and 0 < len(label.strip()) <= 30 and "\n" not in label else ""


def label(field: str, language: str) -> str:
    """``field``'s label in the notes in ``language`` ("id" or "en")."""
    return LABELS[field] if language == "en" else indonesian("MemberNotes", LABELS[field])


def read(address: str, notes: str) -> tuple[str, str, dict[str, str]]:
    """(the address, the notes, {field: value}) of a member's SLiMS address and notes, the fields the export put in
    them taken out (a field written as none is ""); anything else as written."""
    lines = notes.split("\n")
    given: dict[str, str] = {}
    while lines:
        field = _FIELD_OF.get(fold(line_label(lines[-1])))
        value = lines[-1].partition(":")[2].strip()
        if field is None or field in given or not value:  # (the export writes none as "-", never as nothing)
            break
        lines.pop()
        given[field] = "" if value == NONE else value
    if "village" not in given and (shape := _VILLAGE.fullmatch(address)):
        address, given["village"] = shape["rest"] or "", shape["village"]
    if "rt_rw" not in given and (shape := _RT_RW.fullmatch(address)):
        address, given["rt_rw"] = shape["rest"] or "", f"{shape['rt']}/{shape['rw']}"
    return address, "\n".join(lines), given


def written(address: str, notes: str, values: dict[str, str], language: str) -> tuple[str, str]:
    """(``member_address``, ``member_notes``) of a member with ``address``, ``notes`` and the ``values`` of
    ``FIELDS`` (missing: none), as the export writes them in ``language``: each reads back exactly (``read``)."""
    values = {field: values.get(field) or "" for field in FIELDS}
    fits: set[str] = set()  # what the address can say
    if _TWO_NUMBERS.fullmatch(values["rt_rw"]) and not names_rt(address):
        fits.add("rt_rw")
    village = _VILLAGE.fullmatch(f"Desa {values['village']}")
    if village and village["village"] == values["village"] and not names_village(address, values["village"]) \
            and not says_village(values["village"]):  # (not "Desa Kelurahan Cigadung")
        fits.add("village")
    wanted = (address, notes, {field: value for field, value in values.items() if value})
    for in_address in (fits, fits - {"village"}, fits - {"rt_rw"}, set()):
        dashed: set[str] = set()  # fields written as none, as the member's own notes or address would read as them
        while True:
            out = _written(address, notes, values, language, in_address, dashed)
            back = read(*out)
            if (back[0], back[1], {field: value for field, value in back[2].items() if value}) == wanted:
                return out
            wrong = {field for field in FIELDS if back[2].get(field, "") != values[field]} - in_address - dashed
            if not wrong:  # (the notes' own last line read as a field of none, "Wali: -": every label ends them)
                wrong = set(FIELDS) - in_address - dashed
            if not wrong:
                break
            dashed |= wrong
    return _written(address, notes, values, language, fits, set())  # (" x ": read back trimmed, the nearest)


def _written(address: str, notes: str, values: dict[str, str], language: str, in_address: set[str],
             dashed: set[str]) -> tuple[str, str]:
    if "rt_rw" in in_address and values["rt_rw"]:
        rt, rw = _TWO_NUMBERS.fullmatch(values["rt_rw"]).groups()
        address = " ".join(filter(None, [address, f"RT {rt}/RW {rw}"]))
    if "village" in in_address and values["village"]:
        address = ", ".join(filter(None, [address, f"Desa {values['village']}"]))
    lines = [f"{label(field, language)}: {values[field] or NONE}" for field in FIELDS
             if field not in in_address and (values[field] or field in dashed)]
    return address, "\n".join([notes, *lines] if notes else lines)
