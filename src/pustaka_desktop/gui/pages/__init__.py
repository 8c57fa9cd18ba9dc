"""The pages of the main window, in navigation order.

A page is a QWidget in its own module here, built as ``Page(ctx: AppContext, parent=None)`` the first
time it is shown (so start-up stays fast). ``permission`` names a core.auth action: the page is
listed only for staff allowed to do it. List only pages that work: no placeholders.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ...core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English, marked for translation in the "Navigation" context
    module: str  # module in this package
    cls: str  # class name in that module
    permission: str  # core.auth action needed to see the page
    icon: str = ""  # a QStyle standard icon name, e.g. "SP_FileDialogDetailedView"
    shortcut: str = ""  # e.g. "Ctrl+1"
    district_only: bool = False  # listed only when the library is a district office
    village_only: bool = False  # listed only in a village library

    def create(self, ctx, parent=None) -> QWidget:
        module = importlib.import_module(f"{__name__}.{self.module}")
        return getattr(module, self.cls)(ctx, parent)


PAGES: list[PageSpec] = [
    PageSpec("desk", QT_TRANSLATE_NOOP("Navigation", "Desk"), "desk", "DeskPage", "circulation.checkout",
             "SP_DialogApplyButton"),
    PageSpec("catalog", QT_TRANSLATE_NOOP("Navigation", "Catalogue"), "catalog", "CatalogPage", "catalog.view",
             "SP_FileDialogDetailedView"),
    PageSpec("members", QT_TRANSLATE_NOOP("Navigation", "Members"), "members", "MembersPage", "members.view",
             "SP_DirHomeIcon"),
    PageSpec("visitors", QT_TRANSLATE_NOOP("Navigation", "Visitor book"), "visitor_book", "VisitorBookPage",
             "visits.record", "SP_DialogYesButton"),
    PageSpec("programs", QT_TRANSLATE_NOOP("Navigation", "Programmes"), "programs", "ProgramsPage",
             "programs.attendance", "SP_FileDialogNewFolder"),
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), "dashboard", "DashboardPage", "reports.view",
             "SP_FileDialogInfoView"),
    PageSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "reports", "ReportsPage", "reports.export",
             "SP_FileDialogContentsView"),
    PageSpec("overdue", QT_TRANSLATE_NOOP("Navigation", "Overdue"), "overdue", "OverduePage", "circulation.checkout",
             "SP_MessageBoxWarning"),
    PageSpec("stocktake", QT_TRANSLATE_NOOP("Navigation", "Stock-take"), "stocktake", "StocktakePage",
             "stocktake.manage", "SP_DialogYesButton"),
    PageSpec("register", QT_TRANSLATE_NOOP("Navigation", "Accession register"), "accession_register",
             "AccessionRegisterPage", "catalog.view", "SP_FileDialogContentsView"),
    PageSpec("transfer", QT_TRANSLATE_NOOP("Navigation", "Import & Export"), "transfer", "TransferPage",
             "catalog.import", "SP_ArrowUp"),
    PageSpec("printing", QT_TRANSLATE_NOOP("Navigation", "Print"), "printing", "PrintingPage", "printing.print",
             "SP_FileDialogNewFolder"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "settings", "SettingsPage", "settings.edit",
             "SP_FileDialogListView"),
    PageSpec("backups", QT_TRANSLATE_NOOP("Navigation", "Backups & safety"), "backups", "BackupsPage",
             "backup.create", "SP_DriveHDIcon"),
    PageSpec("audit", QT_TRANSLATE_NOOP("Navigation", "Audit log"), "audit", "AuditPage", "audit.view",
             "SP_FileDialogInfoView"),
    PageSpec("rules", QT_TRANSLATE_NOOP("Navigation", "Circulation rules"), "circulation_rules",
             "CirculationRulesPage", "circulation.rules", "SP_FileDialogContentsView"),
    PageSpec("sync", QT_TRANSLATE_NOOP("Navigation", "Sync with district"), "sync", "SyncPage", "sync.manage",
             "SP_BrowserReload"),
    PageSpec("district_inbox", QT_TRANSLATE_NOOP("Navigation", "Bundle inbox"), "district_inbox",
             "DistrictInboxPage", "sync.manage", "SP_DialogOpenButton", district_only=True),
    PageSpec("district_grants", QT_TRANSLATE_NOOP("Navigation", "Book grants"), "district_grants",
             "DistrictGrantsPage", "sync.manage", "SP_FileDialogNewFolder", district_only=True),
    PageSpec("district_union", QT_TRANSLATE_NOOP("Navigation", "Union catalogue"), "district_union",
             "DistrictUnionPage", "sync.manage", "SP_FileDialogContentsView", district_only=True),
    PageSpec("district_stats", QT_TRANSLATE_NOOP("Navigation", "District statistics"), "district_stats",
             "DistrictStatsPage", "sync.manage", "SP_FileDialogInfoView", district_only=True),
]
