"""Operations behind `import-ics` / `export-ics` and the screens' calendar buttons."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime

from ..carnet import Carnet
from ..domain.appointments import checked_appointment
from ..ics import IcsTexts, ParsedCalendar, to_ics
from . import appointment_repo, organisation_repo
from .directory import name_index, organisation_for


@dataclass
class ImportReport:
    imported: int = 0
    already_present: int = 0  # same UID already in the carnet: left as it is
    skipped: Counter[str] = field(default_factory=Counter)  # reason code -> how many

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())


@dataclass(frozen=True)
class CalendarExport:
    data: bytes  # the .ics file; the caller decides where it goes (it is not encrypted)
    count: int


def export_calendar(
    carnet: Carnet,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    now: datetime | None = None,
    texts: IcsTexts | None = None,
) -> CalendarExport:
    """The carnet's appointments starting in [start, end) (all by default) as an .ics file."""
    orgs = {o.id: o for o in organisation_repo.list_all(carnet)}
    entries = [
        (a, orgs.get(a.organisation_id) if a.organisation_id is not None else None)
        for a in appointment_repo.list_between(carnet, start, end)
    ]
    return CalendarExport(to_ics(entries, now=now or carnet.clock(), texts=texts), len(entries))


def import_calendar(
    carnet: Carnet, parsed: ParsedCalendar, *, now: datetime | None = None
) -> ImportReport:
    """Add the parsed appointments whose UID is new, all in one transaction."""
    report = ImportReport(skipped=Counter(parsed.skipped))
    now = now or carnet.clock()
    with carnet.write() as con:
        present = appointment_repo.existing_uids(con, [e.appointment.uid for e in parsed.events])
        fresh = [e for e in parsed.events if e.appointment.uid not in present]
        report.already_present = len(parsed.events) - len(fresh)
        # A "moved" link may only name an appointment this carnet will hold.
        reachable = {e.appointment.uid for e in fresh}
        pending = [e.appointment.moved_to_uid for e in fresh if e.appointment.moved_to_uid]
        reachable |= appointment_repo.existing_uids(con, pending)
        known = name_index(organisation_repo.list_all(con))
        rows = []
        for event in fresh:
            appt = event.appointment
            if appt.moved_to_uid not in reachable:
                appt = replace(appt, moved_to_uid=None)
            org_id = organisation_for(con, event.organisation_name, event.organisation_kind, known)
            rows.append(checked_appointment(replace(appt, organisation_id=org_id)))
        report.imported = appointment_repo.insert_many(con, rows, now)
    return report
