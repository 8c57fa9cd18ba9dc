"""The members import, whatever the file: SLiMS's members CSV (``slims_members``), INLISLite's member report
and member lists kept by hand in Excel (``member_sheets``), SLiMS's database backup
(``slims_backup_members.read_members``), INLISLite's own backup (``inlislite_backup_members``). Each reader gives its rows in SLiMS's member columns
(``slims_members.COLUMNS``); this module checks them, matches them with the members already here and
writes them. What it found and will do, and the report that says so, is a ``member_plan.MemberImportPlan``.

- One field never costs a member (the catalogue's rule): a phone, an e-mail or a date that does not
  look right is kept as written in the member's notes (``Telepon: 3,27E+15``) and named in the report.
  A phone a spreadsheet took for a number lost its leading zero (``81234567890``): the zero is put back.
  Two numbers in one cell ("0812... / 0856...", "... atau ..."): the first is the phone, the other noted.
  A gender that is none ("Andrea Hirata": a column out of place) is kept in the notes under its header.
  Only a row without a name (in a SLiMS file, without its member_id) is refused, and one whose member_id an
  earlier row gives somebody else (two people are never made one).
- A member listed twice (one member_id, or no card number and the same name with the same birth date, phone
  or address) is one member: the second row fills what the first left empty, and what differs goes into the
  member's notes (``member_twice``).
- A member_id of digits that is no member here ("123") but the number of exactly one member with zeros in
  front (000123: SLiMS's list opened in Excel and saved again) is that member, said once with a count;
  two such members (0123, 000123) are not guessed between. A new number shorter than the library's
  (all six digits with zeros in front) is kept as written, and said.
- ``pin`` is SLiMS's personal ID number: kept as the NIK when it has 16 digits, otherwise in the notes
  (under a sheet's own header: "Nomor Identitas: ..."); so is one ending in 0000, which no NIK does (its
  serial starts at 0001): Excel showed it as 3,40413E+15 and it was saved so, ten digits gone, and said.
  A sheet's NIK in a number cell ending in 0 may have lost its last digit (Excel keeps 15 of 16): it is
  the NIK all the same (the librarian sees it on the form), with a note to check it, and said; it does
  not tell two rows apart or together, and a NIK the librarian mended keeps its last digit on the next
  import.
- What SLiMS has no column for comes back from where our export wrote it (``member_extras``): the RT/RW and the
  village from the end of the address, occupation, education and guardian from labelled lines ending the notes.
  A member here whose address is the file's as written keeps it whole (imported before that shape was read).
- Same rules as the catalogue imports: ``plan`` is the dry run (counts, and each bad row with its
  number and reason), ``import_members`` applies it in ONE transaction, and importing the same file
  twice changes nothing the second time (rows match on member_id = our member number). A list without
  card numbers gets new ones, and its second import finds the members the first one made
  (``member_identity``: the NIK, the name with the birth date, phone or address, or a name alone); a
  row that shares a NIK, phone or address with somebody of another birth date or name is a member of
  their own, listed as a possible duplicate, never merged; an empty cell of such a list clears nothing.
- From a SLiMS backup, a member type new here is made with the loan terms SLiMS gave it (books at a time,
  loan days, renewals, fine a day, grace days, reservations, membership length); so is a type still as
  the new library made it (its starting rules, held by nobody: ``adopted_member_types``); a type the
  library set up or uses keeps its own. SLiMS's loan rules (a member type borrowing a collection type on
  other terms) become our loan rules for the same two types, unless the library already has a rule for
  that pair; a rule SLiMS keeps for a GMD (material) is listed, not carried.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .. import auth
from ..community import members_from_before
from ..community.members import clean_member, looks_like_email, new_numbers
from ..errors import ValidationError
from ..formatting import Count, format_date
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress, checkpoint
from ..service import Library
from ..store import unfinished
from ..store import write as store
from ..store.clock import local_today
from ..store.files import existing_folder
from ..store.health import data_today
from ..store.models import CollectionType, LoanRule, Member, MemberType, Staff
from . import (
    changed_here,
    dates,
    inlislite_backup,
    inlislite_backup_members,
    member_extras,
    member_identity,
    member_sheets,
    member_twice,
    not_records,
    sheet_headers,
    sheets,
    slims_backup,
    slims_backup_members,
    slims_lending,
    slims_members,
    slims_one_column,
    slims_pictures,
    slims_shape,
    undoable_import,
)
from .member_plan import MemberImportPlan
from .member_values import (
    ENDS_BEFORE_IT_STARTS,
    NOT_A_BIRTH_DATE,
    NOT_A_PHONE,
    NOT_AN_EMAIL,
    PHONE_AS_A_NUMBER,
    kept_in_notes,
    member_phones,
    merged_notes,
    phone_cut,
    phone_words,
    row_fields,
)
from .types import UNREADABLE, BadRow, RowError, fold, read_to_the_end

# Fields compared on re-import (the photo, blocks and our own extra fields are never touched).
COMPARED = ("name", "gender", "member_type", "email", "address", "postal_code", "institution", "nik", "phone",
            "registered_on", "expires_on", "birth_date", "notes", "occupation", "education", "guardian", "village",
            "rt_rw")


# text fields a file in capitals does not respell: the desk's own capitals stay (``_only_shouted``)
SPELLING_KEPT = ("name", "address", "institution", "guardian", "occupation")


def _only_shouted(value: Any, current: Any) -> bool:
    """Whether ``value`` is ``current`` written in capitals (a school's list, Dapodik's export)."""
    return (isinstance(value, str) and bool(current) and value.isupper() and value != current
            and fold(value) == fold(current))


ZEROS_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import", "{name} ({number}) may be member {others}: the number may have lost its zeros in front, and more than "
              "one member's number fits; came in as a member of their own.")
MERGED = QT_TRANSLATE_NOOP("Import", "The same member as row {first} ({name}): taken as one member.")
TWO_PEOPLE = QT_TRANSLATE_NOOP(
    "Import", "{column} {number} is also {name}'s, on row {first}: two people under one number are never made one, "
              "so this row is left out. Give one of them another number and import the file again.")
LIKE_A_ROW = QT_TRANSLATE_NOOP("Import", "{name} may be {other} of row {first}: came in as a member of their own.")
LIKE_A_MEMBER = QT_TRANSLATE_NOOP("Import", "{name} may be member {first} ({other}): came in as a member of their own.")


def _read(path: str | Path, progress: Progress | None, cancel: Cancel | None,
          lending: slims_backup_members.Lending | None = None, database: str | None = None):
    """``_read_rows``; a file its readers cannot handle (a field past the csv module's limit, an unknown
    encoding, a damaged xlsx) is refused with a message, never a traceback (issue 14)."""
    import csv
    import zipfile

    try:
        yield from _rows(path, progress, cancel, lending, database)
    except (csv.Error, LookupError, UnicodeError, OverflowError, RecursionError, ValueError, EOFError,
            zipfile.BadZipFile, NotImplementedError) as exc:
        raise ValidationError(UNREADABLE, path=Path(path).name, error=str(exc)[:80] or type(exc).__name__) from exc


def _rows(path: str | Path, progress: Progress | None, cancel: Cancel | None,
               lending: slims_backup_members.Lending | None = None, database: str | None = None):
    """(row number, {column: value}) or (row number, BadRow) of each member the file lists, in SLiMS's
    member columns, from whichever reader knows the file."""
    not_records.refuse_documents(path)  # (a PDF, a photo, a Google Drive shortcut: no "18 columns expected" on each line)
    # INLISLite's own backup: its members table (``database``: a SLiMS library chosen of a server's dump)
    if database is None and inlislite_backup.is_inlislite_backup(path):
        yield from inlislite_backup_members.read_members(path, slims_members.COLUMNS, cancel, lending, database)
        return
    if slims_backup.is_backup_file(path):  # SLiMS's database backup (or a file named so): its member table
        yield from slims_backup_members.read_members(path, slims_members.COLUMNS, cancel, lending, database)
        return
    if slims_one_column.is_one_column(path):  # SLiMS's CSV opened in Excel, which left each line in column A
        yield from slims_members.csv_rows(path, progress, cancel, list(slims_one_column.lines(path)[1]))
        return
    split = slims_members.sheet_rows(path)  # SLiMS's CSV opened in Excel with its columns apart, saved as a workbook
    if split is not None:
        yield from split
        return
    if sheets.kind_of(path) == "csv":  # SLiMS's bibliography or item export chosen by mistake: its rows are no people
        slims_shape.refuse_other_export(path, slims_shape.MEMBERS)
    listed = member_sheets.rows(path, slims_members.COLUMNS)  # INLISLite's report, a list kept by hand
    if listed is not None:
        yield from listed
        return
    if _is_catalogue(path):  # the other list on the same page: said, not 18 columns expected on each row
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This is a catalogue (it has a title column), not a member list: import it with Import & "
                      "Export → Import a file…, or with pustaka-cli import."))
    if sheets.kind_of(path) != "csv":  # a workbook is no SLiMS CSV: say what it lacks, not that it is no text
        sheets.sheet_rows(path)  # (or why it cannot be read: an .ods, a damaged xlsx)
        raise ValidationError(NO_NAME_COLUMN, path=Path(path).name)
    yield from slims_members.csv_rows(path, progress, cancel)


NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "{path} has no column of names (a header such as \"Nama\" or \"Nama Lengkap\"): it is not a member "
              "list this program can read.")


def _is_catalogue(path: str | Path) -> bool:
    try:
        _, headers, _ = sheets.sheet_rows(path)
    except ValidationError:
        return False
    return "title" in sheet_headers.guess_mapping(headers).values()


def _possible_duplicate(row: int, name: str, near: member_identity.Person, sheet: str) -> BadRow:
    return BadRow(row, LIKE_A_ROW if near.row else LIKE_A_MEMBER,
                  {"name": name, "other": near.name, "first": near.ref}, sheet=sheet)


# the names a library gives its type of member for the general public (folded)
GENERAL_TYPES = ("umum", "masyarakat umum", "masyarakat", "dewasa", "general", "general public", "public", "adult",
                 "adults")


def plan(lib: Library, path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None,
         database: str | None = None) -> MemberImportPlan:
    """The dry run: what importing ``path`` would add and update, and every bad row. ``database``: the one
    to read of a server's dump of several SLiMS databases."""
    result = MemberImportPlan(path=str(path))
    latest = data_today(lib)
    types = {t.name.lower(): t for t in MemberType.select().where(MemberType.deleted == False)}  # noqa: E712
    # a list that names no type: its new members are the general public's ("Umum") where the library has such a type,
    # not its first type (children's, with their short loans, in the types a new library starts with)
    default_type = next((types[name] for name in GENERAL_TYPES if name in types), next(iter(types.values()), None))
    existing = {m.number: m for m in Member.select().where(Member.deleted == False)}  # noqa: E712
    numbers_here = member_identity.Numbers(existing)
    imports = changed_here.import_stretches()  # (what earlier imports wrote is not "changed here")
    result.numbering = numbers_here.example
    seen: set[str] = set()
    firsts: dict[str, member_twice.First] = {}  # member number -> the row that listed the member first
    row_numbers: dict[int, list[str]] = {}  # row -> the member numbers rows of that number came in as
    people: member_identity.People | None = None  # (made when a row has no card number)
    numbers: Iterator[str] = iter(())
    lending = slims_backup_members.Lending()
    read = list(_read(path, progress, cancel, lending, database))  # (a member list is small: read whole first)
    swapped = _month_first(read)
    if swapped:  # (a list Excel set to English (US) saved: 3/12/2019 was read as 3 December)
        result.notices.append(BadRow(0, dates.MONTH_FIRST, {"columns": ", ".join(swapped)}))
    for number, row in read:
        result.rows += 1 if number else 0  # (0: a whole sheet not read)
        if isinstance(row, BadRow):
            (result.bad if number else result.notices).append(row)  # (0: no member: a sheet not read, totals)
            continue
        sheet = row.get("_sheet_name", "")  # a row of one of several sheets: what is said of it names the sheet
        aside: list[tuple[str, str, str]] = []  # values that did not look right, kept in the notes
        try:
            fields, type_name = row_fields(row, aside)
            written = fields["phone"].strip()
            fields["phone"], others = member_phones(written)
            if others:  # (a mother's and a father's number in one cell: the first is the member's)
                fields["notes"] = "\n".join(filter(None, [fields["notes"], f"Telepon lain: {others}"]))
            elif fields["phone"] and phone_words(written):  # ("0812... (ortu)": whose phone it is, kept)
                fields["notes"] = "\n".join(filter(None, [fields["notes"], f"Telepon: {written}"]))
            if phone_cut(written):  # (a number Excel showed as 8,12346E+11: "not a phone number" would send
                fields["phone"] = ""  # her looking for a typing mistake, and 0812346000000 is nobody's phone)
                aside.append(("member_phone", written, PHONE_AS_A_NUMBER))
            elif written and not fields["phone"]:
                aside.append(("member_phone", written, NOT_A_PHONE))
            near = None  # somebody this row's member may be, for the report
            twin = None  # the row above that lists this member too: this one is folded into it (``member_twice``)
            written = fields["number"]  # (the number as the file gives it, or none)
            padded: list[str] = []  # the members here whose number it is with zeros in front
            if not fields["number"]:  # a list kept by hand: the member this file made before, or a new card
                if people is None:
                    people, numbers = member_identity.People.of(existing.values()), new_numbers(lib)
                # (a NIK Excel may have cut says nobody is who: twins' NIKs differ in the last digits only)
                nik = "" if row.get("_pin_from_number") else fields["nik"]
                keys = member_identity.person_keys(fields["name"], fields["birth_date"], fields["phone"],
                                                   fields["address"], nik)
                in_file, here = people.row(number, fields["name"], fields["birth_date"], keys, seen)
                # (row numbers repeat across a workbook's sheets: the row of that number who is this person)
                twin = next((first for first in (firsts[n] for n in row_numbers.get(in_file.same.row, ()))
                             if _same_person(fields, first)), None) if in_file.same else None
                if twin is not None:
                    fields["number"] = twin.number
                else:
                    known, near = here.same, in_file.same or in_file.near or here.near
                    fields["number"] = known.ref if known else next(numbers)
                    while not known and fields["number"] in seen:
                        fields["number"] = next(numbers)
            elif fields["number"] not in existing:  # "123": the card 000123, its zeros dropped by a spreadsheet?
                padded = numbers_here.with_zeros(fields["number"])
                if len(padded) == 1:
                    fields["number"] = padded[0]
            if twin is None and fields["number"] in seen:
                twin = firsts.get(fields["number"])  # (none: the row that had it first was refused)
                if twin is not None and not _same_person(fields, twin):
                    raise RowError(TWO_PEOPLE, number=fields["number"], name=twin.name, first=twin.row,
                                   column=row.get("_column_member_id") or "member_id")  # (the sheet's own header)
            seen.add(fields["number"])
            fields["email"] = fields["email"].strip()
            if fields["email"] and not looks_like_email(fields["email"]):
                aside.append(("member_email", fields["email"], NOT_AN_EMAIL))
                fields["email"] = ""
            if fields["expires_on"] and fields["registered_on"] and fields["expires_on"] < fields["registered_on"]:
                aside.append(("expire_date", str(row["expire_date"]).strip(), ENDS_BEFORE_IT_STARTS))
                fields["expires_on"] = None
            if fields["birth_date"] and ((latest is not None and fields["birth_date"] > latest)
                                         or fields["birth_date"].year < 1900):
                aside.append(("birth_date", str(row["birth_date"]).strip(), NOT_A_BIRTH_DATE))
                fields["birth_date"] = None
            if aside:
                result.set_aside += kept_in_notes(fields, aside, number, sheet, row)
            current = existing.get(fields["number"])
            if current is not None and not row.get("_sheet"):
                _address_as_here(fields, row, current)
            type_key = type_name.lower()
            doubled = type_key.removesuffix("2")  # ("Anak" or "Anak2" for "Anak-anak": the plural written once)
            if type_key and type_key not in types and f"{doubled}-{doubled}" in types:
                type_key = f"{doubled}-{doubled}"
                type_name = types[type_key].name
            if type_key and type_key not in types and type_name not in result.new_member_types:
                result.new_member_types.append(type_name)
            cleaned = clean_member(lib, {k: v for k, v in fields.items() if k != "number"}
                                   | ({} if current else {"number": fields["number"]}), current=current,
                                   kept_number=True)
            cleaned["member_type"] = type_name if type_key and type_key not in types else (
                types.get(type_key) or (current.member_type if current else default_type))
            if cleaned["member_type"] is None:
                raise RowError(QT_TRANSLATE_NOOP("Import", "member_type_name is empty."))
        except RowError as exc:
            result.bad.append(BadRow(number, exc.template, exc.params, sheet=sheet))
            continue
        except ValidationError as exc:
            result.bad.append(BadRow(number, exc.template, exc.params, context="Errors", sheet=sheet))
            continue
        image = (row.get("member_image") or "").strip()
        if image and not any(taken == fields["number"] for taken, _ in result.photo_files):
            result.photo_files.append((fields["number"], image))
        if twin is not None:
            _fold(result, twin, cleaned, number, sheet)
            continue
        if len(padded) == 1:
            result.zeros_put_back.append((written, fields["number"]))
        row_numbers.setdefault(number, []).append(fields["number"])
        first = member_twice.First(number, fields["number"], cleaned.get("name") or fields["name"],
                                   fields["birth_date"], member=current)
        firsts[fields["number"]] = first
        if current is None:
            if len(padded) > 1:  # "123" for 0123 or 000123: not guessed, said
                result.possible_duplicates.append(BadRow(number, ZEROS_AMBIGUOUS, {
                    "name": fields["name"], "number": written, "others": " / ".join(padded)}, sheet=sheet))
            elif near is not None:  # a member of their own, who may be somebody here or a row above: said
                result.possible_duplicates.append(_possible_duplicate(number, fields["name"], near, sheet))
            elif written and numbers_here.shorter(written):
                result.short_numbers.append(written)
            cleaned["number"] = fields["number"]
            cleaned.setdefault("registered_on", None)
            if _not_lent_to(row.get("_membership_status", "")):
                cleaned |= {"blocked": True, "blocked_reason": INACTIVE_REASON.format(status=row["_membership_status"])}
                result.inactive += 1
            elif row.get(slims_backup_members.PENDING):
                cleaned |= {"blocked": True, "blocked_reason": PENDING_REASON}
                result.pending += 1
            first.new = cleaned
            result.new_rows.append(cleaned)
            result.add += 1
            if not type_key:  # (the file names no type: the library's first, said with how many)
                result.untyped += 1
                result.untyped_as = cleaned["member_type"].name
        else:
            result.already_members.append((current.name, current.number))
            changes = {}
            for name in COMPARED:
                if name not in cleaned:
                    continue
                value = cleaned[name]
                if name == "member_type":
                    if isinstance(value, str) or value.id != current.member_type_id:
                        changes[name] = value
                elif value is None and name in ("registered_on", "expires_on"):
                    continue
                elif value in (None, "") and row.get("_sheet"):
                    continue  # a list kept by hand that does not say (a class list: no birth date) clears nothing
                elif name in SPELLING_KEPT and _only_shouted(value, getattr(current, name)):
                    continue  # a school's list in capitals does not undo the desk's "Muhammad Rizky Al-Farizi"
                elif name == "nik" and row.get("_pin_from_number") and current.nik[:15] == value[:15]:
                    continue  # the NIK as the librarian mended it, not its last digit as Excel kept it
                elif name == "notes":
                    merged = merged_notes(current.notes or "", value or "")
                    if merged != (current.notes or ""):
                        changes[name] = merged
                elif getattr(current, name) != value:
                    changes[name] = value
            if changed_here.keep_member_fields(current.field_versions, changes, imports):  # (a renewal, a new phone)
                result.kept_here.append((current.name, current.number))
            if changes:
                result.updates[current.id] = changes
                result.update += 1
            else:
                result.unchanged += 1
    result.from_before = sum(1 for fields in result.new_rows if not fields.get("registered_on"))
    if result.inactive:
        result.notices.append(BadRow(0, INACTIVE, {"count": Count(result.inactive)}))
    if result.pending:
        result.notices.append(BadRow(0, PENDING, {"count": Count(result.pending)}))
    today = local_today(lib.clock)
    run_on = [fields for fields in result.new_rows if _runs_on(fields, today)]
    if run_on:
        result.notices.append(BadRow(0, CARDS_RUN_ON, {"count": Count(len(run_on)), "date": format_date(
            today + timedelta(days=_validity(run_on[0])))}))
    slims_lending.plan(result, lending, types)
    return result


# INLISLite lends to a member whose status is "Aktif" only (``SirkulasiHelpers``: StatusAnggota_id 3); its other
# statuses (Tidak Aktif, Suspend, Bebas Pustaka...) are names each library may edit: any of them is not lent to
_ACTIVE = frozenset({"aktif", "active"})
# (kept on the member, in the library's language of record as the desk shows it: data, not a message)
INACTIVE_REASON = "Status keanggotaan di INLISLite: {status}. Buka blokir bila anggota ini aktif lagi."
# SLiMS's Pending Membership (a member's is_pending): its desk lends such a member nothing until it is cleared
PENDING = QT_TRANSLATE_NOOP("Import", "{count} members were pending in SLiMS (Pending Membership): they came in "
                                      "blocked, as SLiMS would not lend to them. Unblock a member on the Anggota page "
                                      "once the membership is confirmed.")
PENDING_REASON = "Keanggotaan tertunda (pending) di SLiMS. Buka blokir bila keanggotaan ini sudah dikonfirmasi."
# a list that gives no card its end (a hand-kept one: the village never let a card run out) of members registered
# years ago: each card would have ended a year after, and the desk refused every old member on the first day
CARDS_RUN_ON = QT_TRANSLATE_NOOP(
    "Import", "{count} member(s) registered longer ago than a card lasts, and the list gives no end date for their "
              "cards: their cards run from the import day, until {date}, so they can borrow at once (their "
              "registration dates are kept).")


def _validity(fields: dict[str, Any]) -> int:
    """The days a card of the new member's type lasts (a type the import adds: a year, as a new type's default)."""
    kind = fields.get("member_type")
    return kind.validity_days if isinstance(kind, MemberType) else 365


def _runs_on(fields: dict[str, Any], today: date) -> bool:
    """Whether a new member's card runs from the import day (``CARDS_RUN_ON``): registered on a day the list gives,
    no end date, and a card from that day would have ended before today."""
    registered = fields.get("registered_on")
    return (not fields.get("expires_on") and registered is not None
            and registered + timedelta(days=_validity(fields)) < today)


INACTIVE = QT_TRANSLATE_NOOP("Import", "{count} members were not active in INLISLite (Status Keanggotaan other than "
                                       "Aktif): they came in blocked, as INLISLite would not lend to them. Unblock "
                                       "a member on the Anggota page when the membership is active again.")


_DATE_COLUMNS = ("member_since_date", "register_date", "expire_date", "birth_date")


def _month_first(read: list[tuple[int, Any]]) -> list[str]:
    """The date columns of the rows ``read`` when the file writes its dates month first (``dates.month_first``: one
    Excel saved the whole file, so a birth date 8/17/1985 says how 3/12/2019 beside it is meant), each such date
    put day first in its row; their names as the file heads them."""
    rows = [row for _, row in read if isinstance(row, dict)]
    if not dates.month_first(row.get(column) for row in rows for column in _DATE_COLUMNS):
        return []
    swapped = [column for column in _DATE_COLUMNS if any(dates.day_first(row.get(column)) != row.get(column)
                                                          for row in rows)]
    for row in rows:
        for column in swapped:
            row[column] = dates.day_first(row.get(column))
    return [next((row[f"_column_{column}"] for row in rows if row.get(f"_column_{column}")), column)
            for column in swapped]


def _address_as_here(fields: dict[str, Any], row: dict[str, Any], current: Member) -> None:
    """A member here whose address is the file's as written, in the shape our export writes ("Kp. Cikaret RT 05/RW
    03, Desa Cibeureum": SLiMS's file imported before that shape was read): the address stays whole, and neither
    the RT/RW nor the village is taken from it, so the file imported again changes nothing."""
    written = str(row.get("member_address") or "").strip()
    if fields["address"] == written or written != current.address:
        return
    fields["address"] = written
    given = member_extras.read("", str(row.get("member_notes") or ""))[2]  # (what the notes say stays said)
    for name in ("village", "rt_rw"):
        if name not in given:
            fields.pop(name, None)


def _not_lent_to(status: str) -> bool:
    return bool(status.strip()) and fold(status) not in _ACTIVE


def _same_person(fields: dict[str, Any], first: member_twice.First) -> bool:
    return member_identity.same_person(fields["name"], fields["birth_date"],
                                       member_identity.Person(first.number, first.name, first.birth))


def _fold(result: MemberImportPlan, twin: member_twice.First, cleaned: dict[str, Any], row: int, sheet: str) -> None:
    """A row of a member an earlier row lists (``twin``) folded into that member, and said."""
    if twin.new is not None:
        member_twice.fold_into_new(twin.new, cleaned, row, sheet)
    elif twin.member is not None:
        had = twin.member.id in result.updates
        changes = member_twice.fold_into_member(twin.member, result.updates.get(twin.member.id, {}), cleaned, row,
                                                sheet)
        if changes:
            result.updates[twin.member.id] = changes
        else:
            result.updates.pop(twin.member.id, None)
        result.update += bool(changes) - had
        result.unchanged += had - bool(changes)
    result.merged.append(BadRow(row, MERGED, {"first": twin.row, "name": twin.name}, sheet=sheet))


def apply(lib: Library, result: MemberImportPlan, progress: Progress | None = None,
          cancel: Cancel | None = None) -> None:
    """Write a plan, all or nothing."""
    today = local_today(lib.clock)
    with lib.transaction():
        types = {t.name.lower(): t for t in MemberType.select().where(MemberType.deleted == False)}  # noqa: E712
        for name in result.new_member_types:
            types[name.lower()] = store.insert(lib, MemberType, name=name, **result.type_terms.get(name, {}))
        for name in result.adopted_member_types:
            store.update(lib, types[name.lower()], **result.type_terms[name])
        collections = {fold(t.name): t for t in CollectionType.select().where(CollectionType.deleted == False)}  # noqa: E712
        for rule in result.loan_rules:
            key = fold(rule.collection_type)
            if key not in collections:  # a collection type SLiMS has and no copy of ours uses yet
                collections[key] = store.insert(lib, CollectionType, name=" ".join(rule.collection_type.split()))
            store.insert(lib, LoanRule, member_type=types[rule.member_type.lower()], collection_type=collections[key],
                         **rule.terms)
        total = max(1, len(result.new_rows) + len(result.updates))
        done = 0
        from_before: list[Member] = []
        for fields in result.new_rows:
            if isinstance(fields["member_type"], str):
                fields["member_type"] = types[fields["member_type"].lower()]
            # a card that ran out before today, in a list without registration dates (INLISLite's, a hand-kept
            # one): registered by that day at the latest, so the card keeps its end and the next import its row
            ends = fields.get("expires_on")
            undated = not fields.get("registered_on")
            runs_on = _runs_on(fields, today)  # (said by the plan: ``CARDS_RUN_ON``)
            fields["registered_on"] = fields.get("registered_on") or (min(today, ends) if ends else today)
            if not fields.get("expires_on"):
                fields["expires_on"] = ((today if runs_on else fields["registered_on"])
                                        + timedelta(days=fields["member_type"].validity_days))
            if fields["expires_on"] < fields["registered_on"]:
                fields["expires_on"] = fields["registered_on"]
            member = store.insert(lib, Member, **fields)
            if undated:  # that day is the card's, no registration: a member from before Pustaka, never a new one
                from_before.append(member)
            done += 1
            if done % 200 == 0:
                checkpoint(progress, cancel, done / total, QT_TRANSLATE_NOOP("Progress", "Saving"))
        members_from_before.remember(from_before)
        for member_id, changes in result.updates.items():
            if isinstance(changes.get("member_type"), str):
                changes["member_type"] = types[changes["member_type"].lower()]
            store.update(lib, Member.get_by_id(member_id), **changes)
            done += 1
            if done % 200 == 0:
                checkpoint(progress, cancel, done / total, QT_TRANSLATE_NOOP("Progress", "Saving"))
        result.applied = True


def import_members(lib: Library, by: Staff, path: str | Path, *, dry_run: bool = False,
                   progress: Progress | None = None, cancel: Cancel | None = None,
                   pictures: str | Path | None = None, database: str | None = None) -> MemberImportPlan:
    """Import a SLiMS members CSV (librarian, "members.import"). With ``dry_run`` nothing is written.
    ``pictures``: SLiMS's images folder (or its persons folder): the members' photos, attached after
    the members are saved (``slims_pictures``)."""
    auth.require(by, "members.import")
    if pictures is not None:
        existing_folder(pictures)
    # a power cut during it is told at the next start (``store.unfinished``)
    with unfinished.watched(lib, "members.import", path, enabled=not dry_run):
        with read_to_the_end(path):  # (the plan reads the whole file: a USB stick pulled out is said)
            result = plan(lib, path, progress, cancel, database)
        if not dry_run:
            with undoable_import.recorded(lib, by, "members.import", "member", path) as detail:
                started = changed_here.import_started(lib)
                apply(lib, result, progress, cancel)
                changed_here.note_import(lib, started)
                detail.update(add=result.add, update=result.update)
    if pictures is not None:
        ids = dict(Member.select(Member.number, Member.id).where(Member.deleted == False).tuples())  # noqa: E712
        wanted = [(ids.get(number, 0), name) for number, name in result.photo_files]
        result.photos = slims_pictures.attach_photos(lib, by, wanted, pictures, dry_run=dry_run, cancel=cancel)
    return result
