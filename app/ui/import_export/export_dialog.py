"""The export dialog: what to export, in which format, where; written off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.services.import_export.exporter import ExportFormat
from app.services.import_export.full_json import export_json
from app.ui.common.formatting import format_number
from app.ui.common.workers import CancelFlag, Progress, Task
from app.ui.i18n import QT_TRANSLATE_NOOP

# key, label, file suffix
CHOICES = (
    (
        "contacts-csv",
        QT_TRANSLATE_NOOP("ExportDialog", "Contacts as CSV (Google Contacts columns)"),
        "csv",
    ),
    (
        "contacts-vcard3",
        QT_TRANSLATE_NOOP("ExportDialog", "Contacts as vCard 3.0 (Apple, Google, Outlook)"),
        "vcf",
    ),
    ("contacts-vcard4", QT_TRANSLATE_NOOP("ExportDialog", "Contacts as vCard 4.0"), "vcf"),
    ("contacts-xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Contacts as Excel workbook"), "xlsx"),
    (
        "ledger",
        QT_TRANSLATE_NOOP("ExportDialog", "Orders, payments, refunds and credits as CSV"),
        "csv",
    ),
    ("surveys", QT_TRANSLATE_NOOP("ExportDialog", "Survey answers as CSV"), "csv"),
    (
        "all",
        QT_TRANSLATE_NOOP("ExportDialog", "Everything as JSON (loads into an empty database)"),
        "json",
    ),
)


SELECTED, CURRENT, EVERYONE = -1, -2, 0  # the scope choices' data besides segment ids


class ExportDialog(QDialog):
    """`selection` and `current` (the contacts pane's selected rows and its search and
    filters) are offered as scopes beside all contacts and the saved segments; the narrowest
    one that says something is chosen first."""

    def __init__(
        self,
        ctx: AppContext,
        selection: Sequence[int] | None = None,
        parent: QWidget | None = None,
        *,
        current: ContactFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.selection = ctx, list(selection) if selection is not None else None
        self.current = current if current is not None and not current.is_empty else None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Export"))
        self.what_combo = QComboBox()
        for key, label, _suffix in CHOICES:
            self.what_combo.addItem(self.tr(label), key)
        self.what_combo.currentIndexChanged.connect(self._suggest_name)
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.scope_combo = QComboBox()
        if self.selection:
            self.scope_combo.addItem(
                self.tr("The %n selected contact(s)", "", len(self.selection)), SELECTED
            )
        if self.current is not None:
            self.scope_combo.addItem(self._current_title(self.current), CURRENT)
        self.scope_combo.addItem(self.tr("All contacts"), EVERYONE)
        self._segments = {segment.id: segment for segment in ctx.segments.list()}
        for segment in self._segments.values():
            self.scope_combo.addItem(self.tr("Segment: %1").replace("%1", segment.name), segment.id)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&What:"), self.what_combo)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Contacts:"), self.scope_combo)
        form.addRow(self.status)
        form.addRow(self.buttons)
        self._suggest_name()
        self._choose_scope()
        self.resize(620, 220)

    def _current_title(self, query: ContactFilter) -> str:
        if query.text.strip():
            return self.tr("Contacts found by “%1” with the current filters").replace(
                "%1", query.text.strip()
            )
        return self.tr("Contacts matching the current filters")

    def _choose_scope(self) -> None:
        """Several selected rows first, else the search or filters, else everyone."""
        several = self.selection is not None and len(self.selection) > 1
        wanted = SELECTED if several else CURRENT if self.current is not None else EVERYONE
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(wanted), 0))

    def _suffix(self) -> str:
        return CHOICES[self.what_combo.currentIndex()][2]

    def _suggest_name(self) -> None:
        key = str(self.what_combo.currentData())
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else Path.home()
        self.path_edit.setText(str(folder / f"rapport-{key}.{self._suffix()}"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), self.path_edit.text())
        if path:
            self.path_edit.setText(path)

    def start(self) -> None:
        """Export off the GUI thread; the status line says how many rows were written."""
        path = Path(self.path_edit.text().strip())
        job = self._job(str(self.what_combo.currentData()), path)
        self.task = Task(job)
        self.task.signals.done.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.task.start()

    def _scope(self) -> Callable[[], list[int] | None]:
        """How to read the chosen contacts (in the worker): the selection, those the current
        search and filters or a segment find at export time, or None for all."""
        chosen = int(self.scope_combo.currentData())
        selection, contacts = self.selection, self.ctx.contacts
        query = self.current if chosen == CURRENT else None
        segment = self._segments.get(chosen)
        if segment is not None:
            query = segment.query
        if chosen == SELECTED:
            return lambda: selection
        if query is not None:
            return lambda: contacts.list_ids(query)
        return lambda: None

    def _job(self, key: str, path: Path) -> Callable[[Progress, CancelFlag], int]:
        ctx, scope = self.ctx, self._scope()

        def work(progress: Progress, _cancelled: CancelFlag) -> int:
            if key.startswith("contacts-"):
                fmt = ExportFormat(key.removeprefix("contacts-"))
                return ctx.exports.contacts(path, fmt, scope(), progress).rows
            if key == "ledger":
                return ctx.exports.ledger(path).rows
            if key == "surveys":
                return ctx.exports.surveys(path).rows
            return export_json(ctx.db, ctx.clock, path, progress)

        return work

    def _done(self, rows: object) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        self.status.setText(
            self.tr("Exported %1 rows to %2.")
            .replace("%1", format_number(rows if isinstance(rows, int) else 0))
            .replace("%2", self.path_edit.text())
        )

    def _failed(self, message: str) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        self.status.setText(message or self.tr("Something went wrong; see the log file."))
