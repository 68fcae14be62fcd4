"""What goes on paper: the data of each printed sheet, read from the carnet (no Qt, no wording).

    appointment_card(db, id)        one appointment: when, where, what to bring, who to call
    week_sheet(db, day, now)        the week holding `day`: appointments, what is due, hours
    hours_statement(db, start, end) the hours of whole weeks, to show the adviser (conseiller)
    journal_extract(db, start, end) journal entries, every version, documents, the chain's seal
    HelperReceipt                   what a helper did during a helper session

The words are put around this data by `ui/print_sheets.py` (translated with Qt Linguist), which
builds a `Sheet` (model.py) and renders it to paper or to a PDF kept in memory.
"""

from .appointment_card import AppointmentCard, appointment_card
from .helper_receipt import HelperReceipt
from .hours_statement import HoursStatement, hours_statement
from .journal_extract import ExtractEntry, JournalExtract, journal_extract
from .model import Line, Section, Sheet
from .week import DueItem, WeekSheet, week_sheet

__all__ = [
    "AppointmentCard",
    "DueItem",
    "ExtractEntry",
    "HelperReceipt",
    "HoursStatement",
    "JournalExtract",
    "Line",
    "Section",
    "Sheet",
    "WeekSheet",
    "appointment_card",
    "hours_statement",
    "journal_extract",
    "week_sheet",
]
