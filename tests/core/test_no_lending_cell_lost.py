"""Issue #12, "Moving in without loss", for the tables of a SLiMS 9 backup that say how the library lends: its member
types' loan terms (``mst_member_type``), its loan rules (``mst_loan_rules``: a member type borrowing a collection
type or a GMD), its calendar (``holiday``: the weekdays it closes, its dated holidays), the reservations waiting
(``reserve``) and the settings that decide lending (``setting``). Every non-empty value ends up in the library (a
member type's terms, the terms the desk lends on, a holiday, the closed weekdays, a reservation, the circulation
options, the library's name) or is named by the import (a notice, a row left out). What is right to drop is accepted
by name, each with why.

The backup is the catalogue audit's (``test_no_column_lost``: its catalogue, members and the small tables their copies
point into: collection types, locations, item statuses, which that audit accounts for) with these tables added, filled
as a village library fills them, and imported as the app does: the catalogue (``import slims-sql``), the members with
their types and loan terms (``members-import``), then the history (loans, calendar, reservations)."""

from __future__ import annotations

from typing import Any

from pustaka_desktop.core.circulation import holidays, loan_rules
from pustaka_desktop.core.formatting import weekday_name
from pustaka_desktop.core.interop import (
    importer,
    member_import,
    slims_backup,
    slims_backup_members,
    slims_history,
    slims_history_kept,
    slims_lending,
)
from pustaka_desktop.core.store.clock import to_local
from pustaka_desktop.core.store.models import CollectionType, Hold, Holiday, MemberType, Record
from tests.core import test_no_column_lost as column_audit
from tests.core.slims_sample import _insert
from tests.core.test_no_cell_lost import _fold
from tests.core.test_no_list_cell_lost import day_of
from tests.core.test_no_member_cell_lost import NO_VALUE

DAY = column_audit.DAY


def _php(text: str) -> str:
    """A setting's value as SLiMS keeps it: PHP's serialize of a string (its length in bytes)."""
    return f's:{len(text.encode("utf-8"))}:"{text}";'


LENDING: dict[str, list[tuple]] = {
    # Umum 2 books for 7 days, Rp500 a day late after a day's grace; Mahasiswa 3 for 14 days; Guru, which nobody holds
    # yet (the teachers register after the move)
    "mst_member_type": [(1, "Umum", 2, 7, 1, 2, 365, 1, 500, 1, DAY, DAY),
                        (2, "Mahasiswa", 3, 14, 1, 3, 730, 2, 500, 2, DAY, DAY),
                        (3, "Guru", 5, 30, 1, 2, 1095, 2, 0, 0, DAY, DAY)],
    # Umum borrows no reference books (0 books); Mahasiswa borrows the general collection 21 days at Rp1000 a day
    # with 3 days' grace; Umum borrows maps (a GMD) for 3 days
    "mst_loan_rules": [(1, 1, 2, 0, 0, 0, 0, 0, 0, DAY, DAY),
                       (2, 2, 1, 0, 5, 21, 2, 1000, 3, DAY, DAY),
                       (3, 1, 0, 2, 1, 3, 0, 500, 0, DAY, DAY),
                       # Mahasiswa borrows two reference books for the day only (0 days: back before closing)
                       (4, 2, 2, 0, 2, 0, 0, 0, 0, DAY, DAY)],
    # closed on Sundays; Idul Fitri and its cuti bersama; Christmas last year
    "holiday": [(1, "sun", None, None),
                (2, "Fri", "2026-03-20", "Idul Fitri 1447 H"),
                (3, "Sat", "2026-03-21", "Idul Fitri 1447 H"),
                (4, "Mon", "2026-03-23", "Cuti bersama Idul Fitri"),
                (5, "Thu", "2025-12-25", "Hari Raya Natal")],
    # Budi has the first Laskar Pelangi (the second is in repair): Siti waits for it
    "loan": [(1, "B0001", "0002", "2026-02-23", "2026-03-09", 0, 2, None, 1, 0, None, DAY, DAY, 1)],
    "reserve": [(1, "0001", 1, "B0001", "2026-02-25 10:00:00")],
    "setting": [(1, "library_name", _php("Perpustakaan Desa Sukamaju")),
                (2, "library_subname", _php("Taman Bacaan Masyarakat Cahaya Ilmu")),
                (3, "template", 'a:2:{s:5:"theme";s:7:"default";s:3:"css";s:26:"template/default/style.css";}'),
                (5, "default_lang", _php("id_ID")),
                (6, "opac_result_num", _php("10")),
                (8, "quick_return", "b:1;"),
                (9, "allow_loan_date_change", "b:0;"),
                (10, "loan_limit_override", "b:1;"),
                (14, "session_timeout", _php("7200")),
                (15, "circulation_receipt", "b:1;"),
                (16, "barcode_encoding", _php("code128")),
                (17, "ignore_holidays_fine_calc", "b:1;")],
}
TABLES = {**{t: rows for t, rows in column_audit.TABLES.items() if t not in LENDING}, **LENDING}
AUDITED = ("mst_member_type", "mst_loan_rules", "holiday", "reserve", "setting")


def write_backup(path) -> tuple[Any, dict[tuple[str, Any], int]]:
    """The backup as mysqldump-php writes it (an INSERT a row), and the line of each (table, row id)."""
    lines, at = ["-- MySQL dump (mysqldump-php)\n"], {}
    for table, rows in [*TABLES.items(), ("mst_frequency", column_audit.FREQUENCIES)]:
        columns = column_audit.FREQUENCY if table == "mst_frequency" else slims_backup.KNOWN_COLUMNS[table]
        for row in rows:
            at[(table, row[0])] = len("".join(lines).splitlines()) + 1
            lines.append(_insert(table, columns, [row]).replace(" VALUES\n", " VALUES "))
    path.write_text("".join(lines), encoding="utf-8")
    return path, at


def values(at: dict[tuple[str, Any], int]) -> list[column_audit.Value]:
    out = []
    for table in AUDITED:
        for row in TABLES[table]:
            named = dict(zip(slims_backup.KNOWN_COLUMNS[table], row, strict=True))
            out += [column_audit.Value(table, row[0], at[(table, row[0])], column, value)
                    for column, value in named.items() if value not in NO_VALUE and str(value).strip() != ""
                    and not (column in ("coll_type_id", "gmd_id") and value == 0)]  # (0: any, SLiMS's default)
    return out


# --- what is right to drop, and why ------------------------------------------------------------------------------------

ACCEPTED: dict[tuple[str, str], str] = {
    **{(table, column): column_audit._STAMPS for table in AUDITED for column in ("input_date", "last_update")},
    # SLiMS's numbers of its rows: each row is found here by what it names (a member type by its name, a rule by its
    # member type and collection type, a reservation by its member and title); a reservation's and holiday's uid is
    # made from SLiMS's number, so a second import adds nothing twice
    **{(table, f"{table.removeprefix('mst_')}_id"): "SLiMS's row id" for table in AUDITED},
    # a dated holiday's day name is the weekday of its date (SLiMS writes it from the date): the date is kept
    ("holiday", "holiday_dayname"): "repeats the holiday's date",
    # SLiMS reserves one copy; a reservation here waits for the title and takes whichever of its copies comes back
    # first (the title is checked, and the member's place in its queue)
    ("reserve", "item_code"): "the title is what waits here (checked)",
    # a setting's name says which setting its value is (each value is checked by its name below)
    ("setting", "setting_name"): "names the setting (its value is checked)",
}
# the settings of SLiMS's own program, nothing of how the library lends: its screens, its OPAC, its login, its barcodes
SETTINGS_ACCEPTED = {
    "template": "SLiMS's OPAC theme", "default_lang": "SLiMS's screen language (Pustaka speaks Indonesian already)",
    "opac_result_num": "SLiMS's OPAC page size", "session_timeout": "SLiMS's login session",
    "barcode_encoding": "SLiMS's barcode printer setting (labels here print their own)",
    # the line under the name in SLiMS's OPAC header (its default "Open Source Library Management System"): said with
    # the name when the name is not the one here (checked), no name of the library itself
    "library_subname": "SLiMS's OPAC tagline",
    # how SLiMS's desk screen worked: return without the member's page, a date box on the loan form, a printed slip
    # after each transaction; the desk here has its own screens (and prints a receipt when asked)
    "quick_return": "SLiMS's desk screen", "allow_loan_date_change": "SLiMS's desk screen",
    "circulation_receipt": "SLiMS's desk screen",
    # SLiMS let its staff lend past a member's limit; the desk here lets a librarian do it, each time, by name
    # (circulation.override)
    "loan_limit_override": "the desk's override, each time, by a librarian",
}


# --- the accounting ----------------------------------------------------------------------------------------------------


def _row(value: column_audit.Value) -> dict[str, Any]:
    row = next(r for r in TABLES[value.table] if r[0] == value.key)
    return dict(zip(slims_backup.KNOWN_COLUMNS[value.table], row, strict=True))


def _name(table: str, key: Any) -> str:
    column = {"mst_member_type": "member_type_name", "mst_coll_type": "coll_type_name"}[table]
    row = next(r for r in TABLES[table] if r[0] == key)
    return dict(zip(slims_backup.KNOWN_COLUMNS[table], row, strict=True))[column]


# SLiMS's member type's columns -> ours
TYPE_TERMS = {**{theirs: ours for theirs, (ours, _) in slims_backup_members._TERMS.items()},
              "enable_reserve": "reservations", "member_type_name": "name"}
# SLiMS's loan rule's columns -> the terms the desk lends on (``loan_rules.Terms``)
RULE_TERMS = {"loan_limit": "collection_limit", "loan_periode": "loan_days", "reborrow_limit": "renewals",
              "fine_each_day": "fine_per_day", "grace_periode": "grace_days"}


def _type_kept(value: column_audit.Value) -> bool:
    kept = MemberType.get_or_none((MemberType.name == _row(value)["member_type_name"]) & (MemberType.deleted == False))  # noqa: E712
    if kept is None or value.column not in TYPE_TERMS:
        return False
    ours = getattr(kept, TYPE_TERMS[value.column])
    return str(ours) == str(value.value) or (isinstance(ours, bool) and ours == (value.value == 1))


def _rule_kept(value: column_audit.Value) -> bool:
    """The terms the desk lends a rule's member type a copy of its collection type on are the rule's."""
    row = _row(value)
    if row["gmd_id"]:
        return False  # (a rule for a material: only named)
    kind = MemberType.get_or_none(MemberType.name == _name("mst_member_type", row["member_type_id"]))
    collection = CollectionType.get_or_none(CollectionType.name == _name("mst_coll_type", row["coll_type_id"]))
    if kind is None or collection is None:
        return False
    terms = loan_rules.terms_for(kind, collection)
    if value.column in ("member_type_id", "coll_type_id"):  # (their names: the rule is theirs)
        return terms.rule_id is not None
    if value.column == "loan_limit" and value.value == 0:
        return not terms.loanable
    if not terms.loanable and value.value == 0:  # (a rule that lends nothing: its days, renewals, fine say nothing)
        return True
    return value.column in RULE_TERMS and getattr(terms, RULE_TERMS[value.column]) == value.value


def _holiday_kept(lib, value: column_audit.Value) -> bool:
    row = _row(value)
    if not row["holiday_date"]:  # a weekday SLiMS closed every week: the library's closed weekdays
        days = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
        return str(days[row["holiday_dayname"][:3].lower()]) in lib.profile.closed_weekdays.split(",")
    day = day_of(row["holiday_date"])
    found = Holiday.select().where((Holiday.starts_on <= day) & (Holiday.ends_on >= day) & (Holiday.deleted == False))  # noqa: E712
    if value.column == "description":
        return any(_fold(h.name) == _fold(value.value) for h in found)
    return found.exists()


def _reservation_kept(value: column_audit.Value) -> bool:
    row = _row(value)
    record = Record.get_or_none(Record.slims_id == f"slims:{row['biblio_id']}")
    holds = [h for h in Hold.select().where(Hold.deleted == False) if record is not None  # noqa: E712
             and h.record_id == record.id and h.member.number == row["member_id"]]
    if value.column == "reserve_date":
        return any(to_local(h.placed_at).strftime("%Y-%m-%d %H:%M:%S") == value.value for h in holds)
    return bool(holds)


def _setting_kept(lib, value: column_audit.Value) -> bool:
    name = _row(value)["setting_name"]
    if name in SETTINGS_ACCEPTED:
        return True
    if name == "ignore_holidays_fine_calc":
        return loan_rules.options(lib).fines_skip_closed_days == (value.value == "b:1;")
    if name == "library_name":
        return _fold(value.value.split('"')[1]) in _fold(lib.profile.name)
    return False


def _named(plans, value: column_audit.Value) -> bool:
    """The import names the value: a line said of its row (a row left out is said whole), or its column named; or
    a line of the file quoting it whole (a setting's text), or naming the member type it is a term of."""
    said = column_audit._said(plans, value.line, value.table, value.column)
    shown = value.value.split('"')[1] if value.table == "setting" and '"' in str(value.value) else value.value
    if column_audit._COLUMN_SAID in said or _fold(shown) in " ".join(said) or any(
            bad.row == value.line for plan in plans for bad in plan.bad):
        return True
    quoted = [_fold(v) for plan in plans for notice in plan.notices if not notice.row for v in notice.params.values()]
    if value.table == "mst_member_type":
        return _fold(_row(value)["member_type_name"]) in quoted
    return isinstance(shown, str) and not shown.isdigit() and _fold(shown) in quoted


def lost_values(lib, plans, found: list[column_audit.Value]) -> list[str]:
    kept = {"mst_member_type": _type_kept, "mst_loan_rules": _rule_kept, "reserve": _reservation_kept,
            "holiday": lambda v: _holiday_kept(lib, v), "setting": lambda v: _setting_kept(lib, v)}
    return [str(value) for value in found if (value.table, value.column) not in ACCEPTED
            and not kept[value.table](value) and not _named(plans, value)]


# --- the audit ---------------------------------------------------------------------------------------------------------


def test_every_value_of_how_a_slims_library_lends_is_kept_or_named(lib, librarian, tmp_path):
    dump, at = write_backup(tmp_path / "backup_20260301_170000.sql")
    catalogue = importer.import_file(lib, librarian, "slims-sql", dump)
    members = member_import.import_members(lib, librarian, dump)
    history = slims_history.import_history(lib, librarian, dump)
    lost = lost_values(lib, [catalogue, members, history], values(at))
    assert lost == [], "lost:\n" + "\n".join(lost)
    # every line said renders in full (its values all given)
    assert all(notice.line() for plan in (catalogue, members, history) for notice in plan.notices)
    # the teachers' type nobody holds yet, a rule's own grace days and SLiMS's name of the library: said
    said = {n.template: n.params for n in [*members.notices, *history.notices]}
    assert said[slims_lending.NOT_MADE]["type"] == "Guru"
    # the reference books lent for the day: a day here (the nearest a loan here comes), said
    students = MemberType.get(MemberType.name == "Mahasiswa")
    reference = CollectionType.get(CollectionType.name == "Referensi")
    assert (loan_rules.terms_for(students, reference).loan_days, said[slims_lending.SAME_DAY]["member_type"]) == (
        1, "Mahasiswa")
    graces = {(n.params["collection_type"], n.params["grace"], n.params["here"]) for n in members.notices
              if n.template == slims_lending.RULE_GRACE}
    assert graces == {("Umum", 3, 2), ("Referensi", 0, 2)}
    assert (said[slims_history_kept.NAME_DIFFERS]["name"], said[slims_history_kept.NAME_DIFFERS]["subname"]) == (
        "Perpustakaan Desa Sukamaju", "Taman Bacaan Masyarakat Cahaya Ilmu")


# --- what the library here chose before the move stays, and SLiMS's other choice is said --------------------------------


def test_a_member_type_set_up_here_keeps_its_terms_and_slims_other_terms_are_said(lib, librarian, tmp_path):
    dump, _ = write_backup(tmp_path / "backup_20260301_170000.sql")
    umum = MemberType.get(MemberType.name == "Umum")
    loan_rules.save_member_type(lib, librarian, umum, loan_days=10)  # (the librarian's own: no more the starting one)
    importer.import_file(lib, librarian, "slims-sql", dump)
    members = member_import.import_members(lib, librarian, dump)
    assert MemberType.get(MemberType.name == "Umum").loan_days == 10
    kept = [n.params for n in members.notices if n.template == slims_lending.KEPT_HERE]
    assert [(p["type"], p["books"], p["days"], p["fine"]) for p in kept] == [("Umum", 2, 7, 500)]


def test_a_member_type_that_lent_for_the_day_only_lends_a_day_here_and_says_so(lib, librarian, tmp_path, monkeypatch):
    students = (2, "Mahasiswa", 3, 0, 1, 3, 730, 2, 500, 2, DAY, DAY)  # (0 days: back before closing)
    monkeypatch.setitem(TABLES, "mst_member_type", [students if row[1] == "Mahasiswa" else row
                                                    for row in TABLES["mst_member_type"]])
    dump, _ = write_backup(tmp_path / "backup_20260301_170000.sql")
    importer.import_file(lib, librarian, "slims-sql", dump)
    members = member_import.import_members(lib, librarian, dump)
    said = {n.template: n.params for n in members.notices}
    assert (MemberType.get(MemberType.name == "Mahasiswa").loan_days, said[slims_lending.TYPE_SAME_DAY]) == (
        1, {"type": "Mahasiswa"})
    # the type nobody holds is not made, and not said to lend for a day
    assert [n.params["type"] for n in members.notices if n.template == slims_lending.TYPE_SAME_DAY] == ["Mahasiswa"]


def test_closing_days_and_fine_options_chosen_here_stay_and_slims_are_said(lib, librarian, tmp_path):
    dump, _ = write_backup(tmp_path / "backup_20260301_170000.sql")
    holidays.set_closed_weekdays(lib, librarian, {5})  # (closed on Fridays, chosen here)
    loan_rules.set_options(lib, librarian, fines_skip_closed_days=False)
    importer.import_file(lib, librarian, "slims-sql", dump)
    member_import.import_members(lib, librarian, dump)
    history = slims_history.import_history(lib, librarian, dump)
    assert lib.profile.closed_weekdays == "5" and not loan_rules.options(lib).fines_skip_closed_days
    said = {n.template: n.params for n in history.notices}
    assert said[slims_history_kept.DAYS_KEPT] == {"days": weekday_name(7), "here": weekday_name(5)}
    assert slims_history_kept.SKIP_KEPT in said
    # a second import says it again, and changes nothing
    again = slims_history.import_history(lib, librarian, dump)
    assert again.changes == 0 and slims_history_kept.DAYS_KEPT in {n.template for n in again.notices}


def test_the_name_slims_installs_with_is_not_said_as_the_librarys():
    """SLiMS installs as "Senayan"; a library that never changed it had no other name there: nothing to say."""
    here = "Perpustakaan Desa Sukamaju"
    assert slims_history_kept.library_name({"library_name": 's:7:"Senayan";'}, here) is None
    assert slims_history_kept.library_name({"library_name": 's:11:"Perpus Desa";'}, here).params["name"] == "Perpus Desa"
