"""Logging to a rotating file in the platform log folder: bugs are written there with tracebacks."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "rapport.log"


def configure_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Send every record to the log file (and warnings to stderr); returns the file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
