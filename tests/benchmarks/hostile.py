"""The hostile inputs of tests/hostile (handbook §9: any single input, process and children, at
most 30 s and 600 MB, then a sentence): each read by the real command line, its wall time and
the peak of the memory (RSS) of the whole process tree summed, sampled every 20 ms. And the
message parser fuzzed with Hypothesis for time: long runs of spaces, tabs, line breaks and
digits around the words the patterns look for; the slowest message.

    python -m benchmarks.hostile [ROOT]   # the table for another checkout (before / after)"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import psutil
from hostile.inputs import HOSTILE, Hostile
from hostile.test_hostile import hostile_command
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

SAMPLE = 0.02  # seconds between two looks at the process tree
WALL_MAX = 120.0  # an input still running then is stopped (a named pipe read by old code)


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for p in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # a child that just ended
            total += p.memory_info().rss
    return total


def measure(item: Hostile, root: Path | None = None) -> dict[str, object]:
    """One input read: wall seconds, peak MiB of the whole process tree, exit code, and
    whether it ended with its exit code and sentence."""
    with tempfile.TemporaryDirectory() as folder:
        command, env, cwd = hostile_command(item, Path(folder), root)
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=err)  # fmt: skip
            watched, peak = psutil.Process(proc.pid), 0
            while proc.poll() is None:
                peak = max(peak, tree_rss(watched))
                if time.perf_counter() - start > WALL_MAX:
                    proc.kill()
                time.sleep(SAMPLE)
            seconds = time.perf_counter() - start
            out.seek(0)
            err.seek(0)
            said = (out.read() + err.read()).decode("utf-8", "replace")
    ok = item.says in said and proc.returncode == item.exit_code
    return {"kind": item.kind, "name": item.name, "seconds": round(seconds, 2),
            "peak_mib": round(peak / 2**20, 1), "exit": proc.returncode, "said": ok}  # fmt: skip


def measure_all(root: Path | None = None) -> list[dict[str, object]]:
    os.environ["REPERES_FAST_KDF"] = "1"  # the import-ics inputs go into a throw-away carnet
    return [measure(item, root) for item in HOSTILE]


# -- the parser fuzzed for time -------------------------------------------------------------------
WORDS = ["12", "75011", "2026", "le", "du", "au", "a", "1er", "premier", "bis", "rue", "lundi",
         "decembre", "15/12/2026", "14h30", "objet :", "prevoir", "apporter", "munir de", ",",
         ":", ".", "-", "rendez-vous", "lieu :", "www.visio.fr", "par telephone"]  # fmt: skip
RUNS = st.sampled_from([" ", "\t", "\n", " \n", "0", "\u00a0"]).flatmap(
    lambda ch: st.integers(1_000, 20_000).map(lambda n: ch * n)
)
MESSAGES = st.lists(st.sampled_from(WORDS) | RUNS, min_size=1, max_size=12).map("".join)


def fuzz_parser(examples: int = 60) -> dict[str, object]:
    from app.parsing import parse_message

    worst: list[tuple[float, int]] = []

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate])
    @given(MESSAGES)
    def probe(text: str) -> None:
        start = time.perf_counter()
        parse_message(text, date(2026, 12, 1))
        worst.append((time.perf_counter() - start, len(text)))

    probe()
    slowest = max(worst)
    longest = max(worst, key=lambda w: w[1])
    return {"examples": len(worst), "slowest_s": round(slowest[0], 3),
            "slowest_chars": slowest[1], "longest_chars": longest[1],
            "longest_s": round(longest[0], 3)}  # fmt: skip


def table(rows: list[dict[str, object]]) -> str:
    lines = ["| kind | input | s | peak MiB | exit | sentence |", "|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['kind']} | {r['name']} | {r['seconds']} | {r['peak_mib']} | "
                     f"{r['exit']} | {'yes' if r['said'] else 'NO'} |")  # fmt: skip
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(measure_all(Path(sys.argv[1]) if len(sys.argv) > 1 else None)))
