"""Logging to a rotating file in the platform log folder: bugs are written there with tracebacks."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

from app.config.private import make_private, private_folder

LOG_FILE = "rapport.log"
FAULT_FILE = "faults.log"
_fault_log: list[TextIO] = []  # kept open for the life of the process, as faulthandler needs


def configure_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Send every record to the log file (and warnings to stderr); returns the file's path."""
    private_folder(log_dir)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    make_private(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if getattr(sys, "frozen", False):
        _log_native_crashes(log_dir / FAULT_FILE)
    return path


def _log_native_crashes(path: Path) -> None:
    """A crash inside Qt or SQLite kills Python before logging runs; faulthandler still writes
    every thread's stack to this file. Only the installed app does this: it runs once per process.
    """
    stream = path.open("a", encoding="utf-8")
    faulthandler.enable(stream)
    _fault_log.append(stream)
