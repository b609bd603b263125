"""The complaints pane."""
