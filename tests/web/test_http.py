"""The web catalogue over real HTTP on loopback (waitress), as a phone without JavaScript uses it:
search, record, account, renew, reserve, door — and hostile input, which always gets a 4xx and a
friendly page, never a 500 or a traceback."""

from __future__ import annotations

import re
import socket

from pustaka_desktop.core.community import member_pin
from pustaka_desktop.core.store.models import AuditLog, Hold, Loan, Visit
from pustaka_desktop.web.security import RateLimiter

from .conftest import PIN_BUDI, PIN_SITI, Phone


def test_search_without_javascript_finds_and_filters(phone, village):
    page = phone.get("/?q=padi")
    assert page.status == 200 and "Budidaya Padi Sawah" in page.text
    assert "2 dari 2 eksemplar ada di rak" in page.text  # Indonesian by default
    assert "Arsip Rahasia" not in phone.get("/?q=arsip").text  # hidden from patrons
    assert "Budidaya Padi" in phone.get("/?q=padi&kelas=600&ada=1").text
    assert "Budidaya Padi" not in phone.get("/?q=padi&kelas=800").text
    paged = phone.get("/?q=cerita&hal=2")
    assert paged.status == 200 and "halaman 2 dari 2" in paged.text


def test_record_page_shows_copies_and_loan_due_date_but_no_borrower(phone, village):
    page = phone.get(f"/buku/{village.lent_record_id}")
    assert page.status == 200 and "Laskar Pelangi" in page.text
    assert "Dipinjam, kembali" in page.text
    assert village.budi.name not in page.text and village.budi.number not in page.text
    assert phone.get(f"/buku/{village.hidden_id}").status == 404


def test_english_switch_keeps_the_page(phone):
    answer = phone.get("/bahasa/en?next=/baru")
    assert answer.status == 200 and "New arrivals" in answer.text and 'lang="en"' in answer.text
    assert phone.get("/bahasa/en?next=https://evil.example/").url == "/"  # no open redirect


def test_member_logs_in_sees_only_own_loans_renews_and_reserves(phone, village):
    assert "PIN" in phone.get("/akun").text
    account = phone.login(village.budi.number, PIN_BUDI)
    assert "Laskar Pelangi" in account.text and "Budi" in account.text
    loan = Loan.get(Loan.member == village.budi.id)
    village.lib.clock.advance(days=2)
    renewed = phone.post("/akun/perpanjang", {"pinjaman": str(loan.id)})
    assert "Diperpanjang" in renewed.text and Loan.get_by_id(loan.id).renewals == 1
    reserved = phone.post("/akun/pesan", {"buku": str(village.record_id)})
    assert "Budidaya Padi Sawah" in reserved.text
    assert Hold.select().where(Hold.member == village.budi.id).count() == 1
    assert AuditLog.select().where(AuditLog.username == f"patron:{village.budi.number}").count() >= 2

    other = Phone(phone.base)
    other.login(village.siti.number, PIN_SITI)
    stolen = other.post("/akun/perpanjang", {"pinjaman": str(loan.id)})  # Budi's loan
    assert "bukan atas kartu Anda" in stolen.text and Loan.get_by_id(loan.id).renewals == 1
    assert "Laskar Pelangi" not in other.get("/akun").text


def test_logout_ends_the_session(phone, village):
    phone.login(village.siti.number, PIN_SITI)
    out = phone.post("/akun/keluar", {})
    assert "Anda sudah keluar" in out.text
    assert 'name="pin"' in phone.get("/akun").text


def test_door_sign_in_for_member_guest_and_group(phone, village):
    assert phone.post("/buku-tamu/anggota", {"nomor": village.budi.number, "keperluan": "read"},
                      form_page="/buku-tamu").status == 200
    guest = phone.post("/buku-tamu/tamu", {"jenis_kelamin": "F", "usia": "19-35", "keperluan": "study",
                                          "asal": "village"}, form_page="/buku-tamu")
    assert "Terima kasih" in guest.text
    phone.post("/buku-tamu/rombongan", {"nama": "SD Negeri 2", "jumlah_M": "8", "jumlah_F": "9",
                                       "keperluan": "activity", "asal": "village"}, form_page="/buku-tamu")
    assert sorted(v.headcount for v in Visit.select()) == [1, 1, 17]
    unknown = phone.post("/buku-tamu/anggota", {"nomor": "ZZZ-999"}, form_page="/buku-tamu")
    assert "ZZZ-999" in unknown.text and 'class="flash error"' in unknown.text  # back on the form, saying why


def test_digital_shelf_reads_and_counts(phone, village):
    from pustaka_desktop.core.catalog import digital

    assert "Lumbung Pangan" in phone.get("/rak-digital").text
    read = phone.get(f"/rak-digital/{village.file_id}/baca")
    assert read.status == 200 and read.body.startswith(b"%PDF") and read.headers["Content-Type"] == "application/pdf"
    assert read.headers["Content-Disposition"].startswith("inline")
    assert phone.get(f"/rak-digital/{village.file_id}/unduh").headers["Content-Disposition"].startswith("attachment")
    assert digital.view_count(village.lib) == 2
    assert phone.get("/rak-digital/99999/baca").status == 404


def test_security_headers_and_cookie_flags(phone):
    answer = phone.get("/akun")
    cookie = answer.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    csp = answer.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert answer.headers["X-Content-Type-Options"] == "nosniff" and answer.headers["Cache-Control"] == "no-store"
    assert "Server-Timing" in answer.headers


def test_no_staff_routes_exist(phone):
    for path in ("/admin", "/staff", "/settings", "/api/members", "/desk", "/katalog/edit", "/backup",
                 "/static/../../core/store/db.py", "/static/style.css/../../app.py"):
        answer = phone.get(path)
        assert answer.status == 404, path
        assert "Halaman tidak ditemukan" in answer.text or "tidak ditemukan" in answer.text.lower()


def test_hostile_input_gets_a_friendly_4xx(phone, village):
    cases = {
        "/?q=" + "%27%20OR%201%3D1--": 200,  # SQL-looking text is only text
        "/?q=%22unterminated%20NEAR(": 200,  # FTS5 syntax is only text
        "/?q=" + "a" * 201: 400,
        "/?q=" + "b" * 5000: 414,
        "/?kelas=999%3B%20DROP%20TABLE%20record": 400,
        "/?hal=-1": 400,
        "/?hal=99999999999999999999": 400,
        "/?q=%FF%FE": 400,  # not UTF-8
        "/buku/1%20OR%201=1": 404,
        "/buku/" + "9" * 30: 404,
        "/sampul/abc.jpg": 404,
        "/rak-digital/1/hapus": 404,
        "/" + "x" * 600: 414,
    }
    for path, status in cases.items():
        answer = phone.get(path)
        assert answer.status == status, (path, answer.status)
        assert "Traceback" not in answer.text and "File \"" not in answer.text
        assert answer.text.lstrip().startswith("<!doctype html>"), path
    script = phone.get("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert "<script>alert(1)</script>" not in script.text and "&lt;script&gt;" in script.text


def test_forms_need_the_csrf_token_and_sane_sizes(phone, village):
    phone.login(village.budi.number, PIN_BUDI)
    loan = Loan.get(Loan.member == village.budi.id)
    forged = phone.request("/akun/perpanjang", {"pinjaman": str(loan.id)})  # no token: another site's form
    assert forged.status == 403 and Loan.get_by_id(loan.id).renewals == 0
    wrong = phone.request("/akun/perpanjang", {"pinjaman": str(loan.id), "csrf": "x" * 43})
    assert wrong.status == 403
    huge = phone.request("/buku-tamu/rombongan", b"nama=" + b"A" * 20000,
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert huge.status == 413
    assert phone.post("/akun/perpanjang", {"pinjaman": "1 OR 1=1"}).status == 400
    assert phone.request("/akun", method="DELETE").status == 405
    assert phone.request("/akun/masuk", method="PUT", data=b"x").status == 405


def test_pin_flood_is_rate_limited_and_locks_the_member(phone, village, server):
    statuses = []
    for n in range(12):
        statuses.append(phone.login(village.siti.number, f"{100000 + n}", follow=False).status)
    assert statuses[:5] == [303] * 5  # back to the login, saying the PIN was wrong
    assert 429 in statuses and 500 not in statuses
    assert member_pin.status(village.lib, village.siti).locked_until is not None
    # a minute later the address may try again, but Siti's card stays locked, even with the right PIN
    server.app.limiter = RateLimiter()
    assert "Terlalu banyak PIN salah" in phone.login(village.siti.number, PIN_SITI).text


def test_raw_garbage_on_the_socket_does_not_crash_the_server(base, phone):
    host, port = base.removeprefix("http://").split(":")
    for garbage in (b"\x00\x01\x02GARBAGE\r\n\r\n", b"GET /" + b"A" * 70000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
                    b"POST /akun/masuk HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\nnomor="):
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            reply = b""
            try:
                sock.sendall(garbage)
                sock.shutdown(socket.SHUT_WR)
                while chunk := sock.recv(65536):
                    reply += chunk
            except OSError:
                pass  # the server may hang up on garbage: that is fine
        assert not reply.startswith(b"HTTP/1.1 5") and b"Traceback" not in reply
    assert phone.get("/").status == 200


def test_pages_are_small(phone, village):
    for path in ("/", "/?q=cerita", f"/buku/{village.record_id}", "/baru", "/kegiatan", "/rak-digital", "/akun",
                 "/buku-tamu"):
        assert len(phone.get(path).body) < 100 * 1024, path
    css = phone.get("/static/style.css")
    assert css.status == 200 and len(css.body) < 10 * 1024
    assert re.search(r"\.hit", css.text)


def test_account_says_why_the_desk_would_refuse(phone, village):
    from datetime import timedelta

    from pustaka_desktop.core.store import write as store

    store.update(village.lib, village.budi, expires_on=village.lib.clock.now().date() - timedelta(days=3))
    phone.get("/bahasa/en")
    page = phone.login(village.budi.number, PIN_BUDI)
    assert page.status == 200 and "Your membership ended" in page.text
    loan = Loan.get(Loan.member == village.budi.id)
    refused = phone.post("/akun/perpanjang", {"pinjaman": str(loan.id)})
    assert refused.status == 200 and Loan.get_by_id(loan.id).renewals == 0
    assert "Your membership ended" in refused.text


def test_another_catalogue_source_plugs_in_without_the_library_parts(village):
    """A union catalogue (district hub) serves the same pages from its own source: only the
    catalogue part opens, account/shelf/door need this library's own database."""
    from pustaka_desktop.core.catalog import search
    from pustaka_desktop.web.app import WebApp
    from pustaka_desktop.web.server import WebServer
    from pustaka_desktop.web.source import LibrarySource

    class Union(LibrarySource):
        def search(self, request):
            page = super().search(request)
            return search.SearchPage(page.total, [search.Hit(**{**vars(h), "title": h.title + " (3 desa)"})
                                                  for h in page.hits])

    server = WebServer(WebApp(Union(village.lib), library_name="Dinas Perpustakaan Kabupaten Uji"),
                       "127.0.0.1", 0).start()
    try:
        phone = Phone(f"http://127.0.0.1:{server.port}")
        page = phone.get("/?q=padi")
        assert "Budidaya Padi Sawah (3 desa)" in page.text and "Dinas Perpustakaan" in page.text
        assert "/akun" not in page.text and "/kegiatan" not in page.text
        assert phone.get("/akun").status == 404 and phone.get("/buku-tamu").status == 404
    finally:
        server.stop()
