"""Opening the import wizard, the export dialog and "undo last import" from the main window
(menu entries in app/ui/actions.py, the first-run screen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.errors import UserError
from app.services.changes import Changes
from app.ui.common.formatting import format_number
from app.ui.i18n import error_text
from app.ui.import_export.export_dialog import ExportDialog
from app.ui.import_export.wizard import ImportWizard

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def open_import_wizard(window: MainWindow) -> ImportWizard:
    """The import wizard, modeless over the window; it shares the window's UI preferences."""
    wizard = ImportWizard(window.ctx, window.prefs, window)
    wizard.imported.connect(lambda changes: refresh_after_import(window, changes))
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard


def open_export_dialog(window: MainWindow) -> ExportDialog:
    """The export dialog, offering the contacts pane's selection and its search and filters
    (when the pane has been opened) beside all contacts and the segments."""
    pane = window.built_pane("contacts")
    selected = getattr(pane, "selected_ids", None)
    current = getattr(pane, "current_filter", None)
    dialog = ExportDialog(
        window.ctx,
        selected() if callable(selected) else None,
        window,
        current=current() if callable(current) else None,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def undo_last_import(window: MainWindow) -> None:
    """Ask, then undo the last import; says so when there is none."""
    title = QCoreApplication.translate("ImportExport", "Undo Last Import")
    last = window.ctx.imports.last_import()
    if last is None:
        QMessageBox.information(
            window, title, QCoreApplication.translate("ImportExport", "There is no import to undo.")
        )
        return
    _uid, name, rows = last
    question = (
        QCoreApplication.translate(
            "ImportExport", "Undo the import of %1 (%2 contacts or rows created or updated)?"
        )
        .replace("%1", name)
        .replace("%2", format_number(rows))
    )
    if QMessageBox.question(window, title, question) != QMessageBox.StandardButton.Yes:
        return
    try:
        undone = window.ctx.imports.undo_last()
    except UserError as exc:
        QMessageBox.warning(window, title, error_text(exc))
        return
    refresh_after_import(window, undone.changes)


def refresh_after_import(window: MainWindow, changes: Changes) -> None:
    """Refresh the built panes an import (or its undo) touched: a pane that takes Changes gets
    the exact ids; the contacts list re-runs its id query (new ids take their sorted places);
    panes of interactions, orders and surveys refresh when those changed."""
    records = bool(changes.interactions or changes.txns or changes.surveys)
    for index in range(window.stack.count()):
        pane = window.stack.widget(index)
        apply_changes = getattr(pane, "apply_changes", None)
        apply_filter = getattr(pane, "apply_filter", None)
        refresh = getattr(pane, "refresh", None)
        if callable(apply_changes):
            apply_changes(changes)
        elif changes.contacts and callable(apply_filter):
            apply_filter()
        elif records and callable(refresh):
            refresh()
