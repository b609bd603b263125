"""Field sync with a team hub on PostgreSQL (DESIGN.md section 8, issue 22)."""
