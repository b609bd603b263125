"""Shared fixtures: every test gets its own folders, database and clock; nothing touches the
user's real data, config or keychain."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists
os.environ["LC_TELEPHONE"] = "de_DE.UTF-8"  # the default phone region (DE) on any machine

from app.bootstrap import AppContext, build_context
from app.config.paths import HOME_ENV, AppPaths
from app.domain.clock import FixedClock
from app.services.security import PASSPHRASE_FILE_ENV

from tests.fake_keyring import CHILD_BACKEND, FakeKeyring

TEST_PASSPHRASE = "test passphrase, not a secret"  # noqa: S105


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every platform folder at a temporary home for the test."""
    home = tmp_path / "home"
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.delenv("RAPPORT_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def fake_keyring(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeKeyring]:
    """Every test gets an empty in-memory keychain; child processes it starts get no keychain
    and a private passphrase file (TEST_PASSPHRASE) instead."""
    secret = isolated_home / "passphrase"
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(secret))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", CHILD_BACKEND)
    previous = keyring.get_keyring()
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def paths(isolated_home: Path) -> AppPaths:
    return AppPaths.from_environment()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))  # a Monday


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def ctx(db_path: Path, paths: AppPaths, clock: FixedClock) -> Iterator[AppContext]:
    context = build_context(db_path, paths=paths, clock=clock)
    yield context
    context.close()
