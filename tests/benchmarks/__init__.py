"""The benchmark (handbook §9): `./test --bench` runs `python -m benchmarks.run`.

Not tests: no module here is named test_*.py except the harness's own test, so the normal pytest
run never collects a measure. Every number is the median of several runs with min and max,
beside a baseline measured in the same run (the machine is shared and noisy; a ratio to a
baseline moves less than a raw time).

    run.py           the command: makes the demo carnets, runs every measure, writes the report
    stats.py         Measure (runs, median, min, max), Baseline, Budget and its verdict
    report.py        bench-results/results.md and results.json
    machine.py       cores, memory, processor, load, date, the Repères version
    carnets.py       demo carnets of 1, 5 and 10 years (and the generator's own time)
    startup.py       start to first screen vs a bare PySide6 window; peak memory of a start
    store.py         KDF, unlock, open, Today's data, search: no Qt, in the runner's process
    gui_child.py     Qt measures, each in a fresh process: Today, agenda, stalls, speech, memory
    stall.py         the 10 ms timer that records the GUI thread's longest gap
    sink.py          an audio "player" that writes down when its first sample arrived
    profiles.py      pyinstrument profiles of the slowest measures
"""
