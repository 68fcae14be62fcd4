"""The screens of the records (issue "Records"). Each is built with the window's Session, has a
unique `key`, returns True from `needs_carnet()`, and is opened from Today or another screen
with `navigate.emit(key)` or `open_record.emit(key, payload)`."""

from __future__ import annotations

from .base import Screen
from .documents import DocumentsScreen
from .hours import HoursScreen
from .journal import JournalScreen
from .obligations import ObligationsScreen

RECORD_SCREENS: list[type[Screen]] = []
# Obligations, hours, journal, documents:
RECORD_SCREENS += [ObligationsScreen, HoursScreen, JournalScreen, DocumentsScreen]
