"""Issue #12, "Moving in without loss", subfield by subfield: every subfield of a MARC record as sources write them
(a Library of Congress record, SLiMS's MARC export, INLISLite's, Koha's with its 952 copies, MARC-8 and UTF-8, an
Arabic record with its 880 fields) ends up somewhere in the library (a record's or copy's field, its notes or
remarks, the review list) or is named by the import (a notice, a copy left out, a record refused). A value that
silently disappears fails here, naming its record, tag, subfield and value.

The accounting is test_no_cell_lost's (its haystacks of a record, a copy, a flag and what the import said): a
subfield is a cell whose column is its tag and code. Each tag or subfield says how its value may be stored
(``_KINDS``): a class number without its primes, a year as a year, a role as the author's role...; what is right to
drop is accepted by name (``ACCEPTED``), each with why. Each loss it found, on its own: ``test_marc_subfield_losses``."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import pymarc
from pymarc import Field, Indicators, Subfield

from pustaka_desktop.core.catalog.isbn import normalise_isbn
from pustaka_desktop.core.catalog.records import LANGUAGES as LANGUAGES_NAMED
from pustaka_desktop.core.i18n import indonesian
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.interop.mojibake import undo_double_utf8
from pustaka_desktop.core.interop.vocabulary import AUDIENCE_IN, ROLE_IN
from pustaka_desktop.core.store.models import Record, ReviewFlag
from tests.core import slims_sample
from tests.core.test_import_inlislite_marc import LASKAR_RUAS, RONGGENG_RUAS, file_marc_raw
from tests.core.test_interop_marc_reader import _marc8_record
from tests.core.test_no_cell_lost import (
    _FORMS,
    LANGUAGES,
    _flag_haystack,
    _found,
    _item_haystack,
    _record_haystack,
    _said,
)
from tests.core.test_no_cell_lost import _fold as _cell_fold


def _fold(text: Any) -> str:  # (MARC-8's accents are combining letters: compared as one)
    return unicodedata.normalize("NFC", _cell_fold(text))


# --- the accounting -----------------------------------------------------------------------------------------------

# a record as (tag, indicators, value): a control field's value a string, a data field's [(code, value), ...]
Ruas = list[tuple[str, str | None, Any]]


def _bare(value: str) -> str:
    """A value without ISBD's marks around it ("New York :", "[2017]", " : a novel"): what a field keeps."""
    return re.sub(r"^[\s:;/=,.\[]+|[\s:;/=,.\]]+$", "", value)


def _year(value: str) -> list[str]:
    years = re.findall(r"\d{4}", value)
    return [f"year={years[0]}"] if years else []


def _marc_date(value: str) -> list[str]:
    digits = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", value.strip())
    return [f"date={digits[1]}-{digits[2]}-{digits[3]}"] if digits else []


def _class(value: str, _field) -> list[str]:
    """A class number as stored: without DDC's primes ("823/.92"), its DDC edition after it ("005.13/3 22") apart."""
    return [re.sub(r"[/ ]", "", value), re.sub(r"[/ ]", "", re.sub(r" \d{2}$", "", value.strip()))]


def _isbn(value: str, _field) -> list[str]:
    return [normalise_isbn(value) or re.sub(r"[^\dXx]", "", value)]


def _koha_flag(value: str, _field, status: str = "") -> list[str]:
    """Koha's 952 flags ($0 withdrawn, $1 lost, $4 damaged, $7 not for loan): 0 says the copy is on the shelf."""
    return ["available"] if value.strip() in ("", "0") else [status]


_KINDS = {
    "class": _class,
    "isbn": _isbn,
    "year": lambda v, f: _year(v),
    "date": lambda v, f: _marc_date(v),
    "price": lambda v, f: _FORMS["price"](v),
    # (a word of an author's own, "penulis", "author.", says the author is one: the first or another)
    "role": lambda v, f: [f"role={role}" for role in (ROLE_IN.get(_bare(v).lower().strip('.'), _bare(v))
                                                      or "primary additional").split()],
    "language": lambda v, f: [f"language={LANGUAGES.get(_fold(v), _fold(v))}"],
    "gmd": lambda v, f: _FORMS["gmd"](v),
    # the source's id, kept as the record's: marc:<003>:<001>
    "origin": lambda v, f: [f"marc:{v}:"],
    # a volume of a series, found beside the series' name ("Riverhead novels ; 3")
    "volume": lambda v, f: [f"{_bare(dict(f).get('a', ''))} ; {_bare(v)}"],
    # SLiMS's own sample keeps text stored twice as UTF-8 ("DeveloperÃ¢â‚¬â„¢s"): the text it means
    "mojibake": lambda v, f: [undo_double_utf8(v)],
    "withdrawn": lambda v, f: _koha_flag(v, f, "withdrawn"),
    "lost": lambda v, f: _koha_flag(v, f, "lost"),
    "damaged": lambda v, f: _koha_flag(v, f, "damaged"),
    "not_for_loan": lambda v, f: _koha_flag(v, f, "not_for_loan"),
    "hidden": lambda v, f: [f"hidden={v.strip() not in ('', '0')}"],
    # Koha's replacement price beside the price paid ($g): the copy keeps what was paid; alone, it is the price
    "replacement": lambda v, f: _FORMS["price"](dict(f).get("g") or v),
    # readers named as a group ("Anak-anak", "SD"), read as the record's audience; an age is not a group's name
    "audience": lambda v, f: [f"audience={AUDIENCE_IN[_fold(v).strip('. ').replace('-', ' ')]}"] if _fold(
        v).strip(". ").replace("-", " ") in AUDIENCE_IN else [],
    # AACR2's printer after the publication, in ISBD's brackets ("(Bandung :", "Percetakan Negara RI)"): without them
    "printer": lambda v, f: [_bare(_bare(v).strip("()"))],
    # the language a translation is from, by its name in the notes ("ara": "Diterjemahkan dari Bahasa Arab")
    "original": lambda v, f: [indonesian("Catalog", LANGUAGES_NAMED.get(v.strip(), v))],
}
# how each subfield's value may be kept, besides as written: tag$code (or tag for all its subfields) -> kind
KINDS = {"082$a": "class", "084$a": "class", "020$a": "isbn", "264$c": "year", "260$c": "year",
         "100$e": "role", "700$e": "role", "110$e": "role", "710$e": "role", "041$a": "language", "245$h": "gmd",
         "876$d": "date", "952$d": "date", "876$c": "price", "952$g": "price", "952$v": "replacement", "003": "origin",
         "490$v": "volume", "440$v": "volume", "490$a": "mojibake", "952$0": "withdrawn", "952$1": "lost",
         "952$4": "damaged", "952$7": "not_for_loan", "942$n": "hidden",
         "041$h": "original", "521$a": "audience",
         "260$e": "printer", "260$f": "printer", "260$g": "printer"}

ACCEPTED = {
    # read into the record's fields (its year, language, audience, material type; the leader too), bytes by bytes
    "008": "read into fields",
    # the old system's stamp of when the record was last saved (SLiMS writes it as a data field): nothing of the book
    "005": "the old system's stamp",
    # who catalogued the record, in which language and by which rules: the old catalogue's bookkeeping
    "040": "cataloguing source",
    # LC's code of which programme checked the record: its bookkeeping
    "042": "authentication code",
    # which character sets the 880 fields use: read in reading them
    "066": "character sets",
    # RDA's content, media and carrier types ("text", "unmediated", "volume"): what the leader says of a book,
    # read as its material type
    "336": "RDA types", "337": "RDA types", "338": "RDA types",
    # Koha's own numbers of its record (biblionumber, biblioitemnumber): another system's keys, nothing of the book
    "999": "Koha's record numbers",
    # Koha's default item type and its "suppress" switch: read (942 $n as hidden), the type said again per copy
    "942$c": "Koha's default item type",
    # the link of a field to its 880 twin ("880-01"): a pointer, not a value
    "$6": "linkage",
    # the edition of the DDC a number comes from ("23"), or the subject list's name ("lcsh"): says which rules,
    # nothing of the book
    "082$2": "DDC edition", "650$2": "thesaurus", "600$2": "thesaurus", "651$2": "thesaurus",
    "655$2": "genre thesaurus",
    # Koha's home and holding branch codes: the library's own code on every copy
    "952$a": "Koha's branch", "952$b": "Koha's branch",
    # the date Koha last saw or changed the copy, and its count of loans: its circulation bookkeeping
    "952$r": "Koha's stamp", "952$l": "Koha's loan count", "952$s": "Koha's stamp",
    # a person's years of birth and death: authors are kept as patrons search and cards print them, without their
    # dates (as every importer keeps them: the README's "authors without their dates"); the dates tell two people of
    # one name apart in an authority file, which a village catalogue has not
    "100$d": "an author's dates", "700$d": "an author's dates",
    # another system's number of the record (INLISLite's BIB ID beside its Control Number in 001, which is kept as
    # the record's source): read to find the record INLISLite's catalogue report made; a record without 001 keeps it
    "035": "another number of the record",
    # OCLC's numbers of records merged into this one (019), another catalogue's number of it (029: its code and
    # number), the holdings code of the library that catalogued it (049), and a linking entry's number of the
    # other record in another catalogue (776 $w): other systems' keys, nothing of the book
    "019": "merged OCLC numbers", "029": "another catalogue's number", "049": "another library's holdings code",
    "776$w": "another catalogue's record number",
    # the item number another library gave its copy beside the DDC in 092 (its shelf mark's second part: "WUL p"):
    # the DDC is read, the call numbers of this library's copies are made here
    "092$b": "another library's item number",
    # MARC's code of the places a record is about ("a-pk---"): the places themselves are its subjects, in words
    "043": "geographic area code",
}


@dataclass
class Sub:
    source: str
    record: int
    tag: str
    code: str
    value: str

    def __str__(self) -> str:
        return f"{self.source}, record {self.record}, {self.tag} ${self.code}: {self.value!r}"


def _subfields(source: str, records: list[Ruas]):
    for n, ruas in enumerate(records, start=1):
        for tag, _indicators, value in ruas:
            pairs = [("", value)] if isinstance(value, str) else value
            for code, text in pairs:
                if str(text).strip():
                    yield Sub(source, n, tag, code, str(text)), ruas


def _title(ruas: Ruas) -> str:
    return next(_bare(dict(value).get("a", "")) for tag, _i, value in ruas if tag == "245")


def _record_words(record: Record) -> list[str]:
    out = [_fold(text) for text in _record_haystack(record)]
    out += [f"role={a['role']}" for a in json.loads(record.authors)]
    out += [f"audience={record.audience}", f"material={record.material_type}", f"hidden={record.hidden}"]
    return out


def _tag_named(tag: str, said) -> bool:
    """Whether the import named ``tag`` for the file: its fields with no place here, as a list of tags."""
    return any(tag in (part.strip() for part in w.split(",")) for _where, n, words in said if n == 0 for w in words)


def lost_subfields(source: str, records: list[Ruas], plans) -> list[str]:
    """The subfields of ``records`` found nowhere: in the record its title made and that record's copies, the
    review flags on those, or what the import said of its record (or of the file)."""
    plans = plans if isinstance(plans, list | tuple) else [plans]
    said = [entry for plan in plans for entry in _said(plan)]
    lost = []
    for sub, ruas in _subfields(source, records):
        if {sub.tag, f"{sub.tag}${sub.code}", f"${sub.code}"} & set(ACCEPTED):
            continue
        title = _fold(_title(ruas))
        found = [r for r in Record.select() if title.startswith(_fold(r.title)) or _fold(r.title).startswith(title)]
        items = [i for r in found for i in r.items]
        haystack = [text for r in found for text in _record_words(r)]
        haystack += [_fold(text) for i in items for text in _item_haystack(i)]
        haystack += _flag_haystack(ReviewFlag.select().where(
            ReviewFlag.record.in_([r.id for r in found]) | ReviewFlag.item.in_([i.id for i in items])))
        haystack += [w for _where, n, words in said if n in (0, sub.record) for w in words]
        haystack = [_fold(text) for text in haystack]
        kind = KINDS.get(f"{sub.tag}${sub.code}") or KINDS.get(sub.tag)
        field = next(value for tag, _i, value in ruas if tag == sub.tag and (sub.code, sub.value) in (
            [("", value)] if isinstance(value, str) else value))
        forms = [_fold(f) for f in [sub.value, _bare(sub.value), *(_KINDS[kind](sub.value, field) if kind else [])]
                 if f]
        if not any(_found(form, haystack) for form in forms) and not _tag_named(sub.tag, said):
            lost.append(str(sub))
    return lost


# --- writing the records as their sources do ----------------------------------------------------------------------


def _pymarc(ruas: Ruas, leader: str = "     nam a22     4i 4500") -> pymarc.Record:
    rec = pymarc.Record(force_utf8=True, leader=leader)
    for tag, indicators, value in ruas:
        if indicators is None:
            rec.add_field(Field(tag=tag, data=value))
        else:
            rec.add_field(Field(tag, Indicators(*indicators.replace("#", " ")),
                                [Subfield(code, text) for code, text in value]))
    return rec


def _marc_file(tmp_path, name: str, records: list[Ruas]) -> str:
    path = tmp_path / name
    path.write_bytes(b"".join(_pymarc(ruas).as_marc() for ruas in records))
    return str(path)


def _marcxml_file(tmp_path, name: str, records: list[Ruas]) -> str:
    path = tmp_path / name
    writer = pymarc.XMLWriter(open(path, "wb"))  # noqa: SIM115 (the writer closes it)
    for ruas in records:
        writer.write(_pymarc(ruas))
    writer.close()
    return str(path)


# --- a Library of Congress record ---------------------------------------------------------------------------------

LC = [
    ("001", None, "2016048497"),
    ("003", None, "DLC"),
    ("005", None, "20170412083021.0"),
    ("008", None, "161104s2017    nyu           000 1 eng  "),
    ("010", "##", [("a", "  2016048497")]),
    ("020", "##", [("a", "9780735212176"), ("q", "(hardcover)")]),
    ("020", "##", [("a", "9780735212183"), ("q", "(ebook)")]),
    ("020", "##", [("z", "9780735212190")]),
    ("040", "##", [("a", "DLC"), ("b", "eng"), ("e", "rda"), ("c", "DLC")]),
    ("042", "##", [("a", "pcc")]),
    ("043", "##", [("a", "a-pk---")]),
    ("050", "00", [("a", "PR9540.9.H27"), ("b", "E95 2017")]),
    ("082", "00", [("a", "823/.92"), ("2", "23")]),
    ("100", "1#", [("a", "Hamid, Mohsin,"), ("d", "1971-"), ("e", "author.")]),
    ("245", "10", [("a", "Exit west :"), ("b", "a novel /"), ("c", "Mohsin Hamid.")]),
    ("250", "##", [("a", "First edition.")]),
    ("264", "#1", [("a", "New York :"), ("b", "Riverhead Books,"), ("c", "[2017]")]),
    ("264", "#4", [("c", "©2017")]),
    ("300", "##", [("a", "231 pages ;"), ("b", "illustrations ;"), ("c", "22 cm")]),
    ("336", "##", [("a", "text"), ("b", "txt"), ("2", "rdacontent")]),
    ("337", "##", [("a", "unmediated"), ("b", "n"), ("2", "rdamedia")]),
    ("338", "##", [("a", "volume"), ("b", "nc"), ("2", "rdacarrier")]),
    ("490", "1#", [("a", "Riverhead novels ;"), ("v", "3")]),
    ("500", "##", [("a", "First published in Great Britain.")]),
    ("504", "##", [("a", "Includes bibliographical references (pages 229-231).")]),
    ("505", "0#", [("a", "Part one -- Part two.")]),
    ("505", "00", [("t", "Exit west /"), ("r", "Mohsin Hamid --"), ("t", "A conversation with the author /"),
                   ("r", "interviewed by Laila Lalami.")]),
    ("520", "##", [("a", "Nadia and Saeed fall in love as their city swells with refugees.")]),
    ("546", "##", [("a", "Text in English.")]),
    ("586", "##", [("a", "Los Angeles Times Book Prize for Fiction, 2017")]),
    ("600", "10", [("a", "Soekarno,"), ("d", "1901-1970"), ("v", "Fiction.")]),
    ("650", "#0", [("a", "Refugees"), ("z", "Pakistan"), ("v", "Fiction.")]),
    ("650", "#0", [("a", "Emigration and immigration"), ("x", "Social aspects"), ("y", "21st century"),
                   ("v", "Fiction."), ("2", "lcsh")]),
    ("651", "#0", [("a", "Lahore (Pakistan)"), ("v", "Fiction.")]),
    ("655", "#7", [("a", "Romance fiction."), ("2", "lcgft")]),
    ("700", "1#", [("a", "Santoso, Budi,"), ("e", "translator.")]),
    ("700", "12", [("a", "Hamid, Mohsin,"), ("d", "1971-"), ("t", "Reluctant fundamentalist.")]),
    ("776", "08", [("i", "Online version:"), ("a", "Hamid, Mohsin, 1971-"), ("t", "Exit west."),
                   ("d", "New York : Riverhead Books, 2017"), ("z", "9780735212183"), ("w", "(DLC) 2016050032")]),
    ("830", "#0", [("a", "Riverhead novel series ;"), ("v", "no. 3.")]),
    ("856", "42", [("3", "Contributor biographical information"),
                   ("u", "https://www.loc.gov/catdir/enhancements/fy1706/2016048497-b.html")]),
]


def test_every_subfield_of_a_library_of_congress_record_is_kept_or_named(lib, librarian, tmp_path):
    plan = importer.import_file(lib, librarian, "marc", _marc_file(tmp_path, "lc.mrc", [LC]))
    lost = lost_subfields("lc.mrc", [LC], plan)
    assert lost == [], "\n".join(lost)


def test_every_subfield_of_a_library_of_congress_marcxml_record_is_kept_or_named(lib, librarian, tmp_path):
    plan = importer.import_file(lib, librarian, "marcxml", _marcxml_file(tmp_path, "lc.xml", [LC]))
    lost = lost_subfields("lc.xml", [LC], plan)
    assert lost == [], "\n".join(lost)


# --- records copied from Perpusnas's catalogue and WorldCat --------------------------------------------------------

# a book with its KDT: the price beside the ISBN, the author's title and fuller name, a translated work's uniform
# title and its title in Arabic romanised, a CD-ROM with it, a copyright year beside the publication's
KDT = [
    ("001", None, "1234567890"),
    ("003", None, "JKPNPNA"),
    ("008", None, "190312s2019    io a     b    000 0 ind  "),
    ("020", "##", [("a", "9786024246945"), ("c", "Rp45.000")]),
    ("041", "1#", [("a", "ind"), ("h", "ara")]),
    ("082", "04", [("a", "297.122 7"), ("2", "23")]),
    ("100", "1#", [("a", "Basri, A. H."), ("q", "(Ahmad Hasan),"), ("c", "Haji,"), ("e", "penerjemah.")]),
    ("240", "10", [("a", "Tafsir al-Jalalayn."), ("l", "Bahasa Indonesia")]),
    ("245", "10", [("a", "Terjemah tafsir Jalalain :"), ("b", "jilid pertama /"), ("c", "penerjemah, H. A. H. Basri.")]),
    ("246", "1#", [("i", "Judul pada sampul:"), ("a", "Tafsir al-Jalalain bi al-lughah al-Indunisiyah")]),
    ("246", "30", [("a", "Tafsir Jalalain")]),
    ("250", "##", [("a", "Cetakan kedua /"), ("b", "disunting ulang oleh Siti Aminah.")]),
    ("264", "#1", [("a", "Bandung :"), ("b", "Sinar Baru Algensindo,"), ("c", "2019.")]),
    ("264", "#2", [("a", "Jakarta :"), ("b", "Gramedia Distribusi")]),
    ("264", "#4", [("c", "©2018")]),
    ("300", "##", [("a", "xii, 560 halaman ;"), ("c", "24 cm +"), ("e", "1 CD-ROM (4 3/4 in.)")]),
    ("500", "##", [("a", "Indeks.")]),
    ("504", "##", [("a", "Bibliografi : halaman 551-556.")]),
    ("505", "0#", [("a", "Surat al-Fatihah -- Surat al-Baqarah -- Surat Ali Imran.")]),
    ("520", "##", [("a", "Tafsir ringkas Al-Qur'an karya dua ulama Mesir, disertai teks Arab."),
                   ("b", "Cocok untuk pengajian di desa.")]),
    ("521", "##", [("a", "Untuk santri dan umum.")]),
    ("546", "##", [("a", "Teks dalam bahasa Indonesia dan Arab.")]),
    ("586", "##", [("a", "Buku Terbaik Islamic Book Fair 2019")]),
    ("650", "#4", [("a", "Al-Qur'an"), ("x", "Tafsir"), ("y", "Abad ke-15"), ("z", "Mesir.")]),
    ("651", "#4", [("a", "Mesir"), ("x", "Kehidupan keagamaan.")]),
    ("655", "#4", [("a", "Tafsir.")]),
    ("700", "0#", [("a", "Jalal al-Din al-Mahalli,"), ("d", "1389-1459."), ("t", "Tafsir al-Jalalayn.")]),
    ("740", "02", [("a", "Asbabun nuzul.")]),
    ("856", "40", [("u", "https://opac.perpusnas.go.id/ebook/9786024246945.pdf"), ("z", "E-book, akses anggota")]),
]
# a village's own thesis, as WorldCat holds theses: produced, not published (264 _0), its thesis note in parts
THESIS = [
    ("001", None, "on1102345678"),
    ("003", None, "OCoLC"),
    ("008", None, "190620s2019    io a     bm   000 0 ind d"),
    ("019", "##", [("a", "1102345000")]),
    ("029", "1#", [("a", "AU@"), ("b", "000065432109")]),
    ("049", "##", [("a", "UINK")]),
    ("092", "##", [("a", "027.5"), ("b", "WUL p")]),
    ("100", "1#", [("a", "Wulandari, Sri,"), ("e", "author.")]),
    ("245", "10", [("a", "Peran perpustakaan desa dalam meningkatkan minat baca anak /"), ("c", "Sri Wulandari.")]),
    ("264", "#0", [("a", "Yogyakarta,"), ("c", "2019.")]),
    ("300", "##", [("a", "xiv, 98 leaves ;"), ("c", "30 cm")]),
    ("502", "##", [("b", "Skripsi (S1)"), ("c", "Universitas Islam Negeri Sunan Kalijaga"), ("d", "2019."),
                   ("g", "Program Studi Ilmu Perpustakaan.")]),
    ("504", "##", [("a", "Includes bibliographical references (leaves 90-95).")]),
    ("648", "#4", [("a", "2010-2019")]),
    ("650", "#4", [("a", "Perpustakaan desa"), ("z", "Indonesia"), ("z", "Sleman.")]),
    ("655", "#4", [("a", "Academic theses.")]),
    ("938", "##", [("a", "ProQuest Dissertations"), ("b", "PQST"), ("n", "27601234")]),
]
# a thesis note as one sentence, a meeting's proceedings with the ministry that held it, published in two places
PROCEEDINGS = [
    ("001", None, "on1055512345"),
    ("003", None, "OCoLC"),
    ("008", None, "181015s2018    io a     b    100 0 ind d"),
    ("111", "2#", [("a", "Seminar Nasional Perpustakaan Desa"), ("n", "(2nd :"), ("d", "2018 :"),
                   ("c", "Yogyakarta, Indonesia)")]),
    ("245", "10", [("a", "Prosiding Seminar Nasional Perpustakaan Desa /"), ("c", "penyunting, Budi Santoso.")]),
    ("264", "#1", [("a", "Jakarta :"), ("b", "Perpustakaan Nasional RI ;"), ("a", "Yogyakarta :"),
                   ("b", "Universitas Gadjah Mada,"), ("c", "2018.")]),
    ("300", "##", [("a", "250 halaman ;"), ("c", "29 cm")]),
    ("502", "##", [("a", "Makalah terpilih, juga diajukan sebagai tesis (M.Hum.)--Universitas Indonesia, 2018.")]),
    ("710", "1#", [("a", "Indonesia."), ("b", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi."),
                   ("b", "Direktorat Jenderal Pembangunan Desa.")]),
    ("711", "2#", [("a", "Rapat Koordinasi Nasional Perpustakaan"), ("n", "(5th :"), ("d", "2018 :"),
                   ("c", "Jakarta, Indonesia)")]),
]
# a ministry as author, and a sacred text known by its uniform title, printed by another (AACR2's 260 $e $f)
MINISTRY = [
    ("001", None, "on987654321"),
    ("003", None, "OCoLC"),
    ("008", None, "170301s2017    io a          000 0 ind d"),
    ("110", "1#", [("a", "Indonesia."), ("b", "Kementerian Agama.")]),
    ("130", "0#", [("a", "Koran."), ("l", "Indonesian"), ("f", "2017.")]),
    ("245", "10", [("a", "Al-Qur'an dan terjemahnya /"), ("c", "Kementerian Agama RI.")]),
    ("260", "##", [("a", "Jakarta :"), ("b", "Lajnah Pentashihan Mushaf Al-Qur'an,"), ("c", "2017"),
                   ("e", "(Bandung :"), ("f", "Percetakan Negara RI)")]),
    ("300", "##", [("a", "xx, 1281 halaman ;"), ("c", "25 cm")]),
    ("630", "04", [("a", "Al-Qur'an."), ("l", "Bahasa Indonesia"), ("x", "Terjemahan.")]),
]
# a children's book: its readers' ages beside 008's "juvenile", its price alone (no ISBN), its illustrator's role
KANCIL = [
    ("001", None, "0010-0522000077"),
    ("003", None, "JKPNPNA"),
    ("008", None, "220510s2022    io a   j      000 1 ind  "),
    ("020", "##", [("c", "Rp25.000")]),
    ("100", "0#", [("a", "Dwi Lestari"), ("e", "penulis.")]),
    ("245", "10", [("a", "Si Kancil dan buaya /"), ("c", "Dwi Lestari ; ilustrator, Agus Salim.")]),
    ("264", "#1", [("a", "Surabaya :"), ("b", "Pustaka Anak,"), ("c", "2022.")]),
    ("300", "##", [("a", "24 halaman :"), ("b", "ilustrasi berwarna ;"), ("c", "21 cm")]),
    ("521", "##", [("a", "Usia 7-12 tahun.")]),
    ("650", "#4", [("a", "Cerita rakyat"), ("z", "Indonesia"), ("v", "Bacaan anak.")]),
    ("700", "0#", [("a", "Agus Salim"), ("e", "ilustrator.")]),
]
COPIED = [KDT, THESIS, PROCEEDINGS, MINISTRY, KANCIL]


def test_every_subfield_of_records_copied_from_perpusnas_and_worldcat_is_kept_or_named(lib, librarian, tmp_path):
    plan = importer.import_file(lib, librarian, "marc", _marc_file(tmp_path, "copied.mrc", COPIED))
    lost = lost_subfields("copied.mrc", COPIED, plan)
    assert lost == [], "\n".join(lost)


def test_every_subfield_of_records_copied_as_marcxml_is_kept_or_named(lib, librarian, tmp_path):
    plan = importer.import_file(lib, librarian, "marcxml", _marcxml_file(tmp_path, "copied.xml", COPIED))
    lost = lost_subfields("copied.xml", COPIED, plan)
    assert lost == [], "\n".join(lost)


# --- SLiMS's MARC export ------------------------------------------------------------------------------------------


def _slims_ruas() -> list[Ruas]:
    return [[(tag, "  ", [(c, v) for c, v in subfields if v]) for tag, subfields in fields]
            for fields in slims_sample.marc_records()]


def test_every_subfield_of_a_slims_marc_export_is_kept_or_named(lib, librarian, tmp_path):
    path = tmp_path / "slims.mrc"
    path.write_bytes(slims_sample.iso2709())
    plan = importer.import_file(lib, librarian, "marc", path)
    lost = lost_subfields("slims.mrc", _slims_ruas(), plan)
    assert lost == [], "\n".join(lost)


# --- INLISLite's MARC export --------------------------------------------------------------------------------------

# a local thesis as INLISLite's form catalogues one: its other title, what comes with it, its thesis note and
# abstract, its advisor, the digital content's link (Konten Digital)
SKRIPSI_RUAS = [
    ("001", None, "INLIS000000000000014"),
    ("005", None, "20210115093000"),
    ("035", "##", [("a", "0010-0121000003")]),
    ("008", None, "210115s2020####io######m#####000#0#ind#d"),
    ("082", "##", [("a", "027.5")]),
    ("084", "##", [("a", "027.5 WUL p")]),
    ("100", "0#", [("a", "Sri Wulandari")]),
    ("245", "10", [("a", "Pengelolaan taman bacaan masyarakat di desa /"), ("c", "Sri Wulandari")]),
    ("246", "3#", [("a", "Taman bacaan di Desa Sukamaju")]),
    ("260", "##", [("a", "Tangerang Selatan :"), ("b", "Universitas Terbuka,"), ("c", "2020")]),
    ("300", "##", [("a", "xii, 120 hlm. :"), ("b", "ilus. ;"), ("c", "29 cm +"), ("e", "1 CD")]),
    ("502", "##", [("a", "Skripsi (S1)--Universitas Terbuka, 2020")]),
    ("520", "##", [("a", "Penelitian ini membahas pengelolaan taman bacaan masyarakat di Desa Sukamaju.")]),
    ("650", "#4", [("a", "Taman bacaan masyarakat")]),
    ("700", "0#", [("a", "Bambang Suprapto"), ("e", "pembimbing")]),
    ("856", "##", [("u", "http://192.168.1.10/inlislite3/uploaded_files/dokumen_isi/Monograf/skripsi-sri.pdf")]),
    ("990", "##", [("a", "004/PD/2021")]),
]
INLISLITE = [LASKAR_RUAS, RONGGENG_RUAS, SKRIPSI_RUAS]


def test_every_subfield_of_an_inlislite_marc_export_is_kept_or_named(lib, librarian, tmp_path):
    path = tmp_path / "inlislite.mrc"
    path.write_bytes(b"".join(file_marc_raw(ruas) for ruas in INLISLITE))
    plan = importer.import_file(lib, librarian, "marc", path)
    lost = lost_subfields("inlislite.mrc", INLISLITE, plan)
    assert lost == [], "\n".join(lost)


# --- Koha's, with its 952 copies ----------------------------------------------------------------------------------

KOHA = [
    ("001", None, "1187"),
    ("003", None, "PDSUKAMAJU"),
    ("005", None, "20230115102233.0"),
    ("008", None, "230115s2015    io a          000 0 ind d"),
    ("020", "##", [("a", "9786020324784")]),
    ("082", "04", [("a", "639.3"), ("2", "23")]),
    ("245", "10", [("a", "Budidaya ikan lele /"), ("c", "Tim Penebar Swadaya.")]),
    ("264", "#1", [("a", "Jakarta :"), ("b", "Penebar Swadaya,"), ("c", "2015.")]),
    ("300", "##", [("a", "96 hlm. :"), ("b", "ilus. ;"), ("c", "21 cm.")]),
    ("650", "#4", [("a", "Lele"), ("x", "Budidaya.")]),
    ("710", "2#", [("a", "Tim Penebar Swadaya.")]),
    ("856", "40", [("u", "https://ipusnas.id/book/budidaya-ikan-lele"), ("y", "Baca e-book di iPusnas")]),
    ("942", "##", [("c", "BK"), ("n", "0")]),
    ("952", "##", [("0", "0"), ("1", "0"), ("4", "0"), ("7", "0"), ("a", "PDSM"), ("b", "PDSM"), ("c", "RAKC"),
                   ("d", "2019-03-10"), ("e", "Toko Buku Gramedia"), ("g", "35000.00"), ("o", "639.3 BUD"),
                   ("p", "K0001"), ("r", "2023-01-15"), ("v", "40000.00"), ("y", "BK"), ("l", "4")]),
    ("952", "##", [("7", "1"), ("a", "PDSM"), ("b", "PDSM"), ("c", "REF"), ("d", "2020-07-01"),
                   ("o", "R 639.3 BUD"), ("p", "K0002"), ("v", "45000"), ("y", "REF"),
                   ("x", "Sampul robek, dilem"), ("z", "Baca di tempat")]),
    ("999", "##", [("c", "1187"), ("d", "1187")]),
]


def test_every_subfield_of_a_koha_record_and_its_copies_is_kept_or_named(lib, librarian, tmp_path):
    plan = importer.import_file(lib, librarian, "marc", _marc_file(tmp_path, "koha.mrc", [KOHA]))
    lost = lost_subfields("koha.mrc", [KOHA], plan)
    assert lost == [], "\n".join(lost)


# --- MARC-8 -------------------------------------------------------------------------------------------------------

MARC8 = _marc8_record(
    ("001", b"LC-1"), ("008", b"851206s1970    sp            000 1 spa  "),
    ("100", b"1 \x1faGarc\xe2ia M\xe2arquez, Gabriel,\x1fd1927-2014."),
    ("245", b"10\x1faCien a\xe4nos de soledad /\x1fcGabriel Garc\xe2ia M\xe2arquez."),
    ("250", b"  \x1fa2a. ed."),
    ("260", b"  \x1faBuenos Aires :\x1fbEditorial Sudamericana,\x1fc1970."),
    ("300", b"  \x1fa351 p. ;\x1fc20 cm."),
    ("650", b" 0\x1faFamilies\x1fzColombia\x1fvFiction."))


def test_every_subfield_of_a_marc8_record_is_kept_or_named(lib, librarian, tmp_path):
    path = tmp_path / "marc8.mrc"
    path.write_bytes(MARC8)
    plan = importer.import_file(lib, librarian, "marc", path)
    # the record as pymarc reads MARC-8: the values the source meant
    read = next(iter(pymarc.MARCReader(MARC8, to_unicode=True)))
    ruas = [(f.tag, None, f.data) if f.is_control_field() else (f.tag, "  ", [(s.code, s.value) for s in f.subfields])
            for f in read.fields]
    lost = lost_subfields("marc8.mrc", [ruas], plan)
    assert lost == [], "\n".join(lost)


# --- Arabic, with its 880 fields ----------------------------------------------------------------------------------

ARABIC = [
    ("001", None, "ARB-77"),
    ("008", None, "990101s1999    le            000 0 ara d"),
    ("041", "0#", [("a", "ara")]),
    ("066", "##", [("c", "(3")]),
    ("100", "0#", [("6", "880-01"), ("a", "Jalal al-Din al-Mahalli,"), ("d", "1389-1459.")]),
    ("245", "10", [("6", "880-02"), ("a", "Tafsir al-Jalalayn /"), ("c", "al-Mahalli wa-al-Suyuti.")]),
    ("260", "##", [("6", "880-03"), ("a", "Bayrut :"), ("b", "Dar al-Fikr,"), ("c", "1420 [1999]")]),
    ("300", "##", [("a", "812 p. ;"), ("c", "24 cm.")]),
    ("650", "#0", [("a", "Koran"), ("x", "Commentaries.")]),
    ("700", "0#", [("a", "Suyuti,"), ("d", "1445-1505.")]),
    ("880", "0#", [("6", "100-01/(3/r"), ("a", "جلال الدين المحلي")]),
    ("880", "10", [("6", "245-02/(3/r"), ("a", "تفسير الجلالين /"), ("c", "المحلي والسيوطي.")]),
    ("880", "##", [("6", "260-03/(3/r"), ("a", "بيروت :"), ("b", "دار الفكر")]),
]


def test_every_subfield_of_an_arabic_record_with_880_fields_is_kept_or_named(lib, librarian, tmp_path):
    plan = importer.import_file(lib, librarian, "marc", _marc_file(tmp_path, "arab.mrc", [ARABIC]))
    lost = lost_subfields("arab.mrc", [ARABIC], plan)
    assert lost == [], "\n".join(lost)
