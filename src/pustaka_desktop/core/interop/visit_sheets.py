"""The visitor book and the activities of the months before a library moved in, from a spreadsheet: so a
library that starts using Pustaka in July reports the whole year's visits and activities (monthly report,
IPLM sheet, impact sheet) although the first half was written on paper. (A SLiMS backup brings its
visitor book itself: ``slims_history``.)

What comes in, sheet by sheet (a workbook often has the visitor book on one sheet and the activities on
another; each sheet is recognised by its header, wherever the title rows put it):

- **A visitor book, one row per visitor** (*buku tamu* copied from paper): ``Tanggal``, ``Nama``,
  ``Alamat/Asal``, ``L/P``, ``Umur``/``Usia``, ``Pekerjaan``, ``Keperluan``/``Tujuan``, ``Tanda tangan``;
  and INLISLite 3's *Laporan Buku Tamu* export (read from its source, INLISLite-Perpusnas/INLISLIteV33,
  ``app/Modules/Laporan/LaporanBukuTamu``): title rows "LAPORAN BUKU TAMU" and "Tanggal Export: ...", then
  the columns the librarian ticked of ``Nomor Kunjungan``, ``Lokasi Perpustakaan``, ``Lokasi Ruang``,
  ``Tanggal Kunjungan`` (an Excel date), ``Kriteria Pengunjung`` (``Anggota`` / ``Non Anggota`` /
  ``Rombongan``), ``Nama``, ``Jenis Kelamin``, ``Pekerjaan``, ``Pendidikan``, ``Tujuan Kunjungan``,
  ``Informasi Dicari``. For a member the visit number is the card number; for a group (*rombongan*) the
  name is its leader's and the gender cell holds the counts ("12 Laki-laki<br>10 Perempuan").
  Each row is one line of the book: a guest with the name as written, or a member when the row's card
  number is a member's here (one line per member per day, as at the door). A name alone never makes
  anyone a member, and nobody is registered by an import. A row whose name the book here has that day (a
  guest's line, or a member's whose name it is: SLiMS's visitor book brought it, or the desk wrote it in the
  weeks both books were kept) is that line, said and not counted twice; each line here matches one row, so
  two guests of one name that day are two. Rows without a name (a daily tally) cannot be matched: the days
  the book here has visits on already are said, from the first to the last; a month's total (a date naming
  the month only), the months the book here has any visit in, as SLiMS's visitor book counts them day by day.
- **A daily tally** (*rekap harian*): ``Tanggal``, ``Laki-laki``, ``Perempuan``, ``Anak``, ``Dewasa``,
  ``Jumlah``: each day becomes lines of the book that count its people (men, women, and the rest of the
  total whose gender was not written). Children and adults are not ages: they are not kept as age bands.
- **Activities** (*kegiatan*): ``Tanggal``, ``Nama Kegiatan``, ``Jumlah Peserta``, ``Mitra`` (and
  ``Tempat``, ``Narasumber``): each activity name is one programme, each row a session held on its day
  with its participants as unnamed guests present (the same guests again at the next session of the
  same activity, so a weekly story hour of 20 children is 20 people, not 20 a week), and its partner
  linked (``visit_activities``).

Every row is kept or listed: a row whose day cannot be read or is after today is left out and listed
with its row number and what was written; a row without a date under a dated one is taken on the day
above (a book written by hand names the day once) and said; an L/P, age or count that cannot be read is
left empty and said, a count written in words ("dua belas") is read and said, a row with only a name is
said. A column the book has no place for ("Keterangan") is named, as is an address read only as this village
or elsewhere and a purpose counted as other; a class signing once with its count in the name ("SDN 1 Sukamaju
(25 siswa)") is one group line. Each line's uid is made from what the row says and how many such rows came
before it in the file, so importing the same sheet again (or a longer copy of it) adds nothing twice. A dry
run counts the same and writes nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from peewee import JOIN

from .. import auth
from ..cells import by_digits_without_zeros
from ..community.demographics import band_of_age
from ..errors import ValidationError
from ..formatting import Day, Month
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Progress, checkpoint
from ..service import Library
from ..store import health, unfinished
from ..store import write as store
from ..store.clock import to_local
from ..store.models import Member, Staff, Visit
from . import (
    inlislite_backup,
    inlislite_backup_visits,
    undoable_import,
    undone_rows,
    visit_activities,
    visit_columns,
    visit_values,
)
from .dates import MONTH_FIRST, day_first, month_first, month_only, parse_date
from .not_records import refuse_documents
from .row_uids import RowUids, Written
from .sheets import every_sheet, filled_rows, header, row_list, table_rows
from .slims_history_here import midday
from .types import BadRow, Cancel, RowError, Translate, clean, fold, read_to_the_end

_PLACE_WORDS = frozenset({"desa", "ds", "kelurahan", "kel", "kecamatan", "kec", "kabupaten", "kab", "kota"})


@dataclass
class VisitSheetPlan:
    path: str
    rows: int = 0
    visits: int = 0  # lines of the book to add
    people: int = 0  # the people they count
    member_visits: int = 0
    unchanged: int = 0  # already imported
    sheets: list[tuple[str, str]] = field(default_factory=list)  # (sheet, kind) read
    bad: list[BadRow] = field(default_factory=list)  # rows left out
    notices: list[BadRow] = field(default_factory=list)  # rows kept, with what was odd in them
    overlap_days: set[date] = field(default_factory=set)  # days the book here already had visits on
    overlap_months: set[str] = field(default_factory=set)  # "2026-01": a month's total where the book has visits
    activities: visit_activities.ActivityPlan = field(default_factory=visit_activities.ActivityPlan)
    applied: bool = False
    new_visits: list[dict[str, Any]] = field(default_factory=list, repr=False)

    @property
    def left_out(self) -> int:
        return len(self.bad)

    @property
    def changes(self) -> int:
        return self.visits + self.activities.changes

    def summary(self) -> dict[str, Any]:
        """Its figures, for --json and the audit log."""
        return {"format": "visit-book", "file": self.path, "rows": self.rows, "visits": self.visits,
                "people": self.people, "member_visits": self.member_visits, **self.activities.summary(),
                "unchanged": self.unchanged + self.activities.unchanged, "bad_rows": len(self.bad),
                "flagged_rows": len(self.notices), "applied": self.applied}

    def notes(self, translate: Translate) -> list[str]:
        lines = []
        if self.overlap_days:
            first, last = min(self.overlap_days), max(self.overlap_days)
            lines.append(translate("Import", OVERLAP).format(count=len(self.overlap_days), first=Day.of(first),
                                                             last=Day.of(last)))
        if self.overlap_months:  # ("2026-01" said as "Januari 2026")
            months = ", ".join(f"{Month.of(date.fromisoformat(month + '-01'))}" for month in sorted(self.overlap_months))
            lines.append(translate("Import", OVERLAP_MONTHS).format(count=len(self.overlap_months), months=months))
        return lines + [notice.line(translate) for notice in self.notices]


OVERLAP = QT_TRANSLATE_NOOP(
    "Import", "{count} day(s) of the file already have visits in the book here (from {first} to {last}): check "
              "that those days are not counted twice (the book here and the sheet).")
OVERLAP_MONTHS = QT_TRANSLATE_NOOP(
    "Import", "{count} month total(s) of the file fall in months the book here already has visits in ({months}): "
              "they are added to those visits. Check that those months are not counted twice (import only the "
              "months the book here lacks).")
NOT_A_VISIT_BOOK = QT_TRANSLATE_NOOP(
    "Errors", "{path} has no visitor book and no activities: a sheet needs a date column (\"Tanggal\") and the "
              "visitor (\"Nama\", \"L/P\"), the day's counts (\"Laki-laki\", \"Perempuan\", \"Jumlah\") or the "
              "activity (\"Nama Kegiatan\"). Its columns: {columns}. Nothing was imported.")
SHEET_SKIPPED = QT_TRANSLATE_NOOP(
    "Import", "The sheet is not a visitor book nor a list of activities (its columns: {columns}): not read.")
NO_DATE = QT_TRANSLATE_NOOP("Import", "The row has no date (and no dated row above it): left out.")
UNDER_UNREAD = QT_TRANSLATE_NOOP(
    "Import", "The row has no date, and the date above it cannot be used: left out (correct that date and import "
              "the file again).")
AFTER_TODAY = QT_TRANSLATE_NOOP("Import", "The row is dated {date}, after today: left out (check the date).")
DAY_ABOVE = QT_TRANSLATE_NOOP(
    "Import", "{count} row(s) without a date were taken on the day of the dated row above them (rows {rows}).")
MONTH_ONLY = QT_TRANSLATE_NOOP("Import", "Tanggal: {value} names no day: counted on {date}, the month's first day.")
ONLY_A_NAME = QT_TRANSLATE_NOOP("Import", "Only a name ({name}): counted as one visitor on {date}.")
IN_WORDS = QT_TRANSLATE_NOOP("Import", "{column}: \"{value}\" read as {count}.")
NO_PEOPLE = QT_TRANSLATE_NOOP("Import", "The row counts nobody (no number in it): left out.")
TOTAL_DIFFERS = QT_TRANSLATE_NOOP(
    "Import", "The total {total} is less than the men and women written ({men} + {women}): counted {counted}.")
AGES_NOT_KEPT = QT_TRANSLATE_NOOP(
    "Import", "Children and adults are counted in the day's total, not by age band (the sheet gives no ages).")
MEMBER_TWICE = QT_TRANSLATE_NOOP(
    "Import", "Member {card} is already in the book on {date}: counted once that day, as at the door.")
GUEST_TWICE = QT_TRANSLATE_NOOP(
    "Import", "{name} is already in the book on {date} (from the backup or the desk): not counted twice.")
# a card-number cell that says the visitor had none: SLiMS's visitor list ("NON-MEMBER"), a book's "-", "umum"
_NO_CARD = frozenset({"", "non member", "nonmember", "bukan anggota", "non anggota", "umum", "tamu"})
CARD_UNKNOWN = QT_TRANSLATE_NOOP(
    "Import", "No member has card number {card}: counted as a visitor by name (nobody is registered by this "
              "import).")


class _Here:
    """What the book here already holds: the lines' uids (removed ones too: a line the librarian removed
    does not come back), the members by card number, each member's days in the book, the days with visits."""

    def __init__(self, lib: Library) -> None:
        self.site = lib.site_id
        # (a line an import's undo removed is not here: the right sheet brings it again, ``undone_rows``)
        self.undone = undone_rows.undone_uids(lib, "visit", "program", "partner", "program_partner",
                                              "program_session", "participant", "attendance")
        self.uids = {uid for (uid,) in Visit.select(Visit.uid).tuples()} - self.undone
        self.members = {number.casefold(): (member_id, gender, birth, occupation) for
                        member_id, number, gender, birth, occupation in Member.select(
                            Member.id, Member.number, Member.gender, Member.birth_date, Member.occupation)
                        .where(Member.deleted == False).tuples()}  # noqa: E712
        self.padded = by_digits_without_zeros(list(self.members))  # "13" -> ["00013"]: zeros a sheet dropped
        self.member_days: set[tuple[int, date]] = set()
        self.days: set[date] = set()
        # the lines by the name written and day: the same line of the same paper book, come already from a SLiMS
        # history or written at the desk, is matched instead of counted twice (a member's line by the member's
        # name: a paper book has names, not card numbers)
        self.guest_days: Counter = Counter()
        for member_id, name, group, member_name, at in Visit.select(
                Visit.member, Visit.name, Visit.group_name, Member.name, Visit.at).join(
                Member, JOIN.LEFT_OUTER, on=(Visit.member == Member.id)).where(
                Visit.deleted == False).tuples():  # noqa: E712
            day = to_local(at).date()
            self.days.add(day)
            if member_id:
                self.member_days.add((member_id, day))
            if (member_name or name) and not group:
                self.guest_days[(fold(member_name or name), day)] += 1
        self.months = {(day.year, day.month) for day in self.days}
        village = lib.profile.village if lib.profile is not None else ""
        self.village = fold(village or "")
        self.uid = RowUids(self.site, self.undone)  # the same rows give the same uids in every import

    def member(self, card: str) -> tuple[Any, ...] | None:
        """The member of a card number as written (any case), else with the zeros in front a spreadsheet
        dropped (when one member only has it)."""
        found = self.members.get(card.casefold())
        padded = self.padded.get(card.lstrip("0") or "0", []) if found is None and card.isdigit() else []
        return self.members[padded[0]] if len(padded) == 1 else found


def plan(lib: Library, path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None
         ) -> VisitSheetPlan:
    """The dry run: what importing ``path`` would add, and every row left out or flagged."""
    refuse_documents(path)  # (a PDF, a photo, a Google Drive shortcut: said as such, not as a sheet without a date)
    today = health.circulation_today(lib)
    here = _Here(lib)
    acts = visit_activities.Here(lib, here.uid, here.undone)
    result = VisitSheetPlan(path=str(path))
    seen_columns: list[str] = []
    # the columns no sheet has a place for, and the address columns read only as this village or elsewhere: said
    # once for the book (a sheet a month said each twelve times)
    unkept: dict[str, None] = {}
    addresses: dict[str, None] = {}
    hint = max(1, Path(path).stat().st_size // 60)
    # (INLISLite's own backup: its visitor book as one sheet)
    book = inlislite_backup_visits.sheets(path) if inlislite_backup.is_inlislite_backup(path) else every_sheet(path)
    for name, rows in book:
        header_row, headers, rest = header(rows, visit_columns.known)
        kind = visit_columns.sheet_kind(headers) if headers else ""
        shown = ", ".join(f"\"{h}\"" for h in headers if clean(h) and not h.startswith("#")) or "-"
        if not kind:
            if headers and name:
                result.notices.append(BadRow(0, SHEET_SKIPPED, {"columns": shown}, sheet=name))
            seen_columns.append(shown)
            continue
        result.sheets.append((name, kind))
        keys = visit_columns.columns(headers)
        sheet = _Sheet(result, here, today, name)
        listed: list[tuple[int, dict[str, Any]]] = []
        filled: set[int] = set()  # the columns with a value in some row
        for row in table_rows(filled_rows(rest, header_row + 1, hint, progress, cancel), sheet=name):
            if isinstance(row, BadRow):
                result.notices.append(row)
                continue
            number, cells = row
            filled.update(i for i, cell in enumerate(cells) if clean(cell))
            listed.append((number, {key: cells[i] for i, key in enumerate(keys) if key and i < len(cells)}))
        unkept |= dict.fromkeys(visit_columns.unkept_columns(headers, keys, kind, filled))
        if kind == visit_columns.VISITORS:
            addresses |= dict.fromkeys(h for i, (h, key) in enumerate(zip(headers, keys, strict=True))
                                       if key == "address" and i in filled)
        # a book Excel set to English (US) saved as CSV: 3/12/2025 is 12 March (told by a 3/25/2025 in the sheet)
        if month_first(values.get("date") for _, values in listed):
            for _, values in listed:
                values["date"] = day_first(values.get("date"))
            result.notices.append(BadRow(0, MONTH_FIRST, {"columns": ", ".join(
                h for h, key in zip(headers, keys, strict=True) if key == "date")}, sheet=name))
        for number, values in listed:
            result.rows += 1
            if kind == visit_columns.ACTIVITIES:
                day = sheet.day(number, values)
                if day is not None:
                    visit_activities.add_row(result.activities, acts, sheet.flag, number, day, values)
            else:
                (sheet.visitor if kind == visit_columns.VISITORS else sheet.tally)(number, values)
        sheet.close()
    if not result.sheets:
        raise ValidationError(NOT_A_VISIT_BOOK, path=Path(path).name, columns="; ".join(seen_columns) or "-")
    if unkept:  # (what the book here keeps no place for, a "Keterangan": named, so none of it disappears unsaid)
        result.notices.append(BadRow(0, visit_values.NOT_KEPT, {"columns": ", ".join(unkept)}))
    if addresses:
        result.notices.append(BadRow(0, visit_values.ORIGIN_ONLY, {"columns": ", ".join(addresses)}))
    return result


class _Sheet:
    """The rows of one sheet: the day of the row above (for a row without its date) and where to say things."""

    def __init__(self, result: VisitSheetPlan, here: _Here, today: date, name: str) -> None:
        self.result, self.here, self.today, self.name = result, here, today, name
        self.last_day: date | None = None
        self.day_unread = False  # the last date written could not be used
        self.ages_said = False
        self.undated: list[int] = []  # rows taken on the day above, said once at the end of the sheet
        self.month_row = False  # the row's date names a month only: it counts the whole month
        self.other_purposes: list[tuple[int, str]] = []  # rows whose purpose the book counts as other, said once

    def flag(self, number: int, template: str, **params: Any) -> None:
        self.result.notices.append(BadRow(number, template, params, sheet=self.name))

    def leave_out(self, number: int, template: str, **params: Any) -> None:
        self.result.bad.append(BadRow(number, template, params, sheet=self.name))

    def day(self, number: int, values: dict[str, Any]) -> date | None:
        """The row's day; None (and the row listed) when it has none or one after today."""
        try:
            day = parse_date(values.get("date"), "Tanggal")
        except RowError as error:
            params = dict(error.params)
            if error.suggestion:  # ("12 Mrt '15": the day a person reads in it, for the librarian to write)
                params["value"] = f"{params.get('value', '')} (= {Day.of(date.fromisoformat(error.suggestion))}?)"
            self.leave_out(number, error.template, **params)
            self.last_day = None  # (the rows under it without a date are of that day, not of the one before)
            self.day_unread = True
            return None
        if day is None and self.last_day is None:
            self.leave_out(number, UNDER_UNREAD if self.day_unread else NO_DATE)
            return None
        if day is None:
            day = self.last_day
            self.undated.append(number)
        else:
            self.month_row = bool(month_only(values.get("date")))
            if self.month_row:
                self.flag(number, MONTH_ONLY, value=clean(values.get("date")), date=Day.of(day))
        if day > self.today:
            self.leave_out(number, AFTER_TODAY, date=Day.of(day))
            self.last_day, self.day_unread = None, True
            return None
        self.last_day, self.day_unread = day, False
        return day

    def close(self) -> None:
        """What is said of the sheet as a whole."""
        if self.undated:
            self.flag(0, DAY_ABOVE, count=len(self.undated), rows=row_list(self.undated))
        if self.other_purposes:
            said = list(dict.fromkeys(written for _, written in self.other_purposes))
            self.flag(0, visit_values.OTHER_PURPOSE, count=len(self.other_purposes),
                      rows=row_list([number for number, _ in self.other_purposes]), values="; ".join(said))

    def _add(self, fields: dict[str, Any], day: date) -> None:
        if fields["uid"] in self.here.uids:
            self.result.unchanged += 1
            return
        self.here.uids.add(fields["uid"])
        if self.month_row and (day.year, day.month) in self.here.months:  # (a month's total: any day of it)
            self.result.overlap_months.add(f"{day.year:04d}-{day.month:02d}")
        elif day in self.here.days:
            self.result.overlap_days.add(day)
        self.result.new_visits.append(fields)
        self.result.visits += 1
        self.result.people += fields["headcount"]

    def _soft(self, number: int, reader: Any, value: Any) -> str:
        """A cell read by ``reader``, or "" and the row flagged with why."""
        try:
            return reader(value)
        except RowError as error:
            self.flag(number, error.template, **error.params)
            return ""

    def _origin(self, address: str) -> str:
        """This village when the address names it; elsewhere when it names another village, district or town
        ("Desa Cibiru", "Kec. Cileunyi"); else not recorded (an address like "RT 02" says neither)."""
        if not address or not self.here.village:
            return ""
        if f" {self.here.village} " in f" {address} ":
            return "village"
        return "elsewhere" if set(address.split()) & _PLACE_WORDS else ""

    def _age(self, number: int, value: Any) -> str:
        """The age band of an age cell; one written in words ("tiga puluh") is read and said."""
        years = visit_values.words_number(clean(value)) if isinstance(value, str) else None
        if years is not None and years <= 120:
            self.flag(number, IN_WORDS, column="Umur", value=clean(value), count=years)
            return band_of_age(years)
        return self._soft(number, visit_values.age_band_of, value)

    def visitor(self, number: int, values: dict[str, Any]) -> None:
        """A row of a visitor book: one visitor (a member, a guest), or an INLISLite group."""
        written_date = clean(values.get("date"))
        day = self.day(number, values)
        if day is None:
            return
        name = clean(values.get("name"))[:120]
        counts = self._group_counts(number, values)
        if counts is not None:
            return self._group(number, values, day, name, counts)
        others = [k for k, v in values.items() if clean(v) and k not in ("name", "date")]
        if name and not others and not written_date:
            self.flag(number, ONLY_A_NAME, name=name, date=Day.of(day))
        gender = self._soft(number, visit_values.gender, values.get("gender")) or _ticked(values)
        band = self._age(number, values.get("age"))
        origin = self._origin(fold(clean(values.get("address"))))
        fields = {"at": midday(day), "member": None, "name": name, "gender": gender, "age_band": band,
                  "occupation": clean(values.get("occupation"))[:60], "origin_place": origin,
                  "purpose": self._purpose(number, values), "headcount": 1}
        card = clean(values.get("card"))
        card = "" if fold(card) in _NO_CARD else card  # (SLiMS writes "NON-MEMBER" for a guest's visit)
        is_member = fold(clean(values.get("kind"))) in ("anggota", "") and card
        member = self.here.member(card) if is_member else None
        if is_member and member is None:
            self.flag(number, CARD_UNKNOWN, card=card)
        if member is not None:
            member_id, member_gender, _birth, occupation = member
            uid = self.here.uid("member", day, card.casefold())
            if uid not in self.here.uids and (member_id, day) in self.here.member_days:
                self.flag(number, MEMBER_TWICE, card=card, date=Day.of(day))
                return
            self.here.member_days.add((member_id, day))
            fields.update(member=member_id, name="", gender=member_gender or gender,
                          occupation=occupation or fields["occupation"])
            self.result.member_visits += uid not in self.here.uids
        else:
            uid = self.here.uid.named(self.here.uids, "guest", day, Written(name), gender, band)
            if self._same_guest(uid, name, day):
                self.flag(number, GUEST_TWICE, name=name, date=Day.of(day))
                return
        self._add({"uid": uid, **fields}, day)

    def _purpose(self, number: int, values: dict[str, Any]) -> str:
        """The visit's purpose; one the book does not count by ("numpang ngecas HP") is other, its words said."""
        read = visit_values.purpose(values.get("purpose"))
        if read == "other":
            self.other_purposes.append((number, clean(values.get("purpose"))))
        return read

    def _same_guest(self, uid: str, name: str, day: date) -> bool:
        """The row is a guest's line the book here has already (the same name that day, not from this file):
        each line here matches one row only, so two people of one name the same day are both counted."""
        key = (fold(name), day)
        if not name or self.here.guest_days[key] <= 0:
            return False
        self.here.guest_days[key] -= 1
        return uid not in self.here.uids  # a line this file brought before is its own row, not a match

    def _group_counts(self, number: int, values: dict[str, Any]) -> dict[str, int] | None:
        """A row that is a group: INLISLite's *Rombongan* ("12 Laki-laki<br>10 Perempuan" in its gender cell), or
        a hand-kept book's row with a count above one ("Jumlah" 30, "L" 12 "P" 18: a school class signing once).
        Its counts by gender ("" for people of no gender written); None for a row of one visitor."""
        written = clean(values.get("gender"))
        if fold(clean(values.get("kind"))) == "rombongan" or "<br" in written.lower():
            counts: dict[str, int] = {}
            for part in written.replace("<br />", "<br>").split("<br>"):
                bits = part.strip().split(None, 1)
                key = _quiet(visit_values.gender, bits[1]) if len(bits) == 2 and bits[0].isdigit() else ""
                if key:
                    counts[key] = counts.get(key, 0) + int(bits[0])
            return counts
        in_name = visit_values.group_in_name(clean(values.get("name")))
        if not {"men", "women", "total"} & set(values) and in_name:  # ("SDN 1 Sukamaju (25 siswa)": a class)
            return {"": in_name}
        if not {"men", "women", "total"} & set(values) or _ticked(values):
            return None
        men = self.count(number, values, "men", "L") or 0
        women = self.count(number, values, "women", "P") or 0
        total = max(self.count(number, values, "total", "Jumlah") or 0, men + women)
        if total <= 1:
            return None
        return {key: n for key, n in (("M", men), ("F", women), ("", total - men - women)) if n}

    def _group(self, number: int, values: dict[str, Any], day: date, leader: str, counts: dict[str, int]) -> None:
        """One line for a group, its headcount and its counts by gender (a count left out when it has none)."""
        headcount = sum(counts.values())
        if headcount < 1:
            return self.leave_out(number, NO_PEOPLE)
        uid = self.here.uid.named(self.here.uids, "group", day, Written(leader), headcount)
        self._add({"uid": uid, "at": midday(day), "member": None, "name": "", "gender": "", "age_band": "",
                   "occupation": "", "origin_place": self._origin(fold(clean(values.get("address")))),
                   "purpose": self._purpose(number, values), "headcount": headcount,
                   "group_name": (leader or "Rombongan")[:120],
                   "breakdown": _json({k: n for k, n in counts.items() if k})}, day)

    def count(self, number: int, values: dict[str, Any], key: str, column: str) -> int | None:
        """A count of the row, or None (and the row flagged when something unreadable was written)."""
        try:
            value, in_words = visit_values.count(values.get(key), column)
        except RowError as error:
            self.flag(number, error.template, **error.params)
            return None
        if in_words:
            self.flag(number, IN_WORDS, column=column, value=clean(values.get(key)), count=value)
        return value

    def tally(self, number: int, values: dict[str, Any]) -> None:
        """A row of a daily tally: lines for the men, the women and the rest of the day's total."""
        if not clean(values.get("date")):
            return self.leave_out(number, NO_DATE)  # (a tally names each day: a row without one is no day)
        day = self.day(number, values)
        if day is None:
            return
        men = self.count(number, values, "men", "Laki-laki")
        women = self.count(number, values, "women", "Perempuan")
        total = self.count(number, values, "total", "Jumlah")
        ages = [self.count(number, values, key, name) for key, name in
                (("children", "Anak"), ("teens", "Remaja"), ("adults", "Dewasa"))]
        if any(a is not None for a in ages) and not self.ages_said:
            self.ages_said = True
            self.flag(0, AGES_NOT_KEPT)
        gendered = (men or 0) + (women or 0)
        if total is None:
            total = gendered or sum(a or 0 for a in ages)
        if total < gendered:
            self.flag(number, TOTAL_DIFFERS, total=total, men=men or 0, women=women or 0, counted=gendered)
            total = gendered
        if total == 0 and all(v is None for v in (men, women, *ages)) and values.get("total") in (None, ""):
            return self.leave_out(number, NO_PEOPLE)
        for gender, people in (("M", men or 0), ("F", women or 0), ("", total - gendered)):
            if people:
                self._add({"uid": self.here.uid("day", day, gender), "at": midday(day), "member": None, "name": "",
                           "gender": gender, "age_band": "", "occupation": "", "origin_place": "", "purpose": "read",
                           "headcount": people}, day)


_TICKS = frozenset({"v", "√", "✓", "✔", "x", "1", "l", "p", "ya"})


def _ticked(values: dict[str, Any]) -> str:
    """The gender of a book with an "L" and a "P" column, one ticked for each visitor ("√", "v", "1"); ""."""
    men, women = (clean(values.get(key)).lower() for key in ("men", "women"))
    if men in _TICKS and not women:
        return "M"
    if women in _TICKS and not men:
        return "F"
    return ""


def _quiet(reader: Any, value: Any) -> str:
    try:
        return reader(value)
    except RowError:
        return ""


def _json(counts: dict[str, int]) -> str:
    return json.dumps(counts, sort_keys=True)


def apply(lib: Library, result: VisitSheetPlan, progress: Progress | None = None,
          cancel: Cancel | None = None) -> None:
    """Write a plan, all or nothing."""
    with lib.transaction():
        checkpoint(progress, cancel, 0.8, QT_TRANSLATE_NOOP("Progress", "Saving"))
        store.insert_many(lib, Visit, result.new_visits)
        visit_activities.apply(lib, result.activities)
        result.applied = True


def import_visit_book(lib: Library, by: Staff, path: str | Path, *, dry_run: bool = False,
                      progress: Progress | None = None, cancel: Cancel | None = None) -> VisitSheetPlan:
    """Import the visitor book and activities of a spreadsheet (librarian, "visits.correct"). With
    ``dry_run`` nothing is written."""
    auth.require(by, "visits.correct")
    with unfinished.watched(lib, "visits.import", path, enabled=not dry_run):
        with read_to_the_end(path):  # (the plan reads the whole file: a USB stick pulled out is said)
            result = plan(lib, path, progress, cancel)
        if not dry_run and result.changes:
            with undoable_import.recorded(lib, by, "visits.import", "visit", path) as detail:
                apply(lib, result, progress, cancel)
                detail.update(visits=result.visits, people=result.people, programmes=result.activities.programmes,
                              sessions=result.activities.sessions, left_out=len(result.bad))
    return result
