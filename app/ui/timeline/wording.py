"""Timeline entries in words: the service hands over what happened as values (`facts`), and
this module words them in the chosen language, with money and numbers in its locale.

Every sentence is whole in the catalogue (context "Timeline"), with named placeholders, so a
translator can reorder it; customer text (subjects, references, notes) is inserted as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import ComplaintEventKind, SurveyKind, TxnKind
from app.services.timeline import (
    ComplaintFacts,
    ConsentFacts,
    InteractionFacts,
    LedgerFacts,
    SurveyFacts,
    TaskFacts,
    TimelineEntry,
)
from app.ui.common.formatting import format_money, format_number
from app.ui.i18n import QT_TRANSLATE_NOOP, enum_label

CONTEXT = "Timeline"

_LEDGER: dict[str, str] = {
    TxnKind.ORDER: QT_TRANSLATE_NOOP("Timeline", "Order {amount}"),
    TxnKind.PAYMENT: QT_TRANSLATE_NOOP("Timeline", "Payment {amount}"),
    TxnKind.REFUND: QT_TRANSLATE_NOOP("Timeline", "Refund {amount}"),
    TxnKind.CREDIT: QT_TRANSLATE_NOOP("Timeline", "Credit {amount}"),
}
_SURVEYS: dict[str, str] = {
    SurveyKind.NPS: QT_TRANSLATE_NOOP("Timeline", "NPS survey answered: {score}"),
    SurveyKind.CSAT: QT_TRANSLATE_NOOP("Timeline", "Satisfaction survey answered: {score}"),
    SurveyKind.CES: QT_TRANSLATE_NOOP("Timeline", "Effort survey answered: {score}"),
}
_EVENTS: dict[str, str] = {
    ComplaintEventKind.NOTE: QT_TRANSLATE_NOOP("Timeline", "Complaint {number}: note added"),
    ComplaintEventKind.REPLY: QT_TRANSLATE_NOOP("Timeline", "Complaint {number}: reply sent"),
    ComplaintEventKind.REMEDY: QT_TRANSLATE_NOOP("Timeline", "Complaint {number}: remedy given"),
    ComplaintEventKind.REMEDY_REVERSED: QT_TRANSLATE_NOOP(
        "Timeline", "Complaint {number}: remedy reversed"
    ),
    ComplaintEventKind.PRIORITY: QT_TRANSLATE_NOOP(
        "Timeline", "Complaint {number}: priority changed"
    ),
    ComplaintEventKind.OWNER: QT_TRANSLATE_NOOP("Timeline", "Complaint {number}: owner changed"),
    ComplaintEventKind.CATEGORY: QT_TRANSLATE_NOOP(
        "Timeline", "Complaint {number}: category changed"
    ),
    ComplaintEventKind.RECOVERY: QT_TRANSLATE_NOOP(
        "Timeline", "Complaint {number}: recovery checked"
    ),
    ComplaintEventKind.ORDER: QT_TRANSLATE_NOOP("Timeline", "Complaint {number}: order linked"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def summary(entry: TimelineEntry) -> str:
    """The entry's bold line: 'Order 74,15 €', 'Reklamation C-1: Neu → Bestätigt'."""
    facts = entry.facts
    if isinstance(facts, InteractionFacts):
        return facts.subject
    if isinstance(facts, LedgerFacts):
        return _ledger(entry.kind, facts)
    if isinstance(facts, ComplaintFacts):
        return _complaint(facts)
    if isinstance(facts, SurveyFacts):
        text = _SURVEYS.get(facts.survey, QT_TRANSLATE_NOOP("Timeline", "Survey answered: {score}"))
        return _tr(text).format(score=format_number(facts.score))
    if isinstance(facts, TaskFacts):
        return QCoreApplication.translate("Timeline", "Task done: {title}").format(
            title=facts.title
        )
    return _consent(facts)


def detail(entry: TimelineEntry) -> str:
    """The full text shown when the entry is expanded (customer text, plus the outcome and
    length of a call)."""
    facts = entry.facts
    if isinstance(facts, InteractionFacts):
        lines = [facts.body]
        if facts.outcome:
            lines.append(
                QCoreApplication.translate("Timeline", "Outcome: {outcome}").format(
                    outcome=facts.outcome
                )
            )
        minutes = facts.duration_seconds // 60
        if facts.duration_seconds:
            lines.append(
                QCoreApplication.translate("Timeline", "Duration: {minutes} min").format(
                    minutes=format_number(minutes)
                )
            )
        return "\n".join(line for line in lines if line)
    if isinstance(facts, LedgerFacts):
        return facts.description
    if isinstance(facts, ComplaintFacts):
        return facts.body
    if isinstance(facts, SurveyFacts):
        return facts.comment
    if isinstance(facts, TaskFacts):
        return facts.notes
    return facts.evidence


def _ledger(kind: str, facts: LedgerFacts) -> str:
    amount = format_money(facts.amount_minor, facts.currency)
    text = _tr(_LEDGER.get(kind, _LEDGER[TxnKind.ORDER])).format(amount=amount)
    if not facts.reference:
        return text
    return QCoreApplication.translate("Timeline", "{entry} ({reference})").format(
        entry=text, reference=facts.reference
    )


def _complaint(facts: ComplaintFacts) -> str:
    if facts.to_status is None:
        text = _EVENTS.get(facts.event, QT_TRANSLATE_NOOP("Timeline", "Complaint {number}"))
        return _tr(text).format(number=facts.number)
    if facts.from_status is None:
        return QCoreApplication.translate("Timeline", "Complaint {number} opened: {status}").format(
            number=facts.number, status=enum_label(facts.to_status)
        )
    return QCoreApplication.translate("Timeline", "Complaint {number}: {old} → {new}").format(
        number=facts.number, old=enum_label(facts.from_status), new=enum_label(facts.to_status)
    )


def _consent(facts: ConsentFacts) -> str:
    purpose = enum_label(facts.purpose)
    if facts.granted:
        return QCoreApplication.translate("Timeline", "Consent given: {purpose}").format(
            purpose=purpose
        )
    return QCoreApplication.translate("Timeline", "Consent withdrawn: {purpose}").format(
        purpose=purpose
    )
