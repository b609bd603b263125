"""Customer data is private to its user: files 0600, folders 0700, whatever the umask.

The entry point narrows the umask once, so every file the process creates (databases, their
WAL, backups, exports, logs) starts private; files written to a path the person chose are made
private explicitly as well, since library code may run without that entry point.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def restrict_umask() -> int:
    """Let new files and folders be readable by their owner only; returns the old umask."""
    return os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """Owner-only access to an existing file or folder (no-op where POSIX modes do not apply)."""
    if os.name != "posix":
        return
    mode = FOLDER_MODE if path.is_dir() else FILE_MODE
    with contextlib.suppress(FileNotFoundError):
        path.chmod(mode)


def private_folder(path: Path) -> Path:
    """Create `path` (and missing parents) owner-only; tighten it if it already existed."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    make_private(path)
    return path
