"""The contact list's columns: which are shown, in what order (remembered in UiPrefs), chosen
from the header's menu, and how wide they open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from app.config.ui_prefs import UiPrefs
from app.services.contacts import ContactListRow
from app.ui.common.lazy_table import LazyTableModel
from app.ui.contacts.model import COLUMNS, DEFAULT_HIDDEN

PREFS_KEY = "contacts"
FITTED_ROWS = 100  # the rows measured: the first page, read before the first paint
# Columns open as wide as the first page's longest value needs, within (least, most) pixels and
# never narrower than their title; a longer value is elided in the middle, keeping an e-mail's
# domain. Name to Phone fit beside the 360° view at 1280 px; an empty list gets the least.
COLUMN_WIDTHS = {
    "name": (150, 200),
    "company": (120, 190),
    "email": (180, 250),
    "phone": (110, 150),
    "city": (90, 130),
    "stage": (90, 150),
    "tags": (90, 160),
    "owner": (100, 140),
    "last_interaction": (90, 130),
    "lifetime_value": (90, 130),
    "open_complaints": (60, 130),
    "churn_risk": (60, 110),
}
CELL_PADDING = 16  # the cell's margins and focus frame around its text


class ColumnLayout(QObject):
    """The header of `table` as the person arranged it; every move or choice is saved."""

    def __init__(
        self,
        table: QTableView,
        model: LazyTableModel[ContactListRow],
        prefs: UiPrefs,
        config_dir: Path,
        churn_known: bool,
    ) -> None:
        super().__init__(table)
        self._table, self._model, self._prefs = table, model, prefs
        self._config_dir = config_dir
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        header.sectionMoved.connect(lambda *_: self._save())
        self._restore(churn_known)

    def _restore(self, churn_known: bool) -> None:
        """The remembered columns and order (the churn column only once churn is computed),
        and the model's sort shown on the header."""
        header = self._table.horizontalHeader()
        header.blockSignals(True)  # restoring is not a change to save or a sort to run
        keys = [c.key for c in COLUMNS]
        saved = [k for k in self._prefs.columns.get(PREFS_KEY, []) if k in keys]
        visible = saved or [k for k in keys if k not in DEFAULT_HIDDEN]
        for logical, key in enumerate(keys):
            hidden = key not in visible or (key == "churn_risk" and not churn_known)
            header.setSectionHidden(logical, hidden)
        for position, key in enumerate(visible):
            header.moveSection(header.visualIndex(keys.index(key)), position)
        header.setSortIndicator(self._model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def fit(self) -> None:
        """Size each column to the longest value of the rows read so far (the first page),
        within COLUMN_WIDTHS and at least its title's width (so "Last interaction" never reads
        "ast interaction"); the last column takes what is left."""
        header = self._table.horizontalHeader()
        metrics = self._table.fontMetrics()
        model = self._model
        rows = [model.row_data(r) for r in range(min(model.rowCount(), FITTED_ROWS))]
        for logical, column in enumerate(model.columns):
            longest = max(
                (metrics.horizontalAdvance(column.text(row)) for row in rows if row is not None),
                default=0,
            )
            title = header.sectionSizeFromContents(logical).width()
            least, most = COLUMN_WIDTHS[column.key]
            width = max(least, min(longest + CELL_PADDING, most))
            header.resizeSection(logical, max(width, title))

    def visible(self) -> list[str]:
        """Visible column keys in on-screen order (what is remembered)."""
        header = self._table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [COLUMNS[i].key for i in logical if not header.isSectionHidden(i)]

    def set_visible(self, key: str, visible: bool) -> None:
        index = [c.key for c in COLUMNS].index(key)
        self._table.horizontalHeader().setSectionHidden(index, not visible)
        self._save()

    def _save(self) -> None:
        self._prefs.columns[PREFS_KEY] = self.visible()
        self._prefs.save(self._config_dir)

    def _menu(self, position: QPoint) -> None:
        """The header's menu: a check box per column."""
        header = self._table.horizontalHeader()
        menu = QMenu(self._table)
        for index, column in enumerate(COLUMNS):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda on, key=column.key: self.set_visible(key, on))
        menu.exec(header.mapToGlobal(position))
