"""A big import's files read by a second process (``interop.read_ahead``) while the importer matches and writes:
the catalogue it makes is the one reading them here makes, row for row; a file refused half way is refused the
same; a second process that dies leaves the rest to be read here; a cancelled import ends it."""

from __future__ import annotations

import multiprocessing
import pickle

import pytest
from bench.interop_slims import generate

from pustaka_desktop.core.errors import Cancelled, ValidationError
from pustaka_desktop.core.interop import importer, read_ahead
from pustaka_desktop.core.interop.readers import parse
from pustaka_desktop.core.store.models import Item, Record, ReviewFlag
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

RECORDS, COPIES = 1500, 2600  # more than a batch of rows (read_ahead.BATCH) of each file


@pytest.fixture(scope="module")
def slims_pair(tmp_path_factory):
    """A SLiMS library's two exports as SLiMS writes them (Arabic titles, bad ISBNs, segmented class numbers,
    language names, quotes inside quotes, line breaks)."""
    return generate(tmp_path_factory.mktemp("slims"), RECORDS, COPIES)


def _catalogue() -> dict[str, list[tuple]]:
    """What an import made, without the ids and times that differ from one library to another."""
    return {
        "records": sorted((r.title, r.subtitle, r.isbn, r.ddc, r.language, r.year, r.year_text, r.publisher,
                           r.authors, r.subjects, r.notes, r.slims_id) for r in Record.select()),
        "copies": sorted((i.barcode, i.record.title, i.call_number, i.collection_type_id, i.location, i.status,
                          i.source, i.price, str(i.received_on), i.accession_no) for i in Item.select()),
        "flags": sorted((f.reason, f.field_name, f.value, f.record.title if f.record else "",
                         f.item.barcode if f.item else "") for f in ReviewFlag.select()),
    }


def test_read_ahead_makes_the_same_catalogue_as_reading_here(empty_lib_factory, slims_pair, monkeypatch):
    biblio, items = slims_pair
    started = []
    real = read_ahead.ReadAhead.__init__

    def watched(self, *args, **kwargs):
        real(self, *args, **kwargs)
        started.append(self.ahead)

    monkeypatch.setattr(read_ahead.ReadAhead, "__init__", watched)
    made = []
    for min_bytes in (10**12, 0):  # read here, then by a second process
        monkeypatch.setattr(read_ahead, "MIN_BYTES", min_bytes)
        lib, by = empty_lib_factory()
        results = importer.import_slims(lib, by, biblio, items)
        made.append(([r.summary() for r in results], [[b.line() for b in r.bad] for r in results], _catalogue()))
    assert started == [False, True]  # (each read as the test means)
    assert made[1] == made[0]
    catalogue = made[1][2]
    assert len(catalogue["records"]) == RECORDS and len(catalogue["copies"]) == COPIES
    assert {f[0] for f in catalogue["flags"]} >= {"isbn"}  # (the checks made in the second process came)
    assert not multiprocessing.active_children()  # (the second process ended with its import)


class _Pipe:
    """The second process's end of the pipe, as ``read_files`` writes it and ``ReadAhead.rows`` reads it."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []

    def send_bytes(self, data: bytes) -> None:
        self.sent.append(data)

    def recv_bytes(self) -> bytes:
        return self.sent.pop(0)

    def poll(self, timeout: float = 0) -> bool:
        return bool(self.sent)

    def close(self) -> None:
        pass


def test_a_file_refused_half_way_is_refused_at_the_same_row(slims_pair, monkeypatch):
    """A reader that refuses its file half way (a USB stick pulled out: ``FILE_LOST``) in the second process: the
    rows before come, then the same error, whole, in the importer's process."""
    biblio, _ = slims_pair
    lost = ValidationError("The file {path} could not be read to its end.", path="senayan_biblio_export.csv")

    def failing(fmt, path, mapping=None, progress=None, cancel=None):
        for n, inc in enumerate(parse(fmt, path, mapping, progress, cancel)):
            if n == 1200:
                raise lost
            yield inc

    monkeypatch.setattr(read_ahead, "parse", failing)
    pipe = _Pipe()
    read_ahead.read_files([("slims-biblio", biblio, None)], 2026, pipe)
    ahead = read_ahead.ReadAhead([("slims-biblio", biblio, None)], 2026)
    ahead.pipe = pipe  # (as a second process would have sent it)
    read = []
    with pytest.raises(ValidationError) as refused:
        read.extend(ahead.rows(0, iter(())))
    assert len(read) == 1200
    assert (refused.value.template, refused.value.params) == (lost.template, lost.params)


def test_rows_read_here_after_the_second_process_dies(slims_pair):
    biblio, _ = slims_pair
    here = [(inc.row, inc.record_title, inc.items) for inc in parse("slims-biblio", biblio)]
    with read_ahead.ReadAhead([("slims-biblio", biblio, None)], 2026, min_bytes=0) as ahead:
        assert ahead.ahead
        rows = ahead.rows(0, parse("slims-biblio", biblio))
        first = next(rows)
        ahead.process.kill()  # (killed: the task manager, or out of memory)
        read = [first, *rows]
    assert [(inc.row, inc.record_title, inc.items) for inc in read] == here
    assert read[0].checked is not None and read[0].record is None  # (the first came from the second process)
    assert read[-1].checked is None and read[-1].record is not None  # (the last were read here)
    assert not multiprocessing.active_children()


def test_a_cancelled_import_ends_the_second_process(empty_lib_factory, slims_pair, monkeypatch):
    biblio, items = slims_pair
    lib, by = empty_lib_factory()
    monkeypatch.setattr(read_ahead, "MIN_BYTES", 0)
    asked = []

    def cancel():
        asked.append(True)
        return len(asked) > 1  # (at the first chunk saved)

    with pytest.raises(Cancelled):
        importer.import_slims(lib, by, biblio, items, cancel=cancel)
    assert Record.select().count() == 0
    assert not multiprocessing.active_children()


def test_an_error_crosses_whole():
    """What the second process raises reaches the user in her language: its template, values and field."""
    error = ValidationError("{path} is not readable ({error}).", field="file", path="a.csv", error="UnicodeError")
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), back.template, back.params, back.field, str(back)) == \
        (ValidationError, error.template, error.params, "file", str(error))
