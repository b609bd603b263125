"""The rule editor (when / if / then, as a form: no code) and the preview before switching on."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.automation import (
    MAX_DAYS,
    Action,
    ActionKind,
    Conditions,
    RuleSpec,
    TriggerKind,
    When,
    check_rule,
    survey_email,
)
from app.domain.enums import Channel, LifecycleStage, Priority, SurveyKind
from app.domain.errors import UserError
from app.services.automations import RunResult
from app.ui.automations.words import (
    ACTION_NAMES,
    TRIGGER_NAMES,
    action_name,
    describe_effect,
    trigger_name,
)
from app.ui.i18n import enum_label, error_text

E = TypeVar("E", bound=StrEnum)
LISTED = 500  # follow-ups the preview lists one by one
_NEEDS: dict[str, frozenset[TriggerKind]] = {  # which trigger shows which parameter
    "channel": frozenset({TriggerKind.INTERACTION_LOGGED}),
    "survey": frozenset({TriggerKind.SURVEY_ANSWERED}),
    "stage": frozenset({TriggerKind.STAGE_CHANGED}),
    "days": frozenset({TriggerKind.NO_CONTACT, TriggerKind.BIRTHDAY}),
    "threshold": frozenset({TriggerKind.CHURN_RISK}),
}
_ACTION_NEEDS: dict[str, frozenset[ActionKind]] = {
    "title": frozenset({ActionKind.TASK, ActionKind.SURVEY_REQUEST}),
    "due": frozenset({ActionKind.TASK, ActionKind.SURVEY_REQUEST}),
    "priority": frozenset({ActionKind.TASK, ActionKind.SURVEY_REQUEST, ActionKind.OPEN_COMPLAINT}),
    "tag": frozenset({ActionKind.ADD_TAG, ActionKind.REMOVE_TAG}),
    "stage": frozenset({ActionKind.SET_STAGE}),
    "survey": frozenset({ActionKind.SURVEY_REQUEST}),
    "category": frozenset({ActionKind.OPEN_COMPLAINT}),
    "subject": frozenset({ActionKind.SURVEY_REQUEST}),
    "message": frozenset({ActionKind.SURVEY_REQUEST}),
}


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _select(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(combo.findData(data), 0))


def _days() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_DAYS)
    return box


class RuleDialog(QDialog):
    """Edit one rule; `spec()` builds it (a UserError names what is wrong)."""

    def __init__(
        self,
        spec: RuleSpec,
        staff: list[tuple[str, str]],
        segments: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automation rule"))
        self._actions: list[Action] = list(spec.then)
        self.name = QLineEdit(spec.name)
        self.name.setAccessibleName(self.tr("Rule name"))
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("&Name:"), self.name)
        layout.addLayout(top)
        layout.addWidget(self._when_box(spec.when))
        layout.addWidget(self._if_box(spec.conditions, staff, segments))
        layout.addWidget(self._then_box())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refresh_actions(0)
        self._when_changed()

    # -- when --------------------------------------------------------------------------------

    def _when_box(self, when: When) -> QGroupBox:
        box = QGroupBox(self.tr("When"))
        form = QFormLayout(box)
        self.trigger = _combo([(trigger_name(k), k) for k in TRIGGER_NAMES])
        _select(self.trigger, when.kind)
        self.trigger.currentIndexChanged.connect(self._when_changed)
        self.channel = _combo(
            [(self.tr("Any channel"), None), *((enum_label(c), c) for c in Channel)]
        )
        _select(self.channel, when.channel)
        self.survey = _combo(
            [(self.tr("Any survey"), None), *((k.value.upper(), k) for k in SurveyKind)]
        )
        _select(self.survey, when.survey)
        self.score_min, self.score_max = QSpinBox(), QSpinBox()
        for box_, value in ((self.score_min, when.score_min), (self.score_max, when.score_max)):
            box_.setRange(-1, 10)
            box_.setSpecialValueText(self.tr("any"))
            box_.setValue(-1 if value is None else value)
        scores = QHBoxLayout()
        scores.addWidget(self.score_min)
        scores.addWidget(QLabel(self.tr("to")))
        scores.addWidget(self.score_max)
        self.score_row = QWidget()
        self.score_row.setLayout(scores)
        self.to_stage = _combo(
            [(self.tr("Any stage"), None), *((enum_label(s), s) for s in LifecycleStage)]
        )
        _select(self.to_stage, when.stage)
        self.days = _days()
        self.days.setValue(when.days)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 100)
        self.threshold.setValue(when.threshold or 70)
        form.addRow(self.tr("&Trigger:"), self.trigger)
        self._when_rows = {
            "channel": (self.tr("Channel:"), self.channel),
            "survey": (self.tr("Survey:"), self.survey),
            "score": (self.tr("Score from:"), self.score_row),
            "stage": (self.tr("New stage:"), self.to_stage),
            "days": (self.tr("Days:"), self.days),
            "threshold": (self.tr("Threshold:"), self.threshold),
        }
        self._when_form = form
        for label, widget in self._when_rows.values():
            form.addRow(label, widget)
        return box

    def _when_changed(self) -> None:
        kind = TriggerKind(self.trigger.currentData())
        for key, (_label, widget) in self._when_rows.items():
            needed = kind in _NEEDS.get("survey" if key == "score" else key, frozenset())
            self._when_form.setRowVisible(widget, needed)

    # -- if ----------------------------------------------------------------------------------

    def _if_box(
        self, cond: Conditions, staff: list[tuple[str, str]], segments: list[str]
    ) -> QGroupBox:
        box = QGroupBox(self.tr("If (all that are set)"))
        form = QFormLayout(box)
        self.segment = QComboBox()
        self.segment.setEditable(True)
        self.segment.addItems(["", *segments])
        self.segment.setCurrentText(cond.segment)
        self.segment.setAccessibleName(self.tr("Segment"))
        stages = QHBoxLayout()
        self.stage_checks: dict[LifecycleStage, QCheckBox] = {}
        for stage in LifecycleStage:
            check = QCheckBox(enum_label(stage))
            check.setChecked(stage in cond.stages)
            self.stage_checks[stage] = check
            stages.addWidget(check)
        stages.addStretch(1)
        self.tag = QLineEdit(cond.tag)
        self.owner = _combo([(self.tr("Anyone"), ""), *staff])
        _select(self.owner, cond.owner_uid)
        self.min_order, self.max_order = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, minor in (
            (self.min_order, cond.min_order_minor),
            (self.max_order, cond.max_order_minor),
        ):
            spin.setRange(0, 10_000_000)
            spin.setDecimals(2)
            spin.setSpecialValueText(self.tr("any"))
            spin.setValue((minor or 0) / 100)
        form.addRow(self.tr("Segment:"), self.segment)
        form.addRow(self.tr("Stage is one of:"), stages)
        form.addRow(self.tr("Has tag:"), self.tag)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Order value at least:"), self.min_order)
        form.addRow(self.tr("Order value at most:"), self.max_order)
        return box

    # -- then --------------------------------------------------------------------------------

    def _then_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Then"))
        row = QHBoxLayout(box)
        left = QVBoxLayout()
        self.action_list = QListWidget()
        self.action_list.setAccessibleName(self.tr("Actions"))
        self.action_list.currentRowChanged.connect(self._show_action)
        self.add_action = QPushButton(self.tr("&Add action"))
        self.add_action.clicked.connect(self._add_action)
        self.remove_action = QPushButton(self.tr("&Remove action"))
        self.remove_action.clicked.connect(self._remove_action)
        left.addWidget(self.action_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action)
        buttons.addWidget(self.remove_action)
        left.addLayout(buttons)
        row.addLayout(left, 1)
        form = QFormLayout()
        self.action_kind = _combo([(action_name(k), k) for k in ACTION_NAMES])
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Thank-you call to {name}"))
        self.title.setToolTip(
            self.tr("{name}, {first_name} and {owner} are replaced by the contact's values.")
        )
        self.due = _days()
        self.priority = _combo([(enum_label(p), p) for p in Priority])
        self.action_tag = QLineEdit()
        self.action_stage = _combo([(enum_label(s), s) for s in LifecycleStage])
        self.action_survey = _combo([(k.value.upper(), k) for k in SurveyKind])
        self.category = QLineEdit()
        self.subject = QLineEdit()
        self.message = QPlainTextEdit()
        self.message.setTabChangesFocus(True)
        self.message.setMaximumHeight(120)
        self.message.setToolTip(
            self.tr("{name}, {first_name} and {owner} are replaced by the contact's values.")
        )
        self._action_rows = {
            "title": (self.tr("Task title:"), self.title),
            "due": (self.tr("Due after (days):"), self.due),
            "priority": (self.tr("Priority:"), self.priority),
            "tag": (self.tr("Tag:"), self.action_tag),
            "stage": (self.tr("Stage:"), self.action_stage),
            "survey": (self.tr("Ask for:"), self.action_survey),
            "category": (self.tr("Category:"), self.category),
            "subject": (self.tr("E-mail subject:"), self.subject),
            "message": (self.tr("E-mail text:"), self.message),
        }
        form.addRow(self.tr("Action:"), self.action_kind)
        for label, widget in self._action_rows.values():
            form.addRow(label, widget)
        self._action_form = form
        row.addLayout(form, 2)
        self.action_kind.currentIndexChanged.connect(self._action_edited)
        for line in (self.title, self.action_tag, self.category, self.subject):
            line.textEdited.connect(self._action_edited)
        self.message.textChanged.connect(self._action_edited)
        self.due.valueChanged.connect(self._action_edited)
        for combo in (self.priority, self.action_stage, self.action_survey):
            combo.currentIndexChanged.connect(self._action_edited)
        return box

    def _refresh_actions(self, current: int) -> None:
        self.action_list.blockSignals(True)
        self.action_list.clear()
        for action in self._actions:
            self.action_list.addItem(
                f"{action_name(action.kind)}: {action.title or action.tag or action.category}"
                if (action.title or action.tag or action.category)
                else action_name(action.kind)
            )
        self.action_list.blockSignals(False)
        self.remove_action.setEnabled(bool(self._actions))
        if self._actions:
            self.action_list.setCurrentRow(min(current, len(self._actions) - 1))
            self._show_action(self.action_list.currentRow())
        else:
            self._show_action(-1)

    def _show_action(self, row: int) -> None:
        editors = [self.action_kind, *(w for _label, w in self._action_rows.values())]
        for widget in editors:
            widget.blockSignals(True)
            widget.setEnabled(row >= 0)
        if row >= 0:
            action = self._actions[row]
            _select(self.action_kind, action.kind)
            self.title.setText(action.title)
            self.due.setValue(action.due_days)
            _select(self.priority, action.priority)
            self.action_tag.setText(action.tag)
            _select(self.action_stage, action.stage)
            _select(self.action_survey, action.survey)
            self.category.setText(action.category)
            subject, message = survey_email(action)
            self.subject.setText(self._playbook_text(action.subject, subject))
            self.message.setPlainText(self._playbook_text(action.message, message))
        for widget in editors:
            widget.blockSignals(False)
        self._show_action_fields()

    def _show_action_fields(self) -> None:
        kind = ActionKind(self.action_kind.currentData())
        for key, (_label, widget) in self._action_rows.items():
            self._action_form.setRowVisible(widget, kind in _ACTION_NEEDS[key])

    def _action_edited(self) -> None:
        row = self.action_list.currentRow()
        if row < 0:
            return
        self._actions[row] = Action(
            ActionKind(self.action_kind.currentData()),
            title=self.title.text(),
            due_days=self.due.value(),
            priority=Priority(self.priority.currentData()),
            tag=self.action_tag.text(),
            stage=LifecycleStage(self.action_stage.currentData()),
            survey=SurveyKind(self.action_survey.currentData()),
            category=self.category.text(),
            subject=self.subject.text(),
            message=self.message.toPlainText(),
        )
        self._show_action_fields()
        item = self.action_list.item(row)
        action = self._actions[row]
        detail = action.title or action.tag or action.category
        item.setText(
            f"{action_name(action.kind)}: {detail}" if detail else action_name(action.kind)
        )

    @staticmethod
    def _playbook_text(own: str, default: str) -> str:
        """The rule's own e-mail text, else the default in the interface language."""
        return own or QCoreApplication.translate("Playbook", default)

    def _add_action(self) -> None:
        self._actions.append(Action(ActionKind.TASK, self.tr("Call {name}"), due_days=1))
        self._refresh_actions(len(self._actions) - 1)
        self.title.setFocus()

    def _remove_action(self) -> None:
        row = self.action_list.currentRow()
        if row >= 0:
            del self._actions[row]
            self._refresh_actions(row)

    # -- result ------------------------------------------------------------------------------

    def spec(self) -> RuleSpec:
        """The rule as edited, checked (UserError names what is wrong)."""
        kind = TriggerKind(self.trigger.currentData())
        uses = {key for key, kinds in _NEEDS.items() if kind in kinds}
        when = When(
            kind,
            channel=_chosen(Channel, self.channel) if "channel" in uses else None,
            survey=_chosen(SurveyKind, self.survey) if "survey" in uses else None,
            score_min=_score(self.score_min) if "survey" in uses else None,
            score_max=_score(self.score_max) if "survey" in uses else None,
            stage=_chosen(LifecycleStage, self.to_stage) if "stage" in uses else None,
            days=self.days.value() if "days" in uses else 0,
            threshold=self.threshold.value() if "threshold" in uses else 0,
        )
        conditions = Conditions(
            segment=self.segment.currentText().strip(),
            stages=tuple(s for s, check in self.stage_checks.items() if check.isChecked()),
            tag=self.tag.text().strip(),
            owner_uid=str(self.owner.currentData() or ""),
            min_order_minor=_minor(self.min_order),
            max_order_minor=_minor(self.max_order),
        )
        actions = tuple(_relevant(a) for a in self._actions)
        return check_rule(RuleSpec(self.name.text(), when, conditions, actions))

    def _accept(self) -> None:
        try:
            self.spec()
        except UserError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()


def _relevant(action: Action) -> Action:
    """Only the fields its kind uses: switching a task to a tag action drops the title."""
    uses = {key for key, kinds in _ACTION_NEEDS.items() if action.kind in kinds}
    blank = Action(action.kind)
    return replace(
        action,
        title=action.title if "title" in uses else blank.title,
        due_days=action.due_days if "due" in uses else blank.due_days,
        priority=action.priority if "priority" in uses else blank.priority,
        tag=action.tag if "tag" in uses else blank.tag,
        stage=action.stage if "stage" in uses else None,
        survey=action.survey if "survey" in uses else blank.survey,
        category=action.category if "category" in uses else blank.category,
        subject=action.subject if "subject" in uses else blank.subject,
        message=action.message if "message" in uses else blank.message,
    )


def _chosen(enum: type[E], combo: QComboBox) -> E | None:
    """Qt hands a StrEnum item's data back as a plain str."""
    data = combo.currentData()
    return None if data is None else enum(data)


def _score(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


def _minor(box: QDoubleSpinBox) -> int | None:
    return round(box.value() * 100) or None


class PreviewDialog(QDialog):
    """In the last 30 days this rule would have created N tasks, with the list; switching
    on creates exactly these."""

    def __init__(self, name: str, result: RunResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Switch on “%1”").replace("%1", name))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary(result))
        self.summary.setWordWrap(True)
        self.note = QLabel(
            self.tr("Event rules look back %n day(s); time rules act on what is due now.", "", 30)
        )
        self.note.setWordWrap(True)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Follow-ups"))
        for item in result.follow_ups[:LISTED]:
            effects = "; ".join(describe_effect(e) for e in item.effects)
            self.items.addItem(f"{item.contact_name}: {effects}")
        if len(result.follow_ups) > LISTED:
            self.items.addItem(self.tr("… and %n more", "", len(result.follow_ups) - LISTED))
        self.items.setVisible(bool(result.follow_ups))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.switch_on = self.buttons.addButton(
            self.tr("Switch &on"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.items, 1)
        if not result.follow_ups:
            layout.addStretch(1)  # the sentences stay together at the top
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def _summary(self, result: RunResult) -> str:
        if result.task_count:
            return self.tr("Switching this rule on now creates %n task(s):", "", result.task_count)
        if result.follow_ups:
            return self.tr(
                "Switching this rule on now acts on %n contact(s):", "", len(result.follow_ups)
            )
        return self.tr("Switching this rule on now creates nothing; it acts from now on.")
