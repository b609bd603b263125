"""`rapport check`: SQLite's own checks, the schema revision and the audit hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from app.storage.audit import verify_chain
from app.storage.database import Database
from app.storage.schema import current_revision, head_revision, known_revisions


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def check_database(db: Database) -> list[CheckResult]:
    """Run every check (none stops the others) and say what each found."""
    results: list[CheckResult] = []
    with db.engine.connect() as connection:
        for pragma in ("quick_check", "integrity_check"):
            found = [row[0] for row in connection.exec_driver_sql(f"PRAGMA {pragma}")]
            results.append(CheckResult(pragma, found == ["ok"], "; ".join(found[:5])))
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        results.append(
            CheckResult(
                "foreign_key_check",
                not problems,
                "ok"
                if not problems
                else f"{len(problems)} rows point at missing rows, first in table {problems[0][0]}",
            )
        )
        revision = current_revision(connection)
    head = head_revision()
    results.append(
        CheckResult(
            "schema_version",
            revision == head,
            f"{revision} (current)"
            if revision == head
            else f"{revision or 'none'}; this app expects {head}"
            + (" and does not know that revision" if revision not in known_revisions() else ""),
        )
    )
    if revision is not None:  # every Rapport revision has the audit log
        with db.read() as session:
            verdict = verify_chain(session)
        results.append(
            CheckResult(
                "audit_chain",
                verdict.ok,
                f"{verdict.entries} entries verified"
                if verdict.ok
                else f"entry {verdict.first_bad_id} does not match the chain (tampered or damaged)",
            )
        )
    return results
