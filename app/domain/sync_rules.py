"""What sync treats specially, by table and column (pure data; the SQL lives in storage)."""

from __future__ import annotations

# Rows are only ever added (and scrubbed by an erasure): two writers never fight over them.
APPEND_ONLY = frozenset(
    {"interaction", "txn", "survey_response", "complaint_event", "audit_log", "consent"}
)
# Bookkeeping of one copy: never synced. Automation rules and their runs stay on the copy that
# made them: runs undo that copy's imports, and follow-ups already meet across copies by their
# derived uids (issue 25); sharing rules is for the team window (issue 23).
LOCAL_TABLES = frozenset({"import_batch", "automation_rule", "automation_run"})
# Columns that are one copy's own (the row's local key and its optimistic-lock counter).
LOCAL_COLUMNS = frozenset({"id", "version"})
# Columns every edit rewrites or that are computed from others: merged, never a conflict.
UNCONTESTED = frozenset(
    {"updated_at", "sort_name", "display_name", "email_norm", "phone_norm", "search_phones"}
)
# What a contact's shown name is made of (domain.validation.display_name_of); when these came
# from more than one copy's writes, every copy makes the shown name again from the merged ones.
NAME_SOURCES = ("first_name", "last_name", "company_id", "display_name")
NAME_COLUMNS = (*NAME_SOURCES, "sort_name")  # a write to any of these may leave it stale
# The same name created on two copies is one row (merged, logged).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "tag": ("name",),
    "segment": ("name",),
    "custom_field": ("key",),
    "setting": ("key",),
    "contact_tag": ("contact_id", "tag_id"),
}
# Tables only a hub admin may change.
ADMIN_TABLES = frozenset({"staff", "setting"})
# Tables a hub viewer may not read, directly or through a pull: the audit log (who did what,
# why a customer was erased) is for the people who answer for the data; a viewer neither
# changes data nor settles conflicts, so the hub's conflict records (the values edits lost)
# are not theirs either (app/services/sync/hub_schema.py).
HIDDEN_FROM_VIEWERS = frozenset({"audit_log"})
# Change kinds beside a column name: a whole new row, a row gone for good, an erasure.
ROW_INSERT, ROW_PURGE, ROW_ERASE = "*", "-", "!"


def is_conflict(table: str, column: str, base_hlc: int, current_hlc: int | None) -> bool:
    """A write conflicts when it did not see the value it replaces (its base is not current),
    unless the table is append-only or the column is computed or bumped by every edit."""
    if table in APPEND_ONLY or column in UNCONTESTED or column.startswith(("*", "-", "!")):
        return False
    return current_hlc is not None and current_hlc != base_hlc
