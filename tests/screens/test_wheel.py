"""The mouse wheel scrolls the page; it never changes an answer. Real wheel clicks (xdotool, on
./test's X server) over every drop-down list of every screen of a filled carnet: the value
stays, the page moves."""

from __future__ import annotations

import contextlib
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget
from pytestqt.exceptions import TimeoutError

from app import demo
from app.carnet import Carnet
from ui.screens import registry

from .conftest import PASSPHRASE

pytestmark = pytest.mark.xvfb


def _wheel_at(widget: QWidget, button: int) -> None:
    """One notch of a real wheel (X button 4 = up, 5 = down) with the pointer on `widget`."""
    centre = widget.mapToGlobal(widget.rect().center())
    subprocess.run(["xdotool", "mousemove", str(centre.x()), str(centre.y()),
                    "click", str(button)], check=True, timeout=10)  # fmt: skip


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    assert isinstance(widget, QAbstractSpinBox)
    return widget.text()


def _scroll_area(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _reveal(widget: QWidget, screen: QWidget) -> None:
    """Forms that open on a button (a new organisation, a contact...) are shown as if opened."""
    chain, parent = [], widget
    while parent is not None and parent is not screen:
        chain.append(parent)
        parent = parent.parentWidget()
    for w in reversed(chain):
        if w.isHidden():
            w.show()


@pytest.fixture
def demo_window(make_window, existing_carnet, qtbot):
    if shutil.which("xdotool") is None:
        pytest.fail("xdotool is missing: ./run installs it")
    with Carnet.unlock(existing_carnet, PASSPHRASE) as carnet:
        demo.populate(carnet, 1)
    window = make_window(zoom=150, carnet_path=existing_carnet)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=30_000)
    return window


def test_the_wheel_over_a_choice_scrolls_the_page_and_changes_nothing(demo_window, qtbot):
    window = demo_window
    tried: list[str] = []
    for entry in registry.SCREENS:  # every screen, each built when first shown
        key = entry.key
        screen = window.screen(key)
        if not screen.needs_carnet() and key not in ("settings", "today"):
            continue
        window.show_screen(key)
        qtbot.wait(50)
        choices = [w for w in screen.findChildren(QWidget)
                   if isinstance(w, (QComboBox, QAbstractSpinBox))]  # fmt: skip
        for choice in choices:
            _reveal(choice, screen)
            if isinstance(choice, QComboBox) and choice.count() < 2:
                choice.addItems(["un", "deux", "trois"])  # something the wheel could pick
            if isinstance(choice, QComboBox) and choice.currentIndex() < 0:
                choice.setCurrentIndex(0)
            choice.setCurrentIndex(1) if isinstance(choice, QComboBox) else None
            area = _scroll_area(choice)
            qtbot.wait(20)  # the revealed form is laid out
            area.ensureWidgetVisible(choice)
            qtbot.wait(20)
            under = QApplication.widgetAt(choice.mapToGlobal(choice.rect().center()))
            assert under is choice or choice.isAncestorOf(under), f"{key}: {choice} is hidden"
            bar = area.verticalScrollBar()
            before, position = _value(choice), bar.value()
            up = position == bar.maximum() and bar.maximum() > 0
            _wheel_at(choice, 4 if up else 5)
            name = f"{key}: {choice.accessibleName() or choice.objectName()}"
            moved = lambda b=bar, p=position, c=choice, v=before: (  # noqa: E731
                b.value() != p or _value(c) != v
            )
            if bar.maximum() > 0:
                with contextlib.suppress(TimeoutError):  # the asserts below say what failed
                    qtbot.waitUntil(moved, timeout=5000)
            else:
                qtbot.wait(200)  # nothing to scroll: give the wheel the time to do harm
            assert _value(choice) == before, f"the wheel changed {name}"
            assert bar.maximum() == 0 or bar.value() != position, f"the page did not scroll: {name}"
            assert not choice.hasFocus(), f"the wheel put the focus on {name}"
            tried.append(name)
    assert any(t.startswith("appointment:") for t in tried), tried
    assert len(tried) >= 10, tried
