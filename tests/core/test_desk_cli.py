import json

import pytest

from pustaka_desktop.cli import main


def run(capsys, db, *argv):
    code = main(["--lang", "en", "--db", db, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def free_copy(db):
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.models import CollectionType, Item

    lib = Library.open(db)
    try:
        return (Item.select().join(CollectionType)
                .where((Item.status == "available") & (CollectionType.loanable == True))  # noqa: E712
                .order_by(Item.id).first().barcode)
    finally:
        lib.close()


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "lib.sqlite3")
    assert run(capsys, path, "demo", "--size", "tiny")[0] == 0
    return path


def test_member_add_checkout_checkin_and_overdue(db, capsys):
    code, out, _ = run(capsys, db, "member", "add", "--name", "Rina Wulandari", "--type", "Umum", "--gender", "F",
                       "--phone", "0812 3456 7890", "--json")
    assert code == 0
    number = json.loads(out)["number"]
    assert number == "SKM-A00031"  # the demo has 30 members
    code, out, _ = run(capsys, db, "member", "search", "wulandari", "--json")
    assert [m["number"] for m in json.loads(out)["members"]] == [number]

    barcode = free_copy(db)
    code, out, _ = run(capsys, db, "checkout", number, barcode, "--json")
    assert code == 0
    loan = json.loads(out)
    assert loan["member"] == number and loan["due_on"]
    code, _, err = run(capsys, db, "checkout", number, barcode)
    assert code == 3 and "already_on_loan_to_member" in err
    code, out, _ = run(capsys, db, "member", "show", number, "--json")
    assert [x["barcode"] for x in json.loads(out)["loans"]] == [barcode]
    code, out, _ = run(capsys, db, "renew", barcode, "--json")
    assert code == 0 and json.loads(out)["renewals_used"] == 1
    code, out, _ = run(capsys, db, "checkin", barcode, "--json")
    assert code == 0 and json.loads(out)["member"] == number
    code, out, _ = run(capsys, db, "overdue", "--json", "--messages")
    overdue = json.loads(out)
    assert overdue and all(g["loans"] for g in overdue) and "Yth." in overdue[0]["message"]


def test_unknown_barcode_is_refused_with_its_reason(db, capsys):
    code, _, err = run(capsys, db, "checkin", "NOPE")
    assert code == 3 and "unknown_barcode" in err


def test_members_export_import_and_stocktake(db, capsys, tmp_path):
    csv = str(tmp_path / "members.csv")
    code, out, _ = run(capsys, db, "members-export", csv)
    assert code == 0 and "30 member(s)" in out
    code, out, _ = run(capsys, db, "members-import", csv, "--dry-run")
    assert code == 0 and "update 0; 30 unchanged" in out
    with open(csv, "a", encoding="utf-8") as handle:  # a row SLiMS would not write: no name
        handle.write('"X-1","","1","Umum","","","","","0","","","","","2025-06-01","2025-06-01","2027-06-01","",""\n')
    code, out, _ = run(capsys, db, "members-import", csv)
    assert code == 2 and "30 unchanged, 1 bad row(s)" in out and "Row 32:" in out

    code, out, _ = run(capsys, db, "stocktake", "start", "--location", "Rak Anak")
    assert code == 0 and "started" in out
    code, out, _ = run(capsys, db, "stocktake", "scan", "NOPE")
    assert out.startswith("! Unknown barcode NOPE")  # (the message in words, "!" to act on: not "unknown")
    code, out, _ = run(capsys, db, "stocktake", "status", "--json")
    status = json.loads(out)
    assert status["expected"] > 0 and status["seen"] == 0
    pdf = str(tmp_path / "st.pdf")
    code, out, _ = run(capsys, db, "stocktake", "finish", "--mark", "none", "--report", pdf)
    assert code == 0 and f"{status['expected']} copies not seen; 0 marked" in out
    assert (tmp_path / "st.pdf").read_bytes().startswith(b"%PDF")
