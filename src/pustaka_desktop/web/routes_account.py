""""Akun saya": log in with card number + PIN, see my loans, fines, reservations (and history when I
allow it), renew, reserve, cancel. Each write is the core's patron action (core.circulation.patron):
the desk's rules, the desk's queue, audited as the patron. A member only ever sees their own data:
the session holds one member id, and the core refuses a loan or hold that is not theirs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..core.circulation import patron
from ..core.community import member_pin
from ..core.errors import PermissionDenied, PustakaError, Refused
from ..core.wifi_catalogue import ACCOUNT
from . import security, strings
from .context import Ctx, next_param, whole
from .http import HTTPError, Redirect, Response, redirect, route, safe_next

if TYPE_CHECKING:
    from ..core.store.models import Member

# (method, path pattern, handler, part, rate-limit kind): each handler's @route below adds its own
ROUTES: list[tuple] = []

MAX_NUMBER = 40


def _member(ctx: Ctx) -> Member | None:
    session = ctx.session
    if session is None or session.member_id is None:
        return None
    member = patron.signed_in(session.member_id)
    if member is None:
        session.member_id = None
    return member


def _require_member(ctx: Ctx) -> Member:
    member = _member(ctx)
    if member is None:
        ctx.flash("info", ctx._("Please log in first."))
        raise Redirect("/akun")
    return member


def _int(ctx: Ctx, name: str) -> int:
    value = ctx.req.form.get(name, "")
    if not (value.isascii() and value.isdigit()) or len(value) > 9:
        raise HTTPError(400, "bad_request")
    return int(value)


@route(ROUTES, "GET", r"/akun", ACCOUNT, "page")
def account(ctx: Ctx) -> Response:
    member = _member(ctx)
    if member is None:
        kept = ctx.take_kept_form()
        return ctx.render("login.html", next=next_param(ctx, "/akun"), number=kept.values["nomor"] if kept else "",
                          error=kept.error if kept else "")
    info = patron.account(ctx.app.lib, member)
    problems = [whole(_format(ctx.tc("Errors", template), template, params))
                for template, params in zip(info.problems, info.problem_params, strict=True)]
    # A refused renewal's message above gives its reason already ("your membership ended..."): once is enough.
    said = whole(" ".join(text for _, text in ctx.session.flash)) if ctx.session else ""
    asked = ctx.req.query.get("batal", "")
    return ctx.render("account.html", account=info, problems=[text for text in problems if text not in said],
                      cancelling=int(asked) if asked.isascii() and asked.isdigit() and len(asked) <= 9 else None)


def _format(text: str, template: str, params: dict) -> str:
    """A translation with a broken placeholder must not hide the message (nor make a 500)."""
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


@route(ROUTES, "POST", r"/akun/masuk", ACCOUNT, "login")
def login(ctx: Ctx) -> Response:
    number = ctx.req.form.get("nomor", "").strip()
    pin = ctx.req.form.get("pin", "")
    target = next_param(ctx, "/akun")
    if not number or not pin or len(number) > MAX_NUMBER or len(pin) > 12:
        return _login_again(ctx, target, number, ctx._("Type your member number and your PIN."))
    try:
        member = member_pin.check(ctx.app.lib, number, pin)
    except (PermissionDenied, Refused) as exc:
        return _login_again(ctx, target, number, ctx.error(exc))
    ctx.session, ctx.new_cookie = ctx.app.sessions.rotate(ctx.ensure_session(), member.id), True
    return redirect(target)


def _login_again(ctx: Ctx, target: str, number: str, error: str) -> Response:
    """Back to the login (then on to ``target``) with the card number she typed and why it did not work; the PIN
    is typed again."""
    page = "/akun" if target == "/akun" else f"/akun?next={quote(target, safe='')}"
    return ctx.back_to_form(page, "masuk", error, {"nomor": number[:MAX_NUMBER]})


@route(ROUTES, "POST", r"/akun/keluar", ACCOUNT, "page")
def logout(ctx: Ctx) -> Response:
    if ctx.session is not None:  # a new session; the old one only answers this form sent again
        ctx.session = ctx.app.sessions.rotate(ctx.session)
        ctx.new_cookie = True
    ctx.flash("info", ctx._("You are logged out."))
    return redirect("/")


def _on_own_account(ctx: Ctx, action: Callable, field: str, done: Callable[[Any], str]) -> Response:
    """A patron's change to their own loans or reservations: the core's ``action`` on the number in the
    form's ``field``; the account page then says what was done (``done(result)``) or why not."""
    member = _require_member(ctx)
    try:
        result = action(ctx.app.lib, member, _int(ctx, field))
    except patron.RenewedMeanwhile:
        raise
    except PustakaError as exc:
        ctx.flash("error", ctx.error(exc))
    else:
        ctx.flash("ok", done(result))
    return redirect("/akun")


@route(ROUTES, "POST", r"/akun/perpanjang", ACCOUNT, "write")
def renew(ctx: Ctx) -> Response:
    seen_due = _seen_due(ctx)
    try:
        return _on_own_account(ctx, lambda lib, member, loan_id: patron.renew(lib, member, loan_id, seen_due),
                               "pinjaman", lambda result: _renewed(ctx, result))
    except patron.RenewedMeanwhile as done:  # on another phone with her card, or at the desk: not twice
        ctx.flash("ok", ctx._("Already renewed: {title}. Now due back {due}.").format(
            title=done.params["title"], due=ctx.day(done.due_on)))
        return redirect("/akun")


def _seen_due(ctx: Ctx) -> date | None:
    """The due date her page showed beside Renew (none from a page of an older version)."""
    try:
        return date.fromisoformat(ctx.req.form.get("sampai", "")[:10])
    except ValueError:
        return None


def _renewed(ctx: Ctx, result) -> str:
    """What a renewal did, with the late fine it charged (the desk's rule): money owed is never added silently."""
    said = ctx._("Renewed: {title}. Now due back {due}.").format(title=result.title, due=ctx.day(result.due_on))
    if result.fine:
        said += " " + ctx._("The late fine so far, {amount}, is now owed: pay it at the desk.").format(
            amount=ctx.money(result.fine))
    return said


@route(ROUTES, "POST", r"/akun/pesan", ACCOUNT, "write")
def reserve(ctx: Ctx) -> Response:
    record_id = _int(ctx, "buku")
    member = _member(ctx)
    if member is None:
        ctx.flash("info", ctx._("Log in to reserve this book."))
        return _login_then_reserve(ctx, record_id)
    try:
        hold = patron.place_hold(ctx.app.lib, member, record_id)
    except PustakaError as exc:
        ctx.flash("error", ctx.error(exc))
        return redirect(f"/buku/{record_id}")
    if hold.status == "ready":
        ctx.flash("ok", ctx._("Reserved. A copy is put aside for you: collect it at the desk by {date}.").format(
            date=ctx.day(hold.ready_until)))
    else:
        ctx.flash("ok", ctx._("Reserved. We will keep a copy for you when one comes back."))
    return redirect("/akun")


def _login_then_reserve(ctx: Ctx, record_id: int) -> Response:
    """The login, then back to the book with its Reserve button ready to press (never pressed for her)."""
    back = safe_next(ctx.req.form.get("dari"), "")
    target = f"/buku/{record_id}?pesan=1" + (f"&dari={quote(back, safe='')}" if back else "") + "#pesan"
    return redirect(f"/akun?next={quote(target, safe='')}")


def after_forgotten_session(ctx: Ctx) -> Response:
    """A form of the account's pages whose session the server forgot (see app._form_of_a_forgotten_session):
    nothing is done; she is told she was logged out and taken to the login, which brings her back."""
    path = ctx.req.path
    if path == "/akun/keluar":  # she wanted out: she is
        ctx.flash("info", ctx._("You are logged out."))
        return redirect("/")
    if path == "/akun/masuk":  # the number stays; the PIN is typed again on a page with a fresh token
        return _login_again(ctx, next_param(ctx, "/akun"), ctx.req.form.get("nomor", "").strip(),
                            ctx._(strings.LOGIN_OF_A_FORGOTTEN_SESSION))
    was_member = security.was_member(ctx.req.cookies.get(security.COOKIE))
    if path == "/akun/pesan":
        ctx.flash("info", ctx._(strings.LOGGED_OUT_NOT_DONE if was_member else "Log in to reserve this book."))
        return _login_then_reserve(ctx, _int(ctx, "buku"))
    ctx.flash("info", ctx._(strings.LOGGED_OUT_NOT_DONE if was_member else "Please log in first."))
    return redirect("/akun")


@route(ROUTES, "POST", r"/akun/batal", ACCOUNT, "write")
def cancel(ctx: Ctx) -> Response:
    if ctx.req.form.get("yakin") != "1":  # asked first: a thumb that slips while scrolling loses her place in the queue
        _require_member(ctx)
        hold_id = _int(ctx, "pesanan")
        return redirect(f"/akun?batal={hold_id}#pesanan-{hold_id}")
    return _on_own_account(ctx, patron.cancel_hold, "pesanan", lambda _result: ctx._("Your reservation is cancelled."))


@route(ROUTES, "POST", r"/akun/riwayat", ACCOUNT, "write")
def history(ctx: Ctx) -> Response:
    member = _require_member(ctx)
    member_pin.set_show_history(ctx.app.lib, member, ctx.req.form.get("tampil") == "1")
    return redirect("/akun#riwayat")
