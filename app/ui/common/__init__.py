"""Pieces every pane shares: empty states, background workers, big-list models."""
