"""`rapport automations list|run [--dry-run] --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app.bootstrap import build_context
from app.cli import main
from app.config.paths import AppPaths
from app.domain.automation import PLAYBOOKS
from app.domain.clock import FixedClock
from app.services.contacts import ContactDraft
from sqlalchemy import text


def test_list_and_run_with_dry_run(
    tmp_path: Path, paths: AppPaths, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.db"
    ctx = build_context(db, paths=paths, clock=clock)
    ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg", stage="customer"))  # type: ignore[arg-type]
    ctx.automations.set_enabled(next(p.uid for p in PLAYBOOKS if p.key == "re_engage"), True)
    ctx.close()
    assert main(["automations", "list", "--db", str(db), "--json"]) == 0
    rules = json.loads(capsys.readouterr().out)["rules"]
    assert len(rules) == len(PLAYBOOKS)
    assert [r["when"]["kind"] for r in rules if r["enabled"]] == ["no_contact"]

    ctx = build_context(db, paths=paths, clock=clock)  # the CLI runs on the real clock:
    with ctx.db.write() as session:  # date the contact back so it is due whatever the day
        session.execute(text("UPDATE contact SET created_at = '2020-01-01 00:00:00'"))
    ctx.close()
    assert main(["automations", "run", "--dry-run", "--db", str(db), "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert (dry["dry_run"], dry["tasks"]) == (True, 1)
    [follow_up] = dry["follow_ups"]
    assert follow_up["contact"] == "Anna Berg"
    assert follow_up["actions"][0]["text"] == "Get back in touch with Anna Berg"
    assert main(["automations", "run", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["follow_ups"] == dry["follow_ups"]
    assert main(["automations", "run", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tasks"] == 0


def test_missing_action_exits_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["automations", "--db", str(tmp_path / "x.db")])
    assert exit_info.value.code == 2
