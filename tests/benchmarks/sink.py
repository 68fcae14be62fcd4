"""An audio "player" for the real espeak-ng driver that plays nothing but writes down when its
first sample arrived (wall clock, nanoseconds), then swallows the rest at once. It starts as fast
as a real player (a shell, `head`, `date`, `cat`), so the time from "Lire" to its first sample is
the time Repères takes; a real player adds its own device latency (100 ms buffers here)."""

from __future__ import annotations

import time
from pathlib import Path

from app.speech.audio_output import PlayerCommand

_SCRIPT = 'n=$(head -c 2 | wc -c); [ "$n" -gt 0 ] && date +%s.%N >> "$1"; exec cat > /dev/null'


def sink_player(stamp_file: Path) -> PlayerCommand:
    # The probe runs the player on empty input: nothing is written down then.
    return PlayerCommand("bench-sink", ("sh", "-c", _SCRIPT, "sink", str(stamp_file)), 0.1)


def stamps(stamp_file: Path) -> list[float]:
    try:
        return [float(x) for x in stamp_file.read_text().split()]
    except (OSError, ValueError):
        return []


def wall() -> float:
    return time.time()
