"""What a partner does in a programme (the PKK brings the mothers, the puskesmas sends a speaker): asked, kept,
and in the TPBIS report's partner table. The role was kept since the first plan, but nothing asked or showed it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from pustaka_desktop.cli import main
from pustaka_desktop.core.community import partner_roles, programs
from pustaka_desktop.core.reports import parse_period, tpbis_data
from pustaka_desktop.core.reports.documents import tpbis_tables
from pustaka_desktop.core.service import Library

WIB = timezone(timedelta(hours=7))
MARCH = parse_period("2026-03-01..2026-03-31")


def test_each_partners_role_reaches_the_tpbis_report(lib, librarian):
    sewing = programs.create_program(lib, librarian, name="Kursus menjahit", kind="skills")
    phones = programs.create_program(lib, librarian, name="Jualan lewat WhatsApp", kind="digital")
    for programme in (sewing, phones):
        programs.add_session(lib, librarian, programme, starts_at=datetime(2026, 3, 1, 9, 0, tzinfo=WIB))  # held: the day before
    pkk = programs.add_partner(lib, librarian, name="PKK Desa Sukamaju", kind="pkk")
    bumdes = programs.add_partner(lib, librarian, name="BUMDes Makmur", kind="company")
    school = programs.add_partner(lib, librarian, name="SDN 1", kind="school")
    programs.link_partner(lib, librarian, sewing, pkk, "Menggerakkan peserta")
    programs.link_partner(lib, librarian, phones, pkk, " Tempat kegiatan ")
    programs.link_partner(lib, librarian, phones, bumdes, "Dana, konsumsi")
    programs.link_partner(lib, librarian, sewing, school)  # no role given

    assert partner_roles.roles_of(phones) == {pkk.id: "Tempat kegiatan", bumdes.id: "Dana, konsumsi"}
    data = tpbis_data(lib, MARCH)
    roles = {p["name"]: p["roles"] for p in data["programmes"]["partners"]}
    assert roles == {"PKK Desa Sukamaju": "Menggerakkan peserta, Tempat kegiatan", "BUMDes Makmur": "Dana, konsumsi",
                     "SDN 1": ""}
    [table] = [t for section in tpbis_tables(data) for t in section.tables if t.title == "Partners"]
    assert table.columns[:3] == ["Partner", "Type", "Role"]
    assert {row[0]: row[2] for row in table.rows}["SDN 1"] == "-"


def test_the_cli_links_a_known_partner_with_its_role(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    db = str(tmp_path / "desa.sqlite3")

    def run(*argv):
        return main(["--lang", "en", "--db", db, "--user", "admin", *argv])

    assert main(["--lang", "en", "--db", db, "init", "--library-name", "Perpustakaan Desa Sukamaju",
                 "--library-code", "SKM", "--librarian", "admin"]) == 0
    assert run("program", "add", "--name", "Klub Buku", "--kind", "book_club") == 0
    assert run("program", "partner", "--name", "Puskesmas Cibeureum", "--kind", "health_post") == 0
    assert run("program", "partner", "--name", "puskesmas cibeureum", "--program", "Klub Buku",
               "--role", "Narasumber") == 0
    assert "Puskesmas Cibeureum linked to Klub Buku" in capsys.readouterr().out
    lib = Library.open(Path(db))
    try:
        [programme] = programs.list_programs(lib)
        assert list(partner_roles.roles_of(programme).values()) == ["Narasumber"]
    finally:
        lib.close()
