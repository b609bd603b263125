"""The settings service's staff list, backup fields and backup-folder check."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.settings import BackupSchedule, StaffMember, check_backup_folder
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
    business = ctx.settings.business()
    assert business.backup_schedule == BackupSchedule.DAILY.value
    with pytest.raises(UserError, match="daily backups kept"):
        ctx.settings.save_business(replace(business, backup_keep_daily=0))
    with pytest.raises(UserError, match="not a known backup schedule"):
        ctx.settings.save_business(replace(business, backup_schedule="hourly"))
    folder = tmp_path / "new" / "backups"
    ctx.settings.save_business(
        replace(business, backup_folder=str(folder), backup_schedule="on_close")
    )
    assert folder.is_dir()  # created when the setting was saved
    assert ctx.settings.business().backup_schedule == "on_close"


def test_backup_folder_must_be_a_writable_full_path(tmp_path: Path) -> None:
    tmp_path = tmp_path / "check"
    tmp_path.mkdir()
    assert check_backup_folder(str(tmp_path)) == tmp_path
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="cannot write to the backup folder"):
        check_backup_folder(str(blocker / "inside"))
    with pytest.raises(UserError, match="must be a full path"):
        check_backup_folder("relative/folder")
    assert list(tmp_path.iterdir()) == [blocker]  # the write test leaves nothing behind
