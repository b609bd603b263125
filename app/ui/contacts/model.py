"""The contact list's row source and columns, over ContactService (filter and sort in SQL)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from app.domain.contact_query import ContactFilter
from app.services.contacts import ContactListRow, ContactService
from app.ui.common.formatting import format_date, format_money, format_number
from app.ui.common.lazy_table import Column, LazyTableModel, SortOrder
from app.ui.i18n import QT_TRANSLATE_NOOP, deferred_tr, enum_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ContactRowSource:
    """Ids for a ContactFilter in the order of a SortOrder; rows by page."""

    def __init__(self, service: ContactService) -> None:
        self._service = service

    def ids(self, sort: SortOrder, params: Any) -> Sequence[int]:
        query = params if isinstance(params, ContactFilter) else ContactFilter()
        return self._service.list_ids(query, sort.key, sort.descending)

    def rows(self, ids: Sequence[int]) -> Mapping[int, ContactListRow]:
        return self._service.list_rows(ids)


def _title(text: str) -> Any:
    return deferred_tr("ContactColumns", text)


def local_date(value: datetime | None) -> str:
    """A stored UTC time as the person's local date, in their locale's short form."""
    if value is None:
        return ""
    return format_date(value.astimezone().date())


def _money(minor: int | None) -> str:
    """An amount without its currency (with_currency adds the business's)."""
    return "" if minor is None else format_number(minor / 100, 2)


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def _stage(row: ContactListRow) -> str:
    return enum_label(row.stage)


COLUMNS: tuple[Column[ContactListRow], ...] = (
    Column(
        "name",
        _title(QT_TRANSLATE_NOOP("ContactColumns", "Name")),
        lambda r: r.display_name,
        "name",
    ),
    Column(
        "company",
        _title(QT_TRANSLATE_NOOP("ContactColumns", "Company")),
        lambda r: r.company,
        "company",
    ),
    Column(
        "email", _title(QT_TRANSLATE_NOOP("ContactColumns", "E-mail")), lambda r: r.email, "email"
    ),
    Column(
        "phone", _title(QT_TRANSLATE_NOOP("ContactColumns", "Phone")), lambda r: r.phone, "phone"
    ),
    Column("city", _title(QT_TRANSLATE_NOOP("ContactColumns", "City")), lambda r: r.city, "city"),
    Column("stage", _title(QT_TRANSLATE_NOOP("ContactColumns", "Stage")), _stage, "stage"),
    Column("tags", _title(QT_TRANSLATE_NOOP("ContactColumns", "Tags")), lambda r: r.tags),
    Column(
        "owner", _title(QT_TRANSLATE_NOOP("ContactColumns", "Owner")), lambda r: r.owner, "owner"
    ),
    Column(
        "last_interaction",
        _title(QT_TRANSLATE_NOOP("ContactColumns", "Last interaction")),
        lambda r: local_date(r.last_interaction_at),
        "last_interaction",
    ),
    Column(
        "lifetime_value",
        _title(QT_TRANSLATE_NOOP("ContactColumns", "Lifetime value")),
        lambda r: _money(r.lifetime_value_minor),
        "lifetime_value",
        RIGHT,
    ),
    Column(
        "open_complaints",
        _title(QT_TRANSLATE_NOOP("ContactColumns", "Open complaints")),
        lambda r: _count(r.open_complaints),
        "open_complaints",
        RIGHT,
    ),
    Column(
        "churn_risk",
        _title(QT_TRANSLATE_NOOP("ContactColumns", "Churn risk")),
        lambda r: _count(r.churn_risk),
        "churn_risk",
        RIGHT,
    ),
)
DEFAULT_HIDDEN = frozenset({"owner", "churn_risk"})


def with_currency(columns: Sequence[Column[ContactListRow]], currency: str) -> list[Column[Any]]:
    """The columns with the lifetime value written in the business's currency ("€1,234.50")."""

    def value(row: ContactListRow) -> str:
        minor = row.lifetime_value_minor
        return "" if minor is None else format_money(minor, currency)

    return [replace(c, text=value) if c.key == "lifetime_value" else c for c in columns]


def contact_model(service: ContactService, currency: str) -> LazyTableModel[ContactListRow]:
    # Pages of 50: a screenful at 1080p is ~45 rows, and each search keystroke reads the first
    # page before it paints (100 rows took 1.1 ms of a keystroke at the medium size, 50 0.8).
    columns = with_currency(COLUMNS, currency)
    return LazyTableModel(ContactRowSource(service), columns, sort=SortOrder("name"), page_size=50)
