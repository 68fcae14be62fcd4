"""Numbers of a measure: several runs, their median, min and max, a baseline from the same run,
and the budget of handbook §9 with its verdict."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


def median(values: list[float]) -> float:
    if not values:
        raise ValueError("no runs")
    return float(statistics.median(values))


@dataclass(frozen=True)
class Series:
    """The runs of one thing, in its unit."""

    what: str
    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return median(list(self.runs))

    @property
    def min(self) -> float:
        return float(min(self.runs))

    @property
    def max(self) -> float:
        return float(max(self.runs))

    def as_dict(self) -> dict[str, Any]:
        return {"what": self.what, "runs": list(self.runs), "median": self.median,
                "min": self.min, "max": self.max}  # fmt: skip


@dataclass(frozen=True)
class Budget:
    """`kind`: "max" (median <= high), "range" (low <= median <= high), "ratio" (median /
    baseline median <= high), or "none" (reported only)."""

    text: str
    kind: str = "none"
    high: float | None = None
    low: float | None = None

    def verdict(self, value: float, ratio: float | None) -> str:
        if self.kind == "none" or self.high is None:
            return "-"
        if self.kind == "ratio":
            if ratio is None:
                return "-"
            return "ok" if ratio <= self.high else "over"
        if self.kind == "range" and self.low is not None and value < self.low:
            return "under"  # e.g. a KDF cheaper than the floor: weaker than promised
        return "ok" if value <= self.high else "over"


NO_BUDGET = Budget("-")


@dataclass(frozen=True)
class Measure:
    id: str
    title: str
    unit: str
    series: Series
    baseline: Series | None = None
    budget: Budget = NO_BUDGET
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline.median == 0:
            return None
        return self.series.median / self.baseline.median

    @property
    def verdict(self) -> str:
        return self.budget.verdict(self.series.median, self.ratio)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "unit": self.unit,
            **self.series.as_dict(),
            "baseline": self.baseline.as_dict() if self.baseline else None,
            "ratio": self.ratio,
            "budget": asdict(self.budget),
            "verdict": self.verdict,
            "note": self.note,
            "extra": self.extra,
        }


def timed_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def repeat_ms(fn: Callable[[], object], repeats: int) -> tuple[float, ...]:
    return tuple(timed_ms(fn) for _ in range(repeats))


def interleaved_ms(
    fn: Callable[[], object], base: Callable[[], object], repeats: int
) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Runs of `fn` and of its baseline, alternated, so a burst of load on the shared machine
    falls on both rather than on one."""
    mine, theirs = [], []
    for _ in range(repeats):
        theirs.append(timed_ms(base))
        mine.append(timed_ms(fn))
    return tuple(mine), tuple(theirs)
