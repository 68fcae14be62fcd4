"""The appointment card: everything needed to get there on time, as the person wrote it."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.appointments import Appointment
from ..domain.contacts import Contact
from ..domain.organisations import Organisation
from ..records import contact_repo, organisation_repo
from ..records.agenda import get_appointment
from ..records.db import Db


@dataclass(frozen=True)
class AppointmentCard:
    appointment: Appointment
    organisation: Organisation | None
    contact: Contact | None

    def phones_if_late(self) -> tuple[str, ...]:
        """Who to call when late: the person met first, then the organisation's desk."""
        numbers: list[str] = []
        if self.contact is not None:
            numbers += [n for n in self.contact.phones if n]
        if self.organisation is not None and self.organisation.phone:
            numbers.append(self.organisation.phone)
        return tuple(dict.fromkeys(numbers))


def appointment_card(db: Db, appointment_id: int) -> AppointmentCard:
    appt = get_appointment(db, appointment_id)
    org = organisation_repo.get(db, appt.organisation_id) if appt.organisation_id else None
    contact = contact_repo.get(db, appt.contact_id) if appt.contact_id else None
    return AppointmentCard(appt, org, contact)
