"""Catalogue pages: search (works without JavaScript; with it, results follow the typing), a record,
its cover, new arrivals, the programme calendar, the language switch and the static files."""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from urllib.parse import quote, urlencode

from ..core.catalog.copies import ITEM_STATUSES
from ..core.catalog.records import AUDIENCES, DDC_CLASSES, LANGUAGES, MATERIAL_TYPES
from ..core.circulation import patron
from ..core.community import programme_calendar
from ..core.community.programs import KIND_NAMES
from ..core.errors import NotFound
from ..core.wifi_catalogue import ACCOUNT, CATALOGUE, DOOR, SHELF
from .context import LANG_COOKIE, Ctx
from .http import HTTPError, Response, redirect, route, safe_next
from .i18n import LANGUAGES as WEB_LANGUAGES
from .source import SearchRequest

# (method, path pattern, handler, part, rate-limit kind): each handler's @route below adds its own
ROUTES: list[tuple] = []

PAGE_SIZE = 20
MAX_QUERY_TEXT = 200
MAX_PAGE = 500
THUMB_HEIGHT = 96
_thumbs: OrderedDict[str, bytes] = OrderedDict()
_thumbs_lock = threading.Lock()
THUMB_CACHE = 400


def _search_request(ctx: Ctx) -> tuple[SearchRequest, int]:
    q = ctx.req.query
    text = q.get("q", "")
    if len(text) > MAX_QUERY_TEXT:
        raise HTTPError(400, "too_long")
    ddc = q.get("kelas", "")
    if ddc and ddc not in DDC_CLASSES:
        raise HTTPError(400, "bad_filter")
    audience = q.get("untuk", "")
    if audience and audience not in AUDIENCES:
        raise HTTPError(400, "bad_filter")
    page_text = q.get("hal", "1") or "1"
    if not (page_text.isascii() and page_text.isdigit()) or not 1 <= int(page_text) <= MAX_PAGE:
        raise HTTPError(400, "bad_filter")
    page = int(page_text)
    return SearchRequest(text=text.strip(), ddc_class=ddc, audience=audience, available=q.get("ada") == "1",
                         offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE), page


@route(ROUTES, "GET", r"/", None, "page")
def home(ctx: Ctx) -> Response:
    if CATALOGUE not in ctx.app.parts:
        for part, target in ((ACCOUNT, "/akun"), (SHELF, "/rak-digital"), (DOOR, "/buku-tamu")):
            if part in ctx.app.parts:
                return redirect(target)
        raise HTTPError(404, "closed")
    request, page = _search_request(ctx)
    searching = bool(request.text or request.ddc_class or request.audience or request.available)
    results = ctx.app.source.search(request) if searching else None
    arrivals = [] if searching else ctx.app.source.new_arrivals(6)
    shown = [h.record_id for h in (results.hits if results else [])] + [h.record_id for h in arrivals]
    # A book opened from these results comes back to them (this query, this page); a subject search opened
    # from a book goes back to the book.
    here = "/?" + urlencode({k: v for k, v in ctx.req.query.items() if k not in ("bagian", "dari")}) if searching else "/"
    book = ctx.req.query.get("dari", "")
    values = dict(request=request, covered=ctx.app.source.with_cover(shown), results=results, page=page,
                  page_size=PAGE_SIZE, arrivals=arrivals, ddc_classes=DDC_CLASSES, audiences=AUDIENCES,
                  searching=searching, pages=((results.total - 1) // PAGE_SIZE + 1) if results and results.total else 0,
                  material_types=MATERIAL_TYPES, here=here,
                  from_book=safe_next(book, "") if book.startswith("/buku/") else "")
    if ctx.req.query.get("bagian") == "hasil":  # the results alone, for as-you-type (search.js)
        return ctx.render("_results.html", **values)
    ctx.ensure_session().last_catalogue_page = here
    return ctx.render("search.html", **values)


@route(ROUTES, "GET", r"/buku/(?P<key>[^/]{1,40})", CATALOGUE, "page")
def record(ctx: Ctx, key: str) -> Response:
    try:
        rec = ctx.app.source.record(key)
    except NotFound:
        raise HTTPError(404, "no_record") from None
    back = safe_next(ctx.req.query.get("dari"), "/")
    here = f"/buku/{key}" + (f"?dari={quote(back, safe='/')}" if back != "/" else "")
    session = ctx.ensure_session()
    session.last_catalogue_page = here
    member = patron.signed_in(session.member_id) if session.member_id is not None and ctx.app.lib else None
    # what she has of it already (her loan, her place in the queue) instead of "Reserve" again
    mine = patron.own_title(ctx.app.lib, member, rec.id) if member is not None and ACCOUNT in ctx.app.parts else None
    # Back from the login that "Reserve this book" asked for: the button is ready, she only confirms.
    return ctx.render("record.html", rec=rec, statuses=ITEM_STATUSES, languages=LANGUAGES, audiences=AUDIENCES,
                      material_types=MATERIAL_TYPES, back=back, here=here,
                      cover_version=ctx.app.source.with_cover([rec.id]).get(rec.id) if rec.has_cover else None,
                      confirm_reserve=ctx.req.query.get("pesan") == "1", mine=mine)


def _thumbnail(data: bytes) -> bytes:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.draft("RGB", (THUMB_HEIGHT * 2, THUMB_HEIGHT * 2))
        image = image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError):
        return b""
    image.thumbnail((THUMB_HEIGHT, THUMB_HEIGHT))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70, optimize=True)
    return out.getvalue()


@route(ROUTES, "GET", r"/sampul/(?P<key>[^/]{1,40})\.jpg", CATALOGUE, "page")
def cover(ctx: Ctx, key: str) -> Response:
    # the cover as it is now: replaced since (a new version), or its book hidden from patrons (none)
    number = int(key) if key.isascii() and key.isdigit() and len(key) <= 18 else None
    version = ctx.app.source.with_cover([number]).get(number) if number is not None else None
    if version is None:
        raise HTTPError(404, "not_found")
    kept = f"{key}@{version}"
    with _thumbs_lock:
        thumb = _thumbs.get(kept)
    if thumb is None:
        try:
            data = ctx.app.source.cover(key)
        except NotFound:
            raise HTTPError(404, "no_record") from None
        thumb = _thumbnail(data) if data else b""
        with _thumbs_lock:
            _thumbs[kept] = thumb
            while len(_thumbs) > THUMB_CACHE:
                _thumbs.popitem(last=False)
    if not thumb:
        raise HTTPError(404, "not_found")
    # the pages name a cover with its version (?v=): kept for a year under that address; an old page's address gets
    # the cover as it is now, not kept
    cache = "public, max-age=31536000, immutable" if ctx.req.query.get("v") == version else "no-cache"
    return Response(thumb, 200, "image/jpeg", headers=[("Cache-Control", cache)])


@route(ROUTES, "GET", r"/baru", CATALOGUE, "page")
def new_arrivals(ctx: Ctx) -> Response:
    arrivals = ctx.app.source.new_arrivals(30)
    return ctx.render("new.html", arrivals=arrivals, material_types=MATERIAL_TYPES, here="/baru",
                      covered=ctx.app.source.with_cover([h.record_id for h in arrivals]))


@route(ROUTES, "GET", r"/kegiatan", CATALOGUE, "page")
def programmes(ctx: Ctx) -> Response:
    if ctx.app.lib is None:
        raise HTTPError(404, "closed")
    lines = programme_calendar.upcoming(ctx.app.lib)
    profile = ctx.app.lib.profile
    return ctx.render("programmes.html", lines=lines, kinds=KIND_NAMES,
                      phone=profile.phone if profile else "", address=profile.address if profile else "")


@route(ROUTES, "GET", r"/bahasa/(?P<lang>[a-z]{2})", None, "page")
def language(ctx: Ctx, lang: str) -> Response:
    if lang not in WEB_LANGUAGES:
        raise HTTPError(404, "not_found")
    response = redirect(safe_next(ctx.req.query.get("next"), "/"))
    response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, http_only=True, same_site="Lax")
    return response


@route(ROUTES, "GET", r"/static/(?P<name>[a-z0-9_\-]{1,40}\.(?:css|js|svg|png|ico|ttf))", None, "free")
def static(ctx: Ctx, name: str) -> Response:
    found = ctx.app.static.get(name)
    if found is None:
        raise HTTPError(404, "not_found")
    data, content_type = found
    asked = ctx.req.query.get("v")
    if asked is None:  # a font named in the style sheet
        cache = "public, max-age=86400"
    elif asked == ctx.app.versions[name]:  # the address changes with the file
        cache = "public, max-age=31536000, immutable"
    else:  # a page from before an update asks for the old file: the new one, not kept under the old address
        cache = "no-cache"
    return Response(data, 200, content_type, headers=[("Cache-Control", cache)])


@route(ROUTES, "GET", r"/robots\.txt", None, "page")
def robots(ctx: Ctx) -> Response:
    return Response(b"User-agent: *\nDisallow: /akun\nDisallow: /buku-tamu\n", 200, "text/plain; charset=utf-8")
