"""Drafts across a lock: what a form held is kept in the carnet before the lock (auto-lock or
Lock; not Quick exit, which must stay instant and keep nothing the person did not choose to
keep), and offered back after the next unlock: "You were writing… Continue / Throw away"."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.carnet import Carnet, CarnetError
from app.drafts import drop_draft, latest_draft, save_draft


def _t(text: str) -> str:
    return QCoreApplication.translate("Drafts", text)


def keep_draft(screen: QWidget, carnet: Carnet | None) -> bool:
    """Save the current screen's unsaved form, if it has one. Never stops the lock."""
    take = getattr(screen, "draft", None)
    if carnet is None or take is None:
        return False
    from .helper_session import helping

    if helping() is not None:
        # A form typed during a help session is not offered back after the next unlock as if
        # the person had written it: the helper may have typed it.
        return False
    content = take()
    if not content:
        return False
    with contextlib.suppress(CarnetError):  # a full stick: the lock goes on
        return save_draft(carnet, screen.key, content)
    return False


def offer_draft(
    parent: QWidget, carnet: Carnet | None, go_on: Callable[[str, dict], None]
) -> QMessageBox | None:
    """Ask whether to continue the draft kept at the last lock. Returns the question (tests)."""
    if carnet is None:
        return None
    try:
        draft = latest_draft(carnet)
    except CarnetError:
        return None
    screens = getattr(parent, "screens", {})
    if draft is None:
        return None
    if not hasattr(screens.get(draft.screen), "restore_draft"):
        with contextlib.suppress(CarnetError):
            drop_draft(carnet, draft.screen)
        return None
    box = QMessageBox(parent)
    box.setWindowTitle(_t("You were writing"))
    box.setText(_t("You were writing something when the carnet closed. Do you want to go on?"))
    box.setAccessibleName(box.windowTitle())
    go = box.addButton(_t("Continue"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_t("Throw away"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(go)

    def answered(_result: int) -> None:
        chosen = box.clickedButton()
        with contextlib.suppress(CarnetError):
            drop_draft(carnet, draft.screen)  # offered once, whatever the answer
        if chosen is go:
            go_on(draft.screen, draft.content)

    box.finished.connect(answered)
    box.open()
    return box
