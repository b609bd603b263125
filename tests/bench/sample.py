"""The sample database a run measures: generated once by the app's own `demo` command and kept
in a git-ignored cache keyed by size, seed, schema revision and the generator's source, so a new
migration, another seed or a changed generator gets a fresh file and every other run reuses it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
import time
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from app.storage.schema import head_revision

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench-data"
SIDE_FILES = ("-wal", "-shm", "-journal", ".lock")
GENERATOR = ROOT / "app" / "services" / "demo.py"


def cached_name(size: str, seed: int) -> str:
    generator = hashlib.sha256(GENERATOR.read_bytes()).hexdigest()[:8]
    return f"{size}-seed{seed}-schema{head_revision()}-demo{generator}.db"


def fingerprint(database: Path) -> tuple[int, ...]:
    """Size and modification time of the file and its write-ahead log: a scenario that wrote
    to the shared sample (instead of a copy in its scratch folder) changes one of them."""
    wal = database.with_name(database.name + "-wal")
    stat = database.stat()
    wal_size = wal.stat().st_size if wal.exists() else 0
    return (stat.st_size, stat.st_mtime_ns, wal_size)


def discard(database: Path) -> None:
    """Drop a cached sample that a scenario changed, so the next run generates it afresh."""
    _remove_with_side_files(database)


def sample_database(python: str, size: str, seed: int, cache: Path = CACHE) -> Path:
    """The cached sample of `size`, generating it first when missing. Generation writes to a
    partial file that is renamed only once complete, so an interrupted run never leaves a
    half-filled database that later runs would trust."""
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / cached_name(size, seed)
    if target.exists():
        return target
    partial = target.with_name(target.stem + ".partial.db")
    _remove_with_side_files(partial)
    started = time.perf_counter()
    print(f"Generating the {size} sample database (seed {seed}) into {target} …", flush=True)
    with tempfile.TemporaryDirectory(prefix="home-", dir=cache) as home:
        # plain: the floors are plain SQLite; the security scenario makes its encrypted copy
        demo = [
            python,
            str(ROOT / "main.py"),
            "demo",
            "--plain",
            "--size",
            size,
            "--seed",
            str(seed),
        ]
        subprocess.run(
            [*demo, "--db", str(partial)],
            env={**os.environ, "RAPPORT_HOME": home},
            check=True,
            stdout=subprocess.DEVNULL,
        )
    _fold_wal(partial)
    partial.replace(target)
    print(f"Generated in {time.perf_counter() - started:.0f} s.", flush=True)
    return target


def _fold_wal(path: Path) -> None:
    """Move any write-ahead log into the main file so the database is one file when renamed."""
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    _remove_side_files(path)


def _remove_with_side_files(path: Path) -> None:
    path.unlink(missing_ok=True)
    _remove_side_files(path)


def _remove_side_files(path: Path) -> None:
    for suffix in SIDE_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
