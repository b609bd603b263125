"""Settings ▸ Automations (the rules, the playbooks, the editor and the preview) and
Settings ▸ Automation activity (what ran, for whom, what it created; each run undoable).

Both act at once, like the staff of a shop: switching a rule on creates what its preview
listed, so OK/Apply of the dialog have nothing left to save here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from app.domain.automation import RuleSpec, TriggerKind, When
from app.domain.errors import UserError
from app.domain.metrics import RfmSegment
from app.services.automations import RuleRow, RunResult
from app.ui.automations.editor import PreviewDialog, RuleDialog
from app.ui.automations.models import ActivityModel, RulesModel
from app.ui.automations.words import localised, rule_name
from app.ui.common.seat import Seat
from app.ui.common.workers import CancelFlag, Progress, Task
from app.ui.i18n import error_text
from app.ui.settings.base import FormPage, SettingsContext, SettingsPlan


def _table(model: RulesModel | ActivityModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setMinimumHeight(260)
    return view


class _ImmediatePage(FormPage):
    """A page whose buttons save at once; the dialog's OK/Apply find nothing to stage."""

    def stage(self, plan: SettingsPlan) -> bool:
        del plan
        return True

    def _changed(self) -> None:
        """Panes showing tasks, tags or stages re-read them (the window's after-apply hooks)."""
        for hook in self.ctx.after_apply:
            hook()

    def _refused(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.title(), error_text(exc))


class AutomationsPage(_ImmediatePage):
    icon_name = "clock"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.set_intro(
            self.tr(
                "Rules turn what happened into the next step: when something happens, if the "
                "contact fits, then a task, a tag, a stage or a survey request follows. "
                "Playbooks are ready to switch on; changes here take effect at once."
            )
        )
        self.model = RulesModel()
        self.table = _table(self.model, self.tr("Automation rules"))
        self.table.doubleClicked.connect(self.edit_rule)
        self.form.addRow(self.table)
        self.new_button = QPushButton(self.tr("&New rule…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.toggle_button = QPushButton(self.tr("Switch &on…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.new_button.clicked.connect(self.new_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.toggle_button.clicked.connect(self.toggle_rule)
        self.delete_button.clicked.connect(self.delete_rule)
        # the window's seat: a team viewer's copy changes no rules
        self.seat = ctx.seat() or Seat(self)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.toggle_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        self.form.addRow(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.form.addRow(self.result)
        self._task: Task | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def title(self) -> str:
        return self.tr("Automations")

    def load(self) -> None:
        selected = self.selected()
        self.model.set_rows(self.ctx.app.automations.rules())
        rows = [self.model.row_at(i).uid for i in range(self.model.rowCount())]
        if rows:
            keep = rows.index(selected.uid) if selected and selected.uid in rows else 0
            self.table.selectRow(keep)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected(self) -> RuleRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        rule = None if self.busy else self.selected()
        for button in (self.edit_button, self.toggle_button):
            self.seat.enable(button, rule is not None)
        self.seat.enable(self.delete_button, rule is not None and rule.stored)
        self.seat.enable(self.new_button, not self.busy)
        on = rule is not None and rule.enabled
        self.toggle_button.setText(self.tr("Switch o&ff") if on else self.tr("Switch &on…"))

    # -- actions -----------------------------------------------------------------------------

    def _editor(self, spec: RuleSpec) -> RuleDialog:
        staff = self.ctx.app.automations.staff_choices()
        segments = [s.name for s in self.ctx.app.segments.list()] + [s.value for s in RfmSegment]
        return RuleDialog(spec, staff, segments, self)

    def new_rule(self) -> None:
        blank = RuleSpec("", When(TriggerKind.ORDER_RECORDED))
        dialog = self._editor(blank)
        dialog.accepted.connect(lambda: self._save(None, dialog))
        dialog.open()

    def edit_rule(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        spec = rule.spec if rule.stored else localised(rule.spec)
        dialog = self._editor(spec)
        dialog.accepted.connect(lambda: self._save(rule.uid, dialog))
        dialog.open()

    def _save(self, uid: str | None, dialog: RuleDialog) -> None:
        try:
            self.ctx.app.automations.save(uid, dialog.spec())
        except UserError as exc:
            self._refused(exc)
        self.load()

    def toggle_rule(self) -> None:
        """Switching on first shows the preview; both run in the thread pool (a time rule over
        100,000 contacts can plan thousands of follow-ups)."""
        rule = self.selected()
        if rule is None or self.busy:
            return
        if rule.enabled:
            self._switch(rule, on=False)
            return
        spec = rule.spec if rule.stored else localised(rule.spec)
        automations = self.ctx.app.automations

        def preview(_progress: Progress, _cancelled: CancelFlag) -> RunResult:
            return automations.preview(rule.uid, spec)

        self._start(
            preview,
            self.tr("Looking at what this rule would create…"),
            lambda result: self._show_preview(rule, result),
        )

    def _show_preview(self, rule: RuleRow, result: RunResult) -> None:
        self.preview_dialog = PreviewDialog(rule_name(rule), result, self)
        self.preview_dialog.accepted.connect(lambda: self._switch(rule, on=True))
        self.preview_dialog.open()

    def _switch(self, rule: RuleRow, *, on: bool) -> None:
        automations = self.ctx.app.automations
        spec = None if rule.stored else localised(rule.spec)  # stored in the interface language

        def switch(_progress: Progress, _cancelled: CancelFlag) -> RunResult:
            if on and spec is not None:
                automations.save(rule.uid, spec)
            return automations.set_enabled(rule.uid, on)

        self._start(switch, self.tr("Working…"), lambda done: self._switched(rule, done, on=on))

    def _switched(self, rule: RuleRow, done: RunResult, *, on: bool) -> None:
        if on:
            self.result.setText(
                self.tr("“%1” is on; it created %n task(s).", "", done.task_count).replace(
                    "%1", rule_name(rule)
                )
            )
        else:
            self.result.setText(self.tr("“%1” is off.").replace("%1", rule_name(rule)))
        self.load()
        self._changed()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _start(
        self,
        work: Callable[[Progress, CancelFlag], RunResult],
        message: str,
        then: Callable[[RunResult], None],
    ) -> None:
        """Run `work` off the GUI thread with the buttons held; `then` gets its result."""
        task = Task(work)
        task.signals.done.connect(lambda result: self._finish(then, result))
        task.signals.failed.connect(self._failed)
        self._task = task
        self.result.setText(message)
        self._selection_changed()
        task.start()

    def _finish(self, then: Callable[[RunResult], None], result: RunResult) -> None:
        self._task = None
        self._selection_changed()
        then(result)

    def _failed(self, message: str) -> None:
        self._task = None
        self._selection_changed()
        self.result.setText(message or self.tr("Something went wrong; the log has the details."))

    def delete_rule(self) -> None:
        rule = self.selected()
        if rule is None or not rule.stored:
            return
        try:
            self.ctx.app.automations.delete(rule.uid)
        except UserError as exc:
            self._refused(exc)
        self.load()


class AutomationActivityPage(_ImmediatePage):
    icon_name = "list"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.set_intro(
            self.tr(
                "What the rules did, newest first. Undo takes back what one run created or "
                "changed; the rule does not repeat it."
            )
        )
        self.model = ActivityModel()
        self.table = _table(self.model, self.tr("Automation activity"))
        self.empty = QLabel(self.tr("No rule has run yet."))
        self.form.addRow(self.empty)
        self.form.addRow(self.table)
        self.undo_button = QPushButton(self.tr("&Undo run"))
        self.undo_button.clicked.connect(self.undo_run)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        self.form.addRow(row)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def title(self) -> str:
        return self.tr("Automation activity")

    def showEvent(self, event: QShowEvent) -> None:
        """Read afresh each time the page is shown: switching a rule on adds runs."""
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        self.model.set_rows(self.ctx.app.automations.activity())
        self.empty.setVisible(self.model.rowCount() == 0)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        run = self.model.row_at(rows[0].row()) if rows else None
        self.undo_button.setEnabled(run is not None and run.undone_at is None)

    def undo_run(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        keep = rows[0].row()
        try:
            self.ctx.app.automations.undo(self.model.row_at(keep).id)
        except UserError as exc:
            self._refused(exc)
        self.load()
        self.table.selectRow(keep)
        self._changed()
