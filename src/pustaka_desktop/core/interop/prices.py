"""A copy's price as files write it, in whole rupiah: Excel's numbers, "Rp 45.000,-", "45rb", "1,5jt", a buku
induk's price of each copy ("@ Rp 25.000", "25.000/eks"). What is no price, or one past the catalogue's limit (a
slipped column), is refused with the value as written, for ``types.soft`` to keep and flag."""

from __future__ import annotations

import re
from typing import Any

from ..catalog.copies import MAX_PRICE
from ..i18n import QT_TRANSLATE_NOOP
from .types import RowError, clean


def parse_price(value: Any, column: str) -> int | None:
    """Whole rupiah from what a spreadsheet holds; refused (a flag, the copy still comes in) when it is
    no price or impossibly large."""
    try:
        price = _parse_price(value, column)
    except (OverflowError, ValueError):  # 1e400, NaN
        price = MAX_PRICE + 1
    if price is not None and abs(price) > MAX_PRICE:
        raise RowError(QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a price in rupiah."),
                       column=column, value=clean(value)[:30])
    return price


_AT = re.compile(r"^\s*@\s*")
_EACH = re.compile(r"(?i)\s*(?:/|per\s)\s*(?:eks|eksemplar|exs|exp|buah|bh|buku|jilid)\.?\s*$")


def _parse_price(value: Any, column: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return int(round(value))
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)  # (most prices: plain whole rupiah)
    # "@ Rp 25.000" and "25.000/eks": a buku induk's price of each copy, which is what a copy's price is
    text = _EACH.sub("", _AT.sub("", clean(value)))
    text = re.sub(r"(?i)^\s*(rp\.?|idr)\s*", "", text).replace(" ", "")
    text = re.sub(r"[.,]?-+$", "", text)  # "Rp 45.000,-": the dash closes an amount in rupiah
    if not text:
        return None
    scaled = re.fullmatch(r"(?i)(\d+(?:[.,]\d+)?)(rb|ribu|k|jt|juta)", text)  # "45rb", "1,5jt"
    if scaled:
        factor = 1_000 if scaled.group(2).lower() in ("rb", "ribu", "k") else 1_000_000
        return int(round(float(scaled.group(1).replace(",", ".")) * factor))
    if re.fullmatch(r"\d+([.,]\d{1,2})?", text):
        return int(round(float(text.replace(",", "."))))
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+([.,]\d{1,2})?", text):
        body = re.sub(r"[.,]\d{1,2}$", "", text) if re.search(r"[.,]\d{1,2}$", text) else text
        return int(re.sub(r"[.,]", "", body))
    raise RowError(QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a price in rupiah."),
                   column=column, value=clean(value))
