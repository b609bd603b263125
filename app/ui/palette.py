"""The command palette (Ctrl+K): type a few letters of any action, pane or contact, Enter runs.

Entries come from the window (every GLOBAL_ACTIONS entry, "Open <pane>", Settings…) plus up to
eight contacts found by an FTS prefix search as you type. Recently run entries come first; their
keys are remembered in UiPrefs.extra["palette_recent"].
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.config.ui_prefs import UiPrefs

RECENT_PREF = "palette_recent"
KEYWORD_SCORE = -1000  # below any title match
ICON_SIZE = 18
ROW_PADDING = 8  # above and below a row's icon or text
RECENT_LIMIT = 8
CONTACT_LIMIT = 8
ENTRY_ROLE = Qt.ItemDataRole.UserRole
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class PaletteEntry:
    key: str  # stable across runs (recent list): "action:contact.new", "contact:12"
    title: str
    shortcut: str  # native text ("Ctrl+N"), "" if none
    icon: QIcon | None
    run: Callable[[], None]
    keywords: str = ""  # other words that find it ("privacy" finds Settings…), translated


def fuzzy_score(query: str, text: str) -> int | None:
    """How well `query` matches `text` as a subsequence (case-insensitive); None if it does not.

    Letters at word starts and runs of adjacent letters score higher, so "nc" finds
    "New Contact" before "Cancel", and "comp" prefers "New Complaint" over "Open Contacts pane".
    """
    needle, hay = query.casefold().replace(" ", ""), text.casefold()
    if not needle:
        return 0
    score, position, previous = 0, 0, -2
    for char in needle:
        found = hay.find(char, position)
        if found < 0:
            return None
        word_start = found == 0 or not hay[found - 1].isalnum()
        score += 1 + (8 if word_start else 0) + (5 if found == previous + 1 else 0)
        score -= min(found - position, 5)
        previous, position = found, found + 1
    return score


def keyword_match(query: str, keywords: str) -> bool:
    """Whether every typed word starts one of the entry's keywords."""
    typed, words = query.casefold().split(), keywords.casefold().split()
    return bool(typed) and all(any(w.startswith(t) for w in words) for t in typed)


def ranked(
    query: str, entries: Sequence[PaletteEntry], recent: Sequence[str]
) -> list[PaletteEntry]:
    """Matching entries, recent ones first, then by score; an empty query lists everything.
    An entry found by a keyword only comes after those whose title matches."""
    order = {key: i for i, key in enumerate(recent)}
    scored = []
    for index, entry in enumerate(entries):
        score = fuzzy_score(query, entry.title)
        if score is None and keyword_match(query, entry.keywords):
            score = KEYWORD_SCORE
        if score is not None:
            scored.append((entry.key not in order, order.get(entry.key, 0), -score, index, entry))
    scored.sort(key=lambda item: item[:4])
    return [item[-1] for item in scored]


class _ShortcutDelegate(QStyledItemDelegate):
    """Draws the row as usual, then its shortcut (or a contact's e-mail) right-aligned."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        keys = index.data(SHORTCUT_ROLE)
        if not keys:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(option.palette.color(role))
        rect = option.rect.adjusted(0, 0, -10, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, keys)
        painter.restore()


def _blank_icon() -> QIcon:
    """An empty icon the size of the others (keeps titles aligned)."""
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class CommandPalette(QFrame):
    """A frameless popup: a line edit above a list. Up/Down move, Enter runs, Esc closes."""

    ran = Signal(str)  # the key of the entry that ran

    def __init__(
        self,
        entries: Callable[[], list[PaletteEntry]],
        contacts: Callable[[str], list[PaletteEntry]],
        prefs: UiPrefs,
        save_prefs: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self._entries, self._contacts = entries, contacts
        self._prefs, self._save_prefs = prefs, save_prefs
        self._fixed: list[PaletteEntry] = []
        self.setObjectName("commandPalette")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Command palette"))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a command, a pane or a contact's name…"))
        self.edit.setAccessibleName(self.tr("Command"))
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Matching commands"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(True)  # every row gets the same size hint (refill)
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setItemDelegate(_ShortcutDelegate(self.list))
        self.nothing = QLabel()
        self.nothing.setTextFormat(Qt.TextFormat.PlainText)
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        layout.addWidget(self.nothing)
        self.edit.textChanged.connect(self.refill)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(self._run_item)

    @property
    def recent(self) -> list[str]:
        value = self._prefs.extra.get(RECENT_PREF, [])
        return [str(key) for key in value] if isinstance(value, list) else []

    def popup(self) -> None:
        """Show centred near the top of the parent window, empty and ready for typing."""
        self._fixed = self._entries()
        parent = self.parentWidget()
        width = 560
        self.resize(width, 380)
        if parent is not None:
            top_left = parent.mapToGlobal(parent.rect().topLeft())
            self.move(top_left.x() + (parent.width() - width) // 2, top_left.y() + 60)
        self.edit.clear()
        self.refill("")
        self.show()
        self.activateWindow()
        self.edit.setFocus()

    def refill(self, text: str) -> None:
        matches = ranked(text, self._fixed, self.recent)
        if text.strip():
            matches += self._contacts(text)[:CONTACT_LIMIT]
        self.list.clear()
        # Rows as tall as an icon plus padding, and a blank icon where an entry has none, so
        # icons never spill over the next row and every title starts at the same place.
        height = max(ICON_SIZE, self.list.fontMetrics().height()) + ROW_PADDING
        for entry in matches:
            item = QListWidgetItem(entry.title)
            item.setData(SHORTCUT_ROLE, entry.shortcut)
            shown = entry.icon is not None and not entry.icon.isNull()
            item.setIcon(entry.icon if entry.icon is not None and shown else _blank_icon())
            item.setSizeHint(QSize(0, height))
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(entry.shortcut)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(matches))
        self.nothing.setVisible(not matches)
        self.nothing.setText(
            self.tr("No command, pane or contact matches “%1”.").replace("%1", text.strip())
        )

    def titles(self) -> list[str]:
        return [self._entry(self.list.item(i)).title for i in range(self.list.count())]

    @staticmethod
    def _entry(item: QListWidgetItem) -> PaletteEntry:
        entry = item.data(ENTRY_ROLE)
        if not isinstance(entry, PaletteEntry):
            raise TypeError("A palette row without its entry.")
        return entry

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._key(event.key())
        ):
            return True
        return super().eventFilter(watched, event)

    def _key(self, key: int) -> bool:
        rows = self.list.count()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.list.setCurrentRow((self.list.currentRow() + step) % rows)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.list.currentItem()
            if item is not None:
                self._run_item(item)
            return True
        if key == Qt.Key.Key_Escape:
            self.close()
            return True
        return False

    def _run_item(self, item: QListWidgetItem) -> None:
        entry = self._entry(item)
        self._remember(entry.key)
        self.close()
        entry.run()
        self.ran.emit(entry.key)

    def _remember(self, key: str) -> None:
        recent = [key, *(k for k in self.recent if k != key)][:RECENT_LIMIT]
        self._prefs.extra[RECENT_PREF] = recent
        self._save_prefs()
