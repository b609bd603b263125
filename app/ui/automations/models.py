"""Small table models over the rules and the latest runs (a few hundred rows at most)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.automations import RuleRow, RunRow
from app.ui.automations.words import (
    action_name,
    cause_name,
    describe_effect,
    describe_when,
    playbook_name,
    rule_name,
)
from app.ui.common.formatting import format_datetime
from app.ui.i18n import QT_TRANSLATE_NOOP

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of frozen dataclasses; each column is a header (marked for translation) and a text."""

    columns: Sequence[tuple[str, Callable[[R], str]]] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self.columns[index.column()][1](self._rows[index.row()])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Automations", self.columns[section][0])
        return None


def _on_off(row: RuleRow) -> str:
    if row.enabled:
        return QCoreApplication.translate("Automations", "On")
    return QCoreApplication.translate("Automations", "Off")


def _then(row: RuleRow) -> str:
    return ", ".join(action_name(a.kind) for a in row.spec.then)


class RulesModel(_RowsModel[RuleRow]):
    columns = (
        (QT_TRANSLATE_NOOP("Automations", "State"), _on_off),
        (QT_TRANSLATE_NOOP("Automations", "Rule"), rule_name),
        (QT_TRANSLATE_NOOP("Automations", "When"), lambda r: describe_when(r.spec.when)),
        (QT_TRANSLATE_NOOP("Automations", "Then"), _then),
    )


def _status(run: RunRow) -> str:
    if run.undone_at is None:
        return ""
    return QCoreApplication.translate("Automations", "Undone %1").replace(
        "%1", format_datetime(run.undone_at)
    )


class ActivityModel(_RowsModel[RunRow]):
    columns = (
        (QT_TRANSLATE_NOOP("Automations", "Ran"), lambda r: format_datetime(r.ran_at)),
        (QT_TRANSLATE_NOOP("Automations", "Rule"), lambda r: playbook_name(r.rule_name)),
        (QT_TRANSLATE_NOOP("Automations", "Contact"), lambda r: r.contact_name),
        (QT_TRANSLATE_NOOP("Automations", "Why"), lambda r: cause_name(r.cause)),
        (
            QT_TRANSLATE_NOOP("Automations", "What it did"),
            lambda r: "; ".join(describe_effect(e) for e in r.effects),
        ),
        (QT_TRANSLATE_NOOP("Automations", "Undo"), _status),
    )
