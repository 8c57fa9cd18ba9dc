"""No password, PIN or private key in logs, exports, bundles, enrolment files or audit entries (nor a
password hash anywhere it could leave the PC): a test that does the everyday things, then greps every
file the app wrote (zip members and xlsx sheets unpacked first)."""

import base64
import logging
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from pustaka_desktop.core import audit_log, auth, demo, profile, session
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store.models import AuditLog, Staff

PASSWORD = "Kunci-Rahasia-7731"
PIN = "908172"
VOLUNTEER_PASSWORD = "Sandi-Relawan-4410"
VOLUNTEER_PIN = "553201"
NEW_PASSWORD = "Ganti-Sandi-2290"


def _texts(path: Path) -> list[bytes]:
    """The bytes to search in one output file: zip-based files (bundles, xlsx) member by member."""
    data = path.read_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            return [zf.read(name) for name in zf.namelist()] + [data]
    return [data]


def _needles(lib: Library) -> dict[str, bytes]:
    needles = {"password": PASSWORD.encode(), "pin": PIN.encode(), "volunteer password": VOLUNTEER_PASSWORD.encode(),
               "volunteer pin": VOLUNTEER_PIN.encode(), "new password": NEW_PASSWORD.encode()}
    for staff in Staff.select():
        needles[f"hash of {staff.username}"] = staff.password_hash.encode()
        if staff.pin_hash:
            needles[f"pin hash of {staff.username}"] = staff.pin_hash.encode()
    return needles


def _key_needles(lib: Library) -> dict[str, bytes]:
    from pustaka_desktop.core.sync import keys

    private = keys._private(lib)
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    body = b"".join(pem.splitlines()[1:-1])
    return {"private key (raw)": raw, "private key (base64)": base64.b64encode(raw),
            "private key (hex)": raw.hex().encode(), "private key (PEM body)": body}


def test_no_secret_leaves_in_logs_exports_bundles_or_audit(tmp_path, clock, caplog):
    caplog.set_level(logging.DEBUG)
    # peewee's own DEBUG log prints every SQL statement with its values (hashes, members' data): the app
    # logs at INFO (gui/logs.py) and must never switch it on
    caplog.set_level(logging.INFO, logger="peewee")
    out = tmp_path / "usb"
    out.mkdir()
    lib = Library.open(tmp_path / "lib.sqlite3", clock)
    profile.init_library(lib, name="Perpustakaan Rahasia", code="RHS", librarian="siti", password=PASSWORD,
                         pin=PIN)
    demo.generate(lib, "tiny", seed=4)
    siti = auth.login(lib, "siti", PASSWORD)
    relawan = auth.add_staff(lib, siti, "relawan", VOLUNTEER_PASSWORD, auth.VOLUNTEER, pin=VOLUNTEER_PIN)

    # everyday things that handle secrets, including mistakes
    for wrong in (PASSWORD + "x", VOLUNTEER_PASSWORD, PIN):
        try:
            auth.login(lib, "siti", wrong)
        except PustakaError:
            pass
    try:
        auth.librarian_by_pin(lib, VOLUNTEER_PIN)
    except PustakaError:
        pass
    clock.advance(minutes=2)  # (the wrong log-ins above make the next try wait)
    session.unlock(lib, relawan, PIN)
    session.unlock(lib, siti, PIN)
    auth.reset_secret(lib, siti, relawan, password=NEW_PASSWORD)

    # everything that can leave the PC
    from pustaka_desktop.core.interop import marc_writer, slims, slims_members, spreadsheet

    slims_members.export_members(lib, siti, out / "members.csv")
    slims.export_biblio(lib, siti, out / "biblio.csv")
    slims.export_items(lib, siti, out / "items.csv")
    marc_writer.export_marc(lib, siti, out / "records.xml", xml=True)
    spreadsheet.export_xlsx(lib, siti, out / "katalog.xlsx")
    audit_log.export(lib, siti, out / "audit.csv")
    audit_log.export(lib, siti, out / "audit.xlsx")

    from pustaka_desktop.core.sync import enrolment, export

    district = Library.open(tmp_path / "district.sqlite3", clock)
    with district.bound():
        profile.init_library(district, name="Dinas Perpustakaan", code="DIS", librarian="dinas", password="rahasia1",
                             kind="district")
        dinas = auth.login(district, "dinas", "rahasia1")
    with lib.bound():
        enrolment.make_request(lib, siti, out / "request.json")
    with district.bound():
        enrolment.accept_request(district, dinas, out / "request.json", out / "answer.json")
    with lib.bound():
        enrolment.finish(lib, siti, out / "answer.json")
        export.export_bundle(lib, siti, district.site_id, out)
        needles = {**_needles(lib), **_key_needles(lib)}
        audit_text = "\n".join(f"{e.username} {e.action} {e.entity_uid} {e.detail}" for e in AuditLog.select())
        copy = backup.backup_to(lib, siti, tmp_path)
    district.close()

    outputs = sorted(p for p in out.iterdir() if p.is_file())
    assert {p.suffix for p in outputs} >= {".csv", ".xml", ".xlsx", ".json", ".zip"}
    leaks = []
    for path in outputs:
        for chunk in _texts(path):
            leaks += [f"{name} in {path.name}" for name, needle in needles.items() if needle in chunk]
    log_text = "\n".join(record.getMessage() for record in caplog.records).encode()
    leaks += [f"{name} in the log" for name, needle in needles.items() if needle in log_text]
    leaks += [f"{name} in the audit log" for name, needle in needles.items() if needle in audit_text.encode()]
    # a backup is a full copy of the database: hashes are in it by design, but never a plain secret or the key
    plain = {k: v for k, v in needles.items() if "hash" not in k}
    leaks += [f"{name} in the backup" for name, needle in plain.items() if needle in copy.read_bytes()]
    assert leaks == []
    # the search really sees inside packed files (xlsx sheets, bundle members)
    assert any(b"login.failed" in chunk for chunk in _texts(out / "audit.xlsx"))
    assert any(b"Perpustakaan Rahasia" in chunk for chunk in _texts(next(out.glob("*.zip"))))
    assert "login.failed" in audit_text and "unlock.failed" in audit_text  # the mistakes were recorded
    lib.close()
