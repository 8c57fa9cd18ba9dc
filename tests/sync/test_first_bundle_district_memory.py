"""A village's first bundle brings every record it holds (50,000 from a SLiMS move-in): what the district keeps
of each record until the union catalogue's changes are written must stay small, or the district's memory grows
by kilobytes per record of the bundle (measured in bench/first_bundle.py: ~150 MB for 50,000 records)."""

from __future__ import annotations

import json
import sqlite3
import tracemalloc

from pustaka_desktop.core.sync.union_write import Changes


def _record(n: int) -> str:
    """A moved-in record as the bundle carries it (the fields SLiMS gives)."""
    return json.dumps({
        "title": f"Cerita rakyat Nusantara jilid {n}", "subtitle": "kumpulan dongeng dari Sabang sampai Merauke",
        "authors": [{"name": f"Penulis {n % 97}", "role": "author", "kind": "person"},
                    {"name": "Tim Penyusun", "role": "editor", "kind": "corporate"}],
        "subjects": ["Cerita rakyat", "Dongeng", "Jawa Barat"], "isbn": "", "edition": "Cet. 2",
        "publisher": "Balai Pustaka", "place": "Jakarta", "year": 1990 + n % 30, "collation": "120 hlm. ; 21 cm",
        "ddc": "398.2", "language": "ind", "call_number": "398.2 PEN c", "notes": f"Dari SLiMS, baris {n}.",
        "material_type": "book", "series": ""}, ensure_ascii=False)


def test_the_union_changes_of_a_first_bundle_keep_each_record_as_its_text_not_as_objects():
    changes = Changes(sqlite3.connect(":memory:"), with_tally=False)
    texts = [_record(n) for n in range(2000)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n, text in enumerate(texts):
            changes.add_form(n + 1, f"form-{n}", +1, json.loads(text))  # each record its own union record
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    per_record = held / len(texts)
    # the record's own text is ~550 bytes; kept as dicts and lists it was ~3,000
    assert per_record < 1500, f"{per_record:.0f} bytes per record kept until the flush"
