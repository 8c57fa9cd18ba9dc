"""The impact sheet (Lembar dampak) on one A4 page, as a PDF to print for the village deliberation and as a
PNG 1080 pixels wide to share in the village's WhatsApp groups. Laid out once as elements (like the
posters) so both look the same; the figures come from ``core.reports.impact``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from .. import auth
from ..errors import ValidationError
from ..formatting import format_date, format_decimal, format_measure, format_money, format_number, written_in
from ..i18n import QT_TRANSLATE_NOOP
from ..reports.impact import impact_data
from ..reports.period import Period
from ..reports.period import format_date as long_date
from ..reports.sources import sources_line
from ..service import Library
from ..store.files import write_bytes
from ..store.models import Staff
from .layout import Box, Element, Image, Rect, Translate, fit_line, fit_paragraph, no_translation
from .posters import ACCENT, BAND, GREY, PALE, WHITE, render_pdf, render_png

W, H = 210.0, 297.0
MARGIN = 12.0
PNG_WIDTH = 1080  # pixels: what a phone shows full width without zooming
STORIES_Y = 184.0  # where the stories begin, below who the library serves and its programmes
YOUNG_BANDS = ("0-6", "7-12", "13-18")
MAX_FUNDS = 3  # the funds named under the new books (the biggest): the sheet stays one page, readable
T = {  # every text of the sheet, marked for translation
    "title": QT_TRANSLATE_NOOP("Impact", "Library impact {period}"),
    "compared": QT_TRANSLATE_NOOP("Impact", "Compared with {previous}"),
    "so_far": QT_TRANSLATE_NOOP("Impact", "Counted up to {date}, compared with {previous}"),
    "visits": QT_TRANSLATE_NOOP("Impact", "Visitors"),
    "visits_sub": QT_TRANSLATE_NOOP("Impact", "{per_day} per open day"),
    "visits_sub_from": QT_TRANSLATE_NOOP("Impact", "{per_day} per open day from {date}"),
    "unrecorded": QT_TRANSLATE_NOOP("Impact", "not recorded in Pustaka"),
    "programmes_unrecorded": QT_TRANSLATE_NOOP("Impact", "Pustaka has no record of the activities of this period."),
    "members": QT_TRANSLATE_NOOP("Impact", "Members"),
    "members_sub": QT_TRANSLATE_NOOP("Impact", "{new} new, {active} active"),
    "members_sub_from": QT_TRANSLATE_NOOP("Impact", "{new} new, {active} active from {date}"),
    "members_sub_unrecorded": QT_TRANSLATE_NOOP("Impact", "{new} new; active: not recorded in Pustaka"),
    "loans": QT_TRANSLATE_NOOP("Impact", "Books borrowed"),
    "loans_sub": QT_TRANSLATE_NOOP("Impact", "by {borrowers} borrowers"),
    "loans_digital_sub": QT_TRANSLATE_NOOP("Impact", "by {borrowers} borrowers; digital shelf used {digital} times"),
    "participants": QT_TRANSLATE_NOOP("Impact", "Programme participants"),
    "participants_sub": QT_TRANSLATE_NOOP("Impact", "{programmes} programmes, {sessions} sessions"),
    "partners": QT_TRANSLATE_NOOP("Impact", "Partners"),
    "partners_sub": QT_TRANSLATE_NOOP("Impact", "working with the library"),
    "new_copies": QT_TRANSLATE_NOOP("Impact", "New books"),
    "new_copies_sub": QT_TRANSLATE_NOOP("Impact", "collection now: {copies} books, {titles} titles"),
    "before": QT_TRANSLATE_NOOP("Impact", "before: {value}"),
    "before_partly": QT_TRANSLATE_NOOP("Impact", "before: {value} (recorded only from {date})"),
    "before_unrecorded": QT_TRANSLATE_NOOP("Impact", "before: not recorded in Pustaka"),
    "since": QT_TRANSLATE_NOOP("Impact", "{label} (recorded from {date})"),
    "who": QT_TRANSLATE_NOOP("Impact", "Who the library serves"),
    "age": QT_TRANSLATE_NOOP("Impact", "Age"),
    "not_recorded": QT_TRANSLATE_NOOP("Impact", "not recorded"),
    "women": QT_TRANSLATE_NOOP("Impact", "Women"),
    "men": QT_TRANSLATE_NOOP("Impact", "Men"),
    "young": QT_TRANSLATE_NOOP("Impact", "Children and young people (0–18): {share} of visitors"),
    "young_of_aged": QT_TRANSLATE_NOOP("Impact", "Children and young people (0–18): {share} of visitors "
                                                 "whose age was recorded"),
    "no_ages": QT_TRANSLATE_NOOP("Impact", "The visitor book of this period did not record ages."),
    "school_groups": QT_TRANSLATE_NOOP("Impact", "School groups: {groups} visits, {pupils} pupils"),
    "programmes": QT_TRANSLATE_NOOP("Impact", "Programmes"),
    "programme_line": QT_TRANSLATE_NOOP("Impact", "{name}: {sessions} sessions, {participants} participants"),
    "programme_outcome": QT_TRANSLATE_NOOP("Impact", "Result: {outcomes}"),
    "no_programmes": QT_TRANSLATE_NOOP("Impact", "No programme sessions in this period."),
    "partner_list": QT_TRANSLATE_NOOP("Impact", "With: {names}"),
    "stories": QT_TRANSLATE_NOOP("Impact", "Stories"),
    "received": QT_TRANSLATE_NOOP("Impact", "What the library received"),
    "budget": QT_TRANSLATE_NOOP("Impact", "Budget: {amount}"),
    "cost": QT_TRANSLATE_NOOP("Impact", "That is {amount} per visit."),
    "no_budget": QT_TRANSLATE_NOOP("Impact", "Budget: not entered."),
    "new_books": QT_TRANSLATE_NOOP("Impact", "{copies} new books:"),
    "source_purchase": QT_TRANSLATE_NOOP("Impact", "• bought: {copies}"),
    "source_grant": QT_TRANSLATE_NOOP("Impact", "• grants: {copies}"),
    "source_donation": QT_TRANSLATE_NOOP("Impact", "• donated: {copies}"),
    "source_other": QT_TRANSLATE_NOOP("Impact", "• other: {copies}"),
    "fund": QT_TRANSLATE_NOOP("Impact", "– from {fund}: {copies}"),
    "worth": QT_TRANSLATE_NOOP("Impact", "{line}, worth {amount}"),
    "worth_partly": QT_TRANSLATE_NOOP("Impact", "{line}, worth {amount} (price written on {priced} of them)"),
    "request": QT_TRANSLATE_NOOP("Impact", "We ask for: {amount}"),
    "request_books": QT_TRANSLATE_NOOP("Impact", "Spent on books, that is about {books} new books at {price} each "
                                                 "(the average price paid in {period})."),
    "plans": QT_TRANSLATE_NOOP("Impact", "Our plans"),
    "no_plans": QT_TRANSLATE_NOOP("Impact", "Not entered yet."),
    "footer": QT_TRANSLATE_NOOP("Impact", "Figures from the same calculations as the IPLM report · made {date} "
                                          "with Pustaka"),
}


def _n(value: Any) -> str:
    return format_number(value) if isinstance(value, (int, float)) else str(value)


def _change(pct: float | None) -> str:
    """The change from the previous period as the village reads numbers: ``-4,7%``, ``+1.250%``."""
    if pct is None:
        return ""
    sign = "+" if pct > 0 else ("-" if pct < 0 else "")
    return f"{sign}{format_measure(abs(pct), places=1)}%"


def _before(say, value: Any, unrecorded: dict, field: str, translate: Translate) -> str:
    """The previous period's figure, saying so when Pustaka did not record all of it (no % is shown then)."""
    if field not in unrecorded:
        return say("before").format(value=_n(value))
    began = unrecorded[field]
    if began is None:
        return say("before_unrecorded")
    return say("before_partly").format(value=_n(value), date=long_date(began, translate))


def _label(say, key: str, field: str, recorded_from: dict, translate: Translate) -> str:
    """A tile's name, with the day Pustaka's records of it began when that was inside the period: a library
    that moved in July without its old visitor book counts half a year of visitors, and says so."""
    began = recorded_from.get(field)
    return say("since").format(label=say(key), date=long_date(began, translate)) if began else say(key)


def _members(say, now: dict[str, Any], data: dict[str, Any], translate: Translate) -> str:
    """The members tile's line: who is active is counted from visits and loans, so a period before the move says it
    was not recorded (a head count of members is always known)."""
    new, active = _n(now["new_members"]), _n(now["active_members"])
    if "active_members" in data.get("not_recorded", []):
        return say("members_sub_unrecorded").format(new=new)
    began = data.get("recorded_from", {}).get("active_members")
    if began:
        return say("members_sub_from").format(new=new, active=active, date=long_date(began, translate))
    return say("members_sub").format(new=new, active=active)


def _visits(say, now: dict[str, Any], translate: Translate) -> tuple[str, str]:
    """The visitors tile's number and line: the average over the open days Pustaka recorded visitors on (from the
    day its records began, when inside the period), or no number when it has no record of the period's visitors."""
    if now["visits_per_day"] is None:
        return "–", say("unrecorded")
    if now.get("average_from"):
        return _n(now["visits"]), say("visits_sub_from").format(per_day=format_decimal(now["visits_per_day"]),
                                                                date=long_date(now["average_from"], translate))
    return _n(now["visits"]), say("visits_sub").format(per_day=format_decimal(now["visits_per_day"]))


def _worth(say, line: str, entry: dict[str, Any]) -> str:
    """``line`` with the money its copies were worth, where their prices were written down."""
    if not (entry["priced"] and entry["value"]):
        return line
    key = "worth" if entry["priced"] == entry["copies"] else "worth_partly"
    return say(key).format(line=line, amount=format_money(entry["value"]), priced=_n(entry["priced"]))


def _new_books(say, bought: dict[str, dict[str, int]], funds: list[dict[str, Any]] = ()) -> list[str]:
    """The period's new books by where they came from, each source with the funds its copies name below it
    ("– Dana Desa: 120, worth Rp 6.000.000": what the village's money bought), with the money they were
    worth where their prices were written down. The biggest funds only: the sheet stays one page."""
    total = sum(entry["copies"] for entry in bought.values())
    if not total:
        return []
    shown = funds[:MAX_FUNDS]
    lines = [say("new_books").format(copies=_n(total))]
    for source, entry in bought.items():
        if not entry["copies"]:
            continue
        lines.append(_worth(say, say(f"source_{source}").format(copies=_n(entry["copies"])), entry))
        lines += [_worth(say, say("fund").format(fund=fund["fund"], copies=_n(fund["copies"])), fund)
                  for fund in shown if fund["source"] == source]
    return lines


def _tile(box: Box, label: str, value: str, sub: str, before: str, pct: float | None) -> list[Element]:
    inner = Box(box.x + 3, box.y, box.w - 6, box.h)
    out: list[Element] = [Rect(box, fill=PALE, stroke=None, radius=2.5)]
    out.append(fit_line(label, Box(inner.x, box.y + 2.5, inner.w, 5), max_size=10, color=GREY))
    out.append(fit_line(value, Box(inner.x, box.y + 8, inner.w * 0.62, 11), style="bold", max_size=26, color=BAND))
    change = _change(pct)
    if change:
        color = (0.10, 0.45, 0.20) if pct and pct > 0 else ((0.70, 0.10, 0.10) if pct and pct < 0 else GREY)
        out.append(fit_line(change, Box(inner.x + inner.w * 0.62, box.y + 10, inner.w * 0.38, 7), style="bold",
                            max_size=14, align="right", color=color))
    out.append(fit_line(sub, Box(inner.x, box.y + 19.5, inner.w, 4.5), max_size=8.5, color=(0, 0, 0)))
    out.append(fit_line(before, Box(inner.x, box.y + 24, inner.w, 4), max_size=7.5, color=GREY))
    return out


def _share(part: int, whole: int) -> str:
    return f"{format_measure(100.0 * part / whole, places=1)}%" if whole else ""


def _who(say, visitors: dict[str, Any], now: dict[str, Any], box: Box, began: date | None = None,
         translate: Translate = no_translation) -> list[Element]:
    """Visitors (the visitor book, as the monthly report counts them) and members side by side, by age band
    and gender, then the share of children and young people among visitors and the school groups. Where
    the visitor book did not record ages (an imported old book), it says so rather than show zeros; visitors
    recorded only from a day inside the period (``began``) say from when over their column."""
    out = _heading(say("who"), box.y, box.x, box.w)
    ages, members_ages = visitors["by_age_band"], now["members_by_age_band"]
    aged = sum(n for band, n in ages.items() if band)
    top = max([n for band, n in ages.items() if band] or [1]) or 1
    label_w, count_w, bar_w, members_w = 17.0, 13.0, 38.0, box.w - 17.0 - 13.0 - 38.0 - 4.0
    bar_x, members_x = box.x + label_w + count_w + 1.5, box.x + box.w - members_w
    row_h, y = 4.5, box.y + 10

    def row(label: str, visitors_text: str, members_text: str, bar: float = 0.0, note: str = "") -> None:
        nonlocal y
        out.append(fit_line(label, Box(box.x, y, label_w - 1, row_h - 0.6), max_size=8.5, color=GREY))
        out.append(fit_line(visitors_text, Box(box.x + label_w, y, count_w, row_h - 0.6), max_size=8.5,
                            align="right"))
        if bar:
            out.append(Rect(Box(bar_x, y + 0.6, max(0.6, bar_w * bar), row_h - 1.6), fill=ACCENT, stroke=None))
        elif note:
            out.append(fit_line(note, Box(bar_x, y, bar_w, row_h - 0.6), max_size=8.5, color=GREY))
        out.append(fit_line(members_text, Box(members_x, y, members_w, row_h - 0.6), max_size=8.5, align="right"))
        y += row_h

    visitors_head = ((say("visits"), bar_x, bar_w, "left") if not began else  # (over the counts and the bars)
                     (say("since").format(label=say("visits"), date=long_date(began, translate)), box.x + label_w + 1,
                      count_w + bar_w - 1, "left"))
    for text, x, w, align in ((say("age"), box.x, label_w - 1, "left"), visitors_head,
                              (say("members"), members_x - 6, members_w + 6, "right")):
        out.append(fit_line(text, Box(x, y, w, row_h - 0.6), max_size=8.5, style="bold", color=GREY, align=align))
    y += row_h
    for band in [band for band in ages if band] + [""]:
        visited, members = ages.get(band, 0), members_ages.get(band, 0)
        if band == "" and not (visited or members):
            continue
        label = say("not_recorded") if band == "" else band.replace("-", "–")
        shown = _n(visited) if aged or band == "" else "–"
        row(label, shown, _n(members), bar=visited / top if band and aged else 0.0)
    genders, members_genders = visitors["by_gender"], now["members_by_gender"]
    gendered = genders.get("M", 0) + genders.get("F", 0)
    y += 1.0
    for key, name in (("F", "women"), ("M", "men")):
        row(say(name), _n(genders.get(key, 0)) if gendered else "–", _n(members_genders.get(key, 0)),
            note=_share(genders.get(key, 0), gendered))
    lines = []
    if aged:
        share = _share(sum(ages.get(band, 0) for band in YOUNG_BANDS), aged)
        lines.append(say("young" if aged == visitors["total"] else "young_of_aged").format(share=share))
    elif visitors["total"]:
        lines.append(say("no_ages"))
    if visitors["school_groups"]:
        lines.append(say("school_groups").format(groups=_n(visitors["school_groups"]),
                                                 pupils=_n(visitors["pupils"])))
    if lines:
        out += fit_paragraph("\n".join(lines), Box(box.x, y + 0.5, box.w, box.y + box.h - y - 0.5), max_size=9,
                             min_size=6.5, style="bold")
    return out


def _heading(text: str, y: float, x: float = MARGIN, w: float = W - 2 * MARGIN) -> list[Element]:
    return [fit_line(text, Box(x, y, w, 7), style="bold", max_size=13, color=BAND),
            Rect(Box(x, y + 7.5, 18, 0.8), fill=ACCENT, stroke=None)]


def impact_elements(data: dict[str, Any], translate: Translate = no_translation) -> list[Element]:
    """The sheet's elements; numbers are written in the sheet's language (``translate``'s: core.formatting)."""
    with written_in(translate):
        return _impact_elements(data, translate)


def _impact_elements(data: dict[str, Any], translate: Translate) -> list[Element]:
    say = lambda key: translate("Impact", T[key])  # noqa: E731 - a short local name for many texts
    now, before, changes = data["now"], data["before"], data["changes"]
    period, previous = data["period"], data["previous"]
    profile = data["profile"]
    out: list[Element] = [Rect(Box(0, 0, W, 40), fill=BAND, stroke=None)]
    out.append(fit_line(profile.get("name", ""), Box(MARGIN, 6, W - 2 * MARGIN, 9), style="bold", max_size=16,
                        color=WHITE))
    out.append(fit_line(say("title").format(period=period.label(translate)), Box(MARGIN, 16, W - 2 * MARGIN, 13),
                        style="bold", max_size=28, color=WHITE))
    place = ", ".join(p for p in (profile.get("village"), profile.get("kecamatan"), profile.get("kabupaten")) if p)
    if data.get("until"):
        compared = say("so_far").format(date=long_date(data["until"], translate),
                                        previous=data["compared"].label(translate))
    else:
        compared = say("compared").format(previous=previous.label(translate))
    out.append(fit_line(" · ".join(p for p in (place, compared) if p), Box(MARGIN, 31, W - 2 * MARGIN, 6),
                        max_size=10, color=WHITE))

    tiles = [
        ("visits", *_visits(say, now, translate), "visits"),
        ("members", _n(now["members"]), _members(say, now, data, translate), "members"),
        ("loans", _n(now["loans"]), say("loans_digital_sub" if now["digital_uses"] or before["digital_uses"]
                                        else "loans_sub").format(borrowers=_n(now["borrowers"]),
                                                                 digital=_n(now["digital_uses"])), "loans"),
        ("participants", _n(now["participants"]), say("participants_sub").format(
            programmes=_n(now["programmes"]), sessions=_n(now["sessions"])), "participants"),
        ("partners", _n(now["partners"]), say("partners_sub"), "partners"),
        ("new_copies", _n(now["new_copies"]), say("new_copies_sub").format(
            copies=_n(now["copies"]), titles=_n(now["titles"])), "new_copies"),
    ]
    unknown = data.get("not_recorded", [])  # no record of the period at all: no number, never a 0
    tiles = [(key, "–", say("unrecorded"), field) if field in unknown else (key, value, sub, field)
             for key, value, sub, field in tiles]
    gap, tile_w, tile_h = 4.0, (W - 2 * MARGIN - 8) / 3, 29.5
    for index, (key, value, sub, field) in enumerate(tiles):
        box = Box(MARGIN + (index % 3) * (tile_w + gap), 46 + (index // 3) * (tile_h + 3), tile_w, tile_h)
        out += _tile(box, _label(say, key, field, data.get("recorded_from", {}), translate), value, sub,
                     _before(say, before[field], data.get("unrecorded", {}), field, translate), changes.get(field))

    # who the library serves: visitors and members by age band and gender
    y = 112.0
    out += _who(say, data["visitors"], now, Box(MARGIN, y, 88, STORIES_Y - y - 1),
                data.get("recorded_from", {}).get("visits"), translate)

    # programmes and partners
    x2 = MARGIN + 98
    out += _heading(say("programmes"), y, x2, W - MARGIN - x2)
    # what came of a programme ("3 ibu mulai jualan online") is what the village deliberation asks about
    lines = [line for p in now["programme_list"][:5] for line in (
        say("programme_line").format(name=p["name"], sessions=_n(p["sessions"]), participants=_n(p["participants"])),
        *([say("programme_outcome").format(outcomes=" ".join(p["outcomes"].split()))] if (p.get("outcomes") or "").strip()
          else []))] or [say("programmes_unrecorded" if "programmes" in unknown else "no_programmes")]
    if now["partner_names"]:
        lines.append(say("partner_list").format(names=", ".join(now["partner_names"][:6])))
    out += fit_paragraph("\n".join(lines), Box(x2, y + 10, W - MARGIN - x2, STORIES_Y - y - 12), max_size=9.5,
                         min_size=6.5)

    # stories told with consent
    y = STORIES_Y
    stories = data["stories"]
    if stories:
        out += _heading(say("stories"), y)
        width = (W - 2 * MARGIN - 6) / len(stories)
        for i, story in enumerate(stories):
            x = MARGIN + i * (width + 6)
            text_x = x
            if story["photo"]:
                out.append(Image(Box(x, y + 10, 28, 28), story["photo"]))
                text_x = x + 31
            text_w = x + width - text_x
            heading = story["title"] or story["programme"]
            out.append(fit_line(heading, Box(text_x, y + 10, text_w, 5.5), style="bold", max_size=10))
            quote = f"“{story['text']}”" + (f" — {story['author']}" if story["author"] else "")
            out += fit_paragraph(quote, Box(text_x, y + 16, text_w, 24), max_size=9, min_size=6.5)
        y += 44
    else:
        y += 2

    # what the library received, and its plans
    half = (W - 2 * MARGIN - 8) / 2
    out += _heading(say("received"), y, MARGIN, half)
    if data["budget"]:
        money = [say("budget").format(amount=format_money(data["budget"]))]
        if data["cost_per_visit"]:
            money.append(say("cost").format(amount=format_money(data["cost_per_visit"])))
    else:
        money = [say("no_budget")]
    money += _new_books(say, data["bought"], data.get("funds", []))
    received = "\n".join(money + ([data["received"]] if data["received"] else []))
    moved = sources_line(data.get("sources"), translate)
    bottom = H - 13 - (6 if moved else 0)
    if moved:  # the months before the move were not counted at the desk: one line says where they came from
        out.append(fit_line(moved, Box(MARGIN, H - 16.5, W - 2 * MARGIN, 4.5), max_size=8, color=GREY))
    out += fit_paragraph(received, Box(MARGIN, y + 10, half, bottom - y - 12), max_size=10, min_size=6.5)
    x2 = MARGIN + half + 8
    out += _heading(say("plans"), y, x2, half)
    asked = []
    if data.get("request"):
        asked.append(say("request").format(amount=format_money(data["request"])))
        if data["request_in_books"]:
            asked.append(say("request_books").format(books=_n(data["request_in_books"]["books"]), period=period.label(
                translate), price=format_money(data["request_in_books"]["average_price"])))
    plans = "\n".join(asked + [data["plans"]]) if data["plans"] else "\n".join(asked) or say("no_plans")
    out += fit_paragraph(plans, Box(x2, y + 10, half, bottom - y - 12), max_size=10,
                         min_size=6.5)
    out.append(Rect(Box(0, H - 11, W, 11), fill=BAND, stroke=None))
    out.append(fit_line(say("footer").format(date=format_date(data["made_on"])), Box(MARGIN, H - 8.5, W - 2 * MARGIN,
                                                                                      6),
                        max_size=8.5, align="center", color=WHITE))
    return out


def write_impact_sheet(lib: Library, by: Staff, period: Period, path: str | Path,
                       translate: Translate = no_translation) -> bytes:
    """The impact sheet of ``period`` to ``path``: .pdf to print, .png to share."""
    auth.require(by, "reports.export")
    suffix = Path(path).suffix.lower()
    if suffix not in (".pdf", ".png"):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Save the impact sheet as a .pdf or a .png file."),
                              field="path")
    elements = impact_elements(impact_data(lib, period), translate)
    title = translate("Impact", T["title"]).format(period=period.label(translate))
    data = render_png(elements, "a4", dpi=PNG_WIDTH * 25.4 / W) if suffix == ".png" else render_pdf(
        elements, "a4", title)
    write_bytes(path, data)
    auth.audit(lib, by, "reports.export", "report", "impact", period=period.slug(), file=Path(path).name)
    return data
