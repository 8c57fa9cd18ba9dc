"""``pustaka-cli checkin --book-drop``: the morning's book drop, checked in from the command line."""

import json

from pustaka_desktop.cli import main


def run(capsys, db, *argv):
    code = main(["--lang", "en", "--db", db, *argv])
    return code, capsys.readouterr().out


def test_a_copy_from_the_book_drop_is_late_fewer_days_than_one_handed_in_today(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, db, "demo", "--size", "tiny")[0] == 0
    code, out = run(capsys, db, "overdue", "--json")
    late = [loan for entry in json.loads(out) for loan in entry["loans"] if loan["days_late"] > 7]
    dropped, handed = late[0], late[1]
    code, out = run(capsys, db, "checkin", dropped["barcode"], "--book-drop", "--json")
    assert code == 0 and json.loads(out)["days_late"] < dropped["days_late"]
    code, out = run(capsys, db, "checkin", handed["barcode"], "--json")
    assert code == 0 and json.loads(out)["days_late"] == handed["days_late"]
