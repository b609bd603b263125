"""Churn reasons are stored as codes and numbers and worded on screen (app/ui/dashboard)."""

from __future__ import annotations

from app.domain.metrics import RiskReason
from app.ui.dashboard.reasons import reason_label, reasons_label
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot


def test_reasons_are_worded_with_their_numbers_most_points_first(qtbot: QtBot) -> None:
    reasons = (
        RiskReason("quiet", 10, 120),
        RiskReason("overdue", 26, 2.3),
        RiskReason("urgent_complaint", 25, None),
    )
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert reasons_label(reasons) == (
            "no order for 2.3× their usual interval; open urgent complaint; "  # noqa: RUF001
            "no contact for 120 days"
        )
    finally:
        QLocale.setDefault(before)


def test_every_code_the_domain_writes_has_a_wording(qtbot: QtBot) -> None:
    from app.domain.metrics import REASON_TEXT  # noqa: PLC0415 - the codes the domain knows

    for code in REASON_TEXT:
        assert reason_label(RiskReason(code, 1, 3)) != code
    assert reason_label(RiskReason("from_the_future", 5, 1)) == "from_the_future"
