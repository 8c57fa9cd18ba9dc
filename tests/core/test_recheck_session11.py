"""Today's imports tried with files as people make them (session 11): a SLiMS export that Excel opened
without splitting its lines (SLiMS's ``;`` on a computer whose list separator is ``,``) and saved as a
workbook, all in column A."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, readers, slims
from pustaka_desktop.core.store.models import Record
from tests.core.test_slims_as_workbook import BIBLIO


def _all_in_column_a(path, title_row=False):
    """What Excel makes of SLiMS's ``;`` CSV when it splits at ``,``: the first field's quotes gone, the rest
    of the line as written in column A, cut again at each comma (an author "<Hirata, Andrea>")."""
    book = Workbook()
    if title_row:
        book.active.append(["Ekspor SLiMS Perpustakaan Desa Sukamaju"])
    book.active.append([";".join(slims.BIBLIO_COLUMNS)])
    line = ";".join(f'"{BIBLIO.get(c, "")}"' for c in slims.BIBLIO_COLUMNS)
    first, _, rest = line[1:].partition('"')
    book.active.append((first + rest).split(","))
    book.save(path)
    return path


@pytest.mark.parametrize("fmt", ["slims-biblio", "xlsx", "csv", "inlislite"])
@pytest.mark.parametrize("title_row", [False, True])
def test_a_slims_export_all_in_column_a_is_refused_saying_what_happened(lib, librarian, tmp_path, fmt, title_row):
    """Before, as a sheet its data row was taken for the header ("no column is mapped to the title"), and
    as SLiMS's it lacked every column: neither says what to do."""
    path = _all_in_column_a(tmp_path / "senayan_biblio_export.xlsx", title_row)
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, fmt, path)
    assert refused.value.template == readers.SLIMS_IN_ONE_COLUMN
    assert Record.select().count() == 0
