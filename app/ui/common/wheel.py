"""The mouse wheel scrolls the page, app-wide, unless the person has chosen otherwise.

Qt hands a wheel event to the widget under the pointer: an unfocused combo or spin box changed
its value (a complaint's priority was saved as the page scrolled past it), a chart zoomed its
axes. One filter on the application, installed once, sends those wheel events to the scroll
area around the widget instead. A combo or spin box the person has clicked into (focused) takes
the wheel as before; a chart zooms only with Ctrl held. Widgets other than combo and spin boxes
opt in with the WHEEL_SCROLLS_PAGE property.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

WHEEL_SCROLLS_PAGE = "wheelScrollsPage"  # property: scroll the page unless Ctrl is held


class WheelGuard(QObject):
    """Application event filter: wheel over a passive widget scrolls the enclosing page."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QWheelEvent) or not isinstance(watched, QWidget):
            return False
        passive = _passive_widget(watched, event)
        if passive is None:
            return False
        _scroll_page(passive, watched, event)
        event.accept()  # handled: Qt must not pass it on to the parents as well
        return True


def _passive_widget(watched: QWidget, event: QWheelEvent) -> QWidget | None:
    """The combo box, spin box or opted-in widget the wheel must not change, if any.

    The event reaches a spin box's line edit or a chart's viewport first: their parent is
    looked at too."""
    for widget in (watched, watched.parentWidget()):
        if widget is None:
            continue
        if isinstance(widget, QComboBox | QAbstractSpinBox):
            return None if widget.hasFocus() else widget
        if widget.property(WHEEL_SCROLLS_PAGE):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            return None if ctrl else widget
    return None


def _scroll_page(passive: QWidget, watched: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the nearest scroll area around `passive` (nothing when there is none)."""
    area = passive.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    viewport = area.viewport()
    position = viewport.mapFromGlobal(watched.mapToGlobal(event.position()))
    moved = QWheelEvent(
        position,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
        event.source(),
    )
    QCoreApplication.sendEvent(viewport, moved)


_guards: list[WheelGuard] = []


def install_wheel_guard() -> None:
    """Install the filter on the running application, once however often it is called."""
    app = QCoreApplication.instance()
    if app is None or _guards:
        return
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    _guards.append(guard)
