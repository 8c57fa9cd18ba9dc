"""The import wizard's preview reads its first rows on a worker thread, not the GUI's: a SLiMS backup is read whole
for them (the authors and copies of its first rows are in tables after them), and a district's backup of 500 MB
left the window "Not Responding" with no progress and no way out. Now its reading says how far it is."""

from __future__ import annotations

from pustaka_desktop.core.interop import slims_backup
from tests.core.test_interop_slims_backup import BIBLIO, write_dump


def test_a_backups_reading_says_how_far_it_is_from_its_start(tmp_path):
    """The tables the rows point into come after them: the whole file is read for them before the first row,
    and that half of the reading now moves the bar (it stood at nought, for tens of seconds on an old PC)."""
    notes = "Catatan panjang tentang buku ini. " * 25
    biblio = [dict(BIBLIO[n % 4], biblio_id=n, title=f"Buku {n}", notes=notes) for n in range(1, 3001)]
    path = write_dump(tmp_path / "backup_besar.sql", biblio=biblio)
    assert path.stat().st_size > 2 << 20  # (the reading is told how far a megabyte at a time)
    told: list[tuple[float, str]] = []
    records = list(slims_backup.read_biblio(path, lambda fraction, message: told.append((fraction, message))))
    assert len(records) == 3000
    fractions = [fraction for fraction, _ in told]
    assert fractions == sorted(fractions) and 0 < fractions[0] < 0.5 and 0.5 in fractions  # the file, whole
    assert any(0.5 < fraction <= 1.0 for fraction in fractions)  # then the rows
    assert {message for _, message in told} == {"Reading the file"}
