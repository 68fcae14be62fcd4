"""Sentences of the shared-PC protections: the last opening, and what the keyring answered.

A locked or missing keyring is said as such, never as a wrong password (Vorta #385): the person
then types the password as usual and nothing else changes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from app.carnet.attempts import LastOpening
from app.remembered_key import Outcome

from .formatting import day_text, time_text


def _t(text: str) -> str:
    return QCoreApplication.translate("SharedPc", text)


def when_text(moment: datetime, now: datetime) -> str:
    """'today', 'yesterday', a weekday within the week, else the date."""
    days = (now.date() - moment.date()).days
    if days == 0:
        return _t("today")
    if days == 1:
        return _t("yesterday")
    if 1 < days < 7:
        return QLocale().dayName(moment.isoweekday())
    return day_text(moment.date())


def last_opening_text(seen: LastOpening, now: datetime) -> str:
    """'Last opening: Tuesday at 10:12. 2 failed password attempts since.'"""
    if seen.previous_at is None:
        parts = [_t("This is the first opening of this carnet.")]
    else:
        line = _t("Last opening: %1 at %2.").replace("%1", when_text(seen.previous_at, now))
        parts = [line.replace("%2", time_text(seen.previous_at))]
    if seen.aimed == 1:
        parts.append(_t("1 failed password attempt since."))
    elif seen.aimed > 1:
        parts.append(_t("%1 failed password attempts since.").replace("%1", str(seen.aimed)))
    elif seen.previous_at is not None:
        parts.append(_t("No failed password attempt since."))
    if seen.unaimed:
        parts.append(
            _t("Since then, a wrong password was typed %1 times on this computer.").replace(
                "%1", str(seen.unaimed)
            )
        )
        parts.append(_t("It was perhaps for another carnet."))
    if seen.aimed:
        parts.append(_t("If it was not you, someone tried to open your carnet."))
    return " ".join(parts)


def is_alarming(seen: LastOpening | None) -> bool:
    return seen is not None and seen.aimed > 0


def keyring_text(outcome: Outcome) -> str:
    return {
        Outcome.STORED: _t("This computer now remembers the key of your carnet."),
        Outcome.FORGOTTEN: _t("This computer no longer remembers the key of your carnet."),
        Outcome.NOT_FOUND: _t(
            "This computer does not remember the key of your carnet. Type your password."
        ),
        Outcome.LOCKED: _t(
            "The password safe of this computer is locked. Type your password to open your carnet."
        ),
        Outcome.UNAVAILABLE: _t(
            "This computer has no password safe that Repères can use. Type your password."
        ),
        Outcome.REFUSED: _t(
            "On a shared computer, Repères never remembers the key. Type your password."
        ),
    }.get(outcome, "")
