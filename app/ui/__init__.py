"""Qt widgets only: panes, dialogs and models over the services. No SQL here."""

from app.ui.source_check import lighten_source_check

lighten_source_check()  # before the app's own modules load (see app.ui.source_check)
