"""The main window: navigation on the left, the current page on the right, who and where below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from .. import __version__
from ..core.auth import ROLE_NAMES
from .about import AboutDialog
from .context import AppContext
from .pages import PAGES, PageSpec


def visible_pages(ctx: AppContext) -> list[PageSpec]:
    """The pages this staff member may use in this kind of library."""
    district = ctx.lib.is_district
    out = []
    for spec in PAGES:
        if not ctx.allowed(spec.permission):
            continue
        if getattr(spec, "district_only", False) and not district:
            continue
        if getattr(spec, "village_only", False) and district:
            continue
        out.append(spec)
    return out


class MainWindow(QMainWindow):
    logout_requested = Signal()
    language_changed = Signal(str)
    switch_staff = Signal(object)  # reopen the window for this Staff (volunteer mode on/off)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.specs = visible_pages(ctx)
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Pustaka — {library}").format(library=ctx.lib.profile.name))
        self._fit_to_screen()

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMinimumWidth(180)
        self.nav.setMaximumWidth(280)
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(QCoreApplication.translate("Navigation", spec.title))
            if spec.icon and hasattr(QStyle.StandardPixmap, spec.icon):
                item.setIcon(self.style().standardIcon(getattr(QStyle.StandardPixmap, spec.icon)))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if number <= 9:
                item.setToolTip(f"Ctrl+{number}")
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real page the first time it is shown
        self.nav.currentRowChanged.connect(self._show_row)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._build_menus()
        self._build_status_bar()
        self._install_idle_lock()
        if self.specs:
            self.nav.setCurrentRow(0)

    def _install_idle_lock(self) -> None:
        """Lock after the configured idle minutes; "Switch user" on the lock hands the desk over."""
        from .idle_lock import IdleLock

        self.idle_lock = IdleLock(self, self.ctx.lib, self.ctx.user)
        self.idle_lock.switch_user.connect(self.logout_requested.emit)
        from .idle_lock import install_volunteer_mode

        install_volunteer_mode(self)
        from . import clock_banner  # red banner while the PC clock needs a librarian's confirmation

        self.clock_banner = clock_banner.install(self, self.ctx)
        self.idle_lock.timer.timeout.connect(self.clock_banner.refresh)
        self.ctx.events.settings_changed.connect(self.clock_banner.refresh)
        lock = QAction(self.tr("Loc&k the screen"), self)
        lock.setShortcut(QKeySequence("Ctrl+Shift+L"))
        lock.triggered.connect(self.idle_lock.lock)
        menus = self.menuBar().actions()
        if menus and menus[0].menu() is not None:
            first = menus[0].menu()
            first.insertAction(first.actions()[0] if first.actions() else None, lock)

    # -- pages ------------------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        if spec.key not in self.pages:
            page = spec.create(self.ctx, self)
            # With large text on a small screen a page may need more room than there is: it scrolls
            # instead of being cut off.
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(page)
            placeholder = self.stack.widget(row)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.insertWidget(row, holder)
            self.pages[spec.key] = page
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> QWidget | None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                return self.pages.get(key)
        return None

    def current_page(self) -> QWidget | None:
        holder = self.stack.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else None

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    # -- chrome -----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        app_menu = self.menuBar().addMenu(self.tr("&Application"))
        switch = QAction(self.tr("&Switch user / log out"), self)
        switch.setShortcut(QKeySequence("Ctrl+L"))
        switch.triggered.connect(self.logout_requested.emit)
        app_menu.addAction(switch)
        app_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        app_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, spec in enumerate(self.specs[:9], start=1):
            action = QAction(QCoreApplication.translate("Navigation", spec.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Pustaka"), self)
        about.setShortcut(QKeySequence("F1"))
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        lib, user = self.ctx.lib, self.ctx.user
        role = QCoreApplication.translate("Roles", ROLE_NAMES.get(user.role, user.role))
        self.library_label = QLabel(lib.profile.name)
        self.user_label = QLabel(self.tr("User: {name} ({role})").format(name=user.full_name or user.username,
                                                                        role=role))
        self.db_label = QLabel(str(lib.path))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = self.statusBar()
        bar.addWidget(self.library_label)
        bar.addWidget(QLabel("·"))
        bar.addWidget(self.user_label)
        bar.addPermanentWidget(self.db_label)
        bar.addPermanentWidget(QLabel(f"v{__version__}"))

    def _fit_to_screen(self) -> None:
        """1280 x 800 when there is room; old village PCs often have 1366 x 768 or less."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 800
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)

    def show_about(self) -> None:
        AboutDialog(self.ctx.lib, self).exec()
