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
    icon: str = ""  # a Tabler icon in resources/icons/tabler, e.g. "books" (one icon per page)
    shortcut: str = ""  # its own key sequence, e.g. "Ctrl+0"; the others get Ctrl+1..9 in navigation order
    district_only: bool = False  # listed only when the library is a district office
    village_only: bool = False  # listed only in a village library
    group: str = "system"  # the navigation heading it is listed under (GROUPS)

    @property
    def module_name(self) -> str:
        return f"{__name__}.{self.module}"

    def create(self, ctx, parent=None) -> QWidget:
        module = importlib.import_module(self.module_name)
        return getattr(module, self.cls)(ctx, parent)


# The navigation's headings, in order: the way a librarian thinks of the work.
GROUPS: list[tuple[str, str]] = [
    ("services", QT_TRANSLATE_NOOP("Navigation", "Services")),
    ("collection", QT_TRANSLATE_NOOP("Navigation", "Collection")),
    ("community", QT_TRANSLATE_NOOP("Navigation", "Community")),
    ("reports", QT_TRANSLATE_NOOP("Navigation", "Reports")),
    ("system", QT_TRANSLATE_NOOP("Navigation", "System")),
]

PAGES: list[PageSpec] = [
    PageSpec("desk", QT_TRANSLATE_NOOP("Navigation", "Desk"), "desk", "DeskPage", "circulation.checkout",
             "arrows-exchange", group="services"),
    PageSpec("catalog", QT_TRANSLATE_NOOP("Navigation", "Catalogue"), "catalog", "CatalogPage", "catalog.view",
             "books", group="collection"),
    PageSpec("members", QT_TRANSLATE_NOOP("Navigation", "Members"), "members", "MembersPage", "members.view",
             "users", group="community"),
    PageSpec("visitors", QT_TRANSLATE_NOOP("Navigation", "Visitor book"), "visitor_book", "VisitorBookPage",
             "visits.record", "door-enter", group="services"),
    PageSpec("programs", QT_TRANSLATE_NOOP("Navigation", "Programmes"), "programs", "ProgramsPage",
             "programs.attendance", "calendar-event", group="community"),
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), "dashboard", "DashboardPage", "reports.view",
             "layout-dashboard", group="reports", shortcut="Ctrl+0"),  # where the review count shows
    PageSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "reports", "ReportsPage", "reports.export",
             "report-analytics", group="reports"),
    PageSpec("overdue", QT_TRANSLATE_NOOP("Navigation", "Overdue"), "overdue", "OverduePage", "circulation.checkout",
             "clock-exclamation", group="services"),
    PageSpec("reservations", QT_TRANSLATE_NOOP("Navigation", "Reservations"), "reservations", "ReservationsPage",
             "circulation.hold", "bookmark", group="services", village_only=True),
    PageSpec("stocktake", QT_TRANSLATE_NOOP("Navigation", "Stock-take"), "stocktake", "StocktakePage",
             "stocktake.scan", "checklist", group="collection"),
    PageSpec("register", QT_TRANSLATE_NOOP("Navigation", "Accession register"), "accession_register",
             "AccessionRegisterPage", "catalog.view", "list-numbers", group="collection"),
    PageSpec("transfer", QT_TRANSLATE_NOOP("Navigation", "Import & Export"), "transfer", "TransferPage",
             "catalog.import", "file-import", group="collection"),
    PageSpec("printing", QT_TRANSLATE_NOOP("Navigation", "Print"), "printing", "PrintingPage", "printing.print",
             "printer", group="collection"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "settings", "SettingsPage", "settings.edit",
             "settings", group="system"),
    PageSpec("backups", QT_TRANSLATE_NOOP("Navigation", "Backups & safety"), "backups", "BackupsPage",
             "backup.create", "shield-check", group="system"),
    PageSpec("audit", QT_TRANSLATE_NOOP("Navigation", "Audit log"), "audit", "AuditPage", "audit.view",
             "history", group="system"),
    PageSpec("rules", QT_TRANSLATE_NOOP("Navigation", "Circulation rules"), "circulation_rules",
             "CirculationRulesPage", "circulation.rules", "scale", group="system"),
    PageSpec("sync", QT_TRANSLATE_NOOP("Navigation", "Sync with district"), "sync", "SyncPage", "sync.manage",
             "device-usb", group="system"),
    PageSpec("district_inbox", QT_TRANSLATE_NOOP("Navigation", "Bundle inbox"), "district_inbox",
             "DistrictInboxPage", "sync.manage", "inbox", district_only=True, group="system"),
    PageSpec("district_grants", QT_TRANSLATE_NOOP("Navigation", "Book grants"), "district_grants",
             "DistrictGrantsPage", "sync.manage", "gift", district_only=True, group="collection"),
    PageSpec("district_union", QT_TRANSLATE_NOOP("Navigation", "Union catalogue"), "district_union",
             "DistrictUnionPage", "sync.manage", "library", district_only=True, group="collection"),
    PageSpec("district_stats", QT_TRANSLATE_NOOP("Navigation", "District statistics"), "district_stats",
             "DistrictStatsPage", "sync.manage", "chart-bar", district_only=True, group="reports"),
]
