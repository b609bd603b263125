"""What an import's progress reports are about; the UI words them in the reader's language."""

from __future__ import annotations

from enum import StrEnum


class ImportStep(StrEnum):
    """The first argument of an import's progress callback.

    ROWS: rows read, checked and written so far (the second argument is that count; a file's
    row count is not known in advance). UPDATING: existing contacts being updated (the second
    argument is the share done, 0 to 1).
    """

    ROWS = "rows"
    UPDATING = "updating"
