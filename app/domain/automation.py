"""Follow-up rules: *when* something happens, *if* conditions hold, *then* do the next step.

Pure data: the rule a person edits is three typed parts (When, Conditions, Actions) stored as
JSON in `automation_rule.spec`; the playbooks are ready-made rules shipped switched off. A
follow-up's uid is derived (UUID5) from the rule, the contact and the occurrence, so two
laptops running the same rule produce the same record and a re-run creates nothing new.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, TypeVar

from app.domain.enums import Channel, LifecycleStage, Priority, SurveyKind
from app.domain.errors import QT_TRANSLATE_NOOP, UserError

FOLLOW_UP_NAMESPACE = uuid.UUID("6f1d0c52-4c2b-5a55-9a39-0d7a3c1e5b21")
MAX_DAYS = 3650
PREVIEW_DAYS = 30  # how far back switching a rule on (and its preview) looks

E = TypeVar("E", bound=StrEnum)


class TriggerKind(StrEnum):
    ORDER_RECORDED = "order_recorded"
    FIRST_ORDER = "first_order"
    COMPLAINT_OPENED = "complaint_opened"
    COMPLAINT_RESOLVED = "complaint_resolved"
    INTERACTION_LOGGED = "interaction_logged"
    SURVEY_ANSWERED = "survey_answered"
    STAGE_CHANGED = "stage_changed"
    CHURN_RISK = "churn_risk"
    NO_CONTACT = "no_contact"
    BIRTHDAY = "birthday"


TIME_TRIGGERS = frozenset({TriggerKind.CHURN_RISK, TriggerKind.NO_CONTACT, TriggerKind.BIRTHDAY})


class ActionKind(StrEnum):
    TASK = "task"
    ADD_TAG = "add_tag"
    REMOVE_TAG = "remove_tag"
    SET_STAGE = "set_stage"
    SURVEY_REQUEST = "survey_request"
    OPEN_COMPLAINT = "open_complaint"


@dataclass(frozen=True, slots=True)
class When:
    """The trigger and its parameters; fields a kind does not use stay at their defaults."""

    kind: TriggerKind
    channel: Channel | None = None  # interaction logged: any channel when None
    survey: SurveyKind | None = None  # survey answered: any kind when None
    score_min: int | None = None
    score_max: int | None = None
    stage: LifecycleStage | None = None  # stage changed: to this stage (any when None)
    days: int = 0  # no contact for N days / birthday in N days
    threshold: int = 0  # churn risk at or above this (0-100)


@dataclass(frozen=True, slots=True)
class Conditions:
    """All that are set must hold; an empty Conditions always holds."""

    segment: str = ""  # a saved segment's name or an RFM segment ("champions", "at risk", ...)
    stages: tuple[LifecycleStage, ...] = ()
    tag: str = ""
    owner_uid: str = ""  # staff uid (uids travel between laptops, ids do not)
    min_order_minor: int | None = None  # the event's order, else the customer's lifetime value
    max_order_minor: int | None = None


@dataclass(frozen=True, slots=True)
class Action:
    kind: ActionKind
    title: str = ""  # task / survey request: "{name}", "{first_name}", "{owner}" are filled in
    due_days: int = 0  # after the event
    priority: Priority = Priority.NORMAL
    tag: str = ""
    stage: LifecycleStage | None = None
    survey: SurveyKind = SurveyKind.CSAT  # survey request: what to ask for
    category: str = ""  # open complaint: its category
    subject: str = ""  # survey request: the e-mail's subject and text ("" = survey_email's)
    message: str = ""


@dataclass(frozen=True, slots=True)
class RuleSpec:
    name: str
    when: When
    conditions: Conditions = field(default_factory=Conditions)
    then: tuple[Action, ...] = ()

    @property
    def is_timed(self) -> bool:
        return self.when.kind in TIME_TRIGGERS

    def to_json(self) -> dict[str, Any]:
        when = self.when
        cond = self.conditions
        return {
            "name": self.name,
            "when": {
                "kind": when.kind.value,
                "channel": _value(when.channel),
                "survey": _value(when.survey),
                "score_min": when.score_min,
                "score_max": when.score_max,
                "stage": _value(when.stage),
                "days": when.days,
                "threshold": when.threshold,
            },
            "if": {
                "segment": cond.segment,
                "stages": [s.value for s in cond.stages],
                "tag": cond.tag,
                "owner_uid": cond.owner_uid,
                "min_order_minor": cond.min_order_minor,
                "max_order_minor": cond.max_order_minor,
            },
            "then": [
                {
                    "kind": a.kind.value,
                    "title": a.title,
                    "due_days": a.due_days,
                    "priority": a.priority.value,
                    "tag": a.tag,
                    "stage": _value(a.stage),
                    "survey": a.survey.value,
                    "category": a.category,
                    "subject": a.subject,
                    "message": a.message,
                }
                for a in self.then
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RuleSpec:
        """Read a stored rule; a value this version does not know is a UserError, not a crash."""
        try:
            w, c = data["when"], data.get("if", {})
            when = When(
                kind=TriggerKind(w["kind"]),
                channel=_opt(Channel, w.get("channel")),
                survey=_opt(SurveyKind, w.get("survey")),
                score_min=w.get("score_min"),
                score_max=w.get("score_max"),
                stage=_opt(LifecycleStage, w.get("stage")),
                days=int(w.get("days") or 0),
                threshold=int(w.get("threshold") or 0),
            )
            conditions = Conditions(
                segment=str(c.get("segment") or ""),
                stages=tuple(LifecycleStage(s) for s in c.get("stages") or ()),
                tag=str(c.get("tag") or ""),
                owner_uid=str(c.get("owner_uid") or ""),
                min_order_minor=c.get("min_order_minor"),
                max_order_minor=c.get("max_order_minor"),
            )
            then = tuple(
                Action(
                    kind=ActionKind(a["kind"]),
                    title=str(a.get("title") or ""),
                    due_days=int(a.get("due_days") or 0),
                    priority=Priority(a.get("priority") or Priority.NORMAL.value),
                    tag=str(a.get("tag") or ""),
                    stage=_opt(LifecycleStage, a.get("stage")),
                    survey=SurveyKind(a.get("survey") or SurveyKind.CSAT.value),
                    category=str(a.get("category") or ""),
                    subject=str(a.get("subject") or ""),
                    message=str(a.get("message") or ""),
                )
                for a in data.get("then") or ()
            )
            return cls(str(data.get("name") or ""), when, conditions, then)
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "An automation rule is stored in a form this version can't read."
                )
            ) from exc


def _value(item: StrEnum | None) -> str | None:
    return None if item is None else item.value


def _opt(enum: type[E], raw: Any) -> E | None:
    return None if raw in (None, "") else enum(raw)


def check_rule(spec: RuleSpec) -> RuleSpec:
    """Refuse a rule that cannot run, in words naming the part that is wrong."""
    name = spec.name.strip()
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A rule needs a name."))
    when = spec.when
    if when.kind in (TriggerKind.NO_CONTACT, TriggerKind.BIRTHDAY) and not (
        0 <= when.days <= MAX_DAYS
    ):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "'{days} days' is not between 0 and {limit} days."),
            days=when.days,
            limit=MAX_DAYS,
        )
    if when.kind is TriggerKind.NO_CONTACT and when.days < 1:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "'No contact for' needs at least one day."))
    if when.kind is TriggerKind.CHURN_RISK and not 1 <= when.threshold <= 100:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "A churn risk threshold of {threshold} is not between 1 and 100."
            ),
            threshold=when.threshold,
        )
    if not spec.then:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A rule needs at least one action."))
    for action in spec.then:
        _check_action(action, when)
    return replace(spec, name=name)


def _check_action(action: Action, when: When) -> None:
    if action.kind in (ActionKind.TASK, ActionKind.SURVEY_REQUEST) and not action.title.strip():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A task needs a title."))
    if not 0 <= action.due_days <= MAX_DAYS:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "'{days} days' is not between 0 and {limit} days."),
            days=action.due_days,
            limit=MAX_DAYS,
        )
    if action.kind in (ActionKind.ADD_TAG, ActionKind.REMOVE_TAG) and not action.tag.strip():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A tag needs a name."))
    if action.kind is ActionKind.SET_STAGE and action.stage is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose the stage the rule sets."))
    if action.kind is ActionKind.OPEN_COMPLAINT:
        if when.kind is not TriggerKind.SURVEY_ANSWERED:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "A complaint can only be opened from a survey answer."
                )
            )
        if not action.category.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose a category for the complaint."))


def follow_up_uid(rule_uid: str, contact_uid: str, occurrence: str, part: str = "") -> str:
    """The same rule, contact and occurrence give the same uid on every laptop."""
    return str(uuid.uuid5(FOLLOW_UP_NAMESPACE, f"{rule_uid}|{contact_uid}|{occurrence}|{part}"))


SURVEY_SUBJECT = QT_TRANSLATE_NOOP("Playbook", "How did we do?")
SURVEY_MESSAGES: dict[SurveyKind, str] = {
    SurveyKind.NPS: QT_TRANSLATE_NOOP(
        "Playbook",
        "Hello {first_name},\n\nthank you for your trust. On a scale from 0 to 10, how likely "
        "are you to recommend us to a friend or colleague? Just reply to this e-mail with a "
        "number and, if you like, a few words.\n\nThank you!",
    ),
    SurveyKind.CSAT: QT_TRANSLATE_NOOP(
        "Playbook",
        "Hello {first_name},\n\nthank you for your trust. On a scale from 1 to 5, how "
        "satisfied are you with how we looked after you? Just reply to this e-mail with a "
        "number and, if you like, a few words.\n\nThank you!",
    ),
    SurveyKind.CES: QT_TRANSLATE_NOOP(
        "Playbook",
        "Hello {first_name},\n\nthank you for your trust. On a scale from 1 to 7, how easy "
        "was it to get what you needed from us? Just reply to this e-mail with a number and, "
        "if you like, a few words.\n\nThank you!",
    ),
}


def survey_email(action: Action) -> tuple[str, str]:
    """A survey request's e-mail (subject, text template): the rule's, else the default."""
    return action.subject or SURVEY_SUBJECT, action.message or SURVEY_MESSAGES[action.survey]


def fill_title(template: str, *, name: str, first_name: str, owner: str) -> str:
    """The task title with the contact's name; an unknown {placeholder} stays as typed."""
    values = {"name": name, "first_name": first_name or name, "owner": owner}
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out.strip()


@dataclass(frozen=True, slots=True)
class Playbook:
    key: str
    spec: RuleSpec

    @property
    def uid(self) -> str:
        """Every laptop ships the same playbook rows, so sync merges them."""
        return str(uuid.uuid5(FOLLOW_UP_NAMESPACE, f"playbook|{self.key}"))


PLAYBOOKS: tuple[Playbook, ...] = (
    Playbook(
        "thank_you_call",
        RuleSpec(
            QT_TRANSLATE_NOOP("Playbook", "Thank-you call after a first order"),
            When(TriggerKind.FIRST_ORDER),
            then=(
                Action(
                    ActionKind.TASK,
                    QT_TRANSLATE_NOOP("Playbook", "Thank-you call to {name}"),
                    due_days=3,
                ),
            ),
        ),
    ),
    Playbook(
        "complaint_check_in",
        RuleSpec(
            QT_TRANSLATE_NOOP("Playbook", "Check-in and CSAT request after a resolved complaint"),
            When(TriggerKind.COMPLAINT_RESOLVED),
            then=(
                Action(
                    ActionKind.TASK,
                    QT_TRANSLATE_NOOP("Playbook", "Check in with {name} after their complaint"),
                    due_days=7,
                ),
                Action(
                    ActionKind.SURVEY_REQUEST,
                    QT_TRANSLATE_NOOP("Playbook", "Ask {name} how satisfied they are"),
                    due_days=7,
                    survey=SurveyKind.CSAT,
                ),
            ),
        ),
    ),
    Playbook(
        "win_back",
        RuleSpec(
            QT_TRANSLATE_NOOP("Playbook", "Win-back when churn risk passes 70"),
            When(TriggerKind.CHURN_RISK, threshold=70),
            then=(
                Action(
                    ActionKind.TASK,
                    QT_TRANSLATE_NOOP("Playbook", "Win back {name}"),
                    due_days=2,
                    priority=Priority.HIGH,
                ),
            ),
        ),
    ),
    Playbook(
        "birthday",
        RuleSpec(
            QT_TRANSLATE_NOOP("Playbook", "Birthday greeting"),
            When(TriggerKind.BIRTHDAY, days=3),
            then=(
                Action(
                    ActionKind.TASK,
                    QT_TRANSLATE_NOOP("Playbook", "Send {name} a birthday greeting"),
                    due_days=3,
                ),
            ),
        ),
    ),
    Playbook(
        "re_engage",
        RuleSpec(
            QT_TRANSLATE_NOOP("Playbook", "Re-engage after 90 days without contact"),
            When(TriggerKind.NO_CONTACT, days=90),
            Conditions(
                stages=(LifecycleStage.CUSTOMER, LifecycleStage.LOYAL, LifecycleStage.ADVOCATE)
            ),
            then=(
                Action(
                    ActionKind.TASK,
                    QT_TRANSLATE_NOOP("Playbook", "Get back in touch with {name}"),
                    due_days=1,
                ),
            ),
        ),
    ),
)
