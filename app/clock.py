"""The one source of 'now'. Tests inject a fixed or stepping clock; nothing else reads the time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Local time, aware of its offset (Europe/Paris on the PCs this is for)."""
    return datetime.now().astimezone()
