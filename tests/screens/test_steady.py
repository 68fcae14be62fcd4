"""Nothing changes by itself and every state shows plainly: a ticked box shows a large ✓, the
focus never lands on a header button (Quick exit, Lock...) without a deliberate act, and the
header's buttons keep their place and size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyle, QStyleOptionButton


def _share(image, rect, colour: str) -> float:
    """Part of `rect`'s pixels within a small distance of `colour`."""
    want = QColor(colour)
    hits = total = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            c = image.pixelColor(x, y)
            total += 1
            if max(abs(c.red() - want.red()), abs(c.green() - want.green()),
                   abs(c.blue() - want.blue())) < 60:  # fmt: skip
                hits += 1
    return hits / max(total, 1)


@pytest.mark.parametrize("theme", ["light", "dark", "yellow"])
def test_a_ticked_box_shows_a_large_tick(make_window, qtbot, theme):
    from ui import appearance
    from ui.widgets import CheckBox

    window = make_window(zoom=150, theme=theme)
    box = CheckBox("J'ai noté le code")
    window.current.body.addWidget(box)
    qtbot.waitUntil(box.isVisible)
    look = appearance.current().theme
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    assert rect.width() >= 28 * 1.5 - 1, rect  # large at 150 %
    box.setChecked(True)
    shot = box.grab().toImage()
    # A filled square (in the blue of primary buttons) with a tick drawn in their text colour:
    # a real stroke, not a dot (a filled square alone has none of that colour).
    tick, square = _share(shot, rect, look.primary_text), _share(shot, rect, look.primary)
    assert tick > 0.12, (tick, square)
    assert square > 0.3, (tick, square)
