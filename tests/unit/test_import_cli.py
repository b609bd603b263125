"""`rapport import` and `rapport export`: JSON output, one-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app.bootstrap import build_context
from app.cli import EXIT_OK, EXIT_USAGE, main
from app.config.paths import AppPaths

from tests.unit.import_helpers import DATA


def test_import_prints_a_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "import", str(DATA / "google.csv"), "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert (report["created"], report["with_warnings"], report["preset"]) == (4, 1, "google")
    assert report["warnings"] == [
        {
            "row": 5,
            "field": "email",
            "column": "E-mail 1 - Value",
            "reason": "e-mail 'bob@' is not valid; left out",
        }
    ]


def test_dry_run_then_undo_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "import", str(DATA / "apple.vcf"), "--dry-run"]) == EXIT_OK
    assert "Would import apple.vcf" in capsys.readouterr().out
    assert main(["--db", db, "import", str(DATA / "apple.vcf"), "--preset", "vcard"]) == EXIT_OK
    out = tmp_path / "out.vcf"
    assert main(["--db", db, "export", "contacts", str(out), "--format", "vcard3"]) == EXIT_OK
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3
    assert main(["--db", db, "import", "--undo-last", "--json"]) == EXIT_OK
    assert '"removed": 6' in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "missing.csv"], "There is no file at missing.csv."),
        (["import"], "Name the file to import (or give --undo-last)."),
        (
            ["import", str(DATA / "google.csv"), "--preset", "nope"],
            "no import preset called 'nope'",
        ),
        (
            ["import", str(DATA / "google.csv"), "--kind", "orders", "--preset", "google"],
            "imports contacts, not orders",
        ),
        (["export", "ledger", "x.csv", "--format", "xlsx"], "written as CSV"),
        (["export", "contacts", "/no/such/dir/x.csv"], "does not exist"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path,
    paths: AppPaths,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    db = tmp_path / "cli.db"
    build_context(db, paths=paths).close()  # an existing database: no creation notice
    assert main(["--db", str(db), *args]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_export_a_saved_segment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.bootstrap import build_context  # noqa: PLC0415
    from app.config.paths import AppPaths  # noqa: PLC0415
    from app.domain.contact_query import ContactFilter  # noqa: PLC0415

    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "import", str(DATA / "google.csv")]) == EXIT_OK
    ctx = build_context(db, paths=AppPaths.from_environment())
    try:
        ctx.segments.save("VIPs", ContactFilter(tags=("VIP",)))
    finally:
        ctx.close()
    out = tmp_path / "vips.csv"
    assert main(["--db", db, "export", "contacts", str(out), "--segment", "vips"]) == EXIT_OK
    assert "Exported 1 rows" in capsys.readouterr().out
    assert main(["--db", db, "export", "contacts", str(out), "--segment", "nope"]) == EXIT_USAGE
