"""An in-memory keychain for tests, so nothing touches the user's real keychain."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

# Child processes started by tests get keyring's null backend (no keychain: importable in a
# frozen build too) and take their key from the test's passphrase file instead.
CHILD_BACKEND = "keyring.backends.null.Keyring"


class FakeKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)

    def entries(self) -> dict[str, str]:
        return {f"{service}\n{user}": secret for (service, user), secret in self._entries.items()}
