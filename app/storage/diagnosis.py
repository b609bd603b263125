"""Why a database file does not open, told apart: permissions, not a database, a damaged or
truncated file, or a wrong key.

SQLite and SQLCipher say "file is not a database" for all of these. The file itself says more:
a plain file's 100-byte header names its page size and page count; every page of an encrypted
(SQLCipher 4) file ends with an HMAC-SHA512 over its ciphertext and page number, so a key that
verifies some pages is the right key, and the pages it does not verify are the damaged ones.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.storage.engine import SALT_BYTES, SQLITE_HEADER, DatabaseKey

CIPHER_PAGE = 4096  # SQLCipher 4's page size
HMAC_BYTES = 64  # HMAC-SHA512 at the end of every encrypted page
HMAC_SALT_MASK = 0x3A  # SQLCipher derives the HMAC key's salt as the file salt XOR this
HMAC_KDF_ITERATIONS = 2
PLAIN_HEADER = 100
_PLAIN_FIXED = (21, b"\x40\x20\x20")  # payload fractions every SQLite header holds
_RANDOM_LOOKING = 160  # distinct byte values in 4 KiB of ciphertext: ~250; text: < 100


class Damage(StrEnum):
    NOT_A_DATABASE = "not a database"
    HEADER = "damaged header"
    TRUNCATED = "truncated"
    PAGES = "damaged pages"
    UNREADABLE = "unreadable"  # every checksum matches, yet SQLite cannot read it
    WRONG_KEY = "wrong key"


@dataclass(frozen=True, slots=True)
class FileReport:
    """What the bytes of a database file say; `damage` empty when nothing was found."""

    pages: int
    damage: tuple[Damage, ...] = ()
    bad_pages: tuple[int, ...] = ()
    tail_bytes: int = 0  # bytes past the last whole page
    expected_pages: int | None = None  # what a plain header says
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.damage

    @property
    def key_fits(self) -> bool:
        return Damage.WRONG_KEY not in self.damage and Damage.NOT_A_DATABASE not in self.damage

    def describe(self) -> str:
        """One English line for `rapport check`."""
        if self.ok:
            return f"{self.pages:,} pages, {'checksums match' if self.notes else 'header sound'}"
        parts = list(self.notes)
        return "; ".join(parts) if parts else ", ".join(self.damage)


def access_problem(path: Path) -> UserError | None:
    """A permission that keeps Rapport from using the file, said as such (not as a bad key)."""
    if not os.access(path, os.R_OK):
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Rapport may not read {path} (permission denied); give your user read and "
                "write access to it.",
            ),
            path=path,
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The folder {folder} is read-only; Rapport keeps a journal beside the database "
                "there. Make the folder writable or move the database to one that is.",
            ),
            folder=path.parent,
        )
    return None


def looks_plain(head: bytes) -> bool:
    """A plain SQLite header, perhaps with its first bytes damaged (fixed bytes still there)."""
    at, fixed = _PLAIN_FIXED
    return head.startswith(SQLITE_HEADER) or head[at : at + len(fixed)] == fixed


def plain_report(path: Path) -> FileReport:
    """Check a plain file's header against its size."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(PLAIN_HEADER)
    if len(head) < PLAIN_HEADER:
        note = f"it holds only {size} bytes, not even a whole header"
        return FileReport(0, (Damage.TRUNCATED,), tail_bytes=size, notes=(note,))
    if not head.startswith(SQLITE_HEADER):
        return FileReport(0, (Damage.HEADER,), notes=("the first bytes of its header are damaged",))
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        return FileReport(
            0, (Damage.HEADER,), notes=(f"its header names an impossible page size ({page})",)
        )
    pages, tail = divmod(size, page)
    if tail:
        note = f"it ends {tail:,} bytes into an unfinished page: cut short"
        return FileReport(pages, (Damage.TRUNCATED,), tail_bytes=tail, notes=(note,))
    counted = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96]
    if valid and counted > pages:
        note = f"its header counts {counted:,} pages but it holds {pages:,}: cut short"
        return FileReport(pages, (Damage.TRUNCATED,), expected_pages=counted, notes=(note,))
    return FileReport(pages)


def encrypted_report(path: Path, key: DatabaseKey) -> FileReport:
    """Verify every page's HMAC with `key`: which pages are damaged, or that the key is wrong."""
    size = path.stat().st_size
    pages, tail = divmod(size, CIPHER_PAGE)
    hmac_key = _hmac_key(key)
    bad: list[int] = []
    with path.open("rb") as handle:
        for number in range(1, pages + 1):
            if not _page_verifies(handle.read(CIPHER_PAGE), number, hmac_key):
                bad.append(number)
    if pages and len(bad) == pages:
        return FileReport(pages, (Damage.WRONG_KEY,), notes=("no page matches this key",))
    damage: list[Damage] = []
    notes: list[str] = []
    if 1 in bad:
        damage.append(Damage.HEADER)
        notes.append("its first page, the header, does not match its checksum")
    others = [n for n in bad if n != 1]
    if others:
        damage.append(Damage.PAGES)
        shown = ", ".join(str(n) for n in others[:10]) + (" …" if len(others) > 10 else "")
        notes.append(f"{len(others):,} of {pages:,} pages do not match their checksums ({shown})")
    if tail or not pages:
        damage.append(Damage.TRUNCATED)
        notes.append(f"it ends {tail:,} bytes into an unfinished page: cut short")
    if not damage:
        notes.append("checksums match")
    return FileReport(pages, tuple(damage), tuple(bad), tail, notes=tuple(notes))


def ciphertext_like(path: Path) -> bool:
    """True when the first page looks like ciphertext (not zeros, not text)."""
    with path.open("rb") as handle:
        first = handle.read(CIPHER_PAGE)
    return len(first) > SALT_BYTES and len(set(first[SALT_BYTES:])) >= min(
        _RANDOM_LOOKING, len(first) // 4
    )


def _hmac_key(key: DatabaseKey) -> bytes:
    salt = bytes(b ^ HMAC_SALT_MASK for b in key.salt)
    return hashlib.pbkdf2_hmac("sha512", key.raw, salt, HMAC_KDF_ITERATIONS, len(key.raw))


def _page_verifies(page: bytes, number: int, hmac_key: bytes) -> bool:
    if len(page) != CIPHER_PAGE:
        return False
    start = SALT_BYTES if number == 1 else 0
    body = page[start : CIPHER_PAGE - HMAC_BYTES] + number.to_bytes(4, "little")
    expected = hmac.new(hmac_key, body, hashlib.sha512).digest()
    return hmac.compare_digest(expected, page[CIPHER_PAGE - HMAC_BYTES :])


def _damage_sentence(report: FileReport) -> tuple[str, dict[str, object]]:
    """The translatable sentence for the first damage found, and its fields."""
    first = report.damage[0] if report.damage else Damage.UNREADABLE
    if first is Damage.HEADER:
        return QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is damaged: its header does not match its checksum or is unreadable. It is "
            "not a wrong key: restore it from a backup, or salvage what can be read with "
            "'rapport repair'.",
        ), {}
    if first is Damage.TRUNCATED:
        return QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is damaged: it was cut short ({pages:,} whole pages and {tail:,} bytes are "
            "left). It is not a wrong key: restore it from a backup, or salvage what can be read "
            "with 'rapport repair'.",
        ), {"pages": report.pages, "tail": report.tail_bytes}
    if first is Damage.PAGES:
        return QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is damaged: {count:,} of its {pages:,} pages do not match their checksums. "
            "It is not a wrong key: restore it from a backup, or salvage what can be read with "
            "'rapport repair'.",
        ), {"count": len(report.bad_pages), "pages": report.pages}
    return QT_TRANSLATE_NOOP(
        "UserError",
        "{path} is damaged: its checksums match but SQLite cannot read it ({problem}). It is "
        "not a wrong key: restore it from a backup, or salvage what can be read with "
        "'rapport repair'.",
    ), {"problem": report.describe()}


class DamagedDatabaseError(UserError):
    """The file is damaged (the key, if any, is right); carries what `check` and `repair` need."""

    def __init__(self, path: Path, report: FileReport, key: DatabaseKey | None) -> None:
        template, fields = _damage_sentence(report)
        super().__init__(template, path=path, **fields)
        self.path, self.report, self.key = path, report, key

    def __reduce__(self) -> tuple[object, ...]:
        return (DamagedDatabaseError, (self.path, self.report, self.key))


def not_a_database(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is not a Rapport database: it is neither a SQLite file nor an encrypted "
            "one (or it was overwritten).",
        ),
        path=path,
    )
