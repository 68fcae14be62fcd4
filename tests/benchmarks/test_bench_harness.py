"""The benchmark's own harness works (so it cannot rot unseen): its statistics, its verdicts, the
shape of results.md and results.json, one cheap group run end to end with 2 repeats, and one Qt
task in its child process. Nothing here depends on how long anything takes."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from benchmarks import report, run
from benchmarks.stats import Budget, Measure, Series, interleaved_ms, median


def test_median_min_max():
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5
    s = Series("x", (5.0, 1.0, 9.0, 3.0))
    assert (s.median, s.min, s.max) == (4.0, 1.0, 9.0)
    with pytest.raises(ValueError):
        median([])


def test_ratio_and_verdicts():
    base = Series("base", (10.0, 10.0))
    m = Measure("a", "A", "ms", Series("a", (30.0, 20.0, 40.0)), base, Budget("≤ 2.5 ×", "ratio",
                high=2.5))  # fmt: skip
    assert m.ratio == 3.0
    assert m.verdict == "over"
    assert Budget("≤ 50", "max", high=50).verdict(50.0, None) == "ok"
    assert Budget("≤ 50", "max", high=50).verdict(50.1, None) == "over"
    window = Budget("0.5–1.5 s", "range", high=1500, low=500)
    assert [window.verdict(v, None) for v in (400, 900, 1600)] == ["under", "ok", "over"]
    assert Budget("-").verdict(1e9, 1e9) == "-"
    assert Measure("b", "B", "ms", Series("b", (1.0,))).ratio is None


def test_interleaved_runs_alternate_with_the_baseline():
    calls: list[str] = []
    mine, base = interleaved_ms(lambda: calls.append("m"), lambda: calls.append("b"), 3)
    assert calls == ["b", "m"] * 3
    assert len(mine) == len(base) == 3
    assert all(x >= 0 for x in mine + base)


def test_report_has_one_row_per_measure_and_every_run(tmp_path):
    measures = [
        Measure("a", "Alpha", "ms", Series("a", (1.0, 3.0, 2.0)), Series("b", (1.0, 1.0)),
                Budget("≤ 50 ms", "max", high=50)),
        Measure("m", "Memory", "MiB", Series("rss", (150.0,)), note="a note"),
    ]  # fmt: skip
    machine = {"date": "2026-01-01T00:00:00+00:00", "reperes_version": "0", "commit": "abc",
               "cores": 2, "memory_mib": 4096, "cpu": "cpu", "python": "3.11",
               "pyside6": "6", "load_average_at_start": [0.0, 0.0, 0.0]}  # fmt: skip
    md, js = report.write(tmp_path, measures, machine)
    lines = md.read_text("utf-8").splitlines()
    rows = [line for line in lines if line.startswith("| ")]
    assert len(rows) == 1 + len(measures)  # the header, then one per measure
    assert rows[1].split(" | ")[1:3] == ["2.0 ms", "1.0 ms – 3.0 ms"]
    assert rows[1].rstrip(" |").endswith("ok")
    assert "- Memory: a note" in lines
    data = json.loads(js.read_text("utf-8"))
    assert data["machine"]["cores"] == 2
    first = data["measures"][0]
    assert first["runs"] == [1.0, 3.0, 2.0]
    assert first["median"] == 2.0 and first["baseline"]["median"] == 1.0
    assert first["ratio"] == 2.0 and first["verdict"] == "ok"


def test_one_group_runs_end_to_end(tmp_path):
    """The demo group with 2 repeats on a 1-year carnet: real command, real files."""
    code = run.main(["--only", "demo", "--repeats", "2", "--years", "1", "--no-profile",
                     "--out", str(tmp_path)])  # fmt: skip
    assert code == 0
    data = json.loads((tmp_path / "results.json").read_text("utf-8"))
    assert data["problems"] == []
    assert data["machine"]["cores"] and data["machine"]["reperes_version"]
    found = {m["id"]: m for m in data["measures"]}
    assert set(found) == {"demo", "disk"}
    assert len(found["demo"]["runs"]) == 2
    assert len(found["demo"]["baseline"]["runs"]) == 2
    assert all(math.isfinite(x) and x > 0 for x in found["demo"]["runs"])
    assert found["disk"]["median"] > found["disk"]["baseline"]["median"]  # a year weighs more
    table = (tmp_path / "results.md").read_text("utf-8")
    assert table.count("\n| ") == 3  # header + 2 measures


def test_a_qt_task_runs_in_its_child_process(tmp_path):
    """Today on an empty carnet: the real window built and driven as the benchmark does."""
    from benchmarks import carnets

    runner = run.Runner(tmp_path / "out", 2, profile=False)
    try:
        folder = Path(runner.work) / "empty"
        carnets.empty_carnet(folder)
        passfile = Path(runner.work) / "pass.txt"
        passfile.write_text(carnets.PASSPHRASE + "\n", "utf-8")
        result = runner.child("today", folder, passfile)
    finally:
        runner.close()
    assert set(result) == {"open_ms", "today_ms", "today_again_ms"}
    assert len(result["today_again_ms"]) == 3
