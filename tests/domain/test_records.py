"""Operations on a real SQLCipher carnet: what screens will call."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import records
from app.carnet import Carnet, StorageError
from app.domain import (
    HOME_ZONE,
    Appointment,
    AppointmentStatus,
    InvalidRecord,
    Mode,
    Organisation,
    OrganisationKind,
    StatusChange,
)
from app.records import appointment_repo

from .conftest import PASSPHRASE, StepClock
from .test_localtime import in_spring_gap, near_a_change

START = datetime(2026, 3, 31, 14, 0, tzinfo=HOME_ZONE)


def sample(**changes: object) -> Appointment:
    values: dict = {
        "title": "Rendez-vous référente RSA 🙂",
        "starts_at": START,
        "ends_at": START + timedelta(minutes=45),
        "place": "Maison des solidarités, 8 rue Pasteur",
        "mode": Mode.IN_PERSON,
        "to_bring": ("Contrat d'engagements, signé", "Justificatifs; relevés"),
        "mandatory": True,
        "notes": "Demander l'attestation.\nمرحبا",
    }
    values.update(changes)
    return Appointment(**values)


def test_usual_organisations_are_added_once(carnet: Carnet) -> None:
    assert records.add_usual_organisations(carnet) == 7
    assert records.add_usual_organisations(carnet) == 0
    kinds = {o.kind for o in records.list_organisations(carnet)}
    assert OrganisationKind.FRANCE_TRAVAIL in kinds and OrganisationKind.MDPH in kinds
    assert all(o.phone == "" for o in records.list_organisations(carnet))  # nothing invented


def test_organisation_directory(carnet: Carnet) -> None:
    org = records.add_organisation(
        carnet, Organisation(" Mission locale ", OrganisationKind.MISSION_LOCALE)
    )
    assert org.id is not None and org.name == "Mission locale"
    records.update_organisation(
        carnet, Organisation(org.name, org.kind, "01 99 00 12 40", id=org.id)
    )
    assert records.get_organisation(carnet, org.id).phone == "01 99 00 12 40"
    with pytest.raises(records.RecordNotFound):
        records.update_organisation(carnet, Organisation("X", id=999))
    with pytest.raises(InvalidRecord):
        records.add_organisation(carnet, Organisation(""))
    assert len(records.list_organisations(carnet)) == 1


def test_appointment_round_trip_survives_lock_and_unlock(carnet: Carnet, clock: StepClock) -> None:
    org = records.add_organisation(carnet, Organisation("CAF", OrganisationKind.CAF))
    saved = records.add_appointment(carnet, sample(organisation_id=org.id))
    folder = carnet.folder
    carnet.lock()
    with Carnet.unlock(folder, PASSPHRASE, clock=clock) as again:
        [loaded] = records.list_appointments(again)
        assert loaded == saved
        assert loaded.starts_at.utcoffset() == timedelta(hours=2)  # summer time on 31 March


def test_refused_appointments_leave_the_carnet_unchanged(carnet: Carnet) -> None:
    with pytest.raises(InvalidRecord) as caught:
        records.add_appointment(carnet, sample(ends_at=START - timedelta(hours=1)))
    assert caught.value.problems[0].code == "end_before_start"
    with pytest.raises(InvalidRecord) as caught:
        records.add_appointment(carnet, sample(organisation_id=42))
    assert caught.value.problems[0].code == "not_found"
    assert records.list_appointments(carnet) == []


def test_the_schema_refuses_an_unknown_status_even_past_the_domain(carnet: Carnet) -> None:
    saved = records.add_appointment(carnet, sample())
    with pytest.raises(StorageError), carnet.write() as con:
        con.execute("UPDATE appointment SET status = 'forgotten' WHERE id = ?", (saved.id,))
    assert records.get_appointment(carnet, saved.id).status is AppointmentStatus.PLANNED


def test_status_changes_are_stamped_with_the_clock(carnet: Carnet, clock: StepClock) -> None:
    saved = records.add_appointment(carnet, sample())
    with pytest.raises(InvalidRecord):
        records.set_status(carnet, saved.id, StatusChange(AppointmentStatus.ATTENDED))
    excused = records.set_status(
        carnet, saved.id, StatusChange(AppointmentStatus.EXCUSED, "Enfant malade", "Téléphone")
    )
    assert excused.status_at == clock.now
    clock.now = START + timedelta(hours=2)
    records.set_status(carnet, saved.id, StatusChange(AppointmentStatus.ATTENDED))
    stored = records.get_appointment(carnet, saved.id)
    assert (stored.status, stored.status_at, stored.status_reason) == (
        AppointmentStatus.ATTENDED, clock.now, "",  # the new status has its own details
    )  # fmt: skip
    with pytest.raises(InvalidRecord):
        records.set_status(
            carnet, saved.id, StatusChange(AppointmentStatus.MOVED, moved_to_uid="nowhere")
        )


def test_moving_an_appointment(carnet: Carnet) -> None:
    saved = records.add_appointment(carnet, sample())
    new_start = START + timedelta(days=7)
    old, new = records.move_appointment(
        carnet, saved.id, new_start, new_start + timedelta(hours=1), reason="Conseillère absente"
    )
    assert records.get_appointment(carnet, saved.id).moved_to_uid == new.uid
    assert records.get_appointment(carnet, new.id).status is AppointmentStatus.PLANNED
    assert [a.uid for a in records.upcoming(carnet)] == [new.uid]  # the moved one holds no slot
    assert old.status_reason == "Conseillère absente"


def test_listing_a_range_and_overlaps(carnet: Carnet) -> None:
    first = records.add_appointment(carnet, sample())
    records.add_appointment(carnet, sample(starts_at=START + timedelta(days=1), ends_at=None))
    clash = sample(title="Médecin", starts_at=START + timedelta(minutes=30), ends_at=None)
    assert [a.uid for a in records.overlaps_for(carnet, clash)] == [first.uid]
    records.add_appointment(carnet, clash)  # a warning, never a refusal
    day = START.replace(hour=0, minute=0)
    assert len(records.list_appointments(carnet, day, day + timedelta(days=1))) == 2
    assert len(records.list_appointments(carnet)) == 3


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(naive=near_a_change(), minutes=st.integers(0, 600), fold=st.sampled_from([0, 1]))
def test_times_across_clock_changes_come_back_from_the_carnet_as_they_went_in(
    carnet: Carnet, naive: datetime, minutes: int, fold: int
) -> None:
    if in_spring_gap(naive):
        return
    start = naive.replace(tzinfo=HOME_ZONE, fold=fold)
    end = (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(HOME_ZONE)
    saved = records.add_appointment(carnet, Appointment("RDV", start, end))
    loaded = appointment_repo.get_by_uid(carnet, saved.uid)
    assert loaded is not None
    assert loaded.starts_at.astimezone(UTC) == start.astimezone(UTC)
    assert loaded.starts_at.utcoffset() == start.utcoffset()
    assert loaded.duration == timedelta(minutes=minutes)


def test_a_full_disk_or_failure_mid_import_writes_nothing(carnet: Carnet, tmp_path: Path) -> None:
    """One transaction: a failing row (duplicate UID) rolls back the whole batch."""
    a = sample()
    with pytest.raises(StorageError), carnet.write() as con:
        appointment_repo.insert_many(con, [a, sample(title="Autre"), a], START)
    assert records.list_appointments(carnet) == []
