"""iCalendar (RFC 5545) files for appointments: export for a phone, import from other calendars.

Export: one VEVENT per appointment, times with TZID=Europe/Paris and its VTIMEZONE (UTC for the
second pass of the autumn hour, which a TZID time cannot name), SUMMARY,
LOCATION, a DESCRIPTION that says what to bring, and for planned appointments two alarms (the
day before, two hours before). Repères' own fields travel as X-REPERES-* properties so a file
made here restores into another carnet; personal notes and reasons (often about health) are not
written: a calendar file may end up synchronised to someone's cloud.

Import is tolerant of other calendars' files: events it cannot take (no start, impossible date,
all-day, repeating, cancelled, refused by the domain rules, unreadable, outside the VCALENDAR,
in a time zone whose rules are refused) are skipped and counted by reason. Only a file that is
not a calendar at all raises IcsError.

Bounded work on any file (issue 15): the file is cut into its components here, line by line,
before icalendar sees it, so one broken event or a stray END loses that event only; a
VTIMEZONE is given to icalendar (which expands its rules into transitions) only when its rules
are those of a real time zone (yearly, one month and one weekday each, before the year 2200,
at most ZONE_TRANSITIONS_MAX transitions in the whole file): a 500-byte zone that changes every
second would otherwise be walked until the memory runs out. Repeating events are not expanded
at all (skipped as "recurring"). The charset is decided once for the whole file, with a warning
when bytes had to be replaced; icalendar's own warnings are not printed.

Pure functions: no carnet here (app.records.calendar_files does the reading and writing).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import warnings
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
    warnings: list[str] = field(default_factory=list)  # codes: "ics_bytes_replaced"


# -- export ------------------------------------------------------------------------------------
def _rfc_escaped(value: str) -> str:
    """TEXT escaped as RFC 5545 3.3.11 says: backslash first, then ; , and line breaks."""
    text = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


@functools.cache
def _escaped_text() -> type[vText]:
    class EscapedText(_ical().vText):
        """icalendar's own escaping turns a literal backslash-N into an escaped line break (a
        place typed "\\N" came back empty): every text Repères writes is escaped here."""

        def to_ical(self) -> bytes:
            return _rfc_escaped(str(self)).encode("utf-8")

    return EscapedText


def _text(value: str) -> vText:
    return _escaped_text()(value)


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
    alarm.add("description", _text(text))
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
    event.add("summary", _text(appt.title))
    if appt.place:
        event.add("location", _text(appt.place))
    description = _description(appt, org, texts)
    if description:
        event.add("description", _text(description))
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
# A valid UTF-8 sequence of two to four bytes: a file with at least as many of these as stray
# high bytes is UTF-8 with a few damaged bytes, not an old Windows (cp1252) export.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_REPLACEMENT = "\ufffd"


def _decode(data: bytes) -> tuple[str, list[str]]:
    """The text of the whole file in one charset, and a warning when bytes were replaced."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    sequences = len(_UTF8_SEQUENCE.findall(data))
    stray = len(_HIGH_BYTE.findall(data)) - sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    charset = "utf-8-sig" if sequences >= max(1, stray) else "cp1252"  # old Outlook
    text = data.decode(charset, errors="replace")
    replaced = text.count(_REPLACEMENT) > data.count(_REPLACEMENT.encode("utf-8"))
    return text, ["ics_bytes_replaced"] if replaced else []


_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_FOLD = re.compile(r"(?:\r\n|\n|\r)[ \t]")
_TZID_PARAMETER = re.compile(r";TZID=(\"[^\"]*\"|[^;:]*)", re.IGNORECASE)
BLOCK_LINES_MAX = 10_000  # lines in one event: a real one has a few dozen
DEPTH_MAX = 10  # VCALENDAR > VEVENT > VALARM is 3; deeper is not a calendar program's file
ZONE_TRANSITIONS_MAX = 20_000  # a real zone: ~2 a year since 1601 (Outlook) is ~1,000
ZONE_LAST_YEAR = 2200  # as the appointments (app.domain.appointments)
_ZONE_RULE_PARTS = frozenset(
    {"FREQ", "UNTIL", "COUNT", "INTERVAL", "BYMONTH", "BYDAY", "BYMONTHDAY", "BYSETPOS", "WKST"}
)


@dataclass
class _Block:
    """One component's lines, as written (unfolded), BEGIN and END included."""

    name: str
    lines: list[str] = field(default_factory=list)
    closed: bool = False


@dataclass
class _RawCalendar:
    blocks: list[_Block] = field(default_factory=list)
    closed: bool = False


def _split(text: str) -> tuple[list[_RawCalendar], int]:
    """The VCALENDARs of the text cut into their components, and how many VEVENTs stand
    outside any VCALENDAR. One pass over the lines: linear in the size of the file."""
    calendars: list[_RawCalendar] = []
    outside = 0
    current: _RawCalendar | None = None
    block: _Block | None = None
    stack: list[str] = []
    for line in _LINE_BREAK.split(_FOLD.sub("", text)):
        head = line[:6].upper()
        if head == "BEGIN:":
            name = line[6:].strip().upper()
            if not stack:
                if name == "VCALENDAR":
                    current = _RawCalendar()
                    calendars.append(current)
                elif name == "VEVENT":
                    outside += 1  # after END:VCALENDAR, or with no VCALENDAR at all
                stack.append(name)
                continue
            if len(stack) == 1 and current is not None and stack[0] == "VCALENDAR":
                block = _Block(name)
                current.blocks.append(block)
            stack.append(name)
            if block is not None:
                block.lines.append(line)
                if len(stack) > DEPTH_MAX:
                    block.lines.clear()  # nested without end: unreadable
            continue
        if head[:4] == "END:":
            name = line[4:].strip().upper()
            if name not in stack:
                continue  # a stray END loses nothing
            while stack:
                top = stack.pop()
                if block is not None and block.lines:
                    block.lines.append(f"END:{top}")
                if len(stack) == 1 and block is not None:
                    block.closed = bool(block.lines)
                    block = None
                if not stack and current is not None and top == "VCALENDAR":
                    current.closed = True
                    current = None
                if top == name:
                    break
            continue
        if block is not None and block.lines:
            if len(block.lines) < BLOCK_LINES_MAX:
                block.lines.append(line)
            else:
                block.lines.clear()  # not an appointment: unreadable, counted
    return calendars, outside


def _zone_transitions(block: _Block) -> int | None:
    """How many transitions icalendar would compute for this VTIMEZONE, or None when its rules
    are not those of a real time zone (every second, every day, until the year 9999…)."""
    total = 0
    start_year = 1970
    for line in block.lines:
        name, _, value = line.partition(":")
        name = name.split(";")[0].upper()
        if name == "DTSTART":
            digits = value.strip()[:4]
            start_year = int(digits) if digits.isdigit() else 1970
        elif name == "RDATE":
            total += value.count(",") + 1
        elif name == "RRULE":
            parts = dict(p.partition("=")[::2] for p in value.upper().split(";") if p)
            if parts.get("FREQ") != "YEARLY" or not set(parts) <= _ZONE_RULE_PARTS:
                return None
            if any("," in parts.get(key, "") for key in ("BYMONTH", "BYDAY", "BYSETPOS")):
                return None
            if len(parts.get("BYMONTHDAY", "").split(",")) > 7:
                return None
            interval = parts.get("INTERVAL", "1")
            if not interval.isdigit() or int(interval) < 1:
                return None
            until = parts.get("UNTIL", "")[:4]
            count = parts.get("COUNT", "")
            if until and (not until.isdigit() or int(until) > ZONE_LAST_YEAR):
                return None
            if count:
                if not count.isdigit():
                    return None
                total += int(count)
            else:
                last = int(until) if until else 2038  # icalendar's own end without UNTIL
                total += max(0, last - start_year + 1) * _per_year(parts)
        if total > ZONE_TRANSITIONS_MAX:
            return None
    return total


def _per_year(parts: dict[str, str]) -> int:
    """Transitions a yearly rule gives in one year (at most): "BYDAY=SU" alone is every Sunday
    of the month, or of the year without BYMONTH."""
    day = parts.get("BYDAY", "")
    if day and not any(c.isdigit() for c in day):
        return 5 if "BYMONTH" in parts else 53
    if "BYMONTHDAY" in parts and not day:
        return len(parts["BYMONTHDAY"].split(","))
    return 1


def _zone_id(block: _Block) -> str:
    for line in block.lines:
        name, _, value = line.partition(":")
        if name.split(";")[0].upper() == "TZID":
            return value.strip()
    return ""


def _wrap(lines: Iterable[str]) -> str:
    return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *lines, "END:VCALENDAR", ""])


class _Quiet(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return False


def _from_ical(text: str) -> list[Calendar]:
    """icalendar's reading, its warnings and log lines kept from the person's terminal."""
    logger = logging.getLogger("icalendar")
    quiet = _Quiet()
    logger.addFilter(quiet)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _ical().Calendar.from_ical(text, multiple=True)
    finally:
        logger.removeFilter(quiet)


def _event_blocks(raw: _RawCalendar, parsed: ParsedCalendar) -> list[tuple[_Block, Event | None]]:
    """Each VEVENT of one VCALENDAR read by icalendar (None: unreadable), its time zones given
    first; events in a refused zone are counted and left out."""
    zones: list[str] = []
    refused: set[str] = set()
    budget = ZONE_TRANSITIONS_MAX
    for block in raw.blocks:
        if block.name != "VTIMEZONE" or not block.closed:
            continue
        transitions = _zone_transitions(block)
        if transitions is None or transitions > budget:
            refused.add(_zone_id(block))
            continue
        budget -= transitions
        zones += block.lines
    if zones:
        try:
            _from_ical(_wrap(zones))  # icalendar keeps each zone it read, by TZID
        except Exception:
            refused.update(_zone_id(b) for b in raw.blocks if b.name == "VTIMEZONE")
    events = [b for b in raw.blocks if b.name == "VEVENT"]
    kept: list[_Block] = []
    for block in events:
        if not block.closed:
            parsed.skipped["unreadable_event"] += 1
        elif refused and any(
            m.group(1).strip('"') in refused
            for line in block.lines
            for m in _TZID_PARAMETER.finditer(line.partition(":")[0])
        ):
            parsed.skipped["refused_time_zone"] += 1
        else:
            kept.append(block)
    try:  # all at once (fast); one by one only when something in the file upsets icalendar
        [calendar] = _from_ical(_wrap([line for b in kept for line in b.lines]))
        read = calendar.walk("VEVENT")
        if len(read) == len(kept):
            return list(zip(kept, read, strict=True))
    except Exception:
        pass
    pairs: list[tuple[_Block, Event | None]] = []
    for block in kept:
        try:
            [calendar] = _from_ical(_wrap(block.lines))
            [event] = calendar.walk("VEVENT")
        except Exception:
            event = None
        pairs.append((block, event))
    return pairs


def _calendars(data: bytes, parsed: ParsedCalendar) -> list[_RawCalendar]:
    if not data.strip():
        raise IcsError("ics_empty")
    if len(data) > MAX_FILE_BYTES:
        raise IcsError("ics_too_large")
    text, charset_warnings = _decode(data)
    calendars, outside = _split(text)
    if not calendars or not any(
        c.closed or any(b.closed and b.name == "VEVENT" for b in c.blocks) for c in calendars
    ):
        raise IcsError("ics_unreadable", "no VCALENDAR")
    parsed.warnings += charset_warnings
    if outside:
        parsed.skipped["outside_calendar"] += outside
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
    for raw in _calendars(data, parsed):
        for _block, event in _event_blocks(raw, parsed):
            if event is None:
                parsed.skipped["unreadable_event"] += 1
                continue
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
