"""The MARC fields ``marc_reader`` has no place for, named by the import once for the file (#12: nothing disappears
unsaid): a vendor's 938, a local 9XX of another system, a 010 LCCN, an uncontrolled 720 name..."""

from __future__ import annotations

from collections.abc import Iterable

from ..i18n import QT_TRANSLATE_NOOP
from .iso2709 import MarcRecord
from .types import BadRow

FIELDS_NOT_READ = QT_TRANSLATE_NOOP("Import", "Fields of the MARC file with no place here, not imported: {tags}.")

# the fields the reader reads (into a field, the notes, the subjects, the copies); 5XX, 6XX subjects, 76X-78X and
# 880 are read by their families below
READ = frozenset({
    "001", "003", "008", "020", "022", "035", "041", "050", "082", "084", "092", "100", "110", "111", "130", "240",
    "243", "245", "246", "250", "260", "264", "300", "440", "490", "700", "710", "711", "730", "740", "800", "810",
    "811", "830", "852", "856", "876", "880", "942", "952"})
SUBJECTS = frozenset({"600", "610", "611", "630", "648", "650", "651", "653", "655"})
# fields left out knowingly, said nowhere: the old system's bookkeeping (005 its stamp, 040 who catalogued, 042 LC's
# programme, 066 character sets, 336-338 RDA's types of a book, 006/007 coded forms a leader says enough of),
# other systems' keys (019 merged OCLC numbers, 029 another catalogue's number, 049 a library's holdings code,
# 999 Koha's record numbers) and 043's code of places the subjects name in words: named in every record, they would
# hide the fields worth naming
KNOWN = frozenset({"005", "006", "007", "019", "029", "040", "042", "043", "049", "066", "336", "337", "338", "999"})


def unread(rec: MarcRecord, inlislite: bool) -> set[str]:
    """The tags of ``rec``'s fields that nothing reads (990 is read in INLISLite's records only)."""
    return {field.tag for field in rec.fields if not _read(field.tag) and not (field.tag == "990" and inlislite)}


def _read(tag: str) -> bool:
    return (tag in READ or tag in SUBJECTS or tag in KNOWN or (tag[:1] == "5" and tag[1:].isdigit())
            or "765" <= tag <= "787")


def notice(tags: Iterable[str]) -> BadRow | None:
    """The file's notice naming ``tags``, or None when every field had a place."""
    tags = sorted(set(tags))
    return BadRow(0, FIELDS_NOT_READ, {"tags": ", ".join(tags)}) if tags else None
