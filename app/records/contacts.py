"""Operations on the person's contacts: their conseiller, référent, social worker… (screens call
these). A contact belongs to an organisation of the directory, or to none."""

from __future__ import annotations

from datetime import datetime

from ..carnet import Carnet
from ..domain.contacts import Contact, checked_contact
from ..domain.validation import InvalidRecord, Problem
from . import contact_repo, organisation_repo
from .db import Db, RecordNotFound


def _check_organisation(db: Db, organisation_id: int | None) -> None:
    if organisation_id is not None and organisation_repo.get(db, organisation_id) is None:
        raise InvalidRecord([Problem("organisation_id", "not_found")])


def add_contact(carnet: Carnet, contact: Contact, *, now: datetime | None = None) -> Contact:
    contact = checked_contact(contact)
    with carnet.write() as con:
        _check_organisation(con, contact.organisation_id)
        return contact_repo.insert(con, contact, now or carnet.clock())


def update_contact(carnet: Carnet, contact: Contact, *, now: datetime | None = None) -> Contact:
    if contact.id is None:
        raise RecordNotFound("contact without id")
    contact = checked_contact(contact)
    with carnet.write() as con:
        _check_organisation(con, contact.organisation_id)
        contact_repo.update(con, contact, now or carnet.clock())
    return contact


def remove_contact(carnet: Carnet, contact_id: int) -> None:
    """Appointments that named this contact keep their organisation; the journal keeps its words
    (its rows are sealed and hold only the id)."""
    with carnet.write() as con:
        contact_repo.delete(con, contact_id)


def get_contact(db: Db, contact_id: int) -> Contact:
    contact = contact_repo.get(db, contact_id)
    if contact is None:
        raise RecordNotFound(f"contact {contact_id}")
    return contact


def list_contacts(db: Db, *, organisation_id: int | None = None) -> list[Contact]:
    """All contacts by name, or those of one organisation."""
    return contact_repo.list_all(db, organisation_id)
