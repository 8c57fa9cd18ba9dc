"""Copies the old system lent whose collection type this library does not lend.

INLISLite 3.3 lends a copy by its *Akses* (collectionrules: "Dapat dipinjam") and its *Ketersediaan* alone
(``Peminjaman.php`` checks ``Rule_id`` and ``Status_id``); its *Kategori* (collectioncategorys: "Referensi",
"Koleksi Umum") only groups copies. Here a copy's collection type decides: "Referensi" is not lent in a new
library. A copy INLISLite lent that comes in with a type this library does not lend could no longer be borrowed,
and nobody would know why. The import never changes the library's own rules: it says which type, how many copies,
and where to allow them (a loan rule for every member type), or to keep them for reading here. The copy row says
it was lent there with ``_lent_there`` (``inlislite.copy_of``)."""

from __future__ import annotations

from ..catalog import review
from ..circulation import loan_rules
from ..formatting import Count
from ..i18n import QT_TRANSLATE_NOOP
from ..store.models import CollectionType, MemberType
from .types import BadRow, ImportPlan

NOT_LENT_HERE = QT_TRANSLATE_NOOP(
    "Review", "Copies INLISLite lent (its Akses \"Dapat dipinjam\", or out on loan when the report was made) came in "
              "with the collection type {name}, which this library does not lend: here they cannot be borrowed. "
              "To lend them as before, add a loan rule under Circulation rules → Loan rules → New rule…: any member "
              "type, collection type {name}, \"May be borrowed\" ticked. If {name} is for reading in the library "
              "only, keep this as it is.")
NOT_LENT_HERE_COUNT = QT_TRANSLATE_NOOP(
    "Import", "{count} copies INLISLite lent are of the collection type {name}, which this library does not lend: "
              "they cannot be borrowed here until you allow it (Circulation rules → Loan rules: a rule for {name} "
              "with \"May be borrowed\"). Listed under Collection type in the review list. Nothing of the library's "
              "rules was changed.")


def lends(type_id: int) -> bool:
    """Whether this library lends copies of the collection type to anyone: to one member type at least, by the loan
    rules and the type's own setting as the desk reads them (``loan_rules.terms_for``). (A type lent to some member
    types only is the library's choice, as INLISLite's loan rights by member: not said.)"""
    ctype = CollectionType.get_or_none(CollectionType.id == type_id)
    if ctype is None:
        return True
    member_types = list(MemberType.select().where(MemberType.deleted == False))  # noqa: E712
    if not member_types:
        return bool(ctype.loanable)
    return any(loan_rules.terms_for(member_type, ctype).loanable for member_type in member_types)


class LentThere:
    """The copies of one import that the old system lent and whose type this library does not lend, by type."""

    def __init__(self) -> None:
        self._lends: dict[int, bool] = {}
        self.counts: dict[int, int] = {}
        self.names: dict[int, str] = {}

    def note(self, type_id: int, name: str, row: int, flags: list[review.Flag]) -> None:
        """A copy lent there comes in with the type ``type_id``: counted, and the type's first such copy flagged."""
        if type_id not in self._lends:
            self._lends[type_id] = lends(type_id)
        if self._lends[type_id]:
            return
        if type_id not in self.counts:
            name = " ".join(name.split())
            self.names[type_id] = name
            flags.append(review.Flag(reason="collection_type", field="", value=name, template=NOT_LENT_HERE,
                                     params={"name": name}, row=row))
        self.counts[type_id] = self.counts.get(type_id, 0) + 1

    def say(self, result: ImportPlan) -> None:
        """The import's summary names each such type and how many copies."""
        for type_id, count in self.counts.items():
            result.notices.append(BadRow(0, NOT_LENT_HERE_COUNT, {"count": Count(count), "name": self.names[type_id]}))
