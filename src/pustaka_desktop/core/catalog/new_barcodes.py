"""Copies an import gave this library's own barcode because the file had none (a buku induk kept in Excel with a
``Jumlah`` column, INLISLite's Buku Induk, INLISLite's MARC 990 copies). Their books carry no label a scanner here
reads, so they cannot be lent until their labels are printed and stuck on. The import keeps the received dates of
the old system, so "just added" does not find them: this list does (``printing.selection``'s ``new-barcodes``).

One list, a setting of this PC (labels are printed here; never synced). An import that gives new barcodes adds its
copies to the list while no label was printed since the list began (two sheets of one move-in, printed together),
else begins it again (the earlier copies were printed); an import that gives none (the same file again) leaves the
list as it is, so a second import never lists a copy again. A copy a later import gave the barcode on its book
(``import_copies._relabelled``) leaves the list: its book has its label.
"""

from __future__ import annotations

from peewee import fn

from ..service import Library
from ..settings import get_setting, set_setting
from ..store.models import AuditLog

KEY = "import_new_barcodes"  # {"after_audit": the audit log's last id when the list began, "ids": [item ids]}
LABELS_PRINTED = "printing.labels"  # the audit action of a label run (labels.print_labels)


def _last_audit_id() -> int:
    return AuditLog.select(fn.MAX(AuditLog.id)).scalar() or 0


def labels_printed_since(after_audit: int) -> bool:
    return AuditLog.select().where((AuditLog.action == LABELS_PRINTED) & (AuditLog.id > after_audit)).exists()


def remember(lib: Library, given: list[int], relabelled: list[int]) -> None:
    """After an import (inside its transaction): ``given``, the copies it gave a barcode of this library;
    ``relabelled``, copies that now carry the barcode on their book."""
    kept = get_setting(KEY, None)
    if not given and not (kept and relabelled):
        return
    if kept is None or (given and labels_printed_since(kept["after_audit"])):
        kept = {"after_audit": _last_audit_id(), "ids": []}
    gone = set(relabelled)
    kept["ids"] = [item_id for item_id in kept["ids"] if item_id not in gone] + list(given)
    set_setting(KEY, kept)


def waiting(lib: Library) -> list[int]:
    """The copies on the list, in the order the imports gave them their barcodes."""
    kept = get_setting(KEY, None)
    return list(kept["ids"]) if kept else []
