"""A keychain for tests: entries live in memory and, so child processes started by a test see
them too, in a JSON file in the test's temporary home. Never used outside the test suite."""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.config.paths import HOME_ENV
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

BACKEND_NAME = "tests.fake_keyring.FakeKeyring"


class FakeKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        home = os.environ.get(HOME_ENV)
        self._file = Path(home) / "fake-keyring.json" if home else None

    def _load(self) -> dict[str, str]:
        if self._file is None or not self._file.exists():
            return {}
        return dict(json.loads(self._file.read_text(encoding="utf-8")))

    def _save(self, entries: dict[str, str]) -> None:
        if self._file is not None:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            self._file.write_text(json.dumps(entries), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}\n{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(entries)

    def entries(self) -> dict[str, str]:
        return self._load()
