"""pustaka-cli record add: ISBN-first cataloguing headless, and search's typo correction."""

import json

from pustaka_desktop.cli import main
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.sync import catalog_pack


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_record_add_from_the_district_pack_with_two_copies(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Perpustakaan Desa Uji", "--library-code", "UJI",
               "--librarian", "admin", "--password", "rahasia123")[0] == 0
    lib = Library.open(db)
    with lib.transaction():
        catalog_pack.replace_pack(lib, [{"isbn": "9789793062792", "record": {
            "title": "Laskar Pelangi", "publisher": "Bentang Pustaka", "ddc": "899.221 3",
            "authors": '[{"name": "Andrea Hirata", "role": "primary", "kind": "person"}]'}}])
    lib.close()
    code, out, err = run(capsys, "--db", db, "record", "add", "--isbn", "978-979-3062-79-2", "--copies", "2",
                         "--location", "Rak Fiksi", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["source"] == "pack" and data["new_record"] and data["title"] == "Laskar Pelangi"
    assert [c["call_number"] for c in data["copies"]] == ["899.2213 HIR l"] * 2
    # the same ISBN again adds a copy to the title already here
    code, out, _ = run(capsys, "--db", db, "record", "add", "--isbn", "9789793062792")
    assert code == 0 and "already" in out.lower() and "labels --kind combined --template tj121 --select barcodes:UJI" in out
    code, out, _ = run(capsys, "--db", db, "record", "show", "9789793062792", "--json")
    assert len(json.loads(out)["copies"]) == 3
    # typed by hand, no ISBN; a wrong ISBN is refused with the reason
    code, out, _ = run(capsys, "--db", db, "record", "add", "--title", "Pertanian Organik", "--author",
                       "Dinas Pertanian", "--copies", "0", "--json")
    assert code == 0 and json.loads(out)["copies"] == []
    code, _, err = run(capsys, "--db", db, "record", "add", "--isbn", "978-979-3062-79-3")
    assert code != 0 and "978-979-3062-79-3" in err
    # search forgives a typo and says so
    code, out, _ = run(capsys, "--db", db, "search", "pertanain")
    assert code == 0 and "Did you mean: pertanian?" in out and "Pertanian Organik" in out
