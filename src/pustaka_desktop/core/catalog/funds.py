"""The funds a village library's books are bought or given with, as Indonesian registers write them in a
copy's source ("Dana Desa 2026", "ADD", "APBDes", "DAK", "BOS", "Swadaya", "CSR Bank Jateng", "Hibah
Perpusnas"): which source (purchase, grant, donation) each fund means, and the fund's one name that the
impact sheet counts copies under -- what the village's money bought is what gets next year's budget.

A copy keeps the words as written in its source detail; the fund is read from them when counted, so a copy
typed in the copy form and one imported from a buku induk are counted alike, and nothing is stored twice.

- ``fund_of(detail)``  the fund's name a source detail names, or None
- ``fund_source(text)``  the source a fund named in ``text`` means, or None
- ``usual_details(lib)``  the source details this library has written most (the copy form offers them)

May import: ``core.store`` (see the package docstring).
"""

from __future__ import annotations

import re

from ..service import Library

# folded words of a fund -> (the source it means, the fund's name on reports). From the village library's
# side: the village's own budget (Dana Desa, Alokasi Dana Desa, APBDes: all in the APBDes), a school's BOS
# and the community's own money (swadaya) buy books -- a purchase; books the district (APBD, DAK: bought by
# the Dinas Perpustakaan and handed out), the province or the National Library send are a grant; a company's
# CSR gives them -- a donation.
FUNDS: dict[str, tuple[str, str]] = {
    "dana desa": ("purchase", "Dana Desa"), "dd": ("purchase", "Dana Desa"),
    "alokasi dana desa": ("purchase", "Alokasi Dana Desa (ADD)"), "add": ("purchase", "Alokasi Dana Desa (ADD)"),
    "apbdes": ("purchase", "APBDes"), "apbdesa": ("purchase", "APBDes"), "apb desa": ("purchase", "APBDes"),
    "apbd desa": ("purchase", "APBDes"),
    "bos": ("purchase", "BOS"), "bantuan operasional sekolah": ("purchase", "BOS"),
    "swadaya": ("purchase", "Swadaya"),
    "dak": ("grant", "DAK"), "dana alokasi khusus": ("grant", "DAK"),
    "apbd": ("grant", "APBD"), "pemkab": ("grant", "Bantuan Kabupaten"), "kabupaten": ("grant", "Bantuan Kabupaten"),
    "provinsi": ("grant", "Bantuan Provinsi"), "pemprov": ("grant", "Bantuan Provinsi"),
    "perpusnas": ("grant", "Perpusnas"), "perpustakaan nasional": ("grant", "Perpusnas"),
    "csr": ("donation", "CSR"),
}
_LONGEST = max(len(words.split()) for words in FUNDS)
_WORD = re.compile(r"[a-z0-9]+")
# a CSR is named by its giver: "CSR Bank Jateng 2025" -> "CSR Bank Jateng" (the year is the period's)
_CSR = re.compile(r"\bCSR\b[\s:.\-–/]*(.*)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:TA\.?\s*|tahun\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


def _find(text: str) -> tuple[str, str] | None:
    """The first fund ``text`` names (longest words first where they start at the same place)."""
    words = _WORD.findall((text or "").casefold())
    for start in range(len(words)):
        for length in range(min(_LONGEST, len(words) - start), 0, -1):
            found = FUNDS.get(" ".join(words[start:start + length]))
            if found:
                return found
    return None


def fund_source(text: str) -> str | None:
    """The source (purchase | grant | donation) the fund named in ``text`` means, or None."""
    found = _find(text)
    return found[0] if found else None


def fund_of(detail: str) -> str | None:
    """The fund's name a copy's source detail names ("Pembelian DD 2026" -> "Dana Desa"), or None."""
    found = _find(detail)
    if found is None:
        return None
    if found[1] == "CSR":
        giver = _CSR.search(detail)
        name = " ".join(_YEAR.sub(" ", giver.group(1)).split(";")[0].split()).strip(" ,.-–()") if giver else ""
        return f"CSR {name}" if name else "CSR"
    return found[1]


def usual_details(lib: Library, limit: int = 60) -> list[str]:
    """The source details this library's copies carry, the last written first: what the copy form offers
    as she types ("Dana Desa 2026" once typed is one keystroke away next time, above last year's)."""
    rows = lib.db.execute_sql(
        "SELECT source_detail FROM item WHERE +deleted = 0 AND source_detail != '' GROUP BY source_detail "
        "ORDER BY MAX(id) DESC LIMIT ?", [limit]).fetchall()
    return [detail for (detail,) in rows]
