"""Field work (issue 23): a laptop whose clock was moved 30 days ahead works offline for those
30 days (edits, a new contact, a task, a note on a customer who meanwhile asked to be erased)
while the office edits the same customers and erases one; then it syncs. Nothing is lost,
the erasure reaches it, and the one real conflict (the same field edited on both) is recorded
with both values on every copy; afterwards the office's clock is not stuck behind the
laptop's: its next edit wins without a conflict."""

from __future__ import annotations

from datetime import timedelta

from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.services.contacts import ContactDraft
from app.services.settings import BackupSettings
from app.services.sync.engine import SyncService
from app.services.tasks import TaskDraft
from app.storage.audit import anchor_key, verify_chain

from tests.sync.conftest import Hub, rows

MONTH = timedelta(days=30)


def _edit(ctx: AppContext, name: str, column: str, value: str) -> None:
    """One field of one contact, as the app writes it (captured by the triggers)."""
    rows(
        ctx,
        f"UPDATE contact SET {column} = :v, version = version + 1 WHERE first_name = :n",  # noqa: S608 - a column name
        v=value,
        n=name,
    )


def test_a_laptop_thirty_days_offline_syncs_without_loss(
    office_and_field: tuple[tuple[AppContext, SyncService], tuple[AppContext, SyncService]],
    hub: Hub,
) -> None:
    (office, office_sync), (field, field_sync) = office_and_field
    # the laptop's clock moved a month ahead (its stamps, and the dates it writes)
    rows(field, "UPDATE sync_state SET skew_ms = :s", s=int(MONTH.total_seconds() * 1000))
    assert isinstance(field.clock, FixedClock)
    (ben_id,) = rows(field, "SELECT id FROM contact WHERE first_name = 'Ben'")[0]
    for day in range(1, 31):  # a month of field work, offline
        field.clock.advance(timedelta(days=1))
        if day == 3:
            _edit(field, "Anna", "city", "Linz")
        if day == 5:
            _edit(field, "Anna", "notes", "Met at the fair")
            _edit(field, "Carla", "notes", "Wants a call")
        if day == 10:
            field.contacts.create(
                ContactDraft(first_name="Dario", last_name="Neu", email="dario@example.com")
            )
        if day == 12:
            field.tasks.create(
                TaskDraft("Send Ben the offer", contact_id=ben_id, due_at=field.clock.now())
            )
    # meanwhile at the office: the same customers edited, one erased at her request
    _edit(office, "Anna", "city", "Graz")
    _edit(office, "Anna", "job_title", "Buyer")
    _edit(office, "Ben", "phone", "+43 1 234")
    (carla_id,) = rows(office, "SELECT id FROM contact WHERE first_name = 'Carla'")[0]
    office.privacy.erase(carla_id)
    office_sync.sync()

    report = field_sync.sync()  # back in the office's wifi
    assert report.conflicts == 1
    office_sync.sync()
    field_sync.sync()

    contact = (
        "SELECT uid, first_name, city, notes, job_title, phone, erased_at IS NOT NULL "
        "FROM contact ORDER BY uid"
    )
    assert rows(field, contact) == rows(office, contact)
    shown = {r[1]: r[2:] for r in rows(field, contact)}
    assert shown["Anna"] == ("Linz", "Met at the fair", "Buyer", None, False)  # both edits
    assert shown["Ben"][3] == "+43 1 234"
    assert "Dario" in shown  # the new contact reached the office
    (erased,) = [r for r in rows(field, contact) if r[6]]  # the erasure reached the laptop
    assert "Carla" not in str(erased)
    assert "Wants a call" not in str(erased)
    assert hub.query("SELECT count(*) FROM contact WHERE notes = 'Wants a call'") == [(0,)]
    task = "SELECT t.title, c.first_name FROM task t JOIN contact c ON c.id = t.contact_id"
    assert rows(office, task) == [("Send Ben the offer", "Ben")]

    # the one real conflict, on every copy: the laptop's later stamp won, the office's value
    # is kept beside it
    for sync in (office_sync, field_sync):
        (conflict,) = sync.conflicts()
        assert (conflict.field, {conflict.local, conflict.remote}) == ("city", {"Linz", "Graz"})
    for ctx in (office, field):
        with ctx.db.read() as session:
            assert verify_chain(session, anchor_key(ctx.db.key)).ok

    # the office's clock is not stuck a month behind: its next edit wins, no conflict
    _edit(office, "Anna", "city", "Wien")
    office_sync.sync()
    assert field_sync.sync().conflicts == 0
    assert rows(field, "SELECT city FROM contact WHERE first_name = 'Anna'") == [("Wien",)]


def test_each_laptop_keeps_its_own_backup_settings(
    office_and_field: tuple[tuple[AppContext, SyncService], tuple[AppContext, SyncService]],
    hub: Hub,
) -> None:
    """Backups are each computer's own: a member sets theirs (the team's settings are the
    admins'), nothing of it travels, and syncing both ways changes neither."""
    (office, office_sync), (field, field_sync) = office_and_field
    office.settings.save_backups(BackupSettings(folder="/srv/office-copies", keep_daily=30))
    field.settings.save_backups(BackupSettings(folder="~/Rapport backups", schedule="on_close"))
    for sync in (office_sync, field_sync, office_sync):
        report = sync.sync()
        assert (report.pushed, report.conflicts) == (0, 0)

    assert office.settings.backups() == BackupSettings(folder="/srv/office-copies", keep_daily=30)
    assert field.settings.backups() == BackupSettings("~/Rapport backups", "on_close")
    assert hub.query("SELECT count(*) FROM sync_change_log WHERE tbl LIKE '%setting%'") == [(0,)]
