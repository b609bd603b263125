"""Entry point for `python main.py` and the frozen build: see app.cli."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen build's import workers start through here
    sys.exit(main())
