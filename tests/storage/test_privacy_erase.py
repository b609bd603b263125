"""GDPR: export all held on one person, erase them for good (numbers kept, text gone from the
file and its WAL), consent per purpose, and the retention review."""

from __future__ import annotations

import contextlib
import json
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.enums import ConsentPurpose
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.security import KeyRequest
from app.storage.audit import anchor_key, verify_chain
from app.storage.models import Complaint, ContactMerge, Interaction, SurveyResponse, Txn
from app.storage.records import stamp_new
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

EMAIL = "erase.me@example.org"
NOTE = "likes-the-blue-sweater"


@pytest.fixture
def plain_ctx(db_path: Path, paths: AppPaths, clock: FixedClock) -> AppContext:
    """Unencrypted on purpose, so a byte search of the file is meaningful."""
    context = build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(plain=True))
    yield context  # type: ignore[misc]
    context.close()


def _person(ctx: AppContext, clock: FixedClock, email: str = EMAIL, last: str = "Rasmussen") -> int:
    row = ctx.contacts.create(
        ContactDraft(
            first_name="Erin",
            last_name=last,
            email=email,
            phone="+49 30 1234567",
            city="Bremen",
            notes=NOTE,
        )
    )
    now = clock.now()
    with ctx.db.write() as session:
        records = [
            Interaction(
                contact_id=row.id,
                occurred_at=now,
                channel="email",
                direction="inbound",
                subject=f"Mail from {email}",
                body=NOTE,
            ),
            Txn(
                contact_id=row.id,
                occurred_at=now,
                kind="order",
                amount_minor=4200,
                currency="EUR",
                description=NOTE,
            ),
            SurveyResponse(contact_id=row.id, kind="nps", score=9, comment=NOTE, answered_at=now),
            Complaint(
                number=f"C-2026-{row.id:04d}",
                contact_id=row.id,
                opened_at=now,
                channel="email",
                description=NOTE,
            ),
        ]
        for record in records:
            stamp_new(record, now)
        session.add_all(records)
    return row.id


def _bytes_of(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_export_holds_everything_on_the_person(
    plain_ctx: AppContext, clock: FixedClock, tmp_path: Path
) -> None:
    contact_id = _person(plain_ctx, clock)
    plain_ctx.privacy.set_consent(contact_id, ConsentPurpose.SMS, True, "web form 2026-03-02")
    result = plain_ctx.privacy.export(contact_id, tmp_path / "out.zip")
    with zipfile.ZipFile(result.path) as bundle:
        data = json.loads(bundle.read("data.json"))
        csv_text = bundle.read("contact.csv").decode()
    assert data["contact"][0]["email"] == EMAIL
    assert EMAIL in csv_text
    for table in ("interaction", "txn", "survey_response", "complaint", "consent"):
        assert len(data[table]) == 1, table
    assert any(entry["action"] == "contact.create" for entry in data["audit_log"])


def test_erase_removes_text_keeps_numbers_and_leaves_no_trace_in_the_file(
    plain_ctx: AppContext, clock: FixedClock, db_path: Path
) -> None:
    contact_id = _person(plain_ctx, clock)
    keep = _person(plain_ctx, clock, "stays@example.org", "Other")
    assert EMAIL.encode() in _bytes_of(db_path)
    plain_ctx.privacy.erase(contact_id)
    row = plain_ctx.contacts.get(contact_id)
    assert row.display_name == f"Erased contact #{contact_id}"
    assert row.email is None
    assert row.notes is None
    with plain_ctx.db.read() as session:
        assert session.scalar(select(func.sum(Txn.amount_minor))) == 8400  # numbers kept
        assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 2
        assert verify_chain(session, anchor_key(plain_ctx.db.key)).ok
    assert plain_ctx.contacts.get(keep).email == "stays@example.org"
    content = _bytes_of(db_path)
    assert EMAIL.encode() not in content
    assert b"Rasmussen" not in content
    assert content.count(NOTE.encode()) == 5  # only the other person's five copies
    with pytest.raises(UserError, match="already been erased"):
        plain_ctx.privacy.erase(contact_id)


def test_erased_people_cannot_be_found_and_the_erasure_is_audited(
    ctx: AppContext, clock: FixedClock, tmp_path: Path
) -> None:
    contact_id = _person(ctx, clock)
    uid = ctx.contacts.get(contact_id).uid
    assert ctx.privacy.find_contact(EMAIL) == contact_id
    ctx.privacy.erase(contact_id)
    with pytest.raises(UserError, match="No contact has"):
        ctx.privacy.find_contact(EMAIL)
    data = ctx.privacy.gather(ctx.privacy.find_contact(uid))
    assert [e["action"] for e in data["audit_log"]][-1] == "privacy.erase"
    assert all(EMAIL not in str(e["detail"]) for e in data["audit_log"])


def test_consent_latest_answer_wins_and_marketing_respects_withdrawal(
    ctx: AppContext, clock: FixedClock
) -> None:
    a = _person(ctx, clock, "a@example.org")
    b = _person(ctx, clock, "b@example.org")
    c = _person(ctx, clock, "c@example.org")
    ctx.privacy.set_consent(a, ConsentPurpose.EMAIL_MARKETING, True, "signed form")
    ctx.privacy.set_consent(b, ConsentPurpose.EMAIL_MARKETING, True, "signed form")
    clock.advance(timedelta(days=1))
    ctx.privacy.set_consent(b, ConsentPurpose.EMAIL_MARKETING, False, "phoned to withdraw")
    assert ctx.privacy.allowed([a, b, c], ConsentPurpose.EMAIL_MARKETING) == {a}
    states = {s.purpose: s for s in ctx.privacy.consents(b)}
    assert states[ConsentPurpose.EMAIL_MARKETING].granted is False
    assert states[ConsentPurpose.EMAIL_MARKETING].evidence == "phoned to withdraw"
    assert states[ConsentPurpose.SMS].granted is None
    with pytest.raises(UserError, match="evidence"):
        ctx.privacy.set_consent(a, ConsentPurpose.SMS, True, "  ")


def test_retention_lists_idle_contacts_only_when_on(ctx: AppContext, clock: FixedClock) -> None:
    old = _person(ctx, clock, "old@example.org")
    clock.advance(timedelta(days=400))
    fresh = _person(ctx, clock, "fresh@example.org")
    assert ctx.privacy.stale_contacts(0) == []
    stale = [s.id for s in ctx.privacy.stale_contacts(12)]
    assert old in stale
    assert fresh not in stale


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(max_size=400) | st.sampled_from(["\x00", "a" * 1_000_000, "' OR 1=1 --", "\u202e@x"])
)
def test_find_contact_only_raises_user_errors(ctx: AppContext, text: str) -> None:
    with contextlib.suppress(UserError):  # a clear error is fine; anything else fails the test
        ctx.privacy.find_contact(text)


def test_erase_drops_merge_undo_records_that_copy_the_person(
    ctx: AppContext, clock: FixedClock
) -> None:
    survivor = _person(ctx, clock)
    twin = ctx.contacts.create(ContactDraft(first_name="Mette", last_name="Rasmussen")).id
    ctx.duplicates.merge(survivor, twin)
    assert ctx.duplicates.last_undoable_merge() is not None
    ctx.privacy.erase(survivor)
    assert ctx.duplicates.last_undoable_merge() is None
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(ContactMerge)) == 0


def test_an_erased_contact_takes_no_merge(ctx: AppContext, clock: FixedClock) -> None:
    """An erasure keeps nothing of the person: nothing is merged into it or out of it (sync's
    other copies would refuse the writes and differ from this one)."""
    erased = _person(ctx, clock)
    other = ctx.contacts.create(ContactDraft(first_name="Mette", last_name="Rasmussen")).id
    ctx.privacy.erase(erased)
    for survivor, merged in ((erased, other), (other, erased)):
        with pytest.raises(UserError, match="does not exist or was deleted"):
            ctx.duplicates.merge(survivor, merged)
    assert ctx.contacts.get(other).deleted_at is None
