"""A hybrid logical clock: versions that order changes across PCs whose clocks disagree.

A version is the text ``WWWWWWWWWWWWW-CCCC-SITE``: wall-clock milliseconds (13 digits), a counter
(4 hex digits) and the site id. Text order is time order, so versions compare as plain strings and
can be indexed. The clock never goes backwards: if the PC clock jumps back (a flat CMOS battery is
common), the wall part stays at the highest value seen and the counter advances instead.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from .clock import Clock

COUNTER_MAX = 0xFFFF
# A stamp from another PC may be this far ahead of our own clock and still be adopted (ordinary drift
# between PCs). Further ahead means that PC's clock is wrong: adopting it would drag this clock (and
# every PC this one syncs with) into its future, so it is clamped here and reported by the importer.
PEER_AHEAD_MS = 10 * 60 * 1000
# a version's place in time: its 13-digit milliseconds, "-" and 4-hex counter (the site is left out), as text
TIME_ORDER = slice(0, 18)


@dataclass(frozen=True, order=True)
class Version:
    wall_ms: int
    counter: int
    site: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:04x}-{self.site}"

    @classmethod
    def parse(cls, text: str) -> Version:
        try:
            wall, counter, site = text.split("-", 2)
            if len(wall) != 13 or len(counter) != 4 or not site:
                raise ValueError
            return cls(int(wall), int(counter, 16), site)
        except ValueError:
            raise ValueError(f"not a version stamp: {text!r}") from None


class HybridLogicalClock:
    def __init__(self, clock: Clock, site: str, last: str | None = None) -> None:
        self._clock = clock
        self._site = site
        self._wall = 0
        self._counter = 0
        self._lock = threading.Lock()
        if last:
            self.observe(last)

    @property
    def last(self) -> str:
        return str(Version(self._wall, self._counter, self._site))

    def _physical_ms(self) -> int:
        return int(self._clock.now().timestamp() * 1000)

    def tick(self) -> str:
        """A new version, later than every version this clock has made or observed."""
        with self._lock:
            physical = self._physical_ms()
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._advance_counter()
            return str(Version(self._wall, self._counter, self._site))

    def observe(self, version: str) -> None:
        """Move past a version made elsewhere (an imported change), so our next tick sorts after it."""
        seen = Version.parse(version)
        with self._lock:
            if seen.wall_ms > self._wall:
                self._wall, self._counter = seen.wall_ms, seen.counter
            elif seen.wall_ms == self._wall and seen.counter > self._counter:
                self._counter = seen.counter

    def tick_after(self, version: str) -> str:
        """A new version for an edit of a row whose current version is ``version``: later than that
        version even when it came from a PC whose clock runs ahead, without moving this clock there
        (an edit made after seeing a change always wins over it; the desk's clock stays its own)."""
        mine = Version.parse(self.tick())
        try:
            seen = Version.parse(version)
        except ValueError:
            return str(mine)
        if (seen.wall_ms, seen.counter) < (mine.wall_ms, mine.counter):
            return str(mine)
        wall, counter = (seen.wall_ms + 1, 0) if seen.counter >= COUNTER_MAX else (seen.wall_ms, seen.counter + 1)
        return str(Version(wall, counter, self._site))

    def observe_peer(self, version: str) -> bool:
        """Like ``observe`` for a stamp made on another PC, but never further than ``PEER_AHEAD_MS``
        past this PC's own clock. Returns False when the stamp was too far ahead (clamped: the caller
        reports the sender's clock)."""
        seen = Version.parse(version)
        limit = self._physical_ms() + PEER_AHEAD_MS
        if seen.wall_ms <= limit:
            self.observe(version)
            return True
        with self._lock:
            if limit > self._wall:
                self._wall, self._counter = limit, 0
        return False

    def _advance_counter(self) -> None:
        if self._counter >= COUNTER_MAX:
            self._wall += 1
            self._counter = 0
        else:
            self._counter += 1

    def behind_ms(self) -> int:
        """How far the PC clock is behind the latest version seen (0 when it is not): the clock
        sanity check warns when this is large."""
        return max(0, self._wall - self._physical_ms())
