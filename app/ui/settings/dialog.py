"""File > Settings… (Ctrl+,): the pages of SETTINGS_PAGES, listed on the left."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon
from app.ui.settings.base import SettingsContext, SettingsPage, apply_pages
from app.ui.settings.pages import SETTINGS_PAGES, PageFactory


class SettingsDialog(QDialog):
    """OK and Apply validate every page, then save all changes in one transaction (or none);
    the first page that refuses is shown, with its errors beside the fields, and nothing
    closes."""

    def __init__(
        self,
        ctx: SettingsContext,
        parent: QWidget | None = None,
        pages: tuple[PageFactory, ...] = SETTINGS_PAGES,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.resize(860, 600)
        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setIconSize(QSize(20, 20))
        self.page_list.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.pages: list[SettingsPage] = []
        seat = ctx.seat()
        for factory in pages:
            widget = factory(ctx, None)
            page = cast(SettingsPage, widget)
            page.load()
            if seat is not None and page.team_data:
                # a viewer's copy (a member's, for the admins' pages) shows them unchangeable
                seat.guard(widget, admins_only=page.admins_only)
            self.pages.append(page)
            item = QListWidgetItem(icon(page.icon_name), page.title())
            self.page_list.addItem(item)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(widget)
            scroll.setAccessibleName(page.title())
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.stack.addWidget(scroll)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.clicked.connect(self.apply)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.page_list.setCurrentRow(0)
        self.page_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def page_widget(self, index: int) -> QWidget:
        return cast(QWidget, self.pages[index])

    def show_page(self, index: int) -> None:
        self.page_list.setCurrentRow(index)

    def apply(self) -> bool:
        """Validate every page, save all or nothing, apply live; show the first refusal."""
        refused = apply_pages(self.ctx, self.pages)
        if refused is not None:
            self.show_page(refused)
            return False
        for hook in self.ctx.after_apply:
            hook()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
