from hypothesis import given
from hypothesis import strategies as st

from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.hlc import HybridLogicalClock, Version


def test_versions_increase_when_the_pc_clock_jumps_backwards():
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    hlc = HybridLogicalClock(clock, "site-a")
    before = hlc.tick()
    clock.advance(days=-3)  # a flat CMOS battery
    after = [hlc.tick() for _ in range(5)]
    assert all(a > b for a, b in zip(after, [before, *after], strict=False))


def test_observed_remote_version_orders_the_next_local_change_after_it():
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    hlc = HybridLogicalClock(clock, "site-a")
    remote = str(Version(int(clock.now().timestamp() * 1000) + 86_400_000, 7, "site-b"))  # a day ahead
    hlc.observe(remote)
    assert hlc.tick() > remote


def test_counter_overflow_moves_to_the_next_millisecond():
    clock = FixedClock()
    hlc = HybridLogicalClock(clock, "s")
    versions = [hlc.tick() for _ in range(0x10005)]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)


@given(st.lists(st.integers(min_value=-10**9, max_value=10**9), min_size=1, max_size=50))
def test_versions_are_strictly_monotonic_under_any_clock_moves(moves):
    clock = FixedClock()
    hlc = HybridLogicalClock(clock, "site")
    last = hlc.tick()
    for ms in moves:
        clock.advance(milliseconds=ms)
        current = hlc.tick()
        assert current > last
        assert Version.parse(current) > Version.parse(last)
        last = current
