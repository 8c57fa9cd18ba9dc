"""The review list ("Perlu diperiksa") after a real move-in: thousands of flags of a few kinds. The CLI pages and
filters them and says how many of each kind; bulk fixes apply only safe suggestions (never an ISBN's recomputed
check digit unless ISBNs are named); a bulk keep can be undone; Indonesian ways of writing languages and call
numbers are read, not flagged."""

import json

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import classnumber, review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.interop.types import language_code
from pustaka_desktop.core.store.models import Record
from tests.core.test_interop_movein import slims9_csv


def _isbn(body: str, good: bool) -> str:
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check if good else (check + 1) % 10)


def _moved_in(tmp_path, rows: int = 60) -> list[dict[str, str]]:
    """A SLiMS export as a village library's looks: call numbers in the class field (author mark as "Hir" or
    "HIR"), a class no one can read, ISBNs with a wrong check digit."""
    out = []
    for n in range(rows):
        klass = ("899.221 3 Hir l", "641.5 SIS r", "Agama")[n % 3]
        out.append(dict(title=f"Cerita rakyat {n}", gmd_name="Text", classification=klass, language_name="Indonesia",
                        publish_year="2010", isbn_issn=_isbn(f"978602{n:06d}", good=n % 4 != 0),
                        authors="<Hirata, Andrea>", item_code=f"<B{n:04d}>"))
    path = tmp_path / "senayan_biblio_export.csv"
    path.write_text(slims9_csv(out), encoding="utf-8")
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def cli_library(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "--lang", "en", "init", "--library-name", "Desa", "--library-code", "DSA",
               "--librarian", "budi", "--password", "rahasia1")[0] == 0
    assert run(capsys, "--db", db, "--lang", "en", "import", "slims-biblio", str(_moved_in(tmp_path)))[0] == 0
    return db


def test_the_list_says_how_many_of_each_kind_and_pages_on(cli_library, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    base = ("--db", cli_library, "--lang", "en", "--user", "budi", "review", "list")
    code, out, _ = run(capsys, *base, "--limit", "5")
    assert code == 0
    assert "60  Class number (--reason ddc)" in out and "15  ISBN (--reason isbn)" in out
    assert "Items 1-5 of 75 shown." in out and "review list --offset 5" in out
    code, out, _ = run(capsys, *base, "--reason", "ddc", "--limit", "5", "--offset", "55")
    assert code == 0 and "60 items to review of this kind: Class number." in out
    assert "Items 56-60 of 60 shown." in out and "--offset 60" not in out
    listed = json.loads(run(capsys, *base, "--reason", "ddc", "--offset", "58", "--json")[1])
    assert (listed["matching"], len(listed["items"])) == (60, 2)


def test_an_unknown_kind_is_refused_not_answered_with_nothing_to_review(cli_library, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    code, out, err = run(capsys, "--db", cli_library, "--lang", "en", "--user", "budi", "review", "list",
                         "--reason", "bahasa")
    assert code == 1 and "Nothing to review" not in out
    assert "bahasa" in err and "language" in err


def test_a_language_flag_shows_what_was_written(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    db = str(tmp_path / "lib.sqlite3")
    run(capsys, "--db", db, "--lang", "en", "init", "--library-name", "Desa", "--library-code", "DSA",
        "--librarian", "budi", "--password", "rahasia1")
    path = tmp_path / "b.csv"
    path.write_text(slims9_csv([dict(title="Serat Centhini", language_name="Bahasa Osing")]), encoding="utf-8")
    run(capsys, "--db", db, "--lang", "en", "import", "slims-biblio", str(path))
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "--user", "budi", "review", "list")
    assert code == 0 and "As written: Bahasa Osing" in out


def test_fix_all_uses_only_suggestions_and_leaves_isbn_check_digits_to_the_book(cli_library, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    base = ("--db", cli_library, "--lang", "en", "--user", "budi", "review", "fix")
    code, out, _ = run(capsys, *base, "--all")
    assert code == 0  # the 'Agama' classes have no suggestion: no failure, they stay on the list
    assert "Name the items" not in out and "#" not in out
    assert out.startswith("40 items fixed.")  # the two call-number forms; 'Agama' has no suggestion
    assert "15 ISBNs were left as written" in out
    isbns = {r.title: r.isbn for r in Record.select()}
    assert isbns["Cerita rakyat 0"] == _isbn("978602000000", good=False)  # as printed, not recomputed
    code, out, _ = run(capsys, *base, "--all", "--reason", "isbn")
    assert code == 0 and "15 items fixed" in out


def test_bulk_ids_of_all_kinds_leave_out_isbns_and_rows_without_a_suggestion(lib, librarian, tmp_path):
    importer.import_file(lib, librarian, "slims-biblio", _moved_in(tmp_path))
    flags = {f.id: f for f in review.open_flags(lib, limit=1000)}
    everything = review.bulk_ids(lib)
    assert everything and all(flags[i].reason == "ddc" and flags[i].suggestion for i in everything)
    assert len(review.bulk_ids(lib, "isbn")) == 15  # named: a choice
    done, failed = review.fix_many(lib, librarian, everything)
    assert (done, failed) == (len(everything), [])
    assert Record.get(Record.title == "Cerita rakyat 1").ddc == "641.5"


def test_keeping_in_bulk_can_be_undone(lib, librarian, tmp_path):
    importer.import_file(lib, librarian, "slims-biblio", _moved_in(tmp_path))
    duplicates = [f.id for f in review.open_flags(lib, reason="ddc")]
    before = review.open_count(lib)
    assert review.keep_many(lib, librarian, duplicates) == len(duplicates)
    assert review.open_count(lib) == before - len(duplicates)
    assert review.reopen(lib, librarian, duplicates) == len(duplicates)
    assert review.open_count(lib) == before


def test_keeping_more_flags_than_sqlite_takes_in_one_statement(lib, librarian):
    many = [review.Flag(reason="duplicate", field="", value=f"v{n}", template="x") for n in range(40_000)]
    with lib.transaction():
        review.add(lib, many)
    ids = [f.id for f in review.open_flags(lib, limit=50_000)]
    assert review.keep_many(lib, librarian, ids) == 40_000
    assert review.open_count(lib) == 0


@pytest.mark.parametrize("written, code", [
    ("Indonesia; Arab", "ind"), ("Indonesia/Inggris", "ind"), ("Bhs. Indonesia", "ind"), ("Bhs Inggris", "eng"),
    ("Basa Jawa", "jav"), ("Bhs. Arab - Indonesia", "ara"), ("Indonesia, Inggris", "ind")])
def test_languages_as_indonesian_catalogues_write_them(written, code):
    assert language_code(written) == code


@pytest.mark.parametrize("written, suggestion", [("371.3 Kur", "371.3"), ("641.5 Sis r", "641.5"),
                                                 ("899.221 3 Hir l", "899.2213")])
def test_a_call_number_with_its_author_mark_as_hir_gets_the_class_as_suggestion(written, suggestion):
    assert classnumber.suggest(written) == suggestion
