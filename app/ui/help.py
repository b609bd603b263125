"""The Help menu's windows: the user guide (docs/user-guide.md, shown in the app) and the
shortcut list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import resource_dir

GUIDE = Path("docs") / "user-guide.md"


def user_guide_path() -> Path:
    """docs/user-guide.md beside resources/ (in the source tree or the frozen build)."""
    return resource_dir().parent / GUIDE


IMAGE_MARGIN = 40  # a screenshot is shown at most this much narrower than the window


class GuideBrowser(QTextBrowser):
    """The Markdown guide; its screenshots (images/ beside it) scaled to the window's width.
    Links between pages stay here; web links open in the person's browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        loaded = super().loadResource(kind, name)
        width = self.viewport().width() - IMAGE_MARGIN
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return loaded
        image = loaded if isinstance(loaded, QImage) else QImage.fromData(loaded)  # file bytes
        if 0 < width < image.width():
            return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return loaded


class GuideWindow(QDialog):
    """Help ▸ User Guide (F1): the guide in a window of its own beside the app."""

    def __init__(self, guide: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rapport User Guide"))
        self.resize(900, 720)
        self.browser = GuideBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        url = QUrl.fromLocalFile(str(guide))
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        back = QPushButton(self.tr("&Back"))
        back.setEnabled(False)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        start = QPushButton(self.tr("&Contents"))
        start.clicked.connect(self.browser.home)
        buttons.addButton(back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(start, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


def open_user_guide(parent: QWidget | None, path: Path | None = None) -> GuideWindow | None:
    """Show the guide in the app (one window, raised when open already); say plainly when the
    file is missing."""
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
        return None
    window = parent.findChild(GuideWindow) if parent is not None else None
    if window is None:
        window = GuideWindow(guide, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


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
