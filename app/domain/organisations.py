"""Organisations the person deals with: the usual public bodies and their own additions.

The usual bodies come pre-filled by name and kind only: no address or phone number is invented;
the person adds their own agency, conseiller or référent, numbers and opening hours."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from .validation import Problem, check_text, raise_if

NAME_MAX = 200
PHONE_MAX = 100
HOURS_MAX = 2000
NOTES_MAX = 20_000


class OrganisationKind(StrEnum):
    FRANCE_TRAVAIL = "france_travail"
    CAF = "caf"
    MSA = "msa"
    DEPARTEMENT = "conseil_departemental"
    MISSION_LOCALE = "mission_locale"
    CAP_EMPLOI = "cap_emploi"
    MDPH = "mdph"
    EMPLOYER = "employer"
    HEALTH = "health"
    TRAINING = "training"
    OTHER = "other"


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    phone: str = ""
    hours: str = ""
    notes: str = ""
    id: int | None = None  # set by the carnet


# The bodies most people in Repères deal with; proper names, so not translated.
USUAL_ORGANISATIONS: tuple[Organisation, ...] = (
    Organisation("France Travail", OrganisationKind.FRANCE_TRAVAIL),
    Organisation("CAF", OrganisationKind.CAF),
    Organisation("MSA", OrganisationKind.MSA),
    Organisation("Conseil départemental", OrganisationKind.DEPARTEMENT),
    Organisation("Mission locale", OrganisationKind.MISSION_LOCALE),
    Organisation("Cap emploi", OrganisationKind.CAP_EMPLOI),
    Organisation("MDPH", OrganisationKind.MDPH),
)


def validate_organisation(org: Organisation) -> list[Problem]:
    problems = check_text("name", org.name, max_len=NAME_MAX, required=True)
    problems += check_text("phone", org.phone, max_len=PHONE_MAX)
    problems += check_text("hours", org.hours, max_len=HOURS_MAX, multiline=True)
    problems += check_text("notes", org.notes, max_len=NOTES_MAX, multiline=True)
    if not isinstance(org.kind, OrganisationKind):
        try:
            OrganisationKind(org.kind)
        except ValueError:
            problems.append(Problem("kind", "unknown_value"))
    return problems


def checked_organisation(org: Organisation) -> Organisation:
    """The organisation, tidied (spaces trimmed, kind typed), or InvalidRecord."""
    raise_if(validate_organisation(org))
    return replace(
        org,
        name=org.name.strip(),
        phone=org.phone.strip(),
        hours=org.hours.strip(),
        kind=OrganisationKind(org.kind),
    )
