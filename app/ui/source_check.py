"""Keep PySide6's per-import source check from holding every module's source in memory.

Once PySide6 is loaded, shiboken asks for each newly imported module whether its source
mentions "PySide6" (for the opt-in `__feature__` switches), through `inspect.getsource`. That
keeps every line of every module imported afterwards in `linecache`: 32 MB of Python strings
at start-up, with more once the dashboard's chart library loads, and the time to split them.
The same answer, read straight from the file, keeps nothing.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from types import ModuleType

log = logging.getLogger(__name__)

FEATURE_MODULE = "PySide6.support.feature"
CHECK_NAME = "_mod_uses_pyside"  # PySide6 6.4+; an older or newer layout is left alone


def lighten_source_check() -> None:
    """Replace PySide6's check with one that reads a plain .py file without caching it."""
    try:
        feature = importlib.import_module(FEATURE_MODULE)
    except ImportError:
        return
    original = getattr(feature, CHECK_NAME, None)
    if not callable(original) or getattr(original, "lightened", False):
        return
    setattr(feature, CHECK_NAME, _file_check(original))


def _file_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        """Whether the module's source names PySide6, as PySide6's own check answers."""
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # no plain source file: the original knows the cases
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            log.debug("Cannot read %s for PySide6's feature check", path)
            return False

    uses_pyside.lightened = True  # type: ignore[attr-defined]
    return uses_pyside
