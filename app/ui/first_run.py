"""First run on an empty database: start empty, explore sample data, or import contacts."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunChoice(StrEnum):
    EMPTY = "empty"
    SAMPLE = "sample"
    IMPORT = "import"


class FirstRunDialog(QDialog):
    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = FirstRunChoice.EMPTY
        self.setWindowTitle(self.tr("Welcome to Rapport"))
        self.setMinimumWidth(440)
        heading = QLabel(self.tr("Welcome to Rapport"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("Your customer data will live in this file, on this computer only:"))
        intro.setWordWrap(True)
        where = QLabel(location)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_button = QPushButton(self.tr("Start empty"))
        self.sample_button = QPushButton(self.tr("Explore sample data (500 contacts)"))
        self.import_button = QPushButton(self.tr("Import contacts…"))
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(lambda: self._choose(FirstRunChoice.EMPTY))
        self.sample_button.clicked.connect(lambda: self._choose(FirstRunChoice.SAMPLE))
        self.import_button.clicked.connect(lambda: self._choose(FirstRunChoice.IMPORT))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(24, 20, 24, 20)
        for widget in (
            heading,
            intro,
            where,
            self.empty_button,
            self.sample_button,
            self.import_button,
        ):
            layout.addWidget(widget)

    def _choose(self, choice: FirstRunChoice) -> None:
        self.choice = choice
        self.accept()
