"""What the columns of a visitor-book sheet are: each header's key (``columns``: "Tgl" = "Tanggal", "L/P"), the
kind of sheet its keys make (a visitor book, a daily tally, activities: ``sheet_kind``), and what a sheet of each
kind reads of them (``READ``), so that a filled column none reads is named (``unkept_columns``): the keys and
what reads them in one place, so a header added to one is seen beside the other."""

from __future__ import annotations

from .sheets import ROW_NUMBER_HEADERS, SIGNATURE_HEADERS, unread_columns
from .types import header_keys

# header (``header_keys``: "Tgl" = "Tanggal", "Jml" = "Jumlah") -> our key
HEADERS = {
    "tanggal": "date", "tanggal kunjungan": "date", "hari tanggal": "date", "tanggal datang": "date",
    "waktu kunjungan": "date", "tanggal pelaksanaan": "date", "tanggal kegiatan": "date",
    "waktu pelaksanaan": "date",
    "nama": "name", "nama pengunjung": "name", "nama tamu": "name", "nama lengkap": "name",
    "alamat": "address", "asal": "address", "alamat asal": "address", "asal instansi": "address",
    "instansi": "address", "asal sekolah": "address", "sekolah": "address", "alamat instansi": "address",
    "l p": "gender", "jenis kelamin": "gender", "jk": "gender", "kelamin": "gender", "gender": "gender",
    "umur": "age", "usia": "age", "umur tahun": "age",
    "pekerjaan": "occupation", "profesi": "occupation",
    "keperluan": "purpose", "tujuan": "purpose", "tujuan kunjungan": "purpose", "maksud": "purpose",
    "keperluan tujuan": "purpose", "maksud tujuan": "purpose",
    "nomor kunjungan": "card", "nomor anggota": "card", "nomor kartu": "card", "nomor kartu anggota": "card",
    "kode anggota": "card", "id anggota": "card",
    # SLiMS's Reporting → Visitor List → spreadsheet (``visitor_list.xlsx``): its institution, and in English
    "institusi": "address", "member id": "card", "visitor name": "name", "visit date": "date",
    "institution": "address",
    "kriteria pengunjung": "kind", "kriteria": "kind", "status pengunjung": "kind",
    # a daily tally
    "l": "men", "laki laki": "men", "laki": "men", "pria": "men", "lk": "men", "jumlah laki laki": "men",
    "p": "women", "perempuan": "women", "wanita": "women", "pr": "women", "jumlah perempuan": "women",
    "anak": "children", "anak anak": "children", "dewasa": "adults", "remaja": "teens",
    "jumlah": "total", "jumlah pengunjung": "total", "total": "total", "jumlah total": "total",
    "total pengunjung": "total", "banyaknya pengunjung": "total",
    # activities
    "nama kegiatan": "activity", "kegiatan": "activity", "jenis kegiatan": "activity", "nama acara": "activity",
    "acara": "activity", "uraian kegiatan": "activity", "judul kegiatan": "activity",
    "jumlah peserta": "participants", "peserta": "participants", "jumlah hadir": "participants",
    "mitra": "partner", "mitra kerja": "partner", "kerja sama": "partner", "kerjasama": "partner",
    "penyelenggara": "partner", "bekerja sama dengan": "partner",
    "tempat": "place", "lokasi kegiatan": "place", "narasumber": "facilitator", "pemateri": "facilitator",
    "fasilitator": "facilitator", "pemandu": "facilitator",
}
_TALLY = frozenset({"men", "women", "children", "adults", "teens", "total"})
VISITORS, DAILY, ACTIVITIES = "visitors", "daily", "activities"


def columns(headers: list[str]) -> list[str]:
    """Our key of each column ("" for one this import does not read: "Tanda tangan", "No")."""
    keys = [next((HEADERS[key] for key in header_keys(h) if key in HEADERS), "") for h in headers]
    if "activity" in keys:  # ("Jumlah" beside an activity is its participants)
        keys = ["participants" if key == "total" and "participants" not in keys else key for key in keys]
    return keys


def sheet_kind(headers: list[str]) -> str:
    """VISITORS, DAILY, ACTIVITIES, or "" for a sheet that is none of them."""
    keys = set(columns(headers))
    if "date" not in keys:
        return ""
    if "activity" in keys:
        return ACTIVITIES
    if "name" in keys or "gender" in keys or "kind" in keys:
        return VISITORS
    if keys & _TALLY:
        return DAILY
    return ""


def known(headers: list[str]) -> int:
    return sum(1 for key in columns(headers) if key)


# what a sheet of each kind reads of its columns (``columns``' keys); the address of a visitor only as
# this village or elsewhere (``ORIGIN_ONLY``)
READ = {VISITORS: frozenset({"date", "name", "address", "gender", "age", "occupation", "purpose", "card", "kind",
                               "men", "women", "total"}),
        DAILY: frozenset({"date", "men", "women", "children", "adults", "teens", "total"}),
        ACTIVITIES: frozenset({"date", "activity", "participants", "partner", "place", "facilitator", "men",
                                 "women"})}
# the columns that hold nothing to keep: the book's running number, the visitor's signature ("ttd" copied from paper)
_NO_DATA = ROW_NUMBER_HEADERS | SIGNATURE_HEADERS | frozenset({"tanda tangan pengunjung", "tt"})


def unkept_columns(headers: list[str], keys: list[str], kind: str, filled: set[int]) -> list[str]:
    """The headers of the columns with a value in some row that a sheet of ``kind`` does not read (not its row
    numbers nor its signatures): said, so nothing written there disappears unsaid."""
    return unread_columns(headers, keys, filled, READ[kind], _NO_DATA)
