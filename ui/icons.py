"""SVG icons (no emoji: library PCs lack the fonts), drawn in the theme's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.resources import resource_path


@cache
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text("utf-8")


@cache
def icon(name: str, colour: str, size: int = 48) -> QIcon:
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode()))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(pixmap)
