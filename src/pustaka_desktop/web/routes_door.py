"""Door sign-in: a tablet or phone at the entrance opens the visitor-book form — a member types or
scans their card number, a guest taps gender, age band and purpose in big buttons, a group gives its
name and counts. The lines are the visitor book's own (core.community.visits through
core.circulation.patron), counted in the reports exactly like the desk's."""

from __future__ import annotations

from ..core.circulation import patron
from ..core.community.members import AGE_BANDS, GENDER_NAMES, GENDERS
from ..core.community.visits import ORIGIN_NAMES, ORIGINS, PURPOSE_NAMES, PURPOSES
from ..core.errors import PustakaError
from ..core.wifi_catalogue import DOOR
from .context import Ctx
from .http import HTTPError, Response, redirect, route

# (method, path pattern, handler, part, rate-limit kind): each handler's @route below adds its own
ROUTES: list[tuple] = []

MAX_NAME = 120


def _choice(ctx: Ctx, name: str, allowed, default: str = "") -> str:
    value = ctx.req.form.get(name, default) or default
    if value not in allowed:
        raise HTTPError(400, "bad_request")
    return value


@route(ROUTES, "GET", r"/buku-tamu", DOOR, "page")
def door(ctx: Ctx, error: str = "", status: int = 200) -> Response:
    return ctx.render("door.html", status=status, error=error, genders=GENDERS, gender_names=GENDER_NAMES,
                      age_bands=AGE_BANDS, purposes=PURPOSES, purpose_names=PURPOSE_NAMES, origins=ORIGINS,
                      origin_names=ORIGIN_NAMES)


def _thanks(ctx: Ctx, text: str) -> Response:
    ctx.flash("ok", text)
    return redirect("/buku-tamu/terima-kasih")


@route(ROUTES, "POST", r"/buku-tamu/anggota", DOOR, "door")
def member(ctx: Ctx) -> Response:
    number = ctx.req.form.get("nomor", "").strip()
    purpose = _choice(ctx, "keperluan", PURPOSES, "read")
    if not number:
        return door(ctx, ctx._("Type or scan your member number."), 400)
    try:
        result = patron.door_member(ctx.app.lib, number[:40], purpose)
    except PustakaError as exc:
        return door(ctx, ctx.error(exc), 400)
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
        return door(ctx, ctx._("Choose male or female and your age, then press Sign in."), 400)
    try:
        patron.door_guest(ctx.app.lib, gender=gender, age_band=age, purpose=purpose, origin=origin)
    except PustakaError as exc:
        return door(ctx, ctx.error(exc), 400)
    return _thanks(ctx, ctx._("Thank you! Your visit is in the visitor book."))


@route(ROUTES, "POST", r"/buku-tamu/rombongan", DOOR, "door")
def group(ctx: Ctx) -> Response:
    name = ctx.req.form.get("nama", "").strip()
    if len(name) > MAX_NAME:
        raise HTTPError(400, "too_long")
    counts = {}
    for key in ("M", "F"):
        value = ctx.req.form.get(f"jumlah_{key}", "").strip() or "0"
        if not (value.isascii() and value.isdigit()) or len(value) > 4:
            return door(ctx, ctx._("Counts are whole numbers."), 400)
        counts[key] = int(value)
    purpose = _choice(ctx, "keperluan", PURPOSES, "activity")
    origin = _choice(ctx, "asal", ORIGINS, "village")
    try:
        visit = patron.door_group(ctx.app.lib, name=name, counts=counts, purpose=purpose, origin=origin)
    except PustakaError as exc:
        return door(ctx, ctx.error(exc), 400)
    return _thanks(ctx, ctx._("Thank you! {count} people are in the visitor book.").format(count=visit.headcount))


@route(ROUTES, "GET", r"/buku-tamu/terima-kasih", DOOR, "page")
def thanks(ctx: Ctx) -> Response:
    return ctx.render("door_thanks.html")
