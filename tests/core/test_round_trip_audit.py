"""Every export format, through the real ``pustaka-cli export`` and ``import``, with the hard library of
``hard_library`` (Arabic and Javanese script, old spellings, volumes and editions of one title, two books with
one wrong ISBN, author roles, a series, notes with line breaks, segmented, prefixed and UDC class numbers;
copies in every status, from every source, barcodes with leading zeros and lower case):

- back into the library it came from, nothing changes and nothing is added (every column, the change log);
- into a new library, every record and copy comes back field by field, none merged with another, except what
  the format has no place for (``CANNOT_CARRY``: each loss named, so a new one fails here)."""

from __future__ import annotations

import copy

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import classnumber
from pustaka_desktop.core.catalog.callnumber import derive_call_number
from pustaka_desktop.core.store.models import ReviewFlag
from tests.core import hard_library, interop_fixtures
from tests.core.test_round_trips import fingerprint

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

FORMATS = ["slims", "slims-apart", "marc", "marcxml", "xlsx"]


def _cli(lib, *args: str) -> int:
    """``pustaka-cli --db LIB ARGS``; the models point at ``lib`` again after it."""
    code = main(["--lang", "en", "--db", str(lib.path), *args])
    lib.activate()
    return code


def _export(lib, fmt: str, tmp_path) -> list[tuple[str, ...]]:
    """The files of ``fmt``, and the import commands that bring them in."""
    if fmt.startswith("slims"):
        biblio, items = str(tmp_path / "biblio.csv"), str(tmp_path / "item.csv")
        assert _cli(lib, "export", "slims-biblio", biblio) == 0 and _cli(lib, "export", "slims-item", items) == 0
        if fmt == "slims-apart":  # (the biblio file, then the item file: two imports)
            return [("import", "slims-biblio", biblio), ("import", "slims-item", items)]
        return [("import", "slims-biblio", biblio, "--items", items)]
    path = str(tmp_path / {"marc": "katalog.mrc", "marcxml": "katalog.xml", "xlsx": "katalog.xlsx"}[fmt])
    assert _cli(lib, "export", fmt, path) == 0
    return [("import", fmt, path)]


def _bring(lib, commands) -> None:
    for command in commands:
        assert _cli(lib, *command) == 0, command


def _on_loan_is_not_carried(record, item) -> None:
    if item["status"] == "on_loan":  # (no loan comes with a file: the copy is on the other library's shelf)
        item["status"] = "available"


def _missing_goes_out_lost(record, item) -> None:
    if item["status"] == "missing":  # (this library's stock-take looks for it; to another it is lost)
        item["status"] = "lost"


def _no_order_in_marc(record, item) -> None:
    # MARC 21 holdings (852, 876, 541) and Koha's 952 have no field for the order and the invoice
    item.update(order_no="", order_date=None, invoice="", invoice_date=None)


def _slims_item_file(record, item) -> None:
    # SLiMS's item has a source 1 (bought), 2 (prize/grant: a grant or a gift) or 0, and no note of it, nor of
    # its condition; a copy without a call number takes its record's, as shown here
    item.update(source_detail="", condition_note="")
    if item["source"] == "donation":
        item["source"] = "grant"
    if not item["call_number"]:
        authors = record["authors"]
        item["call_number"] = derive_call_number(record["ddc"], record["title"], authors[0]["name"] if authors else "")


def _slims_biblio_file(record) -> None:
    # SLiMS's biblio export has no readers (audience) or hidden column, and its authors are names only (no role,
    # no kind); a record without a class takes the one its call number starts with (as a SLiMS file's does)
    record.update(audience="adult", hidden=False)
    calls = [item["call_number"] for item in record["items"].values() if item["call_number"]]
    if not record["ddc"] and not record["class_other"] and calls:
        record["ddc"] = classnumber.from_call_number(calls[0])
    record["authors"] = [{"name": a["name"], "role": "primary" if n == 0 else "additional", "kind": "person"}
                         for n, a in enumerate(record["authors"])]


RECORD_LOSSES = {"slims": [_slims_biblio_file], "slims-apart": [_slims_biblio_file]}
COPY_LOSSES = {
    "slims": [_on_loan_is_not_carried, _missing_goes_out_lost, _slims_item_file],
    "marc": [_on_loan_is_not_carried, _missing_goes_out_lost, _no_order_in_marc],
    "xlsx": [_on_loan_is_not_carried],
}
COPY_LOSSES["slims-apart"] = COPY_LOSSES["slims"]
COPY_LOSSES["marcxml"] = COPY_LOSSES["marc"]


def _slims_twins_are_one(catalogue: dict) -> None:
    # SLiMS's biblio file has no record number: two records described alike are one (said, in the review list)
    first, second = catalogue.pop(("SJ-01",)), catalogue.pop(("SJ-02",))
    first["items"].update(second["items"])
    catalogue[("SJ-01", "SJ-02")] = first


def _expected(source: dict, fmt: str) -> dict:
    """``source`` as a new library gets it through ``fmt``: less what the format cannot carry."""
    out = copy.deepcopy(source)
    if fmt.startswith("slims"):
        _slims_twins_are_one(out)
    for record in out.values():
        for lose in RECORD_LOSSES.get(fmt, []):  # (with its copies as they were)
            lose(record)
        for item in record["items"].values():
            for lose in COPY_LOSSES[fmt]:
                lose(record, item)
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_back_into_its_library_nothing_changes(lib, librarian, tmp_path, fmt):
    hard_library.build(lib, librarian)
    commands = _export(lib, fmt, tmp_path)
    before = fingerprint(lib), ReviewFlag.select().count()
    _bring(lib, commands)
    # every column of every record and copy, no change-log line, and nothing to review: the two books described
    # alike were said to be "taken as this one record" (from SLiMS's biblio file), though each kept its own
    assert (fingerprint(lib), ReviewFlag.select().count()) == before
    _bring(lib, commands)  # (and again)
    assert (fingerprint(lib), ReviewFlag.select().count()) == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_into_a_new_library_everything_the_format_carries_comes(lib, librarian, tmp_path, empty_lib_factory, fmt):
    hard_library.build(lib, librarian)
    source = hard_library.catalogue()
    commands = _export(lib, fmt, tmp_path)
    other, _ = empty_lib_factory()
    _bring(other, commands)
    # (a record keyed by its copies' barcodes: two books merged into one, or a copy moved, is a record missing)
    assert hard_library.differences(_expected(source, fmt), hard_library.catalogue()) == []
    # the shared wrong ISBN and the two books described alike: possible duplicates to look at, never merged
    assert sorted(flag.value for flag in ReviewFlag.select().where(ReviewFlag.reason == "duplicate")) == [
        "9789793062792", "Sejarah desa Sukamaju"]


def test_a_copy_of_another_source_goes_to_slims_as_none_chosen(lib, librarian, tmp_path, empty_lib_factory):
    """SLiMS's 2 is a prize or grant: a copy of another source (swapped with another library) went out as 2 and
    came back a grant, even into its own library. It goes out as SLiMS's 0 (none chosen), read back as another."""
    hard_library.build(lib, librarian)
    commands = _export(lib, "slims", tmp_path)
    assert [line.split(",")[11] for line in (tmp_path / "item.csv").read_text(encoding="utf-8").splitlines()
            if line.startswith('"PD-0007"')] == ['"0"']
    other, _ = empty_lib_factory()
    _bring(other, commands)
    assert hard_library.catalogue()[("PD-0007",)]["items"]["PD-0007"]["source"] == "other"


@pytest.mark.parametrize("fmt", ["slims", "slims-apart"])
def test_a_copy_without_its_own_call_number_stays_so(lib, librarian, tmp_path, fmt):
    """The biblio file writes the record's call number for copies without one (SLiMS shows it): back into its
    library such a copy was given it, fixed, no longer following its record's class."""
    hard_library.build(lib, librarian)
    _bring(lib, _export(lib, fmt, tmp_path))
    assert hard_library.catalogue()[("0100",)]["items"]["0100"]["call_number"] == ""


@pytest.mark.parametrize("fmt", ["slims", "xlsx"])
def test_a_record_without_a_class_stays_without(lib, librarian, tmp_path, empty_lib_factory, fmt):
    """A magazine with no class, its copy's call number starting with one (630.5 TRU): the import took the class
    from the call number, so importing the export back into its library changed the record. Our xlsx export has
    a class column: a new library gets none either; a SLiMS file's empty classification gives a new record the
    call number's, as it does for SLiMS's own exports."""
    hard_library.build(lib, librarian)
    commands = _export(lib, fmt, tmp_path)
    _bring(lib, commands)
    assert hard_library.catalogue()[("MJ-600",)]["ddc"] == ""
    other, _ = empty_lib_factory()
    _bring(other, commands)
    assert hard_library.catalogue()[("MJ-600",)]["ddc"] == ("630.5" if fmt == "slims" else "")


def test_two_books_described_alike_stay_two_through_xlsx(lib, librarian, tmp_path, empty_lib_factory):
    """Two local histories with one title, author, year and publisher: the xlsx export's rows (one a copy) could not
    tell them from one book with two copies, and a new library got one record with both, without a word. The
    export's record number keeps them two, each with its notes; back into their library each row finds its own."""
    hard_library.build(lib, librarian)
    commands = _export(lib, "xlsx", tmp_path)
    _bring(lib, commands)
    notes = {key: record["notes"] for key, record in hard_library.catalogue().items() if key[0].startswith("SJ")}
    assert notes == {("SJ-01",): "Naskah ketikan untuk HUT desa.", ("SJ-02",): "Naskah tulisan tangan Karang Taruna."}
    other, _ = empty_lib_factory()
    _bring(other, commands)
    assert {key: record["notes"] for key, record in hard_library.catalogue().items() if key[0].startswith("SJ")} == notes


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_buku_induk_sheet_back_into_its_library_changes_nothing(lib, librarian, tmp_path, language):
    """Our buku induk (``pustaka-cli register -o induk.xlsx``), kept on in Excel and imported back: it names a book by
    its first author alone and writes a copy's source as "Hibah: Bantuan Perpusnas" and a lost copy's remarks as
    "Hilang; sampul sobek". It added books a second time (those of several authors), with their copies under new
    barcodes, and rewrote every copy's source detail and the remarks of each copy not on the shelf."""
    hard_library.build(lib, librarian)
    path = str(tmp_path / "induk.xlsx")
    assert main(["--lang", language, "--db", str(lib.path), "register", "-o", path]) == 0
    lib.activate()
    before = fingerprint(lib), ReviewFlag.select().count()
    _bring(lib, [("import", "xlsx", path)])
    assert (fingerprint(lib), ReviewFlag.select().count()) == before


def test_what_the_buku_induk_writes_reads_back_as_each_field():
    from pustaka_desktop.core.interop import row_checks, vocabulary

    # "source: detail": the detail alone ("Hibah" is the source); without the colon the words stay whole
    assert vocabulary.source_detail("Hibah: Bantuan Perpusnas", "") == "Bantuan Perpusnas"
    assert vocabulary.source_detail("Sumbangan warga", "") == "Sumbangan warga"
    # a lost copy's remarks, its status first: no change to its remarks here
    here = {"status": "lost", "condition_note": "sampul sobek"}
    assert row_checks.item_changes(here, {"status": "lost", "condition_note": "Hilang; sampul sobek"}, None) == {}
    assert row_checks.item_changes(here, {"condition_note": "Hilang; sampul lepas"}, None) == {
        "condition_note": "Hilang; sampul lepas"}
    # the first author alone leaves the others; another author is a change
    authors = '[{"name": "Hirata, Andrea"}, {"name": "Liye, Tere"}]'
    assert row_checks.record_changes({"authors": authors}, {"authors": [{"name": "Hirata, Andrea"}]}, set()) == {}
    assert row_checks.record_changes({"authors": authors}, {"authors": [{"name": "Liye, Tere"}]}, set())
