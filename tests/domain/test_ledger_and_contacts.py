"""The weekly hours ledger and the contacts, on a real carnet."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import records
from app.carnet import Carnet, StorageError
from app.domain import HOME_ZONE, InvalidRecord, Organisation, OrganisationKind
from app.domain.contacts import Contact, ContactRole
from app.domain.hours import Activity, ActivityKind, HoursTarget, week_hours

from .conftest import StepClock

MONDAY = date(2026, 3, 16)


def test_a_week_against_its_target(carnet: Carnet) -> None:
    ft = records.add_organisation(
        carnet, Organisation("France Travail", OrganisationKind.FRANCE_TRAVAIL)
    )
    records.record_activity(carnet, Activity(MONDAY, 180, ActivityKind.TRAINING, ft.id, "Cariste"))
    records.record_activity(
        carnet, Activity(MONDAY + timedelta(days=2), 45, ActivityKind.APPLICATIONS)
    )
    records.record_activity(carnet, Activity(MONDAY + timedelta(days=6), 60, "health"))
    records.record_activity(
        carnet, Activity(MONDAY + timedelta(days=7), 600, ActivityKind.IMMERSION)
    )
    week = records.week_view(carnet, MONDAY + timedelta(days=3))
    assert (week.week_start, week.week_end) == (MONDAY, MONDAY + timedelta(days=6))
    assert week.total_minutes == 285 and week.by_day == (180, 0, 45, 0, 0, 0, 60)
    assert (week.target_minutes, week.target_is_default) == (900, True)  # 15 h, nothing entered
    assert week.remaining_minutes == 615 and not week.reached
    assert week.by_kind[0] == (ActivityKind.TRAINING, 180)
    records.set_hours_target(carnet, HoursTarget(MONDAY, 4 * 60, "Réduit (santé)"))
    week = records.week_view(carnet, MONDAY)
    assert (week.target_minutes, week.target_is_default, week.reached) == (240, False, True)
    # Exempted from the next week on: a target of 0 is allowed.
    records.set_hours_target(carnet, HoursTarget(MONDAY + timedelta(days=7), 0, "Dispense"))
    assert records.week_view(carnet, MONDAY + timedelta(days=7)).target_minutes == 0
    assert [t.minutes for t in records.hours_targets(carnet)] == [240, 0]


def test_a_month_view_holds_whole_weeks(carnet: Carnet) -> None:
    for day in (date(2026, 2, 27), date(2026, 3, 2), date(2026, 3, 31), date(2026, 4, 2)):
        records.record_activity(carnet, Activity(day, 60, ActivityKind.APPLICATIONS))
    month = records.month_view(carnet, 2026, 3)
    assert month.total_minutes == 120  # only days in March
    assert month.weeks[0].week_start == date(2026, 2, 23) and month.weeks[0].total_minutes == 60
    assert month.weeks[-1].week_start == date(2026, 3, 30) and month.weeks[-1].total_minutes == 120
    assert len(month.weeks) == 6


@pytest.mark.parametrize(
    ("minutes", "code"),
    [
        (-30, "negative_duration"),
        (0, "zero_duration"),
        (30 * 60, "day_over_24h"),
        (24 * 60 + 1, "day_over_24h"),
        (1.5, "not_a_number"),
        (True, "not_a_number"),
    ],
)
def test_impossible_durations_are_refused(carnet: Carnet, minutes: object, code: str) -> None:
    with pytest.raises(InvalidRecord) as caught:
        records.record_activity(carnet, Activity(MONDAY, minutes, ActivityKind.OTHER))  # type: ignore[arg-type]
    assert caught.value.problems[0] == caught.value.problems[0].__class__(
        "minutes", code, 24 if code == "day_over_24h" else None
    )
    assert records.activities_between(carnet, MONDAY, MONDAY) == []


def test_a_day_holds_at_most_24_hours_all_entries_together(carnet: Carnet) -> None:
    first = records.record_activity(carnet, Activity(MONDAY, 20 * 60, ActivityKind.IMMERSION))
    with pytest.raises(InvalidRecord) as caught:
        records.record_activity(carnet, Activity(MONDAY, 5 * 60, ActivityKind.TRAINING))
    assert caught.value.problems[0].code == "day_over_24h"
    records.record_activity(carnet, Activity(MONDAY, 4 * 60, ActivityKind.TRAINING))  # exactly 24 h
    # Correcting an entry counts the others, not itself.
    records.update_activity(carnet, Activity(MONDAY, 19 * 60, ActivityKind.IMMERSION, id=first.id))
    with pytest.raises(InvalidRecord):
        records.update_activity(
            carnet, Activity(MONDAY, 21 * 60, ActivityKind.IMMERSION, id=first.id)
        )
    assert sum(a.minutes for a in records.activities_between(carnet, MONDAY, MONDAY)) == 23 * 60
    # The schema holds the line even for a writer that skips the domain.
    with pytest.raises(StorageError), carnet.write() as con:
        con.execute(
            "INSERT INTO activity(day, minutes, kind, created_at, updated_at) "
            "VALUES (?, 120, 'other', 'x', 'x')",
            (MONDAY.isoformat(),),
        )
    records.remove_activity(carnet, first.id)
    with pytest.raises(records.RecordNotFound):
        records.get_activity(carnet, first.id)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.tuples(st.integers(0, 13), st.integers(1, 600)), max_size=25))
def test_week_totals_are_the_sum_of_their_days(entries: list[tuple[int, int]]) -> None:
    acts = [Activity(MONDAY + timedelta(days=d), m) for d, m in entries]
    week = week_hours(acts, MONDAY)
    assert week.total_minutes == sum(m for d, m in entries if d < 7) == sum(week.by_day)
    assert sum(m for _k, m in week.by_kind) == week.total_minutes


def test_this_week_follows_the_clock(carnet: Carnet, clock: StepClock) -> None:
    records.record_activity(carnet, Activity(date(2026, 3, 22), 30, ActivityKind.RIGHTS))
    assert records.this_week(carnet).total_minutes == 30  # Friday 20 March: same week
    clock.now = datetime(2026, 3, 23, 0, 0, tzinfo=HOME_ZONE)  # Monday, midnight
    assert records.this_week(carnet).total_minutes == 0


def test_contacts(carnet: Carnet) -> None:
    dep = records.add_organisation(
        carnet, Organisation("Département", OrganisationKind.DEPARTEMENT)
    )
    c = records.add_contact(
        carnet,
        Contact(
            " Mme Hélène Brossard ",
            ContactRole.REFERENT,
            dep.id,
            ("01 99 00 37 16", " +33 1 99 00 37 17 ", ""),
            "h.brossard@departement.example",
            "Mardi et jeudi, 9 h – 12 h",
            "Référente RSA 🙂 — ملاحظة",
        ),
    )
    assert c.id is not None and c.name == "Mme Hélène Brossard"
    assert c.phones == ("01 99 00 37 16", "+33 1 99 00 37 17")
    assert records.get_contact(carnet, c.id) == c
    assert records.list_contacts(carnet, organisation_id=dep.id) == [c]
    updated = records.update_contact(
        carnet, Contact("Mme Brossard", ContactRole.REFERENT, dep.id, id=c.id)
    )
    assert records.list_contacts(carnet) == [updated]
    for bad, code in (
        (Contact(""), "required"),
        (Contact("X", phones=("appelez-moi",)), "not_a_phone_number"),
        (Contact("X", email="pas une adresse"), "not_an_email"),
        (Contact("X", role="boss"), "unknown_value"),  # type: ignore[arg-type]
        (Contact("X", organisation_id=999), "not_found"),
        (Contact("X", notes="n" * 20_001), "too_long"),
        (Contact("X\x00Y"), "invalid_character"),
    ):
        with pytest.raises(InvalidRecord) as caught:
            records.add_contact(carnet, bad)
        assert caught.value.problems[0].code == code
    records.remove_contact(carnet, c.id)
    assert records.list_contacts(carnet) == []


def test_an_appointment_names_its_contact(carnet: Carnet) -> None:
    from app.domain import Appointment

    c = records.add_contact(carnet, Contact("M. Karim Benali", ContactRole.CONSEILLER))
    start = datetime(2026, 4, 2, 10, tzinfo=HOME_ZONE)
    appt = records.add_appointment(carnet, Appointment("Cap emploi", start, contact_id=c.id))
    assert records.get_appointment(carnet, appt.id).contact_id == c.id
    with pytest.raises(InvalidRecord) as caught:
        records.add_appointment(carnet, Appointment("Cap emploi", start, contact_id=42))
    assert caught.value.problems[0].code == "not_found"
    records.remove_contact(carnet, c.id)  # the appointment stays, without its contact
    assert records.get_appointment(carnet, appt.id).contact_id is None
