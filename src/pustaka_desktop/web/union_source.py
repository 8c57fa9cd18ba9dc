"""The district's online catalogue: the same patron pages as a village's Wi-Fi catalogue, over the union
catalogue of every village (``core.sync.union``), with the holdings — which village has the book, how many
copies and how many are on the shelf. Served by ``pustaka-cli hub serve`` beside the hub's sync routes.
"""

from __future__ import annotations

import json

from ..core.catalog import opac, search
from ..core.errors import NotFound
from ..core.formatting import format_number
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.service import Library
from ..core.sync import union
from ..core.sync.union_search import attach_holdings
from .source import SearchRequest

MAX_HITS = 200


def _key(key: str) -> int:
    if not (key.isascii() and key.isdigit()) or len(key) > 9:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Nothing in the catalogue matches {key}."), key=key[:40])
    return int(key)


def _where(hit: union.UnionHit) -> str:
    listed = ", ".join(f"{h.name} ({h.available}/{h.copies})" for h in hit.holdings)
    more = hit.villages - len(hit.holdings)  # a search lists a few villages; the record's page all of them
    return f"{listed} … +{format_number(more)}" if more > 0 else listed


def _as_hit(hit: union.UnionHit) -> search.Hit:
    return search.Hit(record_id=hit.id, title=hit.title, subtitle="", authors=hit.authors, year=hit.year,
                      material_type="book", isbn=hit.isbn, call_number="", location=_where(hit),
                      available=hit.available, copies=hit.copies)


class UnionSource:
    """A ``CatalogueSource`` over the union catalogue: record keys are union record numbers."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib

    def search(self, request: SearchRequest) -> search.SearchPage:
        if not request.text.strip():
            found = union.recent(self.lib, limit=min(MAX_HITS, request.offset + request.limit))
        else:
            found = union.search(self.lib, request.text, limit=min(MAX_HITS, request.offset + request.limit + 1))
        if request.available:
            found = [hit for hit in found if hit.available]
        page = found[request.offset:request.offset + request.limit]
        return search.SearchPage(total=len(found), hits=[_as_hit(hit) for hit in page], offset=request.offset)

    def record(self, key: str) -> opac.PublicRecord:
        union_id = _key(key)
        fields = union.record_fields(self.lib, union_id)
        row = union.union_record(self.lib, union_id)
        hit = union.UnionHit(union_id, row.title, row.authors, row.isbn, row.publisher, row.year, row.copies,
                             row.available, row.villages, bool(row.adopted))
        attach_holdings(self.lib, [hit])
        copies = []
        for holding in hit.holdings:  # one line per copy, the village as its place
            copies += [opac.PublicCopy("", holding.name, "available" if n < holding.available else "on_loan", None)
                       for n in range(holding.copies)]
        data = json.loads(row.data or "{}")
        authors = [a.get("name", "") for a in data.get("authors", []) if isinstance(a, dict) and a.get("name")]
        return opac.PublicRecord(
            id=union_id, title=row.title, subtitle=fields.get("subtitle") or "", authors=authors or [row.authors],
            responsibility=fields.get("responsibility") or "", edition=fields.get("edition") or "",
            publisher=row.publisher, place=fields.get("place") or "", year_text=fields.get("year_text") or
            (str(row.year) if row.year else ""), series=fields.get("series") or "",
            collation=fields.get("collation") or "", isbn=row.isbn, language=fields.get("language") or "",
            ddc=row.ddc, call_number="", subjects=list(data.get("subjects") or []), notes="",
            audience=fields.get("audience") or "", material_type=fields.get("material_type") or "book",
            has_cover=False, copies=copies)

    def cover(self, key: str) -> bytes | None:
        return None

    def new_arrivals(self, limit: int) -> list[search.Hit]:
        return [_as_hit(hit) for hit in union.recent(self.lib, limit=limit)]

    def with_cover(self, keys: list[int]) -> dict[int, str]:
        return {}
