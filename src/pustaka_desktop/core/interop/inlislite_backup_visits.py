"""INLISLite's visitor book in its own database backup (``memberguesses``, *Setting → Umum → Backup Data*), for the
visitor-book import (``visit_sheets``: ``pustaka-cli visits-import BACKUP.sql``, Import & Export → Import the visitor
book and activities…): given as one sheet, headed as INLISLite's guest-book report heads its columns, its lists' ids
put in words (``jenis_kelamin``, ``master_pekerjaan``, ``tujuan_kunjungan``, ``status_anggota``...), so the same rules
read it as a visitor book kept in Excel (a member by card number, the day, the purpose counted) and name what has no
place here (the room, the visitor's schooling, a remark)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from .inlislite_backup_members import LISTS as MEMBER_LISTS
from .slims_backup import check_whole, dump_of, text_of
from .sql_dump import rows as dump_rows

VISITS = "memberguesses"
# INLISLite's lists a visit points into: table -> (its id column, its name column); those a member points into too
# as the members import reads them
LISTS = {**{table: MEMBER_LISTS[table] for table in ("jenis_kelamin", "master_pekerjaan", "master_pendidikan",
                                                      "status_anggota")},
         "tujuan_kunjungan": ("ID", "TujuanKunjungan"), "locations": ("ID", "Name")}
# the sheet's columns: its header (as ``visit_columns`` reads it), and where INLISLite keeps the value
SHEET = (("Tanggal", "CreateDate", None), ("Nama", "Nama", None), ("Alamat", "Alamat", None),
         ("Jenis Kelamin", "JenisKelamin_id", "jenis_kelamin"), ("Pekerjaan", "Profesi_id", "master_pekerjaan"),
         ("Tujuan Kunjungan", "TujuanKunjungan_Id", "tujuan_kunjungan"), ("Nomor Anggota", "NoAnggota", None),
         ("Pendidikan Terakhir", "PendidikanTerakhir_id", "master_pendidikan"),
         ("Status Anggota", "Status_id", "status_anggota"), ("Lokasi Ruang", "Location_Id", "locations"),
         ("Keterangan", "Information", None), ("Deskripsi", "Deskripsi", None))
SHEET_NAME = "memberguesses"

NO_VISITS = QT_TRANSLATE_NOOP(
    "Errors", "{path} is INLISLite's database backup without its visitor book (the memberguesses table): only some "
              "tables were backed up? Make the backup again in INLISLite (Setting → Umum → Backup Data). Nothing was "
              "imported.")


def sheets(path: str | Path) -> Iterator[tuple[str, Iterator[list[Any]]]]:
    """The backup's visitor book as ``sheets.every_sheet`` gives a workbook's: one sheet, its header first, a visit a
    row in the file's order (a row INSERT that cannot be read is a row of its own words, which the book refuses)."""
    dump = dump_of(path)
    if VISITS not in dump.tables:
        raise ValidationError(NO_VISITS, path=dump.path.name)
    names: dict[str, dict[str, str]] = {table: {} for table in LISTS}
    visits: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _line, table, columns, row in dump_rows(dump, {VISITS, *LISTS}, seen):
        if not row or len(columns) != len(row):
            continue  # (a visit without its columns: nothing to count it by)
        f = dict(zip(columns, row, strict=True))
        if table == VISITS:
            visits.append(f)
        else:
            key, name = LISTS[table]
            names[table][text_of(f.get(key))] = text_of(f.get(name))
    check_whole(dump.path, seen, {VISITS})

    def rows() -> Iterator[list[Any]]:
        yield [header for header, _, _ in SHEET]
        for f in visits:
            yield [names[table].get(text_of(f.get(column)), "") if table else text_of(f.get(column))
                   for _, column, table in SHEET]

    yield SHEET_NAME, rows()
