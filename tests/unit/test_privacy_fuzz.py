"""Wild input at the privacy and security entry points gives the app's own clear errors only."""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.bootstrap import AppContext
from app.domain.enums import ConsentPurpose
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.security import read_passphrase_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

WILD = st.text(max_size=300) | st.sampled_from(
    ["\x00", "x" * 1_000_000, "'; DROP TABLE contact; --", "\u202eevil\u202c", ""]
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(evidence=WILD, granted=st.booleans())
def test_consent_evidence_is_stored_or_refused_in_words(
    ctx: AppContext, evidence: str, granted: bool
) -> None:
    contact_id = ctx.contacts.create(ContactDraft(first_name="Fuzz")).id
    with contextlib.suppress(UserError):
        ctx.privacy.set_consent(contact_id, ConsentPurpose.SMS, granted, evidence)
        stored = {s.purpose: s for s in ctx.privacy.consents(contact_id)}[ConsentPurpose.SMS]
        assert stored.evidence == evidence.strip()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=st.binary(max_size=2000))
def test_passphrase_files_with_any_bytes(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "secret"
    path.write_bytes(content)
    path.chmod(0o600)
    with contextlib.suppress(UserError):
        assert read_passphrase_file(path)
