"""The screens of the records (issue "Records"). Each is built with the window's Session, has a
unique `key`, returns True from `needs_carnet()`, and is opened from Today or another screen
with `navigate.emit(key)` or `open_record.emit(key, payload)`."""

from __future__ import annotations

from .base import Screen

RECORD_SCREENS: list[type[Screen]] = []
