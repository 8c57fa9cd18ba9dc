"""The three documents the district and the National Library ask for, as data and as labelled tables.

- ``monthly_data(lib, period)``: the periodic village library report (Laporan Bulanan; any period)
- ``iplm_data(lib, year)``: the IPLM data sheet (community literacy index figures) for a year
- ``tpbis_data(lib, period)``: the TPBIS activity report (activities, participants, partners, stories)

``*_tables(data, translate)`` turn the data into ``Section``s of ``Table``s with labels in the
reader's language (the caller passes its translate function; the core never translates by itself).
The PDF, xlsx and CSV exports all render those same tables, so every format shows the same figures.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..community.demographics import AGE_BANDS
from ..community.programs import KIND_NAMES, PARTNER_KIND_NAMES
from ..community.visits import OCCUPATION_NAMES, ORIGIN_NAMES, PURPOSE_NAMES
from ..errors import Cancelled
from ..formatting import format_number, format_percent
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress
from ..service import Library
from ..store.clock import local_today
from . import by_school, figures, recorded
from .fine_totals import fine_tables, fine_totals
from .impact import gaps_from, records_began, unrecorded
from .period import Period, format_date
from .sessions_held import sessions_held
from .sources import before_the_move
from .tables import Section, Table, Translate, _identity, in_its_language, note
from .years import years_compared

GENDER_LABELS = {"M": QT_TRANSLATE_NOOP("Reports", "Male"), "F": QT_TRANSLATE_NOOP("Reports", "Female"),
                 "": QT_TRANSLATE_NOOP("Reports", "Not recorded")}
AUDIENCE_LABELS = {"children": QT_TRANSLATE_NOOP("Reports", "Children"),
                   "teen": QT_TRANSLATE_NOOP("Reports", "Teenagers"),
                   "adult": QT_TRANSLATE_NOOP("Reports", "Adults")}
MATERIAL_LABELS = {"book": QT_TRANSLATE_NOOP("Reports", "Books"), "magazine": QT_TRANSLATE_NOOP("Reports", "Magazines"),
                   "newspaper": QT_TRANSLATE_NOOP("Reports", "Newspapers"),
                   "av": QT_TRANSLATE_NOOP("Reports", "Audio-visual"), "ebook": QT_TRANSLATE_NOOP("Reports", "E-books"),
                   "other": QT_TRANSLATE_NOOP("Reports", "Other")}
SOURCE_LABELS = {"purchase": QT_TRANSLATE_NOOP("Reports", "Purchase"),
                 "grant": QT_TRANSLATE_NOOP("Reports", "Grant (book aid)"),
                 "donation": QT_TRANSLATE_NOOP("Reports", "Donation"), "other": QT_TRANSLATE_NOOP("Reports", "Other")}
CLASS_LABELS = {
    "000": QT_TRANSLATE_NOOP("Reports", "000 General works"), "100": QT_TRANSLATE_NOOP("Reports", "100 Philosophy, psychology"),
    "200": QT_TRANSLATE_NOOP("Reports", "200 Religion"), "300": QT_TRANSLATE_NOOP("Reports", "300 Social sciences"),
    "400": QT_TRANSLATE_NOOP("Reports", "400 Language"), "500": QT_TRANSLATE_NOOP("Reports", "500 Science"),
    "600": QT_TRANSLATE_NOOP("Reports", "600 Applied sciences"), "700": QT_TRANSLATE_NOOP("Reports", "700 Arts, sport"),
    "800": QT_TRANSLATE_NOOP("Reports", "800 Literature"), "900": QT_TRANSLATE_NOOP("Reports", "900 History, geography"),
    "other": QT_TRANSLATE_NOOP("Reports", "Other (fiction, unclassified)"),
}
ROLE_LABELS = {"librarian": QT_TRANSLATE_NOOP("Reports", "Librarians"),
               "volunteer": QT_TRANSLATE_NOOP("Reports", "Volunteers")}


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


# --- data --------------------------------------------------------------------------------------------


def monthly_data(lib: Library, period: Period, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> dict[str, Any]:
    """Every figure of the periodic report. Reads only: one consistent snapshot (one transaction)."""
    report = progress or (lambda fraction, message: None)
    steps = [("collection", lambda: figures.collection(lib, period)),
             ("funds", lambda: figures.new_copies_by_fund(lib, period)),
             ("members", lambda: figures.members(lib, period)),
             ("visits", lambda: figures.visits(lib, period)),
             ("visits_per_day", lambda: figures.visits_per_day(lib, period)),
             ("loans", lambda: figures.loans(lib, period)),
             ("loans_per_day", lambda: figures.loans_per_day(lib, period)),
             ("records_began", lambda: records_began(lib, period)),
             ("unrecorded", lambda: gaps_from(data["records_began"], period)),
             ("years", lambda: years_compared(lib, period, local_today(lib.clock), data["records_began"])),
             ("digital", lambda: figures.digital_shelf(lib, period)),
             ("programmes", lambda: figures.programmes(lib, period)),
             ("staff", lambda: figures.staff(lib)),
             ("schools", lambda: by_school.pupils_by_school(lib, period)),
             ("sources", lambda: before_the_move(lib, period))]
    data: dict[str, Any] = {"kind": "monthly", "period": period, "profile": figures.profile_info(lib),
                            "made_on": local_today(lib.clock)}
    with lib.transaction():
        for index, (key, step) in enumerate(steps):
            _check(cancel)
            report(index / len(steps), key)
            data[key] = step()
        # what Pustaka did not record is unknown, not 0: the average over the days recorded, no days before
        data["visits"] = recorded.visits_as_recorded(lib, period, data["visits"], data["unrecorded"])
        for key in ("loans", "programmes"):
            if recorded.not_recorded(data["unrecorded"], key):
                data[key] = dict.fromkeys(data[key])
        recorded.parts_as_recorded(data)
        recorded.mark_sections(data)
        data["schools"] = by_school.as_recorded(data["schools"], data["unrecorded"])
        data["fines"] = fine_totals(lib, period, data["unrecorded"])  # what the village asks: what came in
    for kind in ("visits", "loans"):
        data[f"{kind}_per_day"] = recorded.days_as_recorded(data[f"{kind}_per_day"], data["records_began"][kind])
    report(1.0, "")
    return data


def iplm_data(lib: Library, year: int, progress: Progress | None = None, cancel: Cancel | None = None) -> dict[str, Any]:
    period = Period.year(year)
    report = progress or (lambda fraction, message: None)
    with lib.transaction():
        report(0.0, QT_TRANSLATE_NOOP("Progress", "Counting the collection"))
        coll = figures.collection_totals(lib, period)
        _check(cancel)
        report(0.3, QT_TRANSLATE_NOOP("Progress", "Counting members"))
        mem = figures.members(lib, period)
        _check(cancel)
        report(0.5, QT_TRANSLATE_NOOP("Progress", "Counting visits"))
        vis = figures.visit_totals(lib, period)
        _check(cancel)
        report(0.8, QT_TRANSLATE_NOOP("Progress", "Counting programmes"))
        prog = figures.programmes(lib, period)
        st = figures.staff(lib)
        gaps = unrecorded(lib, period)
        moved = before_the_move(lib, period)
        average = recorded.average_per_open_day(lib, period, vis["total"], gaps)  # over the days recorded
    population = mem["population"]
    report(1.0, "")
    data = {
        "kind": "iplm", "period": period, "year": year, "profile": figures.profile_info(lib),
        "made_on": local_today(lib.clock), "sources": moved,
        "titles": coll["titles"], "copies": coll["copies"], "new_copies": coll["new_copies"],
        "copies_per_resident": round(coll["copies"] / population, 2) if population else None,
        "staff": st["total"], "staff_by_role": st["by_role"],
        "members": mem["total"], "new_members": mem["new"], "active_members": mem["active"],
        "population": population, "members_share": mem["population_share"],
        "visits": vis["total"], "open_days": vis["open_days"], "visits_per_day": average["per_open_day"],
        "average_open_days": average["open_days"], "average_from": average["from"],
        "programmes": prog["programmes"], "sessions": prog["sessions"], "participants": prog["participants"],
        "attendance": prog["attendance"], "partners": len(prog["partners"]),
        # the figures Pustaka did not record the whole year (a visitor book kept since March, no programmes
        # recorded before the move): the sheet says so instead of a 0 that reads as "the library did nothing"
        "unrecorded": {key: gaps[figure] for key, figure in IPLM_RECORDS.items() if figure in gaps},
    }
    for key, figure in IPLM_RECORDS.items():  # unknown, not 0, in --json too
        if recorded.not_recorded(gaps, figure):
            data[key] = None
    return data


# the IPLM figures counted from the visitor book, the loans or the programme sessions -> the impact figure of the
# same records
IPLM_RECORDS = {"visits": "visits", "visits_per_day": "visits", "active_members": "active_members",
                "programmes": "programmes", "sessions": "programmes", "participants": "participants",
                "attendance": "participants", "partners": "partners"}


def tpbis_data(lib: Library, period: Period, progress: Progress | None = None,
               cancel: Cancel | None = None) -> dict[str, Any]:
    report = progress or (lambda fraction, message: None)
    _check(cancel)
    report(0.1, QT_TRANSLATE_NOOP("Progress", "Counting programmes"))
    with lib.transaction():
        prog = figures.programmes(lib, period)
        gaps = unrecorded(lib, period)
        vis = recorded.visits_as_recorded(lib, period, figures.visits(lib, period), gaps)
        moved = before_the_move(lib, period)
        held = sessions_held(lib, period)
    if recorded.not_recorded(gaps, "programmes"):  # no session recorded in the period: unknown, not 0
        prog = dict.fromkeys(prog)
    else:
        prog["session_list"] = held
    report(1.0, "")
    return {"kind": "tpbis", "period": period, "profile": figures.profile_info(lib), "made_on": local_today(lib.clock),
            "programmes": prog, "visits": vis, "unrecorded": gaps, "sources": moved}


def as_json(data: dict[str, Any]) -> dict[str, Any]:
    """Plain JSON-able values (dates as ISO text, photos left out)."""
    def clean(value: Any) -> Any:
        if isinstance(value, Period):
            return {"start": value.start.isoformat(), "end": value.end.isoformat(), "kind": value.kind}
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, bytes):
            return None
        if isinstance(value, dict):
            return {str(k): clean(v) for k, v in value.items() if k != "photo"}
        if isinstance(value, list | tuple):
            return [clean(v) for v in value]
        return value
    return clean(data)


# --- tables ------------------------------------------------------------------------------------------


def _pct(part: int, whole: int) -> str:
    return format_percent(100.0 * part / whole) if whole else "-"


def _split_table(title: str, counts: dict[str, int], labels: dict[str, str], translate: Translate, head: str,
                 chart: str = "", label_context: str = "Reports") -> Table:
    total = sum(counts.values())
    rows = [[translate(label_context, labels[k]) if k in labels else (k or translate("Reports", "Not recorded")), v, _pct(v, total)]
            for k, v in counts.items() if v or k in labels and k != ""]
    rows.append([translate("Reports", "Total"), total, "100%" if total else "-"])
    return Table(translate("Reports", title), [translate("Reports", head), translate("Reports", "Count"), "%"], rows, chart=chart)


COUNTED_UNTIL = QT_TRANSLATE_NOOP("Reports", "{period}, counted up to {date}")


def period_text(data: dict[str, Any], translate: Translate) -> str:
    """The report's period as its heading names it; a period still running says up to which day it was counted
    (an IPLM sheet of 2026 made on 5 December is not the whole year)."""
    period, made_on = data["period"], data.get("made_on")
    label = period.label(translate)
    if made_on and period.start <= made_on < period.end:
        return translate("Reports", COUNTED_UNTIL).format(period=label, date=format_date(made_on, translate))
    return label


def header_lines(data: dict[str, Any], translate: Translate) -> list[str]:
    p = data.get("profile") or {}
    place = ", ".join(x for x in (p.get("village") and translate("Reports", "{name} Village").format(name=p["village"]),
                                  p.get("kecamatan") and translate("Reports", "{name} Subdistrict").format(name=p["kecamatan"]),
                                  p.get("kabupaten"), p.get("province")) if x)
    lines = [p.get("name", "")]
    if p.get("npp"):
        lines.append(translate("Reports", "NPP: {npp}").format(npp=p["npp"]))
    if p.get("address"):
        lines.append(p["address"])
    if place:
        lines.append(place)
    return [line for line in lines if line]


@in_its_language
def monthly_tables(data: dict[str, Any], translate: Translate = _identity) -> list[Section]:
    c, m, v, lo, pr, st = (data[k] for k in ("collection", "members", "visits", "loans", "programmes", "staff"))
    sections: list[Section] = []

    # 1. visits
    if v["total"] is None:  # no visitor record of the period: one line, not tables and charts of zeros
        sections.append(Section(translate("Reports", "Visitors"), [note(NO_VISITORS, translate)]))
    else:
        sections.append(Section(translate("Reports", "Visitors"),
                                recorded.tables_as_recorded(data, visitor_tables(data, translate), translate, "visits")))

    # 2. loans
    sections.append(Section(translate("Reports", "Loans"), recorded.tables_as_recorded(
        data, loan_tables(data, translate), translate, "loans") if lo["total"] is not None else [note(NO_LOANS, translate)]))
    digital = data.get("digital") or {}
    if digital.get("files") or digital.get("reads") or digital.get("downloads"):  # a library with a digital shelf
        sections[-1].tables += digital_tables(digital, translate)
    sections.append(Section(translate("Reports", "Fines"), fine_tables(data, translate)))

    # 3. members
    figs = [[translate("Reports", "Members"), m["total"]], [translate("Reports", "New members"), m["new"]],
            [translate("Reports", "Active members (borrowed or visited)"),
             recorded.as_recorded(data, "", translate, m["active"], "active_members")]]
    if m["population"]:
        figs.append([translate("Reports", "Village population"), m["population"]])
        figs.append([translate("Reports", "Members as a share of the population"), format_percent(m["population_share"])])
    occ = dict(list(m["by_occupation"].items()))
    sections.append(Section(translate("Reports", "Members"), [
        Table(translate("Reports", "Member figures"), [translate("Reports", "Figure"), translate("Reports", "Value")], figs, "figures"),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Members by gender"), m["by_gender"], GENDER_LABELS, translate,
                     QT_TRANSLATE_NOOP("Reports", "Gender"), "pie"),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Members by age group"), m["by_age_band"], {b: b for b in AGE_BANDS},
                     translate, QT_TRANSLATE_NOOP("Reports", "Age group"), "bar"),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Members by occupation"), occ,
                     {k: OCCUPATION_NAMES[k] for k in occ if k in OCCUPATION_NAMES}, translate,
                     QT_TRANSLATE_NOOP("Reports", "Occupation"), label_context="Visits"),
    ]))

    if data.get("schools"):  # (a library whose members are pupils: what a school or the village asks)
        sections[-1].tables.append(by_school.school_table(data, translate))

    # 4. collection
    figs = [[translate("Reports", "Titles"), c["titles"]], [translate("Reports", "Copies"), c["copies"]],
            [translate("Reports", "New titles in the period"), c["new_titles"]],
            [translate("Reports", "New copies in the period"), c["new_copies"]],
            [translate("Reports", "Titles published in the last five years"),
             f"{format_number(c['recent_titles'])} ({format_percent(c['recent_share'])})"]]

    def two(title: str, split: dict[str, dict[str, int]], labels: dict[str, str], head: str, chart: str = "") -> Table:
        rows = [[translate("Reports", labels[k]) if k in labels else (k or translate("Reports", "Not recorded")),
                 split["titles"][k], split["copies"][k]] for k in split["titles"]
                if split["titles"][k] or split["copies"][k] or k in labels]
        rows.append([translate("Reports", "Total"), sum(split["titles"].values()), sum(split["copies"].values())])
        return Table(translate("Reports", title), [translate("Reports", head), translate("Reports", "Titles"), translate("Reports", "Copies")],
                     rows, chart=chart)

    sections.append(Section(translate("Reports", "Collection"), [
        Table(translate("Reports", "Collection figures"), [translate("Reports", "Figure"), translate("Reports", "Value")], figs, "figures"),
        two(QT_TRANSLATE_NOOP("Reports", "Collection by subject (DDC class)"), c["by_class"], CLASS_LABELS,
            QT_TRANSLATE_NOOP("Reports", "Class"), "bar"),
        two(QT_TRANSLATE_NOOP("Reports", "Collection by audience"), c["by_audience"], AUDIENCE_LABELS,
            QT_TRANSLATE_NOOP("Reports", "Audience")),
        two(QT_TRANSLATE_NOOP("Reports", "Collection by material type"), c["by_material"], MATERIAL_LABELS,
            QT_TRANSLATE_NOOP("Reports", "Material")),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Copies by source"), c["by_source"], SOURCE_LABELS, translate,
                     QT_TRANSLATE_NOOP("Reports", "Source")),
    ]))
    if data.get("funds"):  # (what the village asks: "what did our Dana Desa buy this year?")
        sections[-1].tables.append(fund_table(data["funds"], c["new_copies"], translate))

    # 5. programmes and 6. staff
    sections.append(Section(translate("Reports", "Community activities"),
                            recorded.tables_as_recorded(data, activity_tables(pr, translate), translate, "programmes")))
    staff_rows = [[translate("Reports", ROLE_LABELS.get(role, role)), n] for role, n in sorted(st["by_role"].items())]
    staff_rows.append([translate("Reports", "Total"), st["total"]])
    if data.get("years"):  # a year beside the two before it: what the village government weighs the budget by
        sections.append(Section(translate("Reports", "Compared with earlier years"), [years_table(data["years"], translate)]))
    sections.append(Section(translate("Reports", "Staff"), [
        Table(translate("Reports", "Library staff"), [translate("Reports", "Role"), translate("Reports", "People")], staff_rows)]))
    return sections


NO_VISITORS = QT_TRANSLATE_NOOP("Reports", "Pustaka has no record of the visitors of this period.")
NO_LOANS = QT_TRANSLATE_NOOP("Reports", "Pustaka has no record of the loans of this period.")
NO_ACTIVITIES = QT_TRANSLATE_NOOP("Reports", "Pustaka has no record of the activities of this period.")


# the library's calendar, under a title that says the visitors were counted only from a day inside the period
WHOLE_PERIOD = QT_TRANSLATE_NOOP("Reports", "{value} (the whole period)")


def visitor_tables(data: dict[str, Any], translate: Translate) -> list[Table]:
    v = data["visits"]
    figs = [[translate("Reports", "Visitors (people)"), recorded.as_recorded(data, "", translate, v["total"], "visits")],
            [translate("Reports", "Open days"), v["open_days"] if not (data.get("unrecorded") or {}).get("visits")
             else translate("Reports", WHOLE_PERIOD).format(value=format_number(v["open_days"]))],
            [translate("Reports", "Average visitors per open day"), recorded.average_text(v["per_open_day"], v, translate)],
            [translate("Reports", "Visits by members"), v["members"]],
            [translate("Reports", "Visitors who are not members"), v["non_members"]],
            [translate("Reports", "Group visits"), v["groups"]],
            [translate("Reports", "People in group visits"), v["group_people"]],
            [translate("Reports", "School groups"), v["school_groups"]],
            [translate("Reports", "Pupils in school groups"), v["pupils"]],
            [translate("Reports", "Books read on site"),
             recorded.as_recorded(data, "", translate, v["in_library_use"], "in_library_use")]]
    tables = [
        Table(translate("Reports", "Visitor figures"), [translate("Reports", "Figure"), translate("Reports", "Value")], figs, "figures"),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Visitors by gender"), v["by_gender"], GENDER_LABELS, translate,
                     QT_TRANSLATE_NOOP("Reports", "Gender"), "pie"),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Visitors by age group"), v["by_age_band"],
                     {b: b for b in AGE_BANDS}, translate, QT_TRANSLATE_NOOP("Reports", "Age group"), "bar"),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Visitors by purpose"), v["by_purpose"],
                     {k: PURPOSE_NAMES[k] for k in PURPOSE_NAMES}, translate, QT_TRANSLATE_NOOP("Reports", "Purpose"), "bar",
                     "Visits"),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Visitors who are not members, by origin"), v["by_origin"],
                     ORIGIN_NAMES, translate, QT_TRANSLATE_NOOP("Reports", "Origin"), label_context="Visits"),
    ]
    if data.get("visits_per_day"):
        days = [[format_date(day, translate), n] for day, n in data["visits_per_day"]]
        tables.append(Table(translate("Reports", "Visitors per day"),
                            [translate("Reports", "Date"), translate("Reports", "Visitors")], days, chart="line"))
    return tables



def loan_tables(data: dict[str, Any], translate: Translate) -> list[Table]:
    lo = data["loans"]
    figs = [[translate("Reports", "Loans"), recorded.as_recorded(data, "", translate, lo["total"], "loans")],
            [translate("Reports", "Borrowers"), lo["borrowers"]],
            [translate("Reports", "Returns"), lo["returned"]], [translate("Reports", "Returned late"), lo["returned_late"]]]
    if lo.get("lost_on_loan"):  # (a report kept before this has no such figure)
        figs.append([translate("Reports", "Lost on loan (not brought back)"), lo["lost_on_loan"]])
    top = [[i + 1, title, n] for i, (title, n) in enumerate(lo["top_titles"])]
    tables = [
        Table(translate("Reports", "Loan figures"), [translate("Reports", "Figure"), translate("Reports", "Value")], figs, "figures"),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Loans by subject (DDC class)"), lo["by_class"], CLASS_LABELS, translate,
                     QT_TRANSLATE_NOOP("Reports", "Class"), "bar"),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Loans by audience"), lo["by_audience"], AUDIENCE_LABELS, translate,
                     QT_TRANSLATE_NOOP("Reports", "Audience")),
        Table(translate("Reports", "Most borrowed titles"), ["No.", translate("Reports", "Title"), translate("Reports", "Loans")], top),
    ]
    if data.get("loans_per_day"):  # after the loan figures: the year's loans month by month, as the visitors
        days = [[format_date(day, translate), n] for day, n in data["loans_per_day"]]
        tables.insert(1, Table(translate("Reports", "Loans per day"),
                               [translate("Reports", "Date"), translate("Reports", "Loans")], days, chart="loans_line"))
    return tables


YEAR_FIGURES = {"visits": QT_TRANSLATE_NOOP("Reports", "Visitors (people)"), "loans": QT_TRANSLATE_NOOP("Reports", "Loans"),
                "members": QT_TRANSLATE_NOOP("Reports", "Members"),
                "active_members": QT_TRANSLATE_NOOP("Reports", "Active members (borrowed or visited)"),
                "new_copies": QT_TRANSLATE_NOOP("Reports", "New copies in the period"),
                "programmes": QT_TRANSLATE_NOOP("Reports", "Activities (programmes)"),
                "participants": QT_TRANSLATE_NOOP("Reports", "Participants (people)")}


def years_table(compared: dict[str, Any], translate: Translate) -> Table:
    """The year and the two before it, figure by figure; a year still running against the same days of the
    others; a figure Pustaka has no record of for a year says so (or since when it was recorded)."""
    years = compared["years"]
    columns = [translate("Reports", "Figure")] + [str(entry["year"]) for entry in years]
    rows = [[translate("Reports", label)] + [recorded.as_recorded(entry, "", translate, entry["figures"][key], key)
                                             for entry in years]
            for key, label in YEAR_FIGURES.items()]
    if compared["until"]:
        title = translate("Reports", "1 January to {date} of each year").format(
            date=format_date(compared["until"], translate).rsplit(" ", 1)[0])
    else:
        title = translate("Reports", "Whole years")
    return Table(title, columns, rows)


def fund_table(funds: list[dict[str, Any]], new_copies: int, translate: Translate) -> Table:
    """The period's new copies by the fund their source names (figures.new_copies_by_fund), with what the
    prices written on them add up to -- and on how many a price was written, so a part sum is not read as
    the whole. The copies naming no fund get one line, so the table adds up to the period's new copies."""
    rows = [[fund["fund"], translate("Reports", SOURCE_LABELS[fund["source"]]), fund["copies"], fund["priced"],
             fund["value"] if fund["priced"] else "-"] for fund in funds]
    unnamed = new_copies - sum(fund["copies"] for fund in funds)
    if unnamed > 0:
        rows.append([translate("Reports", "No fund written"), "", unnamed, "-", "-"])
    rows.append([translate("Reports", "Total"), "", new_copies, "", ""])
    return Table(translate("Reports", "New copies by fund"),
                 [translate("Reports", "Fund"), translate("Reports", "Source"), translate("Reports", "Copies"),
                  translate("Reports", "With a price"), translate("Reports", "Value (Rp)")], rows)


def digital_tables(digital: dict[str, Any], translate: Translate) -> list[Table]:
    """The digital shelf's use: files patrons opened or downloaded on their phones (figures.digital_shelf)."""
    figs = [[translate("Reports", "Files on the digital shelf"), digital["files"]],
            [translate("Reports", "Digital shelf: files opened to read"), digital["reads"]],
            [translate("Reports", "Digital shelf: files downloaded"), digital["downloads"]]]
    tables = [Table(translate("Reports", "Digital shelf"), [translate("Reports", "Figure"), translate("Reports", "Value")],
                    figs, "figures")]
    if digital["top_titles"]:
        top = [[i + 1, title, n] for i, (title, n) in enumerate(digital["top_titles"])]
        tables.append(Table(translate("Reports", "Most used titles of the digital shelf"),
                            ["No.", translate("Reports", "Title"), translate("Reports", "Uses")], top))
    return tables


def _cancelled_line(pr: dict[str, Any], translate: Translate) -> list[list[Any]]:
    """The sessions called off and why ("2 (flood, power cut)"), when there were any."""
    if not pr.get("sessions_cancelled"):
        return []
    reasons = ", ".join(dict.fromkeys(c["reason"] for c in pr["cancelled"] if c["reason"]))
    value = f"{pr['sessions_cancelled']} ({reasons})" if reasons else pr["sessions_cancelled"]
    return [[translate("Reports", "Sessions cancelled"), value]]


def activity_tables(pr: dict[str, Any], translate: Translate, with_stories: bool = False) -> list[Table]:
    """The programmes' tables, or one line when Pustaka has no record of the period's sessions."""
    if pr["programmes"] is None:
        return [note(NO_ACTIVITIES, translate)]
    return programme_tables(pr, translate, with_stories)


def programme_tables(pr: dict[str, Any], translate: Translate, with_stories: bool = False) -> list[Table]:
    figs = [[translate("Reports", "Activities (programmes)"), pr["programmes"]], [translate("Reports", "Sessions held"), pr["sessions"]],
            *_cancelled_line(pr, translate),
            [translate("Reports", "Participants (people)"), pr["participants"]],
            [translate("Reports", "Participants who are members"), pr["participant_members"]],
            [translate("Reports", "Participants who are not members"), pr["participant_guests"]],
            [translate("Reports", "Attendances"), pr["attendance"]], [translate("Reports", "Partners"), len(pr["partners"])],
            [translate("Reports", "Skills taught"), ", ".join(pr["skills"]) or "-"]]
    activity_rows = [[a["name"], translate("Programs", KIND_NAMES.get(a["kind"], a["kind"])), a["skill"] or "-", a["sessions"],
                      a["participants"]] for a in pr["list"]]
    tables = [
        Table(translate("Reports", "Activity figures"), [translate("Reports", "Figure"), translate("Reports", "Value")], figs, "figures"),
        Table(translate("Reports", "Activities"), [translate("Reports", "Activity"), translate("Reports", "Type"), translate("Reports", "Skill"),
                                            translate("Reports", "Sessions"), translate("Reports", "Participants")], activity_rows),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Participants by gender"), pr["by_gender"], GENDER_LABELS, translate,
                     QT_TRANSLATE_NOOP("Reports", "Gender"), "pie"),
        _split_table(QT_TRANSLATE_NOOP("Reports", "Participants by age group"), pr["by_age_band"],
                     {b: b for b in AGE_BANDS}, translate, QT_TRANSLATE_NOOP("Reports", "Age group"), "bar"),
    ]
    partner_rows = [[p["name"], translate("Programs", PARTNER_KIND_NAMES.get(p["kind"], p["kind"] or "other")),
                     p.get("roles") or "-",  # (a report kept before roles has none)
                     format_date(date.fromisoformat(p["mou_date"]), translate) if p["mou_date"] else "-", p["programmes"]]
                    for p in pr["partners"]]
    tables.append(Table(translate("Reports", "Partners"), [translate("Reports", "Partner"), translate("Reports", "Type"),
                                                    translate("Reports", "Role"), translate("Reports", "Agreement (MoU) date"),
                                                    translate("Reports", "Activities")],
                        partner_rows))
    if with_stories and pr.get("session_list"):  # who led each session, and where: the TPBIS report asks
        tables.append(Table(translate("Reports", "Sessions held"), [
            translate("Reports", "Date"), translate("Reports", "Activity"), translate("Reports", "Topic"),
            translate("Reports", "Place"), translate("Reports", "Facilitator"), translate("Reports", "Present")],
            [[format_date(date.fromisoformat(s["starts_at"][:10]), translate) + " " + s["starts_at"][11:],
              s["programme"], s["topic"] or "-", s["place"] or "-", s["facilitator"] or "-", s["present"]]
             for s in pr["session_list"]]))
    if with_stories:
        outcome_rows = [[a["name"], a["outcomes"]] for a in pr["list"] if (a["outcomes"] or "").strip()]
        tables.append(Table(translate("Reports", "Outcomes"), [translate("Reports", "Activity"), translate("Reports", "Outcomes")],
                            outcome_rows))
        # The report goes to the district and on to the National Library: only stories told with
        # consent, the others counted so the librarian knows why they are missing.
        public = [s for s in pr["stories"] if s.get("consent")]
        story_rows = [[s["title"] or s["programme"], s["programme"], s["author"],
                       format_date(date.fromisoformat(s["told_on"]), translate) if s["told_on"] else "", s["text"]]
                      for s in public]
        if len(public) < len(pr["stories"]):
            story_rows.append(["", "", "", "", translate("Reports", "{count} more stories are not shown: the teller "
                                                         "did not agree that they be shown in public.").format(
                count=len(pr["stories"]) - len(public))])
        tables.append(Table(translate("Reports", "Stories and testimonials"),
                            [translate("Reports", "Title"), translate("Reports", "Activity"), translate("Reports", "Told by"),
                             translate("Reports", "Date"), translate("Reports", "Story")], story_rows, "text"))
    return tables


@in_its_language
def iplm_tables(data: dict[str, Any], translate: Translate = _identity) -> list[Section]:
    def num(value: Any) -> Any:
        return "-" if value is None else value

    rows = [
        ["1", translate("Reports", "Collection: titles"), data["titles"]],
        ["2", translate("Reports", "Collection: copies"), data["copies"]],
        ["3", translate("Reports", "New copies this year"), data["new_copies"]],
        ["4", translate("Reports", "Village population"), num(data["population"])],
        ["5", translate("Reports", "Copies per resident"), num(data["copies_per_resident"])],
        ["6", translate("Reports", "Library staff"), data["staff"]],
        ["7", translate("Reports", "Members"), data["members"]],
        ["8", translate("Reports", "New members this year"), data["new_members"]],
        ["9", translate("Reports", "Members as a share of the population (%)"), num(data["members_share"])],
        ["10", translate("Reports", "Visitors this year"),
         recorded.as_recorded(data, "visits", translate)],
        ["11", translate("Reports", "Open days this year"), data["open_days"]],
        ["12", translate("Reports", "Average visitors per open day"),
         recorded.as_recorded(data, "visits_per_day", translate) if data["visits_per_day"] is None
         else recorded.average_text(data["visits_per_day"], data, translate)],
        ["13", translate("Reports", "Community activities held"),
         recorded.as_recorded(data, "programmes", translate)],
        ["14", translate("Reports", "Activity sessions"),
         recorded.as_recorded(data, "sessions", translate)],
        ["15", translate("Reports", "People taking part in activities"),
         recorded.as_recorded(data, "participants", translate)],
        ["16", translate("Reports", "Partners involved in activities"),
         recorded.as_recorded(data, "partners", translate)],
    ]
    return [Section(translate("Reports", "IPLM data"), [
        Table(translate("Reports", "IPLM data sheet {year}").format(year=data["year"]),
              ["No.", translate("Reports", "Indicator"), translate("Reports", "Value")], rows)])]


@in_its_language
def tpbis_tables(data: dict[str, Any], translate: Translate = _identity) -> list[Section]:
    v = data["visits"]
    activities = recorded.tables_as_recorded(data, activity_tables(data["programmes"], translate, True), translate,
                                             "programmes")
    if v["total"] is None:  # no visitor record of the period: one line
        return [Section(translate("Reports", "Community activities"), activities),
                Section(translate("Reports", "Library use"), [note(NO_VISITORS, translate)])]
    visit_rows = [[translate("Reports", "Visitors (people)"), recorded.as_recorded(data, "", translate, v["total"], "visits")],
                  [translate("Reports", "Average visitors per open day"), recorded.average_text(v["per_open_day"], v, translate)],
                  [translate("Reports", "Group visits"), v["groups"]]]
    return [
        Section(translate("Reports", "Community activities"), activities),
        Section(translate("Reports", "Library use"), recorded.tables_as_recorded(data, [
            Table(translate("Reports", "Visitor figures"), [translate("Reports", "Figure"), translate("Reports", "Value")],
                  visit_rows, "figures")], translate, "visits")),
    ]


TITLES = {
    "monthly": QT_TRANSLATE_NOOP("Reports", "Village library report"),
    "iplm": QT_TRANSLATE_NOOP("Reports", "IPLM data sheet"),
    "tpbis": QT_TRANSLATE_NOOP("Reports", "TPBIS activity report"),
}


def tables_for(data: dict[str, Any], translate: Translate = _identity) -> list[Section]:
    return {"monthly": monthly_tables, "iplm": iplm_tables, "tpbis": tpbis_tables}[data["kind"]](data, translate)


def title_for(data: dict[str, Any], translate: Translate = _identity) -> str:
    return translate("Reports", TITLES[data["kind"]])
