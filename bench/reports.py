"""Report rows on the stress library (300,000 visits, 500,000 loans, 200,000 copies): the monthly
report PDF, the IPLM sheet, and opening the dashboard page (four aggregate queries + four charts)."""

from __future__ import annotations

import os
import statistics
import time
from datetime import timedelta

from . import BenchContext, Row


def _median(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def rows(ctx: BenchContext) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from pustaka_desktop.core import auth
    from pustaka_desktop.core.reports import iplm_data, monthly_data, save
    from pustaka_desktop.core.reports.export import xlsx_bytes
    from pustaka_desktop.core.reports.period import Period
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.clock import local_today

    lib = Library.open(ctx.db_path)
    today = local_today(lib.clock)
    last = today.replace(day=1) - timedelta(days=1)
    month = Period.month(last.year, last.month)
    out = ctx.scratch / "laporan.pdf"
    monthly_data(lib, month)  # warm the page cache: a PC that has the library open
    user = auth.Staff(username="bench", role=auth.LIBRARIAN, active=True)
    pdf_s = _median(lambda: save(lib, user, monthly_data(lib, month), out))
    data_s = _median(lambda: monthly_data(lib, month))
    iplm_s = _median(lambda: xlsx_bytes(iplm_data(lib, today.year)))

    app = QApplication.instance() or QApplication([])
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages.dashboard import DashboardPage

    ctx_gui = AppContext(lib, user)

    def open_dashboard() -> None:
        page = DashboardPage(ctx_gui)
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        page.close()
        page.deleteLater()

    from PySide6.QtCore import QThreadPool

    times = []
    for _ in range(5):
        began = time.perf_counter()
        open_dashboard()
        times.append(time.perf_counter() - began)
        QThreadPool.globalInstance().waitForDone()  # the collection chart's count, filled in after opening
        app.processEvents()
    dash_s = statistics.median(times)
    began = time.perf_counter()
    from pustaka_desktop.core.reports.figures import collection_by_class

    collection_by_class(lib)
    fill_s = time.perf_counter() - began
    visits = lib.db.execute_sql("SELECT COUNT(*) FROM visit").fetchone()[0]
    lib.close()
    note = f"{visits:,} visits; month {month.slug()}"
    return [
        Row("monthly report PDF (figures + charts)", pdf_s, "s", 3.0, note=note),
        Row("monthly report figures only", data_s, "s", None),
        Row("IPLM data sheet (figures + xlsx)", iplm_s, "s", 1.0, note=f"year {today.year}"),
        Row("dashboard page opens (queries + charts drawn)", dash_s * 1000, "ms", 500,
            note="the collection chart fills in after, off the GUI thread"),
        Row("dashboard collection-by-class count (background)", fill_s * 1000, "ms", None),
    ]

