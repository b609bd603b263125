"""Churn-risk reasons worded for people, in the interface language.

Reasons are stored as codes and numbers (app.domain.metrics); this is the one place that turns
them into sentences for the screen, so a German or Spanish user reads them in their language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.metrics import RiskReason
from app.ui.common.formatting import format_number
from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ChurnReason"

# (sentence, decimals of its number); {value} is the reason's number, locale-formatted.
_WORDING: dict[str, tuple[str, int]] = {
    "overdue": (
        QT_TRANSLATE_NOOP("ChurnReason", "no order for {value}× their usual interval"),  # noqa: RUF001
        1,
    ),
    "one_order": (QT_TRANSLATE_NOOP("ChurnReason", "one order only, {value} days ago"), 0),
    "lapsed": (QT_TRANSLATE_NOOP("ChurnReason", "no order within the {value}-day window"), 0),
    "urgent_complaint": (QT_TRANSLATE_NOOP("ChurnReason", "open urgent complaint"), 0),
    "open_complaint": (QT_TRANSLATE_NOOP("ChurnReason", "open complaints: {value}"), 0),
    "detractor": (QT_TRANSLATE_NOOP("ChurnReason", "last NPS {value} (detractor)"), 0),
    "passive": (QT_TRANSLATE_NOOP("ChurnReason", "last NPS {value} (passive)"), 0),
    "quiet": (QT_TRANSLATE_NOOP("ChurnReason", "no contact for {value} days"), 0),
}


def reason_label(reason: RiskReason) -> str:
    """One reason as a translated sentence; an unknown code is shown as it is."""
    wording = _WORDING.get(reason.code)
    if wording is None:
        return reason.code
    template, decimals = wording
    value = "" if reason.value is None else format_number(reason.value, decimals)
    return QCoreApplication.translate(CONTEXT, template).format(value=value)


def reasons_label(reasons: tuple[RiskReason, ...]) -> str:
    """Every reason, most points first, joined as the interface lists things."""
    ordered = sorted(reasons, key=lambda r: -r.points)
    return "; ".join(reason_label(r) for r in ordered)
