"""UI preferences (window layout, last pane, list columns) as JSON in the user's config folder.

They belong to the person on this machine, not to the data, so they stay out of the database.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PREFS_FILE = "ui.json"


@dataclass(slots=True)
class UiPrefs:
    """Everything the UI remembers between runs; unknown keys in the file are ignored."""

    geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    last_pane: str = "contacts"
    columns: dict[str, list[str]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, config_dir: Path) -> UiPrefs:
        """Read the preferences; a missing or unreadable file gives the defaults (and logs)."""
        path = config_dir / PREFS_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Ignoring unreadable UI preferences %s: %s", path, exc)
            return cls()
        prefs = cls()
        for name in ("geometry", "window_state", "last_pane", "columns", "extra"):
            value = raw.get(name) if isinstance(raw, dict) else None
            if isinstance(value, type(getattr(prefs, name))):
                setattr(prefs, name, value)
        return prefs

    def save(self, config_dir: Path) -> None:
        """Write atomically (temp file + rename) so a crash never leaves half a file."""
        config_dir.mkdir(parents=True, exist_ok=True)
        path = config_dir / PREFS_FILE
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
