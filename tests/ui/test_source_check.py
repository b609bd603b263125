"""PySide6's per-import check for its name in a module's source keeps no source in memory."""

from __future__ import annotations

import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import app.ui  # noqa: F401 - installs the lighter check, as the GUI's start-up does
import pytest
from PySide6.support import feature


@pytest.fixture
def module_folder(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "rapport_probe_qt.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "rapport_probe_plain.py").write_text("VALUE = 1\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("rapport_probe_qt", "rapport_probe_plain"):
        sys.modules.pop(name, None)
        feature.pyside_feature_dict.pop(name, None)


def test_imported_modules_are_classified_without_caching_their_source(
    module_folder: Path,
) -> None:
    __import__("rapport_probe_qt")  # through builtins.__import__, which PySide6 hooks
    __import__("rapport_probe_plain")
    # 0: uses PySide6 (features may be switched on), -1: ignored; as PySide6 itself decides
    assert feature.pyside_feature_dict["rapport_probe_qt"] == 0
    assert feature.pyside_feature_dict["rapport_probe_plain"] == -1
    cached = {Path(name).name for name in linecache.cache}
    assert not cached & {"rapport_probe_qt.py", "rapport_probe_plain.py"}
