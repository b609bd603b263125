"""Encryption at rest: new files are encrypted, keys live in the keychain (or come from a
passphrase), the recovery key alone reopens, a wrong secret changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.security import (
    KeyRequest,
    PromptReason,
    change_recovery_key,
    decrypt_file,
    encrypt_file,
    keychain_usable,
    parse_recovery_key,
    recovery_key_text,
)
from app.storage.database import Database
from app.storage.engine import (
    KEYRING_SERVICE,
    SQLITE_HEADER,
    encrypted_cache_kib,
    encrypted_uid,
    is_plain_sqlite,
)
from hypothesis import given
from hypothesis import strategies as st
from keyring.backends import fail

from tests.fake_keyring import FakeKeyring

SEEDED = "seeded.person@example.org"


def _add(ctx: AppContext, email: str = SEEDED) -> int:
    return ctx.contacts.create(ContactDraft(first_name="Ada", last_name="Byron", email=email)).id


def _file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_new_database_is_encrypted_with_no_seeded_email_in_clear(
    ctx: AppContext, fake_keyring: FakeKeyring
) -> None:
    _add(ctx)
    assert ctx.db.path is not None
    assert ctx.encrypted
    assert not ctx.db.path.read_bytes().startswith(SQLITE_HEADER)
    assert SEEDED.encode() not in _file_bytes(ctx.db.path)
    uid = encrypted_uid(ctx.db.path)
    assert uid is not None
    assert f"{KEYRING_SERVICE}\n{uid}" in fake_keyring.entries()
    assert ctx.db.key is not None
    assert ctx.db.key.raw.hex() not in repr(ctx.db.key)


def test_reopening_takes_the_key_from_the_keychain(
    db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    first = build_context(db_path, paths=paths, clock=clock)
    assert first.recovery_key is not None
    _add(first)
    first.close()
    again = build_context(db_path, paths=paths, clock=clock)
    assert again.recovery_key is None  # shown once, at creation only
    assert again.contacts.count() == 1
    again.close()


def test_recovery_key_alone_reopens_when_the_keychain_is_lost(
    db_path: Path, paths: AppPaths, clock: FixedClock, fake_keyring: FakeKeyring
) -> None:
    first = build_context(db_path, paths=paths, clock=clock)
    recovery = first.recovery_key
    assert recovery is not None
    _add(first)
    first.close()
    uid = encrypted_uid(db_path)
    assert uid is not None
    fake_keyring.delete_password(KEYRING_SERVICE, uid)
    with pytest.raises(UserError, match="keychain holds no key"):
        build_context(db_path, paths=paths, clock=clock, keys=KeyRequest())
    again = build_context(
        db_path, paths=paths, clock=clock, keys=KeyRequest(lambda _r, _p: recovery.lower())
    )
    assert again.contacts.count() == 1
    again.close()
    assert fake_keyring.get_password(KEYRING_SERVICE, uid) is not None  # put back


def test_wrong_secret_gives_one_message_and_changes_nothing(
    db_path: Path, paths: AppPaths, clock: FixedClock, fake_keyring: FakeKeyring
) -> None:
    build_context(db_path, paths=paths, clock=clock).close()
    uid = encrypted_uid(db_path)
    assert uid is not None
    fake_keyring.delete_password(KEYRING_SERVICE, uid)
    before = db_path.read_bytes()
    with pytest.raises(UserError, match=r"^That passphrase or recovery key does not open .*"):
        build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(lambda _r, _p: "nope"))
    assert db_path.read_bytes() == before


def test_without_a_usable_keychain_a_passphrase_is_asked(
    db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    import keyring  # noqa: PLC0415

    keyring.set_keyring(fail.Keyring())
    asked: list[PromptReason] = []

    def prompt(reason: PromptReason, _path: Path) -> str:
        asked.append(reason)
        return "a long enough passphrase"

    with pytest.raises(UserError, match="No safe system keychain"):
        build_context(db_path, paths=paths, clock=clock, keys=KeyRequest())
    first = build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(prompt))
    _add(first)
    first.close()
    again = build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(prompt))
    assert again.contacts.count() == 1
    again.close()
    assert asked == [PromptReason.NEW, PromptReason.UNLOCK]


def test_plaintext_keyrings_alt_backend_is_not_a_safe_place() -> None:
    plaintext = type("PlaintextKeyring", (FakeKeyring,), {"__module__": "keyrings.alt.file"})
    assert not keychain_usable(plaintext())
    assert not keychain_usable(fail.Keyring())
    assert keychain_usable(FakeKeyring())


def test_plain_is_created_only_on_request_and_plain_files_still_open(
    db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    plain = build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(plain=True))
    _add(plain)
    plain.close()
    assert is_plain_sqlite(db_path)
    again = build_context(db_path, paths=paths, clock=clock)
    assert not again.encrypted
    assert again.contacts.count() == 1
    again.close()


def test_encrypt_then_change_recovery_key_then_decrypt(
    db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    plain = build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(plain=True))
    _add(plain)
    plain.close()
    opened = encrypt_file(db_path, KeyRequest())
    assert opened.key is not None
    assert opened.recovery_key is not None
    assert not is_plain_sqlite(db_path)
    assert not db_path.with_name(db_path.name + ".before-rekey").exists()
    changed = change_recovery_key(db_path, opened.key)
    assert changed.recovery_key != opened.recovery_key
    assert changed.key is not None
    assert encrypted_uid(db_path) == opened.key.uid  # same uid, new key
    db = Database.open(db_path)  # the keychain now holds the new key
    with db.read() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM contact").scalar() == 1
    db.dispose()
    decrypt_file(db_path, changed.key)
    assert is_plain_sqlite(db_path)
    ctx = build_context(db_path, paths=paths, clock=clock)
    assert ctx.contacts.count() == 1
    ctx.close()


@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_round_trips(raw: bytes) -> None:
    text = recovery_key_text(raw)
    assert parse_recovery_key(text) == raw
    assert parse_recovery_key(f"  {text.lower().replace('-', ' ')} ") == raw


@given(st.text(max_size=200))
def test_anything_else_is_not_a_recovery_key(text: str) -> None:
    raw = parse_recovery_key(text)
    assert raw is None or len(raw) == 32


def test_encrypted_connections_keep_a_large_cache_and_memory_temp_store(
    ctx: AppContext, db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    with ctx.db.read() as session:
        cache = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        temp = session.connection().exec_driver_sql("PRAGMA temp_store").scalar()
    assert ctx.encrypted
    assert cache == -encrypted_cache_kib()
    assert temp == 2  # MEMORY: no decrypted rows in a temporary file
    plain = build_context(
        db_path.with_name("plain.db"), paths=paths, clock=clock, keys=KeyRequest(plain=True)
    )
    try:
        with plain.db.read() as session:
            assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -8000
    finally:
        plain.close()


@pytest.mark.parametrize(
    ("physical", "kib"),
    [
        (256 * 1024**2, 32 * 1024),
        (2 * 1024**3, 128 * 1024),
        (4 * 1024**3, 256 * 1024),
        (64 * 1024**3, 256 * 1024),
        (1024**3 + 512 * 1024**2, 96 * 1024),
    ],
)
def test_encrypted_cache_is_sized_to_the_machine_within_bounds(physical: int, kib: int) -> None:
    assert encrypted_cache_kib(physical) == kib
