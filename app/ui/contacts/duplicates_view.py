"""The "Find duplicates" dialog: candidate pairs (found off the GUI thread) and merge."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.duplicates import MAX_PAIRS, DuplicatePair, MergeRecord
from app.ui.common.workers import Task
from app.ui.contacts.dialogs import MergeDialog, plain_label
from app.ui.i18n import error_text


def duplicate_reason(pair: DuplicatePair) -> str:
    """Why the two look like one person, in the interface language (the service marks the
    reasons in the "DuplicateReason" context)."""
    return QCoreApplication.translate("DuplicateReason", pair.reason)


class DuplicatesDialog(QDialog):
    """Lists likely pairs with their score; Merge… opens the side-by-side merge dialog."""

    def __init__(
        self,
        ctx: AppContext,
        on_merged: Callable[[MergeRecord], None],
        parent: QWidget | None = None,
        pairs: list[DuplicatePair] | None = None,
        *,
        capped: bool = False,
    ) -> None:
        """With `pairs` (found already, e.g. after an import; `capped` when the search kept
        only the most likely) they are shown as they are; without, every live contact is
        compared off the GUI thread."""
        super().__init__(parent)
        self._ctx, self._on_merged = ctx, on_merged
        self.pairs: list[DuplicatePair] = []
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.resize(760, 480)
        self.status: QLabel = plain_label(self.tr("Comparing contacts…"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Contact"), self.tr("Looks like"), self.tr("Score"), self.tr("Why")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.capped = capped
        if pairs is not None:
            self.show_pairs(list(pairs))
            return
        self.task = Task(ctx.duplicates.find_pairs)
        self.task.signals.done.connect(self.show_pairs)
        self.task.signals.failed.connect(self._failed)
        self.rejected.connect(self.task.cancelled.cancel)
        self.task.start()

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        # A capped list stays "the most likely" after merges shrink it: more pairs lie beyond.
        self.capped = self.capped or len(pairs) >= MAX_PAIRS
        if self.capped and pairs:
            self.status.setText(self.tr("The %Ln most likely duplicate pairs.", "", len(pairs)))
        else:
            self.status.setText(self.tr("%Ln likely duplicate pair(s).", "", len(pairs)))
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            for column, value in enumerate(
                (pair.first_name, pair.second_name, str(pair.score), duplicate_reason(pair))
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()  # names on one line; "Why" takes what is left
        if pairs:
            self.table.selectRow(0)

    def _failed(self, message: str) -> None:
        self.status.setText(message or self.tr("Something went wrong; see the log."))

    def merge_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        try:
            record = self._merge(self.pairs[row])
        except UserError as exc:  # e.g. one of the two was deleted meanwhile
            self.status.setText(error_text(exc))
            return
        if record is None:
            return
        # The merged contact is a tombstone now: no other pair with it can be merged either.
        gone = record.merged_id
        self.show_pairs([p for p in self.pairs if gone not in (p.first_id, p.second_id)])
        self._on_merged(record)

    def _merge(self, pair: DuplicatePair) -> MergeRecord | None:
        """The merge the person confirms side by side, or None when they cancel."""
        left = self._ctx.contacts.profile(pair.first_id)
        right = self._ctx.contacts.profile(pair.second_id)
        dialog = MergeDialog(left, right, self)
        if not dialog.exec():
            return None
        return self._ctx.duplicates.merge(pair.first_id, pair.second_id, dialog.picks())
