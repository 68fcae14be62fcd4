"""Appointments (rendez-vous, convocations) and their status life.

    planned ─┬─> attended            the person went
             ├─> missed              did not go, no reason given (yet)
             ├─> excused             did not go, with a reason (and later a proof)
             ├─> cancelled_by_me     the person cancelled: when, how
             ├─> cancelled_by_them   the organisation cancelled
             └─> moved               replaced by another appointment (moved_to_uid)

Any status may go back to planned or to another one: people correct mistakes. What is refused is
what cannot be true: "attended" or "missed" before the appointment has started. The domain gives
facts, never a verdict: a missed appointment is not called a fault anywhere in here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from .localtime import instant, to_home, wall_time_exists
from .validation import Problem, check_text, raise_if

TITLE_MAX = 200
PLACE_MAX = 500
NOTES_MAX = 20_000
TO_BRING_MAX_ITEMS = 30
TO_BRING_ITEM_MAX = 200
REASON_MAX = 2000
CHANNEL_MAX = 200
UID_MAX = 255
MAX_DURATION = timedelta(hours=24)
FIRST_YEAR, LAST_YEAR = 1900, 2200
# Used only to warn about overlaps when no end time was given.
ASSUMED_DURATION = timedelta(minutes=30)


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    MISSED = "missed"
    EXCUSED = "excused"
    CANCELLED_BY_ME = "cancelled_by_me"
    CANCELLED_BY_THEM = "cancelled_by_them"
    MOVED = "moved"


# Statuses that say the appointment took place or should have: only true once it has started.
HAPPENED_STATUSES = frozenset({AppointmentStatus.ATTENDED, AppointmentStatus.MISSED})
# Statuses after which the appointment no longer holds a slot in the day.
CLOSED_STATUSES = frozenset(
    {
        AppointmentStatus.CANCELLED_BY_ME,
        AppointmentStatus.CANCELLED_BY_THEM,
        AppointmentStatus.MOVED,
    }
)


class Mode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class Source(StrEnum):
    """How the person learnt of the appointment (the letter is the proof that counts)."""

    MANUAL = "manual"
    LETTER = "letter"
    SMS = "sms"
    EMAIL = "email"
    PHONE_CALL = "phone_call"
    ONLINE = "online"  # personal space or app of the organisation
    RDV_INSERTION = "rdv_insertion"
    CALENDAR_FILE = "calendar_file"


def new_uid() -> str:
    """Globally unique and stable: it is the appointment's UID in calendar files too."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Appointment:
    title: str
    starts_at: datetime  # aware; kept in the home zone once checked
    ends_at: datetime | None = None
    organisation_id: int | None = None
    place: str = ""  # address, phone number or video link, as the letter gives it
    mode: Mode = Mode.IN_PERSON
    to_bring: tuple[str, ...] = ()
    mandatory: bool = False  # the letter says the appointment is mandatory
    notes: str = ""
    source: Source = Source.MANUAL
    status: AppointmentStatus = AppointmentStatus.PLANNED
    status_at: datetime | None = None
    status_reason: str = ""
    status_channel: str = ""  # how the person told them ("téléphone", "courrier"…)
    moved_to_uid: str | None = None
    contact_id: int | None = None  # the conseiller or référent met, from the contacts
    uid: str = field(default_factory=new_uid)
    id: int | None = None  # set by the carnet

    @property
    def duration(self) -> timedelta | None:
        """Real elapsed time (an appointment across a clock change is 1 h longer or shorter
        on the wall clock than in life; this is life)."""
        return None if self.ends_at is None else instant(self.ends_at) - instant(self.starts_at)

    def is_past(self, now: datetime) -> bool:
        """Past appointments are allowed (a person records what happened); screens mark them."""
        return instant(self.ends_at or self.starts_at) <= instant(now)

    @property
    def holds_slot(self) -> bool:
        return self.status not in CLOSED_STATUSES


@dataclass(frozen=True)
class StatusChange:
    status: AppointmentStatus
    reason: str = ""
    channel: str = ""
    moved_to_uid: str | None = None


# -- validation --------------------------------------------------------------------------------
def _check_moment(name: str, value: object) -> list[Problem]:
    if not isinstance(value, datetime):
        return [Problem(name, "required")]
    if value.tzinfo is None or value.utcoffset() is None:
        return [Problem(name, "naive_time")]
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return [Problem(name, "year_out_of_range")]
    if isinstance(value.tzinfo, ZoneInfo) and not wall_time_exists(value, value.tzinfo):
        return [Problem(name, "nonexistent_time")]
    return []


def _check_enum(name: str, value: object, enum: type[StrEnum]) -> list[Problem]:
    try:
        enum(value)
    except ValueError:
        return [Problem(name, "unknown_value")]
    return []


def validate_appointment(appt: Appointment) -> list[Problem]:
    problems = check_text("title", appt.title, max_len=TITLE_MAX, required=True)
    problems += _check_moment("starts_at", appt.starts_at)
    if appt.ends_at is not None:
        end_problems = _check_moment("ends_at", appt.ends_at)
        problems += end_problems
        if not end_problems and not problems_for(problems, "starts_at"):
            length = instant(appt.ends_at) - instant(appt.starts_at)
            if length < timedelta(0):
                problems.append(Problem("ends_at", "end_before_start"))
            elif length > MAX_DURATION:
                problems.append(
                    Problem("ends_at", "too_long_duration", MAX_DURATION // timedelta(hours=1))
                )
    problems += check_text("place", appt.place, max_len=PLACE_MAX)
    problems += check_text("notes", appt.notes, max_len=NOTES_MAX, multiline=True)
    if len(appt.to_bring) > TO_BRING_MAX_ITEMS:
        problems.append(Problem("to_bring", "too_many", TO_BRING_MAX_ITEMS))
    for item in appt.to_bring:
        problems += check_text("to_bring", item, max_len=TO_BRING_ITEM_MAX)
    problems += _check_enum("mode", appt.mode, Mode)
    problems += _check_enum("source", appt.source, Source)
    problems += _check_enum("status", appt.status, AppointmentStatus)
    problems += check_text("status_reason", appt.status_reason, max_len=REASON_MAX, multiline=True)
    problems += check_text("status_channel", appt.status_channel, max_len=CHANNEL_MAX)
    problems += check_text("uid", appt.uid, max_len=UID_MAX, required=True)
    if appt.moved_to_uid is not None and appt.moved_to_uid == appt.uid:
        problems.append(Problem("moved_to_uid", "moved_to_itself"))
    if appt.status_at is not None:
        problems += _check_moment("status_at", appt.status_at)
    return problems


def problems_for(problems: Iterable[Problem], field_name: str) -> list[Problem]:
    return [p for p in problems if p.field == field_name]


def checked_appointment(appt: Appointment) -> Appointment:
    """The appointment tidied (home zone, trimmed text, typed enums), or InvalidRecord."""
    raise_if(validate_appointment(appt))
    return replace(
        appt,
        title=appt.title.strip(),
        place=appt.place.strip(),
        starts_at=to_home(appt.starts_at),
        ends_at=None if appt.ends_at is None else to_home(appt.ends_at),
        to_bring=tuple(item.strip() for item in appt.to_bring if item.strip()),
        mode=Mode(appt.mode),
        source=Source(appt.source),
        status=AppointmentStatus(appt.status),
        status_at=None if appt.status_at is None else to_home(appt.status_at),
        status_reason=appt.status_reason.strip(),
        status_channel=appt.status_channel.strip(),
    )


# -- status life -------------------------------------------------------------------------------
def change_status(appt: Appointment, change: StatusChange, now: datetime) -> Appointment:
    """The appointment with its new status, stamped `now`; InvalidRecord if it cannot be true."""
    status = AppointmentStatus(change.status)
    problems: list[Problem] = []
    if status in HAPPENED_STATUSES and instant(appt.starts_at) > instant(now):
        problems.append(Problem("status", "not_yet_happened"))
    if status is not AppointmentStatus.MOVED and change.moved_to_uid is not None:
        problems.append(Problem("moved_to_uid", "only_when_moved"))
    raise_if(problems)
    if status is AppointmentStatus.PLANNED:
        # Back to planned: a correction; the old details no longer describe anything.
        updated = replace(
            appt,
            status=status,
            status_at=None,
            status_reason="",
            status_channel="",
            moved_to_uid=None,
        )
    else:
        updated = replace(
            appt,
            status=status,
            status_at=now,
            status_reason=change.reason,
            status_channel=change.channel,
            moved_to_uid=change.moved_to_uid,
        )
    return checked_appointment(updated)


def moved(
    appt: Appointment,
    starts_at: datetime,
    ends_at: datetime | None,
    now: datetime,
    *,
    reason: str = "",
) -> tuple[Appointment, Appointment]:
    """(the old appointment marked moved, its planned replacement at the new time)."""
    replacement = checked_appointment(
        replace(
            appt,
            starts_at=starts_at,
            ends_at=ends_at,
            uid=new_uid(),
            id=None,
            status=AppointmentStatus.PLANNED,
            status_at=None,
            status_reason="",
            status_channel="",
            moved_to_uid=None,
        )
    )
    old = change_status(
        appt,
        StatusChange(AppointmentStatus.MOVED, reason=reason, moved_to_uid=replacement.uid),
        now,
    )
    return old, replacement


def overlapping(appt: Appointment, others: Iterable[Appointment]) -> list[Appointment]:
    """Appointments sharing time with `appt`: a warning for the person, never a refusal."""
    if not appt.holds_slot:
        return []
    start = instant(appt.starts_at)
    end = instant(appt.ends_at) if appt.ends_at else start + ASSUMED_DURATION
    found = []
    for other in others:
        if other.uid == appt.uid or not other.holds_slot:
            continue
        o_start = instant(other.starts_at)
        o_end = instant(other.ends_at) if other.ends_at else o_start + ASSUMED_DURATION
        if o_start < end and start < o_end:
            found.append(other)
    return found
