"""Helpers shared by the import/export tests: run an import of a file and read contacts back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.bootstrap import AppContext
from app.services.import_export.importer import ImportReport
from app.services.import_export.plan import OnDuplicate
from app.services.import_export.presets import ImportKind
from sqlalchemy import text

DATA = Path(__file__).parent.parent / "data" / "import"


def run_import(
    ctx: AppContext,
    path: Path,
    *,
    kind: ImportKind | None = None,
    preset: str = "",
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    overwrite: bool = False,
) -> ImportReport:
    plan = ctx.imports.plan(
        ctx.imports.inspect(path),
        kind=kind,
        preset_name=preset,
        on_duplicate=on_duplicate,
        overwrite=overwrite,
    )
    return ctx.imports.run(plan)


def contacts(ctx: AppContext) -> dict[str, dict[str, Any]]:
    """Live contacts by display name, with company, extra methods and tags."""
    out: dict[str, dict[str, Any]] = {}
    with ctx.db.read() as session:
        rows = session.execute(
            text(
                "SELECT c.id, c.display_name, c.first_name, c.last_name, c.email, c.email_norm, "
                "c.phone, c.phone_norm, c.search_phones, c.sort_name, co.name AS company, "
                "c.job_title, c.street, c.city, c.postcode, c.country, c.birthday, c.notes, "
                "c.external_id FROM contact c LEFT JOIN company co ON co.id = c.company_id "
                "WHERE c.deleted_at IS NULL"
            )
        ).mappings()
        for row in rows:
            item = dict(row)
            item["methods"] = sorted(
                (str(k), str(lbl), str(v))
                for k, lbl, v in session.execute(
                    text(
                        "SELECT kind, label, value FROM contact_method "
                        "WHERE contact_id = :c AND deleted_at IS NULL"
                    ),
                    {"c": row["id"]},
                )
            )
            item["tags"] = sorted(
                str(n)
                for (n,) in session.execute(
                    text(
                        "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                        "WHERE ct.contact_id = :c AND ct.deleted_at IS NULL"
                    ),
                    {"c": row["id"]},
                )
            )
            out[str(row["display_name"])] = item
    return out


def count(ctx: AppContext, table: str) -> int:
    with ctx.db.read() as session:
        sql = text(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")  # noqa: S608
        return int(session.scalar(sql) or 0)
