"""The return trip of the monthly meeting: the officer writes every village's bundle onto one stick at once, and
each village librarian imports the whole stick, which holds the other villages' bundles too."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.cli import main

CODES = ("SKM", "MJU", "CBD")


@pytest.fixture
def office(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    district = str(tmp_path / "dinas.sqlite3")
    assert main(["--db", district, "init", "--library-name", "Dinas", "--library-code", "DIN", "--librarian",
                 "admin", "--district"]) == 0
    villages = {}
    for code in CODES:
        db = villages[code] = str(tmp_path / f"{code}.sqlite3")
        assert main(["--db", db, "init", "--library-name", f"Perpustakaan Desa {code}", "--library-code", code,
                     "--librarian", "admin"]) == 0
        request, answer = str(tmp_path / f"req-{code}.json"), str(tmp_path / f"ans-{code}.json")
        assert main(["--db", db, "sync", "enrol-request", "-o", request]) == 0
        assert main(["--db", district, "--user", "admin", "sync", "enrol-accept", request, "-o", answer]) == 0
        assert main(["--db", db, "sync", "enrol-finish", answer]) == 0
    capsys.readouterr()
    return district, villages


def test_the_officer_writes_every_villages_bundle_at_once(tmp_path, capsys, office):
    district, villages = office
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["--db", district, "--user", "admin", "sync", "export", "--all", "-o", str(stick)]) == 0
    out = capsys.readouterr().out
    assert sorted(path.name.split("-")[3] for path in stick.glob("pustaka-DIN-to-*.zip")) == sorted(CODES)
    assert "3 of 3 bundles written and verified" in out
    for code in CODES:
        assert f"{code} Perpustakaan Desa {code}: pustaka-DIN-to-{code}-" in out


def test_a_village_reading_the_whole_stick_takes_its_own_and_leaves_the_others_without_an_error(
        tmp_path, capsys, office):
    district, villages = office
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["--db", district, "--user", "admin", "sync", "export", "--all", "-o", str(stick)]) == 0
    capsys.readouterr()
    assert main(["--db", villages["MJU"], "sync", "import", str(stick), "--json"]) == 0
    lines = {line["file"].split("-")[3]: line for line in json.loads(capsys.readouterr().out)}
    assert lines["MJU"]["result"] == "applied"
    assert lines["SKM"]["result"] == lines["CBD"]["result"] == "elsewhere"
    assert lines["SKM"]["receiver"] == "SKM"
    # in words: nothing "rejected", and the others are said to stay on the stick
    assert main(["--db", villages["SKM"], "sync", "import", str(stick)]) == 0
    out = capsys.readouterr().out
    assert "0 rejected" in out and "Not imported" not in out
    assert "2 bundles for other libraries left on the stick for them." in out
    # the same stick read again the next day: its own is already in, the others still left alone
    assert main(["--db", villages["SKM"], "sync", "import", str(stick), "--json"]) == 0
    assert sorted(line["result"] for line in json.loads(capsys.readouterr().out)) == \
        ["already", "elsewhere", "elsewhere"]
    # a bundle for another village chosen on its own is still refused, with why
    other = next(stick.glob("pustaka-DIN-to-CBD-*.zip"))
    assert main(["--db", villages["SKM"], "sync", "import", str(other)]) == 1
    assert "addressed to another library (CBD)" in capsys.readouterr().out


def test_a_stick_with_no_bundle_for_this_village_says_so(tmp_path, capsys, office):
    district, villages = office
    stick = tmp_path / "stick"
    stick.mkdir()
    for code in ("SKM", "CBD"):
        assert main(["--db", district, "--user", "admin", "sync", "export", "--to", code, "-o", str(stick)]) == 0
    capsys.readouterr()
    assert main(["--db", villages["MJU"], "sync", "import", str(stick)]) == 0
    out = capsys.readouterr().out
    assert "None of them is for this library" in out
    assert "pustaka-DIN-to-SKM" not in out  # the others' bundles are counted, not listed one by one


SHIPMENT = ("judul,pengarang,isbn,penerbit,tahun,jumlah,harga\n"
            "Laskar Pelangi,Andrea Hirata,9789793062792,Bentang Pustaka,2005,2,75000\n"
            "Bumi Manusia,Pramoedya Ananta Toer,,Hasta Mitra,1980,1,60000\n")


def test_one_shipment_list_for_every_village_arrives_once_each_even_when_the_stick_is_read_twice(
        tmp_path, capsys, office):
    district, villages = office
    shipment = tmp_path / "hibah.csv"
    shipment.write_text(SHIPMENT, encoding="utf-8")
    assert main(["--db", district, "--user", "admin", "district", "grant", "create", "--all-villages",
                 "--name", "Hibah Perpusnas 2026", str(shipment)]) == 0
    assert "The same package for 3 villages" in capsys.readouterr().out
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["--db", district, "--user", "admin", "sync", "export", "--all", "-o", str(stick)]) == 0
    capsys.readouterr()
    for db in villages.values():
        assert main(["--db", db, "sync", "import", str(stick), "--json"]) == 0
        first = [grant for line in json.loads(capsys.readouterr().out) for grant in line["grants"]]
        assert first == [{"name": "Hibah Perpusnas 2026", "copies": 3}]
        assert main(["--db", db, "sync", "import", str(stick), "--json"]) == 0  # the librarian tries again
        assert [grant for line in json.loads(capsys.readouterr().out) for grant in line["grants"]] == []
        assert main(["--db", db, "stats"]) == 0
        counts = dict(line.split() for line in capsys.readouterr().out.splitlines())
        assert counts["item"] == "3" and counts["record"] == "2"


def test_a_shipment_for_a_village_not_enrolled_writes_no_package_for_the_others(tmp_path, capsys, office):
    district, _villages = office
    shipment = tmp_path / "hibah.csv"
    shipment.write_text(SHIPMENT, encoding="utf-8")
    assert main(["--db", district, "--user", "admin", "district", "grant", "create", "--to", "SKM,XYZ",
                 "--name", "Hibah 2026", str(shipment)]) == 1
    assert "XYZ" in capsys.readouterr().err
    assert main(["--db", district, "--user", "admin", "district", "grant", "list"]) == 0
    assert "Hibah 2026" not in capsys.readouterr().out


def test_a_bundle_named_with_a_code_this_village_had_before_is_still_read(tmp_path, capsys, office):
    """The file name is only a first look: a bundle whose manifest is addressed here goes in, whatever it is called."""
    district, villages = office
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["--db", district, "--user", "admin", "sync", "export", "--to", "MJU", "-o", str(stick)]) == 0
    written = next(stick.glob("pustaka-DIN-to-MJU-*.zip"))
    written.rename(stick / written.name.replace("-to-MJU-", "-to-MJ1-"))
    capsys.readouterr()
    assert main(["--db", villages["MJU"], "sync", "import", str(stick), "--json"]) == 0
    assert [line["result"] for line in json.loads(capsys.readouterr().out)] == ["applied"]
