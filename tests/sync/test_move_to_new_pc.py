"""Moving a village library to a new PC ("Pindahkan ke PC lain", issue 14): one file carries the whole
library and its sync key; the new PC syncs as the same library, the old one no longer does."""

from __future__ import annotations

import platform
import zipfile

import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core import auth
from pustaka_desktop.core.errors import Conflict, Refused, ValidationError
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import move
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Loan, Member, MemberType, Record
from pustaka_desktop.core.sync import export, keys

from .sync_helpers import Site, enrol

START = "2026-03-02T09:00:00+07:00"


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


def test_the_new_pc_syncs_as_the_same_library_and_the_old_one_stops(tmp_path, monkeypatch):
    district = Site(tmp_path, "dinas", "DIN", FixedClock(START), district=True)
    village = Site(tmp_path, "desa", "DSA", FixedClock(START))
    enrol(village, district, tmp_path)
    with village:
        record = store.insert(village.lib, Record, title="Buku Desa")
        member = store.insert(village.lib, Member, number="M1", name="Ani", member_type=MemberType.select().first().id,
                              registered_on=village.clock.now().date(), expires_on=village.clock.now().date())
        from pustaka_desktop.core.store.models import Item

        item = store.insert(village.lib, Item, record=record.id, barcode="B1")
        for _ in range(3):  # still in the write-ahead log when the librarian decides to move
            store.insert(village.lib, Loan, item=item.id, member=member.id, loaned_at=village.clock.now(),
                         due_on=village.clock.now().date())
    usb = tmp_path / "usb"
    usb.mkdir()
    with village:
        packed = move.pack(village.lib, village.staff, usb)
    with zipfile.ZipFile(packed) as zf:
        assert {"library.sqlite3", "keys/site.key", "keys/instance.json", "move.json"} <= set(zf.namelist())
        assert "PC lama" in zf.read(move.NOTE).decode()

    # the old PC refuses to sync from now on
    with village, pytest.raises(Refused) as refused:
        export.export_bundle(village.lib, village.staff, "DIN", village.stick)
    assert refused.value.reason == "moved-away"

    new_path = tmp_path / "pc-baru" / "pustaka.sqlite3"
    monkeypatch.setattr(platform, "node", lambda: "pc-baru")
    info = move.unpack(packed, new_path)
    assert info["code"] == "DSA"
    new = Library.open(new_path, FixedClock(START))
    with new.bound():
        assert new.site_id == village.lib.site_id
        assert Loan.select().count() == 3
        assert keys.instance_problem(new) == ""
        staff = auth.login(new, "admin", "rahasia1")
        bundle = export.export_bundle(new, staff, "DIN", tmp_path / "usb").path
    monkeypatch.undo()  # back at the district's PC
    result = district.import_file(bundle)
    assert result.result == "applied" and result.sender == "DSA"
    new.close()

    with pytest.raises(Conflict):  # never over an existing library
        move.unpack(packed, new_path)
    for site in (district, village):
        site.close()


def test_the_cli_moves_out_and_in(tmp_path, capsys):
    old = tmp_path / "lama.sqlite3"
    assert cli_main(["--db", str(old), "init", "--library-name", "Desa", "--library-code", "DSA", "--librarian",
                     "pustakawan", "--password", "rahasia1"]) == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli_main(["--db", str(old), "--lang", "en", "move-out", "-o", str(usb)]) == 0
    packed = next(usb.glob("pustaka-pindah-dsa-*.zip"))
    new = tmp_path / "baru" / "pustaka.sqlite3"
    assert cli_main(["--db", str(new), "--lang", "en", "move-in", str(packed)]) == 0
    assert "moved in" in capsys.readouterr().out
    assert cli_main(["--db", str(new), "--lang", "en", "move-in", str(packed)]) == 1  # not over a library
    junk = tmp_path / "bukan.zip"
    junk.write_bytes(b"PK\x03\x04 bukan zip")
    with pytest.raises(ValidationError):
        move.unpack(junk, tmp_path / "lain.sqlite3")
    assert not (tmp_path / "lain.sqlite3").exists()
