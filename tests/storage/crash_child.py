"""Child process for the crash tests: opens a database and writes until it is killed.

Usage: python -m tests.storage.crash_child DB MODE   (MODE: import, create, backup)
It prints "ready" once the database is open, so the parent kills it mid-work, not mid-start.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.bootstrap import build_context
from app.storage.models import Contact
from app.storage.records import stamp_new

BATCH = 10_000


def import_batches(db: Path) -> None:
    """Import 10,000 contacts per transaction, batch after batch."""
    ctx = build_context(db)
    print("ready", flush=True)
    batch = 0
    while True:
        batch += 1
        now = ctx.clock.now()
        with ctx.db.write() as session:
            for n in range(BATCH):
                name = f"Batch{batch} Person{n}"
                row = Contact(
                    first_name=f"Batch{batch}",
                    last_name=f"Person{n}",
                    display_name=name,
                    sort_name=name.lower(),
                    email=f"p{n}.b{batch}@example.org",
                )
                stamp_new(row, now)
                session.add(row)


def backup_forever(db: Path) -> None:
    ctx = build_context(db)
    print("ready", flush=True)
    while True:
        ctx.backups.backup_now()


def create(db: Path) -> None:
    print("ready", flush=True)
    build_context(db).close()


if __name__ == "__main__":
    target, mode = Path(sys.argv[1]), sys.argv[2]
    {"import": import_batches, "backup": backup_forever, "create": create}[mode](target)
