"""The review list after an update: a class number flag an older version made without a suggestion (a SLiMS call
number in the class field whose author mark its pattern missed: ``F DIN a``, ``005.13/3 W.M p``, ``333.7 PEN ر``)
shows and uses the suggestion an import makes now, in the list (core, CLI) and in "use all suggestions"; what the
librarian fixed or kept stays as they left it."""

import json

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record, ReviewFlag
from tests.core.test_interop_movein import slims9_csv

CALL_NUMBERS = [("Dilan 1990", "F DIN a"), ("Belajar Python", "005.13/3 W.M p"),
                ("Pengantar Ilmu Ekonomi", "333.7 PEN ر"), ("Pemrograman Web", "005.13/3 W.M p"),
                ("Tuntunan Shalat", "Agama")]


def _export(tmp_path):
    rows = [dict(title=title, gmd_name="Text", classification=klass, language_name="Indonesia", publish_year="2015",
                 authors="<Sutrisno, Budi>", item_code=f"<B{n:03d}>") for n, (title, klass) in enumerate(CALL_NUMBERS)]
    path = tmp_path / "senayan_biblio_export.csv"
    path.write_text(slims9_csv(rows), encoding="utf-8")
    return path


def _as_an_older_version_left_them():
    """The flags as versions before the call number rule wrote them: no suggestion (and their rules' number)."""
    ReviewFlag.update(suggestion="").where(ReviewFlag.reason == "ddc").execute()
    set_setting(review.SUGGESTIONS_SETTING, 1)


def _flag(title):
    return ReviewFlag.select().join(Record).where((Record.title == title) & (ReviewFlag.reason == "ddc")).get()


def _moved_in_before_the_update(lib, librarian, tmp_path):
    importer.import_file(lib, librarian, "slims-biblio", _export(tmp_path))
    _as_an_older_version_left_them()
    review.keep(lib, librarian, _flag("Belajar Python").id)  # the librarian's own choices, before the update
    review.fix(lib, librarian, _flag("Pengantar Ilmu Ekonomi").id, "330.1")


def test_the_list_shows_todays_suggestion_for_an_older_flag(lib, librarian, tmp_path):
    _moved_in_before_the_update(lib, librarian, tmp_path)
    shown = {e.title: e.suggestion for e in review.open_flags(lib, reason="ddc")}
    assert shown == {"Dilan 1990": "F", "Pemrograman Web": "005.133", "Tuntunan Shalat": ""}


def test_use_all_suggestions_fixes_them_and_leaves_what_the_librarian_did(lib, librarian, tmp_path):
    _moved_in_before_the_update(lib, librarian, tmp_path)
    ids = review.bulk_ids(lib, "ddc")
    assert sorted(ReviewFlag.get_by_id(i).record.title for i in ids) == ["Dilan 1990", "Pemrograman Web"]
    assert review.fix_many(lib, librarian, ids) == (2, [])
    classes = {r.title: r.ddc for r in Record.select()}
    assert classes["Dilan 1990"] == "F" and classes["Pemrograman Web"] == "005.133"
    assert classes["Belajar Python"] == "005.13/3 W.M p"  # kept as written: still so
    assert classes["Pengantar Ilmu Ekonomi"] == "330.1"  # the librarian's own value
    assert _flag("Belajar Python").resolution == "kept"
    assert [e.title for e in review.open_flags(lib, reason="ddc")] == ["Tuntunan Shalat"]


def test_one_fixed_with_its_suggestion(lib, librarian, tmp_path):
    _moved_in_before_the_update(lib, librarian, tmp_path)
    review.fix(lib, librarian, _flag("Dilan 1990").id)
    assert Record.get(Record.title == "Dilan 1990").ddc == "F"


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db_before_the_update(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "--lang", "en", "init", "--library-name", "Desa", "--library-code", "DSA",
               "--librarian", "budi", "--password", "rahasia1")[0] == 0
    assert run(capsys, "--db", db, "--lang", "en", "import", "slims-biblio", str(_export(tmp_path)))[0] == 0
    lib = Library.open(db)
    try:
        _as_an_older_version_left_them()
    finally:
        lib.close()
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    return db


def test_pustaka_cli_review_list_shows_it(db_before_the_update, capsys):
    base = ("--db", db_before_the_update, "--lang", "en", "--user", "budi", "review")
    code, out, _ = run(capsys, *base, "list", "--reason", "ddc")
    assert code == 0
    dilan = out[out.index("Dilan 1990"):out.index("Belajar Python")]
    assert "Suggestion: F" in dilan
    code, out, _ = run(capsys, *base, "list", "--reason", "ddc", "--json")
    entries = {e["title"]: e["suggestion"] for e in json.loads(out)["items"]}
    assert entries["Pengantar Ilmu Ekonomi"] == "333.7" and entries["Tuntunan Shalat"] == ""
    code, out, _ = run(capsys, *base, "fix", "--all", "--reason", "ddc")
    assert code == 0 and out.startswith("4 items fixed.")


def test_a_flag_kept_before_the_update_and_opened_again_gets_todays_suggestion(lib, librarian, tmp_path):
    _moved_in_before_the_update(lib, librarian, tmp_path)
    assert review.open_flags(lib)  # (the list read after the update)
    review.reopen(lib, librarian, [_flag("Belajar Python").id])
    assert {e.title: e.suggestion for e in review.open_flags(lib)}["Belajar Python"] == "005.133"


def test_a_class_that_says_none_gets_its_suggestion_too_and_other_suggestions_stay(lib, librarian):
    with lib.transaction():
        record = store.insert(lib, Record, title="Majalah Desa")
        review.add(lib, [review.Flag(reason="ddc", field="ddc", value="umum", template="x", record=record.id),
                         review.Flag(reason="ddc", field="ddc", value="899.221 23", template="y", record=record.id,
                                     suggestion="899.221"),  # INLISLite's class without its edition number
                         review.Flag(reason="language", field="language", value="Sunda kuno", template="z",
                                     record=record.id)])
    set_setting(review.SUGGESTIONS_SETTING, 1)
    assert [e.suggestion for e in review.open_flags(lib)] == [review.EMPTY, "899.221", ""]
