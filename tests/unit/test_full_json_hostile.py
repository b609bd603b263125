"""A hand-edited or hostile full-JSON export: every value is checked against its column's
shape, references must exist, paths derived from data stay in their folder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.import_export.full_json import export_json, import_json
from app.services.interactions import InteractionDraft
from app.storage.audit import anchor_key, verify_chain
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.wild import BUDGETS, calmly, fuzz, wild_text

HASH = "ab" * 32


@pytest.fixture
def other(tmp_path: Path, paths: AppPaths, clock: FixedClock) -> Iterator[AppContext]:
    context = build_context(tmp_path / "other.db", paths=paths, clock=clock)
    yield context
    context.close()


@pytest.fixture
def document(ctx: AppContext, tmp_path: Path) -> dict[str, Any]:
    """A real export of one contact with one interaction and one attachment."""
    contact = ctx.contacts.create(
        ContactDraft(first_name="Ada", last_name="Lovelace", email="ada@example.org")
    )
    source = tmp_path / "note.txt"
    source.write_text("hello", encoding="utf-8")
    interaction = ctx.interactions.log(
        InteractionDraft(contact_id=contact.id, occurred_at=ctx.clock.now(), subject="Call")
    )
    ctx.attachments.attach(interaction.id, source)
    path = tmp_path / "all.json"
    export_json(ctx.db, ctx.clock, path)
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _set(document: dict[str, Any], table: str, column: str, value: object) -> None:
    body = document["tables"][table]
    body["rows"][0][body["columns"].index(column)] = value


def _load(other: AppContext, document: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    import_json(other.db, other.audit, path)


def test_the_untouched_export_loads(
    document: dict[str, Any], other: AppContext, tmp_path: Path
) -> None:
    _load(other, document, tmp_path)
    with other.db.read() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM attachment").scalar()
        assert verify_chain(session, anchor_key(other.db.key)).ok  # sealed anew over the load


@pytest.mark.parametrize(
    ("table", "column", "value", "shape"),
    [
        ("attachment", "sha256", "../../../etc/passwd", "SHA-256 hash"),
        ("attachment", "sha256", "/etc/passwd", "SHA-256 hash"),
        ("attachment", "sha256", "AB" * 32, "SHA-256 hash"),
        ("attachment", "size_bytes", -1, "size in bytes"),
        ("attachment", "size_bytes", 2**70, "whole number"),
        ("contact", "email", "not an address", "e-mail address"),
        ("contact", "uid", "../x", "a uid"),
        ("contact", "stage", "king", "lifecycle stage"),
        ("contact", "birthday", "1990-02-30", "a date"),
        ("contact", "created_at", "yesterday", "UTC time"),
        ("contact", "custom", "{not json", "JSON text"),
        ("contact", "custom", "[" * 100_000 + "]" * 100_000, "JSON text"),
        ("contact", "first_name", "x" * 201, "text of at most 200"),
        ("contact", "first_name", 7, "text of at most 200"),
        ("contact", "display_name", None, "may not be empty"),
        ("interaction", "channel", "telepathy", "a channel"),
        ("interaction", "deleted_at", True, "UTC time"),
    ],
)
def test_a_value_of_the_wrong_shape_is_refused_by_row_and_column(  # noqa: PLR0917
    document: dict[str, Any],
    other: AppContext,
    tmp_path: Path,
    table: str,
    column: str,
    value: object,
    shape: str,
) -> None:
    _set(document, table, column, value)
    with pytest.raises(UserError, match=f"Row 1 of table {table}.*column {column}.*{shape}"):
        _load(other, document, tmp_path)
    with other.db.read() as session:  # nothing was loaded
        assert session.connection().exec_driver_sql("SELECT count(*) FROM contact").scalar() == 0


def test_a_reference_to_a_missing_row_is_refused(
    document: dict[str, Any], other: AppContext, tmp_path: Path
) -> None:
    _set(document, "interaction", "contact_id", 999)
    with pytest.raises(UserError, match=r"table interaction.*points at a contact row"):
        _load(other, document, tmp_path)


def test_a_duplicate_uid_is_refused(
    document: dict[str, Any], other: AppContext, tmp_path: Path
) -> None:
    body = document["tables"]["contact"]
    twin = list(body["rows"][0])
    twin[body["columns"].index("id")] = 2
    body["rows"].append(twin)
    with pytest.raises(UserError, match="Rows of table contact in the export clash"):
        _load(other, document, tmp_path)


def test_a_missing_required_column_is_refused(
    document: dict[str, Any], other: AppContext, tmp_path: Path
) -> None:
    body = document["tables"]["contact"]
    at = body["columns"].index("uid")
    body["columns"].pop(at)
    for row in body["rows"]:
        row.pop(at)
    with pytest.raises(UserError, match="table contact in the export is damaged"):
        _load(other, document, tmp_path)


def test_deeply_nested_json_is_refused_in_words(other: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(UserError, match="nests its JSON too deeply"):
        import_json(other.db, other.audit, path)


def test_a_stored_hash_that_is_a_path_never_leaves_the_attachments_folder(
    ctx: AppContext,
) -> None:
    for hostile in ("../../../etc/passwd", "/etc/passwd", "..", "ab/../../x" + "0" * 54):
        with pytest.raises(UserError, match="does not name a stored file"):
            ctx.attachments.path_for(hostile)


def test_a_symbolic_link_out_of_the_attachments_folder_is_refused(
    ctx: AppContext, tmp_path: Path
) -> None:
    ctx.attachments.folder.mkdir(parents=True, exist_ok=True)
    (ctx.attachments.folder / HASH[:2]).symlink_to(tmp_path)
    with pytest.raises(UserError, match="leads outside the folder"):
        ctx.attachments.path_for(HASH)


@pytest.mark.parametrize("examples", BUDGETS)
def test_wild_values_in_a_full_export_load_or_are_refused_in_words(
    document: dict[str, Any], other: AppContext, tmp_path: Path, examples: int
) -> None:
    cells = [
        (table, column)
        for table, body in document["tables"].items()
        if body["rows"]
        for column in body["columns"]
    ]
    values = st.one_of(
        wild_text,
        st.integers(),
        st.floats(),
        st.booleans(),
        st.none(),
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    )

    @fuzz(examples)
    @given(cell=st.sampled_from(cells), value=values)
    def check(cell: tuple[str, str], value: object) -> None:
        edited = json.loads(json.dumps(document))
        _set(edited, *cell, value)
        path = tmp_path / "wild.json"
        path.write_text(json.dumps(edited), encoding="utf-8")
        if isinstance(calmly(import_json, other.db, other.audit, path), UserError):
            return
        folder = other.attachments.folder.resolve()
        with other.db.read() as session:
            stored = session.connection().exec_driver_sql("SELECT sha256 FROM attachment")
            assert all(other.attachments.path_for(h).is_relative_to(folder) for (h,) in stored)
        with other.db.write() as session:  # empty it again for the next example
            connection = session.connection()
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for table in reversed(list(document["tables"])):
                connection.exec_driver_sql(f"DELETE FROM {table}")  # noqa: S608

    check()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | wild_text,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@pytest.mark.parametrize("examples", BUDGETS)
def test_wild_documents_are_refused_in_words(
    document: dict[str, Any], other: AppContext, tmp_path: Path, examples: int
) -> None:
    """Whole documents, table bodies and rows of any JSON shape: a UserError, never a crash."""

    @fuzz(examples)
    @given(
        where=st.sampled_from(["document", "tables", "body", "columns", "rows", "row"]),
        value=json_values,
    )
    def check(where: str, value: object) -> None:
        edited = json.loads(json.dumps(document))
        body = edited["tables"]["contact"]
        if where == "document":
            edited = value
        elif where == "tables":
            edited["tables"] = value
        elif where == "body":
            edited["tables"]["contact"] = value
        elif where == "row":
            body["rows"][0] = value
        else:
            body[where] = value
        path = tmp_path / "wild.json"
        path.write_text(json.dumps(edited), encoding="utf-8")
        calmly(import_json, other.db, other.audit, path)
        with other.db.write() as session:  # empty it again for the next example
            connection = session.connection()
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for table in reversed(list(document["tables"])):
                connection.exec_driver_sql(f"DELETE FROM {table}")  # noqa: S608

    check()
