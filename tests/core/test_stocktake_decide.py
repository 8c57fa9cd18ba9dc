"""After the yearly stock-take the librarian goes through the copies not seen and decides for each: written
off as lost (what the district counts as lost), found after all (it was in the teacher's room), or keep
looking. Each decision is audited and can be taken back; the finished session keeps what it found then.
And from the command line: `stocktake decide` and `copy status`."""

import json
import shutil
import subprocess

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core import audit_describe, auth
from pustaka_desktop.core.catalog import copies, stocktake
from pustaka_desktop.core.circulation import holds
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.printing import stocktake_report
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Item, Record

from .circ_helpers import member


@pytest.fixture
def finished(lib, librarian, volunteer):
    """Rak B: six copies; the volunteers did not find four of them, the librarian finished (marked missing)."""
    shelf = []
    for n, (title, ddc) in enumerate([("Serat Centhini", "899.222"), ("Kisah Para Nabi", "297.09"),
                                      ("Bercocok Tanam Cabai", "635.6")]):
        record = store.insert(lib, Record, title=title, ddc=ddc)
        shelf += [store.insert(lib, Item, record=record, barcode=f"SKM-B{n}{c}", location="Rak B",
                               call_number=f"{ddc} {title[:3].upper()}") for c in range(2)]
    session = stocktake.start(lib, librarian, location="Rak B")
    for copy in shelf[:2]:
        stocktake.scan(lib, volunteer, session, copy.barcode)
    assert stocktake.finish(lib, librarian, session, mark="missing") == 4
    return session, shelf[2:]


def status(copy: Item) -> str:
    return Item.get_by_id(copy.id).status


def test_the_librarian_decides_lost_found_or_keep_looking_and_can_take_it_back(lib, librarian, finished):
    session, gone = finished
    result = stocktake.decide(lib, librarian, session, [gone[0].barcode, gone[1].barcode.lower()], "lost")
    assert result.changed == [gone[0].barcode, gone[1].barcode] and not result.skipped
    assert stocktake.decide(lib, librarian, session, [gone[2].barcode], "found").changed == [gone[2].barcode]
    assert [status(c) for c in gone] == ["lost", "lost", "available", "missing"]

    # a wrong press taken back: the copy is looked for again
    stocktake.decide(lib, librarian, session, [gone[1].barcode], "missing")
    assert status(gone[1]) == "missing"
    entries = list(AuditLog.select().where(AuditLog.action == "stocktake.decide").order_by(AuditLog.id))
    assert [json.loads(e.detail)["before"] for e in entries] == ["missing", "missing", "missing", "lost"]
    sentence = audit_describe.describe("stocktake.decide", entries[-1].detail, lambda _c, text: text)
    assert gone[1].barcode in sentence and "missing" in sentence and "lost" in sentence

    # what the stock-take found then stays; what was decided since is counted beside it
    counts = stocktake.progress(lib, session)
    assert (counts.expected, counts.seen, counts.missing) == (6, 2, 4)
    assert [c.barcode for c in stocktake.not_seen(lib, session)] == [c.barcode for c in gone]
    assert stocktake.decisions(session) == {"lost": 1, "found": 1, "missing": 1}


def test_a_copy_sent_to_the_binder_since_is_left_alone_and_named(lib, librarian, finished):
    session, gone = finished
    copies.set_item_status(lib, librarian, Item.get_by_id(gone[0].id), "in_repair", "turned up, spine torn")
    result = stocktake.decide(lib, librarian, session, [gone[0].barcode, gone[1].barcode], "lost")
    assert result.skipped == [(gone[0].barcode, "in_repair")] and result.changed == [gone[1].barcode]
    assert status(gone[0]) == "in_repair"


def test_a_found_copy_goes_to_the_hold_shelf_when_someone_waits_for_its_title(lib, librarian, finished):
    session, gone = finished
    holds.place_hold(lib, librarian, member(lib, librarian), gone[3].record)
    stocktake.decide(lib, librarian, session, [gone[3].barcode], "found")
    assert status(gone[3]) == "on_hold"


def test_a_typo_or_a_copy_the_stock_take_saw_changes_nothing(lib, librarian, finished):
    session, gone = finished
    seen = Item.get(Item.barcode == "SKM-B00")
    for wrong in ("SKM-B99", seen.barcode):
        with pytest.raises(ValidationError) as refused:
            stocktake.decide(lib, librarian, session, [gone[0].barcode, wrong], "lost")
        assert refused.value.params["barcode"] == wrong
    assert status(gone[0]) == "missing" and status(seen) == "available"


def test_only_a_librarian_decides_and_only_after_finishing(lib, librarian, volunteer, finished):
    session, gone = finished
    with pytest.raises(PermissionDenied):
        stocktake.decide(lib, volunteer, session, [gone[0].barcode], "lost")
    running = stocktake.start(lib, librarian)
    with pytest.raises(ValidationError):
        stocktake.decide(lib, librarian, running, [gone[0].barcode], "lost")
    assert status(gone[0]) == "missing"


def test_the_report_adds_a_line_of_what_was_decided_since(lib, librarian, finished, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    session, gone = finished
    stocktake.decide(lib, librarian, session, [c.barcode for c in gone[:3]], "lost")
    path = stocktake_report.write_report(lib, session, tmp_path / "inventarisasi.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "3 dinyatakan hilang, 0 ditemukan, 0 masih dicari" in text
    assert "Tidak terlihat" in text and "hilang" in text


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def cli_library(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "desa.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Perpustakaan Desa Sukamaju", "--library-code", "SKM",
               "--librarian", "sari", "--password", "rahasia1")[0] == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    assert run(capsys, "--db", db, "record", "add", "--title", "Babad Tanah Jawi", "--ddc", "959.82",
               "--copies", "4", "--location", "Rak C")[0] == 0
    return db


def test_decide_from_the_command_line(cli_library, capsys):
    db = cli_library
    user = ("--db", db, "--user", "sari")
    assert run(capsys, *user, "stocktake", "start", "--location", "Rak C")[0] == 0
    assert run(capsys, *user, "stocktake", "scan", "SKM000001")[0] == 0
    code, out, _ = run(capsys, *user, "stocktake", "finish")
    assert code == 0 and "3 copies not seen; 3 marked" in out

    code, out, _ = run(capsys, *user, "stocktake", "decide", "1", "SKM000002", "SKM000003", "--lost")
    assert code == 0 and "2 copies written off as lost" in out
    code, out, _ = run(capsys, *user, "stocktake", "decide", "1", "SKM000003", "--found")
    assert code == 0 and "1 copies found" in out
    code, out, _ = run(capsys, *user, "stocktake", "not-seen", "1")
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert "lost" in lines["SKM000002"] and "available" in lines["SKM000003"] and "missing" in lines["SKM000004"]

    code, _, err = run(capsys, *user, "stocktake", "decide", "1", "SKM000001", "--lost")  # it was seen
    assert code == 1 and "SKM000001" in err and "nothing changed" in err and "Traceback" not in err


def test_copy_status_from_the_command_line(cli_library, capsys):
    db = cli_library
    user = ("--db", db, "--user", "sari")
    code, out, _ = run(capsys, *user, "copy", "status", "SKM000001", "SKM000002", "--in-repair", "--note",
                       "jilid lepas")
    assert code == 0 and "SKM000001" in out and "In repair" in out
    assert run(capsys, *user, "copy", "status", "SKM000001", "--back")[0] == 0
    code, out, err = run(capsys, *user, "copy", "status", "SKM000003", "TIDAKADA", "--withdrawn")
    assert code == 1 and "TIDAKADA" in err and "Withdrawn" in out
    code, out, _ = run(capsys, *user, "record", "show", "SKM000001", "--json")
    statuses = {c["barcode"]: c["status"] for c in json.loads(out)["copies"]}
    assert statuses == {"SKM000001": "available", "SKM000002": "in_repair", "SKM000003": "withdrawn",
                        "SKM000004": "available"}


def test_a_volunteer_cannot_change_a_copy_status_from_the_command_line(cli_library, capsys, monkeypatch):
    db = cli_library
    from pustaka_desktop.core.service import Library

    lib = Library.open(db)
    try:
        sari = auth.login(lib, "sari", "rahasia1")
        auth.add_staff(lib, sari, "relawan", "relawan1", auth.VOLUNTEER, full_name="Relawan Satu")
    finally:
        lib.close()
    monkeypatch.setenv("PUSTAKA_PASSWORD", "relawan1")
    code, _, err = run(capsys, "--db", db, "--user", "relawan", "copy", "status", "SKM000001", "--lost")
    assert code == 1 and err.startswith("! ") and "Traceback" not in err
    code, out, _ = run(capsys, "--db", db, "record", "show", "SKM000001", "--json")
    assert json.loads(out)["copies"][0]["status"] == "available"
