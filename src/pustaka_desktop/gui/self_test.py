"""``pustaka --self-test``: prove a build works on this PC without touching the library's data.

Creates a small demo library in a temporary folder, builds the main window offscreen and opens
every page, renders one label sheet and one report to PDF, and exits 0 when all of it worked. Used
on the frozen build (installer/build_linux.sh) and by support on a village PC.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path


def _check(name: str, action: Callable[[], str], results: list[tuple[str, bool, str]]) -> None:
    started = time.perf_counter()
    try:
        detail = action()
        results.append((name, True, f"{detail} ({time.perf_counter() - started:.2f} s)"))
    except Exception:  # a self-test reports every failure instead of stopping at the first
        results.append((name, False, traceback.format_exc()))


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from .. import __version__, i18n
    from ..core import auth, demo, profile
    from ..core.service import Library
    from .context import AppContext
    from .main_window import MainWindow
    from .script_fonts import FONT_DIR, install_script_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: list[tuple[str, bool, str]] = []
    with tempfile.TemporaryDirectory(prefix="pustaka-self-test-") as folder:
        out = Path(folder)
        lib = Library.open(out / "self-test.sqlite3")
        state: dict = {}

        def make_library() -> str:
            counts = demo.generate(lib, "tiny", seed=1)
            state["staff"] = auth.login(lib, *demo.DEMO_LIBRARIAN)
            return ", ".join(f"{v} {k}" for k, v in counts.items())

        def translations() -> str:
            if not i18n.install("id"):
                raise RuntimeError(f"missing {i18n.qm_path('id')}")
            return "Indonesian loaded"

        def every_page(library: Library, staff, key: str) -> MainWindow:
            errors: list[str] = []
            hook = sys.excepthook
            # Pages are built inside Qt slots, whose exceptions go to the hook, not to us.
            sys.excepthook = lambda kind, exc, tb: errors.append("".join(traceback.format_exception(kind, exc, tb)))
            try:
                window = MainWindow(AppContext(library, staff))
                state[key] = window  # kept until the end: pages may still be finishing background work
                window.show()
                for page in window.page_keys():
                    window.show_page(page)
                    app.processEvents()
            finally:
                sys.excepthook = hook
            broken = [page for page in window.page_keys() if page not in window.pages]
            if errors or broken:
                raise RuntimeError(f"pages that failed: {broken}\n" + "\n".join(errors))
            if window.grab().isNull():
                raise RuntimeError("the main window did not paint")
            return window

        def main_window() -> str:
            keys = every_page(lib, state["staff"], "window").page_keys()
            return f"{len(keys)} pages: {', '.join(keys)}"

        def district_pages() -> str:
            """A district office's window (the union catalogue, book grants, district figures): pages a village
            never opens, so the village's walk above leaves them out."""
            district = state["district"] = Library.open(out / "dinas.sqlite3")
            staff = profile.init_library(district, name="Dinas Perpustakaan Uji", code="DIN", librarian="admin",
                                         password="self-test-only", kind="district")
            keys = every_page(district, staff, "district window").page_keys()
            own = [key for key in keys if key not in state["window"].page_keys()]
            if not own:
                raise RuntimeError(f"the district window has no pages of its own: {keys}")
            return f"{len(keys)} pages, of them the district's: {', '.join(own)}"

        def script_fonts() -> str:
            added = install_script_fonts(app)  # (as a start does: the frozen app must carry the files)
            if len(added) < 2:
                raise RuntimeError(f"missing script fonts in {FONT_DIR}: found only {added}")
            return ", ".join(added)

        _check("demo library", make_library, results)
        _check("translations", translations, results)
        _check("Arabic and Javanese fonts on screen", script_fonts, results)
        if "staff" in state:
            _check("main window and every page", main_window, results)
            for name, render in RENDER_CHECKS:
                _check(name, lambda render=render: render(lib, state["staff"], out), results)
            if "window" in state:  # (last: opening the district's database points the program's models at it)
                _check("a district office's pages", district_pages, results)
        for key in ("window", "district window"):
            if key in state:
                # Close the window for good before its library and folder go away.
                state[key].close()
                state[key].deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        lib.close()
        if "district" in state:
            state["district"].close()

    print(f"Pustaka {__version__} self-test")
    for name, ok, detail in results:
        print(f"  [{'ok' if ok else 'FAILED'}] {name}: {detail.strip()}")
    failed = [name for name, ok, _ in results if not ok]
    print("self-test passed" if not failed else f"self-test FAILED: {', '.join(failed)}")
    return 1 if failed else 0


def _pdf_size(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise RuntimeError(f"{path.name} is not a PDF")
    return f"{path.name}, {len(data) // 1024} KiB"


def _label_sheet(lib, by, folder: Path) -> str:
    """Combined labels of the copies added in the last ten years, through the same core calls as the
    Print page and ``pustaka-cli labels``."""
    from ..core.printing import labels, selection, templates

    template = templates.get_template("a4-3x7")
    items = selection.copy_labels(selection.select_items(lib, "just-added:3650"))
    path = folder / "labels.pdf"
    labels.print_labels(lib, by, "combined", template, items, path,
                        calibration=templates.get_calibration(template.name))
    return _pdf_size(path)


def _labels_to_a_printer(lib, by, folder: Path) -> str:
    """The same labels sent to a printer (a PDF printer stands in): drawn as text with the program's own fonts,
    which Qt must find in the installed program (a frozen build that left them out would print outlines, or
    nothing, on the library's printer)."""
    from PySide6.QtPrintSupport import QPrinter

    from ..core.printing import labels, selection, templates
    from .page_painter import print_document

    template = templates.get_template("a4-3x7")
    items = selection.copy_labels(selection.select_items(lib, "just-added:3650"))
    run = labels.render_sheets("combined", template, items, options=labels.LabelOptions(""),
                               calibration=templates.get_calibration(template.name))
    path = folder / "printer.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    pages = print_document(printer, run.document)
    spool = path.read_bytes()
    if b"/FontFile" not in spool:
        raise RuntimeError(f"{pages} pages went to the printer without the program's fonts")
    return f"{pages} pages, fonts embedded, {len(spool) // 1024} KiB"


def _monthly_report(lib, by, folder: Path) -> str:
    from ..core.reports import monthly_data, parse_period, save
    from ..core.store.clock import local_today
    from ..i18n import translate

    data = monthly_data(lib, parse_period(local_today(lib.clock).strftime("%Y-%m")))  # (the library's month)
    return _pdf_size(save(lib, by, data, folder / "laporan.pdf", translate))


def _spreadsheets(lib, by, folder: Path) -> str:
    """The catalogue written as xlsx and read back by the import's preview (openpyxl), and the reader
    of Excel 97-2003 files present (xlrd is imported only when an .xls is opened: a frozen build
    could leave it out unnoticed)."""
    import xlrd

    from ..core.interop import spreadsheet
    from ..i18n import translate

    path = folder / "katalog.xlsx"
    spreadsheet.export_xlsx(lib, by, path, translate)
    seen = spreadsheet.preview(path, rows=3)
    if "title" not in seen.mapping.values() or len(seen.rows) != 3:
        raise RuntimeError(f"the exported sheet reads back as {seen.mapping}")
    return f"{path.name}: {len(seen.headers)} columns read back; xls reader {xlrd.__version__}"


def _second_process(lib, by, folder: Path) -> str:
    """A district reads its inbox's bundles in a second process (``core.sync.staging``): the program
    must be able to start itself again as that process (a frozen build needs freeze_support)."""
    import json

    from ..core.sync import bundle, staging

    rows = b"".join(json.dumps({"e": "record", "u": f"self-test-{n}", "f": {"title": "Uji"}}).encode() + b"\n"
                    for n in range(3))
    path = folder / "bundle.zip"
    path.write_bytes(bundle.build({"bundle_id": "self-test"}, {bundle.CHANGES: rows}, lambda manifest: b"unsigned"))
    ahead = staging.Ahead([path])
    try:
        staged = ahead.take(path)  # None when no second process could read it
        read = sum(batch.last - batch.first + 1 for batch in staged.batches) if staged else 0
    finally:
        ahead.close()
    if read != 3:
        raise RuntimeError(f"the second process read {read} of 3 rows")
    return "3 rows read by a second process"


def _import_read_ahead(lib, by, folder: Path) -> str:
    """A big import's files are read by a second process (``core.interop.read_ahead``), started the same way."""
    from ..core.interop import read_ahead, slims

    path = folder / "senayan_biblio_export.csv"
    path.write_text(",".join(slims.BIBLIO_COLUMNS) + "\n" + "".join(f'"Uji {n}",' + "," * (len(slims.BIBLIO_COLUMNS) - 2)
                                                                   + "\n" for n in range(3)), encoding="utf-8")
    with read_ahead.ReadAhead([("slims-biblio", path, None)], 2026, min_bytes=0) as ahead:
        if not ahead.ahead:
            raise RuntimeError("no second process could be started to read an import's files")
        titles = [inc.checked.record["title"] for inc in ahead.rows(0, iter(()))]
    if titles != ["Uji 0", "Uji 1", "Uji 2"]:
        raise RuntimeError(f"the second process read {titles}")
    return "3 rows of an import read and checked by a second process"


def _webcam_support(lib, by, folder: Path) -> str:
    """Qt's multimedia backend, which the members page needs to find a webcam for member photos: without it
    (its FFmpeg libraries left out or unloadable) no camera is ever offered, even with one plugged in. A
    backend that loads can decode some file formats; none means there is none."""
    from PySide6.QtMultimedia import QMediaFormat

    from .widgets.camera import CameraDialog

    formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if not formats:
        raise RuntimeError("Qt found no multimedia backend: the members page cannot use a webcam")
    dialog = CameraDialog()  # (its video view and capture: the parts of Qt a plugged-in camera would use)
    dialog.deleteLater()
    return f"multimedia backend loaded ({len(formats)} file formats), camera window built"


def _programs_it_opens(lib, by, folder: Path) -> str:
    """The PDF viewer and the browser the app opens get the PC's own libraries: in the installed Linux program
    the library search path into its own folder is gone (``outside_programs``), or a newer PC's viewer stops."""
    from .outside_programs import SEARCH_PATH, inside_entries

    own = getattr(sys, "_MEIPASS", None)
    if not own:
        return "run from the source: nothing to take away"
    inside = inside_entries(os.environ, own)
    if inside:
        raise RuntimeError(f"programs it opens would load the installed folder's libraries: {SEARCH_PATH}={inside}")
    return f"{SEARCH_PATH} holds nothing of {Path(own).name}"


# (name, fn(lib, staff, folder) -> detail): what the self-test renders after the pages.
RENDER_CHECKS: list[tuple[str, Callable]] = [("label sheet PDF", _label_sheet),
                                             ("labels to a printer", _labels_to_a_printer),
                                             ("monthly report PDF", _monthly_report),
                                             ("spreadsheet export and import", _spreadsheets),
                                             ("bundles read in a second process", _second_process),
                                             ("import files read in a second process", _import_read_ahead),
                                             ("webcam support", _webcam_support),
                                             ("programs it opens use the PC's libraries", _programs_it_opens)]
