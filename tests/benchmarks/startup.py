"""Start to first screen: `reperes --smoke` (offscreen) against a bare PySide6 window, each a new
process, run alternately; and a start that unlocks the 10-year carnet up to Today."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from .carnets import reperes_argv
from .stats import Budget, Measure, Series, median

BARE = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]


CPU_MS: dict[str, list[float]] = {}  # CPU time (user + sys) of each run, by command


# A small parent between the benchmark and the measured program. Linux counts in a process's
# peak memory (ru_maxrss) the pages it had before exec: a child forked from this ~90 MiB
# benchmark reported ~90 MiB for the bare window and for Repères alike. The launcher is tiny
# when it forks, so the peak it reads with wait4 is the program's own.
_LAUNCHER = (
    "import os,sys\n"
    "pid=os.fork()\n"
    "if pid==0:\n"
    "    os.execv(sys.argv[1],sys.argv[1:])\n"
    "_,status,ru=os.wait4(pid,0)\n"
    "sys.stderr.write(f'\\nlauncher: {ru.ru_maxrss} {ru.ru_utime+ru.ru_stime}\\n')\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def run_process(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall ms, peak RSS MiB) of one process run to its end; its CPU time goes to CPU_MS (it
    moves less than wall time when the shared machine is busy)."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-I", "-S", "-c", _LAUNCHER, *argv],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
    )  # fmt: skip
    took = (time.perf_counter() - start) * 1000
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[1:]} exited {proc.returncode}: {err[-500:]}")
    peak_kib, cpu_s = err.rstrip().rsplit("\n", 1)[-1].removeprefix("launcher: ").split()
    CPU_MS.setdefault(" ".join(argv[1:]), []).append(float(cpu_s) * 1000)
    return took, int(peak_kib) / 1024


def startup(env: dict[str, str], repeats: int) -> tuple[Measure, Series, Series]:
    mine, base, mine_rss, base_rss = [], [], [], []
    run_process(reperes_argv("--smoke"), env)  # a first run fills the disk cache for both
    for _ in range(repeats):
        t, rss = run_process(BARE, env)
        base.append(t)
        base_rss.append(rss)
        t, rss = run_process(reperes_argv("--smoke"), env)
        mine.append(t)
        mine_rss.append(rss)
    cpu_mine = CPU_MS[" ".join(reperes_argv("--smoke")[1:])][1:]
    cpu_base = CPU_MS[" ".join(BARE[1:])]
    measure = Measure(
        "startup", "Start to first screen (`reperes --smoke`, offscreen)", "ms",
        Series("reperes --smoke", tuple(mine)), Series("bare PySide6 window", tuple(base)),
        Budget("≤ 2.5 × bare window", "ratio", high=2.5),
        note=f"CPU time (user + sys): median {median(cpu_mine):.0f} ms vs "
        f"{median(cpu_base):.0f} ms for the bare window",
        extra={"cpu_ms": cpu_mine, "bare_cpu_ms": cpu_base},
    )  # fmt: skip
    return measure, Series("reperes --smoke", tuple(mine_rss)), Series("bare", tuple(base_rss))


def startup_unlocked(env: dict[str, str], carnet: Path, passfile: Path, repeats: int,
                     bare: Series) -> tuple[Measure, Series]:  # fmt: skip
    argv = reperes_argv("--smoke", "--carnet", str(carnet), "--passphrase-file", str(passfile))
    runs, rss = [], []
    for _ in range(repeats):
        t, peak = run_process(argv, env)
        runs.append(t)
        rss.append(peak)
    measure = Measure(
        "startup-unlock", "Start + unlock + Today, 10-year carnet (`--smoke --passphrase-file`)",
        "ms", Series("reperes --smoke, unlocking", tuple(runs)), bare,
        Budget("(sum of the above: ≤ 2.5 × bare + 1.5 s + 150 ms)"),
    )  # fmt: skip
    return measure, Series("peak RSS of that start", tuple(rss))
