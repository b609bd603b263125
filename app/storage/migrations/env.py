"""Alembic environment: always run from code with a connection handed in by app.storage.schema."""

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

from app.storage.models import Base, UTCDateTime, is_managed


def render_item(type_: str, obj: Any, _autogen_context: AutogenContext) -> str | Literal[False]:
    """Render our UTC type as the plain DateTime it stores, so migrations never import models."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_item=render_item,
    include_name=is_managed,
    render_as_batch=True,  # SQLite can barely ALTER: batch mode copies tables instead
    transaction_per_migration=False,  # the whole upgrade is one transaction
)
with context.begin_transaction():
    context.run_migrations()
