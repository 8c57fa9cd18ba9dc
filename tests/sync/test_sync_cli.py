"""The sync and district commands end to end, as a district office would run them."""

from __future__ import annotations

import json

from pustaka_desktop.cli import main


def test_enrol_export_import_status_and_report(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    village, district = str(tmp_path / "v.sqlite3"), str(tmp_path / "d.sqlite3")
    assert main(["--db", district, "init", "--library-name", "Dinas", "--library-code", "DIN", "--librarian", "admin",
                 "--password", "admin123", "--district"]) == 0
    assert main(["--db", village, "init", "--library-name", "Desa Uji", "--library-code", "UJI", "--librarian",
                 "admin", "--password", "admin123"]) == 0
    assert main(["--db", village, "sync", "enrol-request", "-o", str(tmp_path / "req.json")]) == 0
    assert main(["--db", district, "sync", "enrol-accept", str(tmp_path / "req.json"), "-o",
                 str(tmp_path / "ans.json"), "--code", "UJI2"]) == 0
    assert main(["--db", village, "sync", "enrol-finish", str(tmp_path / "ans.json")]) == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    capsys.readouterr()
    assert main(["--db", village, "sync", "export", "--to", "DIN", "-o", str(usb)]) == 0
    assert "remove the USB stick" in capsys.readouterr().out
    assert main(["--db", district, "sync", "import", str(usb), "--json"]) == 0
    lines = json.loads(capsys.readouterr().out)
    assert [line["result"] for line in lines] == ["applied"]
    assert main(["--db", district, "sync", "import", str(usb), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["result"] == "already"
    (usb / "junk.zip").write_bytes(b"not a zip")
    assert main(["--db", district, "sync", "import", str(usb / "junk.zip")]) == 1
    assert "rejected" in capsys.readouterr().out
    assert main(["--db", district, "sync", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["peers"][0]["code"] == "UJI2" and status["peers"][0]["last_bundle_at"]
    assert main(["--db", district, "district", "report", "--year", "2026", "-o", str(tmp_path / "r.xlsx")]) == 0
    assert (tmp_path / "r.xlsx").stat().st_size > 0


def test_district_spreadsheet_never_runs_a_village_name_as_a_formula(tmp_path):
    # A village's name arrives in its own bundle; Excel must show it, never evaluate it.
    from openpyxl import load_workbook

    from pustaka_desktop.core.sync.stats import COLUMNS, VillageRow, write_xlsx

    hostile = VillageRow(site="s1", code="UJI9", name='=HYPERLINK("http://x","klik")', records=3)
    total = VillageRow(site="", code="", name="Jumlah", records=3)
    out = write_xlsx(tmp_path / "d.xlsx", [hostile], total, [h for _, h in COLUMNS], "IPLM 2026")
    sheet = load_workbook(out).active
    assert sheet["B3"].value == "'" + hostile.name
    assert sheet["C3"].value == 3  # numbers stay numbers
