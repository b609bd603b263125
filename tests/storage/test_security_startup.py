"""Start-up checks: quick_check on open, and a warning for synced or network folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.storage.health import location_warning, quick_check_ok


def test_a_sound_database_passes_quick_check(ctx: AppContext) -> None:
    assert quick_check_ok(ctx.db)


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("Dropbox", "Dropbox"),
        ("OneDrive - Contoso", "OneDrive"),
        ("Library/Mobile Documents/com~apple~CloudDocs", "iCloud Drive"),
        ("Google Drive/My Drive", "Google Drive"),
    ],
)
def test_cloud_sync_folders_get_a_warning(tmp_path: Path, folder: str, service: str) -> None:
    warning = location_warning(tmp_path / folder / "rapport.db")
    assert warning is not None
    assert service in warning


def test_network_mounts_get_a_warning(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\nserver:/export /mnt/office nfs4 rw 0 0\n", encoding="utf-8"
    )
    warning = location_warning(Path("/mnt/office/crm/rapport.db"), mounts)
    assert warning is not None
    assert "network share (nfs4)" in warning
    assert location_warning(Path("/home/me/rapport.db"), mounts) is None
    assert location_warning(Path("//server/share/rapport.db"), mounts) is not None


def test_a_damaged_file_fails_quick_check_without_being_written(
    tmp_path: Path, ctx: AppContext
) -> None:
    from app.storage.database import Database  # noqa: PLC0415

    assert ctx.db.path is not None
    ctx.privacy.purge()  # every page into the main file
    ctx.close()
    data = bytearray(ctx.db.path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 100] = b"\xff" * 100  # break one page's HMAC
    ctx.db.path.write_bytes(bytes(data))
    damaged = Database.open(ctx.db.path)
    assert not quick_check_ok(damaged)
    damaged.dispose()
    assert ctx.db.path.read_bytes() == bytes(data)
