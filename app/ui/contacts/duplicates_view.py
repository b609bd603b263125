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
    QTableWidgetSelectionRange,
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


def duplicate_evidence(pair: DuplicatePair) -> str:
    """The reason and what speaks against it: "similar name, same city; different e-mail"."""
    against = ", ".join(QCoreApplication.translate("DuplicateReason", c) for c in pair.conflicts)
    return duplicate_reason(pair) + (f"; {against}" if against else "")


# The columns of each contact's line; Score and Why span the pair's two lines.
NAME, EMAIL, PHONE, COMPANY, CITY, SCORE, WHY = range(7)


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
        self.resize(980, 560)
        self.status: QLabel = plain_label(self.tr("Comparing contacts…"))
        hint = plain_label(
            self.tr(
                "Each pair takes two lines, one per contact; what both share is in bold. "
                "A higher score is stronger evidence that they are one person."
            )
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Contact"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Company"),
                self.tr("City"),
                self.tr("Score"),
                self.tr("Why"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(lambda: self._select_pair(self.table.currentRow()))
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(hint)
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
        self.table.clearSpans()
        self.table.setRowCount(2 * len(pairs))
        for index, pair in enumerate(pairs):
            self._show_pair(2 * index, pair)
        self.table.resizeColumnsToContents()  # values on one line; "Why" takes what is left
        if pairs:
            self.table.setCurrentCell(0, NAME)
            self._select_pair(0)

    def _show_pair(self, row: int, pair: DuplicatePair) -> None:
        """The pair's two lines, details side by side (shared ones in bold)."""
        lines = (
            (pair.first_name, pair.first.email, pair.first.phone, pair.first.company),
            (pair.second_name, pair.second.email, pair.second.phone, pair.second.company),
        )
        cities = (pair.first.city, pair.second.city)
        for offset, (values, city) in enumerate(zip(lines, cities, strict=True)):
            for column, value in enumerate((*values, city)):
                item = QTableWidgetItem(value)
                other = (*lines[1 - offset], cities[1 - offset])[column]
                if value and value.casefold() == other.casefold():
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row + offset, column, item)
        for column, value in ((SCORE, str(pair.score)), (WHY, duplicate_evidence(pair))):
            self.table.setItem(row, column, QTableWidgetItem(value))
            self.table.setSpan(row, column, 2, 1)

    def _select_pair(self, row: int) -> None:
        """A click on either line selects the pair's two lines."""
        if row < 0 or not self.pairs:
            return
        first = row - row % 2
        self.table.blockSignals(True)
        self.table.clearSelection()
        last = self.table.columnCount() - 1
        self.table.setRangeSelected(QTableWidgetSelectionRange(first, 0, first + 1, last), True)
        self.table.blockSignals(False)

    def current_pair(self) -> DuplicatePair | None:
        """The pair of the current line, if any."""
        index = self.table.currentRow() // 2
        return (
            self.pairs[index] if self.table.currentRow() >= 0 and index < len(self.pairs) else None
        )

    def _failed(self, message: str) -> None:
        self.status.setText(message or self.tr("Something went wrong; see the log."))

    def merge_selected(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        try:
            record = self._merge(pair)
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
