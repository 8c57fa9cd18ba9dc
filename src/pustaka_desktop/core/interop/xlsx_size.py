"""How big a sheet says it is, without reading its cells. openpyxl opens every sheet of a read-only
workbook by looking for the sheet's ``<dimension>``, and looks with the XML parser's "end" events: the
search stops at the end of ``<sheetData>``, that is after every cell. A sheet without a dimension (what
openpyxl's own write-only mode writes: this program's xlsx exports, many scripts and web apps) was
parsed whole only to find none, each time the file was opened: a second a 100,000-row sheet here, many
on a village PC, four or five times an import (the wizard's check of the file, its preview, the dry run,
the import). ``install`` gives openpyxl's read-only sheet a search that stops where the cells begin;
what it finds is what openpyxl's finds (the dimension is written before the cells, or not at all)."""

from __future__ import annotations

from typing import Any

_installed = False


def install() -> None:
    """Once; an openpyxl without these internals keeps its own search (slower, the same result)."""
    global _installed
    if _installed:
        return
    _installed = True
    try:
        from openpyxl.worksheet._read_only import ReadOnlyWorksheet
        from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
        from openpyxl.worksheet.dimensions import SheetDimension
        from openpyxl.xml.functions import iterparse
    except ImportError:
        return

    def size_before_the_cells(sheet: Any) -> None:
        with sheet._get_source() as source:
            for _event, element in iterparse(source, events=("start",)):
                if element.tag == DIMENSION_TAG:
                    sheet._min_column, sheet._min_row, sheet._max_column, sheet._max_row = (
                        SheetDimension.from_tree(element).boundaries)
                    return
                if element.tag == DATA_TAG:
                    return  # (the cells begin: a sheet without a dimension)

    ReadOnlyWorksheet._get_size = size_before_the_cells
