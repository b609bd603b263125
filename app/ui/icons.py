"""The app's one icon set: 24 px stroke SVGs in resources/icons/ui, as `icon(name)`.

Icons are drawn from the SVG at paint time (a QIconEngine), so they stay crisp at any size and
device pixel ratio. The SVGs stroke in `currentColor`, replaced with the theme's text colour (or
a status colour), so the same file serves light and dark; the cache is dropped on a theme
switch.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.ui.theme import colours

ALIASES = {"complaint": "complaints", "quick_log": "note"}


def resource_dir() -> Path:
    """resources/ beside the source tree, or inside the frozen build (PyInstaller's _MEIPASS)."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources"


def icon_names() -> list[str]:
    return sorted(p.stem for p in (resource_dir() / "icons" / "ui").glob("*.svg"))


@cache
def _svg(name: str) -> str:
    path = resource_dir() / "icons" / "ui" / f"{ALIASES.get(name, name)}.svg"
    return path.read_text(encoding="utf-8")


class _SvgEngine(QIconEngine):
    """Renders one SVG in one colour; disabled icons are drawn at half opacity."""

    def __init__(self, svg: str, colour: str) -> None:
        super().__init__()
        self._svg, self._colour = svg, colour
        self._renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode()))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        if mode is QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        self._renderer.render(painter, rect)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._svg, self._colour)


@cache
def _icon(name: str, colour: str) -> QIcon:
    return QIcon(_SvgEngine(_svg(name), colour))


def forget_icons() -> None:
    """Drop the cached icons (after a theme switch: they are drawn in the old text colour)."""
    _icon.cache_clear()


def icon(name: str, colour: str | None = None) -> QIcon:
    """The named icon in the theme's text colour (or `colour`); raises KeyError if unknown."""
    try:
        return _icon(name, colour or colours().text)
    except FileNotFoundError as exc:
        raise KeyError(f"No icon named '{name}' in resources/icons/ui.") from exc


def status_icon(kind: str) -> QIcon:
    """Breached/warning/ok icons in their status colour for the current theme."""
    scheme = colours()
    colour = {"breached": scheme.breached, "warning": scheme.at_risk, "ok": scheme.ok}[kind]
    return icon(kind, colour)
