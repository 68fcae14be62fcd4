"""Records in the carnet: the operations screens and commands call.

    screen -> operation (here) -> repository (*_repo.py, the only SQL) -> carnet

Operations validate with app.domain (InvalidRecord, nothing written), then write in one
transaction; when they return, the data is on disk.
"""

from .agenda import (
    add_appointment,
    get_appointment,
    list_appointments,
    move_appointment,
    overlaps_for,
    set_status,
    upcoming,
    update_appointment,
)
from .calendar_files import CalendarExport, ImportReport, export_calendar, import_calendar
from .db import RecordNotFound
from .directory import (
    add_organisation,
    add_usual_organisations,
    get_organisation,
    list_organisations,
    update_organisation,
)
from .inventory import cipher_version, table_counts

__all__ = [
    "CalendarExport",
    "ImportReport",
    "RecordNotFound",
    "add_appointment",
    "add_organisation",
    "add_usual_organisations",
    "cipher_version",
    "export_calendar",
    "get_appointment",
    "get_organisation",
    "import_calendar",
    "list_appointments",
    "list_organisations",
    "move_appointment",
    "overlaps_for",
    "set_status",
    "table_counts",
    "upcoming",
    "update_appointment",
    "update_organisation",
]
