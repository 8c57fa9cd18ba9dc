"""Someone guessing passwords and PINs, a volunteer browsing members, and spreadsheet cells that
would run as formulas (issue 14)."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from pustaka_desktop.cli import main as cli_main  # noqa: I001
from pustaka_desktop.core import auth, cells
from pustaka_desktop.core.catalog import records
from pustaka_desktop.core.catalog.copies import add_item
from pustaka_desktop.core.community import member_privacy, members
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.interop import importer, slims, slims_members, spreadsheet
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store.models import AuditLog, MemberType, ReviewFlag


@pytest.fixture(autouse=True)
def _language_restored():
    """The CLI runs here with --lang en; the tests after these must not inherit its language."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from pustaka_desktop import i18n
    from pustaka_desktop.core import formatting

    translators, language, locale = list(i18n._installed), formatting._display_language[0], QLocale()
    yield
    for new in i18n._installed:
        QCoreApplication.removeTranslator(new)
    i18n._installed[:] = translators
    for old in translators:
        QCoreApplication.installTranslator(old)
    formatting.set_display_language(language)
    QLocale.setDefault(locale)

# --- guessing -------------------------------------------------------------------------------------


def test_wrong_passwords_get_a_growing_wait_then_a_lock_that_survives_a_restart(lib, clock):
    for _ in range(auth.FREE_TRIES):
        with pytest.raises(PermissionDenied, match="Wrong user name"):
            auth.login(lib, "pustakawan", "tebakan")
    # now even the right password must wait, and the wait grows
    with pytest.raises(PermissionDenied, match="Wait 2 seconds"):
        auth.login(lib, "pustakawan", "rahasia1")
    clock.advance(seconds=2)
    with pytest.raises(PermissionDenied, match="Wrong user name"):
        auth.login(lib, "pustakawan", "tebakan")
    with pytest.raises(PermissionDenied, match="Wait 4 seconds"):
        auth.login(lib, "pustakawan", "tebakan")
    for _ in range(auth.LOCK_AFTER):
        clock.advance(seconds=auth.MAX_DELAY_S)
        try:
            auth.login(lib, "pustakawan", "tebakan")
        except PermissionDenied:
            pass
    # locked: closing and opening the library again changes nothing
    path = lib.path
    lib.close()
    again = Library.open(path, clock)
    with again.bound(), pytest.raises(PermissionDenied, match="locked for 15 minutes"):
        auth.login(again, "pustakawan", "rahasia1")
    clock.advance(minutes=auth.LOCK_MINUTES)
    with again.bound():
        assert auth.login(again, "pustakawan", "rahasia1").username == "pustakawan"
        actions = {a.action for a in AuditLog.select()}
        assert {"login.failed", "login.throttled", "login.locked"} <= actions
        # the right password cleared the count: one typo later is just a typo
        with pytest.raises(PermissionDenied, match="Wrong user name"):
            auth.login(again, "pustakawan", "tebakan")
        assert auth.login(again, "pustakawan", "rahasia1")
    again.close()


def test_pins_are_throttled_and_a_password_is_not_a_pin(lib, librarian, clock):
    assert auth.librarian_by_pin(lib, "1234").username == "pustakawan"
    with pytest.raises(PermissionDenied):
        auth.librarian_by_pin(lib, "rahasia1")  # the password, typed where the kiosk's patron sees it
    for _ in range(auth.FREE_TRIES - 1):
        with pytest.raises(PermissionDenied, match="not a librarian's PIN"):
            auth.librarian_by_pin(lib, "0000")
    with pytest.raises(PermissionDenied, match="Wait"):
        auth.librarian_by_pin(lib, "1234")
    clock.advance(minutes=1)
    assert auth.librarian_by_pin(lib, "1234").username == "pustakawan"


def test_guesses_at_the_kiosk_are_counted_apart_from_the_desk_and_an_empty_box_is_no_guess(lib, librarian, clock):
    """The kiosk shares the library file with the desk: a child's guesses there locked the desk's overrides."""
    for _ in range(5):
        with pytest.raises(ValidationError, match="Type a librarian's PIN"):
            auth.librarian_by_pin(lib, "  ", auth.KIOSK_PIN)
    assert auth.wait_seconds(lib, auth.KIOSK_PIN) == 0
    for _ in range(auth.LOCK_AFTER):
        clock.advance(seconds=auth.MAX_DELAY_S)
        with pytest.raises(PermissionDenied, match="not a librarian's PIN"):
            auth.librarian_by_pin(lib, "0000", auth.KIOSK_PIN)
    with pytest.raises(PermissionDenied, match="locked for 15 minutes"):
        auth.librarian_by_pin(lib, "1234", auth.KIOSK_PIN)
    assert auth.librarian_by_pin(lib, "1234").username == "pustakawan"  # the desk's override
    assert {"pin.failed", "pin.throttled"} <= {a.action for a in AuditLog.select()}


def test_a_refused_action_is_audited(lib, volunteer, tmp_path):
    with pytest.raises(PermissionDenied):
        slims_members.export_members(lib, volunteer, tmp_path / "semua.csv")
    entry = AuditLog.select().where(AuditLog.action == "denied").order_by(AuditLog.id.desc()).first()
    assert entry.username == "relawan" and json.loads(entry.detail)["attempted"] == "members.export"
    assert not (tmp_path / "semua.csv").exists()


# --- a volunteer sees one member at a time ------------------------------------------------------------


@pytest.fixture
def crowd(lib, librarian):
    kind = MemberType.select().first().name
    for n in range(25):
        members.register(lib, librarian, name=f"Warga Sukamaju {n:02d}", member_type=kind, phone=f"0812345678{n:02d}",
                         nik=f"32730101010100{n:02d}", address=f"Jl. Melati {n}", birth_date="2001-02-03",
                         allow_duplicate=True)


def test_a_volunteer_gets_no_list_and_no_personal_data(lib, librarian, volunteer, crowd):
    with pytest.raises(ValidationError, match="one at a time"):
        member_privacy.search_for(lib, volunteer, "")
    page = member_privacy.search_for(lib, volunteer, "Warga", limit=100_000)
    assert len(page.rows) == member_privacy.VOLUNTEER_PAGE
    for row in page.rows:
        assert row.nik == "" and row.address == "" and row.birth_date is None
        assert row.phone.endswith(row.phone[-3:]) and "0812" not in row.phone
    full = member_privacy.search_for(lib, librarian, "", limit=100)
    assert len(full.rows) == 25 and full.rows[0].nik.startswith("3273")


def test_the_cli_json_follows_the_same_rule(lib, librarian, volunteer, crowd, capsys, monkeypatch):
    lib.checkpoint()
    monkeypatch.setenv("PUSTAKA_PASSWORD", "relawan1")
    base = ["--db", str(lib.path), "--lang", "en", "--user", "relawan"]
    assert cli_main([*base, "member", "search", "--json", "--limit", "100000"]) == 1
    assert "one at a time" in capsys.readouterr().err
    assert cli_main([*base, "member", "search", "Warga", "--json", "--limit", "100000"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found["members"]) == member_privacy.VOLUNTEER_PAGE
    number = found["members"][0]["number"]
    assert cli_main([*base, "member", "show", number, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["nik"] == "" and shown["address"] == "" and shown["birth_date"] is None
    assert "0812" not in shown["phone"]


# --- formulas -------------------------------------------------------------------------------------------

HOSTILE = ['=HYPERLINK("http://contoh.test/x","Klik")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
           "-2+3+cmd|' /C calc'!A0", "\t=1+1"]


def test_formula_looking_text_is_neutralised_but_numbers_and_phones_are_not():
    for text in HOSTILE:
        assert cells.neutralise(text) == "'" + text
    for plain in ("-5", "+62 812-3456-789", "-12,5", "2024-01-05", "Laskar Pelangi", "-", 42, None):
        assert cells.neutralise(plain) == plain


def test_exports_never_write_a_live_formula(lib, librarian, tmp_path):
    for n, title in enumerate(HOSTILE):
        saved = records.add_record(lib, librarian, title=title)
        add_item(lib, librarian, saved.record, barcode=f"F{n:03d}")
    members.register(lib, librarian, name=HOSTILE[0], member_type=MemberType.select().first().name,
                     phone="+62 812-3456-789")
    slims_members.export_members(lib, librarian, tmp_path / "anggota.csv")
    with open(tmp_path / "anggota.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    cells_written = [c for row in rows for c in row]
    assert "'" + HOSTILE[0] in cells_written and "08123456789" in cells_written
    assert not any(c and c[0] in "=+-@\t" for c in cells_written)

    path = tmp_path / "katalog.xlsx"
    spreadsheet.export_xlsx(lib, librarian, path)
    book = load_workbook(path)
    for row in book.active.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.value

    slims.export_biblio(lib, librarian, tmp_path / "biblio.csv")
    text = (tmp_path / "biblio.csv").read_text(encoding="utf-8")
    assert '"=HYPERLINK' not in text


def test_an_import_flags_formula_looking_cells_for_review(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text('judul,pengarang,barkode\n"=HYPERLINK(""http://contoh.test"",""Buku"")",Ani,B001\n'
                    'Laskar Pelangi,"+cmd|\' /C calc\'!A0",B002\nBumi Manusia,Pramoedya,B003\n', encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    flags = list(ReviewFlag.select().where(ReviewFlag.reason == "formula"))
    assert sorted(f.value for f in flags) == sorted(['=HYPERLINK("http://contoh.test","Buku")',
                                                     "+cmd|' /C calc'!A0"])
