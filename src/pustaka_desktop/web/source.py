"""Where the web catalogue's pages get their catalogue from: a small interface, so the same pages can
show this library's own catalogue (``LibrarySource``) or, at the district office, the union
catalogue of every village (a source that implements the same five methods over core.sync.union).

A source answers with the core's own result types (``core.catalog.search.Hit``/``SearchPage`` and
``core.catalog.opac.PublicRecord``), so templates do not care where a record came from. Record keys
are text in URLs: this library uses its record numbers, a union source may use its own keys.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol

from ..core.catalog import opac, search
from ..core.catalog.fewer_words import search_or_fewer
from ..core.catalog.records import AUDIENCES, DDC_CLASSES
from ..core.errors import NotFound
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.service import Library


@dataclass(frozen=True)
class SearchRequest:
    text: str = ""
    ddc_class: str = ""  # "000".."900" or ""
    audience: str = ""  # AUDIENCES key or ""
    available: bool = False
    offset: int = 0
    limit: int = 20


class CatalogueSource(Protocol):
    """What the patron pages read. Every method may raise core.errors.NotFound."""

    def search(self, request: SearchRequest) -> search.SearchPage: ...

    def record(self, key: str) -> opac.PublicRecord: ...

    def cover(self, key: str) -> bytes | None: ...

    def new_arrivals(self, limit: int) -> list[search.Hit]: ...

    def with_cover(self, keys: list[int]) -> dict[int, str]: ...


FILTER_DDC = DDC_CLASSES
FILTER_AUDIENCES = AUDIENCES


def _record_id(key: str) -> int:
    if not (key.isascii() and key.isdigit()) or len(key) > 9:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Nothing in the catalogue matches {key}."), key=key[:40])
    return int(key)


class LibrarySource:
    """This library's own catalogue, through the same core search as the app (hidden records left out,
    like on the kiosk).

    Twenty phones typing in one room ask the same few prefixes again and again ("pe", "per", "pert"...):
    a page of results is kept for ``CACHE_SECONDS`` (at most ``CACHE_PAGES`` pages), so a copy lent or
    returned shows on the search page within that time; a record's own page is always fresh."""

    CACHE_SECONDS = 20.0
    CACHE_PAGES = 500

    def __init__(self, lib: Library, clock=time.monotonic) -> None:
        self.lib = lib
        self._clock = clock
        self._pages: OrderedDict[SearchRequest, tuple[float, search.SearchPage]] = OrderedDict()
        self._lock = threading.Lock()
        self.cache_hits = self.cache_misses = 0

    def search(self, request: SearchRequest) -> search.SearchPage:
        now = self._clock()
        with self._lock:
            cached = self._pages.get(request)
            if cached is not None and now - cached[0] < self.CACHE_SECONDS:
                self.cache_hits += 1
                return cached[1]
        filters = search.Filters(ddc_class=request.ddc_class, audience=request.audience,
                                 available=request.available, include_hidden=False)
        # ("kancil cerdik": no book has both, the books with "kancil" are shown, and the page says so)
        page = search_or_fewer(self.lib, request.text, filters, offset=request.offset, limit=request.limit)
        with self._lock:
            self.cache_misses += 1
            self._pages[request] = (now, page)
            self._pages.move_to_end(request)
            while len(self._pages) > self.CACHE_PAGES:
                self._pages.popitem(last=False)
        return page

    def record(self, key: str) -> opac.PublicRecord:
        return opac.public_record(self.lib, _record_id(key))

    def cover(self, key: str) -> bytes | None:
        return opac.cover(self.lib, _record_id(key))

    def new_arrivals(self, limit: int) -> list[search.Hit]:
        return opac.new_arrivals(self.lib, limit=limit)

    def with_cover(self, keys: list[int]) -> dict[int, str]:
        return opac.with_cover(self.lib, keys)
