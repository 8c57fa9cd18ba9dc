"""One row of a member list as member fields: its columns read (a gender, dates, phones, a NIK a spreadsheet
turned into a number), and each value that does not look right kept as written in the member's notes
(``Telepon: 3,27E+15``), never a reason to refuse the member; and the notes of a member a file brings again,
merged with what the desk wrote (``merged_notes``). The members engine (``member_import``) calls these."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..cells import looks_like_scientific
from ..i18n import QT_TRANSLATE_NOOP
from . import member_extras
from .dates import month_only, parse_date
from .member_extras import line_label
from .sheet_values import NOTHING
from .types import BadRow, RowError


def row_fields(f: dict[str, str], aside: list[tuple[str, str, str]]) -> tuple[dict[str, Any], str]:
    """SLiMS columns -> our member fields (and the member type's name). A date that cannot be read is
    left empty and added to ``aside`` (see ``kept_in_notes``): one field never costs a member. What SLiMS has no
    column for (village, RT/RW, occupation, education, guardian) is read where our export wrote it, in a SLiMS
    file's address and notes (``member_extras``); a list's own columns give it otherwise (``member_sheets``)."""
    f = {key: "" if key != "member_name" and value.__class__ is str and value.strip() in NOTHING else value
         for key, value in f.items()}  # ("-" typed for no e-mail, phone, address: none; a name stays as written)
    if not f.get("_sheet"):  # SLiMS's file: the village, RT/RW, occupation... our export wrote in address and notes
        f["member_address"], f["member_notes"], extras = member_extras.read(f["member_address"] or "",
                                                                            f["member_notes"] or "")
        f |= {f"_{field}": value for field, value in extras.items() if value}
    gender = _GENDERS.get(f["gender"].strip().lower(), "")
    if f["gender"].strip() and not gender:  # not a gender ("Andrea Hirata": a column out of place): kept, said
        aside.append(("gender", f["gender"].strip(), NOT_A_GENDER))
    pin = f["pin"].strip()
    notes = f["member_notes"]
    nik = ""
    pin_label = f.get("_column_pin") or "PIN"  # (a sheet's own header: "NIK", "Nomor Identitas")
    digits = re.sub(r"[\s.\-]", "", pin)
    cut = digits.endswith("0000")  # no NIK's serial (its last 4 digits) is 0000: "3,40413E+15" saved as a number
    if re.fullmatch(r"\d{16}", digits) and not cut:
        nik = digits
        if f.get("_pin_from_number"):  # a number cell ending in 0: Excel may have put it in place of the last digit
            notes = (notes + "\n" if notes else "") + f"{pin_label}: {nik} ({NIK_CHECK_NOTE})"
            aside.append(("pin", nik, NIK_LAST_DIGIT))
    elif pin:
        notes = (notes + "\n" if notes else "") + f"{pin_label}: {pin}"
        if looks_like_scientific(pin) or f.get("_pin_from_number") or (cut and len(digits) == 16):
            aside.append(("pin", pin, NIK_AS_A_NUMBER))  # said, as well as kept (its last digits are gone)
    fax = f["member_fax"].strip()
    if fax:  # (a second number, often a WhatsApp one: kept where the librarian sees it)
        notes = (notes + "\n" if notes else "") + f"Faks: {fax}"

    def day(column: str) -> date | None:
        try:
            read = parse_date(f[column], column)
        except RowError:
            aside.append((column, str(f[column]).strip(), NOT_A_DATE))
            return None
        if read is not None and month_only(f[column]):  # "Januari 2023": the 1st, and the date as written kept
            aside.append((column, str(f[column]).strip(), MONTH_ONLY))
        return read

    since, registered = day("member_since_date"), day("register_date")
    if since and registered and registered != since:  # SLiMS's registration date (its last, a renewal) after the
        notes = (notes + "\n" if notes else "") + f"{REGISTERED_LABEL}: {registered:%d-%m-%Y}"  # day they joined
    registered = since or registered
    card = f["member_id"].strip()
    # ("3,40401E+15", or 3404014506900000 in a number cell: a NIK-long card Excel cut; no card of anybody's)
    cut = looks_like_scientific(card) or bool(f.get("_card_cut"))
    if cut:
        aside.append(("member_id", card, CARD_CUT))
        card = ""  # (the member is found as a list without numbers finds them, else gets a card of ours)
    out: dict[str, Any] = {
        "number": card,
        "name": f["member_name"],
        "gender": gender,
        "email": f["member_email"],
        "address": f["member_address"],
        "postal_code": f["postal_code"],
        "institution": f["inst_name"],
        "nik": nik,
        "phone": f["member_phone"],
        "registered_on": registered,
        "expires_on": day("expire_date"),
        "birth_date": day("birth_date"),
        "notes": notes,
    }
    if f.get("_occupation"):
        out["occupation"] = f["_occupation"]
    if f.get("_education"):
        out["education"] = f["_education"]
    if f.get("_guardian"):
        out["guardian"] = f["_guardian"]
    for field in ("village", "rt_rw"):  # (a list's Kelurahan/Desa and RT, RW: ``member_sheets``)
        if f.get(f"_{field}"):
            out[field] = f[f"_{field}"]
    if not out["number"] and not f.get("_sheet") and not cut:  # (a list kept by hand gets its numbers in ``plan``)
        raise RowError(QT_TRANSLATE_NOOP("Import", "member_id is empty."))
    return out, f["member_type_name"].strip()


def member_phone(text: str) -> str:
    """A phone number as a member list writes it, in the form the member form checks; "" when it is not one.
    A spreadsheet that took the number for a number dropped its leading zero (``81234567890``): an
    Indonesian mobile number starts with 08, so the zero is put back."""
    phone = re.sub(r"[^\d+]", "", text)
    if re.fullmatch(r"8\d{8,11}", phone):
        phone = "0" + phone
    return phone if re.fullmatch(r"(\+?62|0)\d{7,13}", phone) else ""


def phone_cut(text: str) -> bool:
    """Whether a phone is one a spreadsheet showed as ``8,12346E+11`` and kept so: in that notation, or as the
    number it reads back as (``812346000000``: the leading zero and the last digits gone, zeros in their place)."""
    return looks_like_scientific(text) or bool(re.fullmatch(r"8\d{4,7}0{5,}", text.strip()))


def phone_words(text: str) -> bool:
    """Whether a phone cell says more than its number ("0812... (ortu)", "ayah: 0812..."): words the phone field
    cannot hold; a label ("HP:", "WA", "Telp.") says nothing more."""
    return bool(re.search(r"[^\W\d_]", _PHONE_LABELS.sub(" ", text)))


_PHONE_LABELS = re.compile(r"(?i)\b(no|nomor|nomer|hp|wa|whatsapp|telp|tlp|telepon|tel|phone|mobile)\b")


def member_phones(text: str) -> tuple[str, str]:
    """(the phone, the other numbers as written) of a cell that may hold several ("0812-3456-789 / 0856 1111
    2222", "... atau ...", one a line): the first is the member's phone, the others are kept in the notes.
    A cell that is one number (or none) is ``member_phone``'s."""
    parts = [part for part in _PHONES_APART.split(text.strip()) if part]
    if len(parts) > 1 and all(member_phone(part) for part in parts):
        return member_phone(parts[0]), ", ".join(parts[1:])
    return member_phone(text) if text.strip() else "", ""


_PHONES_APART = re.compile(r"\s*(?:[/,;&\n]|\batau\b|\bdan\b)\s*", re.IGNORECASE)
_GENDERS = {"1": "M", "0": "F", "l": "M", "p": "F", "m": "M", "f": "F"}  # (a sheet's "Perempuan": ``member_sheets``)


def merged_notes(ours: str, theirs: str) -> str:
    """A member's notes after a file's notes came in again: nothing the desk wrote is lost. A line of the
    file "Label: value" replaces our line of the same label (``Kelas: 5A`` -> ``Kelas: 6A`` a year on);
    any other line of the file that is not among ours is added below them."""
    lines = ours.splitlines()
    for line in (text for text in theirs.splitlines() if text.strip()):
        label = line_label(line)
        same = next((n for n, mine in enumerate(lines) if label and line_label(mine) == label), None)
        if same is not None:
            lines[same] = line
        elif line not in lines:
            lines.append(line)
    return "\n".join(lines)


# SLiMS keeps the day a member joined (member_since_date, ours) and the day of the last registration, a renewal
# (register_date): the second, when another day, is kept in the notes under SLiMS's own label for it
REGISTERED_LABEL = "Tanggal registrasi"
# what did not look right, kept as written in the member's notes: (the column, the label in the notes); the
# gender under the sheet's own header ("L/P: Andrea Hirata"), as it is not a value of ours a label could name
_ASIDE_LABELS = {"member_phone": "Telepon", "member_email": "Email", "birth_date": "Tanggal lahir",
                 "member_since_date": "Tanggal daftar", "register_date": "Tanggal daftar",
                 "expire_date": "Berlaku sampai", "gender": "Jenis kelamin", "member_id": "Nomor anggota"}
_LABELLED_BY_HEADER = {"gender"}
NIK_AS_A_NUMBER = QT_TRANSLATE_NOOP("Import", "The NIK {value} was turned into a number by a spreadsheet, and its last "
                                              "digits are lost: it is kept in the member's notes as it is; ask the "
                                              "member for the number.")
NIK_LAST_DIGIT = QT_TRANSLATE_NOOP("Import", "The NIK {value} was kept as a number in a spreadsheet, and Excel keeps 15 "
                                            "digits of 16: its last digit may not be the one typed. It is the member's "
                                            "NIK, with a note to check it; ask the member for the number.")
NIK_CHECK_NOTE = "angka terakhir perlu dicek"  # (in the member's notes, which are the library's: in Indonesian)
CARD_CUT = QT_TRANSLATE_NOOP("Import", "{column}: {value} is a long number a spreadsheet cut (its last digits are "
                                       "lost), not a card number: the member was looked for by name (with birth date, "
                                       "phone or address) among the members here, else given a new card; the number "
                                       "as written is kept in the member's notes.")
NOT_A_GENDER = QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a gender (L or P): kept as written in the "
                                           "member's notes.")
NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a date: kept as written in the member's notes.")
MONTH_ONLY = QT_TRANSLATE_NOOP("Import", "{column}: {value} gives the month but not the day: the 1st was taken, and "
                                         "the date as written is kept in the member's notes.")
NOT_A_PHONE = QT_TRANSLATE_NOOP("Import", "The phone {value} is not a phone number: kept as written in the member's "
                                          "notes.")
PHONE_AS_A_NUMBER = QT_TRANSLATE_NOOP("Import", "The phone {value} was turned into a number by a spreadsheet, and "
                                                "its last digits are lost: it is kept in the member's notes as it "
                                                "is; ask the member for the number.")
NOT_AN_EMAIL = QT_TRANSLATE_NOOP("Import", "The e-mail {value} is not an e-mail address: kept as written in the "
                                           "member's notes.")
ENDS_BEFORE_IT_STARTS = QT_TRANSLATE_NOOP("Import", "The membership ends ({value}) before it starts: the end is kept as "
                                                    "written in the member's notes, and the membership lasts as its "
                                                    "type says.")
NOT_A_BIRTH_DATE = QT_TRANSLATE_NOOP("Import", "The birth date {value} cannot be right (after today or before "
                                               "1900): kept as written in the member's notes.")
SET_ASIDE = QT_TRANSLATE_NOOP("Import", "{count} value(s) did not look right (a phone, an e-mail, a date): each member "
                                        "came in, and the value is kept as written in the member's notes.")


def kept_in_notes(fields: dict[str, Any], aside: list[tuple[str, str, str]], row: int, sheet: str,
               headers: dict[str, str] | None = None) -> list[BadRow]:
    """Each value that did not pass goes into the member's notes as written (``Telepon: 3,27E+15``), so
    the librarian can mend it on the member form; one line per value for the import's report, naming the
    column as the file's header did (``headers``: a sheet's row carries ``_column_<name>``), else by name."""
    headers = headers or {}
    lines = [f"{_note_label(column, headers)}: {value}" for column, value, _ in aside
             if column in _ASIDE_LABELS]  # (a PIN that is no NIK is in the notes already)
    fields["notes"] = "\n".join(filter(None, [fields.get("notes") or "", *lines]))
    return [BadRow(row, template, {"column": headers.get(f"_column_{column}", column), "value": value}, sheet=sheet)
            for column, value, template in aside]


def _note_label(column: str, headers: dict[str, str]) -> str:
    if column in _LABELLED_BY_HEADER:
        return headers.get(f"_column_{column}") or _ASIDE_LABELS[column]
    return _ASIDE_LABELS[column]
