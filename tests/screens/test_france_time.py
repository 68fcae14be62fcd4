"""One time zone for every time shown: France's, even when the machine's clock is set to UTC
(the end of a help session was shown as 10 h 52 on one screen and 11 h 52 on another)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.domain import HOME_ZONE


def test_a_time_is_shown_in_frances_time_whatever_its_zone(qapp):
    from ui.formatting import time_text

    winter_utc = datetime(2026, 12, 7, 9, 52, tzinfo=UTC)
    assert time_text(winter_utc) == "10:52"
    assert time_text(winter_utc.astimezone(HOME_ZONE)) == "10:52"
    summer = datetime(2026, 7, 1, 7, 0, tzinfo=timezone(timedelta(hours=-4)))  # a PC abroad
    assert time_text(summer) == "13:00"
    assert time_text(datetime(2026, 12, 7, 14, 30)) == "14:30"  # a wall time stays as it is
