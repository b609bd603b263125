"""What start-up paints before SQLAlchemy, the ORM and the services are imported: the window
with its navigation and the contact list's first screen, read through the DB-API driver
(app/storage/first_page.py). The real main window, placed from the same remembered layout, takes
its place as soon as the database is open (app.ui.application.run_gui).
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QTableView,
    QWidget,
)

from app.config.ui_prefs import UiPrefs
from app.storage.first_page import FirstPageRow, read_first_page
from app.ui.actions import GLOBAL_ACTIONS, TOOLBAR
from app.ui.i18n import QT_TRANSLATE_NOOP, enum_label
from app.ui.icons import icon
from app.ui.panes import NAVIGATION_STYLE, NAVIGATION_WIDTH, PANES

FIRST_PAGE = 60  # rows: more than a 1440p screen shows, a sixth of the list's 100-row page
WINDOW_SIZE = (1280, 800)  # the main window's size when no layout is remembered
ROW_HEIGHT = 24  # as the contact list
# The contact list's first columns, in its own translation context.
HEADERS = (
    QT_TRANSLATE_NOOP("ContactColumns", "Name"),
    QT_TRANSLATE_NOOP("ContactColumns", "Company"),
    QT_TRANSLATE_NOOP("ContactColumns", "E-mail"),
    QT_TRANSLATE_NOOP("ContactColumns", "Phone"),
    QT_TRANSLATE_NOOP("ContactColumns", "City"),
    QT_TRANSLATE_NOOP("ContactColumns", "Stage"),
)
# The main window's menus, in its translation context.
MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Customer"),
    QT_TRANSLATE_NOOP("MainWindow", "&Go"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
)


def place_window(window: QMainWindow, prefs: UiPrefs) -> None:
    """Where the person left the window; on a first run 1280 x 800, or less on a smaller
    screen, so that no edge or button opens out of reach."""
    if prefs.geometry:
        window.restoreGeometry(QByteArray(base64.b64decode(prefs.geometry)))
        return
    width, height = WINDOW_SIZE
    screen = window.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width()), min(height, free.height())
    window.resize(width, height)


class FirstFrame(QMainWindow):
    """A read-only picture of the main window on the contact list: nothing in it responds, it
    only shows the person their data while the rest of the app loads."""

    def __init__(self, prefs: UiPrefs, rows: Sequence[FirstPageRow], location: Path) -> None:
        super().__init__()
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Rapport"))
        self.setMinimumSize(QSize(800, 500))
        for title in MENUS:
            self.menuBar().addMenu(QCoreApplication.translate("MainWindow", title))
        self._add_toolbar()
        navigation = QListWidget()
        navigation.setObjectName("navigation")
        navigation.setFixedWidth(NAVIGATION_WIDTH)
        navigation.setFrameShape(QListWidget.Shape.NoFrame)
        navigation.setStyleSheet(NAVIGATION_STYLE)
        navigation.setIconSize(QSize(20, 20))
        for spec in PANES:
            navigation.addItem(QListWidgetItem(icon(spec.key), spec.title()))
        navigation.setCurrentRow(0)
        self.table = _contact_table(rows)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(navigation)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(QLabel(str(location)), 1)
        place_window(self, prefs)

    def _add_toolbar(self) -> None:
        """The main window's toolbar icons, where they will be (they do nothing yet)."""
        bar = self.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        icons = {spec.key: spec.icon for spec in GLOBAL_ACTIONS}
        for key in TOOLBAR:
            if key is None:
                bar.addSeparator()
            elif icons.get(key):
                bar.addAction(icon(icons[key]), "")


def _contact_table(rows: Sequence[FirstPageRow]) -> QTableView:
    model = QStandardItemModel(len(rows), len(HEADERS))
    model.setHorizontalHeaderLabels(
        [QCoreApplication.translate("ContactColumns", title) for title in HEADERS]
    )
    for number, row in enumerate(rows):
        cells = (row.display_name, row.company, row.email, row.phone, row.city)
        for column, text in enumerate((*cells, enum_label(row.stage))):
            model.setItem(number, column, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    model.setParent(table)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    return table


def first_frame(database: Path | None, prefs: UiPrefs) -> FirstFrame | None:
    """The first frame for `database` when it can be read without the ORM and the window opens
    on the contact list; None when start-up must take the full path first (a new file, one
    to migrate or unlock, a server, another pane remembered)."""
    if database is None or prefs.last_pane != "contacts":
        return None
    rows = read_first_page(database, FIRST_PAGE)
    if rows is None:
        return None
    return FirstFrame(prefs, rows, database)
