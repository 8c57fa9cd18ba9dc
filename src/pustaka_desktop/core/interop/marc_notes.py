"""A MARC record's notes: the lines ``marc_reader`` keeps in a record's notes for the fields that have no field of
ours (every 5XX and 880, the 020s beside the record's ISBN); ``marc_reader`` adds the 8XX series beside its 490.

Lines are written in the library's language where the field's own words need a label ("tidak berlaku"), as the
other importers write theirs; the record's notes are its data, read back as written."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..catalog.records import AUDIENCES, LANGUAGES
from ..i18n import indonesian
from .iso2709 import MarcField, MarcRecord
from .types import fold
from .vocabulary import AUDIENCE_IN, audience_code

Strip = Callable[..., str]  # (the reader's ISBD tidying, ``marc_reader._strip``: passed in, as it imports this)


def notes(rec: MarcRecord, out: dict[str, Any], tidy: bool, strip: Strip) -> list[str]:
    """The note lines of ``rec``: its 5XX and 880 in order (521 read as the audience into ``out`` when it names
    readers, or when nothing else did), then its other titles and related works, a copyright date the publication's
    year does not say, the language it was translated from, the other ISBNs and a price beside one, and its links.
    ``strip`` is the reader's ISBD tidying."""
    lines = []
    copy_codes = {code.strip() for field in rec.get_fields("852", "876", "952") for code in field.get_subfields("p")}
    for field in [f for f in rec.fields if (f.tag[:1] == "5" and f.tag[1:].isdigit()) or f.tag == "880"]:
        if field.tag == "541" and set(field.get_subfields("3")) & copy_codes:
            continue  # (a copy's supplier: read with its copy)
        # (880: a field in its own script, Arabic or Javanese, beside its romanised form: kept, and found)
        text = " ".join(v for code, v in field.subfields if code != "6")
        if field.tag == "502" and field.get_subfields("b", "c", "d"):
            text = _thesis(field)
        if field.tag == "521" and (audience_code(strip(text, tidy)) in AUDIENCES or not out.get("audience")):
            # readers named in words ("Anak-anak", "Remaja"); words that name no group of ours, when 008 named
            # none, are kept as written (the import flags them) rather than left to read as adults
            out["audience"] = audience_code(strip(text, tidy))
            if out["audience"] in AUDIENCES and fold(strip(text, tidy)) not in AUDIENCE_IN:
                lines.append(text)  # (an age, "Usia 7-12 tahun", says more than the group it is read as)
            continue
        lines.append(text)
    lines += _titles(rec) + _publishing(rec) + _copyright(rec, out.get("year_text", ""), strip)
    lines += _translated_from(rec)
    return lines + _linked(rec) + _other_isbns(rec) + _links(rec)


def _thesis(field: MarcField) -> str:
    """A thesis note written in its parts (502 $b degree, $c university, $d year, $g, $o) as a catalogue prints it:
    "Skripsi (S1)--Universitas Islam Negeri Sunan Kalijaga, 2019. Program Studi Ilmu Perpustakaan." """
    def part(*codes: str) -> str:
        return ", ".join(re.sub(r"[\s,]+$", "", v.strip()) for v in field.get_subfields(*codes) if v.strip())

    where = ", ".join(filter(None, [part("c").rstrip("."), part("d")]))  # (a year's full stop ends the line)
    line = "--".join(filter(None, [part("b"), where]))
    rest = " ".join(v.strip() for code, v in field.subfields if code in "agio" and v.strip())
    return " ".join(filter(None, [line if line.endswith(".") or not line else f"{line}.", rest]))


# 246's second indicator: which title it is, when no $i says so in words
_TITLE_KINDS = {"1": "Judul paralel", "4": "Judul sampul", "8": "Judul punggung"}


def _text(field: MarcField, skip: str = "6") -> str:
    return " ".join(v.strip() for code, v in field.subfields if code not in skip and v.strip())


def _titles(rec: MarcRecord) -> list[str]:
    """The titles a record is also known by: its uniform title (130, 240, 243: the work a translation is of, a
    sacred text's name), its varying titles (246: on the cover, romanised, ...; $i says which in words), the titles
    of works in it or related to it (740, and a 7XX name-title entry: "Karya terkait: Mahalli. Tafsir al-Jalalayn")."""
    lines = [f"Judul seragam: {_text(field)}" for field in rec.get_fields("130", "240", "243") if _text(field)]
    for field in rec.get_fields("246"):
        label = " ".join(field.get_subfields("i")).strip().rstrip(":").strip()
        title = _text(field, "6i5")
        if title:
            lines.append(f"{label or _TITLE_KINDS.get(field.indicator2, 'Judul lain')}: {title}")
    lines += [f"Judul terkait: {_text(field, '65')}" for field in rec.get_fields("740") if _text(field, "65")]
    for field in rec.get_fields("700", "710", "711", "730"):
        if field.tag == "730" or field.get_subfields("t"):
            lines.append(f"Karya terkait: {_text(field, '6e4j5')}")
    return lines


def publication(rec: MarcRecord) -> MarcField | None:
    """The field whose first place, publisher and date are the record's: the first 260 or 264 _1; else a thesis's
    (produced, not published: 264 _0), else who distributed or printed the book (264 _2, _3)."""
    chosen = next((f for f in rec.get_fields("264", "260") if f.tag == "260" or f.indicator2 == "1"), None)
    return chosen or next((f for n in "023" for f in rec.get_fields("264") if f.indicator2 == n), None)


# 264's second indicator, for a statement beside the publication's
_PUBLISHING = {"0": "Produksi", "1": "Penerbitan", "2": "Distribusi", "3": "Pencetakan"}


def _publishing(rec: MarcRecord) -> list[str]:
    """What the publication's place, publisher and date do not say: a second place or publisher in it ("Jakarta :
    Perpustakaan Nasional ; Yogyakarta : UGM"), the printer an AACR2 260 names ($e $f $g), a distributor or
    printer (264 _2, _3) or another publication beside it; the copyright date is ``_copyright``'s."""
    chosen, lines = publication(rec), []
    for field in rec.get_fields("260", "264"):
        if field.tag == "264" and field.indicator2 not in _PUBLISHING:
            continue
        if field is not chosen:
            label = "Penerbitan" if field.tag == "260" else _PUBLISHING[field.indicator2]
            lines.append(f"{label}: {_text(field, '63')}")
            continue
        if len(field.get_subfields("a")) > 1 or len(field.get_subfields("b")) > 1:
            lines.append(f"Penerbitan: {_text(field, '6efg3')}")
        printer = " ".join(v.strip() for code, v in field.subfields if code in "efg" and v.strip())
        if printer:
            lines.append(f"Pencetakan: {printer.strip('() ')}")
    return [line for line in lines if not line.endswith(": ")]


def _copyright(rec: MarcRecord, year_text: str, strip: Strip) -> list[str]:
    """A copyright date (264 _4, "©2018") beside a publication year it differs from ("2019"): said once. (The same
    year in both is said by the year.)"""
    lines = []
    for field in rec.get_fields("264"):
        for value in field.get_subfields("c") if field.indicator2 == "4" else []:
            years = re.findall(r"\d{4}", value)
            if value.strip() and not (years and all(year in year_text for year in years)):
                lines.append(f"Hak cipta: {strip(value)}")
    return lines


def _translated_from(rec: MarcRecord) -> list[str]:
    """041 $h, the language of the original of a translation: "Diterjemahkan dari Bahasa Arab"."""
    codes = [v.strip().lower() for field in rec.get_fields("041") for v in field.get_subfields("h") if v.strip()]
    names = [indonesian("Catalog", LANGUAGES[code]) if code in LANGUAGES else code for code in codes]
    return [f"Diterjemahkan dari {', '.join(names)}"] if names else []


# the linking entries' own words, when no $i says which the other is
_LINKED = {"765": "Terjemahan dari", "767": "Diterjemahkan sebagai", "770": "Suplemen", "772": "Induk suplemen",
           "773": "Bagian dari", "775": "Edisi lain", "776": "Bentuk fisik lain", "777": "Diterbitkan bersama",
           "780": "Melanjutkan", "785": "Dilanjutkan oleh", "787": "Karya terkait"}


def _linked(rec: MarcRecord) -> list[str]:
    """The other works and forms of this one (76X-78X: its online version, the journal an article is in, the title a
    magazine continues), by the label in $i or the field's own: "Online version: Hamid, Mohsin. Exit west ...".
    ($w, the other record's number in another system, and $7, its coding, are another catalogue's keys.)"""
    lines = []
    for field in rec.get_fields(*_LINKED):
        label = " ".join(field.get_subfields("i")).strip().rstrip(":").strip() or _LINKED[field.tag]
        text = " ".join({"z": "ISBN ", "x": "ISSN "}.get(code, "") + v.strip() for code, v in field.subfields
                        if code not in "6i7w" and v.strip())
        if text:
            lines.append(f"{label}: {text}")
    return lines


def _links(rec: MarcRecord) -> list[str]:
    """856, a link to the book or about it (an e-book's file, a publisher's description): "Tautan: https://...
    (E-book, akses anggota)", what it links to ($3) before it, its public note ($z, $y) after."""
    lines = []
    for field in rec.get_fields("856"):
        address = " ".join(v.strip() for v in field.get_subfields("u") if v.strip())
        about = " ".join(v.strip() for v in field.get_subfields("3") if v.strip())
        said = "; ".join(v.strip() for v in field.get_subfields("z", "y") if v.strip())
        if address or about or said:
            lines.append("Tautan: " + " ".join(filter(None, [f"{about}:" if about else "", address,
                                                             f"({said})" if said else ""])))
    return lines


def _other_isbns(rec: MarcRecord) -> list[str]:
    """The 020s beside the record's ISBN (the first 020 $a), for its notes: another binding's (``$q`` "(ebook)"), a
    cancelled or wrong one (``$z``), the taken one's own qualifier: "ISBN 9780735212183 (ebook)", "ISBN
    9780735212190 (tidak berlaku)"; a price or terms beside an ISBN (``$c``) as a KDT prints them: "ISBN
    9786024246945 : Rp45.000" (alone, "Tidak diperjualbelikan", as written)."""
    lines, taken = [], False
    for field in rec.get_fields("020"):
        words = [v.strip() for code, v in field.subfields if code in "aq" and v.strip()]
        words += [f"{v.strip()} (tidak berlaku)" for v in field.get_subfields("z") if v.strip()]
        terms = " ".join(v.strip() for v in field.get_subfields("c") if v.strip())
        if words and (taken or not field.get_subfields("a") or field.get_subfields("q", "z") or terms):
            lines.append("ISBN " + " ".join(words) + (f" : {terms}" if terms else ""))
        elif terms:
            lines.append(terms)
        taken = taken or bool(field.get_subfields("a"))
    return lines
