"""The main window: navigation on the left (pages grouped under the headings a librarian thinks in,
each with its own icon; it collapses to icons), the current page on the right under a heading with
the same icon, who and where below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.auth import ROLE_NAMES
from . import icons, page_code
from .about import AboutDialog
from .context import AppContext
from .pages import GROUPS, PAGES, PageSpec
from .widgets import a11y, attention_line, enter_buttons
from .widgets.screen import screen_of
from .widgets.typing_to_scan_box import TypingToScanBox

KEY_ROLE = Qt.ItemDataRole.UserRole
NAMES_WIDTH = (190, 360)  # the navigation's least and most width with page names (logical px)
NARROW = 1100  # logical px beside any docked panel: below this the navigation shows icons only (150 % on 1366 is 911)


def visible_pages(ctx: AppContext) -> list[PageSpec]:
    """The pages this staff member may use in this kind of library, in navigation order (by group)."""
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
    order = [key for key, _ in GROUPS]
    return sorted(out, key=lambda spec: order.index(spec.group) if spec.group in order else len(order))


def page_shortcuts(specs: list[PageSpec]) -> dict[str, str]:
    """Each page's key sequence: its own (``PageSpec.shortcut``, the dashboard's Ctrl+0), else Ctrl+1
    to Ctrl+9 for the first nine of the others in navigation order; the rest have none."""
    out = {spec.key: spec.shortcut for spec in specs if spec.shortcut}
    numbered = [spec for spec in specs if not spec.shortcut][:9]
    out.update({spec.key: f"Ctrl+{number}" for number, spec in enumerate(numbered, start=1)})
    return out


class Navigation(QTreeWidget):
    """Group headings with their pages below; arrows move between pages, Enter/arrows open them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setUniformRowHeights(False)
        self.setIconSize(QSize(24, 24))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setObjectName("navigation")
        self.setStyleSheet("#navigation { font-size: 11pt; } #navigation::item { padding: 4px 4px; }")
        self.headings: list[QTreeWidgetItem] = []
        self.items: dict[str, QTreeWidgetItem] = {}
        self.collapsed = False

    def add_group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: read, never chosen
        font = item.font(0)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.95)
        item.setFont(0, font)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, title)
        item.setData(0, KEY_ROLE, "")
        self.addTopLevelItem(item)
        item.setExpanded(True)
        self.headings.append(item)
        return item

    def add_page(self, group: QTreeWidgetItem, key: str, title: str, icon_name: str, tip: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        item.setIcon(0, icons.icon(icon_name))
        item.setData(0, KEY_ROLE, key)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, title)
        item.setToolTip(0, tip)
        item.setData(0, Qt.ItemDataRole.UserRole + 1, title)
        group.addChild(item)
        self.items[key] = item
        return item

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        return self.items.get(key)

    def set_collapsed(self, collapsed: bool) -> None:
        """Icons only (the names stay as tooltips and for screen readers), or icons with names."""
        self.collapsed = collapsed
        for heading in self.headings:
            name = heading.data(0, Qt.ItemDataRole.AccessibleTextRole)
            heading.setText(0, "—" if collapsed else name)
            heading.setToolTip(0, name if collapsed else "")
        for item in self.items.values():
            name = item.data(0, Qt.ItemDataRole.UserRole + 1)
            item.setText(0, "" if collapsed else name)
        self.setIconSize(QSize(28, 28) if collapsed else QSize(24, 24))
        self.setFixedWidth(self.iconSize().width() + 34 if collapsed else self.width_for_names())

    def width_for_names(self) -> int:
        """As wide as the longest name needs at the current font and text size, beside the scroll bar (the list is
        taller than a 768-high screen): a fixed 240 px cut "Sinkronisasi dengan dinas" to "Sinkronisasi dengan ..."
        in the window's first size. A translation with a very long name is cut rather than taking the page's room
        (its tooltip and screen-reader name stay whole)."""
        self.ensurePolished()  # (the style sheet's font and padding count)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        need = self.sizeHintForColumn(0) + scroll_bar + 2 * self.frameWidth() + 2
        return min(max(need, NAMES_WIDTH[0]), NAMES_WIDTH[1])

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and not self.collapsed:
            self.setFixedWidth(self.width_for_names())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        # Up/Down skip the headings, so every press lands on a page.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            pages = [item for item in self._in_order() if item.data(0, KEY_ROLE)]
            current = self.currentItem()
            if pages:
                index = pages.index(current) if current in pages else -1
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                target = pages[min(max(index + step, 0), len(pages) - 1)] if index >= 0 else pages[0]
                self.setCurrentItem(target)
                event.accept()
                return
        super().keyPressEvent(event)

    def _in_order(self) -> list[QTreeWidgetItem]:
        out = []
        for heading in self.headings:
            out.append(heading)
            out.extend(heading.child(i) for i in range(heading.childCount()))
        return out


class PageHeading(QWidget):
    """The current page's icon and name, above the page."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.icon.setAccessibleName("")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("#pageTitle { font-size: 16pt; font-weight: bold; }")
        self.title.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.title, 1)

    def show_page(self, title: str, icon_name: str) -> None:
        size = max(24, self.title.fontMetrics().height() + 4)
        self.icon.setPixmap(icons.icon(icon_name).pixmap(QSize(size, size), self.devicePixelRatioF()))
        self.title.setText(title)


class MainWindow(QMainWindow):
    logout_requested = Signal()
    language_changed = Signal(str)
    switch_staff = Signal(object)  # reopen the window for this Staff (volunteer mode on/off)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.events.setParent(self)  # (its pages listen to them: they go with the window, deleted by Qt: context.Events)
        self.specs = visible_pages(ctx)
        self.pages: dict[str, QWidget] = {}
        self.holders: dict[str, QScrollArea] = {}
        self._built: dict[str, tuple[QWidget, QScrollArea]] = {}  # built after a click, shown next turn
        self.setWindowTitle(self.tr("Pustaka — {library}").format(library=ctx.lib.profile.name))
        self._fit_to_screen()

        self.nav = Navigation()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget()
        group_titles = {key: QCoreApplication.translate("Navigation", title) for key, title in GROUPS}
        groups: dict[str, QTreeWidgetItem] = {}
        shortcuts = page_shortcuts(self.specs)
        for spec in self.specs:
            if spec.group not in groups:
                groups[spec.group] = self.nav.add_group(group_titles.get(spec.group, spec.group))
            title = QCoreApplication.translate("Navigation", spec.title)
            tip = f"{title} ({shortcuts[spec.key]})" if spec.key in shortcuts else title
            self.nav.add_page(groups[spec.group], spec.key, title, spec.icon, tip)
            self.stack.addWidget(QWidget())  # replaced by the real page the first time it is shown
        self.nav.currentItemChanged.connect(self._nav_changed)

        self.collapse_button = QToolButton()
        self.collapse_button.setIconSize(QSize(22, 22))
        self._nav_choice: bool | None = None  # icons only / with names, when the person chose it
        self.collapse_button.clicked.connect(lambda: self.set_navigation_collapsed(not self.nav.collapsed))
        self._label_collapse_button()

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 0, 4)
        side_layout.setSpacing(4)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.collapse_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.heading = PageHeading()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.stack, 1)

        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(side)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        central_layout.addWidget(line)
        central_layout.addWidget(right, 1)
        self.setCentralWidget(central)
        central.installEventFilter(self)  # the navigation fits the room the page area has
        self._build_menus()
        self._build_status_bar()
        enter_buttons.install()  # Enter presses the focused button on a page, as on every Windows program
        # a card scanned while the keyboard is in the navigation (a stray Tab) or the menu bar (a stray Alt on
        # Windows) reaches the desk's scan box
        self.typing_to_scan_box = TypingToScanBox(lambda: getattr(self.current_page(), "scan_box", None), self)
        self.typing_to_scan_box.watch(self.nav, self.collapse_button, self.menuBar())
        self._install_idle_lock()
        if self.specs:
            self.show_page(self.specs[0].key)
        self.nav.set_collapsed(False)

    def _install_idle_lock(self) -> None:
        """Lock after the configured idle minutes; "Switch user" on the lock hands the desk over."""
        from .idle_lock import IdleLock

        self.idle_lock = IdleLock(self, self.ctx.lib, self.ctx.user)
        self.idle_lock.switch_user.connect(self.logout_requested.emit)
        self.idle_lock.taken_over.connect(self._show_user)  # signed in again here (gui.sign_in_again)
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

    def _nav_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else ""
        if not key:
            return
        # arrowing through the list: the list keeps the keyboard (not a page chosen by the menu or Ctrl+number while
        # the list had it: focus_page puts the keyboard on that page)
        keep = self.nav.hasFocus() and not getattr(self, "_page_wanted_now", False)
        # a click loads a page's code off the GUI thread; show_page (a caller wants the page) waits
        self._show(key, wait=getattr(self, "_page_wanted_now", False))
        if keep:
            QTimer.singleShot(0, self.nav.setFocus)

    def _code_loaded(self, key: str) -> None:
        """A clicked page's code is there: build the page if it is still the one chosen, and put it on
        screen in the next turn of the event loop (building and the first layout and paint are two
        pieces of work: the window stays responsive between them)."""
        if key in self.pages or key in self._built or self.current_key() != key:
            return
        self._built[key] = self._build(next(spec for spec in self.specs if spec.key == key))
        QTimer.singleShot(0, lambda: self._built_shown(key))

    def _built_shown(self, key: str) -> None:
        if key in self.pages or key not in self._built:
            return
        keep = self.nav.hasFocus()
        if self.current_key() == key:
            self._show(key)
        else:  # another page was chosen meanwhile: this one waits in its place
            row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
            self._place(row, key, *self._built.pop(key))
        if keep:
            QTimer.singleShot(0, self.nav.setFocus)

    def _build(self, spec: PageSpec) -> tuple[QWidget, QScrollArea]:
        page = spec.create(self.ctx, self)
        a11y.tidy(page)
        # With large text on a small screen a page may need more room than there is: it scrolls
        # down instead of being cut off (pages fit their width; tests check at 150 % on 1366 x 768).
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder.setWidget(page)
        return page, holder

    def _place(self, row: int, key: str, page: QWidget, holder: QScrollArea) -> None:
        placeholder = self.stack.widget(row)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.insertWidget(row, holder)
        self.pages[key] = page
        self.holders[key] = holder

    def _show(self, key: str, wait: bool = True) -> None:
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        spec = self.specs[row]
        if spec.key not in self.pages and not wait and not page_code.is_loaded(spec.module_name):
            # the first click on a page: "Loading…" while its code is imported in the background
            placeholder = self.stack.widget(row)
            if placeholder.layout() is None:
                note = QLabel(self.tr("Loading…"), placeholder)
                note.setAlignment(Qt.AlignmentFlag.AlignCenter)
                QVBoxLayout(placeholder).addWidget(note)
                page_code.import_later(spec.module_name, lambda _name, key=spec.key: self._code_loaded(key))
        elif spec.key not in self.pages:
            built = self._built.pop(spec.key, None)  # built after a click, not on screen yet
            self._place(row, spec.key, *(built or self._build(spec)))
        self.heading.show_page(QCoreApplication.translate("Navigation", spec.title), spec.icon)
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> QWidget | None:
        item = self.nav.item_for(key)
        if item is None:
            return None
        self._page_wanted_now = True
        try:
            if self.nav.currentItem() is item:
                self._show(key)
            else:
                self.nav.setCurrentItem(item)
        finally:
            self._page_wanted_now = False
        return self.pages.get(key)

    def current_page(self) -> QWidget | None:
        holder = self.stack.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else None

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else ""

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def nav_item(self, key: str) -> QTreeWidgetItem | None:
        return self.nav.item_for(key)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        # The room beside the docked panels (the practice tasks), not the window's width: a panel on a
        # 1366-wide screen leaves the pages too little room next to the full navigation.
        if watched is self.centralWidget() and event.type() == QEvent.Type.Resize:
            self._fit_navigation(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_navigation(self, room: int) -> None:
        # Large text on a small screen leaves little room: icons only, unless the person chose otherwise.
        narrow = room < NARROW
        if self._nav_choice is None and narrow != self.nav.collapsed:
            self.set_navigation_collapsed(narrow, chosen=False)

    def set_navigation_collapsed(self, collapsed: bool, chosen: bool = True) -> None:
        if chosen:
            self._nav_choice = collapsed
        self.nav.set_collapsed(collapsed)
        self._label_collapse_button()

    def _label_collapse_button(self) -> None:
        collapsed = self.nav.collapsed
        name = self.tr("Show page names") if collapsed else self.tr("Icons only")
        self.collapse_button.setIcon(icons.icon("layout-sidebar-left-expand" if collapsed
                                                else "layout-sidebar-left-collapse"))
        self.collapse_button.setText(name)
        self.collapse_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if collapsed
                                                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.collapse_button.setToolTip(f"{name} (Ctrl+B)")
        self.collapse_button.setAccessibleName(name)

    # -- chrome -----------------------------------------------------------------------------------

    def change_own_password(self) -> None:
        from .choose_password import ChoosePasswordDialog
        from .widgets.messages import info

        user = self.ctx.user
        account = getattr(user, "desk_mode_of", None) or user  # volunteer mode: still the librarian's own account
        if ChoosePasswordDialog(self.ctx.lib, account, parent=self).exec() == QDialog.DialogCode.Accepted:
            user.password_hash = account.password_hash  # (the same account: this window goes on)
            info(self, self.tr("Password changed"), self.tr("Your new password is saved. Use it from the next "
                                                            "log-in."))

    def _build_menus(self) -> None:
        app_menu = self.menuBar().addMenu(self.tr("&Application"))
        switch = QAction(self.tr("&Switch user / log out"), self)
        switch.setShortcut(QKeySequence("Ctrl+L"))
        switch.triggered.connect(self.logout_requested.emit)
        app_menu.addAction(switch)
        from ..core.practice import library as practice

        if not practice.is_practice(self.ctx.lib):  # (practice accounts are copies of the real ones)
            own_password = QAction(self.tr("Change my &password…"), self)
            own_password.triggered.connect(self.change_own_password)
            app_menu.addAction(own_password)
        app_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        app_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        shortcuts = page_shortcuts(self.specs)
        for spec in self.specs:
            action = QAction(icons.icon(spec.icon), QCoreApplication.translate("Navigation", spec.title), self)
            if spec.key in shortcuts:
                action.setShortcut(QKeySequence(shortcuts[spec.key]))
            action.triggered.connect(lambda _=False, key=spec.key: self.focus_page(key))
            go_menu.addAction(action)
        go_menu.addSeparator()
        navigation = QAction(self.tr("Navigation list"), self)
        navigation.setShortcut(QKeySequence("F6"))
        navigation.triggered.connect(self.nav.setFocus)
        go_menu.addAction(navigation)
        collapse = QAction(self.tr("Navigation as icons only"), self)
        collapse.setShortcut(QKeySequence("Ctrl+B"))
        collapse.triggered.connect(lambda: self.set_navigation_collapsed(not self.nav.collapsed))
        go_menu.addAction(collapse)
        # the page names carry no Alt letter of their own (and may contain "&"): one each, none twice
        entries = [action for action in go_menu.actions() if not action.isSeparator()]
        for action, text in zip(entries, a11y.with_mnemonics([a.text() for a in entries]), strict=True):
            action.setText(text)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("help_menu")  # practice mode adds its entries (app.Controller)
        about = QAction(self.tr("&About Pustaka"), self)
        about.setShortcut(QKeySequence("F1"))
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def focus_page(self, key: str) -> None:
        """Open a page from the keyboard (Ctrl+number) and put the keyboard on it."""
        page = self.show_page(key)
        if page is not None and not page.isAncestorOf(self.focusWidget()):
            # where the keyboard last was on the page, when it can still take it (a button since hidden or switched
            # off cannot), else the page's first control (focusNextChild() moved on from the window's focus: the
            # sidebar, the status bar)
            last = page.focusWidget()
            usable = last is not None and last.isVisible() and last.isEnabled()
            first = last if usable else a11y.first_tab_stop(page)
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def _build_status_bar(self) -> None:
        lib = self.ctx.lib
        self.library_label = QLabel(lib.profile.name)
        self.user_label = QLabel()
        self._show_user()
        self.db_label = QLabel(str(lib.path))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = self.statusBar()
        bar.addWidget(self.library_label)
        bar.addWidget(QLabel("·"))
        bar.addWidget(self.user_label)
        # what a librarian must act on, told otherwise only on pages she may never open (a backup due, ...)
        self.attention = attention_line.install(self, self.ctx)
        bar.addPermanentWidget(self.db_label)
        bar.addPermanentWidget(QLabel(f"v{__version__}"))

    def _show_user(self) -> None:
        user = self.ctx.user
        role = QCoreApplication.translate("Roles", ROLE_NAMES.get(user.role, user.role))
        self.user_label.setText(self.tr("User: {name} ({role})").format(name=user.full_name or user.username,
                                                                        role=role))

    def _fit_to_screen(self) -> None:
        """1280 x 800 when there is room; old village PCs often have 1366 x 768 or less: maximised there."""
        found = screen_of(self)
        screen = found.availableGeometry() if found else None
        width, height = 1280, 800
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)
        if screen is not None and (screen.width() <= 1400 or screen.height() <= 800):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def show_about(self) -> None:
        AboutDialog(self.ctx.lib, self).exec()
