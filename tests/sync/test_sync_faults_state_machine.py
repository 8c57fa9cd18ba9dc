"""Sync under the faults villages really meet (issue 14), as a state machine: a village backs up and
later restores an older backup, a PC's clock jumps ten years ahead (and back), bundles carry no
changes at all, and the district's inbox folder holds a zip with one flipped bit in its central
directory beside good bundles. Whatever the order:

- no loan the village still holds is ever counted as acknowledged without reaching the district
  (after everyone syncs, the district holds every loan of the village's database);
- the PC with the right clock can always lend: the wrong PC's stamps never move its clock;
- an empty bundle is imported like any other, and a folder import goes on past the damaged zip,
  reporting it as rejected and every good bundle as applied.
"""

from __future__ import annotations

import shutil
import struct
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.store import backup, health
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock, local_today
from pustaka_desktop.core.store.models import Item, Loan, Member, MemberType, Record, SyncException
from pustaka_desktop.core.sync import changes, hub

from .sync_helpers import Site, enrol

START = "2026-03-02T09:00:00+07:00"


def flip_central_directory_bit(source: Path, target: Path) -> None:
    """The "version needed to extract" field of the first central-directory entry, one bit flipped
    (what a worn USB stick does): ``zipfile`` then raises NotImplementedError, not BadZipFile."""
    raw = bytearray(source.read_bytes())
    end = raw.rfind(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<I", raw, end + 16)[0]
    assert raw[cd_offset:cd_offset + 4] == b"PK\x01\x02"
    raw[cd_offset + 6] ^= 0x40
    target.write_bytes(bytes(raw))


class FaultMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self):
        self.root = Path(tempfile.mkdtemp(prefix="pustaka-faults-"))
        self.real = FixedClock(START)  # what time it really is
        self.district = Site(self.root, "dinas", "DIN", FixedClock(START), district=True)
        self.village = Site(self.root, "desa", "DSA", FixedClock(START))  # the PC whose clock goes wrong
        self.good = Site(self.root, "baik", "BAK", FixedClock(START))  # a PC whose clock is always right
        for site in (self.village, self.good):
            enrol(site, self.district, self.root)
            with site:
                record = store.insert(site.lib, Record, title=f"Buku {site.code}")
                for n in range(6):
                    store.insert(site.lib, Item, record=record.id, barcode=f"{site.code}-{n}")
                mtype = MemberType.select().first()
                today = site.clock.now().date()
                store.insert(site.lib, Member, number=f"{site.code}-M1", name="Ani", member_type=mtype.id,
                             registered_on=today, expires_on=today + timedelta(days=365))
        self.backups: list[Path] = []
        self.inbox: list[Path] = []  # bundles waiting for the district
        self.outbox: dict[str, list[Path]] = {"DSA": [], "BAK": []}
        self.skewed = False
        self.counter = 0
        self.ready = True

    def teardown(self):
        if not hasattr(self, "district"):
            return
        try:
            if getattr(self, "ready", False):
                self.settle()
        finally:
            for site in (self.district, self.village, self.good):
                site.close()
            shutil.rmtree(self.root, ignore_errors=True)

    # --- time ---------------------------------------------------------------------------------------

    @rule(hours=st.integers(1, 30))
    def time_passes(self, hours):
        self.real.advance(hours=hours)
        for site in (self.district, self.good):
            site.clock.set(self.real.now())
        self.village.clock.set(self.real.now() + (timedelta(days=3652) if self.skewed else timedelta(0)))

    @rule(wrong=st.booleans())
    def village_clock(self, wrong):
        """The village PC's clock jumps ten years ahead (a BIOS typo), or is put right again."""
        self.skewed = wrong
        self.village.clock.set(self.real.now() + (timedelta(days=3652) if wrong else timedelta(0)))

    # --- desk work ----------------------------------------------------------------------------------

    def _lend_or_return(self, site: Site) -> None:
        with site:
            item = Item.select().where((Item.status == "available") & (Item.deleted == False)).first()  # noqa: E712
            if item is not None:
                now = site.clock.now()
                store.insert(site.lib, Loan, item=item.id, member=Member.select().first().id, loaned_at=now,
                             due_on=(now + timedelta(days=7)).date())
                store.update(site.lib, item, status="on_loan")
                return
            loan = Loan.select().where(Loan.returned_at.is_null()).first()
            store.update(site.lib, loan, returned_at=site.clock.now())
            store.update(site.lib, loan.item, status="available")

    @rule()
    def village_lends(self):
        self._lend_or_return(self.village)

    @rule()
    def good_village_lends(self):
        with self.good:
            assert health.clock_problem(self.good.lib) is None  # the wrong PC never stops this desk
            assert health.circulation_today(self.good.lib) == local_today(self.good.clock)
        self._lend_or_return(self.good)

    @rule(title=st.sampled_from(["Koreksi A", "Koreksi B"]))
    def village_edits_title(self, title):
        with self.village:
            record = Record.select().where(Record.deleted == False).first()  # noqa: E712
            store.update(self.village.lib, record, title=f"{title} {self.counter}")
        self.counter += 1

    # --- backups ------------------------------------------------------------------------------------

    @rule()
    def back_up(self):
        folder = self.root / f"usb-{self.counter}"
        folder.mkdir()
        self.counter += 1
        with self.village:
            self.backups.append(backup.backup_to(self.village.lib, self.village.staff, folder))

    @precondition(lambda self: self.backups)
    @rule(pick=st.integers(0, 20))
    def restore_old_backup(self, pick):
        source = self.backups[pick % len(self.backups)]
        with self.village:
            backup.restore(self.village.lib, self.village.staff, source)

    @rule(before=st.integers(1, 3), after=st.integers(1, 3))
    def restore_lend_then_old_acknowledgement(self, before, after):
        """The issue's story as one step, from whatever state the machine is in: back up, lend, sync
        both ways (the district's acknowledgement stays on the stick), restore that backup, lend
        again, then import the acknowledgement."""
        self.back_up()
        for _ in range(before):
            self._lend_or_return(self.village)
        self.district.import_file(self.village.export_to(self.district))
        acknowledgement = self.district.export_to(self.village)
        with self.village:
            backup.restore(self.village.lib, self.village.staff, self.backups[-1])
        for _ in range(after):
            self._lend_or_return(self.village)
        assert self.village.import_file(acknowledgement).result in ("applied", "already")

    # --- the USB stick --------------------------------------------------------------------------------

    @rule(good=st.booleans())
    def export_up(self, good):
        site = self.good if good else self.village
        self.inbox.append(site.export_to(self.district))

    @rule(good=st.booleans())
    def export_down(self, good):
        site = self.good if good else self.village
        self.outbox[site.code].append(self.district.export_to(site))

    @precondition(lambda self: self.inbox)
    @rule(pick=st.integers(0, 20), keep=st.booleans())
    def district_imports_one(self, pick, keep):
        path = self.inbox[pick % len(self.inbox)]
        result = self.district.import_file(path)
        assert result.result in ("applied", "already")
        if not keep:
            self.inbox.remove(path)

    @precondition(lambda self: any(self.outbox.values()))
    @rule(good=st.booleans(), pick=st.integers(0, 20))
    def village_imports(self, good, pick):
        site = self.good if good else self.village
        if not self.outbox[site.code]:
            return
        path = self.outbox[site.code][pick % len(self.outbox[site.code])]
        assert site.import_file(path).result in ("applied", "already")

    @rule()
    def empty_bundle_is_normal(self):
        """Two bundles in a row: the second carries no changes, and is applied without a word."""
        first = self.good.export_to(self.district)
        self.district.import_file(first)
        down = self.district.export_to(self.good)
        self.good.import_file(down)
        again = self.good.export_to(self.district)
        result = self.district.import_file(again)
        assert result.result == "applied"
        assert result.rows == 0

    @precondition(lambda self: self.inbox)
    @rule()
    def folder_with_a_damaged_zip(self):
        folder = self.root / f"inbox-{self.counter}"
        folder.mkdir()
        self.counter += 1
        flip_central_directory_bit(self.inbox[0], folder / "pustaka-DSA-to-DIN-00000000-rusak000.zip")
        good = [shutil.copy(path, folder / f"z-{n}-{path.name}") for n, path in enumerate(self.inbox)]
        with self.district:
            lines = hub.import_folder(self.district.lib, self.district.staff, folder)
        by_file = {line.file: line for line in lines}
        damaged = by_file["pustaka-DSA-to-DIN-00000000-rusak000.zip"]
        assert damaged.result == "rejected" and damaged.error is not None and damaged.error.message()
        assert damaged.sender == "DSA"
        assert all(by_file[Path(p).name].result in ("applied", "already") for p in good)
        self.inbox.clear()

    # --- what must always hold ------------------------------------------------------------------------

    @invariant()
    def right_clocks_are_never_dragged_ahead(self):
        if not hasattr(self, "district"):
            return
        for site in (self.district, self.good):
            with site:
                assert health.clock_problem(site.lib) is None

    def settle(self):
        for _ in range(2):
            for site in (self.village, self.good):
                self.district.import_file(site.export_to(self.district))
            for site in (self.village, self.good):
                site.import_file(self.district.export_to(site))
        for site in (self.village, self.good):
            with site:
                local = set(changes.dump_local(site.lib, full_members=False, entities=["loan"])["loan"])
            with self.district:
                remote = set(changes.dump_replica(site.lib.site_id, ["loan"])["loan"])
            assert local <= remote, f"loans of {site.code} never reached the district: {local - remote}"
        with self.district:
            if self.skewed or SyncException.select().where(SyncException.kind == "future-stamp").exists():
                pass  # reported when the wrong clock's stamps arrived (checked in the plain test below)


FaultMachine.TestCase.settings = settings(max_examples=8, stateful_step_count=14, deadline=None,
                                          suppress_health_check=[HealthCheck.too_slow])
TestFaultMachine = FaultMachine.TestCase


def test_a_single_damaged_bundle_is_refused_not_a_traceback(tmp_path):
    district = Site(tmp_path, "dinas", "DIN", FixedClock(START), district=True)
    village = Site(tmp_path, "desa", "DSA", FixedClock(START))
    enrol(village, district, tmp_path)
    bad = tmp_path / "rusak.zip"
    flip_central_directory_bit(village.export_to(district), bad)
    with pytest.raises(Refused) as refused:
        district.import_file(bad)
    assert refused.value.reason == "damaged"
    district.close()
    village.close()


def test_the_issue_restore_story(tmp_path):
    """The story from the issue, step by step: back up, lend, sync, restore, lend again, import the
    district's acknowledgement still on the stick - the new loans still reach the district."""
    district = Site(tmp_path, "dinas", "DIN", FixedClock(START), district=True)
    village = Site(tmp_path, "desa", "DSA", FixedClock(START))
    enrol(village, district, tmp_path)
    with village:
        record = store.insert(village.lib, Record, title="Buku")
        items = [store.insert(village.lib, Item, record=record.id, barcode=f"B-{n}") for n in range(10)]
        mtype = MemberType.select().first()
        member = store.insert(village.lib, Member, number="M1", name="Ani", member_type=mtype.id,
                              registered_on=village.clock.now().date(), expires_on=village.clock.now().date())
    district.import_file(village.export_to(district))
    village.import_file(district.export_to(village))
    (tmp_path / "usb").mkdir()
    with village:
        old = backup.backup_to(village.lib, village.staff, tmp_path / "usb")

    def lend(item):
        with village:
            return store.insert(village.lib, Loan, item=item.id, member=member.id, loaned_at=village.clock.now(),
                                due_on=village.clock.now().date()).uid

    for item in items[:4]:
        lend(item)
    district.import_file(village.export_to(district))
    ack = district.export_to(village)  # the district's acknowledgement, left on the stick
    with village:
        backup.restore(village.lib, village.staff, old)
    new_loans = [lend(item) for item in items[4:7]]
    village.import_file(ack)
    district.import_file(village.export_to(district))
    with district:
        at_district = set(changes.dump_replica(village.lib.site_id, ["loan"])["loan"])
    assert set(new_loans) <= at_district
    district.close()
    village.close()


def test_a_clock_ten_years_ahead_is_reported_and_not_adopted(tmp_path):
    district = Site(tmp_path, "dinas", "DIN", FixedClock(START), district=True)
    wrong = Site(tmp_path, "salah", "SLH", FixedClock(START))
    right = Site(tmp_path, "benar", "BNR", FixedClock(START))
    for site in (wrong, right):
        enrol(site, district, tmp_path)
    wrong.clock.advance(days=3652)
    with wrong:
        record = store.insert(wrong.lib, Record, title="Dari masa depan")
    district.import_file(wrong.export_to(district))
    with district:
        assert health.clock_problem(district.lib) is None
        reported = SyncException.select().where(SyncException.kind == "future-stamp").first()
        assert reported is not None and "SLH" in reported.detail
        from pustaka_desktop.core.store.models import UnionLink
        from pustaka_desktop.core.sync import hub as district_hub

        link = UnionLink.select().where(UnionLink.record_uid == record.uid).first()
        district_hub.edit_record(district.lib, district.staff, link.union_id, title="Dikoreksi dinas")
    right.import_file(district.export_to(right))
    wrong.import_file(district.export_to(wrong))
    with right:
        assert health.clock_problem(right.lib) is None
    with wrong:  # the district's correction, made after it saw the row, wins over the future stamp
        assert Record.get(Record.uid == record.uid).title == "Dikoreksi dinas"
    for site in (district, wrong, right):
        site.close()
