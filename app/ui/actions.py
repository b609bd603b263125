"""Window-wide actions that any pane or dialog contributes (new contact, log interaction, new
complaint, import...): each gets a menu entry and a shortcut in the main window, and later the
command palette lists them all. Features add an ActionSpec here instead of editing the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from app.ui.i18n import QT_TRANSLATE_NOOP, deferred_tr

if TYPE_CHECKING:
    from app.ui.common.shell import Shell


class Menu(StrEnum):
    FILE = "file"
    CUSTOMER = "customer"
    GO = "go"


@dataclass(frozen=True)
class ActionSpec:
    key: str
    title: Callable[[], str]  # translated when the menu is built
    menu: Menu
    run: Callable[[Shell], None]
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str = ""  # a name from app.ui.icons; "" for none
    writes: bool = False  # changes the data: disabled on a team viewer's copy


# The main window's toolbar: global action keys in order, None for a separator.
TOOLBAR: tuple[str | None, ...] = (
    "contact.new",
    "log_interaction",
    "new_complaint",
    "new_task",
    None,
    "import.open",
    "export.open",
    None,
    "palette.open",
    "settings.open",
)


def action_title(text: str) -> Callable[[], str]:
    """A title translated in the "Actions" context at display time."""
    return deferred_tr("Actions", text)


def _new_contact(shell: Shell) -> None:
    from app.ui.contacts.view import ContactsPane  # noqa: PLC0415 - built on first use

    shell.show_pane("contacts")
    pane = shell.pane("contacts")
    if isinstance(pane, ContactsPane):
        pane.new_contact()


def _new_complaint(shell: Shell) -> None:
    from app.ui.complaints.view import open_new_complaint  # noqa: PLC0415 - built on first use

    open_new_complaint(shell)


def _log_interaction(shell: Shell) -> None:
    from app.ui.quick_log.dialog import QuickLogDialog  # noqa: PLC0415 - built on first use

    dialog = QuickLogDialog(shell.ctx, shell.dialog_parent())
    if dialog.exec():
        shell.operations.announce(dialog.changes, dialog)


def _new_task(shell: Shell) -> None:
    from app.ui.tasks.dialogs import NewTaskDialog  # noqa: PLC0415 - built on first use

    me = shell.operations.seat.staff_id
    dialog = NewTaskDialog(shell.ctx, shell.dialog_parent(), owner_id=me)
    if dialog.exec():
        shell.operations.announce(dialog.changes, dialog)


def _import(shell: Shell) -> None:
    from app.ui.import_export.launch import open_import_wizard  # noqa: PLC0415 - built on use

    open_import_wizard(shell)


def _export(shell: Shell) -> None:
    from app.ui.import_export.launch import open_export_dialog  # noqa: PLC0415

    open_export_dialog(shell)


def _undo_import(shell: Shell) -> None:
    from app.ui.import_export.launch import undo_last_import  # noqa: PLC0415

    undo_last_import(shell)


def _settings(shell: Shell) -> None:
    shell.open_settings()


def _palette(shell: Shell) -> None:
    shell.open_palette()


def key_sequence(shortcut: QKeySequence.StandardKey | str | None) -> QKeySequence:
    """The spec's shortcut; a standard key this platform leaves unbound falls back to the
    common binding (Preferences and Quit have none on some Linux platforms)."""
    if shortcut is None:
        return QKeySequence()
    if isinstance(shortcut, str):
        return QKeySequence(shortcut)
    keys = QKeySequence.keyBindings(shortcut)
    fallback = {
        QKeySequence.StandardKey.Preferences: "Ctrl+,",
        QKeySequence.StandardKey.Quit: "Ctrl+Q",
    }
    if keys:
        return keys[0]
    return QKeySequence(fallback.get(shortcut, ""))


# The window's own File and Help entries (built by the window and the security actions, not
# ActionSpecs) and their keys. Qt has no standard key for these; Ctrl+Shift+letter avoids the
# ones Qt does define (Ctrl+Shift+A deselect, S save as, Z redo), input methods' Ctrl+Shift+U and
# AltGr (Ctrl+Alt) combinations that type characters on European keyboards.
WINDOW_SHORTCUTS: dict[str, QKeySequence.StandardKey | str] = {
    "database.new": "Ctrl+Shift+D",
    "database.open": QKeySequence.StandardKey.Open,
    "backup.restore": "Ctrl+Shift+R",
    "encryption.open": "Ctrl+Shift+L",
    "audit.open": "Ctrl+Shift+H",
    "help.about": "Ctrl+Shift+F1",
    "sync.now": "Ctrl+Shift+Y",
}

# Features append their entries here (kept in menu order).
GLOBAL_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "contact.new",
        action_title(QT_TRANSLATE_NOOP("Actions", "&New Contact…")),
        Menu.CUSTOMER,
        _new_contact,
        QKeySequence.StandardKey.New,
        "add",
        writes=True,
    ),
    ActionSpec(
        "new_complaint",
        action_title(QT_TRANSLATE_NOOP("Actions", "New &Complaint…")),
        Menu.CUSTOMER,
        _new_complaint,
        "Ctrl+Shift+N",
        "complaints",
        writes=True,
    ),
    ActionSpec(
        "log_interaction",
        action_title(QT_TRANSLATE_NOOP("Actions", "Log Interaction…")),
        Menu.CUSTOMER,
        _log_interaction,
        "Ctrl+L",
        "note",
        writes=True,
    ),
    ActionSpec(
        "new_task",
        action_title(QT_TRANSLATE_NOOP("Actions", "New &Task…")),
        Menu.CUSTOMER,
        _new_task,
        "Ctrl+T",
        "tasks",
        writes=True,
    ),
    ActionSpec(
        "import.open",
        action_title(QT_TRANSLATE_NOOP("Actions", "&Import…")),
        Menu.FILE,
        _import,
        "Ctrl+Shift+I",
        "import",
        writes=True,
    ),
    ActionSpec(
        "export.open",
        action_title(QT_TRANSLATE_NOOP("Actions", "&Export…")),
        Menu.FILE,
        _export,
        "Ctrl+Shift+E",
        "export",
    ),
    ActionSpec(
        "import.undo",
        action_title(QT_TRANSLATE_NOOP("Actions", "&Undo Last Import")),
        Menu.FILE,
        _undo_import,
        None,  # no key: undoing a whole import should never happen by a slip of the fingers
        "undo",
        writes=True,
    ),
    ActionSpec(
        "settings.open",
        action_title(QT_TRANSLATE_NOOP("Actions", "&Settings…")),
        Menu.FILE,
        _settings,
        QKeySequence.StandardKey.Preferences,
        "settings",
    ),
    ActionSpec(
        "palette.open",
        action_title(QT_TRANSLATE_NOOP("Actions", "Command &Palette…")),
        Menu.GO,
        _palette,
        "Ctrl+K",
        "palette",
    ),
)
