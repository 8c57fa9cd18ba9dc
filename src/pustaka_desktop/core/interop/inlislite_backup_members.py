"""The members of INLISLite 3's own database backup (``members``, *Setting → Umum → Backup Data*), for the members
import (``member_import``: ``pustaka-cli members-import BACKUP.sql``, Import & Export → Import members…).

Each member is given as INLISLite's member report (*Laporan Anggota*, Excel) heads its columns, its lists' ids put in
words (``jenis_kelamin``, ``jenis_anggota``, ``status_anggota``, ``master_pendidikan``, ``master_pekerjaan``...), and
read by that report's reader (``member_sheets.report_rows``): a member who came in from the report before is the
same member, and the same rules keep what has no field here in the notes ("Kelas: 5A", the emergency contact, the
present address where it is not the one on the card). A member type comes with its loan terms (``jenis_anggota``:
books at a time, loan days, renewals, the fine a day), as SLiMS's types do (``slims_lending``). A member whose
status is not Aktif comes in blocked, as from the report; one whose card ran out (``EndDate``) keeps that end, as
SLiMS's expired members do. INLISLite's members table has no quarantine: a member deleted there is gone.

Not kept, and named: religion, marriage and the mother's maiden name (a bank's security question), which a library
has no need to hold (UU 27/2022); a member type's renewal days, suspension and fees, which a type here has no term
for. Not read: INLISLite's bookkeeping of a member (the branch, the kind of request,
the fee paid, the count of late returns: the loans say it) and the photos (files beside the database, not in it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel
from . import member_sheets
from .inlislite_backup import day_of
from .slims_backup import check_whole, dump_of, step, text_of, unreadable_row
from .slims_backup_members import Lending
from .sql_dump import rows as dump_rows
from .types import BadRow, fold

MEMBERS = "members"
# INLISLite's lists a member points into: table -> (its id column, its name column)
LISTS = {"jenis_anggota": ("id", "jenisanggota"), "jenis_kelamin": ("ID", "Name"), "status_anggota": ("id", "Nama"),
         "master_jenis_identitas": ("id", "Nama"), "master_pendidikan": ("id", "Nama"),
         "master_pekerjaan": ("id", "Pekerjaan"), "kelas_siswa": ("id", "namakelassiswa"),
         "master_jurusan": ("id", "Nama"), "master_fakultas": ("id", "Nama"), "departments": ("ID", "Name")}
# what a library keeps nothing of (the member's column -> the name said)
PRIVATE = {"Agama_id": "Agama", "MaritalStatus_id": "Status Perkawinan", "MotherMaidenName": "Nama Ibu Kandung"}

NO_MEMBERS = QT_TRANSLATE_NOOP(
    "Errors", "{path} is INLISLite's database backup without its members (the members table): only some tables "
              "were backed up? Make the backup again in INLISLite (Setting → Umum → Backup Data). Nothing was "
              "imported.")
NOT_KEPT = QT_TRANSLATE_NOOP(
    "Import", "Not kept, on purpose: {columns}. A library needs no such data about its members (the personal data law, "
              "UU 27/2022, asks to keep no more than needed).")
TERMS_NOT_CARRIED = QT_TRANSLATE_NOOP(
    "Import", "INLISLite's member type {type} also lent by: {terms}. A member type here has no such terms (a renewal "
              "lends for the type's loan days again), so they are not carried: note them down if the library still "
              "keeps them.")
FINE_NOT_DAILY = QT_TRANSLATE_NOOP(
    "Import", "INLISLite's member type {type} fined Rp{fine} for every {count} {unit} late; a fine here is by the day, "
              "so the fine a day of member type {type} is not taken from INLISLite. Set it on the Settings page.")

# INLISLite's member report headers (``member_sheets``), in the order their values are given
HEADERS = ["Nomor Anggota", "Nama Lengkap", "Jenis Kelamin", "Jenis Anggota", "Status Keanggotaan", "Tempat Lahir",
           "Tanggal Lahir", "Alamat", "RT", "RW", "Kelurahan", "Kecamatan", "Kota", "Provinsi", "No. HP", "Telepon",
           "Email", "Nomor Identitas", "Nama Institusi", "Tanggal Registrasi", "Tanggal Berakhir",
           "Pendidikan Terakhir", "Pekerjaan", "Keterangan", "Identitas", "Alamat Sekarang", "Alamat Institusi",
           "Telepon Institusi", "Kontak Darurat", "Kelas", "Tahun Ajaran", "Jurusan", "Fakultas", "Unit Kerja",
           "Tanggal Bebas Pustaka"]


def read_members(path: str | Path, columns: tuple[str, ...], cancel: Cancel | None = None,
                 lending: Lending | None = None,
                 database: str | None = None) -> Iterator[tuple[int, dict[str, str] | BadRow]]:
    """The backup's members in SLiMS's member columns (``columns``), each at its line of the file; ``lending`` is
    filled with the member types' terms. Passwords are never read."""
    dump = dump_of(path, database)
    if MEMBERS not in dump.tables:
        raise ValidationError(NO_MEMBERS, path=dump.path.name)
    names: dict[str, dict[str, str]] = {table: {} for table in LISTS}
    types: list[dict[str, Any]] = []
    members: list[tuple[int, dict[str, Any]]] = []
    bad: list[BadRow] = []
    seen: set[str] = set()
    for count, (line, table, cols, row) in enumerate(dump_rows(dump, {MEMBERS, *LISTS}, seen), start=1):
        step(count, 1, None, cancel)
        if not row or len(cols) != len(row):
            if table == MEMBERS:
                bad.append(unreadable_row(line, cols, row))
            continue
        f = dict(zip(cols, row, strict=True))
        if table == MEMBERS:
            members.append((line, f))
            continue
        key, name = LISTS[table]
        names[table][text_of(f.get(key))] = text_of(f.get(name))
        if table == "jenis_anggota":
            types.append(f)
    check_whole(dump.path, seen, {MEMBERS, "jenis_anggota"})
    if lending is not None:
        lending.system = "INLISLite"
        for f in types:
            lending.terms[text_of(f.get("jenisanggota"))], said = _terms(f)
            lending.said += said
    lines = [line for line, _ in members]
    values = [_values(f, names) for _, f in members]
    for number, row in member_sheets.report_rows(HEADERS, values, columns):
        yield (lines[number - 2], row) if number else (0, row)  # (the report's row 2 is the first member)
    for line in bad:
        yield line.row, line
    private = [said for column, said in PRIVATE.items() if any(text_of(f.get(column)) for _, f in members)]
    if private:
        yield 0, BadRow(0, NOT_KEPT, {"columns": ", ".join(private)})


def _values(f: dict[str, Any], names: dict[str, dict[str, str]]) -> list[str]:
    """A member's values under ``HEADERS``."""
    def named(table: str, column: str) -> str:
        return names[table].get(text_of(f.get(column)), "")

    identity, number = named("master_jenis_identitas", "IdentityType_id"), text_of(f.get("IdentityNo"))
    is_nik = not identity or fold(identity) in ("ktp", "nik", "e ktp", "ktp nik", "kartu tanda penduduk")
    home = ", ".join(filter(None, (text_of(f.get("Address")), *_place(f, ""))))
    now_parts = list(filter(None, _place(f, "Now")))
    now = ", ".join(filter(None, (text_of(f.get("AddressNow")), *now_parts)))
    if not now_parts and fold(text_of(f.get("AddressNow"))) == fold(text_of(f.get("Address"))):
        now = ""  # (the present address is the card's: INLISLite's form copies it so)
    contact = text_of(f.get("NamaDarurat"))
    if contact and text_of(f.get("StatusHubunganDarurat")):
        contact += f" ({text_of(f.get('StatusHubunganDarurat'))})"
    contact = ", ".join(filter(None, (contact, text_of(f.get("TelpDarurat")), text_of(f.get("AlamatDarurat")))))
    return [text_of(f.get("MemberNo")), text_of(f.get("Fullname")), named("jenis_kelamin", "Sex_id"),
            named("jenis_anggota", "JenisAnggota_id"), named("status_anggota", "StatusAnggota_id"),
            text_of(f.get("PlaceOfBirth")), day_of(f.get("DateOfBirth")), text_of(f.get("Address")),
            text_of(f.get("RT")), text_of(f.get("RW")), text_of(f.get("Kelurahan")), text_of(f.get("Kecamatan")),
            text_of(f.get("City")), text_of(f.get("Province")), text_of(f.get("NoHp")), text_of(f.get("Phone")),
            text_of(f.get("Email")), number if is_nik else "", text_of(f.get("InstitutionName")),
            day_of(f.get("RegisterDate")), day_of(f.get("EndDate")), named("master_pendidikan", "EducationLevel_id"),
            named("master_pekerjaan", "Job_id"), text_of(f.get("KeteranganLain")),
            "" if is_nik or not number else f"{identity} {number}", "" if fold(now) == fold(home) else now,
            text_of(f.get("InstitutionAddress")), text_of(f.get("InstitutionPhone")), contact,
            named("kelas_siswa", "Kelas_id"), text_of(f.get("TahunAjaran")), named("master_jurusan", "Jurusan_id"),
            named("master_fakultas", "Fakultas_id"), named("departments", "UnitKerja_id"),
            day_of(f.get("TanggalBebasPustaka"))]


def _place(f: dict[str, Any], now: str) -> list[str]:
    """The RT/RW, village, district, town and province of the address on the card (``now`` "") or of the present
    one (``now`` "Now"), as the member report writes them after the address."""
    rt, rw = text_of(f.get(f"RT{now}")), text_of(f.get(f"RW{now}"))
    rt_rw = f"RT/RW {rt}/{rw}" if rt and rw else (f"RT {rt}" if rt else (f"RW {rw}" if rw else ""))
    return [rt_rw, *(text_of(f.get(f"{column}{now}")) for column in ("Kelurahan", "Kecamatan", "City", "Province"))]


def _whole(value: Any, least: int) -> int | None:
    try:
        number = int(float(text_of(value)))
    except (ValueError, OverflowError):
        return None
    return number if least <= number <= 100_000 else None


def _terms(f: dict[str, Any]) -> tuple[dict[str, Any], list[BadRow]]:
    """What INLISLite lends a member type (``jenis_anggota``), as our member type's fields, and what of it cannot
    come in, said. A value that is not a whole number within reason is left to our default."""
    terms: dict[str, Any] = {}
    for theirs, ours, least in (("MaxPinjamKoleksi", "loan_limit", 0), ("MaxLoanDays", "loan_days", 1),
                                ("CountPerpanjang", "renewals", 0)):
        value = _whole(f.get(theirs), least)
        if value is not None:
            terms[ours] = value
    said = []
    fine, unit = _whole(f.get("DendaPerTenor"), 0), text_of(f.get("DendaTenorSatuan")) or "Hari"
    every = _whole(f.get("DendaTenorJumlah"), 0) or 1
    if fine is not None and fold(unit) == "hari" and every == 1:
        terms["fine_per_day"] = fine
    elif fine:  # (a fine a week or for every 3 days: not a fine a day, and not guessed)
        said.append(BadRow(0, FINE_NOT_DAILY, {"type": text_of(f.get("jenisanggota")), "fine": fine,
                                               "count": every, "unit": unit.lower()}))
    other = _other_terms(f, terms.get("loan_days"))
    if other:
        said.append(BadRow(0, TERMS_NOT_CARRIED, {"type": text_of(f.get("jenisanggota")), "terms": "; ".join(other)}))
    return terms, said


def _other_terms(f: dict[str, Any], loan_days: int | None) -> list[str]:
    """What else INLISLite lent a member type by, in its own words, that a member type here has no term for: a
    renewal for other days than a loan, a suspension when late, the fees of a card and of its renewal."""
    out = []
    renewal = _whole(f.get("DayPerpanjang"), 1)
    if renewal is not None and renewal != loan_days:
        out.append(f"Perpanjangan {renewal} hari")
    suspension = _whole(f.get("DaySuspend"), 1)
    if text_of(f.get("SuspendMember")) not in ("", "0") and suspension is not None:
        out.append(f"Skorsing {suspension} hari")
    for column, label in (("BiayaPendaftaran", "Biaya pendaftaran"), ("BiayaPerpanjangan", "Biaya perpanjangan")):
        fee = _whole(f.get(column), 1)
        if fee is not None:
            out.append(f"{label} Rp{fee}")
    return out
