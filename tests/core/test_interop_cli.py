"""pustaka-cli import / export / register."""

import json

from pustaka_desktop.cli import main


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_import_dry_run_mapping_and_register(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "demo", "--size", "tiny")[0] == 0
    for fmt, name in (("slims-biblio", "b.csv"), ("slims-item", "i.csv"), ("marcxml", "m.xml"), ("xlsx", "k.xlsx")):
        code, out, _ = run(capsys, "--db", db, "export", fmt, str(tmp_path / name))
        assert code == 0 and "written to" in out
    code, out, _ = run(capsys, "--db", db, "import", "slims-biblio", str(tmp_path / "b.csv"), "--dry-run")
    assert code == 0 and "Dry run" in out and "0 to add, 0 to update, 60 unchanged" in out

    other = str(tmp_path / "other.sqlite3")
    assert run(capsys, "--db", other, "init", "--library-name", "Lain", "--library-code", "LN",
               "--librarian", "budi", "--password", "rahasia1")[0] == 0
    code, out, _ = run(capsys, "--db", other, "import", "marcxml", str(tmp_path / "m.xml"), "--json")
    summary = json.loads(out)
    assert code == 0 and summary["records"]["add"] == 60 and summary["copies"]["add"] == 100
    sheet = tmp_path / "list.csv"
    sheet.write_text("Bacaan,Eks\nBuku Baru,2\n,\n,3\nTanpa Jumlah,x\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", other, "import", "csv", str(sheet), "--map", "Bacaan=title,Eks=copies")
    # a refused row (no title): the run says so and ends with exit code 2, everything else came in; a
    # count that is no number is flagged, not a reason to refuse the book
    assert code == 2 and "2 added" in out and "Row 4:" in out and "title is empty" in out
    assert "2 of 3 records came in" in out and "not a whole number" not in out
    code, _, err = run(capsys, "--db", other, "import", "csv", str(sheet))
    assert code == 1 and "title" in err

    code, out, _ = run(capsys, "--db", db, "register", "-o", str(tmp_path / "induk.xlsx"), "--from-date",
                       "2020-01-01")
    assert code == 0 and (tmp_path / "induk.xlsx").exists()
    code, _, err = run(capsys, "--db", db, "register", "-o", str(tmp_path / "induk.pdf"), "--from-date", "kemarin")
    assert code == 1 and "kemarin" in err


def test_import_review_and_the_review_commands(tmp_path, capsys):
    from tests.core.test_interop_movein import VILLAGE, slims9_csv

    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Desa", "--library-code", "DSA", "--librarian", "budi",
               "--password", "rahasia1")[0] == 0
    path = tmp_path / "senayan_biblio_export.csv"
    path.write_text(slims9_csv(VILLAGE), encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "slims-biblio", str(path), "--review")
    assert code == 2  # the row without a title was refused
    assert "12 of 13 records came in (1 rows refused)" in out
    assert "Bekisar merah" in out and "Suggestion: 9789792278873" in out
    code, out, _ = run(capsys, "--db", db, "review", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and listed["open"] == 5
    by_reason = {item["reason"]: item for item in listed["items"] if item["title"] != "Turi-turian ni Batak"}
    code, out, _ = run(capsys, "--db", db, "review", "fix", str(by_reason["year"]["id"]), "--value", "2015")
    assert code == 0 and "1 items fixed" in out
    code, out, _ = run(capsys, "--db", db, "review", "fix", "--all", "--reason", "language", "--keep")
    assert code == 0 and "1 items kept" in out
    code, out, _ = run(capsys, "--db", db, "review", "fix", "--all")
    assert code == 0 and "1 items fixed" in out  # the class took its suggestion; a duplicate has none
    assert "1 ISBNs were left as written" in out  # a recomputed check digit only when ISBNs are named
    code, out, _ = run(capsys, "--db", db, "review", "fix", "--all", "--reason", "isbn")
    assert code == 0 and "1 items fixed" in out
    code, out, _ = run(capsys, "--db", db, "review", "list")
    assert code == 0 and "1 items to review" in out and "Sang pemimpi" in out


def test_a_dry_run_with_review_lists_what_the_import_would_flag(tmp_path, capsys):
    """``import ... --dry-run --review``: the flags the import would raise, listed without the numbers ``review fix``
    takes (they were rolled back with the rest: it said nothing at all before); the real import then lists the same
    flags, numbered, and the review list has exactly those."""
    from tests.core.test_interop_movein import VILLAGE, slims9_csv

    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Desa", "--library-code", "DSA", "--librarian", "budi",
               "--password", "rahasia1")[0] == 0
    path = tmp_path / "senayan_biblio_export.csv"
    path.write_text(slims9_csv(VILLAGE), encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "slims-biblio", str(path), "--review", "--dry-run")
    would = [line[3:] for line in out.splitlines() if line.startswith("-  ")]
    assert code == 2 and "Dry run, nothing was changed." in out and "Suggestion: 9789792278873" in out
    assert len(would) == 5 and "Bekisar merah" in out and not any(line.startswith("#") for line in out.splitlines())
    code, out, _ = run(capsys, "--db", db, "review", "list", "--json")
    assert json.loads(out)["open"] == 0  # (nothing was written)
    code, out, _ = run(capsys, "--db", db, "import", "slims-biblio", str(path), "--review", "--dry-run", "--json")
    listed = json.loads(out)["review"]
    assert len(listed) == 5 and {entry["id"] for entry in listed} == {None}
    assert sorted(entry["title"] for entry in listed) == sorted(would)
    code, out, _ = run(capsys, "--db", db, "import", "slims-biblio", str(path), "--review")
    numbered = [line.split("  ", 1)[1] for line in out.splitlines() if line.startswith("#")]
    assert code == 2 and numbered == would
    code, out, _ = run(capsys, "--db", db, "review", "list", "--json")
    assert json.loads(out)["open"] == 5


def test_a_file_of_column_names_alone_says_nothing_came_in(tmp_path, capsys):
    """SLiMS's export page with a search that found nothing writes the header alone: "0 of 0 records came in.
    Imported." read as done; the file is named as holding no rows, and the run ends "Nothing came in."."""
    from pustaka_desktop.core.interop import slims

    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Desa", "--library-code", "DSA", "--librarian", "budi",
               "--password", "rahasia1")[0] == 0
    path = tmp_path / "senayan_biblio_export.csv"
    path.write_text(",".join(f'"{c}"' for c in slims.BIBLIO_COLUMNS) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "slims-biblio", str(path))
    assert code == 0 and "senayan_biblio_export.csv holds no rows below its column names" in out
    assert out.rstrip().endswith("Nothing came in.") and "Imported." not in out
    sheet = tmp_path / "daftar.csv"
    sheet.write_text("Judul;Pengarang\nLaskar Pelangi;Andrea Hirata\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "csv", str(sheet))
    assert code == 0 and "holds no rows" not in out and out.rstrip().endswith("Imported.")


def test_each_map_option_adds_its_column(tmp_path, capsys):
    """"--map 'Jenis Buku=collection_type' --map 'Kategori=subjects'", one option per column as people write
    them: both columns come in (the last option alone was read, the first column dropped without a word)."""
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.models import CollectionType, Item, Record

    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Desa", "--library-code", "DSA", "--librarian", "budi",
               "--password", "rahasia1")[0] == 0
    sheet = tmp_path / "induk.csv"
    sheet.write_text("No. Induk;Judul;Pengarang;Jenis Buku;Kategori\n001/2024;Laskar Pelangi;Andrea Hirata;Fiksi;Novel\n",
                     encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "csv", str(sheet), "--map", "Jenis Buku=collection_type",
                       "--map", "Kategori=subjects")
    assert code == 0 and "Jenis Buku" not in out and "Kategori" not in out
    lib = Library.open(tmp_path / "lib.sqlite3")
    try:
        assert json.loads(Record.get().subjects) == ["Novel"]
        assert CollectionType.get_by_id(Item.get().collection_type_id).name == "Fiksi"
    finally:
        lib.close()


def test_slims_biblio_and_items_together_in_one_import(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "demo", "--size", "tiny")[0] == 0
    for fmt, name in (("slims-biblio", "b.csv"), ("slims-item", "i.csv")):
        assert run(capsys, "--db", db, "export", fmt, str(tmp_path / name))[0] == 0
    other = str(tmp_path / "other.sqlite3")
    assert run(capsys, "--db", other, "init", "--library-name", "Lain", "--library-code", "LN",
               "--librarian", "budi", "--password", "rahasia1")[0] == 0
    code, out, _ = run(capsys, "--db", other, "import", "slims-biblio", str(tmp_path / "b.csv"), "--items",
                       str(tmp_path / "i.csv"), "--json")
    biblio, items = json.loads(out)
    assert code == 0 and biblio["records"]["add"] == 60 and biblio["file"].endswith("b.csv")
    assert items["file"].endswith("i.csv")
    assert items["copies"]["detailed"] == biblio["copies"]["add"] > 0 and items["copies"]["update"] == 0
    again, out, _ = run(capsys, "--db", other, "import", "slims-biblio", str(tmp_path / "b.csv"), "--items",
                        str(tmp_path / "i.csv"))
    assert again == 0 and "b.csv (records):" in out and "i.csv (copies):" in out and "0 added" in out
    copies_part = out.split("i.csv (copies):")[1]
    assert "100 of 100 copies came in" in copies_part and "Records:" not in copies_part
    code, _, err = run(capsys, "--db", other, "import", "marc", str(tmp_path / "b.csv"), "--items", "x.csv")
    assert code == 1 and "slims-biblio" in err


def test_the_format_a_chosen_file_fits(tmp_path):
    """What the import wizard switches to when the file chosen cannot be read in the format chosen."""
    from openpyxl import Workbook

    from pustaka_desktop.core.interop import readers, slims

    sheet = tmp_path / "induk.xlsx"
    Workbook().save(sheet)
    biblio = tmp_path / "biblio.csv"
    biblio.write_text(",".join(slims.BIBLIO_COLUMNS) + "\n", encoding="utf-8")
    items = tmp_path / "item.csv"
    items.write_text(";".join(slims.ITEM_COLUMNS) + "\n", encoding="utf-8")
    plain = tmp_path / "daftar.csv"
    plain.write_text("Judul;Pengarang\nLaskar Pelangi;Andrea Hirata\n", encoding="utf-8")
    marc_file = tmp_path / "k.mrc"
    marc_file.write_bytes(b"00052nam  2200037 a 4500245000600000\x1e10\x1faX\x1e\x1d")
    xml = tmp_path / "k.xml"
    xml.write_text('<?xml version="1.0"?><collection/>', encoding="utf-8")
    assert readers.fitting_format(sheet, "slims-biblio") == "xlsx"
    assert readers.fitting_format(sheet, "inlislite") == "inlislite"  # chosen, and it fits
    assert readers.fitting_format(biblio, "csv") == "slims-biblio"
    assert readers.fitting_format(items, "slims-biblio") == "slims-item"
    assert readers.fitting_format(plain, "xlsx") == "csv"
    assert readers.fitting_format(plain, "inlislite") == "inlislite"
    assert readers.fitting_format(marc_file, "csv") == "marc"
    assert readers.fitting_format(xml, "slims-biblio") == "marcxml"


def test_a_folder_chosen_instead_of_a_file_is_named_as_a_folder(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Uji", "--library-code", "UJI",
               "--librarian", "budi", "--password", "rahasia1")[0] == 0
    folder = tmp_path / "ekspor SLiMS"
    folder.mkdir()
    code, _, err = run(capsys, "--db", db, "import", "slims-biblio", str(folder))
    assert code == 1 and "is a folder: choose the file in it" in err and "Traceback" not in err


def test_review_list_names_the_type_of_a_record_that_is_no_printed_book(tmp_path, capsys):
    from tests.core.test_import_identity import slims_biblio

    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Desa", "--library-code", "DSA", "--librarian", "budi",
               "--password", "rahasia1")[0] == 0
    path = tmp_path / "senayan_biblio_export.csv"
    slims_biblio(path, ("Text", "<B0001>"), ("Electronic Resource", "<E0001>"))
    assert run(capsys, "--db", db, "import", "slims-biblio", str(path))[0] == 0
    code, out, _ = run(capsys, "--db", db, "review", "list")
    assert code == 0 and " (E-book)" in out
    code, out, _ = run(capsys, "--db", db, "review", "list", "--json")
    assert [item["material_type"] for item in json.loads(out)["items"]] == ["ebook"]


def test_slims_two_exports_each_list_what_they_flagged_once(tmp_path, capsys):
    """``import slims-biblio B --items I --review``: under each file's summary the flags of that file, each once
    (both summaries listed every flag of the import, the biblio file's then again under the item file's)."""
    from bench.interop_slims import generate

    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Desa", "--library-code", "DSA", "--librarian", "budi",
               "--password", "rahasia1")[0] == 0
    biblio, items = generate(tmp_path, 120, 240)
    code, out, _ = run(capsys, "--db", db, "import", "slims-biblio", str(biblio), "--items", str(items), "--review",
                       "--json")
    flagged = [[entry["import"] for entry in summary["review"]] for summary in json.loads(out)]
    assert code == 0 and all(flagged) and all(biblio.name in origin for origin in flagged[0])
    assert all(items.name in origin for origin in flagged[1])
    code, out, _ = run(capsys, "--db", db, "review", "list", "--json")
    everything = json.loads(out)["open"]
    assert len(flagged[0]) + len(flagged[1]) == everything
    db2 = str(tmp_path / "again.sqlite3")
    assert run(capsys, "--db", db2, "init", "--library-name", "Desa", "--library-code", "DSB", "--librarian", "budi",
               "--password", "rahasia1")[0] == 0
    code, out, _ = run(capsys, "--db", db2, "import", "slims-biblio", str(biblio), "--items", str(items), "--review")
    listed = [line for line in out.splitlines() if line.startswith("#")]
    assert code == 0 and len(listed) == len(set(listed)) == everything


def test_an_item_file_before_its_bibliography_says_so_once_and_that_nothing_came_in(tmp_path, capsys):
    from bench.interop_slims import generate

    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Desa", "--library-code", "DSA", "--librarian", "budi",
               "--password", "rahasia1")[0] == 0
    _, items = generate(tmp_path, 5, 8)
    code, out, _ = run(capsys, "--db", db, "import", "slims-item", str(items))
    assert code == 2 and "0 of 8 copies came in (8 rows refused)." in out
    assert out.count("None of the books of these copies is in the catalogue") == 1
    assert f'--items "{items.name}"' in out and out.count("import the biblio file first") == 8  # (each row still said)
    assert out.rstrip().endswith("Nothing came in: every row was left out (see above).")
    assert "Next steps" not in out and "Imported" not in out
