"""Exit codes: 0 done, 1 a check failed, 2 bad input (one line, no traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from app.cli import main
from app.storage.database import Database
from sqlalchemy import text


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("rapport ")


def test_bad_arguments_exit_2_with_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "demo", "--size", "huge"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "invalid choice: 'huge'" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.db")
    assert main(["demo", "--db", db, "--size", "small", "--json"]) == 0
    assert '"contact": 500' in capsys.readouterr().out
    assert main(["check", "--db", db]) == 0
    assert "ok   audit_chain" in capsys.readouterr().out


def test_top_level_db_option_reaches_the_sub_command(tmp_path: Path) -> None:
    db = tmp_path / "top.db"
    assert main(["--db", str(db), "demo"]) == 0
    assert db.exists()


def test_demo_refuses_a_database_with_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "demo.db")
    assert main(["demo", "--db", db]) == 0
    assert main(["demo", "--db", db]) == 2
    assert "already holds contacts; use --force" in capsys.readouterr().err
    assert main(["demo", "--db", db, "--force"]) == 0


def test_check_names_the_failing_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tampered.db"
    assert main(["demo", "--db", str(path)]) == 0
    db = Database.open(path)
    with db.write() as session:
        session.execute(text("UPDATE audit_log SET detail = 'edited'"))
    db.dispose()
    assert main(["check", "--db", str(path)]) == 1
    assert "check failed: audit_chain" in capsys.readouterr().err


def test_check_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path / "missing.db")]) == 2
    assert capsys.readouterr().err.startswith("rapport: There is no database at")


def test_self_test_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "main window rendered" in out
    assert out.strip().endswith("self-test passed")


def test_privacy_review_counts_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import replace  # noqa: PLC0415
    from datetime import UTC, datetime  # noqa: PLC0415

    from app.bootstrap import build_context  # noqa: PLC0415
    from app.config.paths import AppPaths  # noqa: PLC0415
    from app.domain.clock import FixedClock  # noqa: PLC0415
    from app.services.contacts import ContactDraft  # noqa: PLC0415
    from app.services.security import KeyRequest  # noqa: PLC0415

    db = tmp_path / "review.db"
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "logs")
    long_ago = FixedClock(datetime(2020, 1, 1, tzinfo=UTC))
    ctx = build_context(db, paths=paths, clock=long_ago, keys=KeyRequest(plain=True))
    try:
        ctx.contacts.create(ContactDraft("Idle", "Ida"))
        ctx.settings.save_business(replace(ctx.settings.business(), retention_months=1))
    finally:
        ctx.close()
    assert main(["--db", str(db), "privacy", "review"]) == 0
    assert "Retention rule: 1 month; 1 contact to review." in capsys.readouterr().out
