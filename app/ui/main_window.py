"""The main window: navigation on the left, the current pane in the centre, where the data lives
in the status bar. Geometry and the last pane are remembered in the user's config folder."""

from __future__ import annotations

import base64
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.contact_query import ContactFilter
from app.services.automations import RunResult
from app.services.changes import Changes
from app.services.team import who_am_i
from app.ui.actions import (
    GLOBAL_ACTIONS,
    TOOLBAR,
    WINDOW_SHORTCUTS,
    ActionSpec,
    Menu,
    key_sequence,
)
from app.ui.automations.sweeper import AutomationSweeper
from app.ui.common.formatting import format_number
from app.ui.common.operations import Operations
from app.ui.dashboard.freshness import StaleFiguresRefresher
from app.ui.first_frame import place_window
from app.ui.help import ShortcutsDialog, open_user_guide
from app.ui.icons import forget_icons, icon
from app.ui.palette import CommandPalette, PaletteEntry
from app.ui.panes import NAVIGATION_STYLE, NAVIGATION_WIDTH, PANES, PaneSpec
from app.ui.security.actions import SecurityActions
from app.ui.settings.base import SettingsContext
from app.ui.settings.dialog import SettingsDialog
from app.ui.sync.conflicts import ConflictWindow, open_conflicts
from app.ui.sync.controller import SyncController
from app.ui.sync.indicator import SyncIndicator
from app.ui.tasks.reminders import TaskReminders
from app.ui.theme import theme_signals

if TYPE_CHECKING:
    from app.ui.contacts.view import ContactsPane

SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 2  # a saved segment's id on its navigation row
DATABASE_FILTER = "Rapport databases (*.db);;All files (*)"


class MainWindow(QMainWindow):
    """The `Shell` around the panes; asks its controller to switch databases (new/open)."""

    open_database_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = UiPrefs.load(ctx.paths.config_dir)
        self.operations = Operations(self)  # every write's Changes reach the panes through it
        self.sync = SyncController(ctx, self.operations, self)  # team sync, in the background
        self.setWindowTitle(self.tr("Rapport"))
        self.setMinimumSize(QSize(800, 500))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.navigation.setIconSize(QSize(20, 20))
        self._icons: list[tuple[QAction | QListWidgetItem, str]] = []
        self.stack = QStackedWidget()
        self._panes: dict[str, QWidget] = {}
        self._specs: list[PaneSpec] = list(PANES)
        for spec in self._specs:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self._set_icon(item, spec.key)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until the pane is first shown
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.refresh_segments()
        self.navigation.currentRowChanged.connect(self._show_row)
        self._restore_layout()
        self.task_reminders = TaskReminders(ctx, self)
        self.task_reminders.overdue_changed.connect(lambda n: self.set_badge("tasks", n))
        self.task_reminders.tick()
        self.stale_figures = StaleFiguresRefresher(ctx, parent=self)  # contact_stats follow writes
        # time rules: now, hourly
        self.automation_sweeper = AutomationSweeper(ctx, parent=self, seat=self.operations.seat)
        self.automation_sweeper.swept.connect(self._swept)
        QTimer.singleShot(0, self.automation_sweeper.sweep_now)
        self.stale_figures.refreshed.connect(
            lambda changes: self.operations.announce(changes, self.stale_figures)
        )
        self.operations.did_execute.connect(self._apply)
        self.sync_indicator = SyncIndicator(self.sync)
        self.sync_indicator.clicked.connect(self.open_sync_conflicts)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.command_palette: CommandPalette | None = None
        theme_signals().changed.connect(self._retheme)

    # -- panes -----------------------------------------------------------------------------

    @property
    def current_pane_key(self) -> str:
        return self._specs[self.stack.currentIndex()].key

    def pane(self, key: str) -> QWidget:
        """The pane widget for `key`, built on first use."""
        if key not in self._panes:
            index = next(i for i, s in enumerate(self._specs) if s.key == key)
            widget = self._specs[index].build(self.ctx, self)
            widget.setObjectName(f"pane_{key}")
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._panes[key] = widget
        return self._panes[key]

    def built_pane(self, key: str) -> QWidget | None:
        """The pane for `key` if it has been shown, without building it."""
        return self._panes.get(key)

    def _pane_row(self, key: str) -> int:
        """The navigation row of a pane (segment rows sit below Contacts)."""
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and item.data(SEGMENT_ROLE) is None:
                return row
        return 0

    def refresh_segments(self) -> None:
        """List the saved segments as child rows under Contacts (after a save/rename/delete)."""
        navigation = self.navigation
        navigation.blockSignals(True)
        current = navigation.currentItem()
        keep = (
            (current.data(Qt.ItemDataRole.UserRole), current.data(SEGMENT_ROLE))
            if current
            else None
        )
        for row in reversed(range(navigation.count())):
            if navigation.item(row).data(SEGMENT_ROLE) is not None:
                navigation.takeItem(row)
        below = self._pane_row("contacts") + 1
        for offset, segment in enumerate(self.ctx.segments.list()):
            item = QListWidgetItem("\u2003" + segment.name)  # an em space indents the child
            item.setToolTip(segment.name)
            item.setData(Qt.ItemDataRole.UserRole, "contacts")
            item.setData(SEGMENT_ROLE, segment.id)
            navigation.insertItem(below + offset, item)
        for row in range(navigation.count()):
            item = navigation.item(row)
            if keep == (item.data(Qt.ItemDataRole.UserRole), item.data(SEGMENT_ROLE)):
                navigation.setCurrentRow(row)
        navigation.blockSignals(False)

    def show_pane(self, key: str) -> None:
        self.navigation.setCurrentRow(self._pane_row(key))

    def set_badge(self, key: str, count: int) -> None:
        """Show a count beside a navigation item ("Tasks (3)"); 0 shows the plain title."""
        row = self._pane_row(key)
        item = self.navigation.item(row)
        title = next(s for s in self._specs if s.key == key).title()
        item.setText(f"{title} ({format_number(count)})" if count else title)
        item.setData(Qt.ItemDataRole.UserRole + 1, count)

    def _apply(self, changes: Changes, _origin: object) -> None:
        """The window's own part of a write: the segments under Contacts, the overdue badge."""
        if changes.segments:
            self.refresh_segments()
        if changes.tasks or changes.interactions:
            self.task_reminders.tick()

    def _swept(self, result: RunResult) -> None:
        """The sweep planned follow-ups: the task lists show them, the status line says so."""
        self.operations.announce(result.changes, self.automation_sweeper)
        count = len(result.follow_ups)
        self.statusBar().showMessage(self.tr("Automations planned %n follow-up(s).", "", count))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        item = self.navigation.item(row)
        key = item.data(Qt.ItemDataRole.UserRole)
        pane = self.pane(key)
        self.stack.setCurrentIndex(next(i for i, s in enumerate(self._specs) if s.key == key))
        segment = item.data(SEGMENT_ROLE)
        if segment is not None and isinstance(pane, _contacts_pane_type()):
            pane.open_segment(segment)

    # -- chrome ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_database_action = QAction(self.tr("&New Database…"), self)
        self.new_database_action.triggered.connect(self._new_database)
        self.open_database_action = QAction(self.tr("&Open Database…"), self)
        self.open_database_action.triggered.connect(self._open_database)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(key_sequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self._set_icon(self.new_database_action, "add")
        self._set_icon(self.open_database_action, "database")
        file_menu.addActions([self.new_database_action, self.open_database_action])
        file_menu.addSeparator()
        self.global_actions: dict[str, QAction] = {}
        customer_menu = self.menuBar().addMenu(self.tr("&Customer"))
        go_menu = QMenu(self.tr("&Go"), self)
        menus = {Menu.FILE: file_menu, Menu.CUSTOMER: customer_menu, Menu.GO: go_menu}
        for action_spec in GLOBAL_ACTIONS:
            menus[action_spec.menu].addAction(self._global_action(action_spec))
        customer_menu.menuAction().setVisible(not customer_menu.isEmpty())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.security_actions = SecurityActions(self, self.ctx, self.reopen_database)
        self.security_actions.add_to(file_menu, self.quit_action)
        file_menu.insertAction(self.quit_action, self.sync.action)
        self._set_icon(self.security_actions.backup_action, "backup")
        self.menuBar().addMenu(go_menu)
        go_menu.addSeparator()
        self.pane_actions: dict[str, QAction] = {}
        for number, spec in enumerate(self._specs, start=1):
            action = QAction(spec.title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_pane(key))
            self._set_icon(action, spec.key)
            go_menu.addAction(action)
            self.pane_actions[spec.key] = action
        self._build_help_menu()
        self._set_window_shortcuts()

    def _build_toolbar(self) -> None:
        """The few everyday actions as icons; each tooltip names the action and its keys."""
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        for key in TOOLBAR:
            action = self.global_actions.get(key) if key else None
            if action is None:
                if key is None:
                    bar.addSeparator()
                continue
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = action.text().replace("&", "")
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
            bar.addAction(action)
        self._guard_writes()  # after the tooltips above, which it keeps

    def _guard_writes(self) -> None:
        """The writing actions follow this copy's role on the team (re-read after each sync)."""
        self.operations.exempt(self.sync)  # joining and leaving are this copy's own business
        seat = self.operations.seat
        seat.guard(*(self.global_actions[s.key] for s in GLOBAL_ACTIONS if s.writes))
        self._read_seat()
        self.sync.changed.connect(self._read_seat)

    def _read_seat(self) -> None:
        if not self.ctx.closed:
            self.operations.seat.update(who_am_i(self.ctx.db))

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User Guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(lambda: open_user_guide(self))
        self._set_icon(self.guide_action, "help")
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self._set_icon(self.shortcuts_action, "keyboard")
        self.about_action = QAction(self.tr("&About Rapport"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._about)
        help_menu.addActions([self.guide_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _set_window_shortcuts(self) -> None:
        """The keys of the File and Help entries the window builds itself (WINDOW_SHORTCUTS);
        the object name keys them in the palette's recent list."""
        security = self.security_actions
        own = {
            "database.new": self.new_database_action,
            "database.open": self.open_database_action,
            "backup.restore": security.restore_action,
            "encryption.open": security.encryption_action,
            "audit.open": security.audit_action,
            "help.about": self.about_action,
            "sync.now": self.sync.action,
        }
        for key, action in own.items():
            action.setObjectName(key)
            action.setShortcut(key_sequence(WINDOW_SHORTCUTS[key]))

    def _global_action(self, spec: ActionSpec) -> QAction:
        action = QAction(spec.title(), self)
        action.setObjectName(spec.key)
        keys = key_sequence(spec.shortcut)
        if not keys.isEmpty():
            action.setShortcut(keys)
        if spec.icon:
            self._set_icon(action, spec.icon)
        action.triggered.connect(lambda _=False, run=spec.run: run(self))
        self.global_actions[spec.key] = action
        return action

    def _set_icon(self, target: QAction | QListWidgetItem, name: str) -> None:
        """Give `target` an icon and remember it, so a theme switch redraws it."""
        target.setIcon(icon(name))
        self._icons.append((target, name))

    def _retheme(self, _dark: bool) -> None:
        forget_icons()
        for target, name in self._icons:
            target.setIcon(icon(name))

    # -- settings, palette, help -----------------------------------------------------------

    def settings_context(self) -> SettingsContext:
        return SettingsContext(self.ctx, self.prefs, [self._settings_applied], self.sync)

    def open_settings(self, page: int = 0) -> SettingsDialog:
        """Show the Settings dialog (modal); returned for tests, which drive it themselves."""
        dialog = SettingsDialog(self.settings_context(), self)
        dialog.show_page(page)
        dialog.open()
        return dialog

    def open_sync_conflicts(self) -> ConflictWindow:
        return open_conflicts(self.sync, self)

    def _settings_applied(self) -> None:
        """Settings saved: panes re-read what they change (SLA clocks, currency)."""
        self.operations.announce(Changes(settings=True), self.settings_context)

    def menu_actions(self) -> list[tuple[str, QAction]]:
        """Every action in the menus with its menu's title, in menu order (no separators)."""
        found: list[tuple[str, QAction]] = []
        for top in self.menuBar().actions():
            menu = top.menu()
            if not isinstance(menu, QMenu) or not top.isVisible():
                continue
            title = menu.title().replace("&", "")
            for action in menu.actions():
                if not action.isSeparator() and action.menu() is None and action.text():
                    found.append((title, action))
        return found

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.menu_actions(), self)
        dialog.open()
        return dialog

    def palette_entries(self) -> list[PaletteEntry]:
        """Every menu action for the palette; panes read "Open <pane>"."""
        pane_of = {action: key for key, action in self.pane_actions.items()}
        entries = []
        for _menu, action in self.menu_actions():
            if action is self.global_actions.get("palette.open") or not action.isEnabled():
                continue
            text = action.text().replace("&", "")
            pane = pane_of.get(action)
            title = self.tr("Open %1").replace("%1", text) if pane else text
            key = f"pane:{pane}" if pane else action.objectName() or text
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            words = self._palette_keywords().get(key, "")
            entries.append(PaletteEntry(key, title, keys, action.icon(), action.trigger, words))
        return entries

    def _palette_keywords(self) -> dict[str, str]:
        """Words that find an entry whose title does not say them (e.g. Settings' pages)."""
        return {
            "settings.open": self.tr(
                "business working hours holidays SLA targets complaint lists staff custom fields "
                "backups privacy retention appearance theme dark light language"
            ),
            "audit.open": self.tr("privacy history changes who"),
            "help.about": self.tr("version"),
        }

    def contact_entries(self, typed: str) -> list[PaletteEntry]:
        """Contacts whose words start with what was typed (the FTS prefix search)."""
        person = icon("contacts")
        return [
            PaletteEntry(
                f"contact:{choice.id}",
                self.tr("Contact: %1").replace("%1", choice.display_name),
                choice.detail,
                person,
                partial(self.open_contact, choice.id),
            )
            for choice in self.ctx.interactions.find_contacts(typed, limit=8)
        ]

    def open_palette(self) -> CommandPalette:
        if self.command_palette is None:
            self.command_palette = CommandPalette(
                self.palette_entries,
                self.contact_entries,
                self.prefs,
                lambda: self.prefs.save(self.ctx.paths.config_dir),
                self,
            )
        self.command_palette.popup()
        return self.command_palette

    def show_contacts(self, query: ContactFilter) -> None:
        """The contacts list filtered to `query` (an RFM segment or cohort clicked), with the
        Filters panel open so the person sees why the list is shorter and can clear it."""
        from app.ui.contacts.view import ContactsPane  # noqa: PLC0415 - loaded with the pane

        self.show_pane("contacts")
        pane = self.pane("contacts")
        if isinstance(pane, ContactsPane):
            pane.show_filter(query)
            if not pane.filters_action.isChecked():
                pane.filters_action.trigger()

    def open_contact(self, contact_id: int) -> None:
        """Show the contact in the contacts pane: the list cleared of filters, its row chosen."""
        self.show_pane("contacts")
        pane = self.pane("contacts")
        if isinstance(pane, _contacts_pane_type()):
            pane.reveal_contact(contact_id)

    # -- the rest of the Shell contract ------------------------------------------------------

    def dialog_parent(self) -> QWidget:
        return self

    def save_prefs(self) -> None:
        self.prefs.save(self.ctx.paths.config_dir)

    def show_status(self, message: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def trigger(self, action_key: str) -> bool:
        action = self.global_actions.get(action_key)
        if action is None:
            return False
        action.trigger()
        return True

    def _build_status_bar(self) -> None:
        self.location_label = QLabel(self.ctx.location)
        self.location_label.setTextFormat(Qt.TextFormat.PlainText)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schema_label = QLabel(self.tr("Schema %1").replace("%1", self.ctx.schema.revision))
        self.encryption_label = QLabel(
            self.tr("Encrypted") if self.ctx.encrypted else self.tr("Not encrypted")
        )
        bar = self.statusBar()
        bar.addWidget(self.location_label, 1)
        bar.addPermanentWidget(self.schema_label)
        bar.addPermanentWidget(self.encryption_label)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Rapport"),
            self.tr(
                "Rapport %1\nAn offline-first CRM: your customers' data stays on this computer."
            ).replace("%1", __version__),
        )

    def reopen_database(self, path: str) -> None:
        """Open `path` again (after a restore or re-key): a new window on the same pane."""
        self.save_layout()
        self.open_database_requested.emit(path)

    def _new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Database"), str(self.ctx.paths.data_dir), DATABASE_FILTER
        )
        if path:
            self.open_database_requested.emit(path)

    def _open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Database"), str(self.ctx.paths.data_dir), DATABASE_FILTER
        )
        if path:
            self.open_database_requested.emit(path)

    # -- remembered layout -----------------------------------------------------------------

    def _restore_layout(self) -> None:
        place_window(self, self.prefs)
        if self.prefs.window_state:
            self.restoreState(QByteArray(base64.b64decode(self.prefs.window_state)))
        self.show_pane(self.prefs.last_pane)

    def save_layout(self) -> None:
        self.prefs.geometry = base64.b64encode(self.saveGeometry().data()).decode("ascii")
        self.prefs.window_state = base64.b64encode(self.saveState().data()).decode("ascii")
        self.prefs.last_pane = self.current_pane_key
        self.prefs.save(self.ctx.paths.config_dir)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)


def _contacts_pane_type() -> type[ContactsPane]:
    """The contacts pane's class, imported when first needed (panes are built on first show)."""
    from app.ui.contacts.view import ContactsPane  # noqa: PLC0415 - keeps start-up light

    return ContactsPane
