"""iCalendar (RFC 5545) files for appointments: export for a phone, import from other calendars.

Export: one VEVENT per appointment, times with TZID=Europe/Paris and its VTIMEZONE (UTC for the
second pass of the autumn hour, which a TZID time cannot name), SUMMARY,
LOCATION, a DESCRIPTION that says what to bring, and for planned appointments two alarms (the
day before, two hours before). Repères' own fields travel as X-REPERES-* properties so a file
made here restores into another carnet; personal notes and reasons (often about health) are not
written: a calendar file may end up synchronised to someone's cloud.

Import is tolerant of other calendars' files: events it cannot take (no start, impossible date,
all-day, repeating, cancelled, refused by the domain rules) are skipped and counted by reason.
Only a file that is not a calendar at all raises IcsError.

Pure functions: no carnet here (app.records.calendar_files does the reading and writing).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from types import ModuleType
from typing import TYPE_CHECKING

from .domain.appointments import (
    NOTES_MAX,
    PLACE_MAX,
    TITLE_MAX,
    Appointment,
    AppointmentStatus,
    Mode,
    Source,
    validate_appointment,
)
from .domain.localtime import at_home, instant, is_ambiguous, to_home
from .domain.organisations import Organisation, OrganisationKind, validate_organisation

if TYPE_CHECKING:
    from icalendar import Alarm, Calendar, Event, vText


def _ical() -> ModuleType:
    """icalendar, imported when a calendar file is first read or written: importing it takes
    0.1-0.2 s, which every start of Repères paid before its first screen (benchmark)."""
    import icalendar

    return icalendar


PRODID = "-//Repères//Carnet//FR"
MAX_FILE_BYTES = 20 * 1024 * 1024
ALARM_TRIGGERS = (timedelta(days=-1), timedelta(hours=-2))
_X = "X-REPERES-"


class IcsError(Exception):
    """The file is not a calendar Repères can read. Nothing was imported."""

    exit_code = 1

    def __init__(self, code: str, detail: str = ""):
        super().__init__(detail or code)
        self.code = code  # "ics_empty", "ics_too_large", "ics_unreadable"


@dataclass(frozen=True)
class IcsTexts:
    """Words written into the file, in the person's language (French by default)."""

    to_bring: str = "À apporter :"
    mandatory: str = "Rendez-vous obligatoire (d'après la convocation)."
    by_phone: str = "Par téléphone"
    by_video: str = "En visio"
    alarm_day_before: str = "Demain : {title}"
    alarm_two_hours: str = "Dans 2 heures : {title}"
    default_title: str = "Rendez-vous"


@dataclass(frozen=True)
class CalendarEvent:
    """An appointment read from a file, its organisation given by name (matched on import)."""

    appointment: Appointment
    organisation_name: str = ""
    organisation_kind: OrganisationKind = OrganisationKind.OTHER


@dataclass
class ParsedCalendar:
    events: list[CalendarEvent] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # reason code -> how many


# -- export ------------------------------------------------------------------------------------
def _text(value: str) -> vText:
    return _ical().vText(value)


def _add_x(event: Event, name: str, value: str) -> None:
    # VALUE=TEXT makes readers unescape commas, semicolons and newlines on the way back.
    event.add(_X + name, _text(value), parameters={"VALUE": "TEXT"})


def _description(appt: Appointment, org: Organisation | None, texts: IcsTexts) -> str:
    lines = []
    if org is not None:
        lines.append(org.name)
    if appt.mode is Mode.PHONE:
        lines.append(texts.by_phone)
    elif appt.mode is Mode.VIDEO:
        lines.append(texts.by_video)
    if appt.mandatory:
        lines.append(texts.mandatory)
    if appt.to_bring:
        lines.append(texts.to_bring)
        lines += [f"- {item}" for item in appt.to_bring]
    return "\n".join(lines)


def _alarm(trigger: timedelta, text: str) -> Alarm:
    alarm = _ical().Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    return alarm


def _ics_time(moment: datetime) -> datetime:
    """Home time with TZID, except the second pass of the autumn hour: a TZID time there means
    the first pass (RFC 5545 3.3.5), so that one is written in UTC to stay exact."""
    home = to_home(moment)
    if home.fold and is_ambiguous(home.replace(tzinfo=None)):
        return instant(home)
    return home


def _event(appt: Appointment, org: Organisation | None, stamp: datetime, texts: IcsTexts) -> Event:
    event = _ical().Event()
    event.add("uid", appt.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", _ics_time(appt.starts_at))
    if appt.ends_at is not None:
        event.add("dtend", _ics_time(appt.ends_at))
    event.add("summary", appt.title)
    if appt.place:
        event.add("location", appt.place)
    description = _description(appt, org, texts)
    if description:
        event.add("description", description)
    closed = appt.status in (
        AppointmentStatus.CANCELLED_BY_ME,
        AppointmentStatus.CANCELLED_BY_THEM,
        AppointmentStatus.MOVED,
    )
    event.add("status", "CANCELLED" if closed else "CONFIRMED")
    if org is not None:
        _add_x(event, "ORGANISATION", org.name)
        _add_x(event, "ORGANISATION-KIND", str(org.kind))
    _add_x(event, "MODE", str(appt.mode))
    _add_x(event, "MANDATORY", "1" if appt.mandatory else "0")
    _add_x(event, "STATUS", str(appt.status))
    _add_x(event, "SOURCE", str(appt.source))
    if appt.moved_to_uid:
        _add_x(event, "MOVED-TO", appt.moved_to_uid)
    for item in appt.to_bring:
        _add_x(event, "TO-BRING", item)
    if appt.status is AppointmentStatus.PLANNED:
        event.add_component(
            _alarm(ALARM_TRIGGERS[0], texts.alarm_day_before.format(title=appt.title))
        )
        event.add_component(
            _alarm(ALARM_TRIGGERS[1], texts.alarm_two_hours.format(title=appt.title))
        )
    return event


def to_ics(
    entries: Iterable[tuple[Appointment, Organisation | None]],
    *,
    now: datetime,
    texts: IcsTexts | None = None,
) -> bytes:
    """A complete VCALENDAR (CRLF line ends, lines folded at 75 octets by icalendar)."""
    texts = texts or IcsTexts()
    cal = _ical().Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    stamp = now.astimezone(UTC).replace(microsecond=0)
    items = sorted(entries, key=lambda e: (instant(e[0].starts_at), e[0].uid))
    for appt, org in items:
        cal.add_component(_event(appt, org, stamp, texts))
    if items:
        # VTIMEZONE covering every event (icalendar's default stops in 2038).
        first = to_home(items[0][0].starts_at).date() - timedelta(days=366)
        last = max(to_home(a.ends_at or a.starts_at).date() for a, _ in items)
        cal.add_missing_timezones(first_date=first, last_date=last + timedelta(days=366))
    return cal.to_ical()


# -- import ------------------------------------------------------------------------------------
def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # old Outlook exports


def _calendars(data: bytes) -> list[Calendar]:
    if not data.strip():
        raise IcsError("ics_empty")
    if len(data) > MAX_FILE_BYTES:
        raise IcsError("ics_too_large")
    try:
        found = _ical().Calendar.from_ical(_decode(data), multiple=True)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError… on garbage
        raise IcsError("ics_unreadable", type(exc).__name__) from exc
    calendars = [c for c in found if getattr(c, "name", "") == "VCALENDAR"]
    if not calendars:
        raise IcsError("ics_unreadable", "no VCALENDAR")
    return calendars


def _x(event: Event, name: str) -> list[str]:
    value = event.get(_X + name)
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [_unescape(v) for v in values]


def _unescape(value: object) -> str:
    if isinstance(value, _ical().vText):
        return str(value)
    # A reader that dropped VALUE=TEXT hands back the escaped form.
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _moment(value: datetime) -> datetime:
    """A calendar time as a home-zone time; floating or unknown-zone times are taken as home
    wall-clock time. Raises ValueError for a wall time that does not exist."""
    if value.tzinfo is None or value.utcoffset() is None:
        return at_home(value.replace(tzinfo=None))
    return value


def _synthetic_uid(event: Event) -> str:
    """Events without UID get one from their content, so a second import still dedupes."""
    basis = f"{event.get('DTSTART').to_ical()!r}|{event.get('SUMMARY', '')}"
    return "reperes-" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


def _enum(enum: type, value: str, default: object) -> object:
    try:
        return enum(value)
    except ValueError:
        return default


def _clip(text: str, limit: int) -> str:
    """Other calendars write long titles and descriptions: keep the start rather than refuse."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Skip(Exception):
    def __init__(self, reason: str):
        self.reason = reason


def _read_times(event: Event) -> tuple[datetime, datetime | None]:
    if "DTSTART" not in event:
        raise _Skip("no_start")
    try:
        start = event.start
    except Exception as exc:  # BrokenCalendarProperty and friends: e.g. 31 February
        raise _Skip("invalid_date") from exc
    if not isinstance(start, datetime):
        raise _Skip("all_day") if isinstance(start, date) else _Skip("invalid_date")
    end: datetime | None = None
    if "DTEND" in event or "DURATION" in event:
        try:
            raw_end = event.end
        except Exception as exc:
            raise _Skip("invalid_date") from exc
        end = raw_end if isinstance(raw_end, datetime) else None
    try:
        start = _moment(start)
        end = None if end is None else _moment(end)
    except ValueError as exc:
        raise _Skip("nonexistent_time") from exc
    if end is not None and instant(end) == instant(start):
        end = None  # a point in time, as many calendars write reminders
    return start, end


def _read_event(event: Event, texts: IcsTexts) -> CalendarEvent:
    if "RRULE" in event or "RDATE" in event or "RECURRENCE-ID" in event:
        raise _Skip("recurring")
    ours = bool(_x(event, "STATUS"))
    if not ours and str(event.get("STATUS", "")).upper() == "CANCELLED":
        raise _Skip("cancelled")
    start, end = _read_times(event)
    title = _clip(str(event.get("SUMMARY", "")).strip() or texts.default_title, TITLE_MAX)
    uid = str(event.get("UID", "")).strip() or _synthetic_uid(event)
    place = _clip(str(event.get("LOCATION", "")).strip(), PLACE_MAX)
    if ours:
        moved_to = (_x(event, "MOVED-TO") or [None])[0]
        appt = Appointment(
            title=title,
            starts_at=start,
            ends_at=end,
            place=place,
            mode=_enum(Mode, (_x(event, "MODE") or [""])[0], Mode.IN_PERSON),
            to_bring=tuple(_x(event, "TO-BRING")),
            mandatory=(_x(event, "MANDATORY") or ["0"])[0] == "1",
            source=_enum(Source, (_x(event, "SOURCE") or [""])[0], Source.CALENDAR_FILE),
            status=_enum(AppointmentStatus, _x(event, "STATUS")[0], AppointmentStatus.PLANNED),
            moved_to_uid=moved_to,
            uid=uid,
        )
        org_name = (_x(event, "ORGANISATION") or [""])[0]
        org_kind = _enum(
            OrganisationKind, (_x(event, "ORGANISATION-KIND") or [""])[0], OrganisationKind.OTHER
        )
    else:
        appt = Appointment(
            title=title,
            starts_at=start,
            ends_at=end,
            place=place,
            notes=_clip(str(event.get("DESCRIPTION", "")).strip(), NOTES_MAX),
            source=Source.CALENDAR_FILE,
            uid=uid,
        )
        org_name, org_kind = "", OrganisationKind.OTHER
    problems = validate_appointment(appt)
    if problems:
        raise _Skip(problems[0].code)
    if org_name and validate_organisation(Organisation(org_name, org_kind)):  # type: ignore[arg-type]
        org_name = ""  # keep the appointment, drop a name the directory would refuse
    return CalendarEvent(appt, org_name, org_kind)  # type: ignore[arg-type]


def parse_ics(data: bytes, *, texts: IcsTexts | None = None) -> ParsedCalendar:
    """Read every VEVENT of every VCALENDAR in `data`; raise IcsError only for a non-calendar."""
    texts = texts or IcsTexts()
    parsed = ParsedCalendar()
    seen: set[str] = set()
    for cal in _calendars(data):
        for event in cal.walk("VEVENT"):
            try:
                read = _read_event(event, texts)
            except _Skip as skip:
                parsed.skipped[skip.reason] += 1
                continue
            except Exception:  # a property shape no test file had: skip it, do not fail all
                parsed.skipped["unreadable_event"] += 1
                continue
            if read.appointment.uid in seen:
                parsed.skipped["duplicate"] += 1
                continue
            seen.add(read.appointment.uid)
            parsed.events.append(read)
    return parsed


__all__ = [
    "ALARM_TRIGGERS",
    "MAX_FILE_BYTES",
    "PRODID",
    "CalendarEvent",
    "IcsError",
    "IcsTexts",
    "ParsedCalendar",
    "parse_ics",
    "to_ics",
]
