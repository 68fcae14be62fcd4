"""app/ics.py: RFC 5545 files out, other calendars' files in (pure functions, no carnet)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from app.domain import HOME_ZONE, Appointment, AppointmentStatus, Mode, Organisation
from app.domain.organisations import OrganisationKind
from app.ics import IcsError, parse_ics, to_ics

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
ORG = Organisation("France Travail – agence des Tilleuls", OrganisationKind.FRANCE_TRAVAIL, id=1)


def planned(title: str, start: datetime, **changes: object) -> Appointment:
    values: dict = {"ends_at": start + timedelta(minutes=45)}
    values.update(changes)
    return Appointment(title, start, **values)


def varied() -> list[tuple[Appointment, Organisation | None]]:
    t = datetime(2026, 3, 29, 10, 0, tzinfo=HOME_ZONE)  # the day summer time starts
    return [
        (planned("Entretien, conseillère; bureau 2", t, to_bring=("CV, à jour", "Pièce d'identité"),
                 mandatory=True, place="12 rue des Tilleuls, Bourg", notes="SECRET-NOTE"), ORG),
        (planned("Rendez-vous téléphonique 📞 " + "é" * 120, t + timedelta(days=200),
                 mode=Mode.PHONE, place="01 99 00 00 00", ends_at=None), None),
        (planned("Atelier annulé", t + timedelta(days=3),
                 status=AppointmentStatus.CANCELLED_BY_THEM, status_reason="SECRET-REASON"), ORG),
        (planned("مرحبا — rendez-vous", datetime(2026, 10, 25, 2, 30, tzinfo=HOME_ZONE, fold=1)),
         None),
    ]  # fmt: skip


def test_export_is_valid_rfc5545() -> None:
    data = to_ics(varied(), now=NOW)
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "every line ends with CRLF"
    for line in data.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")  # folding never cuts a character in two
    cal = Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"]).startswith("-//Repères")
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    events = cal.walk("VEVENT")
    assert len(events) == 4
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART"):
            assert required in event, required
        start = event["DTSTART"]
        if start.dt.utcoffset() == timedelta(0):  # second pass of the autumn hour: exact in UTC
            assert start.dt == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
        else:
            assert start.params["TZID"] == "Europe/Paris"
    assert b"SECRET-NOTE" not in data and b"SECRET-REASON" not in data


def test_planned_appointments_carry_two_alarms_and_what_to_bring() -> None:
    cal = Calendar.from_ical(to_ics(varied(), now=NOW))
    for event in cal.walk("VEVENT"):
        alarms = event.walk("VALARM")
        if str(event["STATUS"]) == "CANCELLED":
            assert alarms == []
            continue
        assert sorted(a["TRIGGER"].to_ical() for a in alarms) == [b"-P1D", b"-PT2H"]
        assert all(str(a["ACTION"]) == "DISPLAY" and str(a["DESCRIPTION"]) for a in alarms)
    first = cal.walk("VEVENT")[0]
    description = str(first["DESCRIPTION"])
    assert "À apporter :" in description and "- CV, à jour" in description
    assert "obligatoire" in description


def test_export_then_parse_restores_the_appointments() -> None:
    entries = varied()
    parsed = parse_ics(to_ics(entries, now=NOW))
    assert not parsed.skipped
    by_uid = {e.appointment.uid: e for e in parsed.events}
    for original, org in entries:
        back = by_uid[original.uid]
        a = back.appointment
        assert (a.title, a.place, a.to_bring, a.mode, a.mandatory, a.status) == (
            original.title, original.place, original.to_bring, original.mode,
            original.mandatory, original.status,
        )  # fmt: skip
        assert a.starts_at.astimezone(UTC) == original.starts_at.astimezone(UTC)
        assert a.duration == original.duration
        assert back.organisation_name == (org.name if org else "")
        assert a.notes == ""  # notes never leave the carnet


CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Autre agenda//FR\r\n{}END:VCALENDAR\r\n"


def event(*lines: str) -> str:
    return "BEGIN:VEVENT\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\n"


def calendar(*events: str) -> bytes:
    return CALENDAR.format("".join(events)).encode()


GOOD = event("UID:ok-1", "DTSTAMP:20260101T000000Z", "DTSTART;TZID=Europe/Paris:20261201T140000",
             "DTEND;TZID=Europe/Paris:20261201T150000", "SUMMARY:Mission locale",
             "LOCATION:3 place du Marché", "DESCRIPTION:Apporter le CV")  # fmt: skip


@pytest.mark.parametrize(
    ("bad_event", "reason"),
    [
        (event("UID:no-start", "SUMMARY:Sans début"), "no_start"),
        (event("UID:feb31", "DTSTART;TZID=Europe/Paris:20260231T100000"), "invalid_date"),
        (event("UID:back", "DTSTART;TZID=Europe/Paris:20261201T100000",
               "DTEND;TZID=Europe/Paris:20261201T090000"), "end_before_start"),
        (event("UID:gap", "DTSTART;TZID=Europe/Paris:20260329T023000"), "nonexistent_time"),
        (event("UID:allday", "DTSTART;VALUE=DATE:20261201"), "all_day"),
        (event("UID:weekly", "DTSTART:20261201T100000Z", "RRULE:FREQ=WEEKLY"), "recurring"),
        (event("UID:gone", "DTSTART:20261201T100000Z", "STATUS:CANCELLED"), "cancelled"),
        (event("UID:ok-1", "DTSTART:20261202T100000Z"), "duplicate"),
        (event("UID:long", "DTSTART:20261201T100000Z", "DURATION:P3D"), "too_long_duration"),
    ],
)  # fmt: skip
def test_events_that_cannot_be_taken_are_skipped_and_counted(bad_event: str, reason: str) -> None:
    parsed = parse_ics(calendar(GOOD, bad_event))
    assert [e.appointment.uid for e in parsed.events] == ["ok-1"]
    assert parsed.skipped == {reason: 1}
    good = parsed.events[0].appointment
    assert (good.title, good.place, good.notes) == ("Mission locale", "3 place du Marché",
                                                    "Apporter le CV")  # fmt: skip


def test_other_calendars_times_are_understood() -> None:
    outlook_zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Romance Standard Time\r\nBEGIN:STANDARD\r\n"
        "DTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
        "DTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )
    data = calendar(
        outlook_zone,
        event("UID:utc", "DTSTART:20260701T080000Z", "DURATION:PT1H"),
        event("UID:floating", "DTSTART:20260701T100000"),
        event("UID:unknown-zone", "DTSTART;TZID=Nowhere/Land:20260701T100000"),
        event("UID:outlook", "DTSTART;TZID=Romance Standard Time:20260701T100000"),
        event("DTSTART:20260701T120000Z", "SUMMARY:Sans UID"),
    )
    parsed = parse_ics(data)
    assert not parsed.skipped
    times = {e.appointment.uid: e.appointment for e in parsed.events}
    ten_am = datetime(2026, 7, 1, 10, 0, tzinfo=HOME_ZONE)
    for uid in ("utc", "floating", "unknown-zone", "outlook"):
        assert times[uid].starts_at.astimezone(UTC) == ten_am.astimezone(UTC), uid
    assert times["utc"].duration == timedelta(hours=1)
    [no_uid] = [uid for uid in times if uid.startswith("reperes-")]
    assert parse_ics(data).events[-1].appointment.uid == no_uid  # stable: re-import dedupes
    assert times[no_uid].title == "Sans UID"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "ics_empty"),
        (b"  \r\n\r\n", "ics_empty"),
        (b"bonjour, ceci n'est pas un agenda", "ics_unreadable"),
        (bytes(range(256)) * 4, "ics_unreadable"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "ics_unreadable"),
        (b"BEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT\r\n", "ics_unreadable"),
    ],
)
def test_files_that_are_not_calendars_raise_a_typed_error(data: bytes, code: str) -> None:
    with pytest.raises(IcsError) as caught:
        parse_ics(data)
    assert caught.value.code == code


def test_an_empty_calendar_is_a_calendar_with_nothing_in_it() -> None:
    parsed = parse_ics(calendar())
    assert parsed.events == [] and not parsed.skipped


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_bytes_give_a_result_or_a_typed_error(data: bytes) -> None:
    with contextlib.suppress(IcsError):
        parse_ics(data)


@settings(max_examples=60, deadline=None)
@given(data=st.lists(st.sampled_from([GOOD, event("UID:x")]), max_size=3), cut=st.integers(0, 400))
def test_truncated_calendars_never_crash(data: list[str], cut: int) -> None:
    raw = calendar(*data)
    with contextlib.suppress(IcsError):
        parse_ics(raw[:cut])


printable = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\u2028\u2029\x85"),
    min_size=1,
    max_size=80,
).filter(lambda s: s.strip() == s and s)


@settings(max_examples=150, deadline=None)
@given(title=printable, place=printable, items=st.lists(printable, max_size=4))
def test_any_text_survives_the_round_trip(title: str, place: str, items: list[str]) -> None:
    start = datetime(2026, 12, 1, 14, 0, tzinfo=HOME_ZONE)
    original = planned(title, start, place=place, to_bring=tuple(items))
    [back] = parse_ics(to_ics([(original, ORG)], now=NOW)).events
    assert (back.appointment.title, back.appointment.place, back.appointment.to_bring) == (
        title, place, tuple(items),
    )  # fmt: skip


def test_backslashes_and_separators_come_back_as_typed() -> None:
    """icalendar escapes a literal backslash-N as a line break (found by the property above)."""
    start = datetime(2026, 12, 1, 14, 0, tzinfo=HOME_ZONE)
    texts = ("\\N", "a\\nb; c, d", "C:\\Dossier\\N°3")
    original = planned(texts[0], start, place=texts[1], to_bring=(texts[2],))
    [back] = parse_ics(to_ics([(original, ORG)], now=NOW)).events
    assert (back.appointment.title, back.appointment.place, back.appointment.to_bring) == (
        texts[0], texts[1], (texts[2],),
    )  # fmt: skip


def test_long_texts_from_other_calendars_are_clipped_not_refused() -> None:
    long = event("UID:long-text", "DTSTART:20261201T100000Z", "SUMMARY:" + "T" * 500,
                 "LOCATION:" + "L" * 900, "DESCRIPTION:" + "D" * 30_000)  # fmt: skip
    [read] = parse_ics(calendar(long)).events
    a = read.appointment
    assert (len(a.title), len(a.place), len(a.notes)) == (200, 500, 20_000)
    assert a.title.endswith("…")


# -- bounded and tolerant reading (issue 15) -----------------------------------------------------
def zone(tzid: str, rule: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        f"TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:{rule}\r\nEND:STANDARD\r\n"
        "END:VTIMEZONE\r\n"
    )


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=SECONDLY;COUNT=10",  # the real hostile one has no COUNT: walked until 2038
        "FREQ=MINUTELY;COUNT=10",
        "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR,SA,SU",
        "FREQ=YEARLY;BYHOUR=1,2,3;BYMONTH=3;BYDAY=-1SU",
        "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=99991231T000000Z",
        "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;COUNT=999999999",
    ],
)
def test_a_zone_whose_rules_no_country_uses_is_refused_not_walked(rule: str) -> None:
    hostile = event("UID:in-zone", "DTSTART;TZID=Hostile/Zone:20261201T100000", "SUMMARY:x")
    parsed = parse_ics(calendar(zone("Hostile/Zone", rule), GOOD, hostile))
    assert [e.appointment.uid for e in parsed.events] == ["ok-1"]
    assert parsed.skipped == {"refused_time_zone": 1}


def test_a_real_custom_zone_is_still_used() -> None:
    rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
    inside = event("UID:in-zone", "DTSTART;TZID=Custom/Zone:20261201T100000", "SUMMARY:x")
    parsed = parse_ics(calendar(zone("Custom/Zone", rule), inside))
    [read] = parsed.events
    assert read.appointment.starts_at.utcoffset() == timedelta(hours=2)


def test_one_broken_event_loses_that_event_only() -> None:
    # A stray END and an alarm never closed made icalendar refuse the whole file.
    odd = event("UID:odd", "DTSTART:20261203T100000Z", "END:VTODO", "BEGIN:VALARM")
    deep = event("UID:deep", "DTSTART:20261204T100000Z", *["BEGIN:VALARM"] * 12)
    later = GOOD.replace("ok-1", "ok-2")
    parsed = parse_ics(calendar(GOOD, odd, deep, later))
    assert [e.appointment.uid for e in parsed.events] == ["ok-1", "odd", "ok-2"]
    assert parsed.skipped == {"unreadable_event": 1}


def test_events_after_the_end_of_the_calendar_are_counted() -> None:
    data = calendar(GOOD) + event("UID:after", "DTSTART:20261203T100000Z").encode() * 2
    parsed = parse_ics(data)
    assert [e.appointment.uid for e in parsed.events] == ["ok-1"]
    assert parsed.skipped == {"outside_calendar": 2}


def test_one_bad_byte_does_not_turn_a_utf8_file_into_old_windows_text() -> None:
    data = calendar(
        GOOD.replace("Mission locale", "Réunion \xff".encode("latin-1").decode("latin-1"))
    )
    data = data.replace("\xff".encode(), b"\xff")  # one byte that is not UTF-8
    parsed = parse_ics(data)
    assert parsed.events[0].appointment.title == "Réunion \ufffd"
    assert parsed.warnings == ["ics_bytes_replaced"]
    old_windows = calendar(GOOD).decode().replace("Marché", "March\xe9").encode("cp1252")
    assert parsed_place(old_windows) == "3 place du Marché"


def parsed_place(data: bytes) -> str:
    parsed = parse_ics(data)
    assert parsed.warnings == []
    return parsed.events[0].appointment.place
