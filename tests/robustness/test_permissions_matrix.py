"""Every action in auth.PERMISSIONS, called through the real core function as a librarian and as a
volunteer: the outcome (allowed / refused with PermissionDenied) must match the table. "Allowed" means
the permission gate let the call through; a rule may still say no (a ValidationError for a fine that
is not owed is fine), but never a PermissionDenied.

Actions listed in NOT_CHECKED_IN_CORE have no core function that checks them (the GUI hides the page
or the CLI checks); when an area adds a core check, move the action into ROWS.
"""

import csv
from datetime import timedelta

import pytest

from pustaka_desktop.core import audit_log, auth, demo, session
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog import stocktake
from pustaka_desktop.core.catalog.copies import set_item_status
from pustaka_desktop.core.circulation import desk_undo, fines, holds, holidays
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.community import members, programs, visits
from pustaka_desktop.core.errors import PermissionDenied, PustakaError
from pustaka_desktop.core.store import backup, health
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan, Member, Record, Visit

NOT_CHECKED_IN_CORE = {
    "reports.view": "the statistics dashboard reads counts only; the page is listed by this permission",
}


class Env:
    def __init__(self, lib, librarian, tmp_path):
        self.lib, self.tmp = lib, tmp_path
        demo.generate(lib, "tiny", seed=2)
        self.member = Member.select().where(Member.deleted == False).order_by(Member.id).first()  # noqa: E712
        self.available = (Item.select().where((Item.status == "available") & (Item.deleted == False))  # noqa: E712
                          .order_by(Item.id))
        on_loan = Loan.select().where(Loan.returned_at.is_null()).order_by(Loan.id)
        self.on_loan = [Item.get_by_id(loan.item_id) for loan in on_loan.limit(4)]
        self.record = Record.select().order_by(Record.id).first()
        self.empty_record = store.insert(lib, Record, title="Tanpa Eksemplar")
        self.program = programs.create_program(lib, librarian, name="Klub Baca Uji")
        self.blocked = Member.select().where(Member.deleted == False).order_by(Member.id).offset(1).first()  # noqa: E712
        members.block(lib, librarian, self.blocked, "buku rusak")  # lending to them needs an override
        self.stocktake = stocktake.start(lib, librarian)
        self.members_csv = tmp_path / "anggota.csv"
        from pustaka_desktop.core.interop import slims_members

        slims_members.export_members(lib, librarian, self.members_csv)
        self.slims_backup = tmp_path / "backup_20260101_100000.sql"  # a visitor book line of SLiMS's
        self.slims_backup.write_text("-- mysqldump-php https://github.com/ifsnop/mysqldump-php\n"
                                     "INSERT INTO `visitor_count` VALUES (1,NULL,'Tamu Uji','','2026-01-02 10:00:00');\n",
                                     encoding="utf-8")
        self.catalog_csv = tmp_path / "katalog.csv"
        with open(self.catalog_csv, "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([["title", "barcode"], ["Buku Impor Uji", "IMP0001"]])

    def item(self, n):
        return self.available.offset(n).first()


def _market_day(env):
    return env.lib.clock.now().date() + timedelta(days=30)


# action -> call(env, by). Each call is the real core function a page or command uses.
ROWS = {
    "catalog.view": lambda e, by: __import__("pustaka_desktop.core.catalog.accession_register", fromlist=["rows"]).rows(
        e.lib, by, limit=5),
    "catalog.edit": lambda e, by: catalog.add_record(e.lib, by, title="Judul Uji Izin"),
    "catalog.withdraw": lambda e, by: set_item_status(e.lib, by, e.item(5), "lost"),
    "catalog.delete": lambda e, by: catalog.delete_record(e.lib, by, e.empty_record),
    "catalog.import": lambda e, by: __import__("pustaka_desktop.core.interop.importer", fromlist=["x"]).import_file(
        e.lib, by, "csv", e.catalog_csv, dry_run=True),
    "catalog.export": lambda e, by: __import__("pustaka_desktop.core.interop.marc_writer", fromlist=["x"]).export_marc(
        e.lib, by, e.tmp / f"katalog-{by.role}.mrc"),
    "circulation.checkout": lambda e, by: circulation.checkout(e.lib, by, e.member.number, e.item(0).barcode),
    "circulation.checkin": lambda e, by: circulation.checkin(e.lib, by, e.on_loan[0 if by.role == "volunteer"
                                                                                 else 1].barcode),
    "circulation.renew": lambda e, by: circulation.renew(e.lib, by, e.on_loan[2].barcode),
    "circulation.hold": lambda e, by: holds.place_hold(e.lib, by, e.member, e.record),
    "circulation.override": lambda e, by: circulation.checkout(e.lib, by, e.blocked.number, e.item(1).barcode,
                                                               override=True),
    "circulation.undo": lambda e, by: desk_undo.undo_last(e.lib, by),
    "circulation.rules": lambda e, by: holidays.add_holiday(e.lib, by, _market_day(e), name="Libur Uji"),
    "fines.pay": lambda e, by: fines.pay(e.lib, by, e.member, 500),
    "fines.waive": lambda e, by: fines.waive(e.lib, by, e.member, 500, "uji izin"),
    "members.view": lambda e, by: members.search(e.lib, "a"),
    "members.register": lambda e, by: members.register(e.lib, by, name=f"Anggota Baru {by.role}",
                                                       member_type=e.member.member_type, gender="F"),
    "members.renew": lambda e, by: members.renew_membership(e.lib, by, e.member),
    "members.edit": lambda e, by: members.update_member(e.lib, by, e.member, notes="diperiksa"),
    "members.delete": lambda e, by: members.delete_member(e.lib, by, Member.select().order_by(
        Member.id.desc()).first()),
    "members.export": lambda e, by: __import__("pustaka_desktop.core.interop.slims_members",
                                               fromlist=["x"]).export_members(e.lib, by, e.tmp / "m2.csv"),
    "circulation.import": lambda e, by: __import__("pustaka_desktop.core.interop.slims_history",
                                                   fromlist=["x"]).import_history(e.lib, by, e.slims_backup,
                                                                                  dry_run=True),
    "members.import": lambda e, by: __import__("pustaka_desktop.core.interop.member_import",
                                               fromlist=["x"]).import_members(e.lib, by, e.members_csv,
                                                                              dry_run=True),
    "visits.record": lambda e, by: visits.record_guest(e.lib, by, gender="F", age_band="19-35"),
    "visits.correct": lambda e, by: visits.remove_visit(e.lib, by, Visit.select().where(
        Visit.deleted == False).first()),  # noqa: E712
    "programs.attendance": lambda e, by: programs.enrol_guest(e.lib, by, e.program, gender="M", age_band="7-12"),
    "programs.edit": lambda e, by: programs.create_program(e.lib, by, name=f"Program {by.role}"),
    "printing.print": lambda e, by: __import__("pustaka_desktop.core.printing.cards", fromlist=["x"]).print_cards(
        e.lib, by, [e.member], str(e.tmp / f"kartu-{by.role}.pdf")),
    "reports.export": lambda e, by: (lambda r: r.save(e.lib, by, r.iplm_data(e.lib, 2026),
                                                      str(e.tmp / f"laporan-{by.role}.csv")))(
        __import__("pustaka_desktop.core.reports", fromlist=["x"])),
    "stocktake.scan": lambda e, by: stocktake.scan(e.lib, by, e.stocktake, e.item(2).barcode),
    "stocktake.manage": lambda e, by: stocktake.finish(e.lib, by, e.stocktake),
    "settings.edit": lambda e, by: session.set_idle_minutes(e.lib, by, 15),
    "staff.manage": lambda e, by: auth.add_staff(e.lib, by, f"baru{by.role[:3]}", "rahasia9", auth.VOLUNTEER),
    "sync.manage": lambda e, by: __import__("pustaka_desktop.core.sync.enrolment", fromlist=["x"]).make_request(
        e.lib, by, e.tmp / f"minta-{by.role}.json"),
    "backup.restore": lambda e, by: backup.restore(e.lib, by, e.tmp / "tidak-ada.sqlite3"),
    "backup.create": lambda e, by: backup.backup_to(e.lib, by, e.tmp),
    "clock.confirm": lambda e, by: health.confirm_clock(e.lib, by),
    "audit.view": lambda e, by: audit_log.page(e.lib, by),
}


def _outcome(call, env, by) -> str:
    try:
        call(env, by)
    except PermissionDenied:
        return "refused"
    except PustakaError:
        return "allowed"  # past the permission gate; a rule said no
    return "allowed"


def test_every_action_has_a_row():
    missing = set(auth.PERMISSIONS) - set(ROWS) - set(NOT_CHECKED_IN_CORE)
    assert not missing, f"actions without a row in the permissions matrix: {sorted(missing)}"
    assert not set(ROWS) - set(auth.PERMISSIONS), "rows for actions that no longer exist"


def test_permissions_matrix(lib, librarian, volunteer, tmp_path):
    env = Env(lib, librarian, tmp_path)
    wrong = []
    for action, call in ROWS.items():
        for by in (volunteer, librarian):  # the volunteer first: a refused call must leave things as they were
            expected = "allowed" if by.role in auth.PERMISSIONS[action] else "refused"
            got = _outcome(call, env, by)
            if got != expected:
                wrong.append(f"{action} as {by.role}: {got}, expected {expected}")
    assert wrong == []


@pytest.mark.parametrize("action", sorted(NOT_CHECKED_IN_CORE))
def test_unchecked_actions_are_still_known_to_the_table(action):
    assert action in auth.PERMISSIONS
