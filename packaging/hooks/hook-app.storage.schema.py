"""Alembic loads env.py and the revision files by path, so they ship as files, not only bytecode.

app.storage.revisions finds them next to itself (MIGRATIONS_DIR), which in the frozen build is
_internal/app/storage/migrations.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files(
    "app.storage.migrations", include_py_files=True, excludes=["**/__pycache__/**"]
)
# What the revision files and env.py import when alembic runs them.
hiddenimports = [
    *collect_submodules("alembic", filter=lambda name: not name.startswith("alembic.testing")),
    "app.storage.models",
    "app.storage.sync_capture",  # 0015 installs the capture triggers
    "sqlalchemy.dialects.sqlite",
]
