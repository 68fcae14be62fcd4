"""The invented person of the training carnet: deterministic, realistic proportions."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from app import demo
from app.domain import AppointmentStatus, validate_appointment
from app.domain.localtime import instant

TODAY = date(2026, 11, 29)


def test_the_same_seed_and_day_give_the_same_story() -> None:
    assert demo.build(3, today=TODAY) == demo.build(3, today=TODAY)
    assert demo.build(3, today=TODAY) != demo.build(3, today=TODAY, seed=7)


def test_two_demo_carnets_never_share_a_uid() -> None:
    one = {a.uid for a in demo.build(1, today=TODAY)}
    ten = {a.uid for a in demo.build(10, today=TODAY)}
    assert not one & ten


def test_proportions_over_ten_years() -> None:
    appts = demo.build(10, today=TODAY)
    months = 10 * 12 + 1.4
    # About 14 a month since the demo grew regular series (workshops, courses, follow-ups) to
    # give a 10-year carnet its thousands of records; it was 2-4 before.
    assert 10.0 <= len(appts) / months <= 18.0
    past = [a for a in appts if a.starts_at.date() < TODAY - timedelta(days=2)]
    share = Counter(a.status for a in past)
    assert 0.75 <= share[AppointmentStatus.ATTENDED] / len(past) <= 0.92
    for status in AppointmentStatus:
        if status is not AppointmentStatus.PLANNED:
            assert share[status] >= 1, status  # every kind of outcome appears
    assert share[AppointmentStatus.PLANNED] == 0
    assert len({a.uid for a in appts}) == len(appts)
    kinds = Counter(a.organisation_id for a in appts)
    assert len(kinds) >= 10  # France Travail, Mission locale, CAF, RSA, health, employers…


def test_every_appointment_is_valid_on_a_working_day() -> None:
    for years in (1, 5):
        for a in demo.build(years, today=TODAY, seed=years):
            assert not validate_appointment(a)
            day = a.starts_at.date()
            assert day.weekday() < 5 and day not in demo.public_holidays(day.year)
            if a.ends_at is not None:
                assert instant(a.ends_at) > instant(a.starts_at)


def test_a_next_appointment_is_always_planned() -> None:
    for seed in range(5):
        future = [a for a in demo.build(2, today=TODAY, seed=seed) if a.starts_at.date() > TODAY]
        assert future and all(a.status is AppointmentStatus.PLANNED for a in future)
        assert min(a.starts_at.date() for a in future) <= TODAY + timedelta(days=14)


def test_moved_appointments_point_to_their_replacement() -> None:
    appts = demo.build(10, today=TODAY)
    uids = {a.uid for a in appts}
    moved = [a for a in appts if a.status is AppointmentStatus.MOVED]
    assert moved and all(a.moved_to_uid in uids for a in moved)


def test_easter_and_public_holidays() -> None:
    assert demo._easter(2026) == date(2026, 4, 5)
    assert demo._easter(2024) == date(2024, 3, 31)
    assert date(2026, 5, 14) in demo.public_holidays(2026)  # Ascension


def test_a_short_demo_fills_every_record_type(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Even one year holds a row in every table (training screens show every kind of record),
    and the whole life passes the checks a real carnet passes."""
    from app import records
    from app.carnet import FAST_KDF, Carnet

    carnet, _ = Carnet.create(tmp_path / "c", "girafe citron 83 boussole du canal", kdf=FAST_KDF)
    with carnet:
        summary = demo.populate(carnet, 1, today=TODAY)
        counts = records.table_counts(carnet)
        # Logs of openings and of wrong passphrases, helper sessions and drafts kept at a lock
        # are written by use, not by the story.
        logs = {"unlock_log", "failed_attempts", "helper_session", "helper_action", "draft"}
        assert all(n > 0 for table, n in counts.items() if table not in logs), counts
        assert summary.activities == counts["activity"] and summary.documents == counts["document"]
        assert records.verify_journal(carnet).ok and carnet.integrity_problems() == []
        assert records.situation_on(carnet, TODAY).registered_ft

