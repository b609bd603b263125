"""Contact search finds a name however its umlauts were typed, and the list sorts by city.

The search document keeps a folded copy of the name, the e-mail and the company beside the
original text whenever folding changes it: lower case, 'ue', 'oe', 'ae' as 'u', 'o', 'a' and
'ß' as 'ss' (the tokenizer already strips accents, so 'Müller' is indexed as 'muller'). A
search word is folded the same way (app.domain.contact_query.search_fold), so 'mueller',
'Müller' and 'Muller' find each other, and 'strasse' finds 'Straße'. The index is rebuilt
once (a few seconds for 100,000 contacts). The document stays one SELECT with one
`c.id = new.id`, the shape the import's batched indexing derives its statement from.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAME = "c.display_name || ' ' || c.first_name || ' ' || c.last_name"
_EMAIL = "coalesce(c.email, '')"
_EXTRA_EMAILS = (
    "coalesce((SELECT group_concat(m.value, ' ') "
    "FROM contact_method m WHERE m.contact_id = c.id AND m.kind = 'email' "
    "AND m.deleted_at IS NULL), '')"
)
_COMPANY = "coalesce((SELECT co.name FROM company co WHERE co.id = c.company_id), '')"
_TAGS = (
    "coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct "
    "JOIN tag t ON t.id = ct.tag_id "
    "WHERE ct.contact_id = c.id AND ct.deleted_at IS NULL AND t.deleted_at IS NULL), '')"
)
_COLUMNS = "rowid, name, email, phone, company, tags"
_TRIGGERS = ("contact_fts_ai", "contact_fts_au")


def _folded(value: str) -> str:
    """SQL for `value` as search_fold writes a word (lower() folds ASCII only; the tokenizer
    folds the rest)."""
    sql = f"lower({value})"
    for spelled, plain in (("ue", "u"), ("oe", "o"), ("ae", "a"), ("ß", "ss"), ("ẞ", "ss")):
        sql = f"replace({sql}, '{spelled}', '{plain}')"
    return sql


def _with_folded(value: str) -> str:
    """`value`, followed by its folded copy when folding changes it."""
    folded = _folded(value)
    return f"{value} || CASE WHEN {folded} = lower({value}) THEN '' ELSE ' ' || {folded} END"


def _document(where: str, *, fold: bool) -> str:
    """The search documents of the live contacts matching `where` (an SQL condition on c)."""
    # the extra e-mails and the tags are indexed as they are (each a sub-query)
    name, email, company = (_with_folded(v) if fold else v for v in (_NAME, _EMAIL, _COMPANY))
    return (
        f"SELECT c.id, {name}, {email} || ' ' || {_EXTRA_EMAILS}, c.search_phones, {company}, "
        f"{_TAGS} "
        f"FROM contact c WHERE {where} AND c.deleted_at IS NULL"
    )


def _install(*, fold: bool) -> None:
    """Replace the two triggers that write a contact's document, then rebuild every document."""
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    one = _document("c.id = new.id", fold=fold)
    op.execute(
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN "
        f"INSERT INTO contact_fts({_COLUMNS}) {one}; END"
    )
    op.execute(
        "CREATE TRIGGER contact_fts_au AFTER UPDATE ON contact BEGIN "
        "DELETE FROM contact_fts WHERE rowid = old.id; "
        f"INSERT INTO contact_fts({_COLUMNS}) {one}; END"
    )
    op.execute("DELETE FROM contact_fts")
    op.execute(f"INSERT INTO contact_fts({_COLUMNS}) {_document('1 = 1', fold=fold)}")


def upgrade() -> None:
    _install(fold=True)
    op.create_index(
        "ix_contact_live_city_sort", "contact", ["deleted_at", "city", "sort_name", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_contact_live_city_sort", table_name="contact")
    _install(fold=False)
