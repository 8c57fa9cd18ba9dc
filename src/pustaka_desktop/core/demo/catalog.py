"""Demo catalogue: records with valid ISBNs, DDC classes and authors; copies with barcodes."""

from __future__ import annotations

import json
import random
from datetime import timedelta

from ..catalog.callnumber import derive_call_number
from ..catalog.copies import DEFAULT_ACCESSION_PATTERN, SOURCE_CODES
from ..catalog.isbn import isbn13_check_digit
from ..catalog.records import match_key
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.clock import local_today
from ..store.models import CollectionType, Item, Record
from .names import AUTHORS, LOCATIONS, PUBLISHERS, TITLE_SUFFIXES, TOPICS
from .sizes import DemoSize, Progress


def _isbn(rng: random.Random) -> str:
    first12 = rng.choice(["978602", "978623", "978979"]) + f"{rng.randrange(10**6):06d}"
    return first12 + isbn13_check_digit(first12)


def fill(lib: Library, rng: random.Random, size: DemoSize, progress: Progress) -> dict[str, int]:
    today = local_today(lib.clock)
    records = []
    for n in range(size.records):
        ddc, subject, titles = rng.choice(TOPICS)
        title = rng.choice(titles)
        suffix = rng.choice(TITLE_SUFFIXES)
        if suffix:
            title = f"{title} {suffix}"
        if n >= len(TOPICS) * 4:  # beyond the classics, make titles distinct like a real shelf
            title = f"{title} {rng.choice(['', '', 'Baru', 'Lengkap', 'Populer', 'Terpadu'])}".strip()
        author = rng.choice(AUTHORS)
        publisher, place = rng.choice(PUBLISHERS)
        year = rng.randint(1985, today.year)
        audience = "children" if subject in ("Cerita rakyat", "Minat baca") or "Anak" in title else rng.choice(
            ["adult", "adult", "teen"])
        records.append({
            "title": title,
            "responsibility": author,
            "isbn": _isbn(rng) if rng.random() < 0.85 else "",
            "material_type": "book" if rng.random() < 0.95 else "magazine",
            "publisher": publisher,
            "place": place,
            "year_text": str(year) if rng.random() < 0.9 else f"c{year}",
            "year": year,
            "collation": f"{rng.randint(40, 420)} hlm. ; {rng.choice([18, 21, 24])} cm",
            "language": "ind",
            "ddc": ddc,
            "audience": audience,
            "authors": json.dumps([{"name": author, "role": "primary", "kind": "person"}]),
            "subjects": json.dumps([subject]),
            "match_key": match_key(title, author),
        })
        if n % 5000 == 0:
            progress(0.5 * n / size.records, QT_TRANSLATE_NOOP("Progress", "Making records"))
    uids = store.insert_many(lib, Record, records)
    ids = dict(Record.select(Record.uid, Record.id).tuples())  # the catalogue was empty

    types = {t.name: t.id for t in CollectionType.select()}
    code = lib.profile.code
    items = []
    for n in range(size.copies):
        index = n if n < size.records else rng.randrange(size.records)  # every record gets a copy
        record = records[index]
        author = json.loads(record["authors"])[0]["name"]
        kind = "Anak" if record["audience"] == "children" else ("Referensi" if rng.random() < 0.04 else "Sirkulasi")
        received = today - timedelta(days=rng.randint(0, 365 * 8))
        source = rng.choices(["purchase", "grant", "donation"], weights=[5, 3, 2])[0]
        items.append({
            "record": ids[uids[index]],
            "barcode": f"{code}{n + 1:06d}",
            "accession_no": DEFAULT_ACCESSION_PATTERN.format(seq=n + 1, source=SOURCE_CODES[source], year=received.year),
            "call_number": derive_call_number(record["ddc"], record["title"], author),
            "collection_type": types.get(kind),
            "location": "Rak Anak" if kind == "Anak" else ("Rak Referensi" if kind == "Referensi" else rng.choice(LOCATIONS[:4])),
            "source": source,
            # (a village library buys its books with the village's money: the impact sheet names the fund)
            "source_detail": {"grant": "Bantuan Buku Perpustakaan Nasional", "donation": "Donasi warga",
                              "purchase": f"Dana Desa {received.year}"}[source],
            "price": rng.randrange(25, 150) * 1000 if source == "purchase" else None,
            "received_on": received,
            "status": "available",
        })
        if n % 5000 == 0:
            progress(0.5 + 0.5 * n / size.copies, QT_TRANSLATE_NOOP("Progress", "Making copies"))
    store.insert_many(lib, Item, items)
    return {"records": len(records), "copies": len(items)}
