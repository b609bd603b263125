"""The folders Rapport uses, from platformdirs, overridable for tests and portable installs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.config.private import private_folder

APP_NAME = "Rapport"
HOME_ENV = "RAPPORT_HOME"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Data (databases, attachments, backups), config (UI preferences) and log folders."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def from_environment(cls) -> AppPaths:
        """The platform folders, or everything under $RAPPORT_HOME when it is set."""
        home = os.environ.get(HOME_ENV)
        if home:
            root = Path(home)
            return cls(root / "data", root / "config", root / "logs")
        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def default_database(self) -> Path:
        return self.data_dir / "rapport.db"

    def ensure(self) -> None:
        """Create the folders (private to the user) if they are missing."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            private_folder(folder)
