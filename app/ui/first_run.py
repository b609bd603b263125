"""First run on an empty database: name the business, pick currency and country, then start
empty, explore sample data, import contacts, or join the team's hub (whose data, settings
included, then come down). It also says where the data lives and whether
the file is encrypted, so nobody has to wonder."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.services.settings import BusinessSettings
from app.ui.i18n import error_text
from app.ui.icons import status_icon
from app.ui.settings.base import region_combo
from app.ui.theme import colours


class FirstRunChoice(StrEnum):
    EMPTY = "empty"
    SAMPLE = "sample"
    LARGE_SAMPLE = "large_sample"  # 100,000 contacts: how Rapport does at a large business
    IMPORT = "import"
    JOIN = "join"  # the team's hub: its data and business settings come down


class FirstRunDialog(QDialog):
    """Asks the three business basics; `business()` gives them (validated) after accept."""

    def __init__(
        self,
        location: str,
        parent: QWidget | None = None,
        *,
        encrypted: bool = False,
        business: BusinessSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = FirstRunChoice.EMPTY
        self._business = business or BusinessSettings()
        self.setWindowTitle(self.tr("Welcome to Rapport"))
        self.setMinimumWidth(520)
        heading = QLabel(self.tr("Welcome to Rapport"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        form = self._business_form()
        intro = QLabel(self.tr("Your customer data lives in this file, on this computer only:"))
        intro.setWordWrap(True)
        self.where = QLabel(location)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        security_row = self._security_row(encrypted)
        self.empty_button = QPushButton(self.tr("Start empty"))
        self.sample_button = QPushButton(self.tr("Explore sample data (500 contacts)"))
        self.large_sample_button = QPushButton(
            self.tr("Explore a large sample (100,000 contacts; takes a few minutes)")
        )
        self.import_button = QPushButton(self.tr("Import contacts…"))
        self.join_button = QPushButton(self.tr("Join my team's hub…"))
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(lambda: self._choose(FirstRunChoice.EMPTY))
        self.sample_button.clicked.connect(lambda: self._choose(FirstRunChoice.SAMPLE))
        self.large_sample_button.clicked.connect(lambda: self._choose(FirstRunChoice.LARGE_SAMPLE))
        self.import_button.clicked.connect(lambda: self._choose(FirstRunChoice.IMPORT))
        self.join_button.clicked.connect(self._join)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addWidget(self.where)
        layout.addLayout(security_row)
        for button in (
            self.empty_button,
            self.sample_button,
            self.large_sample_button,
            self.import_button,
            self.join_button,
        ):
            layout.addWidget(button)
        self.name.setFocus()

    def _business_form(self) -> QFormLayout:
        self.name = QLineEdit(self._business.name)
        self.name.setPlaceholderText(self.tr("e.g. Müller Bakery"))
        self.currency = QLineEdit(self._business.currency)
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(80)
        self.region = region_combo(self._business.phone_region)
        self.currency_error = QLabel()
        self.currency_error.setStyleSheet(f"color: {colours().breached};")
        self.currency_error.setTextFormat(Qt.TextFormat.PlainText)
        self.currency_error.hide()
        form = QFormLayout()
        for label, widget in (
            (self.tr("Business &name"), self.name),
            (self.tr("&Currency"), self.currency),
            (self.tr("C&ountry (for phone numbers)"), self.region),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(caption, widget)
            if widget is self.currency:
                form.addRow("", self.currency_error)
        return form

    def _security_row(self, encrypted: bool) -> QFormLayout:
        self.security = QLabel(
            self.tr(
                "The file is encrypted: without its passphrase or recovery key nobody can read it."
            )
            if encrypted
            else self.tr("The file is not encrypted: anyone who can copy it can read it.")
        )
        self.security.setWordWrap(True)
        security_icon = QLabel()
        security_icon.setPixmap(status_icon("ok" if encrypted else "warning").pixmap(20, 20))
        security_row = QFormLayout()
        security_row.addRow(security_icon, self.security)
        return security_row

    def business(self) -> BusinessSettings:
        """The stored defaults with what was entered here; UserError on a bad currency."""
        return replace(
            self._business,
            name=self.name.text(),
            currency=self.currency.text().strip().upper(),
            phone_region=str(self.region.currentData()),
        ).validated()

    def _join(self) -> None:
        """The business basics are the team's (they come from the hub): not asked here."""
        self.choice = FirstRunChoice.JOIN
        self.accept()

    def _choose(self, choice: FirstRunChoice) -> None:
        try:
            self.business()
        except UserError as exc:
            self.currency_error.setText(error_text(exc))
            self.currency_error.show()
            self.currency.setFocus()
            return
        self.choice = choice
        self.accept()
