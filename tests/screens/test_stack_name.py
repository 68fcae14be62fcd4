"""The stack that holds the screens is named after the screen shown (issue 14: Orca said an
unnamed "panneau superposé" around every screen)."""

from __future__ import annotations


def test_the_stack_of_screens_carries_the_title_of_the_screen_shown(make_window):
    window = make_window()
    assert window.stack.accessibleName() == window.title_label.text() != ""
    window.show_screen("about")
    assert window.stack.accessibleName() == window.title_label.text()
    assert window.stack.accessibleName() == window.screen("about").title()
