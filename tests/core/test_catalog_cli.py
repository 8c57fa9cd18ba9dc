import json

from pustaka_desktop.cli import main


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_search_and_record_show(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "demo", "--size", "tiny")[0] == 0
    code, out, _ = run(capsys, "--db", db, "search", "sejarah", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] >= 1
    assert "sejarah" in data["hits"][0]["title"].lower()  # a title match ranks first
    first = data["hits"][0]
    code, out, _ = run(capsys, "--db", db, "search", "--ddc", "900", "--available", "--json")
    hits = json.loads(out)["hits"]
    assert code == 0 and hits and all(h["call_number"].startswith("9") and h["available"] > 0 for h in hits)
    code, out, _ = run(capsys, "--db", db, "record", "show", str(first["record_id"]), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["title"] == first["title"] and len(shown["copies"]) == first["copies"]
    barcode = shown["copies"][0]["barcode"]
    code, out, _ = run(capsys, "--db", db, "search", barcode, "--json")
    assert json.loads(out)["exact"] == first["record_id"]
    code, out, _ = run(capsys, "--db", db, "record", "show", barcode)
    assert code == 0 and first["title"] in out and barcode in out
    code, _, err = run(capsys, "--db", db, "record", "show", "NOPE-1")
    assert code == 1 and "NOPE-1" in err


def test_record_cover_from_a_picture_file(tmp_path, capsys):
    from tests.core.test_slims_pictures import picture

    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Uji", "--library-code", "UJI", "--librarian", "budi",
               "--password", "rahasia1")[0] == 0
    assert run(capsys, "--db", db, "record", "add", "--title", "Laskar Pelangi", "--copies", "1")[0] == 0
    photo = tmp_path / "sampul.png"
    photo.write_bytes(picture(800, 1200, "PNG"))
    code, out, _ = run(capsys, "--db", db, "record", "cover", "1", str(photo))
    assert code == 0 and "Cover saved: Laskar Pelangi." in out
    code, _, err = run(capsys, "--db", db, "record", "cover", "1", str(tmp_path / "nope.jpg"))
    assert code == 1 and "cannot be read" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", db, "record", "cover", "1")
    assert code == 1 and "--remove" in err
    code, out, _ = run(capsys, "--db", db, "record", "cover", "UJI000001", "--remove")
    assert code == 0 and "Cover removed: Laskar Pelangi." in out
