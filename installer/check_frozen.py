"""Check a frozen build the way a new user would meet it: run the programs in dist/pustaka/ (never the
source tree) in a clean environment — no virtual environment, no PYTHONPATH, a fresh HOME, no display —
and exercise what a village library does on its first day.

    python3 installer/check_frozen.py [dist/pustaka]

Runs with any Python 3.11+ and only the standard library. Prints one line per check and a
summary line; the exit code is non-zero when anything failed.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from datetime import date
from pathlib import Path

import elf_pages  # (beside this script, the standard library alone: libraries the Linux loader would refuse)
import frozen_fixtures  # (beside it too: the files each import format reads)
import frozen_keeping  # (beside it too: member photos on cards, a backup put back)
import frozen_movein  # (beside it too: a library moving in from SLiMS 7 and INLISLite 3.2, step by step)

EXE = ".exe" if os.name == "nt" else ""
TIMEOUT = 600

# A 32 x 16 JPEG with EXIF orientation 6 (taken with the phone turned), as a phone writes it.
PHONE_PHOTO = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/4QAiRXhpZgAATU0AKgAAAAgAAQESAAMAAAABAAYAAAAAAAD/2wBDABALDA4MChAODQ4S"
    "ERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhC"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAQACADASIAAhEBAxEB/8QA"
    "HwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKB"
    "kaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWG"
    "h4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
    "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEI"
    "FEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOE"
    "hYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oA"
    "DAMBAAIRAxEAPwDEooorjPowooooA//Z"
)


class Frozen:
    def __init__(self, dist: Path, home: Path) -> None:
        self.gui = dist / f"pustaka{EXE}"
        self.cli = dist / f"pustaka-cli{EXE}"
        self.home = home
        self.env = {"HOME": str(home), "USERPROFILE": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
                    "PATH": os.pathsep.join(["/usr/bin", "/bin"]) if os.name != "nt" else os.environ["PATH"],
                    "PUSTAKA_LANG": "en"}
        if os.name == "nt":
            self.env.update(SYSTEMROOT=os.environ.get("SYSTEMROOT", ""), LOCALAPPDATA=str(home / "AppData"),
                            APPDATA=str(home / "Roaming"), TEMP=str(home), TMP=str(home))

    def run(self, program: Path, *args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
        # (the programs print UTF-8, whatever the code page: read it so on Windows too)
        return subprocess.run([str(program), *args], env=self.env, cwd=self.home, capture_output=True,
                              encoding="utf-8", errors="replace", timeout=timeout, stdin=subprocess.DEVNULL)

    def cli_ok(self, *args: str) -> str:
        done = self.run(self.cli, *args)
        if done.returncode != 0:
            raise AssertionError(f"pustaka-cli {' '.join(args)} exited {done.returncode}:\n"
                                 f"{done.stdout[-1500:]}\n{done.stderr[-3000:]}")
        return done.stdout


def subcommands(help_text: str) -> list[str]:
    """The sub-command names of an argparse help text: listed one per line, indented four spaces, under
    the positional argument that takes them (shown as '{a,b,c}' or as a metavar such as COMMAND)."""
    return re.findall(r"^ {4}([a-z][a-z0-9_-]*)(?= {2,}|$)", help_text, re.MULTILINE)


def is_pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        raise AssertionError(f"{path.name} is not a complete PDF")
    return f"{path.name} {len(data) // 1024} KiB"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def windows_code_page(home: Path) -> dict[str, str]:
    """The environment that gives a Linux program Windows-1252 pipes, as Windows gives them to a program
    whose output is redirected (a script, a scheduled job, this check on Windows): a locale compiled into
    ``home`` (LOCPATH). {} on Windows (its own code page applies) or without localedef and its charmap."""
    localedef = None if os.name == "nt" else shutil.which("localedef")
    if localedef is None:
        return {}
    folder = home / "locale"
    folder.mkdir(exist_ok=True)
    # (exit code 1 is a warning about the charmap's names; the locale is made all the same)
    subprocess.run([localedef, "-i", "en_US", "-f", "CP1252", str(folder / "en_US.CP1252")], capture_output=True)
    return {"LOCPATH": str(folder), "LC_ALL": "en_US.CP1252"} if (folder / "en_US.CP1252").is_dir() else {}


def every_import_format(app: Frozen, home: Path) -> str:
    """Each file a library moves in with (``frozen_fixtures.CASES``) imported into one new library by the
    frozen CLI: what its JSON says came in, then each copy's title and class number and each member's
    name as the catalogue holds them. Every format is tried; the failures are listed together. The CLI
    runs with Windows-1252 pipes where that can be made (``windows_code_page``): where users run it, an
    Arabic title printed into a pipe must not stop it."""
    code_page = windows_code_page(home)
    app = copy.copy(app)
    app.env = {**app.env, **code_page}
    db = str(home / "formats.sqlite3")
    app.cli_ok("--db", db, "init", "--library-name", "Perpustakaan Desa Pindahan", "--library-code", "PDH",
               "--librarian", "admin", "--password", "admin12345")
    failed = []
    for number, case in enumerate(frozen_fixtures.CASES, start=1):
        folder = home / "formats" / str(number)
        folder.mkdir(parents=True)
        try:
            said = json.loads(app.cli_ok("--db", db, *case.write(folder), "--json"))
            plans = said if isinstance(said, list) else [said]
            if case.members:
                came = [(plan["add"], plan["bad_rows"]) for plan in plans]
            else:
                came = [(plan["records"]["add"], plan["copies"]["add"], plan["copies"]["detailed"],
                         plan["bad_rows"] + plan["copies_left_out"]) for plan in plans]
            if came != case.came_in:
                raise AssertionError(f"came in {came}, expected {case.came_in}: {said}")
            for barcode, expected in case.shelf.items():
                record = json.loads(app.cli_ok("--db", db, "record", "show", barcode, "--json"))
                if (record["title"], record["ddc"]) != expected:
                    raise AssertionError(f"{barcode} is {(record['title'], record['ddc'])!r}, expected {expected!r}")
            for name in case.members:
                found = json.loads(app.cli_ok("--db", db, "member", "search", name, "--json"))["members"]
                if name not in [member["name"] for member in found]:
                    raise AssertionError(f"no member {name!r} after the import: {found}")
        except (AssertionError, ValueError, KeyError, TypeError) as exc:
            # (the first line says what was run; the last one, not the bootloader's, says why it failed)
            lines = [line for line in str(exc).splitlines() if line.strip() and not line.startswith("[PYI-")]
            failed.append(f"{case.name}: {lines[0][:300]}" + (f" ... {lines[-1][:300]}" if len(lines) > 1 else ""))
    if failed:
        raise AssertionError(f"{len(failed)} of {len(frozen_fixtures.CASES)} formats failed\n" + "\n".join(failed))
    where = ("Windows-1252 pipes" if code_page or os.name == "nt" else
             "this system's pipes (no Windows-1252 locale could be made)")
    return (f"{len(frozen_fixtures.CASES)} files read, with {where}: "
            + ", ".join(case.name.split(" (")[0] for case in frozen_fixtures.CASES))


@contextlib.contextmanager
def serving(app: Frozen, db: str):
    """The frozen ``pustaka-cli serve`` on a free port, once it answers: yields get(path) -> (content type, bytes)."""
    port = free_port()
    server = subprocess.Popen([str(app.cli), "--db", db, "serve", "--host", "127.0.0.1", "--port", str(port)],
                              env=app.env, cwd=app.home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def get(path: str) -> tuple[str, bytes]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as answer:
                return answer.headers.get("Content-Type", ""), answer.read()
        except urllib.error.HTTPError as exc:  # (an answer, but not the page: say which)
            raise AssertionError(f"GET {path} answered {exc.code} {exc.reason}") from None

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get("/")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("the web catalogue did not answer:\n"
                                         + (server.stdout.read() if server.poll() is not None else "")) from None
                time.sleep(0.5)
        yield get
    finally:
        server.terminate()
        server.wait(timeout=30)


def browse_catalogue(app: Frozen, home: Path, db: str) -> str:
    """A patron's phone on the library Wi-Fi: an Arabic title (a pesantren's kitab, its cover a WebP saved from a
    chat app) found by its Arabic words, its cover served as JPEG, and the stylesheet's fonts (Javanese script for
    phones without it) served from the folder."""
    cover = home / "sampul-kitab.webp"
    cover.write_bytes(base64.b64decode(frozen_keeping.WEBP_PHOTO))
    added = json.loads(app.cli_ok("--db", db, "record", "add", "--title", frozen_fixtures.FIQH, "--author",
                                  "Abdullah", "--language", "ara", "--ddc", "297.4", "--json"))
    app.cli_ok("--db", db, "record", "cover", str(added["record"]), str(cover))
    with serving(app, db) as get:
        page = get("/?q=" + urllib.parse.quote(frozen_fixtures.FIQH.split()[0]))[1].decode("utf-8")
        if frozen_fixtures.FIQH not in page:
            raise AssertionError(f"searching {frozen_fixtures.FIQH.split()[0]!r} did not find {frozen_fixtures.FIQH!r}")
        covers = re.findall(r'<img class="cover" src="([^"]+)"', page)
        kind, picture = get(covers[0].replace("&amp;", "&")) if covers else ("", b"")
        if not kind.startswith("image/jpeg") or not picture.startswith(b"\xff\xd8"):
            raise AssertionError(f"the cover of {frozen_fixtures.FIQH!r} came as {kind!r} ({len(picture)} bytes)")
        style = get("/static/style.css")[1].decode("utf-8")
        fonts = re.findall(r"url\((/static/[^)]+)\)", style)
        sizes = [len(get(font)[1]) for font in fonts]
        if not fonts or min(sizes) < 10_000:
            raise AssertionError(f"the stylesheet's fonts {fonts} came as {sizes} bytes")
    return f"found by its Arabic words, cover {len(picture)} bytes JPEG, {len(fonts)} fonts"


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "dist" / "pustaka").resolve()
    results: list[tuple[str, bool, str]] = []

    def check(name: str, fn) -> None:
        try:
            detail = fn() or ""
            results.append((name, True, detail))
        except Exception as exc:  # a check that fails is reported, and the others still run
            results.append((name, False, f"{type(exc).__name__}: {exc}"))
        ok, detail = results[-1][1], results[-1][2]
        print(f"[{'ok' if ok else 'FAILED'}] {name}{': ' + detail.splitlines()[0] if detail else ''}", flush=True)
        if not ok:
            print("    " + "\n    ".join(detail.splitlines()[1:40]), flush=True)

    with tempfile.TemporaryDirectory(prefix="pustaka-frozen-") as tmp:
        home = Path(tmp)
        app = Frozen(dist, home)
        village, district, demo = (str(home / n) for n in ("desa.sqlite3", "dinas.sqlite3", "demo.sqlite3"))

        check("programs exist", lambda: f"{app.gui.name}, {app.cli.name}" if app.gui.is_file() and app.cli.is_file()
              else (_ for _ in ()).throw(AssertionError(f"missing in {dist}")))
        def libraries_load() -> str:
            """Every shared library of the folder is one the Linux loader opens: strip made some unloadable
            (PySide6's FFmpeg libraries), and Qt then went on without a multimedia backend, so without a webcam."""
            if os.name == "nt":
                return "not a Linux build"
            refused = elf_pages.refused_libraries(dist)
            if refused:
                raise AssertionError(f"{len(refused)} libraries the loader refuses (LOAD segment not page-aligned): "
                                     + ", ".join(refused))
            return f"{sum(1 for _ in dist.rglob('*.so*'))} libraries, none refused"

        check("shared libraries load", libraries_load)
        check("pustaka --version", lambda: app.run(app.gui, "--version").stdout.strip() or
              (_ for _ in ()).throw(AssertionError("no version printed")))

        def self_test() -> str:
            done = app.run(app.gui, "--self-test")
            if done.returncode != 0:
                raise AssertionError(f"exit {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
            return done.stdout.strip().splitlines()[-1]

        check("pustaka --self-test", self_test)

        def every_help() -> str:
            seen = 0
            queue = [[]]
            while queue:
                path = queue.pop(0)
                text = app.cli_ok(*path, "--help")
                seen += 1
                if len(path) < 2:
                    queue.extend(path + [name] for name in subcommands(text))
            return f"{seen} help pages"

        check("pustaka-cli --help of every sub-command", every_help)
        check("init a village library", lambda: app.cli_ok(
            "--db", village, "init", "--library-name", "Perpustakaan Desa Uji", "--library-code", "UJI",
            "--librarian", "admin", "--password", "admin12345").strip().splitlines()[-1])
        def national_holidays() -> str:
            """2027's national holidays from the holidays package, which loads Indonesia by name and reads its
            names from its own translation files: both languages, the lunar estimate marked, then added once."""
            names = {}
            for lang in ("id", "en"):
                said = json.loads(app.cli_ok("--db", village, "--lang", lang, "holidays", "national", "2027",
                                             "--cuti-bersama", "--dry-run", "--json"))
                days = {day["date"]: day for day in said["days"]}
                lebaran = days.get("2027-03-10", {})
                if len(days) < 16 or not lebaran.get("estimated") or not days.get("2027-12-24", {}).get("cuti_bersama"):
                    raise AssertionError(f"pustaka-cli --lang {lang} holidays national 2027 said {said}")
                names[lang] = lebaran["name"]
            if names != {"id": "Hari Raya Idul Fitri", "en": "Eid al-Fitr"}:
                raise AssertionError(f"Idul Fitri 2027 is called {names}")
            added = app.cli_ok("--db", village, "holidays", "national", "2027", "--yes").strip().splitlines()[-1]
            again = app.cli_ok("--db", village, "holidays", "national", "2027", "--yes").strip().splitlines()[-1]
            if "Nothing to add" not in again:
                raise AssertionError(f"the second run said {again!r}")
            return f"{len(days)} days of 2027 in both languages; {added}"

        check("national holidays 2027", national_holidays)
        check("init a district office", lambda: app.cli_ok(
            "--db", district, "init", "--library-name", "Dinas Perpustakaan", "--library-code", "DIN",
            "--librarian", "admin", "--password", "admin12345", "--district").strip().splitlines()[-1])

        def district_database() -> str:
            """The district's union catalogue can move to PostgreSQL (``district db``): the driver and its libpq
            are in the folder. A server that is not there answers in words, not 'support is not installed'."""
            port = free_port()
            done = app.run(app.cli, "--db", district, "district", "db", f"postgresql://pustaka@127.0.0.1:{port}/uni")
            if done.returncode != 1 or "refused the connection" not in done.stderr or str(port) not in done.stderr:
                raise AssertionError(f"exit {done.returncode}:\n{done.stderr[-1500:]}")
            return done.stderr.strip().splitlines()[-1][:110]

        check("district database on PostgreSQL: the driver", district_database)
        check("demo --size village", lambda: app.cli_ok("--db", demo, "demo", "--size", "village")
              .strip().splitlines()[-1])
        def stats() -> str:
            tables = json.loads(app.cli_ok("--db", demo, "stats", "--json"))["tables"]
            if not tables.get("record") or not tables.get("item"):
                raise AssertionError(f"the demo library holds no catalogue: {tables}")
            return f"{tables['record']} records, {tables['item']} copies"

        check("stats --json", stats)

        def labels() -> str:
            out = home / "labels.pdf"
            app.cli_ok("--db", demo, "labels", "--kind", "combined", "--template", "a4-3x7", "--select",
                       "just-added:3650", "-o", str(out))
            return is_pdf(out)

        check("label sheet PDF", labels)

        def report() -> str:
            out = home / "laporan.pdf"
            app.cli_ok("--db", demo, "report", "monthly", "--month", date.today().strftime("%Y-%m"), "-o", str(out))
            return is_pdf(out)

        check("monthly report PDF", report)

        def sync() -> str:
            req, ans, usb = home / "req.json", home / "ans.json", home / "usb"
            usb.mkdir()
            app.cli_ok("--db", village, "sync", "enrol-request", "-o", str(req))
            app.cli_ok("--db", district, "sync", "enrol-accept", str(req), "-o", str(ans))
            app.cli_ok("--db", village, "sync", "enrol-finish", str(ans))
            app.cli_ok("--db", village, "sync", "export", "--to", "DIN", "-o", str(usb))
            bundles = list(usb.glob("*.zip"))
            if len(bundles) != 1 or not zipfile.is_zipfile(bundles[0]):
                raise AssertionError(f"expected one bundle, found {[b.name for b in bundles]}")
            lines = json.loads(app.cli_ok("--db", district, "sync", "import", str(usb), "--json"))
            results_ = [line["result"] for line in lines]
            if results_ != ["applied"]:
                raise AssertionError(f"district import said {results_}")
            return f"{bundles[0].name} applied at the district"

        check("sync enrol, export and import", sync)

        def slims_backup() -> str:
            """A SLiMS database backup as SLiMS packs it on a Linux server (.sql.tar.gz), read by the frozen
            program (its gzip and tar readers are in the build)."""
            import io
            import tarfile

            dump = "\n".join([
                "-- mysqldump-php https://github.com/ifsnop/mysqldump-php",
                "CREATE TABLE `biblio` (", "  `biblio_id` int(11) NOT NULL,", "  `gmd_id` int(3) DEFAULT NULL,",
                "  `title` text NOT NULL,", "  `publisher_id` int(11) DEFAULT NULL,", ") ENGINE=MyISAM;",
                "INSERT INTO `biblio` VALUES (1,1,'Laskar Pelangi',1);",
                "INSERT INTO `biblio` VALUES (2,1,'Kisah \\'Si Kancil\\'',1);",
                "CREATE TABLE `item` (", "  `item_id` int(11) NOT NULL,", "  `biblio_id` int(11) DEFAULT NULL,",
                "  `item_code` varchar(20) DEFAULT NULL,", ") ENGINE=MyISAM;",
                "INSERT INTO `item` VALUES (1,1,'SQL0001');", "INSERT INTO `item` VALUES (2,2,'SQL0002');",
                "INSERT INTO `loan` VALUES (1,'SQL0001','F001','2026-11-30','2026-12-14',0,0,NULL,1,0,NULL,NULL,NULL,"
                "NULL);",
                "INSERT INTO `member` VALUES ('F001','Siti Aminah',0,'1990-05-01',1,'Jl. Mawar',NULL,NULL,NULL,NULL,0,"
                "NULL,NULL,NULL,NULL,'2020-01-05','2020-01-05','2030-01-05',NULL,0,'$2y$10$x',NULL,NULL,NULL,NULL);",
                "INSERT INTO `mst_member_type` VALUES (1,'Umum',2,14,1,2,365,1,0,0,NULL,NULL);",
                "INSERT INTO `mst_publisher` VALUES (1,'Bentang Pustaka',NULL,NULL);",
                "-- Dump completed on: Thu, 04 Dec 2026 10:11:12 +0700", ""]).encode()
            path = home / "backup_20261204_101112.sql.tar.gz"
            with tarfile.open(path, "w:gz") as archive:
                info = tarfile.TarInfo("backup_20261204_101112.sql")
                info.size = len(dump)
                archive.addfile(info, io.BytesIO(dump))
            plans = json.loads(app.cli_ok("--db", village, "import", "slims-sql", str(path), "--json"))
            # the records part adds both copies; the copies part gives them their details (not "updated")
            added = [(plan["records"]["add"], plan["copies"]["add"], plan["copies"]["detailed"]) for plan in plans]
            if added != [(2, 2, 0), (0, 0, 2)]:
                raise AssertionError(f"the backup import said {plans}")
            members = json.loads(app.cli_ok("--db", village, "members-import", str(path), "--json"))
            history = json.loads(app.cli_ok("--db", village, "history-import", str(path), "--json"))
            if (members["add"], history["loans_out"], history["bad_rows"]) != (1, 1, 0):
                raise AssertionError(f"the backup's members and loans: {members}, {history}")
            return "2 records and their 2 copies from a .sql.tar.gz, then its member and the book she has out"

        check("SLiMS database backup import", slims_backup)
        check("every import format", lambda: every_import_format(app, home))
        for name, step in frozen_movein.checks(app, home):
            check(name, step)

        def cover() -> str:
            """A phone photo (a JPEG the phone saved turned, with EXIF saying so) made into a record's
            cover: the frozen program's picture libraries decode it (this checker needs none)."""
            photo = home / "IMG_20261204_101500.jpg"
            photo.write_bytes(base64.b64decode(PHONE_PHOTO))
            said = app.cli_ok("--db", village, "record", "cover", "1", str(photo)).strip()
            if "Laskar Pelangi" not in said:
                raise AssertionError(f"record cover said {said!r}")
            return said

        check("cover from a phone photo", cover)
        for name, step in frozen_keeping.checks(app, home, PHONE_PHOTO):
            check(name, step)

        commands = subcommands(app.run(app.cli, "--help").stdout)
        if "serve" in commands:
            def web() -> str:
                with serving(app, demo) as get:
                    body = get("/")[1].decode("utf-8", "replace")
                    return f"HTTP 200, {len(body)} bytes"

            check("patron web catalogue (serve)", web)
            check("web catalogue: an Arabic title with its WebP cover, the fonts", lambda: browse_catalogue(app, home,
                                                                                                             village))

    failed = [name for name, ok, _ in results if not ok]
    # Not pytest's closing-line form, so CI reads the test suite's line, not this one.
    print(f"frozen app checks: {len(results) - len(failed)} of {len(results)} passed"
          + (f"; FAILED: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
