"""The four records screens of this module with a year of demo data, at 200 % in yellow on
black: every control named and reachable by Tab, nothing cut, contrast as drawn."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QRadioButton

from app import demo

from .records_window import NOW, new_carnet, open_on
from .test_design import _assert_labels_fit, _interactive, rendered_contrast

KEYS = ["obligations", "hours", "journal", "documents"]


@pytest.fixture(scope="module")
def demo_year(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo1") / "carnet"
    carnet = new_carnet(folder)
    demo.populate(carnet, 1, today=NOW.date())
    carnet.lock()
    return folder


@pytest.mark.parametrize("key", KEYS)
def test_with_data_at_200_percent(make_window, qtbot, demo_year, key):
    window, screen = open_on(make_window, qtbot, demo_year, key, zoom=200, theme="yellow")
    qtbot.wait(50)
    widgets = _interactive(window)
    shot = window.grab().toImage()
    for w in widgets:
        assert w.accessibleName().strip(), f"{key}: unnamed {type(w).__name__}"
        if not isinstance(w, QCheckBox | QRadioButton):
            assert min(w.width(), w.height()) >= 48, f"{key}: small {w.accessibleName()}"
        if w.isEnabled() and isinstance(w, QAbstractButton):
            assert rendered_contrast(shot, w, 16) >= 7.0, w.accessibleName()
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text().strip():
            assert rendered_contrast(shot, label, 0) >= 7.0, label.text()[:40]
    _assert_labels_fit(window, key)
    # Tab goes round every enabled control and comes back.
    wanted = {w for w in widgets if w.isEnabled()}
    wanted = {w for w in wanted if not isinstance(w, QRadioButton) or w.isChecked()}
    start = window.focusWidget() or window
    seen, widget = set(), start
    for _ in range(400):
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & 0x1):
            widget = widget.nextInFocusChain()
        seen.add(widget)
        if widget is start:
            break
    missing = [w.accessibleName() for w in wanted if w not in seen]
    assert not missing, f"{key}: not reachable by Tab: {missing}"
    assert window.reader is not None and screen.reading_parts()
