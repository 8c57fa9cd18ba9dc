import csv
from datetime import date

import pytest
from openpyxl import load_workbook

from pustaka_desktop.core import audit_log, auth
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.store.models import AuditLog


def _history(lib, librarian, clock):
    auth.audit(lib, librarian, "catalog.delete", "record", "r-1", title="Atlas")
    clock.advance(days=1)
    auth.audit(lib, "relawan", "circulation.override", "loan", "l-1", reason="limit")
    clock.advance(days=1)
    auth.audit(lib, librarian, "fines.waive", "member", "m-1", amount=5000)


def test_filters_by_date_user_and_action(lib, librarian, clock):
    _history(lib, librarian, clock)
    everything = audit_log.count(lib, librarian)
    assert everything >= 4  # plus the account creation at set-up
    rows = audit_log.page(lib, librarian, audit_log.AuditFilter(username="relawan"))
    assert [r.action for r in rows] == ["circulation.override"]
    day2 = audit_log.AuditFilter(since=date(2026, 3, 3), until=date(2026, 3, 3))
    assert [r.action for r in audit_log.page(lib, librarian, day2)] == ["circulation.override"]
    assert [r.action for r in audit_log.page(lib, librarian, audit_log.AuditFilter(action="fines.waive"))] == [
        "fines.waive"]
    assert audit_log.page(lib, librarian)[0].action == "fines.waive"  # newest first
    assert "amount: 5000" in audit_log.page(lib, librarian)[0].detail_text()
    assert "relawan" in audit_log.users(lib, librarian)
    assert "catalog.delete" in audit_log.actions(lib, librarian)
    with pytest.raises(ValidationError):
        audit_log.page(lib, librarian, audit_log.AuditFilter(since=date(2026, 3, 5), until=date(2026, 3, 1)))


def test_export_csv_and_xlsx_hold_the_filtered_rows_and_are_audited(lib, librarian, clock, tmp_path):
    _history(lib, librarian, clock)
    auth.audit(lib, "=HYPERLINK(1)", "login.failed")
    n = audit_log.export(lib, librarian, tmp_path / "audit.csv", audit_log.AuditFilter(action="fines.waive"))
    assert n == 1
    with open(tmp_path / "audit.csv", encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:3] == ["Time", "User", "Action"] and lines[1][2] == "fines.waive"
    audit_log.export(lib, librarian, tmp_path / "audit.xlsx")
    sheet = load_workbook(tmp_path / "audit.xlsx").active
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert any(row[2] == "circulation.override" for row in values)
    assert all(not str(cell or "").startswith("=") for row in values for cell in row)
    assert AuditLog.select().where(AuditLog.action == "audit.export").count() == 2


def test_volunteers_cannot_read_the_audit_log(lib, volunteer, tmp_path):
    with pytest.raises(PermissionDenied):
        audit_log.page(lib, volunteer)
    with pytest.raises(PermissionDenied):
        audit_log.export(lib, volunteer, tmp_path / "a.csv")
    assert not (tmp_path / "a.csv").exists()
