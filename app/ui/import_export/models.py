"""Small table models of the import wizard: the column mapping and the preview.

Both lists are short (the file's columns; the first rows), so they are held whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.import_export.importer import PreviewRow
from app.services.import_export.plan import RowProblem
from app.ui.common.formatting import format_number
from app.ui.i18n import QT_TRANSLATE_NOOP, message_text, translated_from
from app.ui.theme import colours

Index = QModelIndex | QPersistentModelIndex
IGNORE = ""


# The import's field keys as a person reads them (mapping, preview headers, row problems).
_FIELD_TITLES = {
    "amount": QT_TRANSLATE_NOOP("ImportField", "amount"),
    "answered_at": QT_TRANSLATE_NOOP("ImportField", "answered at"),
    "birthday": QT_TRANSLATE_NOOP("ImportField", "birthday"),
    "birth_year": QT_TRANSLATE_NOOP("ImportField", "birth year"),
    "birth_month": QT_TRANSLATE_NOOP("ImportField", "birth month"),
    "birth_day": QT_TRANSLATE_NOOP("ImportField", "birth day"),
    "body": QT_TRANSLATE_NOOP("ImportField", "body"),
    "channel": QT_TRANSLATE_NOOP("ImportField", "channel"),
    "city": QT_TRANSLATE_NOOP("ImportField", "city"),
    "comment": QT_TRANSLATE_NOOP("ImportField", "comment"),
    "company": QT_TRANSLATE_NOOP("ImportField", "company"),
    "contact_email": QT_TRANSLATE_NOOP("ImportField", "contact e-mail"),
    "contact_external_id": QT_TRANSLATE_NOOP("ImportField", "contact customer id"),
    "contact_phone": QT_TRANSLATE_NOOP("ImportField", "contact phone"),
    "country": QT_TRANSLATE_NOOP("ImportField", "country"),
    "currency": QT_TRANSLATE_NOOP("ImportField", "currency"),
    "description": QT_TRANSLATE_NOOP("ImportField", "description"),
    "direction": QT_TRANSLATE_NOOP("ImportField", "direction"),
    "duration_minutes": QT_TRANSLATE_NOOP("ImportField", "duration (minutes)"),
    "email": QT_TRANSLATE_NOOP("ImportField", "e-mail"),
    "email_2": QT_TRANSLATE_NOOP("ImportField", "e-mail 2"),
    "email_2_label": QT_TRANSLATE_NOOP("ImportField", "e-mail 2 label"),
    "email_3": QT_TRANSLATE_NOOP("ImportField", "e-mail 3"),
    "email_3_label": QT_TRANSLATE_NOOP("ImportField", "e-mail 3 label"),
    "external_id": QT_TRANSLATE_NOOP("ImportField", "customer id"),
    "first_name": QT_TRANSLATE_NOOP("ImportField", "first name"),
    "full_name": QT_TRANSLATE_NOOP("ImportField", "full name"),
    "job_title": QT_TRANSLATE_NOOP("ImportField", "job title"),
    "kind": QT_TRANSLATE_NOOP("ImportField", "kind"),
    "last_name": QT_TRANSLATE_NOOP("ImportField", "last name"),
    "notes": QT_TRANSLATE_NOOP("ImportField", "notes"),
    "occurred_at": QT_TRANSLATE_NOOP("ImportField", "date"),
    "outcome": QT_TRANSLATE_NOOP("ImportField", "outcome"),
    "phone": QT_TRANSLATE_NOOP("ImportField", "phone"),
    "phone_2": QT_TRANSLATE_NOOP("ImportField", "phone 2"),
    "phone_2_label": QT_TRANSLATE_NOOP("ImportField", "phone 2 label"),
    "phone_3": QT_TRANSLATE_NOOP("ImportField", "phone 3"),
    "phone_3_label": QT_TRANSLATE_NOOP("ImportField", "phone 3 label"),
    "phone_4": QT_TRANSLATE_NOOP("ImportField", "phone 4"),
    "phone_4_label": QT_TRANSLATE_NOOP("ImportField", "phone 4 label"),
    "phone_5": QT_TRANSLATE_NOOP("ImportField", "phone 5"),
    "phone_5_label": QT_TRANSLATE_NOOP("ImportField", "phone 5 label"),
    "phone_6": QT_TRANSLATE_NOOP("ImportField", "phone 6"),
    "phone_6_label": QT_TRANSLATE_NOOP("ImportField", "phone 6 label"),
    "phone_7": QT_TRANSLATE_NOOP("ImportField", "phone 7"),
    "phone_7_label": QT_TRANSLATE_NOOP("ImportField", "phone 7 label"),
    "phone_8": QT_TRANSLATE_NOOP("ImportField", "phone 8"),
    "phone_8_label": QT_TRANSLATE_NOOP("ImportField", "phone 8 label"),
    "postcode": QT_TRANSLATE_NOOP("ImportField", "postcode"),
    "reference": QT_TRANSLATE_NOOP("ImportField", "reference"),
    "region": QT_TRANSLATE_NOOP("ImportField", "region"),
    "score": QT_TRANSLATE_NOOP("ImportField", "score"),
    "source": QT_TRANSLATE_NOOP("ImportField", "source"),
    "stage": QT_TRANSLATE_NOOP("ImportField", "stage"),
    "street": QT_TRANSLATE_NOOP("ImportField", "street"),
    "subject": QT_TRANSLATE_NOOP("ImportField", "subject"),
    "tags": QT_TRANSLATE_NOOP("ImportField", "tags"),
}


def field_title(key: str) -> str:
    """A field key ("first_name") in the interface language ("Vorname")."""
    shown = translated_from(_FIELD_TITLES, "ImportField", key)
    return key.replace("_", " ") if shown is None else shown


# What the preview says a row will do (the importer's action values), for lupdate.
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ImportWizard", "create"),
    "update": QT_TRANSLATE_NOOP("ImportWizard", "update"),
    "skip": QT_TRANSLATE_NOOP("ImportWizard", "skip"),
    "fail": QT_TRANSLATE_NOOP("ImportWizard", "fail"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class MappingModel(QAbstractTableModel):
    """One row per file column: its header, an example value and the Rapport field it fills."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ImportWizard", "Column in the file"),
        QT_TRANSLATE_NOOP("ImportWizard", "Example"),
        QT_TRANSLATE_NOOP("ImportWizard", "Rapport field"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._headers: list[str] = []
        self._examples: list[str] = []
        self.mapping: list[str] = []
        self.fields: dict[str, str] = {}  # target -> title

    def load(
        self,
        headers: Sequence[str],
        examples: Sequence[str],
        mapping: Sequence[str],
        fields: Mapping[str, str],
    ) -> None:
        """`fields`: every target a column can fill -> its title."""
        self.beginResetModel()
        self._headers, self._examples = list(headers), list(examples)
        self._examples += [""] * (len(self._headers) - len(self._examples))
        self.mapping, self.fields = list(mapping), dict(fields)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return _tr(self.COLUMNS[section])
        return str(section + 1) if orientation == Qt.Orientation.Vertical else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole and column == 2:
            return self.mapping[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and not self.mapping[row]:
            return QBrush(QColor("#777777"))
        return None

    def _text(self, row: int, column: int) -> str:
        if column == 0:
            return self._headers[row]
        if column == 1:
            return self._examples[row][:80]
        target = self.mapping[row]
        return (
            self.fields.get(target, target)
            if target
            else QCoreApplication.translate("ImportWizard", "(ignore)")
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 2:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        target = str(value or "")
        if target and target not in self.fields:
            return False
        if target:  # a field is filled from one column only: the old column lets go of it
            for row, current in enumerate(self.mapping):
                if current == target and row != index.row():
                    self.mapping[row] = IGNORE
                    cell = self.index(row, 2)
                    self.dataChanged.emit(cell, cell)
        self.mapping[index.row()] = target
        self.dataChanged.emit(index, index)
        return True


class PreviewModel(QAbstractTableModel):
    """The first rows as they will be stored, what will happen to each, and their problems."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PreviewRow] = []
        self._fields: list[str] = []
        self._titles: dict[str, str] = {}

    def load(self, rows: Sequence[PreviewRow], fields: Mapping[str, str]) -> None:
        """`fields`: the stored fields -> their titles; those with a value become columns."""
        self.beginResetModel()
        self._rows = list(rows)
        self._titles = dict(fields)
        self._fields = [f for f in fields if any(r.values.get(f) for r in rows)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self._fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        fixed = (
            QCoreApplication.translate("ImportWizard", "Row"),
            QCoreApplication.translate("ImportWizard", "Action"),
            QCoreApplication.translate("ImportWizard", "Problems"),
        )
        if section < 3:
            return fixed[section]
        if section - 3 < len(self._fields):
            return self._titles[self._fields[section - 3]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and column == 2
        ):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.problems and column in (1, 2):
            return QBrush(QColor(colours().breached))
        if role == Qt.ItemDataRole.ForegroundRole and row.warnings and column == 2:
            return QBrush(QColor(colours().at_risk))  # imported, with a field left out
        return None

    def _text(self, row: PreviewRow, column: int) -> str:
        if column == 0:
            return str(row.number)
        if column == 1:
            return _tr(ACTIONS.get(row.action, row.action))
        if column == 2:
            return "; ".join(message_text(p.reason) for p in (*row.problems, *row.warnings))
        return row.values.get(self._fields[column - 3], "")

    def problem_rows(self) -> list[int]:
        return [row.number for row in self._rows if row.problems]

    def warning_rows(self) -> list[int]:
        """Rows that will be imported with a field left out or kept unverified."""
        return [row.number for row in self._rows if row.warnings and not row.problems]


def _title(name: str, titles: Mapping[str, str] | None) -> str:
    return (titles or {}).get(name) or field_title(name)


def problem_sentence(problem: RowProblem, titles: Mapping[str, str] | None = None) -> str:
    """ "Row 1,204: e-mail 'bob@' is not valid (column 'email')." in the interface language;
    `titles` names the fields not in the catalogue (custom fields)."""
    reason = message_text(problem.reason).rstrip(".")
    row = format_number(problem.row)
    if problem.column:
        return QCoreApplication.translate(
            "ImportProblem", "Row {row}, column '{column}': {reason}."
        ).format(row=row, reason=reason, column=problem.column)
    if problem.field:
        return QCoreApplication.translate(
            "ImportProblem", "Row {row}: {reason} (column '{field}')."
        ).format(row=row, reason=reason, field=_title(problem.field, titles))
    return QCoreApplication.translate("ImportProblem", "Row {row}: {reason}.").format(
        row=row, reason=reason
    )
