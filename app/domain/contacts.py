"""People the person deals with inside an organisation: their conseiller, their référent…

Only what the person writes down: no directory is shipped, no number or address is invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from .validation import Problem, check_text, raise_if

NAME_MAX = 200
PHONE_MAX = 50
MAX_PHONES = 5
EMAIL_MAX = 254
HOURS_MAX = 2000
NOTES_MAX = 20_000


class ContactRole(StrEnum):
    CONSEILLER = "conseiller"  # France Travail, Mission locale, Cap emploi
    REFERENT = "referent"  # référent unique (RSA), référent of the contrat d'engagement
    SOCIAL_WORKER = "social_worker"  # assistant(e) de service social
    HEALTH = "health"  # doctor, psychologist…
    EMPLOYER = "employer"
    RECEPTION = "reception"  # a front desk, a switchboard
    OTHER = "other"


@dataclass(frozen=True)
class Contact:
    name: str
    role: ContactRole = ContactRole.OTHER
    organisation_id: int | None = None
    phones: tuple[str, ...] = ()
    email: str = ""
    hours: str = ""  # opening hours or when to call, as the person writes them
    notes: str = ""
    id: int | None = None


# Digits with the separators people write: "01 99 00 12 40", "+33 1 99 00 12 40", "39 49".
_PHONE = re.compile(r"^\+?[0-9 .()\-]{2,}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_contact(c: Contact) -> list[Problem]:
    problems = check_text("name", c.name, max_len=NAME_MAX, required=True)
    try:
        ContactRole(c.role)
    except ValueError:
        problems.append(Problem("role", "unknown_value"))
    if len(c.phones) > MAX_PHONES:
        problems.append(Problem("phones", "too_many", MAX_PHONES))
    for phone in c.phones:
        text_problems = check_text("phones", phone, max_len=PHONE_MAX)
        problems += text_problems
        if not text_problems and phone.strip() and not _PHONE.match(phone.strip()):
            problems.append(Problem("phones", "not_a_phone_number"))
    email_problems = check_text("email", c.email, max_len=EMAIL_MAX)
    problems += email_problems
    if not email_problems and c.email.strip() and not _EMAIL.match(c.email.strip()):
        problems.append(Problem("email", "not_an_email"))
    problems += check_text("hours", c.hours, max_len=HOURS_MAX, multiline=True)
    problems += check_text("notes", c.notes, max_len=NOTES_MAX, multiline=True)
    return problems


def checked_contact(c: Contact) -> Contact:
    raise_if(validate_contact(c))
    return replace(
        c,
        name=c.name.strip(),
        role=ContactRole(c.role),
        phones=tuple(p.strip() for p in c.phones if p.strip()),
        email=c.email.strip(),
        hours=c.hours.strip(),
    )
