"""The imprint written whole in the publisher's cell, taken apart into place, publisher and year.

Catalogues kept by hand, and many SLiMS and INLISLite records, write the publisher as the KDT (the
catalogue-in-publication data printed in the book) and ISBD write the imprint: ``Djakarta: Balai Pustaka``,
``Jakarta : Gramedia Pustaka Utama``, ``Bandung: Mizan, 2005``, ``Yogyakarta : Kanisius ; Jakarta : BPK``,
``Surabaya, Airlangga University Press``, or the other way round ``Erlangga, Jakarta``. Kept whole, the
catalogue, the MARC export (260 $a $b), sorting and the district's union catalogue see a publisher named
"Djakarta: Balai Pustaka", and one publisher in many spellings.

The rules (``read``):
- The part before the colon (or the first comma; or after the last comma) is the place only when it is a
  place we know: ``PLACES`` (Indonesian publishing towns, their old spellings such as Djakarta, Djokjakarta,
  Soerabaja, Bandoeng, Batavia, and the foreign cities common on a village shelf), with ``Pusat``/``Selatan``...
  after it or ``Kota``/``DKI`` before it, in square brackets (``[Jakarta]``, a place the cataloguer supplied),
  or the marks for "no place" (``s.l.``, ``t.tp.``). A name that merely holds a comma (``PT. Gramedia, Tbk``)
  is left alone; a colon after something that is no place we know (``Sumenep: Pustaka X``) is ``doubtful``:
  left as written, for the review list, never guessed.
- A year riding along at the end (``, 2005``, ``, c2005``) is no part of the publisher's name.
- Slashes or dashes between the parts, as a sheet's "Penerbit/Kota/Tahun" column has them (``Gramedia/Jakarta/2010``,
  ``Balai Pustaka - Djakarta - 1952``), are read as commas when a part is a place we know.
- Several imprints (``Yogyakarta : Kanisius ; Jakarta : BPK``) are taken apart only when each is a place we
  know and a publisher; places and publishers then stay in their order (``Yogyakarta ; Jakarta``).

``take_apart`` applies them to a record's fields: only when the place field is empty, or names the same place
(never over a place the file or the librarian gave). ``publisher_name`` is the publisher without its place or
year, for keys: an import's description (``interop.matching.identity``) and the district's match keys use it,
so a record stored whole before this rule and the same book taken apart now are one book.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..accents import fold
from . import spelling

# Towns where Indonesian books are published (the KDT's "Kota terbit"), as written today and in the old
# spellings and names that old books print; then the foreign cities usual on a village or pesantren shelf.
_TOWNS = """
jakarta djakarta batavia betawi weltevreden jkt bandung bandoeng bdg yogyakarta jogjakarta djokjakarta
djogjakarta jokjakarta djokja jogja yogya jogya djogja ngayogyakarta sleman bantul wonosari surabaya soerabaja
soerabaia surabaja sby semarang solo surakarta soerakarta malang batu kediri madiun ponorogo jombang mojokerto
sidoarjo gresik lamongan tuban bojonegoro pasuruan probolinggo jember banyuwangi blitar tulungagung ngawi
magetan pacitan bondowoso situbondo lumajang madura bangkalan pamekasan sumenep nganjuk trenggalek kudus pati
jepara demak rembang blora grobogan purwodadi kendal ungaran salatiga magelang temanggung wonosobo klaten
boyolali sukoharjo karanganyar sragen wonogiri purworejo kebumen banjarnegara purbalingga purwokerto banyumas
cilacap tegal brebes pemalang pekalongan batang bogor buitenzorg depok tangerang ciputat bekasi cikarang
karawang purwakarta subang cianjur sukabumi garut tasikmalaya ciamis banjar cirebon kuningan majalengka
indramayu sumedang cimahi lembang serang cilegon pandeglang rangkasbitung medan binjai pematangsiantar siantar
tebingtinggi sibolga tarutung padangsidempuan banda_aceh kutaradja lhokseumawe langsa meulaboh sabang padang
bukittinggi padangpanjang payakumbuh solok pariaman pekanbaru dumai batam tanjungpinang jambi palembang
bengkulu lampung bandar_lampung tanjungkarang telukbetung metro pangkalpinang denpasar singaraja gianyar tabanan
mataram bima kupang ende maumere ruteng pontianak singkawang palangkaraya banjarmasin banjarbaru martapura
samarinda balikpapan tarakan manado menado tomohon gorontalo palu makassar makasar ujungpandang ujung_pandang
parepare pare_pare watampone bone kendari mamuju ambon ternate jayapura manokwari sorong merauke
kuala_lumpur singapura singapore leiden amsterdam den_haag the_hague s_gravenhage rotterdam utrecht london
oxford cambridge new_york boston chicago paris berlin tokyo beirut bairut kairo cairo qahirah al_qahirah
riyadh riyad jeddah makkah mekkah madinah damaskus damascus baghdad teheran tehran karachi lahore delhi
new_delhi istanbul ankara kualalumpur
"""
# countries after a town ("Jakarta, Indonesia"; "Beirut - Lebanon" is read as written)
_COUNTRIES = frozenset(("indonesia", "malaysia", "singapura", "singapore", "belanda", "netherlands", "lebanon",
                        "libanon", "mesir", "egypt", "saudi arabia", "arab saudi", "brunei", "brunei darussalam"))
# "no place" as catalogues write it: sine loco, tanpa tempat (kept as written, they are the place field's)
_NO_PLACE = frozenset(("s l", "t tp", "ttp", "t t p", "tanpa tempat", "tanpa kota"))
# words around a town that do not make it another place: Jakarta Pusat, Kota Bandung, DKI Jakarta
_BEFORE = ("kota ", "kab ", "kabupaten ", "dki ", "daerah istimewa ", "di ")
_AFTER = (" pusat", " selatan", " utara", " barat", " timur", " raya", " kota")
_YEAR_AT_END = re.compile(r"^(?P<body>.*?)\s*[,.]\s*(?P<year>\[?(?:[cC©]\s?)?(?:1[5-9]|20)\d\d\]?)\s*\.?$")
_COLON = re.compile(r"\s*:\s*")


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """A place as compared: lower case, no accents or punctuation, old spellings folded (Djakarta = Jakarta)."""
    return spelling.fold(" ".join(fold(text).replace("_", " ").split()))  # (a Javanese place keeps its vowels)


def _towns() -> frozenset[str]:
    return frozenset(_key(name.replace("_", " ")) for name in _TOWNS.split())  # (banda_aceh: two words)


PLACES = _towns()
_COUNTRY_KEYS = frozenset(_key(name) for name in _COUNTRIES)
_NO_PLACE_KEYS = frozenset(_key(name) for name in _NO_PLACE)


def _town(text: str) -> bool:
    key = _key(text)
    for word in _BEFORE:
        key = key[len(word):] if key.startswith(_key(word) + " ") else key
    for word in _AFTER:
        key = key[:-len(word)] if key.endswith(" " + _key(word)) else key
    return key in PLACES


def is_place(text: str) -> bool:
    """Whether ``text`` is a place we know (``Djakarta``, ``[Jakarta]``, ``Jakarta Selatan``, ``Jakarta,
    Indonesia``, ``s.l.``): the rules at the top of this module."""
    text = text.strip().strip("[]").strip()
    if _key(text) in _NO_PLACE_KEYS or _town(text):  # (Pare-Pare, Banda Aceh: one town)
        return True
    first, *rest = [part for part in re.split(r"\s*[,\-–]\s*", text) if part] or [""]
    return _town(first) and all(_key(part) in _COUNTRY_KEYS or _town(part) for part in rest)


def _place_or_country(text: str) -> bool:
    return is_place(text) or _key(text) in _COUNTRY_KEYS  # ("Jakarta, Indonesia" names no publisher)


@dataclass(frozen=True)
class Imprint:
    """A publisher's cell read: ``place`` ('' when it gives none), ``publisher``, ``year`` (one that rode
    along, as written), ``doubtful`` (what stands before a colon when it is no place we know)."""

    place: str
    publisher: str
    year: str = ""
    doubtful: str = ""


def _one(text: str) -> tuple[str, str] | None:
    """(place, publisher) of one imprint, when it holds a place we know; else None."""
    parts = _COLON.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0]:
        if is_place(parts[0]):  # (with nothing after it: a place, no publisher named)
            return parts[0], parts[1]
        if parts[1] and is_place(parts[1]):  # "Gramedia : Jakarta"
            return parts[1], parts[0]
        return None
    first, _, rest = text.partition(",")
    if rest.strip() and is_place(first) and not _place_or_country(rest):  # "Surabaya, Airlangga University Press"
        return first.strip(), rest.strip()
    rest, _, last = text.rpartition(",")
    if rest.strip() and is_place(last) and not _place_or_country(rest):  # "Erlangga, Jakarta"
        return last.strip(), rest.strip()
    return None


# the parts of an imprint typed in a sheet's "Penerbit/Kota/Tahun" column with slashes or dashes between them
# ("Gramedia/Jakarta/2010", "Balai Pustaka - Djakarta - 1952"): read as with commas, when a part is a place we know
_SLASHED = re.compile(r"\s*/\s*|\s+[-\u2013]\s+")


@lru_cache(maxsize=8192)  # (a catalogue names the same publishers again and again)
def read(text: str) -> Imprint:
    """The publisher's cell ``text`` taken apart as the module doc says."""
    text = " ".join((text or "").split())
    if not any(mark in text for mark in ":,;"):
        slashed = _SLASHED.split(text)
        if len(slashed) > 1 and all(slashed):
            taken = read(", ".join(slashed))
            if taken.place:  # (a name that holds a slash, "Gema Insani/GIP", stays as written)
                return taken
    if not any(mark in text for mark in ":,;."):  # most publishers: a name alone ("Gramedia Pustaka Utama")
        return Imprint("", text)
    year = ""
    found = _YEAR_AT_END.match(text)
    if found and found.group("body"):
        text, year = found.group("body").rstrip(" ,:;"), found.group("year")
    imprints = [part for part in re.split(r"\s*;\s*", text) if part]
    read_ones = [_one(part) for part in imprints]
    if imprints and None not in read_ones:
        places, names = zip(*read_ones, strict=True)  # type: ignore[arg-type]
        return Imprint(" ; ".join(places), " ; ".join(names), year)
    before = _COLON.split(text, maxsplit=1)[0] if ":" in text else ""
    # a short head before a colon, no digits in it, may be a town not in the list: asked, not guessed
    doubtful = before if before and len(before.split()) <= 3 and not re.search(r"\d", before) else ""
    return Imprint("", text, year, doubtful)


def publisher_name(text: str) -> str:
    """The publisher of a publisher's cell without the place and year written with it (``Djakarta: Balai
    Pustaka`` -> ``Balai Pustaka``): the same for a record stored whole and one taken apart."""
    return read(text or "").publisher


def year_with(publisher: str, year: Any) -> str:
    """The record's year for keys, as digits: ``year``, else the one written in the publisher (a record stored
    whole before this rule, "Bandung: Mizan, 2005" without a year, is the book taken apart now with 2005)."""
    return str(year or "") or _year_digits(read(publisher or "").year)


def same_place(one: str, other: str) -> bool:
    return _key(one.strip("[] ")) == _key(other.strip("[] "))


@dataclass(frozen=True)
class TakenApart:
    """A record's fields with the imprint taken out of the publisher (``take_apart``). ``doubtful``: the head
    before a colon that is no place we know (the publisher left as written); ``other_year``: the year the
    publisher's cell gave when the record's year says another (the record's year kept)."""

    fields: dict[str, Any]
    doubtful: str = ""
    other_year: str = ""


def _year_digits(text: Any) -> str:
    found = re.search(r"\d{4}", str(text or ""))
    return found.group(0) if found else ""


def take_apart(fields: dict[str, Any], place_now: str = "", year_now: str = "") -> TakenApart:
    """``fields`` (a record's, as a file or the form gives them) with a place and year written in the
    publisher moved out: the place into an empty place field (``place_now``: the record's place, when the
    fields are an edit that does not name it; ``year_now`` the same for the year), the year into an empty year. A place field naming another
    place leaves the publisher as written. Returns a new dict when anything moved, else ``fields`` itself."""
    publisher = fields.get("publisher")
    if not isinstance(publisher, str) or not publisher:
        return TakenApart(fields)
    imprint = read(publisher)
    given = str(fields.get("place") or place_now or "").strip()
    if imprint.place and given and not same_place(given, imprint.place):
        return TakenApart(fields)  # (two places: which is right is the librarian's to say)
    out = dict(fields, publisher=imprint.publisher)
    if imprint.place and not given:
        out["place"] = imprint.place
    other_year = ""
    if imprint.year:
        year_now = fields.get("year_text") or fields.get("year") or year_now
        if not year_now:
            out["year_text"] = imprint.year
            out.pop("year", None)
        elif _year_digits(year_now) != _year_digits(imprint.year):
            other_year = imprint.year
    if out == fields:
        return TakenApart(fields, imprint.doubtful)
    return TakenApart(out, imprint.doubtful, other_year)
