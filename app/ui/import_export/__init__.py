"""The import wizard and the export dialog."""
