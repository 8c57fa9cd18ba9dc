"""What in a table kept by hand is not data, the same for the catalogue, the member list, the visitor book
and the loan lists: a totals row ("Jumlah", with its sums), the signature block under the table, a heading
between the rows ("TAHUN 2020", "Halaman 2"), the header written again on each printed page, and ditto marks
("sda") that stand for the cell above (``table_rows``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from .merged_cells import MergedDown
from .types import BadRow, clean, fold, header_keys

# Sheets kept by hand end with a totals row and a signature block, and write "sda" (as above) for a value
# repeated from the row above. ``table_rows`` reads them the one way for the catalogue and the member list:
# each rule below is one a librarian can check by looking at the sheet.

TOTALS = QT_TRANSLATE_NOOP("Import", "Totals (\"{text}\") left out, not data: row {rows}.")
SIGNATURES = QT_TRANSLATE_NOOP("Import", "The signature block under the table (\"{text}\") left out, not data: "
                                         "rows {rows}.")
SIGNATURES_KEPT = QT_TRANSLATE_NOOP("Import", "Rows {rows} look like a signature block (\"{text}\"), but data comes "
                                              "after them: they were read as data. Check them.")
# a buku induk or a member list numbered ahead ("No" 1 to 500, 200 rows filled so far): rows with nothing
# an import reads are no book and no member, said once, not refused one by one
NUMBERED_ONLY = QT_TRANSLATE_NOOP("Import", "Rows {rows} hold nothing but their number (a list numbered ahead): "
                                            "left out, no data.")
# a buku induk kept for years on one sheet puts the year (or the month) over its rows: "TAHUN 2020", "Pengadaan
# Tahun 2019", "JANUARI 2021" alone in a row, in the title column or merged across the table
HEADINGS = QT_TRANSLATE_NOOP("Import", "Headings between the rows (\"{text}\") left out, not books or members: "
                                       "row {rows}.")
# a list typed to be printed a page at a time writes its header again at the top of each page (and its number under
# each page: "Halaman 2", a heading above)
HEADER_AGAIN = QT_TRANSLATE_NOOP("Import", "The header written again between the rows (\"{text}\": a list typed to "
                                           "be printed page by page) left out, not data: row {rows}.")
DITTOS = QT_TRANSLATE_NOOP("Import", "Ditto marks (sda, idem, \") read as the value of the row above: row {rows}.")

# "Jumlah", "JUMLAH", "Total", "Jumlah anggota: 6", "Jml. buku : 120 eks": a totals label, maybe with its number
# (and not "Total Football" or "Jumlah dan Bilangan": a book's title)
_TOTALS_LABEL = re.compile(r"(jumlah|jml\.?|total|sub ?total|grand total)(\s+(seluruhnya|keseluruhan|total|akhir|semua"
                           r"|anggota|buku|judul|eksemplar|eks|koleksi|harga|halaman ini|per halaman|hal\.? ini"
                           r"|bulan ini|tahun ini))?\s*:?(\s*[\d.,]+(\s+[a-z.]+)?)?",
                           re.IGNORECASE)
# 309.000, Rp 45.000,-, =SUM(I5:I6), and a count with its unit under the names or titles: "4 orang", "120 eks"
_NUMBER_TEXT = re.compile(r"(rp\.?\s*)?[\d.,\s]+(,-|-)?|=.*|\d[\d.]*\s*(orang|org|anggota|judul|buku|eks|eksemplar"
                          r"|exp|expl)\.?", re.IGNORECASE)
_MONTHS = ("januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember"
           "|jan|feb|peb|mar|apr|jun|jul|agu|agt|agst|ags|sep|sept|okt|nov|nop|des")
_HEADING_WORDS = ("tahun anggaran|tahun|thn\\.?|th\\.?|t\\.a\\.?|ta\\.?|pengadaan|pembelian|buku masuk|penerimaan|periode"
                  "|bulan|buku induk")
_HEADING = re.compile(rf"(?:(?:{_HEADING_WORDS})\s*:?\s*)+(?:(?:{_MONTHS})\.?\s+)?(?:19|20)\d\d\.?"
                      rf"|(?:{_MONTHS})\.?\s+(?:19|20)\d\d\.?", re.IGNORECASE)
# "Sukamaju, 31 Desember 2021", "Cibadak, 31-12-2021": where and when the list was signed
_PLACE_AND_DATE = re.compile(rf"[^\W\d][\w .'-]{{1,40}},\s*\d{{1,2}}[\s./-]*(?:{_MONTHS}|\d{{1,2}})[\s./-]*\d{{2,4}}",
                             re.IGNORECASE)
# what opens a signature block, and what shows someone signs it (a title, a name in brackets, an NIP)
_SIGNING = ("mengetahui", "menyetujui", "disetujui", "disahkan", "mengesahkan", "yang membuat", "dibuat oleh",
            "yang menyerahkan", "yang menerima", "hormat kami", "ttd", "tanda tangan")
_SIGNER = _SIGNING + ("kepala", "pustakawan", "petugas", "pengelola", "ketua", "sekretaris", "lurah", "camat", "nip",
                      "penanggung jawab", "koordinator", "wali kelas", "guru", "operator")  # (a school's class list)
_NAME_IN_BRACKETS = re.compile(r"\(\s*[^\W\d][^()]{2,}\)|\(\s*[._]{3,}\s*\)")  # "(H. Asep Saepudin)", "(.........)"
_PAGE = re.compile(r"(halaman|hal\.?|hlm\.?|page)\s*:?\s*\d+(\s*(dari|of|/)\s*\d+)?\.?", re.IGNORECASE)
_DITTO = {'"', "''", "〃", "“", "”", "„", "idem", "ditto", "dto", "dto.", "sda", "sda.", "s.d.a", "s.d.a.", "s/d/a"}


def is_totals(values: list[Any]) -> bool:
    """A totals row: its first filled cell is a totals label ("Jumlah", "Total", "Jumlah anggota: 6") and
    every other filled cell is a number (a sum)."""
    cells = [v for v in values if clean(v)]
    if not cells or not isinstance(cells[0], str) or not _TOTALS_LABEL.fullmatch(clean(cells[0])):
        return False
    return all(_number(v) for v in cells[1:])


# an amount written as text (a CSV's every cell): "45000", "45.000", "Rp 45.000,-" (not "003": a number's zeros)
_AMOUNT = re.compile(r"(?:rp\.?\s*)?([1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)(?:,-|,00-?|-)?", re.IGNORECASE)


def _amount(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    match = _AMOUNT.fullmatch(clean(value)) if isinstance(value, str) else None
    return float(match[1].replace(".", "")) if match else None


def _first_filled(values: list[Any]) -> int:
    return next((i for i, v in enumerate(values) if clean(v)), len(values))


class _Sums:
    """Each column's sum over the data rows (since the sheet's start, and since its last totals row), and how many
    rows gave it, for ``sums_above``."""

    def __init__(self) -> None:
        self.whole: dict[int, list[float]] = {}  # column -> [sum, rows that gave one]
        self.part: dict[int, list[float]] = {}

    def add(self, values: list[Any]) -> None:
        for i, value in enumerate(values):
            amount = _amount(value) if clean(value) else None
            if amount:
                for sums in (self.whole, self.part):
                    sums.setdefault(i, [0.0, 0])
                    sums[i][0] += amount
                    sums[i][1] += 1

    def sums_above(self, values: list[Any], above: list[Any]) -> bool:
        """Whether the row holds nothing but numbers, each the sum of its column above (and one of them the
        sum of several rows), its first cells blank where the row above starts (no "No", no title, no number): a
        totals row without its label ("Jumlah"), as many type one under the prices and the counts."""
        cells = [(i, v) for i, v in enumerate(values) if clean(v)]
        if not cells or cells[0][0] <= _first_filled(above):
            return False
        amounts = [(i, _amount(v)) for i, v in cells]
        if any(amount is None for _, amount in amounts):
            return False
        for sums in (self.whole, self.part):
            if all(i in sums and abs(sums[i][0] - amount) < 0.5 for i, amount in amounts) and any(
                    sums[i][1] >= 2 for i, _ in amounts):
                return True
        return False


def _number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return False
    return not isinstance(value, str) or bool(_NUMBER_TEXT.fullmatch(clean(value)))


def _short_text(values: list[Any]) -> bool:
    """The shape of a signature block's row: at most three cells filled, none of them a number."""
    cells = [v for v in values if clean(v)]
    return len(cells) <= 3 and not any(isinstance(v, int | float) for v in cells)


def _starts_with(text: str, words: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(folded == word or folded.startswith(word + " ") for word in words)


def _opens_signatures(values: list[Any]) -> bool:
    """"Mengetahui,", "Ttd", or the place and date of the signing."""
    texts = [clean(v) for v in values if clean(v)]
    return _short_text(values) and any(
        fold(text) in _SIGNING or _PLACE_AND_DATE.fullmatch(text) for text in texts)


def _names_signer(values: list[Any]) -> bool:
    return any(_starts_with(text, _SIGNER) or _NAME_IN_BRACKETS.fullmatch(text)
               for text in (clean(v) for v in values) if text)


def is_heading(values: list[Any]) -> bool:
    """A heading between the rows: one cell filled (and maybe the row's number before it, a list numbered
    ahead), a year or a month with its year ("TAHUN 2020", "Th. 2019", "Pengadaan Tahun 2021", "Januari 2020");
    not a year alone ("1984" may be a book's title)."""
    cells = [v for v in values if clean(v)]
    if len(cells) == 2 and (isinstance(cells[0], int) or clean(cells[0]).rstrip(".").isdigit()):
        cells = cells[1:]
    return len(cells) == 1 and isinstance(cells[0], str) and (bool(_HEADING.fullmatch(clean(cells[0])))
                                                              or bool(_PAGE.fullmatch(clean(cells[0]))))


def repeats_header(values: list[Any], keys: list[set[str]]) -> bool:
    """The header written again (``keys``: each column's ``header_keys``): two cells or more, most of them their
    column's name as the header gives it or spells it ("Judul Buku" under "Judul", "Harga (Rp)" under "Harga")."""
    cells = [(i, clean(v)) for i, v in enumerate(values) if clean(v)]
    same = sum(1 for i, text in cells if i < len(keys) and isinstance(values[i], str) and keys[i] & set(header_keys(text)))
    return len(cells) >= 2 and same * 2 > len(cells)


def is_ditto(value: Any) -> bool:
    """"sda", "idem", '"', "〃": the same as the row above."""
    return isinstance(value, str) and value.strip().strip("-").strip().lower() in _DITTO


def table_rows(rows: Iterable[tuple[int, list[Any]]], sheet: str = "",
               header: list[str] | None = None) -> Iterator[tuple[int, list[Any]] | BadRow]:
    """The data of a table: (row number, values) of each data row, a ditto mark in a cell replaced by the
    cell above it; what is not data is left out and said, as a notice (a BadRow of row 0) at the end:
    - a totals row (``is_totals``), wherever it is, and one without its label whose numbers are the sums of
      their columns above (``_Sums.sums_above``): at the end of the table, or with two sums or more;
    - a heading between the rows (``is_heading``: "TAHUN 2020", "Halaman 2"), and ``header`` written again
      (``repeats_header``);
    - the signature block under the table: from a row after the data that opens one ("Mengetahui,",
      "Ttd", "Sukamaju, 31 Desember 2021") to the end of the sheet, every row short text (at most three
      cells, no numbers), and someone named as signing ("Kepala Desa", "Pustakawan", "(H. Asep Saepudin)").
      When a data row comes after such rows, they are read as data and the notice asks to check them.
    ``rows`` are the rows that hold anything (``filled_rows``)."""
    above: list[Any] = []  # the last data row, dittos filled in
    held: list[tuple[int, list[Any]]] = []  # rows that may be the signature block
    totals: list[tuple[int, list[Any]]] = []
    headings: list[tuple[int, list[Any]]] = []
    again: list[tuple[int, list[Any]]] = []  # the header again, on each printed page
    keys = [set(header_keys(name)) for name in header or []]
    dittos: list[int] = []
    sums = _Sums()
    # rows of sums without a label: totals at the end of the table; with data after them, only those with two sums
    # or more (a month's subtotal of prices and copies); one number alone may be an untitled copy's count
    summed: list[tuple[int, list[Any]]] = []

    def data(number: int, values: list[Any]) -> tuple[int, list[Any]]:
        nonlocal above
        if above and any(is_ditto(v) for v in values):
            read = [above[i] if is_ditto(v) and i < len(above) else v for i, v in enumerate(values)]
            values = MergedDown(read, values.merged) if isinstance(values, MergedDown) else read  # (what was merged)
            dittos.append(number)
        above = values
        sums.add(values)
        return number, values

    for number, values in rows:
        if is_totals(values):
            totals.append((number, values))
            sums.part = {}
        elif above and not held and sums.sums_above(values, above):
            summed.append((number, values))
            sums.part = {}
        elif keys and repeats_header(values, keys):
            again.append((number, values))
        elif is_heading(values):
            headings.append((number, [v for v in values if isinstance(v, str) and not v.strip().rstrip(".").isdigit()]))  # (said by its words, not its No.)
        elif (held and _short_text(values)) or (above and not held and _opens_signatures(values)):
            held.append((number, values))
        else:
            for number_summed, values_summed in summed:
                if sum(1 for v in values_summed if clean(v)) >= 2:
                    totals.append((number_summed, values_summed))
                else:
                    yield data(number_summed, values_summed)
            summed = []
            if held and any(_names_signer(v) for _, v in held):
                yield _notice(SIGNATURES_KEPT, held, sheet)
            for number_held, values_held in held:
                yield data(number_held, values_held)
            held = []
            yield data(number, values)
    if held and any(_names_signer(v) for _, v in held):
        yield _notice(SIGNATURES, held, sheet)
    else:
        yield from (data(number, values) for number, values in held)
    totals = sorted(totals + summed, key=lambda row: row[0])
    if totals:
        yield _notice(TOTALS, totals, sheet)
    if headings:
        yield _notice(HEADINGS, headings, sheet)
    if again:  # (named by its first cells: "No" alone says nothing)
        named = " | ".join(clean(v) for v in again[0][1] if clean(v))
        yield BadRow(0, HEADER_AGAIN, {"rows": row_list([number for number, _ in again]), "text": named[:60]},
                     sheet=sheet)
    if dittos:
        yield BadRow(0, DITTOS, {"rows": row_list(dittos)}, sheet=sheet)


def _notice(template: str, rows: list[tuple[int, list[Any]]], sheet: str) -> BadRow:
    """A notice naming the rows and the first words of the first of them (what the librarian looks for)."""
    text = next(clean(v) for v in rows[0][1] if clean(v))
    return BadRow(0, template, {"rows": row_list([number for number, _ in rows]), "text": text[:60]}, sheet=sheet)


def row_list(numbers: list[int], shown: int = 10) -> str:
    """"11", "7–12", "5, 9–10": row numbers, a run of them as a range; after ``shown`` of them, "…"."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    named = [str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs[:shown]]
    return ", ".join(named) + (", …" if len(runs) > shown else "")
