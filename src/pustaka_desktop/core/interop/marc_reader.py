"""MARC 21 bibliographic records -> ours: ISO 2709 (binary ``.mrc``) and MARCXML, streamed.

Fields read: 001, 003, 035, 008 (year, audience, language), 020, 022, 041, 082 (else 092, else 084, where
SLiMS puts the class number; 084 of another scheme stays that scheme), 100/110/111 and 700/710/711
(with $e role; a person's $b $q $c, a meeting's $n $d $c with the name), 245 (with $n $p: volumes stay apart),
250 (with $b), 260/264 (_1, else _0 _2 _3), 300 (with $e), 490/440 (else 830/800/810/811; those
beside a 490 kept as notes), 050 (LC's class, when no 084 of another scheme), every 5XX and 880 as notes (521:
audience), and as notes too (``marc_notes``): the 020s beside the record's ISBN and their price ($c), 041 $h,
130/240/243/246/740 and the 7XX name-title entries, 76X-78X (linking entries), the 260/264 beside the
publication's first place and publisher, 264 _4 (copyright) and 856 (links); 600/610/611/630/648/650/651/653/655
as subjects (a name's $b $c $d $q $t with its name), 942 $n (hidden), and holdings: 852 (copies: $p barcode, $b
shelf, $c collection type, $h $i call number, $j accession number) with 876 (price, date received, source, status,
condition) and 541 (supplier), or Koha's 952, or INLISLite's 990 (``990 ## $a <No. Induk>``, one a copy: all
INLISLite 3.0-3.2 writes of its copies; a 3.3 that came up from 3.2 keeps them). ``marc_writer`` writes what it
reads into our fields back (the notes as 500s, not 990). The bytes of an ISO 2709 file are ``iso2709``'s;
MARC as text ``marc_text``'s; MARC in JSON (SLiMS's MARCJSON) ``marc_json``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree import ElementTree

import pymarc

from ..catalog import classnumber, review
from ..errors import Cancelled, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from . import marc_notes, marc_unread
from .dates import parse_date
from .iso2709 import BETWEEN_RECORDS, MarcField, MarcRecord, iso_records
from .mojibake import undo_double_utf8
from .prices import parse_price
from .sheet_values import NOTHING, ROLE_WORDS
from .types import (
    UTF8_BOM,
    UTF16_BOMS,
    BadRow,
    Cancel,
    Incoming,
    Progress,
    RowError,
    clean,
    fold,
    kept_as_written,
    language_code,
    parse_isbn,
    parse_year,
    soft,
    split_isbd,
    split_isbn_issn,
)
from .vocabulary import (
    GMD_IN,
    LEADER_KINDS,
    MARC_AUDIENCE,
    ROLE_IN,
    copy_source,
    material_code,
    names_only_a_status,
    source_detail,
    status_of_name,
    title_without_gmd,
)

SUBJECT_TAGS = ("600", "610", "611", "630", "648", "650", "651", "653", "655")  # (655: genre; SLiMS's "gr" topics)
# the subfields of a name or uniform title subject kept with the word before them ("Soekarno, 1901-1970", "Al-Qur'an.
# Bahasa Indonesia"): its dates, numbers, titles, and the language, date and part of a work
_SUBJECT_JOINED = {"600": "bcdqtflnp", "610": "bcdqtflnp", "611": "cdeqtflnp", "630": "dfklmnoprst"}
# Koha's 952 flags of a copy that cannot be lent (a value other than 0 or empty), strongest first
_KOHA_STATUS = (("1", "lost"), ("0", "withdrawn"), ("4", "damaged"), ("7", "not_for_loan"))
RECODED = QT_TRANSLATE_NOOP("Review", "The record says its text is UTF-8, but fields {tags} were written in the "
                                      "Windows code page: read so. Check the letters with accents.")


_TRAILING = re.compile(r"\s*[/:;=,]\s*$")


def _strip(value: str, period: bool = False) -> str:
    value = _TRAILING.sub("", (value or "").strip())
    if period and value.endswith(".") and not value.endswith(".."):
        last_word = value[:-1].split(" ")[-1]
        if len(last_word) > 3 or last_word.isdigit():  # keep abbreviations and initials: "hlm.", "A."
            value = value[:-1]
    return value.strip()


def _first(rec: MarcRecord, tag: str, code: str) -> str:
    for field in rec.get_fields(tag):
        values = field.get_subfields(code)
        if values:
            return values[0]
    return ""


# the parts of a name kept with it, as a heading writes them: a person's numeration, fuller form and title ("Basri,
# A. H. (Ahmad Hasan), Haji"; the dates are left out, as every importer leaves them), a body's subordinate units,
# a meeting's number, date and place ("Seminar Nasional (2nd : 2018 : Yogyakarta)")
_NAME_CODES = {"00": "abqc", "10": "ab", "11": "aqendc"}


def _role(field: MarcField, default: str) -> str:
    for value in field.get_subfields("j" if field.tag[1:] == "11" else "e", "4"):  # (a meeting's $e is a unit)
        role = ROLE_IN.get(_strip(value, True).strip(".").lower())
        if role:
            return role
    return default


def _roles_unread(field: MarcField) -> list[str]:
    """The role words of a name this program has no role for ("pembimbing", "narrator"; a relator code, "ths", when
    no words are written): kept after the name in brackets, as a sheet's "Nama (pembimbing)" is kept."""
    words = [_strip(v, True).strip(".").strip() for v in field.get_subfields("j" if field.tag[1:] == "11" else "e")]
    words = [w for w in words if w] or [v.strip().rsplit("/", 1)[-1] for v in field.get_subfields("4") if v.strip()]
    return [w for w in words if w.lower() not in ROLE_IN and w.lower() not in _OUR_ROLE_WORDS]


_OUR_ROLE_WORDS = frozenset(ROLE_WORDS.values())  # (our sheets' words for our roles: "pengarang utama" is primary)


def from_marc(rec: MarcRecord | pymarc.Record, row: int) -> Incoming:
    if isinstance(rec, pymarc.Record):
        rec = MarcRecord.from_pymarc(rec)
    control = clean(rec.get("001").data) if rec.get("001") is not None else ""
    # a record this program wrote (its 001 is a row's uid) holds values as they were typed: a final full
    # stop is the value's own ("S.A.W."), a " : " inside a title is the title's; a record from elsewhere
    # is tidied of ISBD's punctuation
    tidy = not _UID.fullmatch(control)
    out: dict[str, Any] = {}
    flags: list[Any] = []
    leader = str(rec.leader)
    f008 = rec.get("008").data if rec.get("008") is not None else ""
    kind = leader[6:8] if len(leader) >= 8 else "am"
    title_field = rec.get("245")
    title = _strip(_first(rec, "245", "a") or _first(rec, "245", "k"), tidy)  # ($k: a collection's own title)
    written_gmd = _strip(_first(rec, "245", "h")).strip("[] ")
    in_title = False
    if tidy and not written_gmd:  # INLISLite's MARC and OAI write ISBD's material word in $a: "Peta Jawa [Kartografi]"
        title, written_gmd = title_without_gmd(title)
        in_title = bool(written_gmd)
    gmd = fold(written_gmd)
    if kind[1:] == "s":
        out["material_type"] = "newspaper" if f008[21:22] == "n" else "magazine"
    elif gmd in GMD_IN or (gmd and kind[:1] not in ("a", "t", "g", "i", "j", "k", "m", "p", *LEADER_KINDS)) or (
            in_title and kind[:1] in ("a", "t")):  # (the title's word says more than a leader of text for everything)
        # 245 $h names the material: SLiMS's GMD (the leaders SLiMS writes say nothing, or "a" for all); one we
        # have no type for is kept as written (the import keeps it in the record's notes)
        out["material_type"] = material_code(written_gmd)
    else:
        # a map, a score, a kit...: named for the record's notes (the import keeps what it is, as "other")
        out["material_type"] = LEADER_KINDS.get(kind[:1]) or {
            "a": "book", "t": "book", "g": "av", "i": "av", "j": "av", "k": "av", "m": "ebook",
            "p": "other"}.get(kind[:1], "book")
        if out["material_type"] == "book" and f008[23:24] in ("o", "s"):
            out["material_type"] = "ebook"
        if kind[:1] not in ("e", "f", "p"):  # (a map's 008/22 is its projection; mixed materials have none)
            code = f008[22:23]
            # a code MARC does not have is kept as written (the import flags it), never read as adults
            audience = MARC_AUDIENCE.get(code, f"{code} (MARC 008/22)")
            if audience:
                out["audience"] = audience
    if not title:
        raise RowError(QT_TRANSLATE_NOOP("Import", "The title (245 $a) is empty."))
    isbd: dict[str, str] = {}
    if tidy and title_field is not None and not title_field.get_subfields("b", "c") and _isbd_in_a(title, rec):
        isbd = split_isbd(title)  # the whole ISBD title in $a, as INLISLite's OAI writes it
        title = isbd["title"]
    # 245 $n $p: the number and name of a part ("Jilid 1"): different volumes stay different records
    parts = [_strip(v, tidy) for v in (title_field.get_subfields("n", "p") if title_field is not None else [])]
    parts = [p for p in parts if p]
    out["title"] = ". ".join([title, *parts]) if parts else title
    out["subtitle"] = isbd.get("subtitle") or _strip(_lead(_first(rec, "245", "b")), tidy)
    out["responsibility"] = isbd.get("responsibility") or _strip(_lead(_first(rec, "245", "c")), tidy)
    for field in rec.get_fields("020"):
        values = field.get_subfields("a")
        if values:  # (SLiMS writes its one ISBN/ISSN column here: an ISSN among them goes where it belongs)
            out.update(split_isbn_issn(values[0]) if rec.get("022") is None else {"isbn": parse_isbn(values[0])})
            break
    out["issn"] = out.get("issn") or _strip(_first(rec, "022", "a"))
    # (092: the DDC a library gave a record itself, as WorldCat's records carry theirs: when no 082 gives one)
    out["ddc"] = _strip(_first(rec, "082", "a")) or _strip(_first(rec, "092", "a"))
    for field in rec.get_fields("084"):
        number = _strip((field.get_subfields("a") or [""])[0])
        scheme = (field.get_subfields("2") or [""])[0]
        if not number:
            continue
        if classnumber.is_ddc_scheme(scheme):  # SLiMS writes its class number in 084 without $2
            out["ddc"] = out["ddc"] or number
        elif not out.get("class_other"):
            out["class_other"] = classnumber.other_scheme(number, scheme)
    lcc = " ".join(v.strip() for field in rec.get_fields("050")[:1] for v in field.get_subfields("a", "b") if v.strip())
    if lcc and not out.get("class_other"):  # (LC's class, as LC's records give it beside the DDC)
        out["class_other"] = classnumber.other_scheme(lcc, "lcc")
    # (250 $b: the edition's own statement of responsibility, "Cetakan kedua / disunting ulang oleh ...")
    out["edition"] = _strip(" ".join(v for field in rec.get_fields("250")[:1] for v in field.get_subfields("a", "b")),
                            tidy)
    publication = marc_notes.publication(rec)  # (the others, and what it says beside them: in the notes)
    if publication is not None:
        out["place"] = _strip((publication.get_subfields("a") or [""])[0])
        out["publisher"] = _strip((publication.get_subfields("b") or [""])[0])
        out["year_text"] = _strip((publication.get_subfields("c") or [""])[0], tidy)
    if not out.get("year_text") and parse_year(f008[7:11]):
        out["year_text"] = f008[7:11]
    collation = rec.get("300")
    if collation is not None:
        parts = {code: _strip(collation.get_subfields(code)[0]) for code in "abc" if collation.get_subfields(code)}
        text = parts.get("a", "")
        if parts.get("b"):
            text += " : " + parts["b"]
        if parts.get("c"):
            text += " ; " + parts["c"]
        material = " ".join(_strip(v, tidy) for v in collation.get_subfields("e") if _strip(v))
        if material:  # what comes with the book ("1 CD-ROM"), after ISBD's "+"
            text = text.strip(" :;+") + " + " + material
        out["collation"] = text.strip(" :;+")
    series, series_added = _series(rec, tidy)
    if series:
        out["series"] = series
    language = _strip(_first(rec, "041", "a"))
    if not language and len(f008) >= 38 and f008[35:38].strip() not in ("", "und", "|||"):
        language = f008[35:38]
    out["language"] = language_code(language)  # SLiMS writes the name ("Indonesia"); old records "engund"
    notes = marc_notes.notes(rec, out, tidy, _strip)
    notes += series_added
    out["notes"] = "\n".join(n for n in notes if n.strip() or not tidy).strip("\n")  # (ours: its blank lines too)
    authors: list[dict[str, str]] = []
    for field in rec.get_fields("100", "110", "111", "700", "710", "711"):
        text = " ".join(field.get_subfields(*_NAME_CODES[field.tag[1:]]))
        for name in (_strip(part, tidy) for part in text.split(" ; ")):  # (INLISLite's OAI: all in one $a)
            if not name or (field.get_subfields("t") and name in (a["name"] for a in authors)):
                continue  # (a name-title entry of an author named already: its work is in the notes)
            primary = field.tag.startswith("1")
            unread = _roles_unread(field)
            name = f"{name} ({', '.join(unread)})" if unread else name
            authors.append({"name": name, "role": _role(field, "primary" if primary and not authors else "additional"),
                            "kind": "person" if field.tag.endswith("00") else "organisation"})
    out["authors"] = authors
    subjects: list[str] = []
    for field in rec.get_fields(*SUBJECT_TAGS):
        words: list[str] = []
        for code, value in field.subfields:
            if code in _SUBJECT_JOINED.get(field.tag, "") and words and value.strip():
                words[-1] = f"{words[-1]} {value.strip()}"  # (a name's dates, numbers, titles: "Soekarno, 1901-1970")
            elif code in "axyzv" and value.strip():
                words.append(value.strip())
        term = " -- ".join(w for w in (_strip(w, tidy) for w in words) if w)
        if term and term not in subjects:
            subjects.append(term)
    out["subjects"] = subjects
    items = _holdings(rec, flags)
    if any(value not in ("", "0") for field in rec.get_fields("942") for value in field.get_subfields("n")):
        out["hidden"] = True  # Koha's "suppress in OPAC"
    if rec.recoded:
        flags.append(review.Flag(reason="encoding", field="", value=out["title"], template=RECODED,
                                 params={"tags": ", ".join(sorted(set(rec.recoded)))}))
    if tidy:  # ("-" a catalogue elsewhere holds for no publisher, place, author: SLiMS's lists keep one) none
        out = {k: "" if k != "title" and v.__class__ is str and v.strip() in NOTHING else v for k, v in out.items()}
        out["authors"] = [author for author in out["authors"] if author["name"] not in NOTHING]
        out["subjects"] = [subject for subject in out["subjects"] if subject not in NOTHING]
    record = {k: v for k, v in out.items() if v not in ("", None, [])}
    source = ""
    origin = clean(rec.get("003").data) if rec.get("003") is not None else ""
    if control:
        # (a uid too: a record of another library keeps it as its source, the engine decides: ImportSession._uid)
        source = f"marc:{origin}:{control}" if origin else f"marc:{control}"
    else:
        for field in rec.get_fields("035"):
            number = clean((field.get_subfields("a") or [""])[0])
            if number:
                source = f"marc035:{number}"
                break
    return Incoming(row, record=record, items=items, control=control, control_library=origin, source_id=source,
                    flags=flags, also_known_as=inlislite_ids(rec, control))


def _series(rec: MarcRecord, tidy: bool) -> tuple[str, list[str]]:
    """(the series, with its volume: 490/440 $a ; $v, else the first 800/810/811/830, the series as its authority
    file names it) and, for the notes, the 8XX beside it that say more than it does."""
    series = ""
    for field in (rec.get("490"), rec.get("440")):
        if field is not None:
            volumes = field.get_subfields("v")
            series = _strip((field.get_subfields("a") or [""])[0]) + (f" ; {_strip(volumes[0])}" if volumes else "")
            break
    added = rec.get_fields("800", "810", "811", "830")
    if added and not series:
        volumes = added[0].get_subfields("v")
        series = _strip(" ".join(added[0].get_subfields("a", "t"))) + (
            f" ; {_strip(volumes[0], tidy)}" if volumes else "")
        added = added[1:]
    lines = [" ".join(v for code, v in field.subfields if code != "6") for field in added]
    return series, [line for line in lines if _words(line) != _words(series)]  # (one naming the series again: none)


def _words(text: str) -> str:
    return fold(re.sub(r"[\s;.:,/]+", " ", text))


def inlislite_ids(rec: Any, control: str) -> tuple[str, ...]:
    """The ids INLISLite's catalogue report gives a record its MARC export writes (001 its Control Number,
    ``INLIS…``, 035 its BIB ID): the report's row is keyed by the BIB ID, or the Control Number without one."""
    if not control.upper().startswith("INLIS"):
        return ()
    bibs = [clean((field.get_subfields("a") or [""])[0]) for field in rec.get_fields("035")]
    return tuple(f"inlislite:{number}" for number in [*filter(None, bibs), control])


_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _isbd_in_a(title: str, rec: MarcRecord) -> bool:
    """Whether 245 $a holds a whole ISBD title, "Judul : anak judul / pengarang" (INLISLite's OAI writes its
    title so): the words after " / " name one of the record's authors. ("Ilmu pengetahuan alam SD / MI
    kelas 5" is a title with a slash in it.)"""
    if " / " not in title:
        return False
    after = set(fold(title.rsplit(" / ", 1)[1]).split())
    names = (value for field in rec.get_fields("100", "110", "700", "710") for value in field.get_subfields("a"))
    return any(after & set(fold(name).split()) for name in names)


def _lead(value: str) -> str:
    """SLiMS writes 245 $b as " : subtitle": the ISBD mark belongs to the field before."""
    return re.sub(r"^\s*[:/;=]\s*", "", value or "")


def _holdings(rec: MarcRecord, flags: list[Any]) -> list[dict[str, Any]]:
    """Copies from 852 (location, call number, barcode) with 876 (accession number, price, date
    received, source, status; linked by barcode in $p), or from Koha's 952. A copy without a barcode
    (only an accession number, or a copy number) still comes in: the import gives it a new barcode.
    An 852 with neither says where another library holds the book (a record copied from it): no copy."""
    items: dict[str, dict[str, Any]] = {}
    for n, field in enumerate(rec.get_fields("852")):
        barcode = (field.get_subfields("p") or [""])[0].strip()
        accession = (field.get_subfields("j") or [""])[0].strip()
        if not barcode and not accession and not field.get_subfields("t"):
            continue
        call = " ".join(v.strip() for v in field.get_subfields("h", "i") if v.strip())
        items[barcode or f"852-{n}"] = _unnumbered({
            "barcode": barcode, "location": _strip((field.get_subfields("b") or [""])[0]),
            "collection_type": _strip((field.get_subfields("c") or [""])[0]), "call_number": call,
            "accession_no": accession})
    for field in rec.get_fields("876"):
        sub = {code: value.strip() for code, value in reversed(field.subfields)}
        barcode, accession = sub.get("p", ""), sub.get("a", "")
        if not barcode and not accession:
            continue
        key = barcode or next((k for k, held in items.items() if held.get("accession_no") == accession),
                              f"876-{accession}")
        item = items.setdefault(key, {"barcode": barcode})
        item["accession_no"] = item.get("accession_no") or sub.get("a", "")
        since = len(flags)
        item["price"] = soft(parse_price, sub.get("c", ""), "876 $c", flags, "price", "price")
        item["received_on"] = soft(parse_date, _marc_date(sub.get("d", "")), "876 $d", flags, "date", "received_on")
        source = sub.get("e", "")  # ("Dana Desa 2026": a purchase, the words kept as the source's detail)
        item["source"] = copy_source(source, sub.get("x", "")) or ""
        item["source_detail"] = source_detail(source, sub.get("x", ""))
        item["condition_note"] = sub.get("z", "")
        status_name = sub.get("j", "")
        status = status_of_name(status_name)  # ("Hilang di banjir": lost, as its words say)
        if status and status != "available":
            item["status"] = status
        if status_name and not names_only_a_status(status_name):  # ("Rusak berat", "Tandon"): kept in the remarks
            item["condition_note"] = "; ".join(filter(None, [item["condition_note"], status_name]))
        if status_name and status is None:  # ... and flagged when they say nothing this program reads
            item["_status_name"] = status_name
        kept_as_written(item, flags, since)
    for field in rec.get_fields("541"):  # the source of acquisition of the copy named in $3 (a supplier)
        sub = {code: value.strip() for code, value in reversed(field.subfields)}
        if sub.get("3") in items and sub.get("a"):
            items[sub["3"]]["supplier"] = sub["a"]
    for n, field in enumerate(rec.get_fields("952")):  # Koha: each 952 is a copy of this library's
        sub = {code: value.strip() for code, value in reversed(field.subfields)}
        barcode = sub.get("p", "")
        since = len(flags)
        item = {
            "barcode": barcode, "location": sub.get("c", ""), "call_number": sub.get("o", ""),
            "accession_no": sub.get("i", ""), "collection_type": sub.get("8", "") or sub.get("y", ""),
            "price": soft(parse_price, sub.get("g", "") or sub.get("v", ""), "952 $g", flags, "price", "price"),
            "received_on": soft(parse_date, _marc_date(sub.get("d", "")), "952 $d", flags, "date", "received_on"),
            "supplier": sub.get("e", ""),
            "condition_note": "; ".join(filter(None, (sub.get("x", ""), sub.get("z", ""))))}  # (its notes)
        status = next((status for code, status in _KOHA_STATUS if sub.get(code, "0") not in ("", "0")), "")
        if status:
            item["status"] = status
        items[barcode or f"952-{n}"] = _unnumbered(kept_as_written(item, flags, since))
    if not items and _inlislite(rec):
        # INLISLite writes its No. Panggil in 084 beside the class in 082: the copies' call number
        call = _first(rec, "084", "a").strip() if _first(rec, "082", "a").strip() else ""
        call = call if classnumber.is_ddc_scheme(_first(rec, "084", "2")) else ""
        for field in rec.get_fields("990"):  # INLISLite: one 990 $a a copy, its No. Induk (and no barcode)
            accession = clean((field.get_subfields("a") or [""])[0])
            if accession:
                items.setdefault(f"990-{accession}", {"accession_no": accession, "call_number": call})
    return [{k: v for k, v in item.items() if v not in ("", None)} for item in items.values()]


def _inlislite(rec: MarcRecord) -> bool:
    """A record INLISLite wrote: its 001 is INLISLite's control number (``INLIS000000000000123``, 3.0 to 3.3).
    Another system's 990 is its own local field, never read as copies."""
    control = rec.get("001")
    return control is not None and bool(_INLIS_CONTROL.match(clean(control.data)))


_INLIS_CONTROL = re.compile(r"INLIS\d+$", re.I)


def _unnumbered(item: dict[str, Any]) -> dict[str, Any]:
    """A copy with neither barcode nor accession number is known only as the record's n-th such copy
    (``_unnumbered``): importing the file again finds it instead of adding it twice."""
    if not item.get("barcode") and not item.get("accession_no"):
        item["_unnumbered"] = True
    return item


def _marc_date(text: str) -> str:
    """yyyymmdd (MARC's form) -> yyyy-mm-dd; other forms pass."""
    text = (text or "").strip()
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text


def incoming(records: Iterable[tuple[int, MarcRecord | None]], progress: Callable[[], float] | None,
             report: Progress | None, cancel: Cancel | None) -> Iterator[Incoming]:
    """The rows of numbered records (None: a damaged one), Cancel heard and progress said every 1000 records; then
    the fields no record's reading had a place for, named once (``marc_unread``)."""
    unread: set[str] = set()
    for number, rec in records:
        if number % 1000 == 0:
            if cancel is not None and cancel():
                raise Cancelled()
            if report and progress:
                report(min(1.0, progress()), QT_TRANSLATE_NOOP("Progress", "Reading the file"))
        if rec is None:
            yield Incoming(number, error=BadRow(number, QT_TRANSLATE_NOOP(
                "Import", "This MARC record is damaged and cannot be read.")))
            continue
        unread |= marc_unread.unread(rec, _inlislite(rec))
        try:
            yield from_marc(rec, number)
        except RowError as exc:
            yield Incoming(number, error=BadRow(number, exc.template, exc.params))
    said = marc_unread.notice(unread)
    if said is not None:
        yield Incoming(0, notice=said)


def read_iso2709(path: str | Path, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> Iterator[Incoming]:
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(64).removeprefix(UTF8_BOM).lstrip(BETWEEN_RECORDS)
    if len(head) < 24 or not head[:5].isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a MARC (ISO 2709) file. For MARCXML choose the MARCXML format."),
            path=path.name)
    return read_records(path, iso_records, progress, cancel)


def read_records(path: Path, records: Callable[[BinaryIO], Iterable[MarcRecord | None]],
                 progress: Progress | None = None, cancel: Cancel | None = None) -> Iterator[Incoming]:
    """The rows of a file of MARC records, read by ``records`` from its bytes (ISO 2709 here,
    ``marc_text`` for MARC as text): a file without one readable record is not taken."""
    size = max(1, path.stat().st_size)

    def rows() -> Iterator[Incoming]:
        good = 0
        with path.open("rb") as handle:
            numbered = enumerate(records(handle), start=1)
            for inc in incoming(numbered, lambda: handle.tell() / size, progress, cancel):
                if inc.error is None:
                    good += 1
                elif good == 0 and inc.row >= 20:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a readable MARC file."),
                                          path=path.name)
                yield inc
        if good == 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a readable MARC file."), path=path.name)

    return rows()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _xml_records(path: Path) -> Iterator[MarcRecord]:
    """MARCXML records one at a time (with or without the marc: prefix, SLiMS mixes both), each
    element cleared once read."""
    leader = ""
    fields: list[MarcField] = []
    for _event, element in ElementTree.iterparse(str(path), events=("end",)):
        name = _local(element.tag)
        if name == "leader":
            leader = (element.text or "").ljust(24)[:24]
        elif name == "controlfield":
            fields.append(MarcField(element.get("tag", ""), data=element.text or ""))
        elif name == "datafield":  # (an old SLiMS's text stored twice as UTF-8: mended, as in its CSV)
            subfields = [(sub.get("code", " ")[:1] or " ", undo_double_utf8(sub.text or "")) for sub in element
                         if _local(sub.tag) == "subfield"]
            fields.append(MarcField(element.get("tag", ""), indicator1=(element.get("ind1") or " ")[:1],
                                    indicator2=(element.get("ind2") or " ")[:1], subfields=subfields))
            element.clear()
        elif name == "record":
            if leader or fields:  # (an OAI-PMH response wraps each MARC record in a <record> of its own)
                yield MarcRecord(leader or " " * 24, fields)
            leader, fields = "", []
            element.clear()


def _looks_like_xml(head: bytes) -> bool:
    """XML in UTF-8 (with or without the BOM a Windows tool writes) or in UTF-16 (with its BOM)."""
    if head[:2] in UTF16_BOMS:
        return head.decode("utf-16", "ignore").lstrip().startswith("<")
    return head.removeprefix(UTF8_BOM).lstrip().startswith(b"<")


def read_marcxml(path: str | Path, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> Iterator[Incoming]:
    path = Path(path)
    size = max(1, path.stat().st_size)

    def rows() -> Iterator[Incoming]:
        count = 0
        try:
            with path.open("rb") as handle:
                head = handle.read(2048)
            if not _looks_like_xml(head):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a MARCXML file: it does not begin "
                                                                  "with XML."), path=path.name)
            records = _xml_records(path)
            done = [0]

            def numbered() -> Iterator[tuple[int, MarcRecord]]:
                for number, rec in enumerate(records, start=1):
                    done[0] = number
                    yield number, rec

            for inc in incoming(numbered(), lambda: min(0.99, done[0] * 1500 / size), progress, cancel):
                count += 1
                yield inc
        except ElementTree.ParseError as exc:
            line, column = getattr(exc, "position", (0, 0))
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a readable MARCXML file: its XML breaks at line {line}, column {column}."),
                path=path.name, line=line, column=column + 1) from exc
        if count == 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} holds no MARC records."), path=path.name)

    return rows()
