"""Wild import files through the parallel path: rows checked by worker processes (what files
above the size threshold get) are read or refused in words, and give exactly the report of
checking them in this process."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.import_export import parallel
from app.services.import_export.importer import ImportReport
from app.services.import_export.limits import content_bytes
from app.services.import_export.parallel import PARALLEL_MIN_BYTES, worker_count
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.wild import BUDGETS, assert_sound, calmly, fuzz, wild_bytes, wild_text
from tests.unit.import_helpers import count

HEADER = b"First Name,Last Name,Email,Phone,Birthday,Country,Notes\r\n"


def _outcome(report: ImportReport | UserError) -> object:
    """What must not depend on the number of processes: the counts and every problem."""
    if isinstance(report, UserError):
        return str(report)
    return (
        report.rows,
        report.created,
        report.merged,
        report.failures,
        report.warnings,
        report.unmapped,
    )


def _dry_runs(ctx: AppContext, path: Path) -> tuple[object, object] | None:
    """The dry-run report checked here and by two workers (None when the file is refused)."""
    source = calmly(ctx.imports.inspect, path)
    if isinstance(source, UserError):
        return None
    plan = calmly(ctx.imports.plan, source, dry_run=True)
    if isinstance(plan, UserError):
        return None
    outcomes = []
    for workers in (1, 2):
        ctx.imports.workers = workers
        outcomes.append(_outcome(calmly(ctx.imports.run, plan)))
    return outcomes[0], outcomes[1]


@pytest.mark.parametrize("examples", BUDGETS)
def test_wild_rows_checked_by_workers_match_this_process(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, examples: int
) -> None:
    monkeypatch.setattr(parallel, "CHUNK_ROWS", 3)  # several chunks in flight per file
    rows = st.lists(
        st.lists(wild_text.filter(lambda t: len(t) < 2000), min_size=1, max_size=8).map(
            lambda cells: ",".join(f'"{c}"' for c in cells).encode("utf-8", "surrogatepass")
        )
        | wild_bytes,
        max_size=12,
    )

    @fuzz(examples)
    @given(body=rows)
    def check(body: list[bytes]) -> None:
        path = tmp_path / "wild.csv"
        path.write_bytes(HEADER + b"\r\n".join(body))
        found = _dry_runs(ctx, path)
        if found is not None:
            here, pooled = found
            assert pooled == here

    check()
    assert count(ctx, "contact") == 0  # dry runs
    assert_sound(ctx)


def test_a_wild_file_above_the_threshold_imports_through_the_pool(
    ctx: AppContext, tmp_path: Path
) -> None:
    """A real run of the size that picks workers by itself, wild rows scattered through it."""
    wild = [
        '"\x00a",b,c@,12,31.02.1990,Atlantis,"\u202e"'.encode(),
        b"\xff\xfe\x00,\xc3\x28,,,,,",
        b'Zo\xc3\xab,"multi\r\nline",zoe@example.org,+49 30 1234567,,DE,',
        b",,,,,,",
        b"BEGIN:VCARD,,,,,,",
    ]
    lines = [HEADER.rstrip()]
    n = 0
    while sum(len(line) + 2 for line in lines) <= PARALLEL_MIN_BYTES + 100_000:
        note = f"note {n} " * 25  # long rows: the threshold is passed with fewer of them
        lines.append(f"Ann,Lee{n},p{n}@example.com,+49 30 {1_000_000 + n},,DE,{note}".encode())
        lines.append(wild[n % len(wild)])
        n += 1
    path = tmp_path / "big.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    assert worker_count(content_bytes(path)) > 1 or (len(parallel.os.sched_getaffinity(0)) == 1)
    source = ctx.imports.inspect(path, encoding="latin-1")  # every byte decodes
    report = ctx.imports.run(ctx.imports.plan(source))
    assert report.created >= n  # every good row, and the wild rows that name someone
    assert report.failed == len({p.row for p in report.failures})
    assert all(str(p.reason) for p in (*report.failures, *report.warnings))
    assert count(ctx, "contact") == report.created
    assert_sound(ctx)
