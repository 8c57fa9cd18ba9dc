"""``pustaka-cli sync status`` names each open sync exception, as the Sync page does: a village librarian or a
district officer on the command line sees *what* went wrong (a grant's barcode already used here, and the
number the copy got instead), newest first, in the library's language, and ``--json`` lists them all."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import copies as catalog_copies
from pustaka_desktop.core.catalog import records
from pustaka_desktop.core.sync import grants

from .sync_helpers import Site

GRANT = "Bantuan Buku Bacaan Bermutu 2026"


@pytest.fixture
def district_and_village(pair):
    """Sukamaju (its own 25 books, SKM000001-SKM000025) enrolled with its district office."""
    village, district = pair
    with village:
        record = records.add_record(village.lib, village.staff, title="Tjerita Rakjat Djawa Barat",
                                    authors=["Soekardi"]).record
        catalog_copies.add_copies(village.lib, village.staff, record, 25)
    return district, village


def _grant_labelled(district: Site, village: Site, name: str, barcodes: list[str]) -> None:
    """The district stuck its own labels on the grant's books, in the village's series (already used there)."""
    with district:
        grants.create(district.lib, district.staff, "SKM", name,
                      [{"title": "Budidaya Lele di Lahan Sempit", "barcode": code} for code in barcodes])
    village.import_file(district.export_to(village))


def _status(village: Site, capsys, language: str, *options: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(village.lib.path), "--lang", language, "sync", "status", *options]) == 0
    return capsys.readouterr().out


def test_each_open_exception_is_written_out_newest_first(district_and_village, capsys):
    district, village = district_and_village
    _grant_labelled(district, village, GRANT, ["SKM000001"])
    village.clock.advance(days=30)
    _grant_labelled(district, village, "Hibah Desa 2026", ["SKM000002"])
    out = _status(village, capsys, "en")
    assert "open exceptions: 2" in out
    lines = out.splitlines()
    newer = lines.index("  01-04-2026 09:00 WIB  Book grant: Grant “Hibah Desa 2026”: barcode SKM000002 is already "
                        "used here; the copy was numbered SKM000027.")
    older = lines.index(f"  02-03-2026 09:00 WIB  Book grant: Grant “{GRANT}”: barcode SKM000001 is already used "
                        "here; the copy was numbered SKM000026.")
    assert newer < older


def test_the_sentences_come_in_indonesian(district_and_village, capsys):
    district, village = district_and_village
    _grant_labelled(district, village, GRANT, ["SKM000001"])
    out = _status(village, capsys, "id")
    assert "pengecualian terbuka: 1" in out
    assert (f"  02-03-2026 09:00 WIB  Hibah buku: Hibah “{GRANT}”: barkode SKM000001 sudah dipakai di sini; "
            "eksemplar diberi nomor SKM000026.") in out.splitlines()


def test_a_long_list_stops_at_twenty_and_says_how_many_more(district_and_village, capsys):
    district, village = district_and_village
    _grant_labelled(district, village, GRANT, [f"SKM{n:06d}" for n in range(1, 24)])
    out = _status(village, capsys, "en")
    shown = [line for line in out.splitlines() if "Book grant: " in line]
    assert len(shown) == 20
    # written in one import at one moment: the last written first, so the cut is the same every time
    assert "barcode SKM000023 " in shown[0] and "barcode SKM000004 " in shown[-1]
    assert "  … and 3 more (the Sync page lists them all)" in out.splitlines()


def test_json_keeps_its_keys_and_lists_every_exception(district_and_village, capsys):
    district, village = district_and_village
    _grant_labelled(district, village, GRANT, [f"SKM{n:06d}" for n in range(1, 24)])
    out = json.loads(_status(village, capsys, "id", "--json"))
    assert out["open_exceptions"] == 23 and "peers" in out and "lost" in out
    assert len(out["exceptions"]) == 23
    first = out["exceptions"][0]
    assert first["kind"] == "grant-barcode" and first["label"] == "Hibah buku"
    assert first["at"].startswith("2026-03-02T02:00")  # stored UTC, as the other times in the JSON
    assert "sudah dipakai di sini" in first["text"]
    assert {x["text"].split("barkode ")[1][:9] for x in out["exceptions"]} == {f"SKM{n:06d}" for n in range(1, 24)}


def test_the_sync_page_shows_when_in_the_librarys_time_not_utc(district_and_village, qtbot):
    """Written at 09:00 in Bandung (02:00 UTC): the Sync page's list says 09:00 WIB, as the command line does."""
    from pustaka_desktop import i18n
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages.sync import SyncPage

    district, village = district_and_village
    _grant_labelled(district, village, GRANT, ["SKM000001"])
    village.lib.activate()
    i18n.install("en")
    try:
        page = SyncPage(AppContext(village.lib, village.staff))
        qtbot.addWidget(page)
        assert page.exceptions.item(0, 0).text() == "02-03-2026 09:00 WIB"
    finally:
        i18n.install("id")
