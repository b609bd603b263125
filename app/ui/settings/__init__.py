"""The Settings dialog (File > Settings…): a list of pages on the left, one page on the right."""
