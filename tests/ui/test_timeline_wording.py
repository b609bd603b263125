"""Timeline entries are worded in the UI from the facts the service returns, with amounts and
numbers in the chosen locale (the service itself returns no English)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from app.services.timeline import (
    ComplaintFacts,
    ConsentFacts,
    Facts,
    InteractionFacts,
    LedgerFacts,
    Source,
    SurveyFacts,
    TaskFacts,
    TimelineEntry,
    TimelineKind,
)
from app.ui.timeline.wording import detail, summary
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot


def _entry(kind: TimelineKind, facts: Facts) -> TimelineEntry:
    at = datetime(2026, 3, 2, 10, tzinfo=UTC)
    return TimelineEntry(Source.LEDGER, 1, kind, at, 1, "Anna", None, None, None, facts)


@pytest.mark.parametrize(
    ("kind", "facts", "expected"),
    [
        (TimelineKind.ORDER, LedgerFacts(7415, "EUR", "", ""), "Order 74,15\u00a0€"),
        (TimelineKind.REFUND, LedgerFacts(500, "EUR", "R-1", ""), "Refund 5,00\u00a0€ (R-1)"),
        (
            TimelineKind.COMPLAINT,
            ComplaintFacts("C-1", "status", "new", "waiting_on_customer", ""),
            "Complaint C-1: New → Waiting on customer",
        ),
        (
            TimelineKind.COMPLAINT,
            ComplaintFacts("C-1", "status", None, "new", ""),
            "Complaint C-1 opened: New",
        ),
        (
            TimelineKind.COMPLAINT,
            ComplaintFacts("C-1", "reply", None, None, ""),
            "Complaint C-1: reply sent",
        ),
        (TimelineKind.SURVEY, SurveyFacts("nps", 9, ""), "NPS survey answered: 9"),
        (TimelineKind.TASK, TaskFacts("Call back", ""), "Task done: Call back"),
        (
            TimelineKind.CONSENT,
            ConsentFacts("email_marketing", False, "form"),
            "Consent withdrawn: E-mail marketing",
        ),
        (TimelineKind.INTERACTION, InteractionFacts("Quote", "", "", 0), "Quote"),
    ],
)
def test_summaries_are_worded_in_the_ui_with_locale_amounts(
    qtbot: QtBot, kind: TimelineKind, facts: Facts, expected: str
) -> None:
    del qtbot  # a QApplication for the translator lookups
    QLocale.setDefault(QLocale("de_DE"))
    assert summary(_entry(kind, facts)) == expected


def test_an_interaction_detail_adds_outcome_and_length(qtbot: QtBot) -> None:
    del qtbot
    facts = InteractionFacts("Quote", "Asked for a quote", "left voicemail", 125)
    text = detail(_entry(TimelineKind.INTERACTION, facts))
    assert text == "Asked for a quote\nOutcome: left voicemail\nDuration: 2 min"
