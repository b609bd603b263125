"""The contract between the window and what lives in it.

Panes and window-wide actions get a `Shell` (the main window is one), never the concrete
`MainWindow`; the window talks to panes through `Pane`. Neither probes the other with getattr.
A pane shown on its own (a test, a tool window) gets a `LocalShell`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.contact_query import ContactFilter
from app.services.changes import Changes
from app.services.team import who_am_i
from app.ui.common.operations import Operations


class Shell(Protocol):
    """What a pane or an action may ask of the window around it."""

    @property
    def ctx(self) -> AppContext: ...

    @property
    def prefs(self) -> UiPrefs:
        """The person's UI preferences; the window saves them on close."""
        ...

    @property
    def operations(self) -> Operations:
        """The runner every write goes through; its `did_execute` reaches every pane."""
        ...

    def dialog_parent(self) -> QWidget:
        """The widget dialogs opened for the shell are modal to."""
        ...

    def save_prefs(self) -> None: ...

    def show_pane(self, key: str) -> None: ...

    def pane(self, key: str) -> QWidget:
        """The pane for `key`, built on first use."""
        ...

    def built_pane(self, key: str) -> QWidget | None:
        """The pane for `key` if it has been built, without building it."""
        ...

    def show_status(self, message: str, timeout_ms: int = 8000) -> None:
        """A line in the status bar."""
        ...

    def open_contact(self, contact_id: int) -> None: ...

    def show_contacts(self, query: ContactFilter) -> None:
        """The contacts list filtered to `query` (a dashboard insight clicked)."""
        ...

    def open_settings(self, page: int = 0) -> object: ...

    def open_palette(self) -> object: ...

    def trigger(self, action_key: str) -> bool:
        """Trigger a window-wide action by its ActionSpec key; False when there is none."""
        ...


@runtime_checkable
class Pane(Protocol):
    """What the window asks of every pane in PANES."""

    def apply(self, changes: Changes, origin: object) -> None:
        """Refresh only what `changes` names (connected to Operations.did_execute)."""
        ...

    def settings_changed(self) -> None:
        """Re-read what business settings change on screen (SLA clocks, currency)."""
        ...


class LocalShell:
    """The shell of a pane shown outside the main window: its own runner and preferences, no
    other panes, no status bar."""

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        self._ctx, self._widget = ctx, widget
        self._prefs = UiPrefs.load(ctx.paths.config_dir)
        self._operations = Operations(widget)
        self._operations.seat.update(who_am_i(ctx.db))

    @property
    def ctx(self) -> AppContext:
        return self._ctx

    @property
    def prefs(self) -> UiPrefs:
        return self._prefs

    @property
    def operations(self) -> Operations:
        return self._operations

    def dialog_parent(self) -> QWidget:
        return self._widget

    def save_prefs(self) -> None:
        self._prefs.save(self._ctx.paths.config_dir)

    def show_pane(self, key: str) -> None:
        """There are no other panes here."""

    def pane(self, key: str) -> QWidget:
        raise LookupError(key)

    def built_pane(self, key: str) -> QWidget | None:
        return None

    def show_status(self, message: str, timeout_ms: int = 8000) -> None:
        """There is no status bar; panes also show their messages themselves."""

    def open_contact(self, contact_id: int) -> None:
        """There is no contacts pane here."""

    def show_contacts(self, query: ContactFilter) -> None:
        """There is no contacts pane here."""

    def open_settings(self, page: int = 0) -> object:
        return None

    def open_palette(self) -> object:
        return None

    def trigger(self, action_key: str) -> bool:
        return False
