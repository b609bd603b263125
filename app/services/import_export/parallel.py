"""Checking contact rows on every core: the per-row validation (names, e-mail, phone numbers,
dates) is pure CPU and independent per row, so a big file is checked in chunks by a pool of
worker processes while this process matches and writes. Results come back in file order, so a
run gives the same outcome with any number of workers.

Small files are checked in this process: starting workers costs about half a second.
A worker freezes its heap once started (its modules), so the garbage collector, run again and
again by the rows of each chunk, no longer walks all of it each time; and it collects rarely
(`BULK_THRESHOLDS`), as the importing process does while it writes.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Generator, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import TYPE_CHECKING

from app.domain.errors import Message
from app.services.import_export.contact_rows import ContactData, RowError, contact_from_row
from app.services.import_export.limits import MEGABYTE, restore_neutralised

if TYPE_CHECKING:  # the readers (openpyxl, vobject) would cost every worker 0.2 s to import
    from app.services.import_export.readers import SourceRow

CHUNK_ROWS = 2_000
PARALLEL_MIN_BYTES = 2 * MEGABYTE
MAX_WORKERS = 4
# A row's outcome: the validated contact, or (field, reason) of every bad field.
Checked = ContactData | tuple[tuple[str, Message], ...]
_Pending = list[tuple[int, tuple[str, ...], Message | None]]  # number, cells, read error
Fixed = tuple[tuple[str, str], ...]  # (field, value) every row has
# The collector's thresholds while rows are checked or written: a young generation bigger than a
# chunk's objects (2,000 rows' dicts, lists and contacts), which then mostly die by reference
# count before any collection walks them. Python's default (700) walked each a few times: 0.3 s
# of a 100k-row import in each process.
BULK_THRESHOLDS = (50_000, 20, 100)


def mapped_values(source: SourceRow, mapping: tuple[str, ...], fixed: Fixed = ()) -> dict[str, str]:
    """Field -> cell text, with the apostrophe our exports put before formula-like cells removed
    (so '+49 30 … exported and imported again is +49 30 … again); `fixed` are values every row
    has (a phone's label taken from its column's header)."""
    return _mapped(source.values, mapping, fixed)


def _mapped(cells: tuple[str, ...], mapping: tuple[str, ...], fixed: Fixed) -> dict[str, str]:
    values = {
        name: restore_neutralised(value)
        for name, value in zip(mapping, cells, strict=False)
        if name
    }
    if fixed:
        values.update(fixed)
    return values


def worker_count(file_bytes: int) -> int:
    """How many processes should check a file of this size (1 = this process only)."""
    if file_bytes < PARALLEL_MIN_BYTES:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_WORKERS))


def checked_contacts(
    rows: Iterator[SourceRow],
    mapping: tuple[str, ...],
    region: str,
    workers: int,
    fixed: Fixed = (),
) -> Generator[tuple[int, Checked]]:
    """(row number, outcome) for every row, in file order; close it when stopping early, so
    the worker pool shuts down in the caller's thread."""
    chunks = _chunks(rows)
    if workers <= 1:
        for chunk in chunks:
            yield from check_chunk(chunk, mapping, region, fixed)
        return
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_settled)
    pending: deque[Future[list[tuple[int, Checked]]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(check_chunk, chunk, mapping, region, fixed))
            if len(pending) >= 2 * workers:  # bounded: memory stays flat for any file size
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _settled() -> None:
    """A new worker's heap, its modules imported (to call this it imported this module), moved
    out of the collector's way, which then runs rarely (see the module's docstring)."""
    gc.freeze()
    gc.set_threshold(*BULK_THRESHOLDS)


def check_chunk(
    chunk: _Pending, mapping: tuple[str, ...], region: str, fixed: Fixed = ()
) -> list[tuple[int, Checked]]:
    """Map and validate one chunk (runs in a worker process, or here for small files)."""
    out: list[tuple[int, Checked]] = []
    for number, cells, error in chunk:
        if error:
            out.append((number, (("", error),)))
            continue
        try:
            out.append((number, contact_from_row(_mapped(cells, mapping, fixed), region)))
        except RowError as exc:
            out.append((number, exc.problems))
    return out


def _chunks(rows: Iterator[SourceRow]) -> Iterator[_Pending]:
    chunk: _Pending = []
    for source in rows:
        chunk.append((source.number, source.values, source.error))
        if len(chunk) >= CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
