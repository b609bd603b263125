"""The contacts pane."""
