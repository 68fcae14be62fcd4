"""Records and their rules, as plain dataclasses: no carnet, no Qt, no SQL.

Validation returns problems as (field, code); app/messages.py and the screens say them in words.
"""

from .appointments import (
    Appointment,
    AppointmentStatus,
    Mode,
    Source,
    StatusChange,
    change_status,
    checked_appointment,
    moved,
    overlapping,
    validate_appointment,
)
from .contacts import Contact, ContactRole
from .days import home_day, parse_day
from .documents import Document, MediaType
from .hours import Activity, ActivityKind, HoursTarget, MonthHours, WeekHours
from .journal import ChainCheck, ExchangeKind, JournalDraft, JournalVersion
from .localtime import HOME_ZONE, at_home, from_storage, to_home, to_storage
from .obligations import ObligationTemplate, Occurrence, OccurrenceStatus
from .organisations import (
    USUAL_ORGANISATIONS,
    Organisation,
    OrganisationKind,
    checked_organisation,
    validate_organisation,
)
from .situation import BenefitsBody, Situation, SituationVersion
from .validation import InvalidRecord, Problem

__all__ = [
    "HOME_ZONE",
    "USUAL_ORGANISATIONS",
    "Activity",
    "ActivityKind",
    "Appointment",
    "AppointmentStatus",
    "BenefitsBody",
    "ChainCheck",
    "Contact",
    "ContactRole",
    "Document",
    "ExchangeKind",
    "HoursTarget",
    "InvalidRecord",
    "JournalDraft",
    "JournalVersion",
    "MediaType",
    "Mode",
    "MonthHours",
    "ObligationTemplate",
    "Occurrence",
    "OccurrenceStatus",
    "Organisation",
    "OrganisationKind",
    "Problem",
    "Situation",
    "SituationVersion",
    "Source",
    "StatusChange",
    "WeekHours",
    "at_home",
    "change_status",
    "checked_appointment",
    "checked_organisation",
    "from_storage",
    "home_day",
    "moved",
    "overlapping",
    "parse_day",
    "to_home",
    "to_storage",
    "validate_appointment",
    "validate_organisation",
]
