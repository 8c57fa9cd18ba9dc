import json
import shlex

from pustaka_desktop.cli import main


def run(capsys, *argv, lang=("--lang", "en")):
    code = main([*lang, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_backup_list_and_restore_from_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "demo", "--size", "tiny")[0] == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = run(capsys, "--db", db, "backup", "-o", str(usb))
    assert code == 0 and "checked" in out
    saved = next(usb.glob("*.sqlite3"))
    code, out, _ = run(capsys, "--db", db, "backups", "--json")
    assert code == 0 and json.loads(out)["backups"] == []  # a USB copy is not an automatic backup
    code, _, err = run(capsys, "--db", db, "restore", str(saved))  # no terminal, no --yes: refused
    assert code == 1 and "--yes" in err
    code, out, _ = run(capsys, "--db", db, "restore", str(saved), "--yes")
    assert code == 0 and "60 titles" in out and "Restored" in out
    code, out, _ = run(capsys, "--db", db, "backups", "--json")
    assert [b["reason"] for b in json.loads(out)["backups"]] == ["restore"]


def test_check_finds_a_damaged_database_and_restore_recovers_it(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PUSTAKA_LANG", raising=False)
    db = tmp_path / "lib.sqlite3"
    assert run(capsys, "--db", str(db), "demo", "--size", "tiny")[0] == 0
    assert run(capsys, "--db", str(db), "backup")[0] == 0
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xee" * (4096 - 100)
    db.write_bytes(bytes(data))
    # no --lang: the language comes from the (damaged) database, which must not crash the command
    code, out, _ = run(capsys, "--db", str(db), "check", lang=())
    assert code == 1 and f'pustaka-cli --db "{db}" restore' in out
    pasted = shlex.split(out.strip().split("pustaka-cli ")[-1])  # the command as printed, run as pasted
    code, out, _ = run(capsys, *pasted, "--yes")
    assert code == 0
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "check")
    assert code == 0 and "ok" in out
    assert list(tmp_path.glob("lib-damaged-*.sqlite3"))
