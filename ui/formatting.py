"""Dates and times as people say them: "mardi 3 décembre", "14 h 30", "15 h"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain import HOME_ZONE


def _t(text: str, comment: str = "") -> str:
    return QCoreApplication.translate("Formatting", text, comment or None)


# Today at home by the carnet's clock, for dates typed as words ("hier"): the window sets it
# (tests inject their clock). Without it such words are refused, never read from the machine.
_today_source: Callable[[], date] | None = None


def set_today_source(source: Callable[[], date] | None) -> None:
    global _today_source
    _today_source = source


def today_for_typing() -> date | None:
    return _today_source() if _today_source is not None else None


_LONE_DAY = re.compile(r"(?<![d'])d(?![d'])")  # "d" of "dddd d MMMM", not of "dddd"


def locale_day(day: date, pattern: str) -> str:
    """A day in the interface's language with a QLocale pattern, and French's "1er" for the
    first of the month ("mardi 1er décembre": "mardi 1 décembre" is not how it is written)."""
    if day.day == 1 and QLocale().language() == QLocale.Language.French:
        pattern = _LONE_DAY.sub("d'er'", pattern, count=1)
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def day_text(day: date) -> str:
    return locale_day(day, "dddd d MMMM")


def time_text(moment: datetime) -> str:
    """France's time, whatever the machine's clock says (a PC set to UTC showed the end of a
    help session as 10 h 52 in one place and 11 h 52 in another)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(HOME_ZONE)
    if moment.minute:
        text = _t("%1:%2", "hours:minutes").replace("%1", str(moment.hour))
        return text.replace("%2", f"{moment.minute:02d}")
    return _t("%1:00", "full hour").replace("%1", str(moment.hour))


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def duration_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if rest:
        return _t("%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{rest:02d}")
    return _t("%1 h").replace("%1", str(hours))
