"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method returning
void; a long session then aborts with "Fatal Python error: none_dealloc". pyproject pins below
it; this test fails if a version with the leak is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont


def test_void_calls_keep_none_alive() -> None:
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setBold(True)
    assert sys.getrefcount(None) - before > -100  # a leaking binding loses 1000
