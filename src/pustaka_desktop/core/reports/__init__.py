"""Statistics and the reports the district office and the National Library ask for.

- ``period``: ``Period`` (day, month, quarter, year, custom) and ``parse_period``
- ``figures``: every figure, each from one tested query (definitions in its docstring)
- ``recorded``: the figures of a period as far as Pustaka recorded them (averages over the days recorded, unknown
  rather than 0)
- ``documents``: the monthly report, the IPLM sheet and the TPBIS report as data and labelled tables
- ``export``: xlsx / CSV (and PDF through ``core.printing.report_pdf``), ``save(data, path, tr)``
"""

from __future__ import annotations

from .documents import iplm_data, monthly_data, tpbis_data
from .export import save
from .period import Period, parse_period

__all__ = ["Period", "parse_period", "monthly_data", "iplm_data", "tpbis_data", "save"]
