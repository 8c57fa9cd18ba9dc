import json

from pustaka_desktop.cli import main


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_init_demo_stats_and_a_refused_second_demo(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    code, out, _ = run(capsys, "--db", db, "init", "--library-name", "Perpus Maju", "--library-code", "mj1",
                       "--librarian", "budi", "--password", "rahasia1")
    assert code == 0 and "MJ1" in out
    code, out, _ = run(capsys, "--db", db, "demo", "--size", "tiny", "--seed", "3")
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "stats", "--json")
    tables = json.loads(out)["tables"]
    assert tables["record"] == 60 and tables["item"] == 100 and tables["member"] == 30
    code, _, err = run(capsys, "--db", db, "demo", "--size", "tiny")
    assert code == 1 and "already holds a catalogue" in err
    code, out, _ = run(capsys, "--db", db, "stats", "--json")
    assert json.loads(out)["tables"]["record"] == 60  # nothing added twice


def test_demo_is_deterministic_for_a_seed(tmp_path, capsys):
    titles = []
    for name in ("a", "b"):
        db = str(tmp_path / f"{name}.sqlite3")
        run(capsys, "--db", db, "demo", "--size", "tiny", "--seed", "7")
        from pustaka_desktop.core.service import Library
        from pustaka_desktop.core.store.models import Record
        lib = Library.open(db)
        titles.append([r.title for r in Record.select().order_by(Record.id)])
        lib.close()
    assert titles[0] == titles[1]


def test_demo_isbns_have_valid_check_digits(lib):
    from pustaka_desktop.core import demo
    from pustaka_desktop.core.catalog.isbn import is_valid_isbn
    from pustaka_desktop.core.store.models import Record

    demo.generate(lib, "tiny", seed=2)
    isbns = [r.isbn for r in Record.select() if r.isbn]
    assert isbns and all(is_valid_isbn(i) for i in isbns)
