"""The complaint queue list: ids and rows from the complaint service into the shared lazy model,
with the SLA column coloured and labelled (never colour alone: text and an icon say it too)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from app.domain.clock import Clock
from app.domain.complaint_workflow import SlaState
from app.domain.enums import ComplaintStatus, Priority
from app.services.complaints import ComplaintFilter, ComplaintRow, ComplaintService
from app.ui.common.formatting import format_number
from app.ui.common.lazy_table import Column, LazyTableModel, SortOrder
from app.ui.complaints.pick_lists import list_label
from app.ui.icons import status_icon
from app.ui.theme import colours

DEFAULT_SORT = SortOrder("due")


def status_label(status: ComplaintStatus) -> str:
    return {
        ComplaintStatus.NEW: QCoreApplication.translate("Complaints", "New"),
        ComplaintStatus.ACKNOWLEDGED: QCoreApplication.translate("Complaints", "Acknowledged"),
        ComplaintStatus.INVESTIGATING: QCoreApplication.translate("Complaints", "Investigating"),
        ComplaintStatus.WAITING_ON_CUSTOMER: QCoreApplication.translate(
            "Complaints", "Waiting on customer"
        ),
        ComplaintStatus.RESOLVED: QCoreApplication.translate("Complaints", "Resolved"),
        ComplaintStatus.CLOSED: QCoreApplication.translate("Complaints", "Closed"),
    }[status]


def priority_label(priority: Priority) -> str:
    return {
        Priority.LOW: QCoreApplication.translate("Complaints", "Low"),
        Priority.NORMAL: QCoreApplication.translate("Complaints", "Normal"),
        Priority.HIGH: QCoreApplication.translate("Complaints", "High"),
        Priority.URGENT: QCoreApplication.translate("Complaints", "Urgent"),
    }[priority]


def duration_text(value: timedelta) -> str:
    """A business-time span in hours ('37 h', '3 h 20 min'): business days vary with the schedule,
    so hours are the honest unit."""
    minutes = int(abs(value).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours >= 10:
        return QCoreApplication.translate("Complaints", "%1 h").replace("%1", format_number(hours))
    if hours:
        return (
            QCoreApplication.translate("Complaints", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
    return QCoreApplication.translate("Complaints", "%1 min").replace("%1", str(minutes))


def sla_text(row: ComplaintRow) -> str:
    sla = row.sla
    if sla.state is SlaState.BREACHED:
        return QCoreApplication.translate("Complaints", "Overdue by %1").replace(
            "%1", duration_text(sla.left)
        )
    if sla.state is SlaState.AT_RISK:
        return QCoreApplication.translate("Complaints", "%1 left (under 25 %)").replace(
            "%1", duration_text(sla.left)
        )
    if sla.state is SlaState.ON_TRACK:
        return (
            QCoreApplication.translate("Complaints", "%1 left").replace(
                "%1", duration_text(sla.left)
            )
            if sla.due_at
            else "-"
        )
    return {
        SlaState.PAUSED: QCoreApplication.translate("Complaints", "Paused (waiting)"),
        SlaState.MET: QCoreApplication.translate("Complaints", "Met"),
        SlaState.MISSED: QCoreApplication.translate("Complaints", "Missed"),
    }[sla.state]


def age_text(opened_at: datetime, now: datetime) -> str:
    """Calendar age: days once a day old, else hours and minutes."""
    age = now - opened_at
    if age >= timedelta(days=1):
        return QCoreApplication.translate("Complaints", "%1 d").replace(
            "%1", format_number(age.days)
        )
    return duration_text(age)


def _sla_role() -> Callable[[ComplaintRow, int], object]:
    """Colour, icon, weight and spoken text for the SLA cell: never colour alone. The bold font
    is made once, on first use: this runs for every painted cell."""
    fonts: list[QFont] = []

    def bold() -> QFont:
        if not fonts:
            fonts.append(QFont(QApplication.font()))
            fonts[0].setBold(True)
        return fonts[0]

    def role_data(row: ComplaintRow, role: int) -> object:
        state = row.sla.state
        late = state in (SlaState.BREACHED, SlaState.MISSED)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return sla_text(row)
        if role == Qt.ItemDataRole.FontRole and state is SlaState.BREACHED:
            return bold()
        if not late and state is not SlaState.AT_RISK:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(colours().breached if late else colours().at_risk))
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon("breached" if late else "warning")
        return None

    return role_data


def complaint_columns(clock: Clock) -> list[Column[ComplaintRow]]:
    """The queue columns; age and time left are worked out at paint time from the clock."""
    return [
        Column[ComplaintRow](
            "number",
            lambda: QCoreApplication.translate("Complaints", "Number"),
            lambda r: r.number,
            "number",
        ),
        Column[ComplaintRow](
            "customer",
            lambda: QCoreApplication.translate("Complaints", "Customer"),
            lambda r: r.customer,
            "customer",
        ),
        Column[ComplaintRow](
            "category",
            lambda: QCoreApplication.translate("Complaints", "Category"),
            lambda r: list_label(r.category),
            "category",
        ),
        Column[ComplaintRow](
            "priority",
            lambda: QCoreApplication.translate("Complaints", "Priority"),
            lambda r: priority_label(r.priority),
            "priority",
        ),
        Column[ComplaintRow](
            "status",
            lambda: QCoreApplication.translate("Complaints", "Status"),
            lambda r: status_label(r.status),
            "status",
        ),
        Column[ComplaintRow](
            "owner",
            lambda: QCoreApplication.translate("Complaints", "Owner"),
            lambda r: r.owner or "-",
            "owner",
        ),
        Column[ComplaintRow](
            "age",
            lambda: QCoreApplication.translate("Complaints", "Age"),
            lambda r: age_text(r.opened_at, clock.now()),
            "age",
            alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        ),
        Column[ComplaintRow](
            "due",
            lambda: QCoreApplication.translate("Complaints", "SLA (business hours)"),
            sla_text,
            "due",
            role_data=_sla_role(),
        ),
    ]


class ComplaintSource:
    """RowSource over the complaint service; `params` is a ComplaintFilter."""

    def __init__(self, service: ComplaintService) -> None:
        self._service = service

    def ids(self, sort: SortOrder, params: Any) -> Sequence[int]:
        where = params if isinstance(params, ComplaintFilter) else ComplaintFilter()
        return self._service.ids(sort.key, sort.descending, where)

    def rows(self, ids: Sequence[int]) -> Mapping[int, ComplaintRow]:
        return self._service.rows(ids)


def complaint_model(
    service: ComplaintService, clock: Clock, sort: SortOrder = DEFAULT_SORT
) -> LazyTableModel[ComplaintRow]:
    # pages of 100: each row works out its SLA clock when fetched, so fetch little beyond a screen
    return LazyTableModel(
        ComplaintSource(service), complaint_columns(clock), sort=sort, page_size=100
    )
