"""Web catalogue fixtures: a small library with books, copies, members with PINs, a programme and a
digital-shelf file; the real server (waitress) on a free loopback port; a tiny HTTP client that keeps
cookies like a phone's browser."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from pustaka_desktop.core import auth, profile
from pustaka_desktop.core.catalog import digital
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.community import member_pin, programs
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Member, Record
from pustaka_desktop.web.app import WebApp
from pustaka_desktop.web.server import WebServer
from tests import new_library
from tests.core.circ_helpers import book, member

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


@dataclass
class Village:
    lib: object
    librarian: object
    budi: object  # a member with a PIN and a book on loan
    siti: object  # another member with a PIN
    loan_barcode: str
    record_id: int  # "Budidaya Padi Sawah", two copies, one on the shelf
    lent_record_id: int  # "Laskar Pelangi", its only copy lent to Budi
    hidden_id: int
    file_id: int


PIN_BUDI = "482915"
PIN_SITI = "730164"


def _fill_village(lib) -> None:
    """What every village below holds but its digital-shelf file (that file lives beside the database, which a copy
    of the database does not carry): filled once per run and copied for each test (tests/new_library.py)."""
    librarian = auth.login(lib, "pustakawan", "rahasia1")
    padi = book(lib, "Budidaya Padi Sawah", copies=2)
    store.update(lib, Record.get_by_id(padi[0].record_id), ddc="633.18", subjects='["Padi", "Pertanian"]',
                 authors='[{"name": "Suparman", "role": "primary", "kind": "person"}]')
    laskar = book(lib, "Laskar Pelangi", copies=1)
    hidden = book(lib, "Arsip Rahasia Desa", copies=1)
    store.update(lib, Record.get_by_id(hidden[0].record_id), hidden=True)
    for n in range(30):
        book(lib, f"Kumpulan Cerita Rakyat Jilid {n + 1}", copies=1)
    budi = member(lib, librarian, "Budi Santoso")
    siti = member(lib, librarian, "Siti Aminah")
    member_pin.set_pin(lib, librarian, budi, PIN_BUDI)
    member_pin.set_pin(lib, librarian, siti, PIN_SITI)
    loans.checkout(lib, librarian, budi, laskar[0].barcode)
    program = programs.create_program(lib, librarian, name="Klub Baca Anak", kind="book_club",
                                       description="Membaca bersama setiap Sabtu.")
    today = lib.clock.now().astimezone().date()
    programs.add_session(lib, librarian, program, starts_at=f"{today + timedelta(days=5)} 15:00", place="Balai Desa",
                         topic="Dongeng Nusantara")


@pytest.fixture
def lib(request, tmp_path, clock):
    """tests/conftest.py's library; for a test of the ``village``, a copy of the village filled once per run (building
    it took most of the time of a web test)."""
    if "village" not in request.fixturenames:
        plain = request.getfixturevalue("empty_lib")
        profile.init_library(plain, **new_library.VILLAGE)
        yield plain
        return
    village = new_library.filled("web village", tmp_path / "library.sqlite3", clock, _fill_village)
    yield village
    village.close()


@pytest.fixture
def village(lib, librarian, tmp_path) -> Village:
    with lib.bound():
        budi = Member.get(Member.name.startswith("Budi Santoso"))
        siti = Member.get(Member.name.startswith("Siti Aminah"))
        padi, laskar, hidden = (Record.get(Record.title == title).id
                                for title in ("Budidaya Padi Sawah", "Laskar Pelangi", "Arsip Rahasia Desa"))
        loan_barcode = Item.get(Item.record == laskar).barcode
    pdf = tmp_path / "Perdes Nomor 3 Tahun 2025.pdf"
    pdf.write_bytes(PDF)
    dfile = digital.add_document(lib, librarian, pdf, title="Peraturan Desa tentang Lumbung Pangan")
    return Village(lib, librarian, budi, siti, loan_barcode, padi, laskar, hidden, dfile.id)


@pytest.fixture
def server(village):
    app = WebApp(lib=village.lib)
    running = WebServer(app, "127.0.0.1", 0, threads=4).start()
    yield running
    running.stop()


@pytest.fixture
def base(server) -> str:
    return f"http://127.0.0.1:{server.port}"


class Answer:
    def __init__(self, status: int, headers, body: bytes, url: str) -> None:
        self.status, self.headers, self.body, self.url = status, headers, body, url

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Phone:
    """A browser without JavaScript: cookies, forms, redirects followed like a browser would."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())

    def request(self, path: str, data: dict | bytes | None = None, follow: bool = True,
                headers: dict | None = None, method: str | None = None) -> Answer:
        body = urllib.parse.urlencode(data).encode() if isinstance(data, dict) else data
        req = urllib.request.Request(self.base + path, data=body, headers=headers or {}, method=method)
        try:
            with self.opener.open(req, timeout=30) as r:
                answer = Answer(r.status, r.headers, r.read(), path)
        except urllib.error.HTTPError as e:
            answer = Answer(e.code, e.headers, e.read(), path)
        if follow and answer.status in (302, 303) and answer.headers.get("Location"):
            return self.request(answer.headers["Location"])
        return answer

    def get(self, path: str, **kw) -> Answer:
        return self.request(path, **kw)

    def csrf(self, path: str) -> str:
        page = self.get(path)
        found = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert found, f"no form on {path}"
        return found.group(1)

    def post(self, path: str, fields: dict, form_page: str = "/akun", **kw) -> Answer:
        fields = {"csrf": self.csrf(form_page), **fields}
        return self.request(path, fields, **kw)

    def login(self, number: str, pin: str, **kw) -> Answer:
        return self.post("/akun/masuk", {"nomor": number, "pin": pin}, **kw)


@pytest.fixture
def phone(base) -> Phone:
    return Phone(base)


def today(lib) -> date:
    return lib.clock.now().astimezone().date()
