"""The digital shelf: the library's own PDFs and EPUBs, read in the phone's browser or downloaded.
Every opening or download is counted (core.catalog.digital.count_view) for the reports."""

from __future__ import annotations

from urllib.parse import quote

from ..core.catalog import digital
from ..core.errors import NotFound
from ..core.formatting import format_decimal
from ..core.wifi_catalogue import SHELF
from .context import Ctx
from .http import HTTPError, Response, route

# (method, path pattern, handler, part, rate-limit kind): each handler's @route below adds its own
ROUTES: list[tuple] = []

PAGE_SIZE = 30
CHUNK = 64 * 1024


@route(ROUTES, "GET", r"/rak-digital", SHELF, "page")
def shelf(ctx: Ctx) -> Response:
    page_text = ctx.req.query.get("hal", "1") or "1"
    if not (page_text.isascii() and page_text.isdigit()) or not 1 <= int(page_text) <= 1000:
        raise HTTPError(400, "bad_filter")
    page = int(page_text)
    entries = digital.shelf(ctx.app.lib, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    total = digital.shelf_count(ctx.app.lib)
    return ctx.render("shelf.html", entries=entries, page=page, pages=max(1, (total - 1) // PAGE_SIZE + 1),
                      total=total, size=lambda n: _size(n, ctx.lang))


def _size(n: int, language: str) -> str:
    """``2,4 MB`` on an Indonesian page (``2.4 MB`` reads as two thousand four hundred there)."""
    if n >= 1024 * 1024:
        return f"{format_decimal(n / (1024 * 1024), 1, language)} MB"
    return f"{max(1, n // 1024)} KB"


def _file(ctx: Ctx, file_id: str, kind: str) -> Response:
    try:
        dfile = digital.get_file(ctx.app.lib, int(file_id))
        path = digital.file_path(ctx.app.lib, dfile)
    except NotFound:
        raise HTTPError(404, "no_file") from None
    digital.count_view(ctx.app.lib, dfile, kind)
    inline = kind == "read" and dfile.kind == "pdf"
    disposition = ("inline" if inline else "attachment") + f"; filename*=UTF-8''{quote(dfile.file_name)}"
    handle = open(path, "rb")  # closed by the server (or by the file wrapper) when sent
    wrapper = ctx.req.environ.get("wsgi.file_wrapper")
    body = wrapper(handle, CHUNK) if wrapper else iter(lambda: handle.read(CHUNK), b"")
    return Response(body, 200, digital.KINDS[dfile.kind], length=dfile.size,
                    headers=[("Content-Disposition", disposition), ("Cache-Control", "private, max-age=3600")])


@route(ROUTES, "GET", r"/rak-digital/(?P<file_id>[0-9]{1,9})/baca", SHELF, "file")
def read(ctx: Ctx, file_id: str) -> Response:
    return _file(ctx, file_id, "read")


@route(ROUTES, "GET", r"/rak-digital/(?P<file_id>[0-9]{1,9})/unduh", SHELF, "file")
def download(ctx: Ctx, file_id: str) -> Response:
    return _file(ctx, file_id, "download")
