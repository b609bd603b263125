"""Import and export: CSV, vCard, xlsx and JSON in, CSV, vCard, xlsx and JSON out. No Qt."""
