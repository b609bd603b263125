"""Erasure reaches every copy inside the file: after an `--on-duplicate update` import the
person's old name, city and phone sit in the import's undo record and in the search index; after
erasure none of their values is anywhere in the file's bytes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.cli import main
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.services.contacts import ContactDraft
from app.services.import_export.plan import OnDuplicate
from app.services.interactions import InteractionDraft
from app.services.security import KeyRequest

from tests.unit.import_helpers import run_import

OLD = {"name": "Quintessa", "city": "Wolkenheim", "phone": "+49 30 9876543", "digits": "309876543"}
NEW = {"name": "Zephyrine", "city": "Sturmhafen", "phone": "+49 40 5556667", "digits": "405556667"}
EMAIL = "quintessa.erase@example.org"


@pytest.fixture
def plain_ctx(db_path: Path, paths: AppPaths, clock: FixedClock) -> Iterator[AppContext]:
    """Unencrypted on purpose, so a byte search of the file is meaningful."""
    context = build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(plain=True))
    yield context
    context.close()


def _file_bytes(path: Path) -> bytes:
    parts = [path, path.with_name(path.name + "-wal")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def test_erase_after_an_update_import_leaves_no_value_in_the_file(
    plain_ctx: AppContext, db_path: Path, tmp_path: Path
) -> None:
    person = plain_ctx.contacts.create(
        ContactDraft(
            first_name=OLD["name"],
            last_name="Erasable",
            email=EMAIL,
            phone=OLD["phone"],
            city=OLD["city"],
        )
    )
    for n in range(30):  # neighbours, so the index pages hold more than one person
        plain_ctx.contacts.create(ContactDraft(first_name=f"Neighbour{n}", city="Bremen"))
    update = tmp_path / "update.csv"
    update.write_text(
        "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Address 1 - City\n"
        f"{NEW['name']},Erasable,{EMAIL},{NEW['phone']},{NEW['city']}\n",
        encoding="utf-8",
    )
    report = run_import(
        plain_ctx, update, preset="google", on_duplicate=OnDuplicate.UPDATE, overwrite=True
    )
    assert report.updated == 1
    plain_ctx.privacy.erase(person.id)
    plain_ctx.close()
    content = _file_bytes(db_path)
    for values in (OLD, NEW):
        for key, value in values.items():
            assert value.encode() not in content, f"{key} {value!r} is still in the file"
    assert EMAIL.encode() not in content
    assert b"Erasable" not in content


def test_erase_removes_the_persons_attachment_files_but_not_shared_ones(
    plain_ctx: AppContext, tmp_path: Path
) -> None:
    person = plain_ctx.contacts.create(ContactDraft(first_name="Quintessa", email=EMAIL))
    other = plain_ctx.contacts.create(ContactDraft(first_name="Stays"))
    own, shared = tmp_path / "own.txt", tmp_path / "shared.txt"
    own.write_text("Quintessa's passport scan", encoding="utf-8")
    shared.write_text("price list", encoding="utf-8")
    stored = {}
    for contact, files in ((person.id, (own, shared)), (other.id, (shared,))):
        talk = plain_ctx.interactions.log(
            InteractionDraft(contact_id=contact, occurred_at=plain_ctx.clock.now())
        )
        for source in files:
            row = plain_ctx.attachments.attach(talk.id, source)
            stored[source.name] = plain_ctx.attachments.path_for(row.sha256)
    plain_ctx.privacy.erase(person.id)
    assert not stored["own.txt"].exists()
    assert stored["shared.txt"].exists()


def test_erase_says_which_backups_still_hold_the_person_and_purges_them(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    assert main(["stats", *db, "--plain"]) == 0
    ctx = build_context(db_path)
    ctx.contacts.create(ContactDraft(first_name="Quintessa", email=EMAIL))
    made = ctx.backups.backup_now()
    first = made.rename(made.with_name(f"auto-{db_path.stem}-20260101-090000.db"))  # older
    ctx.close()
    capsys.readouterr()
    assert main(["privacy", "erase", "--contact", EMAIL, "--yes", *db]) == 0
    said = capsys.readouterr().out
    assert "1 automatic backup in" in said
    assert "rapport privacy purge-backups" in said
    assert first.exists()
    assert main(["privacy", "purge-backups", *db]) == 0
    assert "Replaced 1 older automatic backup with" in capsys.readouterr().out
    assert not first.exists()
    kept = list(first.parent.iterdir())
    assert len(kept) == 1
    assert EMAIL.encode() not in kept[0].read_bytes()
