"""The settings service's staff list, backup fields and backup-folder check."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.settings import BackupSchedule, BusinessSettings, StaffMember, system_region
from sqlalchemy import text


def test_staff_are_added_renamed_and_deactivated_with_an_audit_row(ctx: AppContext) -> None:
    added = ctx.settings.save_staff(StaffMember(0, "  Ada Byron ", "ada@example.com", True))
    assert added.id > 0
    assert added.name == "Ada Byron"
    renamed = ctx.settings.save_staff(replace(added, name="Ada Lovelace", active=False))
    assert ctx.settings.staff() == [renamed]
    assert not renamed.active
    with ctx.db.read() as session:
        rows = session.execute(
            text("SELECT action, detail FROM audit_log WHERE entity = 'staff' ORDER BY id")
        ).all()
    assert [r.action for r in rows] == ["staff.create", "staff.update"]
    assert all("Ada" not in r.detail for r in rows)  # no personal data in the audit detail


@pytest.mark.parametrize(
    ("member", "message"),
    [
        (StaffMember(0, "   ", "", True), "needs a name"),
        (StaffMember(0, "Bo", "not-an-address", True), "'not-an-address' is not a valid e-mail"),
        (StaffMember(999, "Bo", "", True), "Staff member 999 does not exist"),
    ],
)
def test_bad_staff_input_is_refused(ctx: AppContext, member: StaffMember, message: str) -> None:
    with pytest.raises(UserError, match=message):
        ctx.settings.save_staff(member)
    assert ctx.settings.staff() == []


def test_backup_fields_are_validated_and_saved(ctx: AppContext, tmp_path: Path) -> None:
    backups = ctx.settings.backups()
    assert backups.schedule == BackupSchedule.DAILY.value
    with pytest.raises(UserError, match="daily backups kept"):
        ctx.settings.save_backups(replace(backups, keep_daily=0))
    with pytest.raises(UserError, match="not a known backup schedule"):
        ctx.settings.save_backups(replace(backups, schedule="hourly"))
    folder = tmp_path / "new" / "backups"
    ctx.settings.save_backups(replace(backups, folder=f" {folder} ", schedule="on_close"))
    assert ctx.settings.backups() == replace(backups, folder=str(folder), schedule="on_close")
    assert ctx.settings.business() == ctx.settings.business().validated()  # untouched


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, "US"),
        ({"LANG": "en_GB.UTF-8"}, "GB"),
        ({"LANG": "de_DE.UTF-8"}, "DE"),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "CA"),
        ({"LC_TELEPHONE": "es_MX.UTF-8", "LC_ALL": "en_US.UTF-8"}, "MX"),
        ({"LANG": "C.UTF-8"}, "DE"),  # no country in the locale: the fallback
    ],
)
def test_the_default_phone_region_comes_from_the_system_locale(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    for name in ("LC_TELEPHONE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("locale.setlocale", lambda *_args: "C.UTF-8")
    assert system_region() == expected
    assert BusinessSettings().phone_region == expected  # what the first run offers
