"""Rules, follow-ups and runs in words of the interface language."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from app.domain.automation import Action, ActionKind, RuleSpec, TriggerKind, When, survey_email
from app.services.automations import Effect, RuleRow
from app.ui.common.formatting import format_datetime
from app.ui.i18n import QT_TRANSLATE_NOOP, enum_label

CONTEXT = "Automations"
PLAYBOOK_CONTEXT = "Playbook"

TRIGGER_NAMES: dict[TriggerKind, str] = {
    TriggerKind.ORDER_RECORDED: QT_TRANSLATE_NOOP("Automations", "An order is recorded"),
    TriggerKind.FIRST_ORDER: QT_TRANSLATE_NOOP("Automations", "A first order is recorded"),
    TriggerKind.COMPLAINT_OPENED: QT_TRANSLATE_NOOP("Automations", "A complaint is opened"),
    TriggerKind.COMPLAINT_RESOLVED: QT_TRANSLATE_NOOP("Automations", "A complaint is resolved"),
    TriggerKind.INTERACTION_LOGGED: QT_TRANSLATE_NOOP("Automations", "An interaction is logged"),
    TriggerKind.SURVEY_ANSWERED: QT_TRANSLATE_NOOP("Automations", "A survey is answered"),
    TriggerKind.STAGE_CHANGED: QT_TRANSLATE_NOOP("Automations", "The stage changes"),
    TriggerKind.CHURN_RISK: QT_TRANSLATE_NOOP("Automations", "Churn risk reaches a threshold"),
    TriggerKind.NO_CONTACT: QT_TRANSLATE_NOOP("Automations", "No contact for some days"),
    TriggerKind.BIRTHDAY: QT_TRANSLATE_NOOP("Automations", "A birthday is coming"),
}
ACTION_NAMES: dict[ActionKind, str] = {
    ActionKind.TASK: QT_TRANSLATE_NOOP("Automations", "Create a task for the owner"),
    ActionKind.ADD_TAG: QT_TRANSLATE_NOOP("Automations", "Add a tag"),
    ActionKind.REMOVE_TAG: QT_TRANSLATE_NOOP("Automations", "Remove a tag"),
    ActionKind.SET_STAGE: QT_TRANSLATE_NOOP("Automations", "Change the stage"),
    ActionKind.SURVEY_REQUEST: QT_TRANSLATE_NOOP("Automations", "Plan a survey request"),
    ActionKind.OPEN_COMPLAINT: QT_TRANSLATE_NOOP("Automations", "Open a complaint"),
}
CAUSES: dict[str, str] = {
    "event": QT_TRANSLATE_NOOP("Automations", "Event"),
    "sweep": QT_TRANSLATE_NOOP("Automations", "Scheduled check"),
    "switch-on": QT_TRANSLATE_NOOP("Automations", "Switched on"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def trigger_name(kind: TriggerKind) -> str:
    return tr(TRIGGER_NAMES[kind])


def action_name(kind: ActionKind) -> str:
    return tr(ACTION_NAMES[kind])


def cause_name(cause: str) -> str:
    return tr(CAUSES.get(cause, cause))


def rule_name(row: RuleRow) -> str:
    return playbook_name(row.name)


def playbook_name(name: str) -> str:
    """A playbook stored under its English name (by the CLI, say) reads in the interface
    language; any other name is shown as typed (translate() returns it unchanged)."""
    return QCoreApplication.translate(PLAYBOOK_CONTEXT, name)


def localised(spec: RuleSpec) -> RuleSpec:
    """A playbook as stored on first use: its name, task titles and survey e-mails in the
    interface language."""
    return replace(
        spec,
        name=QCoreApplication.translate(PLAYBOOK_CONTEXT, spec.name),
        then=tuple(_localised_action(a) for a in spec.then),
    )


def _localised_action(action: Action) -> Action:
    title = QCoreApplication.translate(PLAYBOOK_CONTEXT, action.title) if action.title else ""
    if action.kind is not ActionKind.SURVEY_REQUEST:
        return replace(action, title=title)
    subject, message = survey_email(action)
    return replace(
        action,
        title=title,
        subject=QCoreApplication.translate(PLAYBOOK_CONTEXT, subject),
        message=QCoreApplication.translate(PLAYBOOK_CONTEXT, message),
    )


class DayCounts(QObject):
    """Sentences with a count of days (lupdate takes plural forms from self.tr calls)."""

    def no_contact(self, days: int) -> str:
        return self.tr("No contact for %n day(s)", "", days)

    def birthday(self, days: int) -> str:
        return self.tr("Birthday in %n day(s)", "", days)


def describe_when(when: When) -> str:
    """The trigger in words, with its parameters: No contact for 90 days; A survey is
    answered (NPS, score 0 to 6)."""
    kind = when.kind
    if kind is TriggerKind.NO_CONTACT:
        return DayCounts().no_contact(when.days)
    if kind is TriggerKind.BIRTHDAY:
        return DayCounts().birthday(when.days)
    if kind is TriggerKind.CHURN_RISK:
        return QCoreApplication.translate("Automations", "Churn risk at or above %1").replace(
            "%1", str(when.threshold)
        )
    details: list[str] = []
    if when.channel is not None:
        details.append(enum_label(when.channel))
    if when.survey is not None:
        details.append(when.survey.value.upper())
    if when.score_min is not None or when.score_max is not None:
        low = "" if when.score_min is None else str(when.score_min)
        high = "" if when.score_max is None else str(when.score_max)
        details.append(
            QCoreApplication.translate("Automations", "score %1 to %2")
            .replace("%1", low)
            .replace("%2", high)
        )
    if when.stage is not None:
        details.append(
            QCoreApplication.translate("Automations", "to %1").replace("%1", enum_label(when.stage))
        )
    name = trigger_name(kind)
    return f"{name} ({', '.join(details)})" if details else name


def describe_effect(effect: Effect) -> str:
    """One thing a run did or would do, e.g. "Task: Thank-you call to Anna Berg, due …"."""
    if effect.kind in (ActionKind.TASK, ActionKind.SURVEY_REQUEST):
        label = (
            QCoreApplication.translate("Automations", "Task")
            if effect.kind is ActionKind.TASK
            else QCoreApplication.translate("Automations", "Survey request")
        )
        due = _due(effect.due_at)
        return f"{label}: {effect.text}" + (f" ({due})" if due else "")
    if effect.kind is ActionKind.ADD_TAG:
        return QCoreApplication.translate("Automations", "Tag added: %1").replace("%1", effect.text)
    if effect.kind is ActionKind.REMOVE_TAG:
        return QCoreApplication.translate("Automations", "Tag removed: %1").replace(
            "%1", effect.text
        )
    if effect.kind is ActionKind.SET_STAGE:
        return QCoreApplication.translate("Automations", "Stage: %1").replace(
            "%1", enum_label(effect.text)
        )
    return QCoreApplication.translate("Automations", "Complaint opened: %1").replace(
        "%1", effect.text
    )


def _due(moment: datetime | None) -> str:
    return (
        ""
        if moment is None
        else QCoreApplication.translate("Automations", "due %1").replace(
            "%1", format_datetime(moment)
        )
    )
