"""The key options every sub-command accepts, and backup/restore/privacy from the command line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import keyring
import pytest
from app.bootstrap import build_context
from app.cli import main
from app.config.paths import AppPaths
from app.domain.errors import UserError
from app.services.security import PASSPHRASE_FILE_ENV, KeyRequest
from app.storage.engine import is_plain_sqlite
from keyring.backends import fail

from tests.fake_keyring import FakeKeyring


def _private(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


@pytest.fixture
def no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """No keychain and no passphrase file in the environment."""
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv(PASSPHRASE_FILE_ENV)


def test_without_keychain_or_passphrase_the_command_exits_2(
    tmp_path: Path, no_keychain: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--db", str(tmp_path / "x.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--passphrase-file" in err
    assert not (tmp_path / "x.db").exists()


def test_passphrase_file_must_be_private(
    tmp_path: Path, no_keychain: None, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = _private(tmp_path / "pw", "a long passphrase here")
    secret.chmod(0o644)
    assert main(["demo", "--db", str(tmp_path / "x.db"), "--passphrase-file", str(secret)]) == 2
    assert "can be read by other users" in capsys.readouterr().err


def test_passphrase_from_file_or_variable_opens_for_every_command(
    tmp_path: Path,
    no_keychain: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = str(tmp_path / "x.db")
    secret = str(_private(tmp_path / "pw", "a long passphrase here"))
    assert main(["demo", "--db", db, "--passphrase-file", secret]) == 0
    assert "recovery key, shown only this once" in capsys.readouterr().err
    assert not is_plain_sqlite(Path(db))
    assert main(["check", "--db", db]) == 2
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, secret)
    assert main(["check", "--db", db]) == 0
    wrong = str(_private(tmp_path / "wrong", "not the passphrase"))
    assert main(["backup", "--db", db, "--passphrase-file", wrong]) == 2
    assert "does not open" in capsys.readouterr().err


def test_plain_option_creates_an_unencrypted_database(tmp_path: Path) -> None:
    db = tmp_path / "plain.db"
    assert main(["demo", "--db", str(db), "--plain"]) == 0
    assert is_plain_sqlite(db)


def test_backup_then_restore_keeps_the_current_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "live.db")
    copy = tmp_path / "copy.db"
    assert main(["demo", "--db", db]) == 0
    assert main(["backup", "--db", db, "-o", str(copy), "--json"]) == 0
    capsys.readouterr()
    assert not is_plain_sqlite(copy)  # encrypted like the database
    assert main(["restore", str(copy), "--db", db, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert Path(payload["kept"]).exists()
    assert main(["check", "--db", db]) == 0


def test_restore_refuses_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "live.db"
    assert main(["demo", "--db", str(db)]) == 0
    before = db.read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    capsys.readouterr()
    assert main(["restore", str(junk), "--db", str(db)]) == 2
    assert f"{junk} is not a Rapport database" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_privacy_export_and_erase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "p.db")
    assert main(["demo", "--db", db]) == 0
    from app.bootstrap import build_context  # noqa: PLC0415

    ctx = build_context(db)
    email = ctx.contacts.get(1).email
    ctx.close()
    assert email
    out = tmp_path / "export.zip"
    assert main(["privacy", "export", "--contact", email, "-o", str(out), "--db", db]) == 0
    with zipfile.ZipFile(out) as bundle:
        data = json.loads(bundle.read("data.json"))
        assert "contact.csv" in bundle.namelist()
    assert data["contact"][0]["email"] == email
    assert main(["privacy", "erase", "--contact", email, "--db", db]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["privacy", "erase", "--contact", email, "--yes", "--db", db]) == 0
    assert main(["privacy", "export", "--contact", email, "--db", db]) == 2
    assert "No contact has" in capsys.readouterr().err


def test_a_throwaway_key_never_reaches_the_keychain(
    tmp_path: Path, paths: AppPaths, fake_keyring: FakeKeyring
) -> None:
    """KeyRequest(use_keychain=False) keys the file from the prompt alone (the self-test's way)."""
    secret = "correct horse battery staple"  # noqa: S105 - a test passphrase
    keys = KeyRequest(lambda _reason, _path: secret, use_keychain=False)
    path = tmp_path / "throwaway.db"
    created = build_context(path, paths=paths, keys=keys)
    assert created.encrypted
    created.close()
    assert fake_keyring.entries() == {}
    assert path.read_bytes()[:15] != b"SQLite format 3"
    with pytest.raises(UserError, match="keychain holds no key"):
        build_context(path, paths=paths, keys=KeyRequest(use_keychain=False))
    build_context(path, paths=paths, keys=keys).close()
    assert fake_keyring.entries() == {}
