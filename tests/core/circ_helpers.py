"""Small builders for the circulation tests: a record with copies, members of each type."""

from __future__ import annotations

import itertools

from pustaka_desktop.core.community import members
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Item, Record

_counter = itertools.count(1)


def ctype(name: str) -> CollectionType:
    return CollectionType.get(CollectionType.name == name)


def book(lib, title: str = "Laskar Pelangi", copies: int = 1, collection: str = "Sirkulasi",
         status: str = "available") -> list[Item]:
    record = store.insert(lib, Record, title=title)
    items = []
    for _ in range(copies):
        n = next(_counter)
        items.append(store.insert(lib, Item, record=record, barcode=f"B{n:05d}",
                                  collection_type=ctype(collection), status=status))
    return items


def member(lib, by, name: str = "Budi", member_type: str = "Umum", **extra):
    n = next(_counter)
    return members.register(lib, by, name=f"{name} {n}", member_type=member_type, allow_duplicate=True, **extra)
