"""What pustaka-cli writes for scripts (--json) speaks the library's language: the sentences in the JSON (messages,
notices, reasons, advice, refusals) are Indonesian when the library is, beside the machine codes (reason codes,
status keys) that stay as they are. A district officer's or a volunteer's small tool that shows ``notices`` or
``message`` to the librarian shows Indonesian, as the plain output does. And the plain output and stderr of the
commands changed lately have no English left in them."""

from __future__ import annotations

import argparse
import json
import re
from datetime import date, timedelta

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.cli import build_parser, main
from tests.core.cli_people_helpers import district_with_one_bundle
from tests.core.test_interop_slims_backup import write_dump

# Words an English sentence has and an Indonesian one never does ("No." is Indonesian too: No. induk).
ENGLISH_WORDS = {"the", "of", "and", "or", "is", "are", "was", "were", "with", "from", "for", "this", "that", "not",
                 "has", "have", "to", "in", "its", "their", "there", "row", "rows", "copy", "copies", "loan", "loans",
                 "member", "members", "file", "column", "refused", "nothing"}

# Keys whose values are data, not our sentences: what the library wrote (a title, a name), and a label sheet's file
# as it is (a built-in sheet's description and notes of where its measurements came from are written in English in
# its file and shown nowhere; its name in the user's language is "shown_title").
DATA_KEYS = {"title", "name", "description", "sources"}


def english_in(text: str) -> set[str]:
    """The English words of a sentence; {placeholders}, --options, paths, file names and quoted column names left
    out."""
    text = re.sub(r"\{[^}]*\}|(?<![\w-])--?[\w-]+|\S*[/\\:$@=]\S*|\S*\w\.\w\S*|\"[^\"]*\"|“[^”]*”", " ", text)
    return {word.lower() for word in re.findall(r"[A-Za-z]+", text)} & ENGLISH_WORDS


def sentences(value, key: str = "") -> list[tuple[str, str]]:
    """Every text in a --json answer that is a sentence for people (three words or more), with its key: a code
    ("loan_out", "isbn", "rejected") is one word, so a new field of either kind is told apart without a list."""
    if isinstance(value, dict):
        return [found for k, v in value.items() if k not in DATA_KEYS for found in sentences(v, k)]
    if isinstance(value, list):
        return [found for v in value for found in sentences(v, key)]
    if isinstance(value, str) and len(value.split()) >= 3:
        return [(key, value)]
    return []


@pytest.fixture(autouse=True)
def back_to_indonesian(monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    yield
    i18n.install("id")


@pytest.fixture(scope="module")
def place(tmp_path_factory) -> dict[str, str]:
    """A demo village (Indonesian data) enrolled with a district office that has its first bundle, and the files
    a librarian moving in imports: a SLiMS backup (a loan of a copy SLiMS deleted; no fines or visitor tables),
    a hand-kept catalogue with a column nobody maps and a row without a title, a loans notebook without a
    return column, and a bundle that got broken on the way."""
    folder = tmp_path_factory.mktemp("json-language")
    found = district_with_one_bundle(folder)
    found["usb"] = str(folder / "usb")
    stamp = ("2026-01-01 10:00:00", "2026-01-01 10:00:00", 1)
    found["dump"] = str(write_dump(folder / "backup_20260301_170000.sql", extra={"loan": [
        (1, "B0001", "M001", "2026-02-20", "2026-02-27", 0, 0, None, 1, 0, None, *stamp),
        (2, "X9999", "M001", "2026-02-25", "2026-03-04", 0, 0, None, 1, 0, None, *stamp)]}))
    files = {"catalogue": ("daftar buku.csv", "Judul,Pengarang,Tahun,Warna Sampul\nSerat Centhini,Anonim,1814,merah\n"
                                              ",Tanpa Judul,2001,biru\n"),
             "notebook": ("buku pinjam.csv", "No,Tgl Pinjam,No. Anggota,Kode Buku,Tgl Kembali\n"
                                             "1,06-01-2026,TIDAKADA,Z9,13-01-2026\n"),
             "visits": ("buku tamu.csv", "Tanggal,Nama,Alamat,L/P,Umur,Keperluan\n"
                                         "05-01-2026,Siti Aminah,Desa Sukamaju,P,dua belas,Membaca\n"
                                         "32-01-2026,Budi Santoso,,L,30,Pinjam buku\n"),
             "broken": ("pustaka-SKM-to-DIN-20260301-1a2b3c4d.zip", "PK bukan zip")}
    for key, (name, text) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        found[key] = str(folder / name)
    return found


def run(capsys, db: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "id", "--db", db, "--user", "admin", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def json_runs(place: dict[str, str], late_member: str) -> list[tuple[str, list[str]]]:
    """Every command that has --json, in an order that gives each something to say (a session to cancel, a loan
    to renew, a refusal)."""
    village, office = place["village"], place["office"]
    course, later = "Kelas Keaksaraan Fungsional", (date.today() + timedelta(days=40)).isoformat() + " 10:00"
    return [(village, argv) for argv in (
        ["import", "csv", place["catalogue"], "--review"], ["import", "slims-sql", place["dump"], "--review"],
        ["members-import", place["dump"]], ["history-import", place["dump"], "--dry-run"],
        ["loans-import", place["notebook"], "--dry-run"], ["visits-import", place["visits"], "--dry-run"],
        ["review", "list"], ["import-undo"],
        ["checkout", "M001", "B0002"], ["checkout", "M001", "B0004"], ["renew", "B0004"], ["checkin", "B0004"],
        ["lost", "B0002", "--price", "45000"],
        ["overdue", "--messages"], ["reservations"], ["member", "show", late_member], ["member", "search", "siti"],
        ["member", "add", "--name", "Dewi Lestari", "--type", "Umum"], ["member", "schools"],
        ["search", "kancil"], ["record", "show", "1"], ["record", "add", "--title", "Babad Tanah Jawi"],
        ["copy", "history", "B0001"], ["label-templates"], ["stats"], ["backups"], ["practice", "status"],
        ["staff", "list"], ["audit", "--search", "M001"], ["visit", "today"], ["program", "list"],
        ["report", "monthly", "--month", "2026-01"], ["report", "period", "--period", "2026"],
        ["report", "iplm", "--year", "2026"], ["report", "tpbis", "--from", "2026-01-01", "--to", "2026-12-31"],
        ["program", "sessions", course], ["program", "participants", course],
        ["program", "move", course, "2", "--to", later],
        ["program", "cancel", course, "1", "--reason", "hujan deras"],
        ["program", "guest", course, "--gender", "F", "--age-band", "19-35"],
        ["holidays", "national", "2026", "--dry-run"], ["digital", "list"], ["stocktake", "status"],
        ["sync", "status"], ["sync", "lost"])] + [(office, argv) for argv in (
            ["sync", "import", place["usb"]], ["sync", "import", place["broken"]], ["sync", "status"],
            ["district", "report", "--period", "2026"], ["district", "search", "kancil"], ["district", "records", "1"],
            ["district", "duplicates", "1"])]


def _json_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> set[str]:
    found = {" ".join(path)} if any("--json" in action.option_strings for action in parser._actions) else set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found |= _json_commands(child, (*path, name))
    return found


def test_every_command_with_json_is_checked_here():
    runs = json_runs({key: "x" for key in ("village", "office", "usb", "dump", "catalogue", "notebook", "visits", "broken")},
                     "M001")
    missing = {command for command in _json_commands(build_parser())
               if not any(argv[:len(command.split())] == command.split() for _, argv in runs)}
    assert not missing, f"add these to json_runs (a --json command whose words nobody checks): {missing}"


def test_every_json_answer_speaks_the_librarys_language(capsys, place):
    assert run(capsys, place["village"], "stocktake", "start")[0] == 0
    late = json.loads(run(capsys, place["village"], "overdue", "--json")[1])
    english = []
    for db, argv in json_runs(place, late[0]["member"]):
        code, out, err = run(capsys, db, *argv, "--json")
        assert out.strip() or code != 0, f"{argv}: nothing printed\n{err}"
        english += [(argv[:2], key, text) for key, text in sentences(json.loads(out)) if english_in(text)]
    assert not english, "English in the Indonesian --json:\n" + "\n".join(map(str, english))


def test_a_refusal_at_the_desk_with_json_says_it_in_json(capsys, place):
    """A script lending with --json read nothing when the desk refused (the reason went to stderr only)."""
    for argv in (["import", "slims-sql", place["dump"]], ["members-import", place["dump"]]):
        run(capsys, place["village"], *argv)  # (the copy B0002 and the member M001, when this test runs alone or first)
    code, out, err = run(capsys, place["village"], "checkout", "M001", "B0002", "--json")  # (a copy in repair)
    answer = json.loads(out)
    assert code == 3 and answer["overridable"] is True
    assert [problem["reason"] for problem in answer["refused"]] == ["copy_in_repair"]
    assert "diperbaiki" in answer["refused"][0]["message"] and "B0002" in err


def test_the_plain_output_of_the_imports_review_and_sync_speaks_the_librarys_language(capsys, place):
    village, office = place["village"], place["office"]
    marker = f"{village}.import-0123456789ab.unfinished"  # as a power cut leaves an import's marker
    with open(marker, "w", encoding="utf-8") as out:
        json.dump({"action": "catalog.import", "file": "daftar buku lama.xlsx", "path": "E:/daftar buku lama.xlsx",
                   "audit_id": 10**9, "started": "2026-03-02T08:30:00+07:00"}, out)
    english = []
    for db, argv in ((village, ["member", "schools"]),  # (first: the power cut's notice)
                     (village, ["import", "csv", place["catalogue"], "--review", "--dry-run"]),
                     (village, ["import", "slims-sql", place["dump"], "--dry-run"]),
                     (village, ["members-import", place["dump"], "--dry-run"]),
                     (village, ["history-import", place["dump"], "--dry-run"]),
                     (village, ["loans-import", place["notebook"], "--dry-run"]),
                     (village, ["review", "list"]), (village, ["review", "fix", "--all"]),
                     (village, ["review", "fix", "99999"]),
                     (village, ["copy", "history", "B0001"]), (village, ["audit", "--search", "M001"]),
                     (village, ["checkout", "M001", "B0002"]), (office, ["sync", "import", place["usb"]]),
                     (office, ["sync", "import", place["broken"]]), (office, ["sync", "status"])):
        code, out, err = run(capsys, db, *argv)
        english += [(argv[:2], line) for line in (out + err).splitlines() if english_in(line)]
        if argv == ["member", "schools"]:
            assert "tidak selesai" in err, err
    assert not english, "English in the Indonesian output:\n" + "\n".join(map(str, english))
