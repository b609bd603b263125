"""The Help menu's windows: the user guide (docs/user-guide.md) and the shortcut list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import resource_dir

GUIDE = Path("docs") / "user-guide.md"


def user_guide_path() -> Path:
    """docs/user-guide.md beside resources/ (in the source tree or the frozen build)."""
    return resource_dir().parent / GUIDE


def open_user_guide(parent: QWidget | None, path: Path | None = None) -> bool:
    """Open the guide with the desktop's viewer; say plainly when it is missing or cannot open."""
    guide = path or user_guide_path()
    if not guide.is_file():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Help", "User Guide"),
            QCoreApplication.translate(
                "Help",
                "The user guide is missing: it should be at %1. Reinstalling Rapport puts it back.",
            ).replace("%1", str(guide)),
        )
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide))):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Help", "User Guide"),
            QCoreApplication.translate(
                "Help", "No program on this computer opens %1. Open it with any text editor."
            ).replace("%1", str(guide)),
        )
        return False
    return True


class ShortcutsDialog(QDialog):
    """Every menu action with its shortcut, as the menus show them (native text)."""

    def __init__(self, actions: list[tuple[str, QAction]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(520, 560)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for menu, action in actions:
            row = self.table.rowCount()
            self.table.insertRow(row)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            for column, text in enumerate((menu, action.text().replace("&", ""), keys)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        """(action, keys) per row, for tests."""
        return [(self._text(r, 1), self._text(r, 2)) for r in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
