"""Who this copy is on the team and whether it may write: the one place writing controls ask.

The window tells the `Seat` who it is (`services.team.who_am_i`) at start-up and after every
sync. Panes hand it their writing controls (`guard`) and, where a control's own state depends
on the selection, set it through `enable` rather than `setEnabled`: a viewer's copy then keeps
every one of them disabled, with a tooltip saying why, whatever the selection. The operations
runner refuses a write on a viewer's copy as the safety net.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.config.ui_prefs import UiPrefs
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.services.team import Me
from app.ui.i18n import error_text

Control = QAction | QWidget


def _viewer() -> UserError:
    """The one sentence a viewer's copy reads, on a disabled control and from the runner."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError", "Your role on the team hub is viewer: you can look, not change."
        )
    )


def _not_admin() -> UserError:
    """What a member reads on the team's settings and staff, which the hub takes from its
    administrators only (a member's change would be refused there and hold up every sync)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError", "Only the team's administrators change these; ask one of them."
        )
    )


@dataclass(slots=True)
class _Guarded:
    control: Control
    wanted: bool  # what the pane asked for (selection, list shown...)
    admins_only: bool  # it changes what only the hub's administrators may change
    own_tip: str  # the control's tooltip when it may write


class Seat(QObject):
    """This copy's place on the team (`me`) and the writing controls that follow its role."""

    changed = Signal()  # who I am or my role changed: "My …" filters and owners re-read

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.me: Me | None = None
        self._guarded: dict[int, _Guarded] = {}

    @property
    def read_only(self) -> bool:
        return self.me is not None and self.me.read_only

    @property
    def staff_id(self) -> int | None:
        """My staff row when I am in a team and the hub's staff know me; else None."""
        return None if self.me is None else self.me.staff_id

    def _refusal(self, admins_only: bool = False) -> UserError | None:
        if self.read_only:
            return _viewer()
        if admins_only and self.me is not None and self.me.role == "member":
            return _not_admin()
        return None

    def reason(self, admins_only: bool = False) -> str:
        """Why writing controls are disabled, in the interface language ("" when they are not)."""
        refusal = self._refusal(admins_only)
        return "" if refusal is None else error_text(refusal)

    def check_write(self, *, admins_only: bool = False) -> None:
        """The runner's safety net: a write this copy may not make is refused in one sentence."""
        refusal = self._refusal(admins_only)
        if refusal is not None:
            raise refusal

    def update(self, me: Me | None) -> None:
        """A new answer to "who am I" (start-up, after a sync, after joining or leaving)."""
        if me == self.me:
            return
        self.me = me
        for key in list(self._guarded):
            self._show(key)
        self.changed.emit()

    def guard(self, *controls: Control, admins_only: bool = False) -> None:
        """These controls write (and are otherwise always enabled): a viewer's copy keeps them
        disabled, saying why; so does a member's where only admins may change."""
        for control in controls:
            self.enable(control, admins_only=admins_only)

    def enable(self, control: Control, wanted: bool = True, *, admins_only: bool = False) -> None:
        """Enable a writing control when the pane wants it and this copy may write."""
        key = id(control)
        known = self._guarded.get(key)
        if known is None or known.control is not control:
            known = _Guarded(control, wanted, admins_only, control.toolTip())
            self._guarded[key] = known
            control.destroyed.connect(lambda _obj=None, k=key: self._guarded.pop(k, None))
        known.wanted = wanted
        self._show(key)

    def _show(self, key: int) -> None:
        known = self._guarded[key]
        if not shiboken6.isValid(known.control):
            del self._guarded[key]
            return
        reason = self.reason(known.admins_only)
        known.control.setEnabled(known.wanted and not reason)
        tip = "\n".join(t for t in (known.own_tip, reason) if t)
        known.control.setToolTip(tip)


def offer_mine(toggle: QAbstractButton, seat: Seat, prefs: UiPrefs | None, key: str) -> None:
    """Show a list's "My …" toggle only to a team member whom the hub's staff list knows, on
    when it was on last time (kept under prefs.extra[key]); its signal stays quiet."""
    mine = seat.staff_id is not None
    entry = None if prefs is None else prefs.extra.get(key)
    toggle.setVisible(mine)
    toggle.blockSignals(True)
    toggle.setChecked(mine and isinstance(entry, dict) and entry.get("mine") is True)
    toggle.blockSignals(False)


def remember_mine(prefs: UiPrefs, key: str, on: bool) -> None:
    """Keep a list's "My …" filter for next time, beside the list's other preferences."""
    entry = prefs.extra.get(key)
    prefs.extra[key] = {**(entry if isinstance(entry, dict) else {}), "mine": on}
