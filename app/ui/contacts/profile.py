"""The 360° customer view: header, key figures from contact_stats, and a tab per related list.

The tabs are a registry (PROFILE_TABS) of factories building each tab's widget for one contact;
each tab is built only when first shown. A tab gets the window's operations runner: what it
writes is announced there, so the list row, the other panes and the header hear of it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.enums import MethodKind
from app.services.contacts import ContactProfile
from app.ui.automations.upcoming import UpcomingFollowUps
from app.ui.common.empty_state import EmptyState
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.formatting import format_money, format_number
from app.ui.common.operations import Operations
from app.ui.contacts.dialogs import unverified_text, unverified_tip
from app.ui.contacts.model import local_date
from app.ui.contacts.related import orders_tab, surveys_tab, tasks_tab
from app.ui.dashboard.reasons import reasons_label
from app.ui.i18n import enum_label

TabFactory = Callable[[AppContext, int, Operations], QWidget]
FORM_SPACING = 2  # between the header's rows: the tabs below keep room at 700 px high


@dataclass(frozen=True, slots=True)
class ProfileTab:
    key: str
    title: Callable[[], str]
    factory: TabFactory


def _timeline(ctx: AppContext, contact_id: int, operations: Operations) -> QWidget:
    from app.ui.timeline.view import ContactTimelineWidget  # noqa: PLC0415 - built on first open

    return ContactTimelineWidget(ctx, contact_id, operations)


def _complaints(ctx: AppContext, contact_id: int, operations: Operations) -> QWidget:
    from app.ui.complaints.view import ContactComplaintsWidget  # noqa: PLC0415

    return ContactComplaintsWidget(ctx, contact_id, operations)


def _privacy(ctx: AppContext, contact_id: int, operations: Operations) -> QWidget:
    from app.ui.privacy.tab import PrivacyTab  # noqa: PLC0415

    return PrivacyTab(ctx, contact_id, operations)


def _read_only(build: Callable[[AppContext, int], QWidget]) -> TabFactory:
    """A tab that only reads (it writes nothing to announce)."""
    return lambda ctx, contact_id, _operations: build(ctx, contact_id)


PROFILE_TABS: tuple[ProfileTab, ...] = (
    ProfileTab(
        "timeline",
        lambda: QCoreApplication.translate("ContactProfile", "Timeline"),
        _timeline,
    ),
    ProfileTab(
        "complaints",
        lambda: QCoreApplication.translate("ContactProfile", "Complaints"),
        _complaints,
    ),
    ProfileTab(
        "orders",
        lambda: QCoreApplication.translate("ContactProfile", "Orders"),
        _read_only(orders_tab),
    ),
    ProfileTab(
        "surveys",
        lambda: QCoreApplication.translate("ContactProfile", "Surveys"),
        _read_only(surveys_tab),
    ),
    ProfileTab(
        "tasks",
        lambda: QCoreApplication.translate("ContactProfile", "Tasks"),
        tasks_tab,
    ),
    ProfileTab(
        "privacy",
        lambda: QCoreApplication.translate("ContactProfile", "Privacy && consent"),
        _privacy,
    ),
)


def nps_category(score: int | None) -> str:
    if score is None:
        return QCoreApplication.translate("ContactProfile", "no answer")
    if score >= 9:
        return QCoreApplication.translate("ContactProfile", "promoter (%1)").replace(
            "%1", str(score)
        )
    if score >= 7:
        return QCoreApplication.translate("ContactProfile", "passive (%1)").replace(
            "%1", str(score)
        )
    return QCoreApplication.translate("ContactProfile", "detractor (%1)").replace("%1", str(score))


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _linked() -> QLabel:
    """A label whose mailto:/tel: links open the desktop's mail or phone program."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    label.setWordWrap(True)
    return label


def _dial_string(phone: str) -> str:
    """The tel: form of a phone as typed: its digits, with a leading + kept."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return ("+" if phone.strip().startswith("+") else "") + digits


def reach_html(
    kind: MethodKind, values: Iterable[tuple[str, str]], unverified: frozenset[str] = frozenset()
) -> str:
    """(value, label) pairs as lines; e-mails and phones as mailto:/tel: links, a phone in
    `unverified` marked as such."""
    lines = []
    for value, label in values:
        shown = html.escape(value)
        if kind is MethodKind.EMAIL:
            shown = f'<a href="mailto:{html.escape(value, quote=True)}">{shown}</a>'
        elif kind is MethodKind.PHONE and _dial_string(value).strip("+"):
            shown = f'<a href="tel:{_dial_string(value)}">{shown}</a>'
        if kind is MethodKind.PHONE and value in unverified:
            shown += f" <i>⚠ {html.escape(unverified_text())}</i>"
        lines.append(shown + (f" ({html.escape(label)})" if label else ""))
    return "<br>".join(lines)


class ContactProfileView(QWidget):
    """Shows one contact; `show_contact` rebuilds the tabs for it. Shown on its own (no
    `operations` given) its tabs share a runner of its own."""

    def __init__(
        self,
        ctx: AppContext,
        tabs: tuple[ProfileTab, ...] = PROFILE_TABS,
        parent: QWidget | None = None,
        *,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._tabs = ctx, tabs
        self._operations = operations or Operations(self)
        self.contact_id: int | None = None
        self.name_label = _plain()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.subtitle_label = _plain()
        self.tags_label = _plain()
        self.custom_label = _plain()  # the business's own fields that have a value
        self.follow_ups_label = UpcomingFollowUps(ctx)  # what the automation rules planned
        for label in (self.name_label, self.subtitle_label, self.tags_label, self.custom_label):
            label.setWordWrap(True)  # the view may be narrow (the list keeps the width)
        self._build_reach()
        self.figure_labels: dict[str, QLabel] = {}
        figures = QFormLayout()
        figures.setVerticalSpacing(FORM_SPACING)
        for key, title in (
            ("ltv", self.tr("Lifetime value")),
            ("orders", self.tr("Orders")),
            ("last_order", self.tr("Last order")),
            ("nps", self.tr("Last NPS")),
            ("complaints", self.tr("Open complaints")),
            ("churn", self.tr("Churn risk")),
        ):
            self.figure_labels[key] = _plain()
            self.figure_labels[key].setWordWrap(True)
            figures.addRow(title, self.figure_labels[key])
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        self._build_tab_row()
        self._built: set[int] = set()
        self.tab_widget.currentChanged.connect(self._build_tab)
        self.empty = EmptyState(
            self.tr("No contact selected"),
            self.tr("Pick a contact in the list to see their figures, history and complaints."),
        )
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.addWidget(self.name_label)
        body.addWidget(self.subtitle_label)
        body.addWidget(self.tags_label)
        body.addWidget(self.custom_label)
        body.addLayout(self.reach)
        body.addWidget(self.follow_ups_label)
        row = QHBoxLayout()
        row.addLayout(figures)
        row.addStretch(1)
        body.addLayout(row)
        body.addWidget(self.tab_row)
        body.addWidget(self.tab_widget, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self.body.hide()

    def _build_reach(self) -> None:
        """The rows telling how to reach the person (filled per contact, hidden when empty)."""
        self.reach = QFormLayout()
        self.reach.setVerticalSpacing(FORM_SPACING)
        self.reach_labels: dict[MethodKind | str, QLabel] = {}
        for key, title in (
            (MethodKind.EMAIL, self.tr("E-mail")),
            (MethodKind.PHONE, self.tr("Phone")),
            (MethodKind.ADDRESS, self.tr("Address")),
            ("city", self.tr("City")),
            (MethodKind.URL, self.tr("Web")),
            (MethodKind.SOCIAL, self.tr("Social")),
            ("job", self.tr("Job title")),
        ):
            self.reach_labels[key] = _plain() if key in ("city", "job") else _linked()
            self.reach_labels[key].setWordWrap(True)
            self.reach.addRow(title, self.reach_labels[key])

    def _build_tab_row(self) -> None:
        """Buttons that choose the tab and wrap onto a second line: the tabs' own bar hid
        most tabs behind scroll arrows in the narrow view."""
        self.tab_widget.tabBar().hide()
        self.tab_buttons = QButtonGroup(self)
        self.tab_buttons.setExclusive(True)
        self.tab_row = QWidget()
        self.tab_row.setAccessibleName(self.tr("Customer details"))
        flow = FlowLayout(self.tab_row)
        for index, tab in enumerate(self._tabs):
            button = QToolButton()
            button.setText(tab.title())
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.tab_buttons.addButton(button, index)
            flow.addWidget(button)
        self.tab_buttons.idClicked.connect(self.tab_widget.setCurrentIndex)

    def show_contact(self, contact_id: int | None) -> None:
        """Fill the view for `contact_id`, or show the empty state for None."""
        self.contact_id = contact_id
        self.body.setVisible(contact_id is not None)
        self.empty.setVisible(contact_id is None)
        if contact_id is None:
            return
        self._fill(self._ctx.contacts.profile(contact_id))
        current = self.tab_widget.currentIndex()
        while self.tab_widget.count():
            widget = self.tab_widget.widget(0)
            self.tab_widget.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self._built.clear()
        self.tab_widget.blockSignals(True)
        for tab in self._tabs:
            self.tab_widget.addTab(QWidget(), tab.title())  # built when first shown
        self.tab_widget.setCurrentIndex(max(current, 0))
        self.tab_widget.blockSignals(False)
        self._build_tab(self.tab_widget.currentIndex())

    def _build_tab(self, index: int) -> None:
        """Replace a tab's placeholder with its widget the first time it is shown, so moving
        through the list costs one tab's query, not all of them."""
        if index >= 0 and self.tab_buttons.button(index) is not None:
            self.tab_buttons.button(index).setChecked(True)
        if self.contact_id is None or index < 0 or index in self._built:
            return
        self._built.add(index)
        tab = self._tabs[index]
        placeholder = self.tab_widget.widget(index)
        self.tab_widget.blockSignals(True)
        self.tab_widget.removeTab(index)
        widget = tab.factory(self._ctx, self.contact_id, self._operations)
        self.tab_widget.insertTab(index, widget, tab.title())
        self.tab_widget.setCurrentIndex(index)
        self.tab_widget.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()

    def refresh_header(self) -> None:
        """Read the shown contact's name, details and figures again (the tabs stay)."""
        if self.contact_id is not None:
            self._fill(self._ctx.contacts.profile(self.contact_id))

    def _fill(self, profile: ContactProfile) -> None:
        contact = profile.contact
        self.name_label.setText(contact.display_name)
        stage = enum_label(contact.stage)
        parts = [
            stage,
            contact.company or "",
            profile.owner and self.tr("owner: %1").replace("%1", profile.owner),
        ]
        self.subtitle_label.setText(" · ".join(p for p in parts if p))
        self.tags_label.setText(", ".join(profile.tags) if profile.tags else self.tr("No tags"))
        self.tags_label.setVisible(True)
        custom = [
            f"{d.label}: {contact.custom[d.key]}"
            for d in self._ctx.settings.custom_fields()
            if contact.custom.get(d.key)
        ]
        self.custom_label.setText(" · ".join(custom))
        self.custom_label.setVisible(bool(custom))
        self._fill_reach(profile)
        self.follow_ups_label.show_contact(contact.id)
        pending = self.tr("not computed yet")
        figures = self.figure_labels
        if profile.stats_computed:
            currency = self._ctx.settings.business().currency
            figures["ltv"].setText(format_money(profile.lifetime_value_minor, currency))
            figures["orders"].setText(format_number(profile.order_count))
            figures["last_order"].setText(
                local_date(profile.last_order_at) if profile.last_order_at else self.tr("none")
            )
            figures["complaints"].setText(str(profile.open_complaints))
        else:
            for key in ("ltv", "orders", "last_order", "complaints"):
                figures[key].setText(pending)
        figures["nps"].setText(nps_category(profile.last_nps))
        if profile.churn_risk is None:
            figures["churn"].setText(pending)
        else:
            reasons = reasons_label(profile.churn_reasons)
            figures["churn"].setText(
                f"{profile.churn_risk} / 100" + (f" — {reasons}" if reasons else "")
            )

    def _fill_reach(self, profile: ContactProfile) -> None:
        """E-mails, phones (as links), addresses, city, web and job title; empty rows hide."""
        contact = profile.contact
        main = {MethodKind.EMAIL: contact.email or "", MethodKind.PHONE: contact.phone or ""}
        for kind in MethodKind:
            first = main.get(kind, "")
            values = [(first, "")] if first else []
            values += [(m.value, m.label) for m in profile.methods if m.kind is kind]
            self._show_row(kind, reach_html(kind, values, profile.unverified_phones))
        phones = self.reach_labels[MethodKind.PHONE]
        phones.setToolTip(unverified_tip() if profile.unverified_phones else "")
        self._show_row("city", contact.city or "")
        self._show_row("job", contact.job_title or "")

    def _show_row(self, key: MethodKind | str, text: str) -> None:
        label = self.reach_labels[key]
        label.setText(text)
        self.reach.setRowVisible(label, bool(text))
