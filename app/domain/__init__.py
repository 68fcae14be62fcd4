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
from .localtime import HOME_ZONE, at_home, from_storage, to_home, to_storage
from .organisations import (
    USUAL_ORGANISATIONS,
    Organisation,
    OrganisationKind,
    checked_organisation,
    validate_organisation,
)
from .validation import InvalidRecord, Problem

__all__ = [
    "HOME_ZONE",
    "USUAL_ORGANISATIONS",
    "Appointment",
    "AppointmentStatus",
    "InvalidRecord",
    "Mode",
    "Organisation",
    "OrganisationKind",
    "Problem",
    "Source",
    "StatusChange",
    "at_home",
    "change_status",
    "checked_appointment",
    "checked_organisation",
    "from_storage",
    "moved",
    "overlapping",
    "to_home",
    "to_storage",
    "validate_appointment",
    "validate_organisation",
]
