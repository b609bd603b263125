"""Command line: no sub-command opens the GUI; sub-commands work headless and print JSON on --json.

Exit codes: 0 done, 1 a check failed, 2 bad input or environment (one line on stderr), 3 a bug
(one line naming the log file, which holds the traceback).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from app import __version__
from app.cli_automations import add_automation_commands, run_automations
from app.config.logs import configure_logging
from app.config.paths import AppPaths
from app.config.private import restrict_umask
from app.domain.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from app.bootstrap import AppContext
    from app.services.import_export.importer import ImportReport
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
    repair = commands.add_parser(
        "repair",
        parents=[common],
        help="salvage what can be read from a damaged database into a new file",
    )
    repair.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the new file (default: NAME-repaired-STAMP.db beside the damaged one)",
    )
    from app.cli_sync import add_parsers  # noqa: PLC0415 - issue 22's commands

    add_parsers(commands, common, _Parser)
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
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help="then replace the older automatic backups (which still hold the person) with "
        "one new backup",
    )
    actions.add_parser(
        "purge-backups",
        parents=[common],
        help="after an erasure: replace the older automatic backups, which still hold the "
        "person, with one new backup",
    )
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
    imp.add_argument(
        "--format", choices=("auto", "csv", "vcard", "ldif", "xlsx", "json"), default="auto"
    )
    imp.add_argument("--preset", default="", help="e.g. google, outlook, vcard, shopify-orders")
    imp.add_argument("--encoding", default="", help="override the detected text encoding")
    imp.add_argument(
        "--region",
        default="",
        help="country of phone numbers written without +code, e.g. US (default: the settings')",
    )
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
    previous_umask = restrict_umask()  # customer data is private to its user
    try:
        return _run(argv)
    finally:
        os.umask(previous_umask)  # for callers in the same process (tests)


def _run(argv: Sequence[str] | None) -> int:
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
    from app.services.backup import newest_backup_file  # noqa: PLC0415
    from app.services.security import open_key  # noqa: PLC0415
    from app.storage.database import Database  # noqa: PLC0415
    from app.storage.diagnosis import DamagedDatabaseError  # noqa: PLC0415
    from app.storage.engine import database_url, sqlite_file  # noqa: PLC0415
    from app.storage.health import (  # noqa: PLC0415
        CheckResult,
        backup_agreement,
        check_database,
        file_check,
    )

    url = database_url(_target(args) or paths.default_database)
    file = sqlite_file(url)
    if file is not None and not file.exists():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no database at {file}."), file=file
        )
    results: list[CheckResult] = []
    key = None
    readable = True
    if file is not None:
        try:
            key = open_key(file, _keys(args)).key
        except DamagedDatabaseError as exc:  # the key is right (or there is none): check on
            key = exc.key
        checked, report = file_check(file, key)
        results.append(checked)
        readable = report.key_fits and report.pages > 0
    folder = paths.data_dir / "backups"
    backup = newest_backup_file(folder, file.stem) if file else None
    if readable:
        db = Database(url, key=key)
        try:
            results += check_database(db)
            folder = _backup_folder(db, paths)
            backup = newest_backup_file(folder, file.stem) if file else None
            if backup is not None and all(r.ok for r in results):
                results.append(backup_agreement(db, backup))
        finally:
            db.dispose()
    failed = [r.name for r in results if not r.ok]
    _emit(
        args,
        {
            "database": str(file or url),
            "ok": not failed,
            "checks": [{"name": r.name, "ok": r.ok, "detail": r.detail} for r in results],
            "newest_backup": str(backup) if backup else None,
        },
        [f"{'ok  ' if r.ok else 'FAIL'} {r.name}: {r.detail}" for r in results],
    )
    if failed:
        advice = (
            f"restore the newest backup with: rapport restore '{backup}'"
            if backup
            else f"no automatic backup of it is in {folder}"
        )
        print(
            f"rapport: check failed: {', '.join(failed)}; {advice} "
            "(or salvage what can be read into a new file with: rapport repair).",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


def _backup_folder(db: Any, paths: AppPaths) -> Path:
    """The backup folder the database's settings name, else the data folder's; read without
    failing on a damaged file."""
    from sqlalchemy.exc import DatabaseError  # noqa: PLC0415

    from app.domain.clock import SystemClock  # noqa: PLC0415
    from app.services.backup import BackupService  # noqa: PLC0415
    from app.services.settings import SettingsService  # noqa: PLC0415
    from app.storage.audit import AuditTrail  # noqa: PLC0415

    clock = SystemClock()
    try:
        settings = SettingsService(db, clock, AuditTrail(clock))
        return BackupService(db, paths, clock, settings).folder()
    except (DatabaseError, UserError, ValueError, TypeError):
        return paths.data_dir / "backups"


def _repair(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.domain.clock import SystemClock  # noqa: PLC0415
    from app.services.repair import repair  # noqa: PLC0415
    from app.services.security import open_key  # noqa: PLC0415
    from app.storage.diagnosis import DamagedDatabaseError  # noqa: PLC0415
    from app.storage.engine import database_url, sqlite_file  # noqa: PLC0415

    file = sqlite_file(database_url(_target(args) or paths.default_database))
    if file is None or not file.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no database file at {file}."),
            file=file or _target(args),
        )
    try:
        key = open_key(file, _keys(args)).key
    except DamagedDatabaseError as exc:  # the key (if any) is right: salvage with it
        key = exc.key
    now = SystemClock().now()
    target = (
        Path(args.output).expanduser()
        if args.output
        else file.with_name(f"{file.stem}-repaired-{now:%Y%m%d-%H%M%S}.db")
    )
    paths.ensure()
    result = repair(file, key, target, paths.data_dir / "backups", now=now)
    lost = {t: n for t, n in result.unreadable.items() if n}
    _emit(
        args,
        {
            "damaged": str(file),
            "repaired": str(result.target),
            "rows": result.rows,
            "unreadable_ranges": lost,
            "orphans_dropped": result.orphans,
            "audit_chain_sealed": result.audit_sealed,
            "integrity_check": result.integrity,
        },
        [
            f"Salvaged {sum(result.rows.values()):,} rows from {file} into {result.target}; "
            "the damaged file was left as it was."
        ]
        + [f"  {t}: rows in {n:,} unreadable places were lost" for t, n in lost.items()]
        + [
            f"  {t}: {n:,} rows dropped, their parent row was lost"
            for t, n in result.orphans.items()
        ]
        + [
            "  audit chain: sealed again"
            if result.audit_sealed
            else "  audit chain: entries were lost; 'rapport check' will report the gap",
            f"Check it with: rapport check --db '{result.target}', then use it in place of "
            "the damaged file.",
        ],
    )
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
        if args.privacy_action == "purge-backups":
            _emit(args, *_purged(ctx))
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
        _emit(args, *_erased(ctx, contact_id, purge=args.purge_backups))
        return EXIT_OK
    finally:
        ctx.close()


def _erased(ctx: AppContext, contact_id: int, *, purge: bool) -> tuple[dict[str, Any], list[str]]:
    """What an erasure reached, and the backups it could not: offered for purging, or purged."""
    done = f"Erased contact #{contact_id}; their numbers were kept, everything else is gone."
    if purge:
        payload, lines = _purged(ctx)
        return {"contact_id": contact_id, "erased": True, **payload}, [done, *lines]
    older = [info.path for info in ctx.backups.backups()]
    payload = {"contact_id": contact_id, "erased": True, "older_backups": [str(p) for p in older]}
    if not older:
        return payload, [done, _ELSEWHERE]
    said = (
        f"{_counted(len(older), 'automatic backup')} in {ctx.backups.folder()} still "
        "hold them; replace them with one new backup with: rapport privacy purge-backups"
    )
    return payload, [done, said, _ELSEWHERE]


def _purged(ctx: AppContext) -> tuple[dict[str, Any], list[str]]:
    from app.services.backup import replace_older_backups  # noqa: PLC0415

    made, older = replace_older_backups(ctx.backups)
    said = f"Replaced {_counted(len(older), 'older automatic backup')} with {made}."
    return {"backup": str(made), "purged": [str(p) for p in older]}, [said, _ELSEWHERE]


_ELSEWHERE = "Backups or exports saved elsewhere still hold them; delete those yourself."


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
    from app.services.import_export.plan import OnDuplicate  # noqa: PLC0415
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
            region=args.region,
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
            "region": plan.region,
        },
        _import_lines(f"{verb} {path.name}", source.format.value, plan.preset.name, report),
    )
    return EXIT_FAILED if report.failed and not (report.created or report.updated) else EXIT_OK


def _import_lines(done: str, file_format: str, preset: str, report: ImportReport) -> list[str]:
    """The import report as a person reads it: the summary, the columns left out, then each
    failed row and each field left out or kept unverified (50 of each at most)."""
    lines = [f"{done} ({file_format}, preset {preset}): {report.summary()}"]
    if report.unmapped:
        names = ", ".join(f"'{name}'" for name in report.unmapped)
        columns = "column" if len(report.unmapped) == 1 else "columns"
        lines.append(f"  {len(report.unmapped):,} {columns} not imported: {names}.")
    lines += [f"  {problem.sentence()}" for problem in report.failures[:50]]
    lines += [f"  Warning: {problem.sentence()}" for problem in report.warnings[:50]]
    return lines


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
        ids = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        ids = [0]
    if all(0 < contact_id < 2**63 for contact_id in ids):
        return ids
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "'{text}' is not a list of contact ids such as 1,2,3."),
        text=text,
    )


def _self_test(_args: argparse.Namespace, _paths: AppPaths) -> int:
    from app.selftest import run_self_test  # noqa: PLC0415 - imports Qt

    return run_self_test()


def _hub(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.cli_sync import run_hub  # noqa: PLC0415

    return run_hub(args, paths)


def _sync(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.cli_sync import run_sync  # noqa: PLC0415

    return run_sync(args, paths)


def _gui(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.ui.application import run_gui  # noqa: PLC0415 - imports Qt

    return run_gui(_target(args), paths)


COMMANDS: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
    "demo": _demo,
    "check": _check,
    "repair": _repair,
    "backup": _backup,
    "restore": _restore,
    "privacy": _privacy,
    "stats": _stats,
    "import": _import,
    "export": _export,
    "hub": _hub,
    "sync": _sync,
    "automations": lambda args, paths: run_automations(args, _context(args, paths), _emit),
}
