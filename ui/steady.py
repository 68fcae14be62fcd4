"""Nothing changes under the pointer or by itself (handbook §5).

- The mouse wheel scrolls the page; it never changes an answer. Qt's drop-down lists, number and
  date boxes, sliders and tab bars take the wheel to change their value, so scrolling a form
  over one of them silently changed an appointment's organisation. One application-wide filter
  hands every wheel over such a choice to the page instead; an open list (after a click) still
  scrolls with the wheel, it is a window of its own.
- The focus never lands on a header button (Lock, Quick exit...) by itself: Qt moves the focus
  to the next button when the focused one is hidden or disabled, and a passphrase typed next
  would press it. A header button takes the focus only from a Tab, a click, a shortcut or a
  program asking for it; otherwise the focus goes back to the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

CHOICES = (QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar)


def _choice_of(widget: QWidget) -> QWidget | None:
    """The choice `widget` belongs to (an editable list's text field belongs to its list), not
    looking past its window: a list's open popup is a window of its own and scrolls freely."""
    while widget is not None:
        if isinstance(widget, CHOICES) and not isinstance(widget, QScrollBar):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _page_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Install once on the application (the main window does, and owns it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, CHOICES):
            # Qt gives the focus to a 'wheel focus' widget under a turning wheel: keyboard
            # arrows would then change it. A click or Tab still gives it the focus.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, QWidget):
            choice = _choice_of(watched)
            if choice is None:
                return False
            page = _page_of(choice)
            if page is not None:
                assert isinstance(event, QWheelEvent)
                # Position does not matter to a scroll area; the notches do.
                scroll = QWheelEvent(
                    event.position(), event.globalPosition(), event.pixelDelta(),
                    event.angleDelta(), event.buttons(), event.modifiers(), event.phase(),
                    event.inverted(), event.source(),
                )  # fmt: skip
                QApplication.sendEvent(page.viewport(), scroll)
            return True
        return False


TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
BY_ITSELF = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)


class FocusGuard(QObject):
    """Keeps the focus off `guarded` widgets unless a person put it there. Qt says 'Tab' as the
    reason when it moves the focus on from a hidden or disabled widget: only a Tab key really
    pressed counts as one."""

    def __init__(self, guarded: Callable[[QWidget], bool], elsewhere: Callable[[], None]):
        super().__init__()
        self.guarded, self.elsewhere = guarded, elsewhere
        self._tab_pressed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            self._tab_pressed = kind != QEvent.Type.KeyRelease and event.key() in TAB_KEYS
        elif kind == QEvent.Type.MouseButtonPress:
            self._tab_pressed = False
        elif kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            assert isinstance(event, QFocusEvent)
            if (event.reason() in BY_ITSELF and not self._tab_pressed
                    and self.guarded(watched)):  # fmt: skip
                self.elsewhere()
        return False
