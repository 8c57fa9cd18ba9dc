"""Issue #12, "Moving in without loss", accounted for INLISLite's own database backup as the other audits account for
SLiMS's files (``test_no_cell_lost``...): the backup (``inlislite_backup_sample``) goes through every import that reads
it, as a librarian runs them (the catalogue with its folder, the members, the loans, the visitor book), and every
non-empty value of its records, copies, members, loans and visits is then found in the library (a field, a line of a
record's, copy's or member's remarks, a list it points into, by name), or named by an import (a notice, a row left
out), or accepted here by name, each with why."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from pustaka_desktop.core.errors import render
from pustaka_desktop.core.interop import (
    importer,
    inlislite_backup,
    inlislite_backup_loans,
    inlislite_backup_members,
    inlislite_backup_visits,
    loan_lists,
    member_import,
    visit_sheets,
)
from pustaka_desktop.core.store.models import CollectionType, Item, Loan, Member, MemberType, Record, Visit
from tests.core import inlislite_backup_sample as sample
from tests.core.test_inlislite_files import _backup_and_folder
from tests.core.test_no_cell_lost import _fold

AUDITED = ("catalogs", "collections", "members", "collectionloanitems", "memberguesses")
_BOOKKEEPING = "INLISLite's bookkeeping: who saved the row, when, from which computer, its branch"

# what is right to leave, and why
ACCEPTED: dict[tuple[str, str], str] = {
    **{(table, column): _BOOKKEEPING for table in AUDITED
       for column in ("CreateBy", "CreateDate", "CreateTerminal", "UpdateBy", "UpdateDate", "UpdateTerminal",
                      "Branch_id", "KIILastUploadDate")},
    # each row is found here by what it names (a record by its Control Number and BIB ID, a copy by its barcode, a
    # member by card number), not by INLISLite's numbering of its rows
    **{(table, "ID"): "INLISLite's row id" for table in AUDITED},
    ("collections", "Catalog_id"): "the copy is on its record's shelf (checked by the copy's barcode)",
    ("collectionloanitems", "Collection_id"): "the loan is of its copy (checked by its barcode)",
    ("collectionloanitems", "member_id"): "the loan is to its member (checked by card number)",
    ("collectionloanitems", "CollectionLoan_id"): "INLISLite's transaction number: a loan here is one book",
    ("collectionloanitems", "LateDays"): "the due date says it",
    ("collectionloanitems", "LoanStatus"): "a loan still out or returned (checked by its return date)",
    # the flags of the national bibliography and union catalogue (BNI, KIN), of RDA cataloguing, and a copy's own
    # OPAC flag and verification: INLISLite's, nothing a patron or librarian here reads
    **{("catalogs", column): "INLISLite's national-catalogue flags" for column in ("IsBNI", "IsKIN", "IsRDA")},
    ("catalogs", "Publikasi"): "the place, publisher and year joined (each kept)",
    ("catalogs", "Worksheet_id"): "INLISLite's worksheet: a book (Monograf), or the material type it says (checked)",
    ("catalogs", "IsOPAC"): "shown on the OPAC (1) or hidden (0: checked)",
    **{("collections", column): "INLISLite's copy flags" for column in ("IsVerified", "ISOPAC", "ISREFERENSI")},
    ("collections", "Media_id"): "the copy's medium: its record's material type says it",
    ("collections", "Location_Library_id"): "INLISLite's library of the room (one library here)",
    ("collections", "PriceType"): "Per eksemplar: the price is the copy's (a price per title is said in remarks)",
    ("collections", "Currency"): "rupiah, the currency of a price here (another is kept in remarks)",
    ("members", "JenisPermohonan_id"): "INLISLite's kind of application (new or renewed card)",
    ("members", "LoanReturnLateCount"): "INLISLite's count of late returns: the loans say it",
    ("members", "IsLunasBiayaPendaftaran"): "whether the card's fee was paid: no fees are kept here",
    ("members", "AddressNow"): "the present address: kept in the notes where it is not the card's",
    ("memberguesses", "NoPengunjung"): "INLISLite's number of a guest's visit",
    ("memberguesses", "LOCATIONLOANS_ID"): "INLISLite's desk of the visit",
}


# a row's id of one of INLISLite's lists -> (the list, the column naming it): the value is found by that name
LISTS = {
    ("collections", "Location_id"): ("locations", "Name"), ("collections", "Rule_id"): ("collectionrules", "Name"),
    ("collections", "Category_id"): ("collectioncategorys", "Name"),
    ("collections", "Source_id"): ("collectionsources", "Name"), ("collections", "Status_id"): ("collectionstatus", "Name"),
    ("collections", "Partner_id"): ("partners", "Name"),
    ("members", "Sex_id"): ("jenis_kelamin", "Name"), ("members", "JenisAnggota_id"): ("jenis_anggota", "jenisanggota"),
    ("members", "StatusAnggota_id"): ("status_anggota", "Nama"),
    ("members", "IdentityType_id"): ("master_jenis_identitas", "Nama"),
    ("members", "EducationLevel_id"): ("master_pendidikan", "Nama"), ("members", "Job_id"): ("master_pekerjaan", "Pekerjaan"),
    ("members", "Kelas_id"): ("kelas_siswa", "namakelassiswa"), ("members", "Agama_id"): ("agama", "Name"),
    ("members", "MaritalStatus_id"): ("master_status_perkawinan", "Nama"),
    ("memberguesses", "JenisKelamin_id"): ("jenis_kelamin", "Name"),
    ("memberguesses", "Profesi_id"): ("master_pekerjaan", "Pekerjaan"),
    ("memberguesses", "PendidikanTerakhir_id"): ("master_pendidikan", "Nama"),
    ("memberguesses", "TujuanKunjungan_Id"): ("tujuan_kunjungan", "TujuanKunjungan"),
    ("memberguesses", "Status_id"): ("status_anggota", "Nama"), ("memberguesses", "Location_Id"): ("locations", "Name"),
}


def _everything(lib) -> str:
    """Every word and number the library holds of what came in, folded: its records, copies (with their collection
    types), members (with their types), loans and visits."""
    parts: list[Any] = []
    for model in (Record, Item, Member, MemberType, CollectionType, Loan, Visit):
        for row in model.select().dicts():
            parts += [v for k, v in row.items() if k not in ("cover",) and v not in (None, "")]
    return _fold(" ".join(map(str, parts)))


def _said(plans) -> str:
    lines = []
    for plan in plans:
        for notice in [*plan.notices, *plan.bad]:
            lines.append(render("Import", notice.template, notice.params))
            lines += map(str, notice.params.values())
    return _fold(" ".join(lines))


def _forms(value: Any) -> list[str]:
    """How a value may stand here: as written, a date's day, a price without its cents, an ISBN or telephone number
    without its separators."""
    text = str(value).strip()
    forms = [text]
    digits = re.sub(r"[^0-9Xx]", "", text)
    if len(digits) >= 6 and re.fullmatch(r"[0-9Xx\s().+-]+", text):
        forms.append(digits)
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        forms.append(text[:10])
        try:
            forms.append(date.fromisoformat(text[:10]).strftime("%d-%m-%Y"))
        except ValueError:
            pass
    if text.endswith(".00"):
        forms.append(text[:-3])
    return forms


def lost(lib, plans, data: dict[str, list[dict[str, Any]]]) -> list[str]:
    here, said = _everything(lib), _said(plans)

    def pointed(table: str, column: str, value: Any) -> list[str]:
        """The name a list's id stands for (a copy's Location_id 1: Ruang Baca Umum)."""
        listed = LISTS.get((table, column))
        if listed is None:
            return []
        row = next((r for r in data.get(listed[0], []) if str(r.get("ID", r.get("id"))) == str(value)), None)
        return [str(row[listed[1]])] if row else []

    def found(value: Any, forms: list[str]) -> bool:
        if any(_fold(form) in here or _fold(form) in said for form in forms if form):
            return True
        # a list or an ISBD title taken apart ("Perikanan ; Ikan lele", "Judul : anak judul / pengarang"): each part
        parts = [part for part in re.split(r"\s*;\s*|\s+:\s+|\s+/\s+", str(value)) if part.strip()]
        return len(parts) > 1 and all(_fold(part) in here for part in parts)

    missing = []
    for table in AUDITED:
        for row in data[table]:
            if _left_out_and_said(table, row, data, plans, said):
                continue  # (a row left out is said whole: its values with it)
            for column, value in row.items():
                if value in (None, "", 0, "0") or (table, column) in ACCEPTED:
                    continue
                if _said_by_column(table, column, said) or _kept_otherwise(table, column, row, here):
                    continue
                if not found(value, _forms(value) + pointed(table, column, value)):
                    missing.append(f"{table}.{column}={value!r} (row {row.get('ID')})")
    return missing


def _left_out_and_said(table: str, row: dict[str, Any], data: dict[str, list[dict[str, Any]]], plans,
                       said: str) -> bool:
    """A row an import leaves out and says: a record or copy in INLISLite's quarantine (counted), a copy whose record
    is gone and a loan whose member or copy is gone (each named)."""
    if str(row.get("QUARANTINEDDATE") or "").startswith("20"):
        return "karantina" in said or "quarantine" in said
    ids = {t: {str(r.get("ID")) for r in data[t]} for t in ("catalogs", "members", "collections")}
    notices = [(n.template, n.params) for plan in plans for n in [*plan.notices, *plan.bad]]
    if table == "collections" and str(row["Catalog_id"]) not in ids["catalogs"]:
        return (inlislite_backup.NO_RECORD, {"barcode": row["NomorBarcode"], "accession": row["NoInduk"]}) in notices
    if table == "collectionloanitems" and str(row["member_id"]) not in ids["members"]:
        return any(t == inlislite_backup_loans.NO_MEMBER and p["member"] == str(row["member_id"]) for t, p in notices)
    if table == "collectionloanitems" and str(row["Collection_id"]) not in ids["collections"]:
        return any(t == inlislite_backup_loans.NO_COPY and p["copy"] == str(row["Collection_id"]) for t, p in notices)
    return False


def _said_by_column(table: str, column: str, said: str) -> bool:
    """A column an import names as not kept: a member's private data (by INLISLite's label), a guest book's column
    the visitor book here has no place for (by its header)."""
    if table == "members" and column in inlislite_backup_members.PRIVATE:
        return _fold(inlislite_backup_members.PRIVATE[column]) in said
    if table == "memberguesses":
        header = next((h for h, c, _ in inlislite_backup_visits.SHEET if c == column), None)
        return header is not None and _fold(header) in said
    return False


def _kept_otherwise(table: str, column: str, row: dict[str, Any], here: str) -> bool:
    """A value kept as something other than its text: a record's ids (one of the two is its source id), its cover
    (the picture, on the record)."""
    if table == "catalogs" and column in ("ControlNumber", "BIBID"):
        return _fold(str(row["ControlNumber"])) in here or _fold(str(row["BIBID"])) in here
    if table == "catalogs" and column == "CoverURL":
        record = Record.get_or_none(Record.slims_id.in_([f"marc:{row['ControlNumber']}", f"inlislite:{row['BIBID']}"]))
        return record is not None and record.cover is not None
    return False


def test_every_value_of_an_inlislite_backup_is_kept_or_named(lib, librarian, tmp_path):
    backup, folder = _backup_and_folder(tmp_path)
    data = sample.tables()
    plans = [importer.import_inlislite_backup(lib, librarian, backup, repository=folder),
             member_import.import_members(lib, librarian, backup),
             loan_lists.import_loans(lib, librarian, backup),
             visit_sheets.import_visit_book(lib, librarian, backup)]
    missing = lost(lib, plans, data)
    assert missing == [], "lost:\n" + "\n".join(missing)
    # the accounting sees a value that is gone: a copy's remark dropped would be lost
    damaged = Item.get(Item.barcode == "00005")
    damaged.condition_note = ""
    damaged.save()
    assert any("KETERANGAN_LAIN" in line for line in lost(lib, plans, data))
    assert json.loads(Record.get(Record.title == "Laskar pelangi").subjects) == ["Novel Indonesia"]
