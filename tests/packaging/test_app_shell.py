"""What the frozen build relies on, checked from source in `make test`: resources found, a crash
logged with its traceback and shown with the log's path, the start-up paint probe."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from app.bootstrap import build_context
from app.config.logs import LOG_FILE, configure_logging
from app.config.paths import AppPaths
from app.services.security import KeyRequest
from app.ui import application
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def test_icon_found_in_resources(qapp: QApplication) -> None:
    icon = application.app_icon(application.resource_dir() / "icons")
    assert not icon.isNull()
    assert max(size.width() for size in icon.availableSizes()) == 512


def test_crash_is_logged_and_shown_with_the_log_path(
    paths: AppPaths, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_file = configure_logging(paths.log_dir)
    try:
        application.install_excepthook(paths.log_dir)
        try:
            raise ValueError("boom in a slot")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        _detach(log_file)
    assert shown == [f"Something went wrong. The details are in {paths.log_dir / LOG_FILE}"]
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "ValueError: boom in a slot" in logged


def test_crash_off_the_gui_thread_is_logged_without_a_dialog(
    paths: AppPaths, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker failing as the app quits: a dialog built there would make Qt abort."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(str(args)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_file = configure_logging(paths.log_dir)

    def fail() -> None:
        try:
            raise RuntimeError("boom in a worker")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    try:
        application.install_excepthook(paths.log_dir)
        worker = threading.Thread(target=fail)
        worker.start()
        worker.join()
    finally:
        _detach(log_file)
    assert shown == []
    assert "RuntimeError: boom in a worker" in log_file.read_text(encoding="utf-8")


def test_paint_probe_reports_the_first_paint_and_quits(paths: AppPaths, db_path: Path) -> None:
    """Whole process: a real event loop must not run inside the test process, whose shared
    QApplication stops firing timers for later tests once exec() has returned."""
    # an existing plain database: no first-run dialog, no key the child process cannot reach
    build_context(db_path, paths=paths, keys=KeyRequest(plain=True)).close()
    env = {**os.environ, application.PAINT_PROBE_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["first-paint"]
    assert float(lines[0].split()[1]) > 0


def _detach(log_file: Path) -> None:
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", None) == str(log_file)]:
        root.removeHandler(handler)
        handler.close()
