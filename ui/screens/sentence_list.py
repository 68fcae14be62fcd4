"""A list of sentences for the records (agenda, search results, directory): one Qt model, no
widget per row, headings and items in one column, read item by item by screen readers.

Each row is a full sentence. Its accessible text (Qt.AccessibleTextRole) is the same sentence,
with the day in front for items under a heading, so a screen reader that jumps into the list
still knows which day it is on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from .. import appearance

Index = QModelIndex | QPersistentModelIndex


class RowKind(StrEnum):
    HEADING = "heading"  # a day, an organisation
    ITEM = "item"  # something that opens
    NOTE = "note"  # a sentence that opens nothing ("Nothing planned today.")


@dataclass
class Row:
    kind: RowKind
    text: str
    spoken: str = ""  # what a screen reader says, when it differs from the text
    day: date | None = None
    target: tuple[str, object] | None = None  # (screen key, payload) that Enter opens
    current: bool = False  # today: drawn so that it is obvious
    extra: dict = field(default_factory=dict)


ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class SentenceModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.spoken or row.text
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Headings can be selected too: a screen reader moves through every row with the arrows.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def append(self, rows: list[Row]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def prepend(self, rows: list[Row]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self.rows[:0] = rows
        self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([])


class SentenceDelegate(QStyledItemDelegate):
    """Wrapped sentences at body size, at least 48 px high, colours from the theme: headings on
    the card colour, today's heading and the selected row in the primary colours (7:1)."""

    def _pad(self) -> int:
        return appearance.current().px(12)

    def _bar(self) -> int:
        return appearance.current().px(10)

    def _indent(self, row: Row) -> int:
        look = appearance.current()
        indent = look.px(24) if row.kind != RowKind.HEADING else 0
        return indent + (self._bar() if row.current else 0)

    def _font(self, option: QStyleOptionViewItem, row: Row):
        font = option.font
        if row.kind == RowKind.HEADING:
            font.setBold(True)
        return font

    def _text_rect(self, option: QStyleOptionViewItem, row: Row) -> QRect:
        pad, indent = self._pad(), self._indent(row)
        rect = option.rect.adjusted(pad + indent, pad, -pad, -pad)
        return QStyle.visualRect(option.direction, option.rect, rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row: Row = index.data(ROW_ROLE)
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 400
        pad, indent = self._pad(), self._indent(row)
        inner = max(50, width - 2 * pad - indent)
        metrics = QFontMetrics(self._font(option, row))
        bound = metrics.boundingRect(
            QRect(0, 0, inner, 1_000_000), int(Qt.TextFlag.TextWordWrap), row.text
        )
        height = max(appearance.current().px(48), bound.height() + 2 * pad)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: Row = index.data(ROW_ROLE)
        theme = appearance.current().theme
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            back, ink = theme.primary, theme.primary_text
        elif row.kind == RowKind.HEADING:
            back, ink = theme.card, theme.text
        else:
            back, ink = theme.field, theme.field_text
        painter.save()
        painter.fillRect(option.rect, QColor(back))
        if row.kind == RowKind.HEADING:  # a rule above each day: the days stand apart
            painter.setPen(QPen(QColor(theme.border), 2))
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
        if row.current and not selected:  # today: a thick bar at the start of the line
            bar = QRect(option.rect.left(), option.rect.top(), self._bar(), option.rect.height())
            painter.fillRect(QStyle.visualRect(option.direction, option.rect, bar),
                             QColor(theme.primary))  # fmt: skip
        if option.state & QStyle.StateFlag.State_HasFocus:
            width = max(3, appearance.current().px(3))
            painter.setPen(QPen(QColor(theme.focus), width, Qt.PenStyle.DashLine))
            half = width // 2 + 1
            painter.drawRect(option.rect.adjusted(half, half, -half, -half))
        painter.setFont(self._font(option, row))
        painter.setPen(QColor(ink))
        align = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeft)
        flags = int(align | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(self._text_rect(option, row), flags, row.text)
        painter.restore()


class SentenceList(QListView):
    """The list widget: Enter or double-click opens the row's target."""

    opened = Signal(object)  # the Row

    def __init__(self, name: str, description: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        if description:
            self.setAccessibleDescription(description)
        self.setItemDelegate(SentenceDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the width
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabKeyNavigation(False)  # Tab leaves the list: no keyboard trap
        self.activated.connect(self._activated)
        appearance.current().changed.connect(self.doItemsLayout)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, Row) and row.target is not None:
            self.opened.emit(row)

    def row_at(self, index: QModelIndex) -> Row | None:
        row = index.data(ROW_ROLE)
        return row if isinstance(row, Row) else None

    def current_row(self) -> Row | None:
        return self.row_at(self.currentIndex())

    def select_row(self, number: int, *, top: bool = False) -> None:
        model = self.model()
        if model is None or not 0 <= number < model.rowCount():
            return
        index = model.index(number, 0)
        self.setCurrentIndex(index)
        hint = (
            QAbstractItemView.ScrollHint.PositionAtTop
            if top
            else QAbstractItemView.ScrollHint.EnsureVisible
        )
        self.scrollTo(index, hint)
