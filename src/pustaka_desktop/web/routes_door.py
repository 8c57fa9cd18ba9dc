"""Door sign-in: a tablet or phone at the entrance opens the visitor-book form — a member types or
scans their card number, a guest taps gender, age band and purpose in big buttons, a group gives its
name and counts. The lines are the visitor book's own (core.community.visits through
core.circulation.patron), counted in the reports exactly like the desk's."""

from __future__ import annotations

from ..core.circulation import patron
from ..core.community.demographics import AGE_BANDS, GENDER_NAMES, GENDERS
from ..core.community.visits import (
    ORIGIN_NAMES,
    ORIGINS,
    PURPOSE_NAMES,
    PURPOSES,
    SCHOOL_LEVEL_NAMES,
    SCHOOL_LEVELS,
)
from ..core.errors import PustakaError
from ..core.wifi_catalogue import DOOR
from . import strings
from .context import Ctx
from .http import HTTPError, Response, redirect, route

# (method, path pattern, handler, part, rate-limit kind): each handler's @route below adds its own
ROUTES: list[tuple] = []

MAX_NAME = 120
# what a group may also be counted by (optional): a class by its school, a family by its ages; the reports count
# visitors by age group, and a group without them under "age not given"
GROUP_COUNTS = (*SCHOOL_LEVELS, *AGE_BANDS)


def _choice(ctx: Ctx, name: str, allowed, default: str = "") -> str:
    value = ctx.req.form.get(name, default) or default
    if value not in allowed:
        raise HTTPError(400, "bad_request")
    return value


# What each form of the page sends (and gets back filled in when it could not be done): its section's id -> fields
FIELDS = {
    "anggota": ("nomor", "keperluan"),
    "tamu": ("jenis_kelamin", "usia", "keperluan", "asal"),
    "rombongan": ("nama", "jumlah_F", "jumlah_M", *(f"jumlah_{key}" for key in GROUP_COUNTS), "keperluan", "asal"),
}


@route(ROUTES, "GET", r"/buku-tamu", DOOR, "page")
def door(ctx: Ctx) -> Response:
    kept = ctx.take_kept_form()
    return ctx.render("door.html", kept=kept, genders=GENDERS, gender_names=GENDER_NAMES,
                      age_bands=AGE_BANDS, purposes=PURPOSES, purpose_names=PURPOSE_NAMES, origins=ORIGINS,
                      origin_names=ORIGIN_NAMES, school_levels=SCHOOL_LEVELS, school_level_names=SCHOOL_LEVEL_NAMES,
                      group_counts=GROUP_COUNTS)


def _try_again(ctx: Ctx, form: str, error: str) -> Response:
    """Back to the visitor book, scrolled to this form, with the reason and everything she typed or chose: on a
    phone she corrects one thing, not the whole form (and Back never offers to send it again)."""
    values = {name: ctx.req.form.get(name, "")[:MAX_NAME] for name in FIELDS[form]}
    return ctx.back_to_form("/buku-tamu", form, error, values, scroll=True)


def _thanks(ctx: Ctx, text: str) -> Response:
    ctx.flash("ok", text)
    return redirect("/buku-tamu/terima-kasih")


@route(ROUTES, "POST", r"/buku-tamu/anggota", DOOR, "door")
def member(ctx: Ctx) -> Response:
    number = ctx.req.form.get("nomor", "").strip()
    purpose = _choice(ctx, "keperluan", PURPOSES, "read")
    if not number:
        return _try_again(ctx, "anggota", ctx._("Type or scan your member number."))
    try:
        result = patron.door_member(ctx.app.lib, number[:40], purpose)
    except PustakaError as exc:
        return _try_again(ctx, "anggota", ctx.error(exc))
    if result.repeat:
        return _thanks(ctx, ctx._("Welcome back! You are already in today's visitor book."))
    return _thanks(ctx, ctx._("Thank you! Your visit is in the visitor book."))


@route(ROUTES, "POST", r"/buku-tamu/tamu", DOOR, "door")
def guest(ctx: Ctx) -> Response:
    gender = _choice(ctx, "jenis_kelamin", GENDERS) if ctx.req.form.get("jenis_kelamin") else ""
    age = _choice(ctx, "usia", AGE_BANDS) if ctx.req.form.get("usia") else ""
    purpose = _choice(ctx, "keperluan", PURPOSES, "read")
    origin = _choice(ctx, "asal", ORIGINS, "village")
    if not gender or not age:
        return _try_again(ctx, "tamu", ctx._("Choose male or female and your age, then press Sign in."))
    try:
        patron.door_guest(ctx.app.lib, gender=gender, age_band=age, purpose=purpose, origin=origin)
    except PustakaError as exc:
        return _try_again(ctx, "tamu", ctx.error(exc))
    return _thanks(ctx, ctx._("Thank you! Your visit is in the visitor book."))


@route(ROUTES, "POST", r"/buku-tamu/rombongan", DOOR, "door")
def group(ctx: Ctx) -> Response:
    name = ctx.req.form.get("nama", "").strip()
    if len(name) > MAX_NAME:
        raise HTTPError(400, "too_long")
    counts = {}
    for key in ("M", "F", *GROUP_COUNTS):
        value = ctx.req.form.get(f"jumlah_{key}", "").strip() or "0"
        if not (value.isascii() and value.isdigit()) or len(value) > 4:
            return _try_again(ctx, "rombongan", ctx._("Counts are whole numbers."))
        counts[key] = int(value)
    purpose = _choice(ctx, "keperluan", PURPOSES, "activity")
    origin = _choice(ctx, "asal", ORIGINS, "village")
    try:
        visit = patron.door_group(ctx.app.lib, name=name, counts=counts, purpose=purpose, origin=origin)
    except PustakaError as exc:
        return _try_again(ctx, "rombongan", ctx.error(exc))
    return _thanks(ctx, ctx._("Thank you! {count} people are in the visitor book.").format(count=visit.headcount))


def after_forgotten_session(ctx: Ctx) -> Response:
    """A visitor-book form whose session the server forgot (the phone slept past ``security.IDLE`` mid-form, or
    the library PC restarted: app._form_of_a_forgotten_session): nothing is done (its token cannot be checked),
    and it comes back filled in as she sent it, to check and send again; a teacher does not count her class
    again, a family does not tap every choice again."""
    form = ctx.req.path.rsplit("/", 1)[-1]
    if form not in FIELDS:
        raise HTTPError(404, "not_found")
    return _try_again(ctx, form, ctx._(strings.DOOR_FORM_OF_A_FORGOTTEN_SESSION))


@route(ROUTES, "GET", r"/buku-tamu/terima-kasih", DOOR, "page")
def thanks(ctx: Ctx) -> Response:
    return ctx.render("door_thanks.html")
