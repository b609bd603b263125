"""The two kinds of failure: a person's mistake or the environment, and everything else (bugs).

A UserError carries an English template with named `{placeholders}` and the values for them, so
the CLI and the logs read the English sentence while the UI translates the template (context
ERROR_CONTEXT) and fills in the same values in the chosen language (`app.ui.i18n.error_text`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

ERROR_CONTEXT = "UserError"  # the lupdate context of every template and Term


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate in `context` and return it as it is (typed, unlike PySide6's).

    Qt-free, so domain, storage and services can mark the sentences the UI translates.
    """
    del context  # read by lupdate, not at run time
    return text


@dataclass(frozen=True, slots=True)
class Term:
    """An English word used as a field value that the UI translates too (e.g. a field label).

    The text must be marked with QT_TRANSLATE_NOOP(ERROR_CONTEXT, ...) where it is defined.
    """

    text: str

    def __str__(self) -> str:
        return self.text

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)


@dataclass(frozen=True, slots=True)
class Terms:
    """Several Terms shown as one comma-separated list."""

    items: tuple[Term, ...]

    def __str__(self) -> str:
        return ", ".join(term.text for term in self.items)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money as a field: English reads "1,234.50 EUR", the UI the locale's way."""

    minor: int  # cents
    currency: str  # ISO 4217

    def __str__(self) -> str:
        return f"{self.minor / 100:,.2f} {self.currency}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence kept as data after the error that said it (one bad cell of an import row, in a
    report): the English template marked for translation and its fields. str() is English; the UI
    shows `message_text(message)`. Compared by value and picklable, so reports made in worker
    processes stay equal to those made in one."""

    template: str
    fields: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, template: str, /, **fields: object) -> Message:
        """`Message.of(QT_TRANSLATE_NOOP("UserError", "no contact matches '{what}'"), what=w)`."""
        return cls(template, tuple(fields.items()))

    def __str__(self) -> str:
        return self.template.format_map(dict(self.fields)) if self.fields else self.template


class UserError(Exception):
    """Bad input or a problem in the environment, said in one plain sentence a person can act on.

    Raise it with a literal template marked for translation and the values of its fields:
    `UserError(QT_TRANSLATE_NOOP("UserError", "Contact #{id} does not exist."), id=7)`.
    `message` (and `str()`) is the English sentence; the CLI prints it on one line and exits
    non-zero; the UI shows `error_text(exc)`.
    """

    def __init__(self, template: str, /, **fields: object) -> None:
        # Without fields the template is the sentence as is: a plain message (or one built
        # before it got here) may hold braces of its own.
        message = template.format_map(fields) if fields else template
        super().__init__(message)
        self.message = message
        self.template = template
        self.fields: Mapping[str, object] = fields

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Keep template and fields across processes (Exception pickles only its message).
        return (_user_error, (self.template, dict(self.fields)))

    def said(self) -> Message:
        """What this error says, as data that outlives it."""
        return Message(self.template, tuple(self.fields.items()))


def _user_error(template: str, fields: dict[str, object]) -> UserError:
    return UserError(template, **fields)
