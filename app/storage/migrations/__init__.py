"""Alembic migration scripts, shipped inside the package so the frozen app finds them."""
