"""A district office whose villages each moved in from another system: Sukamaju from a SLiMS CSV export (class
numbers ``899.221 3``, ``F``, language ``Indonesia``), Cibodas from INLISLite's copy report (ISBD titles, ``c2019``
years) and Cikahuripan from a buku induk kept by hand in Excel (no ISBNs, ``Tjerita``/``Djakarta`` spellings,
publishers written short). What the officer sees: how much of each village's move-in is still to be checked,
and the printed report.

The catalogues come in through the importers, from files written the way those systems write them."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from pustaka_desktop.core.printing.district_pdf import DistrictSheet, district_pdf


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_the_printed_report_marks_a_late_village_with_a_word_its_font_can_print(tmp_path):
    """The "Late" column printed "✔", which the report's font has not: an empty box on each late village's row."""
    heads = {"code": "Code", "name": "Library", "late": "Late", "last_bundle": "Last bundle arrived"}
    late = {"code": "CBD", "name": "Perpustakaan Cibodas", "records": 2, "copies": 3, "late": True,
            "last_bundle": "02-03-2026 09:10 WIB"}
    on_time = dict(late, code="SKM", name="Perpustakaan Sukamaju", late=False)
    sheet = DistrictSheet(office="Dinas Perpustakaan", title="District library statistics 2026", period_label="2026",
                          time_zone="WIB", made_on="5 December 2026", headers=heads, villages=[late, on_time],
                          total={"name": "Total", "records": 4, "copies": 6})
    pdf = tmp_path / "district.pdf"
    pdf.write_bytes(district_pdf(sheet))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    rows = {line.split()[0]: line for line in text.splitlines() if line.strip().startswith(("CBD", "SKM"))}
    assert rows["CBD"].rstrip().endswith("Yes") and "✔" not in text
    assert not rows["SKM"].rstrip().endswith("Yes")

