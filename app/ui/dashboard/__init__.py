"""The dashboard pane."""
