"""The words other systems and people write for our material types, copy states and acquisition
sources (SLiMS's names, INLISLite's, MARC's, and what librarians type in Excel), folded to lower case
(``types.fold``), and the status words written out on export. Shared by every importer."""

from __future__ import annotations

import re
from typing import Any

from ..catalog.funds import fund_source
from ..catalog.records import AUDIENCES, MATERIAL_TYPES
from ..catalog.review import Flag
from ..i18n import QT_TRANSLATE_NOOP
from .types import fold

GMD_IN = {
    "text": "book", "teks": "book", "buku": "book", "book": "book",
    "majalah": "magazine", "magazine": "magazine", "serial": "magazine", "terbitan berkala": "magazine",
    "surat kabar": "newspaper", "koran": "newspaper", "newspaper": "newspaper",
    "multimedia": "av", "video recording": "av", "sound recording": "av", "digital versatile disc": "av",
    "motion picture": "av", "audio visual": "av", "audiovisual": "av", "kaset": "av", "cd": "av", "dvd": "av",
    "cd rom": "av", "cdrom": "av", "vcd": "av", "video": "av", "film": "av", "rekaman suara": "av",
    "rekaman video": "av",
    # SLiMS's other GMDs (install.sql.php): a disc of software goes with the CDs on the shelf, not with the
    # e-books; what is projected (filmstrip, slide, transparency: MARC's type g) is audio-visual as in
    # marc_reader; a manuscript is text (MARC's type t). The rest (art original, chart, diorama, flash card,
    # game, globe, kit, map, microform, model, microscope slide, music (notated: a score), picture, realia,
    # technical drawing, equipment, cartographic material) are "other", as any name not listed here.
    "computer software": "av", "filmstrip": "av", "slide": "av", "transparency": "av",
    "manuscript": "book", "naskah": "book",
    "electronic resource": "ebook", "computer file": "ebook", "e book": "ebook", "ebook": "ebook",
    "buku elektronik": "ebook",
    # what Indonesian catalogues and hand-kept sheets write (a "Jenis" column, INLISLite's worksheets): tapes and
    # discs are audio-visual; a novel, a module or a thesis is a printed text (a sheet's "Jenis" often names the
    # genre, which says the book is a book)
    "kaset pita": "av", "pita kaset": "av", "kaset audio": "av", "kaset video": "av", "kaset vcd": "av",
    "piringan hitam": "av", "audio": "av", "cd audio": "av", "rekaman": "av", "bahan audio visual": "av",
    "bahan pandang dengar": "av", "audio video": "av", "av": "av", "video kaset": "av",
    "buku digital": "ebook", "sumber elektronik": "ebook", "pdf": "ebook",
    "tabloid": "magazine", "jurnal": "magazine", "buletin": "magazine", "berkala": "magazine",
    "harian": "newspaper",
    "monograf": "book", "buku teks": "book", "buku pelajaran": "book", "buku paket": "book", "buku cerita": "book",
    "buku bacaan": "book", "novel": "book", "komik": "book", "cerpen": "book", "fiksi": "book", "non fiksi": "book",
    "nonfiksi": "book", "referensi": "book", "kamus": "book", "ensiklopedia": "book", "modul": "book",
    "skripsi": "book", "tesis": "book", "laporan": "book", "makalah": "book", "brosur": "book", "pamflet": "book",
    "manuskrip": "book", "atlas": "book",
}
# What is none of our types and that we know ("other" with its name kept in the record's notes, never flagged):
# SLiMS's other GMDs, INLISLite's worksheets and what a village library's shelf list writes for them, and the
# names ``LEADER_KINDS`` gives a MARC record's type. A name in neither list is kept and flagged.
KNOWN_OTHER = frozenset({
    "art original", "chart", "diorama", "flash card", "game", "globe", "kit", "map", "microform", "model",
    "microscope slide", "music", "picture", "realia", "technical drawing", "equipment", "cartographic material",
    "other", "lainnya", "lain lain", "peta", "peta dinding", "bola dunia", "poster", "gambar", "foto", "lukisan",
    "alat peraga", "permainan", "mainan", "puzzle", "kartu", "kartu kilat", "mikrofilm", "mikrofis", "bentuk mikro",
    "partitur", "maket", "artefak", "kliping", "bahan kartografi", "bahan kartografis", "bahan grafis",
    "musik tercetak", "bahan campuran", "benda tiga dimensi", "musik tulisan tangan", "peta tulisan tangan",
    # ISBD's designations in a title (``TITLE_GMDS``) that are none of our types
    "kartografi", "grafis", "mikrobentuk", "musik", "activity card", "art reproduction", "toy", "microfiche",
    "microfilm",
})
# a MARC record's type (leader/06) that is none of ours, as its note names it (``marc_reader``); not "p" (mixed
# materials), which our own export writes for "other"
# ("k": a two-dimensional picture that is not projected (a poster, a photograph, a wall chart): no audio-visual)
LEADER_KINDS = {"c": "musik tercetak", "d": "musik tulisan tangan", "e": "peta", "f": "peta tulisan tangan",
                "k": "bahan grafis", "o": "kit", "r": "benda tiga dimensi"}
OUR_KINDS = frozenset(MATERIAL_TYPES)  # (the catalogue's own codes)
GMD_IN.update({"braille": "book", "videorecording": "av", "sound cassette": "av", "rekaman audio": "av", "gambar hidup": "av",
               "berkas komputer": "ebook", "file komputer": "ebook", "sumber daring": "ebook"})

# The general material designations ISBD (and AACR2 before RDA) writes in square brackets after the title proper:
# Perpusnas's Indonesian words, AACR2's English ones, MARC's "[Text]". Only these: a genre ("[novel]"), a volume
# ("[Jilid 2]"), "[sic]" or a title the cataloguer supplied stay in the title as written.
TITLE_GMDS = frozenset({
    "teks", "text", "kartografi", "bahan kartografi", "bahan kartografis", "rekaman suara", "rekaman video",
    "rekaman audio", "bahan grafis", "grafis", "sumber elektronik", "sumber daring", "berkas komputer",
    "file komputer", "bentuk mikro", "mikrobentuk", "mikrofilm", "mikrofis", "film", "gambar hidup", "musik",
    "musik tercetak", "partitur", "manuskrip", "naskah", "bahan campuran", "multimedia", "realia", "braille",
    "benda tiga dimensi", "bahan audio visual", "audio visual", "audiovisual", "bahan pandang dengar",
    "activity card", "art original", "art reproduction", "cartographic material", "chart", "computer file",
    "diorama", "electronic resource", "filmstrip", "flash card", "game", "globe", "kit", "manuscript", "map",
    "microform", "microfiche", "microfilm", "microscope slide", "model", "motion picture", "music", "picture",
    "slide", "sound recording", "technical drawing", "toy", "transparency", "videorecording", "video recording",
})
_BRACKETED = re.compile(r"\s*\[([^\[\]]*)\]")


def title_without_gmd(title: str) -> tuple[str, str]:
    """An ISBD title with its general material designation in square brackets (``Peta Jawa [Kartografi]``,
    ``Lagu daerah [Rekaman suara] : kumpulan lagu``) -> the title without it, and the designation as written
    ("" when the title has none). Other bracketed words (``[Jilid 2]``, ``[sic]``) stay where they are."""
    found = ""

    def taken(match: re.Match[str]) -> str:
        nonlocal found
        if found or fold(match.group(1)) not in TITLE_GMDS:
            return match.group(0)
        found = " ".join(match.group(1).split())
        return ""

    text = " ".join(_BRACKETED.sub(taken, str(title or "")).split())
    if not found or not text.strip(" .:;/="):  # (a title that is only the designation keeps it: a title is needed)
        return str(title or ""), ""
    return text, found

# A record's readers as files and people write them (folded), -> children | teen | adult. "Umum" (the general
# public) and "semua umur" are the adult shelf, as a village library shelves them; school levels name their
# pupils' age (SD, MI: children; SMP, SMA, SMK, MTs: teens). "Pelajar" (any pupil) says no age: kept and flagged.
AUDIENCE_IN = {
    "children": "children", "child": "children", "juvenile": "children", "kids": "children", "anak": "children",
    "anak anak": "children", "kanak kanak": "children", "bacaan anak": "children", "buku anak": "children",
    "koleksi anak": "children", "balita": "children", "paud": "children", "tk": "children", "ra": "children",
    "taman kanak kanak": "children", "prasekolah": "children", "pra sekolah": "children", "sd": "children",
    "mi": "children", "sekolah dasar": "children", "siswa sd": "children", "pra remaja": "children",
    "teen": "teen", "teens": "teen", "adolescent": "teen", "young adult": "teen", "remaja": "teen",
    "bacaan remaja": "teen", "koleksi remaja": "teen", "smp": "teen", "mts": "teen", "sma": "teen", "smk": "teen",
    "sltp": "teen", "slta": "teen", "siswa smp": "teen", "siswa sma": "teen",
    "adult": "adult", "adults": "adult", "general": "adult", "dewasa": "adult", "bacaan dewasa": "adult",
    "koleksi dewasa": "adult", "umum": "adult", "koleksi umum": "adult", "masyarakat umum": "adult",
    "masyarakat": "adult", "semua umur": "adult", "su": "adult", "lansia": "adult", "orang tua": "adult",
    "mahasiswa": "adult", "ibu rumah tangga": "adult", "petani": "adult",
}
# MARC 008/22 (books, music, visual materials, computer files), as INLISLite's "Kelompok Sasaran" writes it too:
# preschool, primary, pre-adolescent and juvenile are children; specialised and general, adults. Blank, "|" (not
# coded; INLISLite's empty) and "#" (INLISLite's blank) say nothing.
MARC_AUDIENCE = {"a": "children", "b": "children", "c": "children", "j": "children", "d": "teen", "e": "adult",
                 "f": "adult", "g": "adult", " ": "", "|": "", "#": "", "": ""}
# an age as a sheet or a film rating writes it: "17+", "13+", "7-12 tahun", "Usia 3 s/d 5 th"
_AGES = re.compile(r"(?:usia|umur)?\s*(\d{1,2})\s*(?:(\+)|(?:-|\u2013|s/d|sd|sampai)\s*(\d{1,2}))?\s*(?:tahun|thn|th)?\.?")


def audience_code(written: str) -> str:
    """Readers as a file writes them -> our code (children, teen, adult), or the text as written when it says no
    one group (the import keeps it in the record's notes and flags it: ``row_checks.kept_audience``)."""
    written = " ".join(str(written or "").split())
    key = fold(written)
    if key in AUDIENCE_IN:
        return AUDIENCE_IN[key]
    if key in AUDIENCES:
        return key
    ages = _AGES.fullmatch(written.lower())
    return (_by_age(int(ages.group(1)), ages.group(3), bool(ages.group(2))) if ages else "") or written


def _by_age(low: int, high: str | None, upwards: bool) -> str:
    """The group of an age or a range of ages; "" when it has none ("0-17" spans them all)."""
    last = 99 if upwards else int(high or low)
    for code, first, until in (("children", 0, 12), ("teen", 12, 18), ("adult", 17, 99)):
        if first <= low and last <= until:
            return code
    if upwards:  # "7+", "13+": a book from that age up, shelved with its youngest readers
        return "children" if low < 12 else "teen"
    return ""


def material_code(written: str) -> str:
    """A material type as a file writes it -> our code (``GMD_IN``; our own codes as our export writes them), or
    the name as written when it is none of our types: the import keeps it in the record's notes, and flags it
    when it is no name we know (``row_checks.kept_kind``)."""
    written = " ".join(str(written or "").split())
    key = fold(written)
    if key in GMD_IN:
        return GMD_IN[key]
    return key if key in OUR_KINDS else written
STATUS_IN = {
    "": "available", "available": "available", "tersedia": "available", "on loan": "available",
    "dipinjam": "available", "repair": "in_repair", "perbaikan": "in_repair", "dalam perbaikan": "in_repair",
    "no loan": "not_for_loan", "tidak dipinjamkan": "not_for_loan", "missing": "lost", "hilang": "lost",
    "lost": "lost", "damaged": "damaged", "rusak": "damaged", "withdrawn": "withdrawn", "weeded": "withdrawn",
    "ditarik": "withdrawn", "dihapus": "withdrawn"}
STATUS_IN["rusak berat"] = "damaged"  # (a buku induk's "Rusak ringan" is still lent: only its remarks say so)
# SLiMS's own status codes, as its report of items writes them (Reporting → Items Title List: item_status_id):
# "0" on the shelf, its starting statuses' MIS and NL ("R", Repair, is also a list's "Rusak": left to its flag)
STATUS_IN |= {"0": "available", "mis": "lost", "nl": "not_for_loan"}
# and as our buku induk (``catalog.accession_register``) writes them in its remarks, in either language
STATUS_IN |= {"diperbaiki": "in_repair", "in repair": "in_repair", "not for loan": "not_for_loan"}

# The words of a status a library named itself (SLiMS lets it: "Hilang di banjir", "Dalam perbaikan", "Tandon"),
# tried in this order: a copy gone or being mended says so before a word that only limits lending ("Referensi
# rusak" is damaged), a copy taken out of the collection before its reason ("Ditarik karena rusak")
_STATUS_WORDS = (
    ("lost", ("hilang", "lost", "missing", "dicuri", "raib", "musnah", "terbakar", "hanyut", "tidak ditemukan",
              "tidak ada di rak", "tidak kembali", "tidak dikembalikan")),
    ("withdrawn", ("ditarik", "dihapus", "weeding", "weeded", "withdrawn", "discarded", "penyiangan", "disiangi",
                   "dimusnahkan", "afkir", "dikeluarkan dari koleksi")),
    ("in_repair", ("perbaikan", "diperbaiki", "reparasi", "repair", "dijilid", "penjilidan", "jilid ulang",
                   "binding")),
    ("damaged", ("rusak", "damaged")),
    # not lent from the shelf: a reserve copy (tandon), the reference shelf, a copy lent to another library
    # (it is away, not on the shelf: no reservation may set it aside)
    ("not_for_loan", ("tandon", "referensi", "reference", "tidak dipinjamkan", "tidak dapat dipinjam",
                      "tidak boleh dipinjam", "tidak untuk dipinjam", "dilarang dipinjam", "no loan", "not for loan",
                      "baca di tempat", "dibaca di tempat", "antar perpustakaan", "pameran", "dipamerkan")),
    # on the shelf or out on a loan (SLiMS keeps its loans apart: "Sedang dipinjam" is a copy of the shelf)
    ("available", ("tersedia", "available", "dipinjam", "on loan", "baik", "bagus", "sirkulasi")),
)
# ... unless the name says it is not ("Tidak tersedia": where is it?)
_NOT = ("tidak", "belum", "bukan", "not")
# a copy a little damaged is still lent ("Rusak ringan": a loose page)
_STILL_LENT = ("ringan", "sedikit")


def status_of_name(name: str) -> str | None:
    """The status a copy status's name says: one of the names other systems give (``STATUS_IN``), else the
    words of a library's own ("Hilang di banjir": lost; "Rusak ringan": still available); None when the name
    says nothing this program reads."""
    key = fold(name)
    if key in STATUS_IN:
        return STATUS_IN[key]
    padded = f" {key} "
    for status, words in _STATUS_WORDS:
        if any(f" {word} " in padded for word in words):
            if status == "available" and any(f" {word} " in padded for word in _NOT):
                return None
            if status == "damaged" and any(f" {word} " in padded for word in _STILL_LENT):
                return "available"
            return status
    return None


def condition_status(remarks: str) -> str | None:
    """The status a copy's remarks give when one of their parts is a status word alone ("Hilang", "Rusak",
    "Rusak; sampul lepas": lost, damaged), not "available"; None otherwise ("Baik", "sampul sobek")."""
    for part in remarks.split(";"):
        status = STATUS_IN.get(fold(part))
        if status and status != "available":
            return status
    return None


# a copy's status as SLiMS names it (on loan and available are no status there; one not found at the stock-take is
# SLiMS's Missing, not on the shelf, read back as lost: ``row_checks.item_changes`` leaves it missing here)
STATUS_OUT = {"available": "", "on_loan": "", "in_repair": "Repair", "not_for_loan": "No Loan", "lost": "Missing",
              "missing": "Missing", "damaged": "Damaged", "withdrawn": "Withdrawn"}


def names_only_a_status(name: str) -> bool:
    """Whether a copy status's name says no more than its status: SLiMS's own ("Repair", "No Loan", "Missing", as
    our export writes them too) or one word ("Hilang", "Rusak"). Else ("Rusak berat", "Hilang di banjir") the name
    is worth keeping in the copy's remarks."""
    key = fold(name)
    return key in STATUS_IN and (" " not in key or key in {fold(out) for out in STATUS_OUT.values()})
SOURCE_IN = {"1": "purchase", "buy": "purchase", "beli": "purchase", "pembelian": "purchase",
             "purchase": "purchase", "2": "grant", "prize grant": "grant", "prize": "grant", "grant": "grant",
             "hibah": "grant", "hadiah": "donation", "bantuan": "grant", "donation": "donation", "donasi": "donation",
             "sumbangan": "donation", "0": "",
             # SLiMS's Indonesian "Hadiah/Hibah" (its source 2) is a grant; "hadiah" alone is a gift, as
             # INLISLite and a buku induk write it
             "hadiah hibah": "grant", "hadiah/hibah": "grant",
             # what a buku induk kept in Excel writes in its "Asal Buku" column (a fund's name, "Dana Desa",
             # is read by catalog.funds, and kept as the copy's source detail)
             "pengadaan": "purchase", "other": "other", "lainnya": "other", "lain lain": "other", "dropping": "grant", "droping": "grant", "wakaf": "donation",
             "pemberian": "donation"}


# source words that say more than the source they are read as, kept as the source detail too: a waqf (wakaf) is a
# gift the library may never sell or give away, which the librarian must know when weeding; "dropping" is what the
# government sent unasked
_SAYS_MORE = frozenset({"wakaf", "dropping", "droping"})


def read_source(text: str) -> tuple[str | None, bool]:
    """How a copy came to the library (purchase | grant | donation, None: the words do not say) from the
    words a file writes, and whether the words say more than that and are kept as the copy's source detail.
    A bare source word ("Pembelian", "Hibah", SLiMS's "1") is the source alone; a source word first says the
    source ("Hibah Perpusnas", "Sumbangan warga", "Pembelian dana desa"); else the fund named ("Dana Desa
    2026", "DD", "DAK", "CSR Bank Jateng": catalog.funds). What is not understood is kept too."""
    key = fold(text)
    if key in SOURCE_IN:
        return SOURCE_IN[key] or None, key in _SAYS_MORE
    first = key.split(" ", 1)[0]
    code = SOURCE_IN.get(first) if len(first) > 3 else None  # ("1", "2": SLiMS's codes, only whole)
    return code or fund_source(key), True


def source_code(text: str) -> str | None:
    """The source the words say (``read_source``), or None."""
    return read_source(text)[0]


def copy_source(written: str, detail: str) -> str | None:
    """A copy's source from a file's source words and its source detail: what the words say, "other" for words
    that say none; without words, the fund the detail names ("Dana Desa 2026": catalog.funds), else None (the
    import makes it "other")."""
    return source_code(written) or ("other" if written.strip() else fund_source(detail))


def source_detail(written: str, detail: str) -> str:
    """A copy's source detail: the source's words when they say more than the source ("Dana Desa 2026"),
    with the detail a file gives apart ("Dana Desa; TA 2026"), each once. Words written "source: detail" (as
    our buku induk writes them: "Hibah: Bantuan Perpusnas") give the detail alone."""
    if not written or not read_source(written)[1] or fold(written) in fold(detail):
        return detail
    named, colon, rest = written.partition(":")
    if colon and rest.strip() and SOURCE_IN.get(fold(named)):
        written = rest.strip()
        if fold(written) in fold(detail):
            return detail
    return "; ".join(filter(None, (written, detail)))

# an author's role as catalogues write it (MARC's $e and $4, INLISLite's "penyunting" after a name, a
# hand-kept sheet's "(peny.)"): the word, lower case, without its full stop -> ours ("": the author's own)
ROLE_IN = {"editor": "editor", "ed": "editor", "eds": "editor", "edt": "editor", "editor (ed.)": "editor",
           "penyunting": "editor", "peny": "editor", "translator": "translator", "trans": "translator",
           "trl": "translator", "penerjemah": "translator", "penterjemah": "translator", "penerj": "translator",
           "terj": "translator", "alih bahasa": "translator", "illustrator": "illustrator", "ill": "illustrator",
           "ilt": "illustrator", "ilustrator": "illustrator", "ilus": "illustrator", "ilustrasi": "illustrator",
           "pengarang": "", "penulis": "", "penyusun": "", "author": "", "aut": ""}

# a price's money written as rupiah (folded: "Rp." is "rp"), in SLiMS's price_currency and INLISLite's Mata Uang;
# a word of it is enough ("Rupiah (IDR)", "Rupiah Indonesia")
RUPIAH = frozenset({"rupiah", "idr", "rp"})
# no money chosen: SLiMS's list of currencies starts with "NONE", whose value is 0, and a new copy has it unless
# the librarian picks one, so most SLiMS copies priced in rupiah say 0; a sheet's "-" for none
NO_MONEY = frozenset({"0", "none"})
OTHER_MONEY = QT_TRANSLATE_NOOP("Review", "The price {price} is in {currency}, not rupiah: it is kept in the copy's "
                                          "remarks, and the copy has no price in rupiah yet.")


def other_money(item: dict[str, Any], price: str, currency: str, flags: list[Any]) -> str:
    """A copy's price in another money (a book bought abroad, a grant priced in dollars; SLiMS's
    price_currency, INLISLite's Mata Uang) is no rupiah amount, which the collection's value would add
    up: the copy gets no price, and the price as written ("25.00 USD") is returned for its remarks,
    flagged. "" (and the price left as it is) for rupiah or no currency ("0": SLiMS's "NONE")."""
    if not item.get("price") or not currency.strip(" -") or fold(currency) in NO_MONEY or RUPIAH & set(fold(currency).split()):
        return ""
    item["price"] = None
    written = f"{price} {currency}"
    flags.append(Flag(reason="price", field="", value=written, template=OTHER_MONEY,
                      params={"price": price, "currency": currency}, context="Review"))
    return written
