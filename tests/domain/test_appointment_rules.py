"""Appointment and organisation rules, without a carnet."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import messages
from app.domain import (
    HOME_ZONE,
    Appointment,
    AppointmentStatus,
    InvalidRecord,
    Organisation,
    OrganisationKind,
    StatusChange,
    change_status,
    checked_appointment,
    checked_organisation,
    moved,
    overlapping,
    validate_appointment,
)
from app.domain.appointments import MAX_DURATION, TITLE_MAX

from .test_localtime import in_spring_gap, near_a_change

START = datetime(2026, 12, 1, 14, 0, tzinfo=HOME_ZONE)
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=HOME_ZONE)


def appt(**changes: object) -> Appointment:
    base = Appointment("Entretien France Travail", START, START + timedelta(minutes=45))
    return replace(base, **changes)


def codes(a: Appointment) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in validate_appointment(a)}


def test_a_plain_appointment_is_valid_and_tidied() -> None:
    a = checked_appointment(appt(title="  Entretien  ", to_bring=(" CV ", "", "Carte Vitale")))
    assert a.title == "Entretien"
    assert a.to_bring == ("CV", "Carte Vitale")
    assert a.starts_at.tzinfo is HOME_ZONE
    assert a.status is AppointmentStatus.PLANNED


def test_end_before_start_is_refused_with_a_clear_message() -> None:
    with pytest.raises(InvalidRecord) as caught:
        checked_appointment(appt(ends_at=START - timedelta(minutes=1)))
    [problem] = caught.value.problems
    assert (problem.field, problem.code) == ("ends_at", "end_before_start")
    assert messages.reason(problem.code) == "l'heure de fin est avant l'heure de début"


def test_end_equal_to_start_and_no_end_are_allowed() -> None:
    assert not codes(appt(ends_at=START))
    assert not codes(appt(ends_at=None))


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": "   "}, ("title", "required")),
        ({"title": "x" * (TITLE_MAX + 1)}, ("title", "too_long")),
        ({"title": "Entre\x00tien"}, ("title", "invalid_character")),
        ({"place": "rue\nde la gare"}, ("place", "invalid_character")),
        ({"starts_at": datetime(2026, 12, 1, 14, 0)}, ("starts_at", "naive_time")),
        ({"starts_at": datetime(1899, 12, 1, 14, 0, tzinfo=HOME_ZONE)},
         ("starts_at", "year_out_of_range")),
        ({"ends_at": START + MAX_DURATION + timedelta(minutes=1)},
         ("ends_at", "too_long_duration")),
        ({"starts_at": datetime(2026, 3, 29, 2, 30, tzinfo=HOME_ZONE), "ends_at": None},
         ("starts_at", "nonexistent_time")),
        ({"to_bring": ("x",) * 31}, ("to_bring", "too_many")),
        ({"mode": "by_pigeon"}, ("mode", "unknown_value")),
        ({"status": "forgotten"}, ("status", "unknown_value")),
        ({"uid": ""}, ("uid", "required")),
    ],
)  # fmt: skip
def test_what_cannot_be_saved_is_named(changes: dict, expected: tuple[str, str]) -> None:
    assert expected in codes(appt(**changes))
    with pytest.raises(InvalidRecord):
        checked_appointment(appt(**changes))


def test_notes_may_span_lines_and_hold_any_script() -> None:
    a = appt(notes="Apporter le CV 📄\nمرحبا — שלום\tfin", title="Rendez-vous 🙂 مرحبا")
    assert not codes(a)


def test_status_life_and_its_impossible_steps() -> None:
    future = checked_appointment(appt())
    with pytest.raises(InvalidRecord) as caught:
        change_status(future, StatusChange(AppointmentStatus.ATTENDED), NOW)
    assert caught.value.problems[0].code == "not_yet_happened"
    excused = change_status(
        future, StatusChange(AppointmentStatus.EXCUSED, "Malade", "Téléphone"), NOW
    )
    assert (excused.status_reason, excused.status_channel, excused.status_at) == (
        "Malade", "Téléphone", NOW,
    )
    after = START + timedelta(hours=1)
    attended = change_status(excused, StatusChange(AppointmentStatus.ATTENDED), after)
    assert attended.status is AppointmentStatus.ATTENDED
    back = change_status(attended, StatusChange(AppointmentStatus.PLANNED), after)
    assert (back.status_at, back.status_reason, back.moved_to_uid) == (None, "", None)
    with pytest.raises(InvalidRecord):
        change_status(future, StatusChange(AppointmentStatus.MISSED, moved_to_uid="x"), after)


def test_moving_keeps_the_old_one_and_plans_a_new_one() -> None:
    a = checked_appointment(appt())
    new_start = START + timedelta(days=7)
    old, new = moved(a, new_start, new_start + timedelta(hours=1), NOW, reason="à sa demande")
    assert old.status is AppointmentStatus.MOVED and old.moved_to_uid == new.uid
    assert new.status is AppointmentStatus.PLANNED and new.uid != a.uid
    assert (new.title, new.to_bring, new.starts_at) == (a.title, a.to_bring, new_start)
    assert not codes(replace(old, moved_to_uid=None))
    assert ("moved_to_uid", "moved_to_itself") in codes(replace(old, moved_to_uid=old.uid))


def test_overlaps_are_found_but_closed_appointments_do_not_count() -> None:
    a = checked_appointment(appt())
    same_time = checked_appointment(appt(title="Médecin", starts_at=START + timedelta(minutes=30)))
    later = checked_appointment(appt(starts_at=START + timedelta(hours=2), ends_at=None))
    cancelled = replace(same_time, uid="c", status=AppointmentStatus.CANCELLED_BY_THEM)
    assert overlapping(a, [a, same_time, later, cancelled]) == [same_time]
    no_end = checked_appointment(appt(ends_at=None, starts_at=START + timedelta(minutes=40)))
    assert overlapping(no_end, [a]) == [a]  # no end: assumed 30 minutes


def test_past_appointments_are_allowed_and_marked() -> None:
    past = checked_appointment(appt(starts_at=NOW - timedelta(days=400), ends_at=None))
    assert past.is_past(NOW)
    assert not checked_appointment(appt()).is_past(NOW)


def test_organisations() -> None:
    org = checked_organisation(Organisation("  Cap emploi ", "cap_emploi"))  # type: ignore[arg-type]
    assert (org.name, org.kind) == ("Cap emploi", OrganisationKind.CAP_EMPLOI)
    for bad in (Organisation(""), Organisation("x" * 201), Organisation("A", "bank")):  # type: ignore[arg-type]
        with pytest.raises(InvalidRecord):
            checked_organisation(bad)


@settings(max_examples=300, deadline=None)
@given(naive=near_a_change(), minutes=st.integers(-600, 600), fold=st.sampled_from([0, 1]))
def test_appointments_across_clock_changes(naive: datetime, minutes: int, fold: int) -> None:
    """Start given as wall-clock time, end as real elapsed time: the rules use real time."""
    start = naive.replace(tzinfo=HOME_ZONE, fold=fold)
    end = (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(HOME_ZONE)
    found = codes(Appointment("RDV", start, end))
    if in_spring_gap(naive):
        assert ("starts_at", "nonexistent_time") in found
        return
    if minutes < 0:
        assert found == {("ends_at", "end_before_start")}
        return
    assert not found
    a = checked_appointment(Appointment("RDV", start, end))
    assert a.duration == timedelta(minutes=minutes)
    assert a.starts_at == start and a.starts_at.utcoffset() == start.utcoffset()


def test_an_end_earlier_on_the_wall_clock_can_still_be_later_in_life() -> None:
    """25 October 2026: 02:40 (summer) -> 02:20 (winter) lasts 40 minutes."""
    start = datetime(2026, 10, 25, 2, 40, tzinfo=HOME_ZONE, fold=0)
    end = datetime(2026, 10, 25, 2, 20, tzinfo=HOME_ZONE, fold=1)
    a = checked_appointment(Appointment("RDV", start, end))
    assert a.duration == timedelta(minutes=40)
