"""`rapport hub ...` and `rapport sync ...` (issue 22): set up a team hub, its people, and
sync this database with it."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.config.paths import AppPaths
from app.domain.errors import QT_TRANSLATE_NOOP, UserError

HUB_ENV = "RAPPORT_HUB_URL"


def add_parsers(commands: Any, common: argparse.ArgumentParser, parser_class: type) -> None:
    hub = commands.add_parser("hub", parents=[common], help="set up a team hub on PostgreSQL")
    actions = hub.add_subparsers(
        dest="hub_action", metavar="ACTION", required=True, parser_class=parser_class
    )
    init = actions.add_parser(
        "init", parents=[common], help="set up an empty PostgreSQL database as the hub"
    )
    init.add_argument("url", metavar="URL", help="libpq URI, e.g. postgresql://me@host/rapport")
    add = actions.add_parser("add-user", parents=[common], help="create a person's hub login")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=("admin", "member", "viewer"), required=True)
    add.add_argument("--password-file", metavar="FILE", help="the new user's password (0600)")
    listing = actions.add_parser("users", parents=[common], help="list the hub's people")
    set_role = actions.add_parser("set-role", parents=[common], help="change a person's right")
    set_role.add_argument("name", metavar="NAME")
    set_role.add_argument("--role", choices=("admin", "member", "viewer"), required=True)
    switches = [
        actions.add_parser(
            "deactivate", parents=[common], help="stop a person signing in (data stays)"
        ),
        actions.add_parser("reactivate", parents=[common], help="let a person sign in again"),
    ]
    for switch in switches:
        switch.add_argument("name", metavar="NAME")
    for action in (add, listing, set_role, *switches):
        action.add_argument(
            "--hub", metavar="URL", help=f"the hub (default: ${HUB_ENV}, else this database's)"
        )
    sync = commands.add_parser("sync", parents=[common], help="sync with the team hub")
    sync.add_argument("--hub", metavar="URL", help="the hub (remembered after the first sync)")
    sync.add_argument(
        "--batch", type=int, default=5000, metavar="N", help="changes per round trip (5000)"
    )
    steps = sync.add_subparsers(dest="sync_action", metavar="ACTION", parser_class=parser_class)
    steps.add_parser("status", parents=[common], help="the hub, last sync, what is waiting")
    steps.add_parser("conflicts", parents=[common], help="list the open conflicts")
    resolve = steps.add_parser("resolve", parents=[common], help="settle a conflict")
    resolve.add_argument("id", type=int, metavar="ID")
    resolve.add_argument("--keep", required=True, metavar="local|remote|VALUE")


def _schema_version() -> str:
    from app.storage.schema import head_revision  # noqa: PLC0415

    return head_revision()


def _password(file: str | None) -> str | None:
    """A password from a file only its owner can read, never from the command line."""
    if file is None:
        return None
    path = Path(file).expanduser()
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no file at {file}."), file=file)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "{file} may be read by others; make it private (chmod 600) first."
            ),
            file=file,
        )
    return path.read_text(encoding="utf-8").strip() or None


def _require_driver() -> None:
    """psycopg loads PostgreSQL's client library (libpq) when imported; the packaged app uses the
    system's copy, so a computer without it gets a sentence, not a traceback."""
    try:
        import psycopg  # noqa: F401, PLC0415 - imported for the check only
    except ImportError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Team sync needs PostgreSQL's client library (libpq), which this computer "
                "lacks ({problem}); install it (on Debian or Ubuntu: libpq5).",
            ),
            problem=exc,
        ) from exc


def run_hub(args: argparse.Namespace, paths: AppPaths) -> int:
    from app import cli  # noqa: PLC0415

    _require_driver()
    from app.services.sync import hub  # noqa: PLC0415

    if args.hub_action == "init":
        created = hub.init_hub(args.url, _schema_version())
        where = hub.redacted(args.url)
        cli._emit(
            args,
            {"hub": where, "created": created, "schema": _schema_version()},
            [f"{'Set up' if created else 'Checked'} the hub at {where}."],
        )
        return cli.EXIT_OK
    url = args.hub or os.environ.get(HUB_ENV) or _remembered(args, paths)
    if args.hub_action == "add-user":
        user = hub.add_user(url, args.name, args.role, _password(args.password_file))
        cli._emit(
            args,
            {"name": user.name, "role": user.role},
            [f"{user.name} may now sync as {user.role}."],
        )
        return cli.EXIT_OK
    if args.hub_action == "set-role":
        hub.set_role(url, args.name, args.role)
        cli._emit(
            args,
            {"name": args.name, "role": args.role},
            [f"{args.name} now syncs as {args.role}."],
        )
        return cli.EXIT_OK
    if args.hub_action in ("deactivate", "reactivate"):
        active = args.hub_action == "reactivate"
        hub.set_active(url, args.name, active)
        cli._emit(
            args,
            {"name": args.name, "active": active},
            [f"{args.name} {'may sign in again' if active else 'can no longer sign in'}."],
        )
        return cli.EXIT_OK
    people = hub.users(url)
    cli._emit(
        args,
        {"users": [{"name": u.name, "role": u.role, "active": u.active} for u in people]},
        [f"{u.name}: {u.role}{'' if u.active else ' (deactivated)'}" for u in people]
        or ["No users yet."],
    )
    return cli.EXIT_OK


def _remembered(args: argparse.Namespace, paths: AppPaths) -> str:
    ctx = _sync_context(args, paths)
    try:
        hub = ctx[1].status().hub
    finally:
        ctx[0].close()
    if not hub:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Name the hub (--hub URL or ${env})."), env=HUB_ENV
        )
    return str(hub)


def _sync_context(args: argparse.Namespace, paths: AppPaths) -> tuple[Any, Any]:
    from app import cli  # noqa: PLC0415

    _require_driver()
    from app.services.sync.engine import SyncService  # noqa: PLC0415

    ctx = cli._context(args, paths)
    return ctx, SyncService(ctx.db, ctx.clock, _schema_version())


def run_sync(args: argparse.Namespace, paths: AppPaths) -> int:
    from app import cli  # noqa: PLC0415

    ctx, service = _sync_context(args, paths)
    try:
        if args.sync_action == "status":
            status = service.status()
            cli._emit(
                args,
                {
                    "hub": status.hub,
                    "last_sync": status.last_sync,
                    "pending": status.pending,
                    "open_conflicts": status.open_conflicts,
                },
                [
                    f"Hub: {status.hub or 'none yet'}; last sync: {status.last_sync or 'never'}; "
                    f"{status.pending} changes to send; {status.open_conflicts} open conflicts."
                ],
            )
        elif args.sync_action == "conflicts":
            found = service.conflicts()
            rows = [
                {
                    "id": f.id,
                    "table": f.table,
                    "uid": f.uid,
                    "field": f.field,
                    "local": f.local,
                    "remote": f.remote,
                    "base": f.base,
                    "kept": f.kept,
                    "at": f.at,
                    "by": f.by,
                }
                for f in found
            ]
            if args.json:
                print(json.dumps(rows, indent=2, default=str))
            else:
                print("\n".join(_conflict_line(r) for r in rows) or "No open conflicts.")
        elif args.sync_action == "resolve":
            value = service.resolve(args.id, args.keep)
            cli._emit(
                args,
                {"id": args.id, "kept": value},
                [f"Conflict #{args.id} settled; the value kept syncs with the next sync."],
            )
        else:
            report = service.sync(args.hub, batch=max(1, args.batch))
            cli._emit(
                args,
                report.as_dict(),
                [
                    f"Synced in {report.seconds} s: sent {report.pushed}, received "
                    f"{report.pulled}, {report.conflicts} new conflicts."
                ],
            )
    finally:
        ctx.close()
    sys.stdout.flush()
    return cli.EXIT_OK


def _conflict_line(row: dict[str, Any]) -> str:
    """One conflict in words `sync resolve --keep` takes: the hub's "local" is the value `by`
    sent (from any copy, not necessarily this one), "remote" the one it met."""
    return (
        f"#{row['id']} {row['table']} {row['uid']} {row['field']}: local {row['local']!r} "
        f"sent by {row['by']} at {row['at']}, remote {row['remote']!r}; kept {row['kept']}"
    )
