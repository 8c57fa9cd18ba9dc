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
