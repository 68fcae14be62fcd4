"""The sheets each screen offers to print (the header's Print button, Ctrl+P, and the screens'
own Print buttons), built only when chosen: reading the carnet happens then."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.days import home_day
from app.domain.recurrence import add_months
from app.sheets import appointment_card, hours_statement, journal_extract, week_sheet
from app.sheets.model import SheetChoice

from .. import print_sheets
from ..paper_dialog import PaperDialog, show_sheets


def _t(text: str) -> str:
    return QCoreApplication.translate("PaperChoices", text)


def _carnet(session):
    if session.carnet is None:
        raise RuntimeError("no open carnet")
    return session.carnet


def week_choice(session, day: date | None = None) -> SheetChoice:
    def build():
        now = session.clock()
        data = week_sheet(_carnet(session), day or home_day(now), now)
        return print_sheets.week_sheet_sheet(data, now)

    return SheetChoice(_t("My week"), build)


def card_choice(session, appointment_id: int, *, next_one: bool = False) -> SheetChoice:
    def build():
        card = appointment_card(_carnet(session), appointment_id)
        return print_sheets.appointment_card_sheet(card, session.clock())

    label = _t("The card of my next appointment") if next_one else _t(
        "The card of this appointment"
    )
    return SheetChoice(label, build)


def hours_choices(session, month: tuple[int, int] | None = None) -> list[SheetChoice]:
    """The month shown on the hours screen, and the last three months: whole weeks each."""

    def statement(start: date, end: date):
        def build():
            data = hours_statement(_carnet(session), start, end)
            return print_sheets.hours_statement_sheet(data, session.clock())

        return build

    today = home_day(session.clock())
    year, number = month or (today.year, today.month)
    first = date(year, number, 1)
    last = add_months(first, 1) - timedelta(days=1)
    return [
        SheetChoice(_t("My hours for the month shown"), statement(first, last)),
        SheetChoice(_t("My hours for the last three months"),
                    statement(add_months(today, -3), today)),
    ]  # fmt: skip


def journal_choices(session) -> list[SheetChoice]:
    """An extract for a contestation: the recent months, with every version and the seal."""

    def extract(months: int):
        def build():
            today = home_day(session.clock())
            data = journal_extract(_carnet(session), add_months(today, -months), today)
            return print_sheets.journal_extract_sheet(data, session.clock())

        return build

    return [
        SheetChoice(_t("My exchanges of the last three months"), extract(3)),
        SheetChoice(_t("My exchanges of the last twelve months"), extract(12)),
    ]


def offer(parent: QWidget, choices: list[SheetChoice]) -> PaperDialog | None:
    """Open the paper dialog for these sheets (nothing when there is none)."""
    return show_sheets(parent.window(), choices) if choices else None
