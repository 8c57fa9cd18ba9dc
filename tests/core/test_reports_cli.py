"""pustaka-cli visit / report / program on a tiny demo library."""

import json
import subprocess

from pustaka_desktop.cli import main


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_visits_reports_and_programmes_from_the_cli(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "demo", "--size", "tiny")[0] == 0
    code, out, _ = run(capsys, "--db", db, "visit", "today", "--json")
    before = json.loads(out)["count"]
    code, out, _ = run(capsys, "--db", db, "visit", "group", "--name", "Kelas 4", "--counts", "M=10,F=12,sd=22")
    assert code == 0 and "22 people" in out
    code, out, _ = run(capsys, "--db", db, "visit", "guest", "--gender", "F", "--age-band", "19-35")
    assert code == 0 and f"Visitors today: {before + 23}" in out
    code, _, err = run(capsys, "--db", db, "visit", "group", "--name", "X", "--counts", "M=10,F=2,sd=3")
    assert code == 1 and "do not agree" in err
    code, _, err = run(capsys, "--db", db, "visit", "member", "NOBODY")
    assert code == 1 and "NOBODY" in err

    code, out, _ = run(capsys, "--db", db, "report", "iplm", "--year", "2026", "--json")
    iplm = json.loads(out)
    assert code == 0 and iplm["titles"] == 60 and iplm["copies"] == 100 and iplm["programmes"] == 6
    pdf = tmp_path / "bulan.pdf"
    code, out, _ = run(capsys, "--db", db, "report", "monthly", "--month", "2026-10", "-o", str(pdf))
    assert code == 0 and pdf.exists()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "October 2026" in text and "Perpustakaan Desa Sukamaju".upper() in text
    xlsx = tmp_path / "tpbis.xlsx"
    code, _, _ = run(capsys, "--db", db, "report", "tpbis", "--from", "2026-01-01", "--to", "2026-12-31",
                     "-o", str(xlsx))
    assert code == 0 and xlsx.stat().st_size > 4000
    code, _, err = run(capsys, "--db", db, "report", "monthly", "--month", "2026", "-o", str(pdf))
    assert code == 1 and "not a month" in err

    code, out, _ = run(capsys, "--db", db, "program", "add", "--name", "Kelas Komputer", "--kind", "digital")
    assert code == 0
    code, _, _ = run(capsys, "--db", db, "program", "session", "Kelas Komputer", "--at", "2026-11-20 09:00")
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "program", "attend", "Kelas Komputer", "--session-date", "2026-11-20",
                       "SKM-A00001")
    assert code == 0 and "Present" in out
    code, out, _ = run(capsys, "--db", db, "program", "list", "--json")
    row = next(r for r in json.loads(out) if r["name"] == "Kelas Komputer")
    assert (row["sessions"], row["participants"], row["attendance"]) == (1, 1, 1)
