"""Qt widgets only: panes, dialogs and models over the services. No SQL here."""
