"""Paints timeline rows: day headers, and entries with a channel badge, time, direction, staff,
a one-line summary and, when expanded, the full text. Everything is drawn as plain text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.services.timeline import TimelineEntry, TimelineKind
from app.ui.common.formatting import format_time
from app.ui.i18n import enum_label
from app.ui.timeline.model import TimelineModel
from app.ui.timeline.wording import detail, summary

AnyIndex = QModelIndex | QPersistentModelIndex
PAD = 8
BADGE = 28
LINE_GAP = 2

CHANNEL_COLOURS = {
    "phone": "#2e7d32",
    "email": "#1565c0",
    "meeting": "#6a1b9a",
    "video": "#00838f",
    "chat": "#ef6c00",
    "sms": "#558b2f",
    "social": "#ad1457",
    "website": "#4e342e",
    "in_person": "#283593",
    "letter": "#5d4037",
    "note": "#616161",
}
KIND_COLOURS = {
    TimelineKind.ORDER: "#00695c",
    TimelineKind.PAYMENT: "#2e7d32",
    TimelineKind.REFUND: "#c62828",
    TimelineKind.CREDIT: "#f9a825",
    TimelineKind.COMPLAINT: "#d84315",
    TimelineKind.SURVEY: "#7b1fa2",
    TimelineKind.TASK: "#37474f",
    TimelineKind.CONSENT: "#455a64",
}
# symbols that read the same in every language; other badges show their label's first letters
BADGE_SYMBOLS = {"email": "@", TimelineKind.COMPLAINT: "!", TimelineKind.TASK: "✓"}
DIRECTION_ARROWS = {"inbound": "←", "outbound": "→", "internal": "·"}


def _entry_of(index: AnyIndex) -> TimelineEntry | None:
    """The row's entry, read from the model directly (no QVariant round trip on every paint)."""
    model = index.model()
    return model.entry_at(index.row()) if isinstance(model, TimelineModel) else None


def _day_of(index: AnyIndex) -> date | None:
    model = index.model()
    return model.day_at(index.row()) if isinstance(model, TimelineModel) else None


def badge_key(entry: TimelineEntry) -> str:
    """The channel for interactions, otherwise the kind: what the round badge shows."""
    return entry.channel if entry.kind is TimelineKind.INTERACTION and entry.channel else entry.kind


def badge_text(key: str) -> str:
    """'@', '!', '✓', else the first two letters of the translated label ('Or' for an order in
    English, 'Be' for a Bestellung in German)."""
    return BADGE_SYMBOLS.get(key) or enum_label(key)[:2]


def meta_line(entry: TimelineEntry, with_contact: bool) -> str:
    """'14:30 → Phone · Sam · Anna Berg': when, which way, how, who."""
    parts = [format_time(entry.at)]
    if entry.direction:
        parts.append(DIRECTION_ARROWS.get(entry.direction, ""))
    label = (entry.channel or "") if entry.kind is TimelineKind.INTERACTION else entry.kind
    parts.append(enum_label(label))
    text = " ".join(p for p in parts if p)
    extras = [x for x in (entry.staff, entry.contact_name if with_contact else None) if x]
    return " · ".join([text, *extras])


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, is_expanded: Callable[[TimelineEntry], bool], with_contact: bool) -> None:
        super().__init__()
        self._is_expanded, self._with_contact = is_expanded, with_contact

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        entry = _entry_of(index)
        if entry is None:
            return QSize(200, metrics.height() + 2 * PAD)
        height = max(BADGE, 2 * metrics.height() + LINE_GAP) + 2 * PAD
        text = detail(entry) if self._is_expanded(entry) else ""
        if text:
            width = max(100, option.rect.width() - BADGE - 3 * PAD)
            flags = int(Qt.TextFlag.TextWordWrap)
            height += metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
            height += PAD
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        painter.save()
        entry = _entry_of(index)
        if entry is not None:
            self._paint_entry(painter, option, rect, palette, entry)
        else:
            paint_day_header(painter, rect, palette, option.font, _day_of(index))
        painter.restore()

    def _paint_entry(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        palette: QPalette,
        entry: TimelineEntry,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_colour = palette.highlightedText() if selected else palette.text()
        font: QFont = option.font
        metrics = QFontMetrics(font)
        key = badge_key(entry)
        colour = CHANNEL_COLOURS.get(key) or KIND_COLOURS.get(TimelineKind(key), "#616161")
        badge = QRect(rect.left() + PAD, rect.top() + PAD, BADGE, BADGE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(badge)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text(key))
        left = badge.right() + PAD
        width = rect.right() - left - PAD
        line = metrics.height()
        painter.setPen(
            palette.color(QPalette.ColorRole.PlaceholderText)
            if not selected
            else text_colour.color()
        )
        meta = metrics.elidedText(
            meta_line(entry, self._with_contact), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRect(left, rect.top() + PAD, width, line), Qt.AlignmentFlag.AlignLeft, meta
        )
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour.color())
        title = QFontMetrics(bold).elidedText(summary(entry), Qt.TextElideMode.ElideRight, width)
        top = rect.top() + PAD + line + LINE_GAP
        painter.drawText(QRect(left, top, width, line), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(font)
        text = detail(entry) if self._is_expanded(entry) else ""
        if text:
            body = QRect(left, top + line + PAD, width, rect.bottom() - top - line - PAD)
            painter.drawText(body, int(Qt.TextFlag.TextWordWrap), text)
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(left, rect.bottom(), rect.right() - PAD, rect.bottom())


def day_title(day: date | None) -> str:
    """'Monday, 2 March 2026' in the person's locale."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def paint_day_header(
    painter: QPainter, rect: QRect, palette: QPalette, font: QFont, day: date | None
) -> None:
    painter.fillRect(rect, palette.alternateBase())
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    inner = rect.adjusted(PAD, 0, -PAD, 0)
    painter.drawText(
        inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, day_title(day)
    )
