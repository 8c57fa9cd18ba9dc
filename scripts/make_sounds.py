#!/usr/bin/env python3
"""Generate the desk's small WAV sounds into src/pustaka_desktop/resources/sounds/ (run once; the WAVs are committed).

- ``ok.wav``: one short, soft rising two-note chime (a loan or return went through).
- ``refused.wav``: a low double buzz (the desk said no: look at the screen).
- ``hold.wav``: three bright notes (a returned copy is reserved: put it aside).

Plain sine tones with a short fade in/out so they do not click; 16-bit mono, 22,050 Hz.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parent.parent / "src" / "pustaka_desktop" / "resources" / "sounds"


def tone(freq: float, seconds: float, volume: float = 0.5, shape: str = "sine") -> list[float]:
    count = int(RATE * seconds)
    fade = max(1, int(RATE * 0.012))
    samples = []
    for n in range(count):
        phase = 2 * math.pi * freq * n / RATE
        value = math.sin(phase)
        if shape == "buzz":  # a softened square wave: clearly "not OK" without being harsh
            value = max(-1.0, min(1.0, 2.5 * value)) * 0.7
        envelope = min(1.0, n / fade, (count - n) / fade)
        samples.append(volume * envelope * value)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))
    return path


def main() -> None:
    write("ok.wav", tone(880, 0.09, 0.45) + tone(1320, 0.14, 0.45))
    write("refused.wav", tone(196, 0.18, 0.5, "buzz") + silence(0.07) + tone(185, 0.28, 0.5, "buzz"))
    write("hold.wav", tone(1047, 0.12, 0.5) + silence(0.04) + tone(1319, 0.12, 0.5) + silence(0.04)
          + tone(1568, 0.25, 0.5))
    for path in sorted(OUT.glob("*.wav")):
        print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
