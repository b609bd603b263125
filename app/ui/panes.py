"""The panes of the main window, in navigation order. Each is built the first time it is shown,
so a pane's heavy imports (pyqtgraph for the dashboard) cost nothing at start-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.i18n import QT_TRANSLATE_NOOP, deferred_tr

if TYPE_CHECKING:  # the start-up's first frame lists the panes before the ORM is loaded
    from app.bootstrap import AppContext
    from app.ui.common.shell import Shell

NAVIGATION_STYLE = """
QListWidget#navigation { background: palette(base); padding-top: 8px; }
QListWidget#navigation::item { padding: 7px 14px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
"""
NAVIGATION_WIDTH = 190


@dataclass(frozen=True, slots=True)
class PaneSpec:
    key: str
    title: Callable[[], str]  # translated when shown, so a language switch applies
    build: Callable[[AppContext, Shell], QWidget]  # the widget satisfies common.shell.Pane


def _title(text: str) -> Callable[[], str]:
    return deferred_tr("Navigation", text)


def _contacts(ctx: AppContext, shell: Shell) -> QWidget:
    from app.ui.contacts.view import ContactsPane  # noqa: PLC0415 - built on first show

    return ContactsPane(ctx, shell=shell)


def _timeline(ctx: AppContext, shell: Shell) -> QWidget:
    from app.ui.timeline.view import TimelinePane  # noqa: PLC0415

    return TimelinePane(ctx, shell=shell)


def _complaints(ctx: AppContext, shell: Shell) -> QWidget:
    from app.ui.complaints.view import ComplaintsPane  # noqa: PLC0415

    return ComplaintsPane(ctx, shell=shell)


def _tasks(ctx: AppContext, shell: Shell) -> QWidget:
    from app.ui.tasks.view import TasksPane  # noqa: PLC0415

    return TasksPane(ctx, shell=shell)


def _dashboard(ctx: AppContext, shell: Shell) -> QWidget:
    from app.ui.dashboard.view import DashboardPane  # noqa: PLC0415

    return DashboardPane(ctx, shell=shell)


PANES: tuple[PaneSpec, ...] = (
    PaneSpec("contacts", _title(QT_TRANSLATE_NOOP("Navigation", "Contacts")), _contacts),
    PaneSpec("timeline", _title(QT_TRANSLATE_NOOP("Navigation", "Timeline")), _timeline),
    PaneSpec("complaints", _title(QT_TRANSLATE_NOOP("Navigation", "Complaints")), _complaints),
    PaneSpec("tasks", _title(QT_TRANSLATE_NOOP("Navigation", "Tasks")), _tasks),
    PaneSpec("dashboard", _title(QT_TRANSLATE_NOOP("Navigation", "Dashboard")), _dashboard),
)
