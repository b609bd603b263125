"""Damaged files (bytes flipped mid-file, in the header or page 1; cut short mid-page or at a
page boundary), plain and encrypted: `check` reports FAIL with what is damaged and which backup
to restore (exit 1), and opening tells damage, not-a-database, permissions and a wrong key apart.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.cli import main
from app.config.paths import AppPaths
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.security import KeyRequest, open_key
from app.storage.diagnosis import DamagedDatabaseError
from sqlalchemy import text

from tests.conftest import TEST_PASSPHRASE

Damage = Callable[[bytearray], bytearray]
PAGE = 4096
MOUNT, UMOUNT = shutil.which("mount") or "/bin/mount", shutil.which("umount") or "/bin/umount"


def _flip(start: int, stop: int) -> Damage:
    def damage(data: bytearray) -> bytearray:
        for at in range(start, stop):
            data[at] ^= 0xFF
        return data

    return damage


def _flip_middle(data: bytearray) -> bytearray:
    # Three quarters in: in a file this small the pages of ~180 schema objects fill the first
    # half, and the last migrations' schema pages sit at its middle; real files are mostly data.
    middle = len(data) * 3 // 4
    return _flip(middle, middle + 64)(data)


DAMAGES: dict[str, Damage] = {
    "flip-mid-file": _flip_middle,
    "flip-header": _flip(16, 40),
    "flip-page-1": _flip(4030, 4090),  # the schema index cells end page 1
    "cut-mid-page": lambda data: data[: len(data) // 2 + 123],
    "cut-at-page": lambda data: data[: len(data) // 2 // 4096 * 4096],
}


def _passphrase_keys() -> KeyRequest:
    return KeyRequest(lambda _reason, _path: TEST_PASSPHRASE, use_keychain=False)


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One plain and one encrypted database (passphrase TEST_PASSPHRASE) with 400 contacts."""
    folder = tmp_path_factory.mktemp("sound")
    made = {}
    for kind in ("plain", "encrypted"):
        path = folder / f"{kind}.db"
        keys = KeyRequest(plain=True) if kind == "plain" else _passphrase_keys()
        paths = AppPaths(folder / "data", folder / "config", folder / "logs")
        ctx = build_context(path, paths=paths, keys=keys)
        for n in range(400):
            ctx.contacts.create(ContactDraft(first_name=f"Person {n}", city="Lisbon " * 20))
        ctx.close()
        made[kind] = path
    return made


@pytest.fixture
def home_backups(paths: AppPaths) -> Path:
    folder = paths.data_dir / "backups"
    folder.mkdir(parents=True)
    return folder


def _damaged(sound: Path, damage: Damage, target: Path) -> Path:
    target.write_bytes(bytes(damage(bytearray(sound.read_bytes()))))
    return target


@pytest.mark.parametrize("kind", ["plain", "encrypted"])
@pytest.mark.parametrize("damage", list(DAMAGES))
def test_check_reports_damage_and_names_the_backup(  # noqa: PLR0917
    sound: dict[str, Path],
    kind: str,
    damage: str,
    tmp_path: Path,
    home_backups: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _damaged(sound[kind], DAMAGES[damage], tmp_path / "shop.db")
    older = home_backups / "auto-shop-20260301-090000.db"
    newest = home_backups / "auto-shop-20260302-090000.db"
    for backup in (older, newest):
        shutil.copyfile(sound[kind], backup)
    assert main(["check", "--db", str(path)]) == 1
    captured = capsys.readouterr()
    assert "FAIL" in captured.out
    assert captured.err.count("\n") == 1
    assert f"rapport restore '{newest}'" in captured.err
    assert "rapport repair" in captured.err
    assert "passphrase" not in captured.out + captured.err


def test_check_names_the_damaged_pages_of_an_encrypted_file(
    sound: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _damaged(sound["encrypted"], _flip(4096 * 3 + 10, 4096 * 3 + 20), tmp_path / "x.db")
    assert main(["check", "--db", str(path)]) == 1
    assert "FAIL file: 1 of " in (out := capsys.readouterr().out)
    assert "pages do not match their checksums (4)" in out


@pytest.mark.parametrize("damage", ["flip-header", "cut-mid-page", "cut-at-page"])
def test_opening_a_damaged_encrypted_file_says_damaged_not_wrong_key(
    sound: dict[str, Path], damage: str, tmp_path: Path
) -> None:
    path = _damaged(sound["encrypted"], DAMAGES[damage], tmp_path / "x.db")
    with pytest.raises(DamagedDatabaseError, match=r"is damaged: .*It is not a wrong key"):
        open_key(path, _passphrase_keys())


def test_a_wrong_passphrase_is_still_called_one(sound: dict[str, Path]) -> None:
    wrong = KeyRequest(lambda _reason, _path: "not the passphrase", use_keychain=False)
    with pytest.raises(UserError, match="does not open") as raised:
        open_key(sound["encrypted"], wrong)
    assert not isinstance(raised.value, DamagedDatabaseError)


@pytest.mark.parametrize("content", [b"\x00" * 8192, b"name,email\nAda,ada@example.org\n" * 300])
def test_a_file_that_is_no_database_is_called_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(UserError, match="is not a Rapport database"):
        open_key(path, _passphrase_keys())


def test_a_plain_file_with_a_damaged_header_is_damaged_not_encrypted(
    sound: dict[str, Path], tmp_path: Path
) -> None:
    path = _damaged(sound["plain"], _flip(0, 16), tmp_path / "x.db")
    with pytest.raises(DamagedDatabaseError, match="its header does not match") as raised:
        open_key(path, _passphrase_keys())
    assert raised.value.report.describe() == "the first bytes of its header are damaged"


@pytest.fixture
def in_read_only_folder(sound: dict[str, Path], tmp_path: Path) -> Iterator[Path]:
    """The encrypted database in a folder the test's user cannot write to: a read-only bind
    mount for root (whom modes do not stop), mode 0555 for everyone else."""
    source, folder = tmp_path / "source", tmp_path / "read-only"
    source.mkdir()
    shutil.copyfile(sound["encrypted"], source / "shop.db")
    if os.geteuid() == 0:
        folder.mkdir()
        subprocess.run([MOUNT, "--bind", str(source), str(folder)], check=True)
        subprocess.run([MOUNT, "-o", "remount,bind,ro", str(folder)], check=True)
        yield folder / "shop.db"
        subprocess.run([UMOUNT, str(folder)], check=True)
    else:
        source.chmod(0o555)
        yield source / "shop.db"
        source.chmod(0o755)


def test_a_read_only_folder_is_called_so_not_a_wrong_key(in_read_only_folder: Path) -> None:
    with pytest.raises(UserError, match=r"folder .* is read-only") as raised:
        open_key(in_read_only_folder, _passphrase_keys())
    assert "passphrase" not in str(raised.value)


def _flip_in_contacts(plain_twin: Path) -> Damage:
    """Bytes flipped in the page holding the middle contact row. The page is found in the plain
    file by its text; the encrypted one was built by the same steps, so the same page holds it.
    (The file's own middle falls among the root pages of ~200 empty tables and indexes in a
    test file this small, and which of them depends on the migrations.)"""
    data = plain_twin.read_bytes()
    rows = [data.find(f"Person {n}".encode()) for n in range(180, 220)]
    offset = sorted(r for r in rows if r > 0)[len(rows) // 2] // PAGE * PAGE + PAGE // 2
    return _flip(offset, offset + 64)


@pytest.mark.parametrize("kind", ["plain", "encrypted"])
@pytest.mark.parametrize("damage", ["flip-in-contacts", "flip-end"])
def test_repair_salvages_into_a_new_file_that_passes_check(
    sound: dict[str, Path],
    kind: str,
    damage: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    harm = _flip_in_contacts(sound["plain"]) if damage == "flip-in-contacts" else _flip(-900, -800)
    path = _damaged(sound[kind], harm, tmp_path / "shop.db")
    before = path.read_bytes()
    target = tmp_path / "salvaged.db"
    assert main(["repair", "--db", str(path), "-o", str(target)]) == 0
    assert f"into {target}; the damaged file was left as it was" in capsys.readouterr().out
    assert path.read_bytes() == before
    assert main(["check", "--db", str(target)]) == 0
    keys = KeyRequest(plain=True) if kind == "plain" else _passphrase_keys()
    ctx = build_context(target, keys=keys)
    try:
        assert ctx.contacts.count() > 300  # most of the 400 came through
    finally:
        ctx.close()


@pytest.mark.parametrize("kind", ["plain", "encrypted"])
def test_repair_says_when_nothing_can_be_salvaged(
    sound: dict[str, Path], kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Page 1 holds the start of the table of tables: without it nothing can be found."""
    path = _damaged(sound[kind], DAMAGES["flip-page-1"], tmp_path / "shop.db")
    target = tmp_path / "salvaged.db"
    assert main(["repair", "--db", str(path), "-o", str(target)]) == 2
    assert "Nothing can be salvaged" in capsys.readouterr().err
    assert not target.exists()


def test_check_names_the_newest_backup_in_the_folder_the_settings_name(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    ctx.settings.save_backups(replace(ctx.settings.backups(), folder=str(chosen)))
    ctx.contacts.create(ContactDraft(first_name="Audited"))
    made = ctx.backups.backup_now()
    assert made.parent == chosen
    with ctx.db.write() as session:  # the audit log no longer agrees with the backup
        session.execute(text("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"))
    ctx.close()
    assert main(["check", "--db", str(ctx.db.path)]) == 1
    assert f"rapport restore '{made}'" in capsys.readouterr().err
