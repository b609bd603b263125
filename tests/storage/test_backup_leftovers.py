"""What a backup or restore killed midway (or stopped by a full disk) leaves behind: tidied at
the next start, never taken for a backup, and a full disk is one line and exit 2 in the CLI."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

from app.bootstrap import AppContext, build_context
from app.cli import main
from app.config.paths import AppPaths
from app.domain.clock import FixedClock

ROOT = Path(__file__).resolve().parents[2]


def test_leftovers_of_killed_backups_and_restores_are_tidied_at_start(
    ctx: AppContext, db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    good = ctx.backups.backup_now()
    folder = good.parent
    stem = db_path.stem
    leftovers = [
        folder / f"auto-{stem}-20260302-110000.db.partial",
        folder / f"auto-{stem}-20260302-110000.db.partial-journal",
        folder / f"{stem}-2026-03-02.db.partial",
        db_path.with_name(db_path.name + ".restoring"),
        db_path.with_name(db_path.name + ".restoring-wal"),
    ]
    others = folder / "auto-other-20260302-110000.db.partial"  # another database's, maybe live
    for path in [*leftovers, others]:
        path.write_bytes(b"\0" * 4096)
    assert [info.path for info in ctx.backups.backups()] == [good]  # never taken for a backup
    ctx.close()
    again = build_context(db_path, paths=paths, clock=clock)
    try:
        assert [path for path in leftovers if path.exists()] == []
        assert others.exists()
        assert [info.path for info in again.backups.backups()] == [good]
    finally:
        again.close()


def _small_disk() -> None:
    """The child's files may not grow past 256 KiB: writes beyond fail as on a full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))


def test_a_full_disk_during_backup_is_one_line_exit_2_and_leaves_no_partial(
    tmp_path: Path,
) -> None:
    db = tmp_path / "live.db"
    assert main(["demo", "--db", str(db), "--plain"]) == 0
    out = tmp_path / "out"
    out.mkdir()
    target = out / "copy.db"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "backup", "--db", str(db), "-o", str(target)],
        capture_output=True,
        text=True,
        preexec_fn=_small_disk,
        check=False,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert str(target) in lines[0]
    assert "disk is full" in lines[0]
    assert list(out.iterdir()) == []
