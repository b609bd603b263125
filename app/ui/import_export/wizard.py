"""The import wizard: file -> format and preset -> column mapping -> preview -> run -> report.

Detection, mapping and validation live in the import service; the wizard only shows them and
lets the person correct them. The run happens off the GUI thread and can be cancelled (the
service rolls the whole import back). The mapping chosen for a preset is remembered in the UI
preferences, so the next file from the same source maps itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.errors import UserError
from app.services.changes import Changes
from app.services.duplicates import MAX_PAIRS, DuplicatePair, MergeRecord
from app.services.import_export.exporter import write_failures
from app.services.import_export.importer import ImportReport
from app.services.import_export.plan import ImportPlan, OnDuplicate
from app.services.import_export.presets import (
    FIELDS,
    PRESETS,
    ImportKind,
    guess_preset,
    preset_named,
)
from app.services.import_export.readers import ENCODINGS, FileFormat, SourceInfo
from app.services.import_export.steps import ImportStep
from app.ui.common.formatting import format_number
from app.ui.common.workers import CancelFlag, Progress, Task
from app.ui.contacts.duplicates_view import DuplicatesDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, error_text, message_text
from app.ui.import_export.models import (
    MappingModel,
    PreviewModel,
    field_title,
    problem_sentence,
)
from app.ui.settings.base import region_combo

PREFS_KEY = "import_mappings"
FILE_FILTER = "Contact files (*.csv *.tsv *.txt *.vcf *.vcard *.ldif *.ldi *.xlsx);;All files (*)"
DELIMITERS = (
    (",", QT_TRANSLATE_NOOP("SourcePage", "Comma")),
    (";", QT_TRANSLATE_NOOP("SourcePage", "Semicolon")),
    ("\t", QT_TRANSLATE_NOOP("SourcePage", "Tab")),
    ("|", QT_TRANSLATE_NOOP("SourcePage", "Bar")),
)
# Preset titles by preset id, worded here so they are translated (the service's own titles are
# English, for the command line).
PRESET_TITLES = {
    "generic": QT_TRANSLATE_NOOP("SourcePage", "Name, Email, Phone, Company sheet"),
    "google": QT_TRANSLATE_NOOP("SourcePage", "Google Contacts CSV"),
    "outlook": QT_TRANSLATE_NOOP("SourcePage", "Outlook CSV"),
    "thunderbird": QT_TRANSLATE_NOOP("SourcePage", "Thunderbird CSV or LDIF"),
    "vcard": QT_TRANSLATE_NOOP("SourcePage", "Apple/iCloud, Android or Outlook vCard"),
    "shopify-customers": QT_TRANSLATE_NOOP("SourcePage", "Shopify customers CSV"),
    "shopify-orders": QT_TRANSLATE_NOOP("SourcePage", "Shopify orders CSV"),
    "woocommerce-customers": QT_TRANSLATE_NOOP("SourcePage", "WooCommerce customers CSV"),
    "interactions": QT_TRANSLATE_NOOP("SourcePage", "Interactions (documented columns)"),
    "orders": QT_TRANSLATE_NOOP("SourcePage", "Orders and payments (documented columns)"),
    "surveys": QT_TRANSLATE_NOOP("SourcePage", "Survey answers (documented columns)"),
}
PREVIEW_ROWS = 20
PROBLEMS_WIDTH = 360  # pixels
FORMAT_NAMES = {
    FileFormat.CSV: "CSV",
    FileFormat.VCARD: "vCard",
    FileFormat.XLSX: "Excel",
    FileFormat.LDIF: "LDIF",
}


@dataclass
class _State:
    """What the pages share as the person walks through them."""

    source: SourceInfo | None = None
    kind: ImportKind = ImportKind.CONTACTS
    preset_name: str = ""
    mapping: tuple[str, ...] = ()
    plan: ImportPlan | None = None
    report: ImportReport | None = None


class ImportWizard(QWizard):
    """Emits `imported` (with the Changes) after an import or its undo, so the panes refresh
    exactly what changed."""

    imported = Signal(object)  # Changes

    def __init__(
        self, ctx: AppContext, prefs: UiPrefs, parent: QWidget | None = None, path: str = ""
    ) -> None:
        super().__init__(parent)
        self.ctx, self.prefs, self.state = ctx, prefs, _State()
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self, path)
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (
            self.file_page,
            self.source_page,
            self.mapping_page,
            self.preview_page,
            self.run_page,
        ):
            self.addPage(page)
        self.resize(900, 600)

    def reject(self) -> None:
        """Closing during a run cancels it first (the import rolls back), then closes."""
        if self.run_page.task is not None:
            self.run_page.cancel()
            self.run_page.task.signals.failed.connect(self._close_after_cancel)
            return
        super().reject()

    def _close_after_cancel(self, _message: str) -> None:
        """A slot of the wizard, so it runs on the GUI thread after the run page's own."""
        self.reject()

    def field_titles(self, kind: ImportKind) -> dict[str, str]:
        """Every field a column of a `kind` import can fill, with its title: the documented
        fields, then for contacts the business's custom fields by their names."""
        custom = self.ctx.imports.custom_targets() if kind is ImportKind.CONTACTS else {}
        return {name: field_title(name) for name in FIELDS[kind]} | custom

    def warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Import"), message)

    def remembered(self, preset: str) -> dict[str, str]:
        stored = self.prefs.extra.get(PREFS_KEY, {})
        value = stored.get(preset) if isinstance(stored, dict) else None
        return dict(value) if isinstance(value, dict) else {}

    def remember(self, preset: str, headers: tuple[str, ...], mapping: tuple[str, ...]) -> None:
        stored = self.prefs.extra.setdefault(PREFS_KEY, {})
        stored[preset] = dict(zip(headers, mapping, strict=True))
        self.prefs.save(self.ctx.paths.config_dir)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: str) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "CSV or TSV (Google, Outlook, Thunderbird, Shopify, WooCommerce, any "
                "spreadsheet export), vCard (Apple, Android, Outlook), LDIF or Excel .xlsx."
            )
        )
        self.path_edit = QLineEdit(path)
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.kind_combo = QComboBox()
        for kind, label in (
            (ImportKind.CONTACTS, self.tr("Contacts")),
            (ImportKind.INTERACTIONS, self.tr("Interactions (calls, meetings, notes)")),
            (ImportKind.ORDERS, self.tr("Orders and payments")),
            (ImportKind.SURVEYS, self.tr("Survey answers (NPS, CSAT, CES)")),
        ):
            self.kind_combo.addItem(label, kind.value)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        form.addRow(self.tr("&What it holds:"), self.kind_combo)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import"), self.path_edit.text(), self.tr(FILE_FILTER)
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        state = self.w.state
        state.kind = ImportKind(self.kind_combo.currentData())
        try:
            state.source = self.w.ctx.imports.inspect(Path(self.path_edit.text().strip()))
        except UserError as exc:
            self.w.warn(error_text(exc))
            return False
        state.preset_name = guess_preset(state.source.headers, state.kind).name
        return True


class SourcePage(QWizardPage):
    """What was detected, each part overridable; a change re-reads the file."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("How the file is read"))
        self.setSubTitle(self.tr("Rapport detected these; change any that look wrong."))
        self.format_label = QLabel()
        self.format_label.setTextFormat(Qt.TextFormat.PlainText)
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItems(list(ENCODINGS))
        self.delimiter_combo = QComboBox()
        for value, label in DELIMITERS:
            self.delimiter_combo.addItem(self.tr(label), value)
        self.sheet_combo = QComboBox()
        self.preset_combo = QComboBox()
        self.columns_label = QLabel()
        self.columns_label.setTextFormat(Qt.TextFormat.PlainText)
        self.columns_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Format:"), self.format_label)
        form.addRow(self.tr("&Encoding:"), self.encoding_combo)
        form.addRow(self.tr("&Delimiter:"), self.delimiter_combo)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&Preset:"), self.preset_combo)
        form.addRow(self.tr("Columns:"), self.columns_label)
        for combo in (self.encoding_combo, self.delimiter_combo, self.sheet_combo):
            combo.activated.connect(self._reread)
        self.preset_combo.activated.connect(self._choose_preset)

    def initializePage(self) -> None:
        self._show()

    def _show(self) -> None:
        source = self.w.state.source
        if source is None:
            return
        self.format_label.setText(FORMAT_NAMES.get(source.format, source.format.value))
        is_text = source.format is not FileFormat.XLSX
        self.encoding_combo.setEnabled(is_text)
        if source.encoding and self.encoding_combo.findText(source.encoding) < 0:
            self.encoding_combo.addItem(source.encoding)  # a detected one not in the list
        self.encoding_combo.setCurrentText(source.encoding)
        self.delimiter_combo.setEnabled(source.format is FileFormat.CSV)
        found = self.delimiter_combo.findData(source.delimiter)
        self.delimiter_combo.setCurrentIndex(max(found, 0))
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(source.sheets))
        self.sheet_combo.setCurrentText(source.sheet)
        self.sheet_combo.setEnabled(len(source.sheets) > 1)
        self.preset_combo.clear()
        for preset in PRESETS:
            if preset.kind is self.w.state.kind:
                title = PRESET_TITLES.get(preset.name, preset.title)
                self.preset_combo.addItem(self.tr(title), preset.name)
        self.preset_combo.setCurrentIndex(
            max(self.preset_combo.findData(self.w.state.preset_name), 0)
        )
        self.columns_label.setText(", ".join(source.headers[:30]))

    def _reread(self) -> None:
        source = self.w.state.source
        if source is None:
            return
        try:
            self.w.state.source = self.w.ctx.imports.inspect(
                source.path,
                file_format=source.format,
                encoding=self.encoding_combo.currentText() if source.encoding else "",
                delimiter=str(self.delimiter_combo.currentData() or ""),
                sheet=self.sheet_combo.currentText(),
            )
        except UserError as exc:
            self.w.warn(error_text(exc))
        self._show()

    def _choose_preset(self) -> None:
        self.w.state.preset_name = str(self.preset_combo.currentData())

    def validatePage(self) -> bool:
        self._choose_preset()
        return self.w.state.source is not None


class _FieldDelegate(QStyledItemDelegate):
    """A combo box of the kind's fields (plus "ignore") for the mapping column."""

    def __init__(self, model: MappingModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("(ignore)"), "")
        for name, title in self._model.fields.items():
            combo.addItem(title, name)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setCurrentIndex(max(editor.findData(value), 0))

    def setModelData(
        self,
        editor: QWidget,
        model: object,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            self._model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Choose the Rapport field each column fills; unmatched columns are ignored.")
        )
        self.model = MappingModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, _FieldDelegate(self.model, self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        state = self.w.state
        if state.source is None:
            return
        try:
            detected = self.w.ctx.imports.plan(
                state.source, kind=state.kind, preset_name=state.preset_name
            ).mapping
        except UserError:  # nothing maps by itself: the person maps by hand
            detected = ("",) * len(state.source.headers)
        mapping = list(detected)
        remembered = self.w.remembered(state.preset_name)
        fields = self.w.field_titles(preset_named(state.preset_name).kind)
        for n, header in enumerate(state.source.headers):
            if remembered.get(header, None) in {*fields, ""}:
                mapping[n] = remembered[header]
        try:
            examples = self.w.ctx.imports.first_row(state.source)
        except UserError as exc:
            self.w.warn(error_text(exc))
            examples = ()
        self.model.load(state.source.headers, examples, mapping, fields)

    def validatePage(self) -> bool:
        state = self.w.state
        if state.source is None:
            return False
        mapping = tuple(self.model.mapping)
        try:
            state.plan = self.w.ctx.imports.plan(
                state.source, kind=state.kind, preset_name=state.preset_name, mapping=mapping
            )
        except UserError as exc:
            self.w.warn(error_text(exc))
            return False
        state.mapping = mapping
        self.w.remember(state.preset_name, state.source.headers, mapping)
        return True


class PreviewPage(QWizardPage):
    POLICIES = (
        ("skip", QT_TRANSLATE_NOOP("PreviewPage", "Skip contacts that already exist")),
        ("fill", QT_TRANSLATE_NOOP("PreviewPage", "Update them: fill empty fields only")),
        (
            "overwrite",
            QT_TRANSLATE_NOOP("PreviewPage", "Update them: overwrite with the file's values"),
        ),
        ("create", QT_TRANSLATE_NOOP("PreviewPage", "Create them again as new contacts")),
    )

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows as they will be stored, with any problems."))
        self.policy_combo = QComboBox()
        for key, label in self.POLICIES:
            self.policy_combo.addItem(self.tr(label), key)
        self.policy_combo.activated.connect(self.initializePage)
        self.region_combo = region_combo(wizard.ctx.imports.phone_region)
        self.region_combo.setToolTip(
            self.tr("Phone numbers written without a +country code are read as this country's.")
        )
        self.region_combo.activated.connect(self.initializePage)
        self.reading = QLabel()
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = PreviewModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Existing contacts:"), self.policy_combo)
        form.addRow(self.tr("Phone numbers &without +code:"), self.region_combo)
        form.addRow(self.tr("Read as:"), self.reading)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def plan(self) -> ImportPlan | None:
        base = self.w.state.plan
        if base is None:
            return None
        key = str(self.policy_combo.currentData())
        policy = {"fill": OnDuplicate.UPDATE, "overwrite": OnDuplicate.UPDATE}.get(
            key, OnDuplicate(key) if key in {"skip", "create"} else OnDuplicate.SKIP
        )
        return self.w.ctx.imports.plan(
            base.source,
            kind=base.kind,
            preset_name=base.preset.name,
            mapping=base.mapping,
            on_duplicate=policy,
            overwrite=key == "overwrite",
            region=str(self.region_combo.currentData()),
        )

    def initializePage(self) -> None:
        plan = self.plan()
        if plan is None:
            return
        self.policy_combo.setEnabled(plan.kind is ImportKind.CONTACTS)
        self.reading.setText(self._reading(plan.source))
        try:
            rows = self.w.ctx.imports.preview(plan, PREVIEW_ROWS)
        except UserError as exc:
            self.w.warn(error_text(exc))
            rows = []
        self.model.load(
            rows, self.w.field_titles(plan.kind) | {"display_name": field_title("display_name")}
        )
        self.table.resizeColumnsToContents()
        # long problem lists stay readable in the tooltip; the row's values stay in view
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), PROBLEMS_WIDTH))
        bad, warned = len(self.model.problem_rows()), len(self.model.warning_rows())
        if bad:
            text = self.tr(
                "%Ln of the first %1 rows have nothing to identify a contact; they will be "
                "skipped and reported.",
                "",
                bad,
            )
        elif warned:
            text = self.tr(
                "%Ln of the first %1 rows will be imported with a field left out or kept "
                "unverified; the report lists them.",
                "",
                warned,
            )
        else:
            text = self.tr("The first %1 rows look fine.")
        self.summary.setText(text.replace("%1", str(len(rows))))

    def _reading(self, source: SourceInfo) -> str:
        """The format and the detected (or chosen) encoding, so a wrong guess is seen here."""
        shown = FORMAT_NAMES.get(source.format, source.format.value)
        if not source.encoding:
            return shown
        return (
            self.tr("%1, encoding %2 (change it on the previous page)")
            .replace("%1", shown)
            .replace("%2", source.encoding)
        )

    def validatePage(self) -> bool:
        self.w.state.plan = self.plan()
        return self.w.state.plan is not None


class RunPage(QWizardPage):
    """Runs the import off the GUI thread, then shows the report."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.task: Task | None = None
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.failures = QPlainTextEdit()
        self.failures.setReadOnly(True)
        self.failures.setPlaceholderText(self.tr("No rows failed."))
        self.save_button = QPushButton(self.tr("&Save failures as CSV…"))
        self.save_button.clicked.connect(self._save_failures)
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.clicked.connect(self._undo)
        self.lookalikes = QLabel()
        self.lookalikes.setTextFormat(Qt.TextFormat.PlainText)
        self.lookalikes.setWordWrap(True)
        self.review_button = QPushButton(self.tr("&Review look-alikes…"))
        self.review_button.clicked.connect(self.review_lookalikes)
        self.pairs: list[DuplicatePair] = []
        self.capped = False  # the search kept only the most likely pairs
        self.lookalike_task: Task | None = None
        wizard.finished.connect(self._stop_looking)
        found = QHBoxLayout()
        found.addWidget(self.lookalikes, 1)
        found.addWidget(self.review_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(found)
        layout.addWidget(self.failures, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        plan = self.w.state.plan
        if plan is None:
            return
        self.w.state.report = None
        self.setTitle(self.tr("Importing"))
        self.progress.setValue(0)
        self.status.setText(
            self.tr("Reading and checking %1…").replace("%1", plan.source.path.name)
        )
        self.failures.clear()
        for button in (self.save_button, self.undo_button):
            button.setEnabled(False)
        self.lookalikes.setVisible(False)
        self.review_button.setVisible(False)
        self.cancel_button.setEnabled(True)
        self.w.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        imports = self.w.ctx.imports

        def work(progress: Progress, cancelled: CancelFlag) -> ImportReport:
            return imports.run(plan, progress, cancelled)

        self.task = Task(work)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.done.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancelled.cancel()
            self.status.setText(self.tr("Cancelling… nothing will be changed."))

    def _progress(self, step: str, amount: float) -> None:
        """Rows are read, checked and written with no known end (the file's row count is not
        known): a busy bar with the count; updating existing contacts has a share done."""
        if step == ImportStep.UPDATING:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(amount * 100))
            self.status.setText(self.tr("Updating existing contacts…"))
            return
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Importing… %Ln rows read", "", int(amount)))

    def _done(self, report: object) -> None:
        if not isinstance(report, ImportReport):
            return
        self.task = None
        self.w.state.report = report
        self.setTitle(self.tr("Import finished"))
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        self._finished()
        self.status.setText(self._summary(report))
        titles = self.w.field_titles(report.kind)
        lines = [problem_sentence(p, titles) for p in report.failures[:5000]]
        lines += [
            self.tr("Warning: %1").replace("%1", problem_sentence(p, titles))
            for p in report.warnings[:5000]
        ]
        self.failures.setPlainText("\n".join(lines))
        self.save_button.setEnabled(bool(report.failures or report.warnings))
        self.undo_button.setEnabled(bool(report.created or report.updated))
        self.completeChanged.emit()
        self.w.imported.emit(report.changes)
        self._look_for_lookalikes(report)

    def _summary(self, report: ImportReport) -> str:
        """'Done: 12 created (3 with warnings), …' and the columns not imported."""
        created = (
            self.tr("%1 created (%2 with warnings)").replace(
                "%2", format_number(report.with_warnings)
            )
            if report.with_warnings
            else self.tr("%1 created")
        ).replace("%1", format_number(report.created))
        text = (
            self.tr("Done: %1, %2 updated, %3 skipped, %4 merged, %5 failed.")
            .replace("%1", created)
            .replace("%2", format_number(report.updated))
            .replace("%3", format_number(report.skipped))
            .replace("%4", format_number(report.merged))
            .replace("%5", format_number(report.failed))
        )
        if report.unmapped:
            names = ", ".join(
                self.tr("'%1'", "a column's name in quotes").replace("%1", name)
                for name in report.unmapped
            )
            text += "\n" + self.tr(
                "%n column(s) not imported: %1", "", len(report.unmapped)
            ).replace("%1", names)
        return text

    def _look_for_lookalikes(self, report: ImportReport) -> None:
        """The imported contacts that look like others (a shared e-mail or phone, or a similar
        name with the same company or city) are looked for off the GUI thread once the import
        is done, so the person can review and merge them; the import never waits for it."""
        touched = report.changes.contacts
        if report.kind is not ImportKind.CONTACTS or not touched:
            return
        self.lookalikes.setText(self.tr("Looking for look-alikes of the imported contacts…"))
        self.lookalikes.setVisible(True)
        self.capped = False
        duplicates = self.w.ctx.duplicates

        def work(progress: Progress, cancelled: CancelFlag) -> list[DuplicatePair]:
            return duplicates.find_pairs(progress, cancelled, among=touched)

        self.lookalike_task = Task(work)
        self.lookalike_task.signals.done.connect(self._show_lookalikes)
        self.lookalike_task.signals.failed.connect(self.lookalikes.setText)
        self.lookalike_task.start()

    def _show_lookalikes(self, pairs: object) -> None:
        """What the look-alike search found (the Task's result)."""
        self.lookalike_task = None
        self.pairs = list(pairs) if isinstance(pairs, list) else []
        self.review_button.setVisible(bool(self.pairs))
        # A capped list stays "the most likely" after merges shrink it: more pairs lie beyond.
        self.capped = self.capped or len(self.pairs) >= MAX_PAIRS
        if self.capped and self.pairs:
            self.lookalikes.setText(
                self.tr(
                    "The %Ln most likely duplicate pairs with imported contacts.",
                    "",
                    len(self.pairs),
                )
            )
        elif self.pairs:
            self.lookalikes.setText(
                self.tr("%Ln likely duplicate pair(s) with imported contacts.", "", len(self.pairs))
            )
        else:
            self.lookalikes.setText(self.tr("No imported contact looks like another one."))

    def _stop_looking(self) -> None:
        if self.lookalike_task is not None:
            self.lookalike_task.cancelled.cancel()

    def review_lookalikes(self) -> None:
        """The Find Duplicates dialog with the pairs found, to merge them one by one."""
        dialog = DuplicatesDialog(
            self.w.ctx, self._merged, self, pairs=self.pairs, capped=self.capped
        )
        dialog.exec()
        self._show_lookalikes(dialog.pairs)  # what merging there left

    def _merged(self, record: MergeRecord) -> None:
        self.w.imported.emit(Changes.of_contacts(record.survivor_id, record.merged_id))

    def _failed(self, message: str) -> None:
        self.task = None
        self.setTitle(self.tr("Import stopped"))
        self._finished()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status.setText(message or self.tr("Something went wrong; see the log file."))
        self.completeChanged.emit()

    def _finished(self) -> None:
        """Nothing is left to cancel: only Finish stays (the wizard's Cancel would suggest the
        import could still be called off)."""
        self.cancel_button.setEnabled(False)
        self.w.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def isComplete(self) -> bool:
        return self.task is None

    def _save_failures(self) -> None:
        report = self.w.state.report
        if report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save failures"), "import-failures.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.save_failures_to(Path(path))

    def save_failures_to(self, path: Path) -> None:
        report = self.w.state.report
        if report is None:
            return
        try:
            problems = (*report.failures, *report.warnings)
            write_failures(
                path, ((p.row, p.column or p.field, message_text(p.reason)) for p in problems)
            )
        except UserError as exc:
            self.w.warn(error_text(exc))

    def _undo(self) -> None:
        try:
            undone = self.w.ctx.imports.undo_last()
        except UserError as exc:
            self.w.warn(error_text(exc))
            return
        self.undo_button.setEnabled(False)
        self.status.setText(
            self.tr("Undone: %1 rows removed, %2 contacts restored.")
            .replace("%1", format_number(undone.removed))
            .replace("%2", format_number(undone.restored))
        )
        self.w.imported.emit(undone.changes)
