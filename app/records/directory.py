"""Operations on the person's directory of organisations (what screens call)."""

from __future__ import annotations

from ..carnet import Carnet
from ..carnet.connection import Connection
from ..domain.organisations import (
    USUAL_ORGANISATIONS,
    Organisation,
    OrganisationKind,
    checked_organisation,
)
from . import organisation_repo
from .db import Db, RecordNotFound


def add_organisation(carnet: Carnet, org: Organisation) -> Organisation:
    org = checked_organisation(org)
    with carnet.write() as con:
        return organisation_repo.insert(con, org)


def update_organisation(carnet: Carnet, org: Organisation) -> Organisation:
    if org.id is None:
        raise RecordNotFound("organisation without id")
    org = checked_organisation(org)
    with carnet.write() as con:
        organisation_repo.update(con, org)
    return org


def get_organisation(carnet: Carnet, org_id: int) -> Organisation:
    org = organisation_repo.get(carnet, org_id)
    if org is None:
        raise RecordNotFound(f"organisation {org_id}")
    return org


def list_organisations(db: Db) -> list[Organisation]:
    return organisation_repo.list_all(db)


def add_usual_organisations(carnet: Carnet) -> int:
    """Pre-fill the usual bodies the person does not have yet (by kind); return how many."""
    with carnet.write() as con:
        present = {o.kind for o in organisation_repo.list_all(con)}
        missing = [o for o in USUAL_ORGANISATIONS if o.kind not in present]
        organisation_repo.insert_many(con, missing)
    return len(missing)


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def organisation_for(
    con: Connection, name: str, kind: OrganisationKind, known: dict[str, int]
) -> int | None:
    """Id of the organisation called `name` (case and spaces ignored), added if new.

    `known` caches name -> id across one import; fill it from list_organisations first."""
    if not name.strip():
        return None
    key = _key(name)
    if key not in known:
        org = checked_organisation(Organisation(name, kind))
        known[key] = organisation_repo.insert(con, org).id  # type: ignore[assignment]
    return known[key]


def name_index(orgs: list[Organisation]) -> dict[str, int]:
    return {_key(o.name): o.id for o in orgs if o.id is not None}
