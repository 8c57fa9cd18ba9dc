"""A district and two villages exchange bundles under random edits, loans, returns, visits,
deletes, district corrections, clock skews of days, and deliveries that are dropped, duplicated,
reordered, corrupted, truncated or re-signed by a stranger. Once every bundle has reached everyone,
the district holds exactly what each village sent (canonical dumps), no loan is lost, no deleted
row returns, and every bad bundle changed nothing."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import (
    Item,
    Loan,
    Member,
    MemberType,
    Record,
    SyncPeer,
    UnionLink,
    Visit,
)
from pustaka_desktop.core.sync import bundle, changes, hub, keys

from .sync_helpers import Site, enrol

VILLAGES = ("V1", "V2")


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self):
        self.root = Path(tempfile.mkdtemp(prefix="pustaka-sm-"))
        start = "2026-03-02T09:00:00+07:00"
        self.district = Site(self.root, "dinas", "DIN", FixedClock(start), district=True)
        self.villages = {code: Site(self.root, code.lower(), code, FixedClock(start)) for code in VILLAGES}
        self.stranger = Site(self.root, "asing", "ASG", FixedClock(start))
        for village in self.villages.values():
            enrol(village, self.district, self.root)
            with village:
                record = store.insert(village.lib, Record, title=f"Buku {village.code}")
                for n in range(3):
                    store.insert(village.lib, Item, record=record.id, barcode=f"{village.code}-{n}")
                mtype = MemberType.select().first()
                store.insert(village.lib, Member, number=f"{village.code}-M1", name="Ani", member_type=mtype.id,
                             registered_on=village.clock.now().date(), expires_on=village.clock.now().date())
        self.in_flight: list[tuple[str, Path]] = []  # (receiver code, bundle)
        self.loans: set[str] = set()
        self.deleted: set[str] = set()
        self.counter = 0

    def teardown(self):
        if not hasattr(self, "district"):
            return
        try:
            self.teardown_check()  # after the random steps, every bundle reaches everyone
        finally:
            for site in (self.district, self.stranger, *self.villages.values()):
                site.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def site(self, code: str) -> Site:
        return self.district if code == "DIN" else self.villages[code]

    # --- village work ---------------------------------------------------------------------------

    @rule(code=st.sampled_from(VILLAGES), title=st.sampled_from(["Atlas", "Bumi", "Cerita", "Dongeng"]),
          new=st.booleans())
    def edit_record(self, code, title, new):
        village = self.villages[code]
        with village:
            live = list(Record.select().where(Record.deleted == False))  # noqa: E712
            if new or not live:
                store.insert(village.lib, Record, title=title)
            else:
                store.update(village.lib, live[self.counter % len(live)], title=f"{title} {self.counter}")
        self.counter += 1

    @rule(code=st.sampled_from(VILLAGES))
    def delete_record(self, code):
        village = self.villages[code]
        with village:
            live = [r for r in Record.select().where(Record.deleted == False)  # noqa: E712
                    if not r.items.where(Item.deleted == False).exists()]  # noqa: E712
            if live:
                row = live[-1]
                store.delete(village.lib, row)
                self.deleted.add(row.uid)

    @rule(code=st.sampled_from(VILLAGES))
    def lend(self, code):
        village = self.villages[code]
        with village:
            item = Item.select().where((Item.status == "available") & (Item.deleted == False)).first()  # noqa: E712
            if item is None:
                return
            now = village.clock.now()
            loan = store.insert(village.lib, Loan, item=item.id, member=Member.select().first().id, loaned_at=now,
                                due_on=(now + timedelta(days=7)).date())
            store.update(village.lib, item, status="on_loan")
            self.loans.add(loan.uid)

    @rule(code=st.sampled_from(VILLAGES))
    def give_back(self, code):
        village = self.villages[code]
        with village:
            loan = Loan.select().where(Loan.returned_at.is_null()).first()
            if loan is None:
                return
            store.update(village.lib, loan, returned_at=village.clock.now())
            store.update(village.lib, loan.item, status="available")

    @rule(code=st.sampled_from(VILLAGES), headcount=st.integers(1, 30))
    def visit(self, code, headcount):
        village = self.villages[code]
        with village:
            store.insert(village.lib, Visit, at=village.clock.now(), name="Tamu", headcount=headcount)

    @rule(code=st.sampled_from(["DIN", *VILLAGES]), days=st.integers(-4, 4), hours=st.integers(0, 23))
    def clock_skew(self, code, days, hours):
        clock = self.site(code).clock
        clock.set(max(datetime(2026, 1, 1, tzinfo=UTC), clock.now() + timedelta(days=days, hours=hours)))

    # --- the district corrects a record ---------------------------------------------------------

    @rule(title=st.sampled_from(["Koreksi A", "Koreksi B"]))
    def district_edit(self, title):
        with self.district:
            link = UnionLink.select().order_by(UnionLink.id.desc()).first()
            if link is not None:
                hub.edit_record(self.district.lib, self.district.staff, link.union_id, title=f"{title} {self.counter}")
        self.counter += 1

    # --- the USB stick ----------------------------------------------------------------------------

    @rule(code=st.sampled_from(VILLAGES), up=st.booleans())
    def export(self, code, up):
        village = self.villages[code]
        if up:
            self.in_flight.append(("DIN", village.export_to(self.district)))
        else:
            self.in_flight.append((code, self.district.export_to(village)))

    @precondition(lambda self: self.in_flight)
    @rule(pick=st.integers(0, 50), keep=st.booleans())
    def deliver(self, pick, keep):
        """Deliver any bundle in flight (reordering); keep it for a second delivery (duplicates)."""
        receiver, path = self.in_flight[pick % len(self.in_flight)]
        self.site(receiver).import_file(path)
        if not keep:
            self.in_flight.remove((receiver, path))

    @precondition(lambda self: self.in_flight)
    @rule(pick=st.integers(0, 50))
    def drop(self, pick):
        self.in_flight.pop(pick % len(self.in_flight))

    @precondition(lambda self: self.in_flight)
    @rule(pick=st.integers(0, 50), how=st.sampled_from(["truncate", "flip", "resign"]))
    def deliver_damaged(self, pick, how):
        receiver, path = self.in_flight[pick % len(self.in_flight)]
        site = self.site(receiver)
        bad = path.with_name(f"bad-{self.counter}-{path.name}")
        self.counter += 1
        raw = path.read_bytes()
        if how == "truncate":
            bad.write_bytes(raw[: len(raw) * 2 // 3])
        elif how == "flip":
            with zipfile.ZipFile(path) as zf, zipfile.ZipFile(bad, "w") as out:
                for name in zf.namelist():
                    data = zf.read(name)
                    if name == bundle.CHANGES and data:
                        data = data[:-3] + (b"X" if data[-3:-2] != b"X" else b"Y") + data[-2:]
                    elif name == bundle.MANIFEST and b'"snapshot"' in data and not any(
                            n == bundle.CHANGES and zf.read(n) for n in zf.namelist()):
                        data = data.replace(b'"created_at"', b'"created_at_"')
                    out.writestr(name, data)
        else:
            with zipfile.ZipFile(path) as zf:
                files = {n: zf.read(n) for n in zf.namelist()}
            import json

            manifest = json.loads(files[bundle.MANIFEST])
            manifest.pop("files")
            with self.stranger:
                bad.write_bytes(bundle.build(manifest, {n: files[n] for n in bundle.DATA_FILES if n in files},
                                             lambda b: keys.sign(self.stranger.lib, b)))
        before = self.snapshot(site)
        with pytest.raises(Refused):
            site.import_file(bad)
        assert self.snapshot(site) == before

    def snapshot(self, site: Site):
        with site:
            peers = [(p.site, p.acked_seq, p.received_seq) for p in SyncPeer.select().order_by(SyncPeer.site)]
            if site is self.district:
                return peers, {c: changes.dump_replica(v.lib.site_id) for c, v in self.villages.items()}
            return peers, changes.dump_local(site.lib)

    @invariant()
    def no_deleted_row_is_alive(self):
        if not hasattr(self, "district"):
            return
        for village in self.villages.values():
            with village:
                assert not Record.select().where(Record.uid.in_(list(self.deleted)) & (Record.deleted == False)  # noqa: E712
                                                 ).exists()

    def teardown_check(self):
        # everyone gets everything: up, down, up again
        for _ in range(2):
            for village in self.villages.values():
                self.district.import_file(village.export_to(self.district))
            for village in self.villages.values():
                village.import_file(self.district.export_to(village))
        for village in self.villages.values():
            with village:
                local = changes.dump_local(village.lib, full_members=False)
            with self.district:
                remote = changes.dump_replica(village.lib.site_id)
            assert remote == local
        with self.district:
            all_loans = set()
            for village in self.villages.values():
                all_loans |= set(changes.dump_replica(village.lib.site_id, ["loan"])["loan"])
                dead = changes.dump_replica(village.lib.site_id, ["record"])["record"]
                assert all(dead[uid]["deleted"] for uid in self.deleted if uid in dead)
        assert self.loans <= all_loans

    @rule()
    def settle_and_compare(self):
        self.teardown_check()


SyncMachine.TestCase.settings = settings(max_examples=10, stateful_step_count=16, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
TestSyncStateMachine = SyncMachine.TestCase
