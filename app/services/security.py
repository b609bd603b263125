"""Encryption at rest: where a database's key comes from, the recovery key, and re-keying.

A new database gets a random 256-bit raw key kept in the OS keychain (service "Rapport", one
entry per database uid). Where no keychain can keep it safely (keyring's fail backend or a
plaintext keyrings.alt file), the key is derived from a passphrase instead; the key itself is
never written anywhere in plain text. The recovery key is the raw key spelled in base32: shown
once at creation, it alone reopens the database if the keychain is lost.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import shutil
import stat
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.progress import Cancelled, Progress, never_cancelled, no_progress
from app.storage.backup import CopyCancelledError, fsync_path
from app.storage.cipher import export_database
from app.storage.diagnosis import (
    PLAIN_HEADER,
    Damage,
    DamagedDatabaseError,
    access_problem,
    ciphertext_like,
    encrypted_report,
    looks_plain,
    not_a_database,
    plain_report,
)
from app.storage.engine import (
    KEY_BYTES,
    KEYRING_SERVICE,
    DatabaseKey,
    connect_raw,
    encrypted_uid,
    is_plain_sqlite,
    keychain_key,
    watch,
)
from app.storage.sqlite_dialect import raw_integrity_check, read_schema

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

PASSPHRASE_FILE_ENV = "RAPPORT_PASSPHRASE_FILE"  # noqa: S105 - a variable name
RECOVERY_GROUP = 4
MIN_PASSPHRASE = 8
# scrypt at 16 MiB: slow to guess, quick enough to open with; the salt is the file's own salt.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024}


class PromptReason(StrEnum):
    NEW = "new"  # choose a passphrase for a new database
    UNLOCK = "unlock"  # the passphrase or recovery key of an existing database
    CHANGE = "change"  # a new passphrase for an open database keyed by one


PassphrasePrompt = Callable[[PromptReason, Path], str | None]


class PlainChoice(StrEnum):
    """The answer when a new file's passphrase prompt was cancelled."""

    PLAIN = "plain"  # create the database unencrypted, knowing the risk
    RETRY = "retry"  # back to the passphrase prompt
    CANCEL = "cancel"  # create nothing


PlainOffer = Callable[[Path], PlainChoice]


@dataclass(frozen=True, slots=True)
class KeyRequest:
    """How to get a secret when the keychain cannot help, and whether a new file stays plain."""

    prompt: PassphrasePrompt | None = None
    plain: bool = False
    use_keychain: bool = True  # False: the prompt alone keys the file (throwaway checks)
    offer_plain: PlainOffer | None = None  # asked when a new file's passphrase is cancelled

    @classmethod
    def from_environment(
        cls, passphrase_file: str | None = None, *, plain: bool = False
    ) -> KeyRequest:
        """Headless use: the given file, else $RAPPORT_PASSPHRASE_FILE, else a terminal prompt."""
        chosen = passphrase_file or os.environ.get(PASSPHRASE_FILE_ENV) or None
        if chosen:
            secret = read_passphrase_file(Path(chosen))
            return cls(lambda _reason, _path: secret, plain)
        if sys.stdin is not None and sys.stdin.isatty():
            return cls(terminal_prompt, plain)
        return cls(None, plain)


@dataclass(frozen=True, slots=True)
class OpenedKey:
    """The key a file opens with (None: plain) and, only when just created, its recovery key."""

    key: DatabaseKey | None
    recovery_key: str | None = None
    in_keychain: bool = False


def keychain_usable(backend: KeyringBackend | None = None) -> bool:
    """False for keyring's fail backend and for keyrings.alt's plaintext file backends."""
    import keyring  # noqa: PLC0415 - only encrypted files need the keychain (start-up time)

    backend = backend or keyring.get_keyring()
    children = getattr(backend, "backends", None)
    if children is not None:  # the chainer: usable when any of its backends is
        return any(keychain_usable(child) for child in children)
    module = type(backend).__module__
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return False
    return not (module.startswith("keyrings.alt") and "Plaintext" in type(backend).__name__)


def recovery_key_text(raw: bytes) -> str:
    """The raw key as grouped base32 (e.g. ABCD-EFGH-...), easy to print and type back."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def parse_recovery_key(text: str) -> bytes | None:
    """The raw key spelled by a recovery key, or None when `text` is not one."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(letters) != 52:  # 256 bits in base32, padding dropped
        return None
    try:
        raw = base64.b32decode(letters + "====")
    except ValueError:
        return None
    return raw if len(raw) == KEY_BYTES else None


def passphrase_key(passphrase: str, salt: bytes) -> bytes:
    """Derive the raw key from a passphrase with scrypt, salted with the file's salt."""
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, dklen=KEY_BYTES, **_SCRYPT)


def read_passphrase_file(path: Path) -> str:
    """The first line of a passphrase file that only its owner can read; refused otherwise."""
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The passphrase file {path} can be read by other users; make it "
                    "private (chmod 600 '{path}') and try again.",
                ),
                path=path,
            )
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The passphrase file {path} cannot be read: {reason}."),
            path=path,
            reason=exc.strerror,
        ) from exc
    except UnicodeDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The passphrase file {path} is not UTF-8 text."),
            path=path,
        ) from exc
    secret = text.splitlines()[0] if text else ""
    if not secret:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The passphrase file {path} is empty."), path=path
        )
    return secret


def terminal_prompt(reason: PromptReason, path: Path) -> str | None:
    """Ask on the terminal (hidden input); a new passphrase is asked twice."""
    import getpass  # noqa: PLC0415 - only the interactive CLI needs it

    if reason is PromptReason.UNLOCK:
        return getpass.getpass(f"Passphrase or recovery key for {path}: ") or None
    first = getpass.getpass(f"New passphrase for {path}: ")
    if first != getpass.getpass("Repeat the passphrase: "):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The two passphrases differ; nothing was created.")
        )
    return first or None


def key_opens(path: Path, key: DatabaseKey | None) -> bool:
    """True when `key` (None: no key) reads the file's schema."""
    return open_error(path, key) is None


def open_error(path: Path, key: DatabaseKey | None) -> str | None:
    """Why SQLite cannot read the file's schema with `key`, or None when it can."""
    try:
        connection = connect_raw(path, key)
    except sqlcipher.Error as exc:
        return str(exc)
    try:
        read_schema(connection)
    except sqlcipher.Error as exc:  # "file is not a database": a wrong key, or damage
        return str(exc)
    finally:
        connection.close()
    return None


def store_in_keychain(key: DatabaseKey) -> None:
    """Keep the key in the OS keychain; only called when the keychain is a safe place."""
    keep_secret(KEYRING_SERVICE, key.uid, key.raw.hex())


def keep_secret(service: str, account: str, secret: str) -> None:
    """Put one secret in the OS keychain (a database key, a hub password)."""
    import keyring  # noqa: PLC0415 - see keychain_usable
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        keyring.set_password(service, account, secret)
    except KeyringError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The key could not be stored in the system keychain: {problem}."
            ),
            problem=exc,
        ) from exc


def forget_key(uid: str) -> None:
    """Remove a database's keychain entry (after decrypting it, or when its file is gone)."""
    forget_secret(KEYRING_SERVICE, uid)


def forget_secret(service: str, account: str) -> None:
    """Remove one secret from the OS keychain; none stored is fine."""
    import keyring  # noqa: PLC0415 - see keychain_usable
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        keyring.delete_password(service, account)
    except KeyringError:
        return  # nothing stored: nothing to forget


def open_key(path: Path, request: KeyRequest) -> OpenedKey:
    """The key for an existing file or, for a missing or empty file, a new one (or plain)."""
    if path.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "{path} is a folder; give the database file inside it instead."
            ),
            path=path,
        )
    if not path.exists() or path.stat().st_size == 0:
        return _new_key(path, request)
    unreadable = access_problem(path)
    if unreadable is not None and not os.access(path, os.R_OK):
        raise unreadable
    if is_plain_sqlite(path):
        report = plain_report(path)
        if not report.ok:
            raise DamagedDatabaseError(path, report, None)
        return OpenedKey(None)
    with path.open("rb") as handle:
        head = handle.read(PLAIN_HEADER)
    if looks_plain(head):  # a plain file whose first bytes were overwritten
        raise DamagedDatabaseError(path, plain_report(path), None)
    if not ciphertext_like(path):
        raise not_a_database(path)
    return _unlock(path, request)


def _new_key(path: Path, request: KeyRequest) -> OpenedKey:
    if request.plain:
        return OpenedKey(None)
    salt = uuid.uuid4().bytes
    if request.use_keychain and keychain_usable():
        key = DatabaseKey(secrets.token_bytes(KEY_BYTES), salt)
        store_in_keychain(key)
        return OpenedKey(key, recovery_key_text(key.raw), in_keychain=True)
    secret = _new_passphrase(path, request)
    if secret is None:
        return OpenedKey(None)
    if len(secret) < MIN_PASSPHRASE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The passphrase must have at least {length} characters."
            ),
            length=MIN_PASSPHRASE,
        )
    key = DatabaseKey(passphrase_key(secret, salt), salt)
    return OpenedKey(key, recovery_key_text(key.raw))


def _new_passphrase(path: Path, request: KeyRequest) -> str | None:
    """The passphrase for a new file; None when the person chose an unencrypted file instead."""
    while True:
        secret = request.prompt(PromptReason.NEW, path) if request.prompt else None
        if secret is not None:
            return secret
        if request.prompt is None or request.offer_plain is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "No safe system keychain is available to keep the new database's key; "
                    "give a passphrase with --passphrase-file or RAPPORT_PASSPHRASE_FILE "
                    "(or --plain for an unencrypted database).",
                )
            )
        choice = request.offer_plain(path)
        if choice is PlainChoice.PLAIN:
            return None
        if choice is PlainChoice.CANCEL:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "No database was created at {path}: it needs a passphrase, or your "
                    "choice to store it unencrypted.",
                ),
                path=path,
            )


def _unlock(path: Path, request: KeyRequest) -> OpenedKey:
    stored = keychain_key(path) if request.use_keychain else None
    if stored is not None and key_opens(path, stored):
        return OpenedKey(stored, in_keychain=True)
    secret = request.prompt(PromptReason.UNLOCK, path) if request.prompt else None
    if secret is None:
        _diagnose(path, [stored])
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is encrypted and the system keychain holds no key for it; give "
                "its passphrase or recovery key with --passphrase-file or "
                "RAPPORT_PASSPHRASE_FILE.",
            ),
            path=path,
        )
    key = key_from_secret(path, secret)
    if key is None:
        _diagnose(path, [stored, *secret_keys(path, secret)])
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "That passphrase or recovery key does not open {path}; nothing was changed.",
            ),
            path=path,
        )
    if request.use_keychain and keychain_usable():  # a recovered key goes back in
        store_in_keychain(key)
        return OpenedKey(key, in_keychain=True)
    return OpenedKey(key)


def _diagnose(path: Path, keys: list[DatabaseKey | None]) -> None:
    """The file did not open with any key: raise what is really wrong when it is not the key
    (a read-only folder, a damaged or truncated file the key verifies); return for a wrong key."""
    problem = access_problem(path)
    if problem is not None:
        raise problem
    for key in keys:
        if key is None:
            continue
        report = encrypted_report(path, key)
        if report.key_fits:
            if report.ok:  # every checksum matches, yet SQLite cannot read it
                report = replace(
                    report, damage=(Damage.UNREADABLE,), notes=(str(open_error(path, key)),)
                )
            raise DamagedDatabaseError(path, report, key)


def secret_keys(path: Path, secret: str) -> Iterator[DatabaseKey]:
    """The keys a recovery key or passphrase can stand for with the file's salt (lazily: a
    recovery key is the raw key, the passphrase's KDF runs only when it is needed)."""
    uid = encrypted_uid(path)
    if uid is None:
        return
    salt = uuid.UUID(uid).bytes
    raw = parse_recovery_key(secret)
    if raw is not None:
        yield DatabaseKey(raw, salt)
    yield DatabaseKey(passphrase_key(secret, salt), salt)


def key_from_secret(path: Path, secret: str) -> DatabaseKey | None:
    """The key a recovery key or passphrase gives for `path`, if it opens the file."""
    return next((key for key in secret_keys(path, secret) if key_opens(path, key)), None)


def replace_with_copy(
    path: Path,
    key: DatabaseKey | None,
    new_key: DatabaseKey | None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> Path:
    """Re-key by exporting into a new file, verifying it, then swapping it in.

    The original stays reachable beside it (``<name>.before-rekey``, a hard link where the file
    system has them, else a copy) until the swapped-in copy has been opened with the new key.
    Until the swap a cancel (UserError) leaves the original as it was and no copy behind. The
    database must not be open elsewhere.
    """
    fresh = path.with_name(path.name + ".rekey")
    kept = path.with_name(path.name + ".before-rekey")
    fresh.unlink(missing_ok=True)
    total = max(path.stat().st_size, 1)
    try:
        export_database(
            path,
            key,
            fresh,
            new_key,
            tick=lambda: _report_size(fresh, total, progress),
            cancelled=cancelled,
        )
        progress("verify", 0.8)
        check = connect_raw(fresh, new_key)
        try:
            watch(check, cancelled)
            verdict = raw_integrity_check(check)
        finally:
            check.close()
        if cancelled():
            raise CopyCancelledError
    except BaseException as exc:
        fresh.unlink(missing_ok=True)
        if cancelled():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The re-encryption was cancelled; nothing was changed."
                )
            ) from exc
        raise
    if verdict != "ok":
        fresh.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The re-encrypted copy of {path} failed its check; nothing was changed.",
            ),
            path=path,
        )
    progress("replace", 0.95)  # from here on the re-key goes through
    fsync_path(fresh)
    _keep_original(path, kept)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(fresh, path)
    fsync_path(path.parent)
    if not key_opens(path, new_key):  # pragma: no cover - the copy was checked above
        os.replace(kept, path)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The re-encrypted {path} did not open; the original was put back."
            ),
            path=path,
        )
    kept.unlink()
    progress("done", 1.0)
    return path


def _report_size(fresh: Path, total: int, progress: Progress) -> None:
    """The export's progress: how big the new file has grown against the original."""
    try:
        grown = fresh.stat().st_size
    except OSError:
        return
    progress("export", 0.8 * min(grown / total, 1.0))


def _keep_original(path: Path, kept: Path) -> None:
    """Keep the original reachable as `kept`: a hard link costs nothing, a copy is the fallback."""
    kept.unlink(missing_ok=True)
    try:
        os.link(path, kept)
    except OSError:
        shutil.copy2(path, kept)


def new_file_key(path: Path, request: KeyRequest) -> OpenedKey:
    """A fresh key for encrypting the plain file at `path` (may prompt: call it on the GUI
    thread); give it to `encrypt_file`."""
    if not is_plain_sqlite(path):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "{path} is already encrypted."), path=path)
    return _new_key(path, KeyRequest(request.prompt, plain=False))


def encrypt_file(
    path: Path,
    request: KeyRequest | OpenedKey,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> OpenedKey:
    """Encrypt a plain database in place (through a verified copy); returns its recovery key.
    A key made for it is forgotten again when the encryption fails or is cancelled."""
    opened = request if isinstance(request, OpenedKey) else new_file_key(path, request)
    try:
        replace_with_copy(path, None, opened.key, progress, cancelled)
    except BaseException:
        if opened.key is not None and opened.in_keychain:
            forget_key(opened.key.uid)
        raise
    return opened


def decrypt_file(
    path: Path,
    key: DatabaseKey,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> None:
    """Store a database unencrypted (on explicit request) and forget its keychain entry."""
    replace_with_copy(path, key, None, progress, cancelled)
    forget_key(key.uid)


def change_recovery_key(
    path: Path,
    key: DatabaseKey,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> OpenedKey:
    """Re-key with a fresh random key (same uid): the old recovery key stops working.

    The keychain gets the new key before the file does and the old one back if re-keying
    fails, so a crash in between leaves a file the old recovery key still opens."""
    if not keychain_usable():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "A new recovery key needs the system keychain; with a passphrase the "
                "passphrase itself opens the database.",
            )
        )
    fresh = DatabaseKey(secrets.token_bytes(KEY_BYTES), key.salt)
    store_in_keychain(fresh)
    try:
        replace_with_copy(path, key, fresh, progress, cancelled)
    except BaseException:
        store_in_keychain(key)
        raise
    return OpenedKey(fresh, recovery_key_text(fresh.raw), in_keychain=True)


def change_passphrase(
    path: Path,
    key: DatabaseKey,
    passphrase: str,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> OpenedKey:
    """Re-key a database kept by a passphrase with a new one (same uid, same salt): the old
    passphrase and the old recovery key stop working; the new recovery key is returned."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The passphrase must have at least {length} characters."
            ),
            length=MIN_PASSPHRASE,
        )
    fresh = DatabaseKey(passphrase_key(passphrase, key.salt), key.salt)
    replace_with_copy(path, key, fresh, progress, cancelled)
    return OpenedKey(fresh, recovery_key_text(fresh.raw))
