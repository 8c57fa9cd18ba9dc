"""Short desk sounds: "ok", "refused", "hold" (a returned copy is reserved).

The WAVs are made by ``scripts/make_sounds.py`` into ``src/pustaka_desktop/resources/sounds/``. They play through
QtMultimedia's QSoundEffect when it can be imported and an audio output exists; otherwise the desk
falls back to the system beep (once for ok, twice for a refusal) so a sound is still there. On the
headless test platform nothing plays.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SOUNDS = ("ok", "refused", "hold")


def sounds_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "pustaka_desktop" / "resources" / "sounds"
    return Path(__file__).resolve().parents[2] / "resources" / "sounds"


class DeskSounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = QApplication.platformName() not in ("offscreen", "minimal")
        self.effects: dict = {}
        self.played: list[str] = []  # what was asked for, in order (tests and the bench look at it)
        if self.enabled:
            self._load()

    def _load(self) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # e.g. libpulse missing on Linux: beep instead
            log.info("no QtMultimedia (%s); the desk will beep", exc)
            return
        if not QMediaDevices.audioOutputs():
            log.info("no audio output; the desk will beep")
            return
        for name in SOUNDS:
            path = sounds_dir() / f"{name}.wav"
            if not path.exists():
                continue
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self.effects[name] = effect

    def play(self, name: str) -> None:
        self.played.append(name)
        if not self.enabled:
            return
        effect = self.effects.get(name)
        if effect is not None:
            effect.play()
            return
        QApplication.beep()
        if name in ("refused", "hold"):
            QTimer.singleShot(250, QApplication.beep)
