"""Opening the import wizard, the export dialog and "undo last import" from the main window
(menu entries in app/ui/actions.py, the first-run screen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.common.formatting import format_number
from app.ui.import_export.export_dialog import ExportDialog
from app.ui.import_export.wizard import ImportWizard

if TYPE_CHECKING:
    from app.ui.common.shell import Shell


def open_import_wizard(shell: Shell) -> ImportWizard:
    """The import wizard, modeless over the window; it shares the window's UI preferences,
    and what it imported (or undid) reaches every pane through the operations runner."""
    wizard = ImportWizard(shell.ctx, shell.prefs, shell.dialog_parent())
    wizard.imported.connect(lambda changes: shell.operations.announce(changes, wizard))
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard


def open_export_dialog(shell: Shell) -> ExportDialog:
    """The export dialog, offering the contacts pane's selection and its search and filters
    (when the pane has been opened) beside all contacts and the segments."""
    from app.ui.contacts.view import ContactsPane  # noqa: PLC0415 - the pane is built on show

    pane = shell.built_pane("contacts")
    contacts = pane if isinstance(pane, ContactsPane) else None
    dialog = ExportDialog(
        shell.ctx,
        contacts.selected_ids() if contacts else None,
        shell.dialog_parent(),
        current=contacts.current_filter() if contacts else None,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def undo_last_import(shell: Shell) -> None:
    """Ask, then undo the last import; says so when there is none."""
    title = QCoreApplication.translate("ImportExport", "Undo Last Import")
    last = shell.ctx.imports.last_import()
    if last is None:
        QMessageBox.information(
            shell.dialog_parent(),
            title,
            QCoreApplication.translate("ImportExport", "There is no import to undo."),
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
    if (
        QMessageBox.question(shell.dialog_parent(), title, question)
        != QMessageBox.StandardButton.Yes
    ):
        return
    shell.operations.run(lambda: shell.ctx.imports.undo_last().changes, undo_last_import)
