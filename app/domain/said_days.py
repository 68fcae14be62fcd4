"""Dates as people type them: "aujourd'hui", "hier", "demain", "lundi prochain", "4/12",
"1er décembre 2026", "mardi 1er décembre 2026" (and the same in English), besides "01/12/2026".

Words that depend on the day need `today` (the carnet's clock, never the machine's directly).
A day without a year is the one nearest to today: "4/12" typed on 3 January is last December."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "january": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "mar": 3, "march": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "sept": 9, "sep": 9, "september": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAYS = {
    "lundi": 0, "monday": 0, "mardi": 1, "tuesday": 1, "mercredi": 2, "wednesday": 2,
    "jeudi": 3, "thursday": 3, "vendredi": 4, "friday": 4, "samedi": 5, "saturday": 5,
    "dimanche": 6, "sunday": 6,
}  # fmt: skip
_RELATIVE = {
    "aujourd'hui": 0, "aujourdhui": 0, "aujourd hui": 0, "today": 0,
    "hier": -1, "yesterday": -1, "avant-hier": -2, "avant hier": -2,
    "demain": 1, "tomorrow": 1, "apres-demain": 2, "apres demain": 2,
}  # fmt: skip
_NEXT = ("prochain", "next")
_LAST = ("dernier", "last")

_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WORDS = re.compile(r"^(?:(?P<weekday>[a-z]+)\s+)?(?P<day>\d{1,2})(?:er|e|st|nd|rd|th)?\s+"
                    r"(?P<month>[a-z]+)\.?(?:\s+(?P<year>\d{4}))?$")  # fmt: skip


class NotADay(ValueError):
    """Not a date at all (code "not_a_date"), or an impossible one ("impossible_date")."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def _plain(text: str) -> str:
    """Lower case, no accents, one space, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text.strip().lower().replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\u00a0\u202f,]+", " ", text).strip()


def _make(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADay("impossible_date") from None


def _nearest(month: int, day: int, today: date) -> date:
    """The day of this month nearest to today (this year, last year or next year)."""
    found = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    if not found:
        raise NotADay("impossible_date")
    return min(found, key=lambda d: (abs((d - today).days), d))


def said_day(text: str, today: date | None = None) -> date:
    """The date meant by `text`, or NotADay. Relative words need `today`."""
    words = _plain(text)
    if not words:
        raise NotADay("required")
    if m := _ISO.match(words):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.match(words):
        day, month, year = int(m[1]), int(m[2]), m[3]
        if year is not None:
            return _make(int(year) + (2000 if len(year) == 2 else 0), month, day)
        if today is None:
            raise NotADay("not_a_date")
        if not 1 <= month <= 12:
            raise NotADay("impossible_date")
        return _nearest(month, day, today)
    if m := _WORDS.match(words):
        month = _MONTHS.get(m["month"])
        if month is None or (m["weekday"] and m["weekday"] not in _WEEKDAYS):
            raise NotADay("not_a_date")
        if m["year"]:
            return _make(int(m["year"]), month, int(m["day"]))
        if today is None:
            raise NotADay("not_a_date")
        return _nearest(month, int(m["day"]), today)
    if today is None:
        raise NotADay("not_a_date")
    if words in _RELATIVE:
        return today + timedelta(days=_RELATIVE[words])
    parts = words.split()
    if parts and parts[0] in ("next", "last") and len(parts) == 2:
        parts = [parts[1], parts[0]]  # "next monday" → "monday next"
    if parts and parts[0] in _WEEKDAYS and len(parts) <= 2:
        weekday = _WEEKDAYS[parts[0]]
        ahead = (weekday - today.weekday()) % 7
        if len(parts) == 1:  # "lundi": the coming one (today if it is Monday)
            return today + timedelta(days=ahead)
        if parts[1] in _NEXT:
            return today + timedelta(days=ahead or 7)
        if parts[1] in _LAST:
            behind = (today.weekday() - weekday) % 7
            return today - timedelta(days=behind or 7)
    raise NotADay("not_a_date")
