"""Backup, restore and re-key stopped part-way: no partial file is left and the database is as
it was. The cancel flag turns true only after the work has begun writing its copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.errors import UserError
from app.services.backup import restore_with_key
from app.services.contacts import ContactDraft
from app.services.demo import DemoSize, generate
from app.services.security import (
    KeyRequest,
    change_recovery_key,
    encrypt_file,
    replace_with_copy,
)
from app.storage.engine import is_plain_sqlite, keychain_key

from tests.fake_keyring import FakeKeyring

REKEY_CANCELLED = "The re-encryption was cancelled; nothing was changed."


class CancelLater:
    """A cancel flag that turns true on its `after`-th look, noting what existed then."""

    def __init__(self, after: int, watched: Path | None = None) -> None:
        self.after, self.looks, self.watched = after, 0, watched
        self.seen_partial = False

    def __call__(self) -> bool:
        self.looks += 1
        if self.watched is not None and self.watched.exists():
            self.seen_partial = self.seen_partial or self.watched.stat().st_size > 0
        return self.looks >= self.after


@pytest.fixture
def sample(db_path: Path, paths: AppPaths, clock: FixedClock) -> AppContext:
    """A small demo database (a few MB: enough for a copy to be stopped half-way)."""
    ctx = build_context(db_path, paths=paths, clock=clock)
    generate(ctx.db, ctx.audit, DemoSize.SMALL)
    return ctx


def _contacts(ctx: AppContext) -> int:
    return ctx.contacts.count()


def _leftovers(folder: Path) -> list[str]:
    markers = (".partial", ".rekey", ".before-rekey", ".restoring", "before-restore")
    return sorted(p.name for p in folder.rglob("*") if any(m in p.name for m in markers))


def test_a_cancelled_backup_leaves_no_file(sample: AppContext, tmp_path: Path) -> None:
    target = tmp_path / "out" / "copy.db"
    flag = CancelLater(3, target.with_name(target.name + ".partial"))
    with pytest.raises(UserError, match="cancelled; nothing was written"):
        sample.backups.backup_to(target, cancelled=flag)
    assert flag.seen_partial
    assert not target.exists()
    assert _leftovers(tmp_path) == []
    sample.close()


class Looks:
    """A cancel flag that never cancels and counts how often it was asked."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> bool:
        self.count += 1
        return False


@pytest.mark.parametrize("when", ["first", "middle", "last"])
def test_a_cancelled_restore_changes_nothing(
    sample: AppContext, tmp_path: Path, paths: AppPaths, clock: FixedClock, when: str
) -> None:
    backup = sample.backups.backup_to(tmp_path / "backup.db")
    key = sample.db.key
    sample.contacts.create(ContactDraft(first_name="After the backup"))
    count = _contacts(sample)
    target = sample.db.path
    assert target is not None
    sample.close()
    rehearsal, looks = tmp_path / "rehearsal" / "r.db", Looks()
    rehearsal.parent.mkdir()
    shutil.copyfile(target, rehearsal)
    restore_with_key(backup, rehearsal, key, rehearsal.parent, clock.now(), cancelled=looks)
    shutil.rmtree(rehearsal.parent)
    after = {"first": 1, "middle": looks.count // 2, "last": looks.count}[when]
    with pytest.raises(UserError, match="restore was cancelled"):
        restore_with_key(
            backup,
            target,
            key,
            paths.data_dir / "backups",
            clock.now(),
            cancelled=CancelLater(after),
        )
    assert _leftovers(target.parent) == []
    assert _leftovers(paths.data_dir) == []
    again = build_context(target, paths=paths, clock=clock)
    assert _contacts(again) == count  # still the database as it was, not the backup
    again.close()


@pytest.mark.parametrize("when", ["early", "last"])
def test_a_cancelled_encryption_keeps_the_plain_file(
    tmp_path: Path, paths: AppPaths, clock: FixedClock, fake_keyring: FakeKeyring, when: str
) -> None:
    path = tmp_path / "plain.db"
    ctx = build_context(path, paths=paths, clock=clock, keys=KeyRequest(plain=True))
    generate(ctx.db, ctx.audit, DemoSize.SMALL)
    count = _contacts(ctx)
    ctx.close()
    rehearsal, looks = tmp_path / "rehearsal.db", Looks()
    shutil.copyfile(path, rehearsal)
    replace_with_copy(rehearsal, None, None, cancelled=looks)
    flag = CancelLater(3 if when == "early" else looks.count, path.with_name(path.name + ".rekey"))
    with pytest.raises(UserError, match=REKEY_CANCELLED):
        encrypt_file(path, KeyRequest(), cancelled=flag)
    assert flag.seen_partial  # stopped with a partial or whole copy on disk
    assert is_plain_sqlite(path)
    assert _leftovers(tmp_path) == []
    assert fake_keyring.entries() == {}
    again = build_context(path, paths=paths, clock=clock)
    assert _contacts(again) == count
    again.close()


def test_a_cancelled_new_recovery_key_keeps_the_old_key(
    sample: AppContext, paths: AppPaths, clock: FixedClock
) -> None:
    path, key = sample.db.path, sample.db.key
    assert path is not None
    assert key is not None
    count = _contacts(sample)
    sample.close()
    flag = CancelLater(3, path.with_name(path.name + ".rekey"))
    with pytest.raises(UserError, match=REKEY_CANCELLED):
        change_recovery_key(path, key, cancelled=flag)
    assert flag.seen_partial
    assert keychain_key(path) == key  # the keychain has the old key back
    assert _leftovers(path.parent) == []
    again = build_context(path, paths=paths, clock=clock)
    assert _contacts(again) == count
    again.close()
