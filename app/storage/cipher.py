"""SQLCipher's whole-file copy: the database exported into a new file under another key.

Re-keying, encrypting and decrypting a file all go through `sqlcipher_export` into an attached
file; `services.security` stages, checks and swaps the files around it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.domain.progress import Cancelled
from app.storage.engine import DatabaseKey, connect_raw, watch


def export_database(
    path: Path,
    key: DatabaseKey | None,
    fresh: Path,
    new_key: DatabaseKey | None,
    *,
    tick: Callable[[], None],
    cancelled: Cancelled,
) -> None:
    """sqlcipher_export the database into `fresh`, keyed with `new_key` (None: plain)."""
    source = connect_raw(path, key)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target = new_key.pragma_value() if new_key else "''"
        source.execute(f"ATTACH DATABASE ? AS fresh KEY {target}", (str(fresh),))
        watch(source, cancelled, tick)
        source.execute("SELECT sqlcipher_export('fresh')")
        source.set_progress_handler(None, 0)
        version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"PRAGMA fresh.user_version = {int(version)}")
        source.execute("DETACH DATABASE fresh")
    finally:
        source.close()
