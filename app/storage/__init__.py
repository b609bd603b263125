"""Persistence: engine and pragmas, ORM models, migrations, audit chain, backups."""
