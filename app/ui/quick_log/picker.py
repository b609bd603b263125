"""A contact field that suggests contacts as you type (prefix search on the contact index)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.services.interactions import ContactChoice, InteractionService


class ContactPicker(QLineEdit):
    def __init__(self, service: InteractionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.contact_id: int | None = None
        self._choices: list[ContactChoice] = []
        self.setPlaceholderText(self.tr("Type a name, e-mail, phone or company"))
        self._suggestions = QStringListModel(self)
        self.suggester = QCompleter(self._suggestions, self)
        self.suggester.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggester.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(self.suggester)
        self.textEdited.connect(self._suggest)
        self.suggester.activated.connect(self._picked)

    def set_contact(self, contact_id: int) -> None:
        self.setText(self._service.contact_name(contact_id))
        self.contact_id = contact_id

    def suggestions(self) -> list[str]:
        return self._suggestions.stringList()

    def _suggest(self, typed: str) -> None:
        self.contact_id = None
        self._choices = self._service.find_contacts(typed)
        self._suggestions.setStringList([_label(c) for c in self._choices])

    def _picked(self, label: str) -> None:
        found = next((c for c in self._choices if _label(c) == label), None)
        if found is not None:
            self.contact_id = found.id
            self.setText(found.display_name)

    def chosen(self, *, required: bool = True) -> int | None:
        """The picked contact, or the only (or exactly named) suggestion for what was typed."""
        if self.contact_id is not None:
            return self.contact_id
        shown = self.text().strip()
        if not shown and not required:
            return None
        exact = [c for c in self._choices if c.display_name.casefold() == shown.casefold()]
        matches = exact or (self._choices if len(self._choices) == 1 else [])
        if len(matches) != 1:
            if not shown:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose a contact first."))
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Choose one contact for '{shown}' from the suggestions."
                ),
                shown=shown,
            )
        return matches[0].id


def _label(choice: ContactChoice) -> str:
    return f"{choice.display_name} — {choice.detail}" if choice.detail else choice.display_name
