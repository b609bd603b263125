"""sqlcipher3 is a C extension whose package imports its dbapi2 module by name."""

from PyInstaller.utils.hooks import collect_dynamic_libs

hiddenimports = ["sqlcipher3.dbapi2", "sqlcipher3._sqlite3"]
binaries = collect_dynamic_libs("sqlcipher3")
