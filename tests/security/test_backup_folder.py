"""The backup folder a person picks in Settings is checked on the service side: created when
missing, refused with the reason when it cannot take files, warned about inside cloud sync."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.config.paths import AppPaths
from app.domain.errors import UserError
from app.services.backup import check_backup_folder


def test_a_missing_folder_is_created_and_takes_backups(ctx: AppContext, tmp_path: Path) -> None:
    chosen = tmp_path / "elsewhere" / "backups"
    check = ctx.backups.check_folder(f"  {chosen}  ")
    assert check.folder == chosen
    assert check.warning is None
    assert chosen.is_dir()
    assert list(chosen.iterdir()) == []  # the write probe is gone


def test_empty_means_the_default_folder(ctx: AppContext, paths: AppPaths) -> None:
    assert ctx.backups.check_folder("").folder == paths.data_dir / "backups"


@pytest.mark.parametrize(
    ("chosen", "message"),
    [
        ("relative/backups", r"^The backup folder 'relative/backups' must be a full path"),
        ("/srv/with\x00nul", r"not a valid path"),
    ],
)
def test_bad_names_are_refused(ctx: AppContext, chosen: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        ctx.backups.check_folder(chosen)


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match=r"is a file, not a folder\.$"):
        check_backup_folder(file, encrypted=True)


def test_a_folder_that_refuses_files_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(**_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    with pytest.raises(
        UserError,
        match=r"^Rapport may not write to the backup folder .* \(Permission denied\)\.$",
    ):
        check_backup_folder(tmp_path, encrypted=True)


def test_a_blocked_parent_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match=r"^The backup folder .* cannot be created"):
        check_backup_folder(blocker / "backups", encrypted=True)


@pytest.mark.parametrize(
    ("encrypted", "exposure"), [(True, "(encrypted)"), (False, "unencrypted, readable")]
)
def test_cloud_sync_folders_are_allowed_with_a_warning(
    tmp_path: Path, encrypted: bool, exposure: str
) -> None:
    check = check_backup_folder(tmp_path / "Dropbox" / "rapport", encrypted=encrypted)
    assert check.warning is not None
    assert "inside a Dropbox folder" in check.warning
    assert exposure in check.warning
