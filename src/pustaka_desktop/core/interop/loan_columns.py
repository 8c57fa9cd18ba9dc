"""What the columns of a list of loans are (a loan report, a loan notebook kept in Excel, SLiMS's Loan History): each
header's key (``columns``: "Tgl Pinjam", "Nama Peminjam", "Kode Buku"...), and whether a sheet is such a list at all
(``recognise``), for the loans import (``loan_lists``) and for the imports that must not take it for something else
(a member list, a catalogue)."""

from __future__ import annotations

from .types import header_keys

# header (``header_keys``: "No." = "Nomor", "Tgl" = "Tanggal", a trailing "Buku" off) -> our key
HEADERS = {
    "nomor anggota": "member_no", "nomor kartu": "member_no", "kode anggota": "member_no", "id anggota": "member_no",
    "nomor induk anggota": "member_no", "nomor kartu anggota": "member_no",
    "nama anggota": "member_name", "nama peminjam": "member_name", "peminjam": "member_name", "nama": "member_name",
    "nama siswa": "member_name", "nama lengkap": "member_name",
    "nomor barcode": "barcode", "barcode": "barcode", "kode buku": "barcode", "kode eksemplar": "barcode",
    "nomor eksemplar": "barcode", "kode barcode": "barcode", "nomor buku": "barcode",
    "nomor induk": "accession", "nomor inventaris": "accession", "nomor register": "accession",
    "judul": "title", "judul buku": "title", "nama buku": "title",
    "tanggal peminjaman": "loaned", "tanggal pinjam": "loaned", "tanggal dipinjam": "loaned", "dipinjam": "loaned",
    "tanggal jatuh tempo": "due", "jatuh tempo": "due", "batas kembali": "due", "batas pengembalian": "due",
    "tanggal harus kembali": "due", "harus kembali": "due", "batas waktu": "due", "tanggal batas kembali": "due",
    "tanggal kembali": "back_or_due", "kembali": "back_or_due",
    "tanggal pengembalian": "returned", "tanggal dikembalikan": "returned", "dikembalikan": "returned",
    "status peminjaman": "status", "status": "status", "keterangan": "status", "ket": "status",
    # SLiMS's Loan History report in English (Reporting → Loan History → spreadsheet: ``loan_history.xlsx``)
    "member id": "member_no", "member name": "member_name", "item code": "barcode", "title": "title",
    "loan date": "loaned", "due date": "due", "loan status": "status",
}

def columns(headers: list[str]) -> list[str]:
    """Our key of each column ("" for one this import does not read)."""
    keys = [next((HEADERS[key] for key in header_keys(h) if key in HEADERS), "") for h in headers]
    due_too = "due" in keys
    return [("returned" if due_too else "due") if key == "back_or_due" else key for key in keys]


def recognise(headers: list[str]) -> bool:
    """A list of loans: a loan date, who (card number or name) and which book (barcode, number or title)."""
    keys = set(columns(headers))
    return "loaned" in keys and bool(keys & {"member_no", "member_name"}) and bool(keys & {"barcode", "accession",
                                                                                             "title"})
