"""Reading what the operations runner showed, for tests of panes that write through it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def user_error_text(parent: QWidget) -> str:
    """The text of the one error message the runner opened over `parent`, which is closed."""
    (box,) = [b for b in parent.findChildren(QMessageBox, "user_error") if b.isVisible()]
    text = box.text()
    box.close()
    return text
