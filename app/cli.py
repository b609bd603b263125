"""Command line: no sub-command opens the GUI; sub-commands work headless and print JSON on --json.

Exit codes: 0 done, 1 a check failed, 2 bad input or environment (one line on stderr), 3 a bug
(one line naming the log file, which holds the traceback).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from app import __version__
from app.cli_automations import add_automation_commands, run_automations
from app.config.logs import configure_logging
from app.config.paths import AppPaths
from app.domain.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from app.bootstrap import AppContext
    from app.services.security import KeyRequest

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments in one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rapport", description="Rapport, the offline-first desktop CRM.")
    parser.add_argument("--version", action="version", version=f"rapport {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on a temporary database and exit",
    )
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,  # keeps a --db given before the sub-command
        help="database file or SQLAlchemy URL (default: $RAPPORT_DB, else the "
        "file in the user data folder)",
    )
    common.add_argument("--json", action="store_true", help="print the result as JSON")
    common.add_argument("--verbose", action="store_true", help="log debug detail")
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase or recovery key from FILE (readable by its owner only) "
        "when the system keychain holds no key; default: $RAPPORT_PASSPHRASE_FILE",
    )
    common.add_argument(
        "--plain",
        action="store_true",
        help="create a new database unencrypted (only on explicit request)",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", parents=[common], help="fill a database with sample data")
    demo.add_argument("--size", choices=("small", "medium", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--force",
        action="store_true",
        help="add sample data even if the database already holds contacts",
    )
    stats = commands.add_parser(
        "stats", parents=[common], help="print NPS, CSAT, churn, cohorts, CLV, RFM and complaints"
    )
    stats.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help="first day (default: 11 months before --to)",
    )
    stats.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (default: today)")
    stats.add_argument("--by", choices=("day", "week", "month", "quarter"), default="month")
    stats.add_argument("--segment", metavar="NAME", help="a saved segment or an RFM segment name")
    _add_import_export(commands, common)
    commands.add_parser(
        "check",
        parents=[common],
        help="verify the database (integrity, foreign keys, schema, audit chain)",
    )
    _add_security_commands(commands, common)
    add_automation_commands(commands, common)
    return parser


def _add_security_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[common], help="write a verified backup (encrypted like the database)"
    )
    backup.add_argument(
        "-o", "--output", metavar="FILE", help="backup file (default: the backup folder)"
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a verified backup (the current one is kept)",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    privacy = commands.add_parser(
        "privacy", parents=[common], help="GDPR: export or erase what is held on one person"
    )
    actions = privacy.add_subparsers(
        dest="privacy_action", metavar="ACTION", required=True, parser_class=_Parser
    )
    export = actions.add_parser(
        "export", parents=[common], help="write a zip (JSON and CSV) of all held on the person"
    )
    export.add_argument("--contact", required=True, metavar="EMAIL_OR_UID")
    export.add_argument("-o", "--output", metavar="FILE", help="zip file to write")
    erase = actions.add_parser(
        "erase", parents=[common], help="anonymise the person for good (numbers are kept)"
    )
    erase.add_argument("--contact", required=True, metavar="EMAIL_OR_UID")
    erase.add_argument("--yes", action="store_true", help="confirm the erasure")
    actions.add_parser(
        "review",
        parents=[common],
        help="list contacts idle longer than the retention setting (for review)",
    )


def _add_import_export(commands: Any, common: argparse.ArgumentParser) -> None:
    """`import` and `export` (issue 7); choices are spelled out so --help documents them."""
    imp = commands.add_parser(
        "import", parents=[common], help="import contacts, interactions, orders or surveys"
    )
    imp.add_argument("file", nargs="?", help="CSV/TSV, vCard, xlsx, or a full JSON export")
    imp.add_argument("--kind", choices=("contacts", "interactions", "orders", "surveys"))
    imp.add_argument("--format", choices=("auto", "csv", "vcard", "xlsx", "json"), default="auto")
    imp.add_argument("--preset", default="", help="e.g. google, outlook, vcard, shopify-orders")
    imp.add_argument("--encoding", default="", help="override the detected text encoding")
    imp.add_argument("--delimiter", default="", help="override the detected CSV delimiter")
    imp.add_argument("--sheet", default="", help="xlsx: the sheet to read (default: the first)")
    imp.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    imp.add_argument("--on-duplicate", choices=("skip", "update", "create"), default="skip")
    imp.add_argument(
        "--overwrite",
        action="store_true",
        help="with --on-duplicate update: overwrite filled fields, not only empty ones",
    )
    imp.add_argument("--undo-last", action="store_true", help="undo the last import and exit")
    exp = commands.add_parser(
        "export", parents=[common], help="export contacts, the ledger, surveys or everything"
    )
    exp.add_argument("what", choices=("contacts", "ledger", "surveys", "all"))
    exp.add_argument("file", help="where to write")
    exp.add_argument(
        "--format",
        choices=("csv", "vcard3", "vcard4", "xlsx", "json"),
        default="",
        help="contacts: csv (Google columns), vcard3, vcard4 or xlsx; all: json",
    )
    exp.add_argument("--ids", default="", help="contacts: only these ids, e.g. 1,2,3")
    exp.add_argument("--segment", default="", help="contacts: only those of this saved segment")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.from_environment()
    log_file = configure_logging(paths.log_dir, verbose=getattr(args, "verbose", False))
    handler: Callable[[argparse.Namespace, AppPaths], int]
    if args.self_test:
        handler = _self_test
    elif args.command is None:
        handler = _gui
    else:
        handler = COMMANDS[args.command]
    try:
        return handler(args, paths)
    except UserError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("rapport: interrupted; nothing was changed.", file=sys.stderr)
        return EXIT_USAGE
    except Exception:
        log.exception("Unexpected failure in %s", args.command or "rapport")
        print(f"rapport: something went wrong; the details are in {log_file}", file=sys.stderr)
        return EXIT_BUG


def _target(args: argparse.Namespace) -> str | None:
    """The database asked for: --db, else $RAPPORT_DB, else None (the default file)."""
    import os  # noqa: PLC0415 - only the CLI reads the environment variable

    return getattr(args, "db", None) or os.environ.get("RAPPORT_DB") or None


def _emit(args: argparse.Namespace, payload: dict[str, Any], lines: list[str]) -> None:
    print(json.dumps(payload, indent=2, default=str) if args.json else "\n".join(lines))


def _keys(args: argparse.Namespace) -> KeyRequest:
    """Where a key comes from when the keychain has none: --passphrase-file, the variable, a
    terminal prompt; and whether a new database stays plain."""
    from app.services.security import KeyRequest  # noqa: PLC0415

    return KeyRequest.from_environment(
        getattr(args, "passphrase_file", None), plain=getattr(args, "plain", False)
    )


def _context(args: argparse.Namespace, paths: AppPaths) -> AppContext:
    """Open the database asked for; a newly encrypted one has its recovery key shown once."""
    from app.bootstrap import build_context  # noqa: PLC0415 - keep --help and --version fast

    ctx = build_context(_target(args), paths=paths, keys=_keys(args))
    if ctx.recovery_key:
        print(
            f"rapport: created the encrypted database {ctx.location}; its recovery key, shown "
            f"only this once (print it and keep it safe): {ctx.recovery_key}",
            file=sys.stderr,
        )
        ctx.recovery_key = None
    return ctx


def _demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.services.demo import DemoSize, generate  # noqa: PLC0415

    started = time.perf_counter()
    ctx = _context(args, paths)
    try:
        result = generate(ctx.db, ctx.audit, DemoSize(args.size), seed=args.seed, force=args.force)
    finally:
        ctx.close()
    seconds = round(time.perf_counter() - started, 1)
    _emit(
        args,
        {
            "database": ctx.location,
            "size": args.size,
            "seed": args.seed,
            "seconds": seconds,
            "counts": result.counts,
        },
        [f"Wrote {args.size} sample data to {ctx.location} in {seconds} s:"]
        + [f"  {table}: {count:,}" for table, count in result.counts.items()],
    )
    return EXIT_OK


def _check(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.services.security import open_key  # noqa: PLC0415
    from app.storage.database import Database  # noqa: PLC0415
    from app.storage.engine import database_url, sqlite_file  # noqa: PLC0415
    from app.storage.health import check_database  # noqa: PLC0415

    url = database_url(_target(args) or paths.default_database)
    file = sqlite_file(url)
    if file is not None and not file.exists():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no database at {file}."), file=file
        )
    db = Database(url, key=open_key(file, _keys(args)).key if file else None)
    try:
        results = check_database(db)
    finally:
        db.dispose()
    failed = [r.name for r in results if not r.ok]
    _emit(
        args,
        {
            "database": str(file or url),
            "ok": not failed,
            "checks": [{"name": r.name, "ok": r.ok, "detail": r.detail} for r in results],
        },
        [f"{'ok  ' if r.ok else 'FAIL'} {r.name}: {r.detail}" for r in results],
    )
    if failed:
        print(f"rapport: check failed: {', '.join(failed)}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _backup(args: argparse.Namespace, paths: AppPaths) -> int:
    ctx = _context(args, paths)
    try:
        made = (
            ctx.backups.backup_to(Path(args.output).expanduser())
            if args.output
            else ctx.backups.backup_now()
        )
    finally:
        ctx.close()
    _emit(
        args,
        {"database": ctx.location, "backup": str(made), "encrypted": ctx.encrypted},
        [f"Backed up {ctx.location} to {made}."],
    )
    return EXIT_OK


def _restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.domain.clock import SystemClock  # noqa: PLC0415
    from app.services.backup import restore_backup  # noqa: PLC0415
    from app.storage.engine import database_url, sqlite_file  # noqa: PLC0415

    target = sqlite_file(database_url(_target(args) or paths.default_database))
    if target is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Only a database file can be restored from a backup.")
        )
    paths.ensure()
    result = restore_backup(
        Path(args.file).expanduser(),
        target,
        _keys(args),
        paths.data_dir / "backups",
        SystemClock().now(),
    )
    kept = f"; the previous database was kept as {result.kept}" if result.kept else ""
    _emit(
        args,
        {
            "database": str(result.restored),
            "kept": str(result.kept) if result.kept else None,
            "schema": result.schema.value,
        },
        [f"Restored {args.file} to {result.restored}{kept}."],
    )
    return EXIT_OK


def _counted(count: int, noun: str) -> str:
    """'1 contact', '3 contacts': the CLI speaks English only, without Qt's catalogues."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _privacy(args: argparse.Namespace, paths: AppPaths) -> int:
    ctx = _context(args, paths)
    try:
        if args.privacy_action == "review":
            months = ctx.settings.business().retention_months
            stale = ctx.privacy.stale_contacts(months)
            _emit(
                args,
                {
                    "retention_months": months,
                    "contacts": [
                        {"id": s.id, "name": s.display_name, "last_activity": s.last_activity}
                        for s in stale
                    ],
                },
                [
                    f"Retention rule: {_counted(months, 'month') if months else 'off'}; "
                    f"{_counted(len(stale), 'contact')} to review."
                ]
                + [f"  #{s.id} {s.display_name} (last activity {s.last_activity})" for s in stale],
            )
            return EXIT_OK
        contact_id = ctx.privacy.find_contact(args.contact)
        if args.privacy_action == "export":
            target = Path(args.output or f"privacy-export-{contact_id}.zip").expanduser()
            result = ctx.privacy.export(contact_id, target)
            _emit(
                args,
                {"contact_id": contact_id, "file": str(result.path), "counts": result.counts},
                [f"Wrote everything held on contact #{contact_id} to {result.path}."],
            )
            return EXIT_OK
        if not args.yes:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Erasing cannot be undone; add --yes to confirm.")
            )
        ctx.privacy.erase(contact_id)
        _emit(
            args,
            {"contact_id": contact_id, "erased": True},
            [f"Erased contact #{contact_id}; their numbers were kept, everything else is gone."],
        )
        return EXIT_OK
    finally:
        ctx.close()


def _stats(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.services.analytics import stats_payload, stats_scope  # noqa: PLC0415

    ctx = _context(args, paths)
    try:
        scope = stats_scope(
            ctx.analytics.default_scope(), args.start, args.end, args.by, args.segment
        )
        payload = stats_payload(ctx.analytics.dashboard(scope))
    finally:
        ctx.close()
    lines = [f"{key}: " + json.dumps(value) for key, value in payload.items()]
    _emit(args, payload, lines)
    return EXIT_OK


def _import(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path  # noqa: PLC0415

    from app.services.import_export.full_json import import_json  # noqa: PLC0415
    from app.services.import_export.importer import OnDuplicate  # noqa: PLC0415
    from app.services.import_export.presets import ImportKind  # noqa: PLC0415
    from app.services.import_export.readers import FileFormat  # noqa: PLC0415

    if not args.file and not args.undo_last:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Name the file to import (or give --undo-last).")
        )
    if args.file and not Path(args.file).is_file():
        # before the database is opened: a typo must not create (and key) a new database
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no file at {file}."), file=args.file
        )
    ctx = _context(args, paths)
    try:
        if args.undo_last:
            undone = ctx.imports.undo_last()
            _emit(
                args,
                {
                    "import_id": undone.batch_uid,
                    "removed": undone.removed,
                    "restored": undone.restored,
                },
                [
                    f"Undid import {undone.batch_uid}: removed {undone.removed:,} rows, "
                    f"restored {undone.restored:,} contacts."
                ],
            )
            return EXIT_OK
        path = Path(args.file)
        if args.format == "json" or (args.format == "auto" and path.suffix.lower() == ".json"):
            counts = import_json(ctx.db, ctx.audit, path)
            _emit(args, {"tables": counts}, [f"Loaded {sum(counts.values()):,} rows."])
            return EXIT_OK
        source = ctx.imports.inspect(
            path,
            file_format=FileFormat(args.format),
            encoding=args.encoding,
            delimiter=args.delimiter,
            sheet=args.sheet,
        )
        plan = ctx.imports.plan(
            source,
            kind=ImportKind(args.kind) if args.kind else None,
            preset_name=args.preset,
            on_duplicate=OnDuplicate(args.on_duplicate),
            overwrite=args.overwrite,
            dry_run=args.dry_run,
        )
        report = ctx.imports.run(plan)
    finally:
        ctx.close()
    verb = "Would import" if report.dry_run else "Imported"
    _emit(
        args,
        {
            **report.as_dict(),
            "format": source.format.value,
            "encoding": source.encoding,
            "preset": plan.preset.name,
        },
        [
            f"{verb} {path.name} ({source.format.value}, preset {plan.preset.name}): "
            f"{report.created:,} created, {report.updated:,} updated, {report.skipped:,} skipped, "
            f"{report.merged:,} merged, {report.failed:,} failed."
        ]
        + [f"  {problem.sentence()}" for problem in report.failures[:50]],
    )
    return EXIT_FAILED if report.failed and not (report.created or report.updated) else EXIT_OK


def _export(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path  # noqa: PLC0415

    from app.services.import_export.exporter import ExportFormat  # noqa: PLC0415
    from app.services.import_export.full_json import export_json  # noqa: PLC0415

    path = Path(args.file)
    if not path.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The folder {parent} does not exist."),
            parent=path.parent,
        )
    ids = _ids(args.ids)
    ctx = _context(args, paths)
    try:
        if args.what == "all":
            if args.format not in {"", "json"}:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "A full export is written as JSON (--format json)."
                    )
                )
            rows = export_json(ctx.db, ctx.clock, path)
        elif args.what == "contacts":
            fmt = ExportFormat(args.format or "csv") if args.format != "json" else None
            if fmt is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "Contacts export as csv, vcard3, vcard4 or xlsx."
                    )
                )
            if args.segment:
                ids = _segment_ids(ctx, args.segment)
            rows = ctx.exports.contacts(path, fmt, ids).rows
        else:
            if args.format not in {"", "csv"}:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "The {what} export is written as CSV (--format csv)."
                    ),
                    what=args.what,
                )
            service = ctx.exports.ledger if args.what == "ledger" else ctx.exports.surveys
            rows = service(path).rows
    finally:
        ctx.close()
    _emit(
        args,
        {"what": args.what, "file": str(path), "rows": rows},
        [f"Exported {rows:,} rows of {args.what} to {path}."],
    )
    return EXIT_OK


def _segment_ids(ctx: Any, name: str) -> list[int]:
    """The contacts of the saved segment `name`, as its rule selects them today."""
    segment = next((s for s in ctx.segments.list() if s.name.casefold() == name.casefold()), None)
    if segment is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no saved segment called '{name}'."), name=name
        )
    ids: list[int] = ctx.contacts.list_ids(segment.query)
    return ids


def _ids(text: str) -> list[int] | None:
    if not text:
        return None
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "'{text}' is not a list of contact ids such as 1,2,3."),
            text=text,
        ) from None


def _self_test(_args: argparse.Namespace, _paths: AppPaths) -> int:
    from app.selftest import run_self_test  # noqa: PLC0415 - imports Qt

    return run_self_test()


def _gui(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.ui.application import run_gui  # noqa: PLC0415 - imports Qt

    return run_gui(_target(args), paths)


COMMANDS: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
    "demo": _demo,
    "check": _check,
    "backup": _backup,
    "restore": _restore,
    "privacy": _privacy,
    "stats": _stats,
    "import": _import,
    "export": _export,
    "automations": lambda args, paths: run_automations(args, _context(args, paths), _emit),
}
