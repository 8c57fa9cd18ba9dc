"""The loans of INLISLite 3's own database backup (``collectionloanitems``: one row a book lent), for the loans
import (``loan_lists``: ``pustaka-cli loans-import BACKUP.sql``), each as INLISLite's loan report (*Laporan
Peminjaman*) would give it: the member's card number (``members.MemberNo``), the copy's barcode and accession number
(``collections``), the days lent, due and returned, and its status (``Loan``: still out; ``Return``: back). So the
same rules bring them: a loan still out is open here, a returned one is history, a second import adds nothing.

A loan whose member or copy the backup itself no longer has (deleted in INLISLite) is left out and said, with the
ids INLISLite gave them. Not read: the loan's transaction (``collectionloans``: its counts), its late days (the due
date says them) and its extensions (``collectionloanextends``: the due date is the last one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel
from .inlislite_backup import day_of, id_of
from .slims_backup import (
    check_whole,
    dump_of,
    step,
    text_of,
    unreadable_row,
)
from .sql_dump import rows as dump_rows
from .types import BadRow

LOANS, MEMBERS, COPIES = "collectionloanitems", "members", "collections"

NO_LOANS = QT_TRANSLATE_NOOP(
    "Errors", "{path} is INLISLite's database backup without its loans (the collectionloanitems table): only some "
              "tables were backed up? Make the backup again in INLISLite (Setting → Umum → Backup Data). Nothing was "
              "imported.")
NO_MEMBER = QT_TRANSLATE_NOOP(
    "Import", "The loan of copy {code} is to a member the backup does not have (member {member} in INLISLite, "
              "deleted there): left out.")
NO_COPY = QT_TRANSLATE_NOOP(
    "Import", "The loan to member {number} is of a copy the backup does not have (copy {copy} in INLISLite, deleted "
              "there): left out.")
# a row read, but left out for the reason given: (template, params)
LEFT_OUT = "_left_out"


def read_loans(path: str | Path, cancel: Cancel | None = None) -> list[tuple[int, dict[str, Any] | BadRow]]:
    """(line, values as ``loan_lists`` keys them) of every loan of the backup, or (line, BadRow) of a row that
    cannot be read; a loan whose member or copy the backup lacks carries why it is left out (``LEFT_OUT``)."""
    dump = dump_of(path)
    if LOANS not in dump.tables:
        raise ValidationError(NO_LOANS, path=dump.path.name)
    members: dict[str, str] = {}
    copies: dict[str, tuple[str, str]] = {}
    loans: list[tuple[int, dict[str, Any] | BadRow]] = []
    seen: set[str] = set()
    for count, (line, table, names, row) in enumerate(dump_rows(dump, {LOANS, MEMBERS, COPIES}, seen), start=1):
        step(count, 1, None, cancel)
        if not row or len(names) != len(row):
            if table == LOANS:
                loans.append((line, unreadable_row(line, names, row)))
            continue
        f = dict(zip(names, row, strict=True))
        if table == MEMBERS:
            members[id_of(f.get("ID"))] = text_of(f.get("MemberNo"))
        elif table == COPIES:
            copies[id_of(f.get("ID"))] = (text_of(f.get("NomorBarcode")), text_of(f.get("NoInduk")))
        else:
            loans.append((line, f))
    check_whole(dump.path, seen, {LOANS, MEMBERS, COPIES})
    return [(line, f if isinstance(f, BadRow) else _values(f, members, copies)) for line, f in loans]


def _values(f: dict[str, Any], members: dict[str, str], copies: dict[str, tuple[str, str]]) -> dict[str, Any]:
    member, copy = id_of(f.get("member_id")), id_of(f.get("Collection_id"))
    barcode, accession = copies.get(copy, ("", ""))
    status = text_of(f.get("LoanStatus"))
    values: dict[str, Any] = {
        "member_no": members.get(member, ""), "barcode": barcode, "accession": accession,
        "loaned": day_of(f.get("LoanDate")), "due": day_of(f.get("DueDate")),
        "returned": day_of(f.get("ActualReturn")) if status.lower() != "loan" else "",
        "status": status or ("Return" if day_of(f.get("ActualReturn")) else "Loan")}
    if member not in members:
        values[LEFT_OUT] = (NO_MEMBER, {"code": barcode or accession or copy or "-", "member": member or "-"})
    elif copy not in copies:
        values[LEFT_OUT] = (NO_COPY, {"number": members[member] or "-", "copy": copy or "-"})
    return values
