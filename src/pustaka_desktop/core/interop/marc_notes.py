"""A MARC record's notes: the lines ``marc_reader`` keeps in a record's notes for the fields that have no field of
ours (every 5XX and 880, the 020s beside the record's ISBN); ``marc_reader`` adds the 8XX series beside its 490.

Lines are written in the library's language where the field's own words need a label ("tidak berlaku"), as the
other importers write theirs; the record's notes are its data, read back as written."""

from __future__ import annotations

from typing import Any

from ..catalog.records import AUDIENCES
from .iso2709 import MarcRecord
from .vocabulary import audience_code


def notes(rec: MarcRecord, out: dict[str, Any], tidy: bool, strip: Any) -> list[str]:
    """The note lines of ``rec``: its 5XX and 880 in order (521 read as the audience into ``out`` when it names
    readers, or when nothing else did), then the other ISBNs. ``strip`` is the reader's ISBD tidying."""
    lines = []
    copy_codes = {code.strip() for field in rec.get_fields("852", "876", "952") for code in field.get_subfields("p")}
    for field in [f for f in rec.fields if (f.tag[:1] == "5" and f.tag[1:].isdigit()) or f.tag == "880"]:
        if field.tag == "541" and set(field.get_subfields("3")) & copy_codes:
            continue  # (a copy's supplier: read with its copy)
        # (880: a field in its own script, Arabic or Javanese, beside its romanised form: kept, and found)
        text = " ".join(v for code, v in field.subfields if code != "6")
        if field.tag == "521" and (audience_code(strip(text, tidy)) in AUDIENCES or not out.get("audience")):
            # readers named in words ("Anak-anak", "Remaja"); words that name no group of ours, when 008 named
            # none, are kept as written (the import flags them) rather than left to read as adults
            out["audience"] = audience_code(strip(text, tidy))
            continue
        lines.append(text)
    return lines + _other_isbns(rec)


def _other_isbns(rec: MarcRecord) -> list[str]:
    """The 020s beside the record's ISBN (the first 020 $a), for its notes: another binding's (``$q`` "(ebook)"), a
    cancelled or wrong one (``$z``), the taken one's own qualifier: "ISBN 9780735212183 (ebook)", "ISBN
    9780735212190 (tidak berlaku)"."""
    lines, taken = [], False
    for field in rec.get_fields("020"):
        words = [v.strip() for code, v in field.subfields if code in "aq" and v.strip()]
        words += [f"{v.strip()} (tidak berlaku)" for v in field.get_subfields("z") if v.strip()]
        if words and (taken or not field.get_subfields("a") or field.get_subfields("q", "z")):
            lines.append("ISBN " + " ".join(words))
        taken = taken or bool(field.get_subfields("a"))
    return lines
