"""MARC in JSON, as SLiMS 9's *Export Catalog to Marc Format → Batch Export → MARCJSON* writes it
(``slims-marc-export.json``, PEAR File_MARC's ``toJSON``), read like an ISO 2709 file::

    [{"leader":"...","fields":[{"245":{"ind1":"0","ind2":" ","subfields":[{"a":"Laskar pelangi"},...]}},
                               {"001":"INLIS000123"}, ...]}, ...]

File_MARC runs every value through PHP's ``utf8_encode`` (Latin-1 to UTF-8), so text SLiMS keeps as
UTF-8 arrives encoded twice ("Ã©" for "é"): undone as for an old SLiMS's tables (``mojibake``). A
subfield ``$0`` File_MARC writes as ``{"0": ...}`` in place of the list.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from .iso2709 import MarcField, MarcRecord
from .mojibake import undo_double_utf8
from .types import UTF8_BOM


def is_json(head: bytes) -> bool:
    """True for the first bytes of a MARC-in-JSON file: a list of records or one record."""
    return head.removeprefix(UTF8_BOM).lstrip()[:1] in (b"[", b"{")


def _text(value: Any) -> str:
    return undo_double_utf8(value) if isinstance(value, str) else "" if value is None else str(value)


def _field(tag: str, body: Any) -> MarcField:
    if not isinstance(body, dict):
        return MarcField(tag, data=_text(body))
    listed = body.get("subfields") or []
    if isinstance(listed, dict):  # (File_MARC's one subfield $0)
        listed = [listed]
    subfields = [(str(code)[:1] or " ", _text(value)) for sub in listed if isinstance(sub, dict)
                 for code, value in sub.items()]
    return MarcField(tag, indicator1=(_text(body.get("ind1")) or " ")[:1],
                     indicator2=(_text(body.get("ind2")) or " ")[:1], subfields=subfields)


def _record(item: Any) -> MarcRecord | None:
    if not isinstance(item, dict) or not isinstance(item.get("fields"), list):
        return None
    fields = [_field(str(tag), body) for entry in item.get("fields", []) if isinstance(entry, dict)
              for tag, body in entry.items()]
    return MarcRecord(_text(item.get("leader")).ljust(24)[:24], fields)


def records(handle: BinaryIO) -> Iterator[MarcRecord | None]:
    """The records of a MARC-in-JSON file (None: an entry that is no record); the file read whole."""
    try:
        data = json.loads(handle.read().removeprefix(UTF8_BOM).decode("utf-8", "replace"))
    except ValueError:
        yield None  # (not JSON after all: read_records says the file is not readable MARC)
        return
    for item in data if isinstance(data, list) else [data]:
        yield _record(item)
