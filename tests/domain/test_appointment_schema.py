"""Schema step 3 (appointment status details) upgrades a step-2 carnet without losing a row."""

from __future__ import annotations

import pytest
import sqlcipher3

from app.carnet import migrations


def test_step_3_upgrades_existing_appointments() -> None:
    con = sqlcipher3.connect(":memory:", isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    for step in migrations.STEPS[:2]:
        step.apply(con)
    con.execute(
        "INSERT INTO appointment(uid, title, starts_at, status, created_at, updated_at) "
        "VALUES ('u1', 'Ancien', '2025-01-07T10:00:00+01:00', 'attended', 'x', 'x')"
    )
    [step3] = [s for s in migrations.STEPS if s.version == 3]
    step3.apply(con)
    row = con.execute(
        "SELECT title, status, status_at, status_reason, status_channel, moved_to_uid, source "
        "FROM appointment"
    ).fetchone()
    assert row == ("Ancien", "attended", None, "", "", None, "manual")
    with pytest.raises(sqlcipher3.DatabaseError, match="invalid appointment status"):
        con.execute("UPDATE appointment SET status = 'late'")
    with pytest.raises(sqlcipher3.DatabaseError, match="invalid appointment status"):
        con.execute(
            "INSERT INTO appointment(uid, title, starts_at, status, created_at, updated_at) "
            "VALUES ('u2', 'x', 'x', 'nope', 'x', 'x')"
        )
    with pytest.raises(sqlcipher3.IntegrityError):
        con.execute("UPDATE appointment SET moved_to_uid = 'nowhere'")


def test_the_frozen_status_list_matches_the_domain() -> None:
    from app.domain import AppointmentStatus

    frozen = {s.strip(" '") for s in migrations._APPOINTMENT_STATUSES.split(",")}
    assert frozen == {s.value for s in AppointmentStatus}
