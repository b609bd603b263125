"""Bad arguments exit 2 with one line on stderr, never 3 (a bug) with a traceback in the log."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app.bootstrap import build_context
from app.cli import main
from app.services.contacts import ContactDraft


@pytest.fixture
def plain_db(tmp_path: Path) -> str:
    path = tmp_path / "plain.db"
    assert main(["stats", "--db", str(path), "--plain"]) == 0
    return str(path)


@pytest.fixture
def folder(tmp_path: Path) -> str:
    path = tmp_path / "folder.db"
    path.mkdir()
    return str(path)


CASES = [
    pytest.param(["check", "--db", "{folder}"], "is a folder", id="check-folder"),
    pytest.param(["stats", "--db", "{folder}"], "is a folder", id="stats-folder"),
    pytest.param(["backup", "--db", "{folder}"], "is a folder", id="backup-folder"),
    pytest.param(
        ["stats", "--db", "{db}", "--from", "0001-01-01"], "out of range", id="stats-year-1"
    ),
    pytest.param(
        ["stats", "--db", "{db}", "--to", "9999-12-31"], "out of range", id="stats-year-9999"
    ),
    pytest.param(
        ["stats", "--db", "{db}", "--from", "2026-02-30"], "not a date", id="stats-no-such-day"
    ),
    pytest.param(
        ["export", "contacts", "{tmp}/x.csv", "--db", "{db}", "--ids", "1" * 27],
        "not a list of contact ids",
        id="export-27-digit-id",
    ),
    pytest.param(
        ["export", "contacts", "{tmp}/x.csv", "--db", "{db}", "--ids", "0,-4"],
        "not a list of contact ids",
        id="export-id-zero",
    ),
    pytest.param(
        ["stats", "--db", "postgresql://nobody@127.0.0.1:9/none"],
        "driver|cannot be reached",
        id="postgresql-url",
    ),
    pytest.param(["stats", "--db", "mysql://nobody@127.0.0.1:9/none"], "driver", id="mysql-url"),
]


@pytest.mark.parametrize(("argv", "said"), CASES)
def test_a_bad_argument_exits_2_with_one_line(  # noqa: PLR0917
    argv: list[str],
    said: str,
    plain_db: str,
    folder: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    filled = [part.format(db=plain_db, folder=folder, tmp=tmp_path) for part in argv]
    assert main(filled) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("rapport: ")
    assert "something went wrong" not in err
    assert re.search(said, err), err


def test_a_large_id_list_within_range_still_exports(plain_db: str, tmp_path: Path) -> None:
    ctx = build_context(plain_db)
    first = ctx.contacts.create(ContactDraft(first_name="Ada"))
    ctx.close()
    argv = ["export", "contacts", str(tmp_path / "x.csv"), "--db", plain_db]
    assert main([*argv, "--ids", f"{first.id},{2**63 - 1}"]) == 0
    assert "Ada" in (tmp_path / "x.csv").read_text(encoding="utf-8")
