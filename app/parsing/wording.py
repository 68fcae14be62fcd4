"""Days and times in words, to show and read aloud: "jeudi 3 décembre 2026", "14 h 30".

French is written the way a voice reads it well (espeak reads "14 h 30" as "quatorze heures
trente"); English for the English interface."""

from __future__ import annotations

from datetime import date, time

_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def day_words(day: date, language: str = "fr") -> str:
    if language == "en":
        return f"{_EN_DAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    number = "1er" if day.day == 1 else str(day.day)
    return f"{_FR_DAYS[day.weekday()]} {number} {_FR_MONTHS[day.month - 1]} {day.year}"


def time_words(at: time, language: str = "fr") -> str:
    if language == "en":
        return at.strftime("%H:%M")
    if at.minute == 0:
        return "midi" if at.hour == 12 else f"{at.hour} h"
    return f"{at.hour} h {at.minute:02d}"
