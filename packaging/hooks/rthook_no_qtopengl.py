"""Runtime hook: pyqtgraph imports PySide6.QtOpenGL when it loads, but uses it only to draw with
OpenGL, which Rapport never turns on (pyqtgraph's useOpenGL stays False). That 8.9 MB binding is
left out of the build (rapport.spec); this stand-in lets pyqtgraph load and names the cause if an
OpenGL path is ever reached. The self-test draws every dashboard chart to prove it is not.
"""

import sys
import types


class _LeftOut(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        raise AttributeError(f"PySide6.QtOpenGL.{name}: OpenGL drawing is not part of this build")


sys.modules.setdefault("PySide6.QtOpenGL", _LeftOut("PySide6.QtOpenGL"))
