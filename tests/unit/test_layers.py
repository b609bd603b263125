"""Arrows point down only: domain, storage and services never import Qt."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import pkgutil, importlib, sys
import app.domain, app.storage, app.services, app.config
for package in (app.domain, app.storage, app.services, app.config):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations." in info.name:
            continue  # alembic scripts: loaded by alembic, not imported
        importlib.import_module(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"))
print(",".join(qt) or "none")
"""


def test_core_layers_do_not_import_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "none"
