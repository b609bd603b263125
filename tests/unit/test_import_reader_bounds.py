"""Hostile or mistaken files meet bounded reading and a one-line answer (issue 20, items 4 and
7): huge vCard lines and cards are reported by card, bad reader input exits 2 with one line."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
import sqlalchemy.exc
from app.bootstrap import AppContext
from app.cli import EXIT_OK, EXIT_USAGE, main
from app.services.import_export import importer
from app.services.import_export.limits import ImportLimits
from app.services.import_export.readers import detect, read_rows
from app.services.import_export.vcard import MAX_CARD_LINES, MAX_LINE_CHARS

from tests.unit.import_helpers import contacts, run_import

GOOD_CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Good;Bea;;;\r\nFN:Bea Good\r\nEND:VCARD\r\n"


def test_a_50_mb_vcard_line_is_reported_with_bounded_memory(ctx: AppContext, tmp_path) -> None:
    path = tmp_path / "huge.vcf"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge Note\r\nNOTE:")
        for _ in range(50):
            handle.write("x" * 1_000_000)
        handle.write("\r\nEND:VCARD\r\n" + GOOD_CARD)
    limits = ImportLimits()
    tracemalloc.start()
    try:
        rows = list(read_rows(detect(path, limits), limits))
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024  # the line is read in chunks, never whole
    assert [row.number for row in rows] == [1, 2]
    assert str(rows[0].error) == (
        f"the card starting on line 1 cannot be read: line 4 is longer than "
        f"{MAX_LINE_CHARS:,} characters"
    )
    report = run_import(ctx, path)
    assert (report.created, report.failed) == (1, 1)
    assert "Bea Good" in contacts(ctx)


def test_a_card_with_a_million_properties_is_reported_and_the_rest_imported(
    ctx: AppContext, tmp_path
) -> None:
    path = tmp_path / "many.vcf"
    lines = "X-NOISE:1\r\n" * 1_000_000
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n{lines}END:VCARD\r\n{GOOD_CARD}",
        encoding="utf-8",
    )
    report = run_import(ctx, path)
    assert (report.created, report.failed) == (1, 1)
    assert str(report.failures[0].reason) == (
        f"the card starting on line 1 cannot be read: the card has more than "
        f"{MAX_CARD_LINES:,} lines"
    )


def test_a_long_photo_line_is_skipped_quietly(ctx: AppContext, tmp_path) -> None:
    path = tmp_path / "photo.vcf"
    photo = "A" * (3 * MAX_LINE_CHARS)
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Ann\r\nPHOTO;ENCODING=BASE64;JPEG:{photo}\r\n"
        "\r\nTEL;CELL:+49 170 1234567\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report = run_import(ctx, path)
    assert (report.created, report.failed) == (1, 0)
    assert contacts(ctx)["Ann Lee"]["phone_norm"] == "+491701234567"


def _cli(tmp_path: Path, *args: str) -> int:
    return main(["--db", str(tmp_path / "cli.db"), "import", "--plain", *args])


@pytest.mark.parametrize(
    ("name", "content", "args_said"),
    [
        ("ok.csv", b"Name\nAnn\n", (("--delimiter", ";;"), "The delimiter must be one character")),
        ("junk.vcf", bytes(range(256)) * 20, ((), "holds no vCards")),
        ("empty.vcf", b"", ((), "The file empty.vcf is empty.")),
        ("blank.vcf", b"\r\n \r\n", ((), "The file blank.vcf is empty.")),
        ("nocards.vcf", b"Notes: BEGIN:VCARD comes first\r\n", ((), "holds no contacts Rapport")),
        ("contacts.pst", b"!BDN" + bytes(500), ((), "contacts.pst is an Outlook data file")),
        ("book.csv", b"SQLite format 3\x00" + bytes(500), ((), "is a database file")),
    ],
)
def test_bad_files_and_arguments_exit_2_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    args_said: tuple[tuple[str, ...], str],
) -> None:
    args, said = args_said
    path = tmp_path / name
    path.write_bytes(content)
    assert _cli(tmp_path, str(path), *args) == EXIT_USAGE
    err = capsys.readouterr().err
    assert said in err
    assert err.count("\n") == 1


def test_a_50_mb_csv_line_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "long.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Name,Notes\nAnn,")
        for _ in range(50):
            handle.write("n" * 1_000_000)
        handle.write("\nBob,fine\n")
    assert _cli(tmp_path, str(path)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "Row 2: the file cannot be read as CSV" in err
    assert err.count("\n") == 1


def test_a_full_disk_during_a_parallel_import_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked by worker processes (the file is above the parallel threshold); the write fails
    as SQLite does on a full disk. The pool is shut down in this thread: no 'cannot join
    current thread' traceback from the garbage collector running in the pool's thread."""
    path = tmp_path / "big.csv"
    rows = (f"Ann,Lee{n},p{n}@example.com,+49 30 {1_000_000 + n}" for n in range(60_000))
    path.write_text("First Name,Last Name,Email,Phone\n" + "\n".join(rows) + "\n")
    assert path.stat().st_size > importer.worker_count.__globals__["PARALLEL_MIN_BYTES"]

    def full(*_args: object) -> None:
        raise sqlalchemy.exc.OperationalError("INSERT", None, Exception("database or disk is full"))

    monkeypatch.setattr(importer._ContactWriter, "_write_new", full)
    assert _cli(tmp_path, str(path)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err == (
        "rapport: The disk holding the database is full or failing; free some space and try "
        "again.\n"
    )


def test_a_good_file_still_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "ok.vcf"
    path.write_text(GOOD_CARD, encoding="utf-8")
    assert _cli(tmp_path, str(path)) == EXIT_OK
