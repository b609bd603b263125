"""`rapport automations list|run`: the follow-up rules and their sweep, headless."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.bootstrap import AppContext
    from app.services.automations import PlannedFollowUp

Emit = Callable[[argparse.Namespace, dict[str, Any], list[str]], None]


def add_automation_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    automations = commands.add_parser(
        "automations", parents=[common], help="list the follow-up rules or run the time rules"
    )
    actions = automations.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common], help="every rule and playbook, on or off")
    run = actions.add_parser(
        "run", parents=[common], help="run the switched-on time rules now (as the hourly sweep)"
    )
    run.add_argument(
        "--dry-run", action="store_true", help="show what would be created, change nothing"
    )


def run_automations(args: argparse.Namespace, ctx: AppContext, emit: Emit) -> int:
    try:
        if args.action == "list":
            rules = ctx.automations.rules()
            payload: dict[str, Any] = {
                "rules": [
                    {
                        "uid": r.uid,
                        "name": r.name,
                        "enabled": r.enabled,
                        "playbook": r.playbook,
                        **{k: v for k, v in r.spec.to_json().items() if k != "name"},
                    }
                    for r in rules
                ]
            }
            lines = [f"{'on ' if r.enabled else 'off'}  {r.name}" for r in rules]
        else:
            result = ctx.automations.sweep(dry_run=args.dry_run)
            payload = {
                "dry_run": result.dry_run,
                "tasks": result.task_count,
                "follow_ups": [_follow_up(f) for f in result.follow_ups],
            }
            verb = "would create" if result.dry_run else "created"
            lines = [
                f"{f.rule_name}: {f.contact_name}: " + "; ".join(e.text for e in f.effects)
                for f in result.follow_ups
            ]
            lines.append(
                f"{verb} {len(result.follow_ups)} follow-up(s), {result.task_count} task(s)"
            )
    finally:
        ctx.close()
    emit(args, payload, lines)
    return 0


def _follow_up(item: PlannedFollowUp) -> dict[str, Any]:
    return {
        "rule": item.rule_name,
        "rule_uid": item.rule_uid,
        "contact_id": item.contact_id,
        "contact": item.contact_name,
        "occurrence": item.occurrence,
        "at": item.at.isoformat(),
        "actions": [
            {
                "kind": e.kind.value,
                "text": e.text,
                "due_at": e.due_at.isoformat() if e.due_at else None,
            }
            for e in item.effects
        ],
    }
