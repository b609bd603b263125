"""Rapport: an offline-first desktop CRM."""

__version__ = "0.1.0"
