"""`./test --bench` = `python -m benchmarks.run` (tests/ on the path): every measure of handbook
§9, each beside a baseline from the same run, written to bench-results/results.md and .json.

    python -m benchmarks.run [--out DIR] [--repeats N] [--only GROUP,...] [--no-profile]

Groups: demo, startup, store, today, agenda, speech, stalls, memory, hostile (all by default).
A group that fails is written down under "Measures that could not run" and the exit code is 1;
the others still run. Everything happens in a throw-away home (HOME, XDG_*, REPERES_HOME),
offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import carnets as carnet_kit
from . import machine, report, startup, store
from .gui_child import RESULT_PREFIX
from .stats import Budget, Measure, Series

# The fast-N carnets are opened in this process too (store.open_without_kdf): explicit mode.
os.environ["REPERES_FAST_KDF"] = "1"

TESTS_DIR = Path(__file__).resolve().parent.parent
ROOT = TESTS_DIR.parent
GROUPS = ("demo", "startup", "store", "today", "agenda", "speech", "stalls", "memory", "hostile")
YEARS = (1, 5, 10)
STALL_BUDGET = Budget("≤ 50 ms", "max", high=50)
# Work a click does on the GUI thread (§9 names speaking, printing, unlocking; the same holds).
CLICK_BUDGET = Budget("≤ 50 ms (GUI stall)", "max", high=50)
SCREEN_BUDGET = Budget("≤ 150 ms (as Today)", "max", high=150)
TODAY_BUDGET = Budget("≤ 150 ms", "max", high=150)


# -- the place and the processes ----------------------------------------------------------------
def isolated_env(root: Path) -> dict[str, str]:
    """A throw-away home for the runner and every child; Qt offscreen; tests/ importable."""
    home = root / "home"
    dirs = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": root / "runtime",
        "REPERES_HOME": root / "reperes",
        "TMPDIR": root / "tmp",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    (root / "runtime").chmod(0o700)
    env = dict(os.environ)
    env.update({k: str(v) for k, v in dirs.items()})
    # The cheap demo carnets (fast-N) open only in this explicit mode (app/carnet/envelope.py);
    # real carnets open in it too, and `demo` children choose their KDF themselves (carnets.py).
    env["REPERES_FAST_KDF"] = "1"
    # An installed Repères starts from compiled .pyc files: let the children write and use them
    # (in the throw-away folder, not in the checkout) even where the shell says not to.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    env.pop("WAYLAND_DISPLAY", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(TESTS_DIR), env.get("PYTHONPATH", "")) if p)
    return env


class Runner:
    def __init__(self, out: Path, repeats: int, profile: bool, years: tuple[int, ...] = YEARS):
        self.out, self.repeats, self.profile, self.years = out, repeats, profile, years
        self.work = Path(tempfile.mkdtemp(prefix="reperes-bench-"))
        self.env = isolated_env(self.work)
        self.measures: list[Measure] = []
        self.problems: list[str] = []
        self.kit: carnet_kit.Carnets | None = None
        self.saved: dict[str, Any] = {}  # series one group hands to another

    def child(self, task: str, *args: object, profile_as: str = "") -> dict[str, Any]:
        env = dict(self.env)
        if profile_as:
            env["BENCH_PROFILE"] = str(self.profile_dir / f"{profile_as}.txt")
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.gui_child", task, *map(str, args)],
            env=env, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        for line in reversed(proc.stdout.splitlines()):
            if line.startswith(RESULT_PREFIX):
                return json.loads(line[len(RESULT_PREFIX) :])
        raise RuntimeError(f"{task} exited {proc.returncode}: {proc.stderr[-1500:]}")

    @property
    def profile_dir(self) -> Path:
        folder = self.out / "profiles"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def add(self, *measures: Measure) -> None:
        for m in measures:
            self.measures.append(m)
            base = f" (baseline {m.baseline.median:.1f})" if m.baseline else ""
            print(f"bench: {m.title}: {m.series.median:.1f} {m.unit}{base} {m.verdict}",
                  file=sys.stderr, flush=True)  # fmt: skip

    def group(self, name: str, fn: Callable[[], None]) -> None:
        start = time.monotonic()
        try:
            fn()
        except Exception as exc:
            traceback.print_exc()
            self.problems.append(f"{name}: {type(exc).__name__}: {str(exc)[:300]}")
        print(f"bench: group {name} took {time.monotonic() - start:.0f} s", file=sys.stderr)

    @property
    def big(self) -> str:
        return f"fast-{max(self.years)}"

    def carnets(self) -> carnet_kit.Carnets:
        if self.kit is None:
            self.kit = carnet_kit.make(self.work / "carnets", self.env, self.years,
                                       max(2, self.repeats // 2 + 1))  # fmt: skip
        return self.kit

    # -- groups ------------------------------------------------------------------------------------
    def g_demo(self) -> None:
        kit = self.carnets()
        small, big = min(self.years), max(self.years)
        self.add(store.generator(kit.generator_ms, f"fast-{small}", f"fast-{big}", big))
        self.add(store.disk(kit.folders, {f"fast-{n}": n for n in self.years}))

    def g_startup(self) -> None:
        kit = self.carnets()
        first, rss, bare_rss = startup.startup(self.env, self.repeats)
        first.extra.update(peak_rss_mib=rss.as_dict(), bare_peak_rss_mib=bare_rss.as_dict())
        self.add(first)
        runs = max(3, self.repeats - 2)
        unlocked, peaks = startup.startup_unlocked(
            self.env, kit.real(), kit.passfile, runs, first.baseline
        )
        unlocked.extra.update(peak_rss_mib=peaks.as_dict())
        self.add(unlocked)

    def g_store(self) -> None:
        kit = self.carnets()
        self.add(store.kdf(self.repeats))
        unlock = store.unlock(kit.real(), self.repeats)
        self.saved["unlock"] = unlock.series
        self.add(unlock)
        for n in self.years:
            self.add(store.opening(f"{n}", f"Open without KDF, {n}-year carnet",
                                   kit[f"fast-{n}"], self.repeats))  # fmt: skip
        self.add(store.searching(kit[self.big], max(1, self.repeats // 2),
                                 "Search across the 10-year carnet (8 queries, ≤ 1000 hits)",
                                 "search"))  # fmt: skip

    def g_today(self) -> None:
        kit = self.carnets()
        found: dict[str, dict[str, list[float]]] = {}
        for name in ("empty", *(f"fast-{n}" for n in self.years)):
            runs: dict[str, list[float]] = {"open": [], "today": [], "again": []}
            for _ in range(max(3, self.repeats - 2)):  # new processes: the first paint each
                r = self.child("today", kit[name], kit.passfile)
                runs["open"].append(r["open_ms"])
                runs["today"].append(r["today_ms"])
                runs["again"] += r["today_again_ms"]
            found[name] = runs
        empty = Series("empty carnet", tuple(found["empty"]["today"]))
        for n in self.years:
            runs = found[f"fast-{n}"]
            self.add(Measure(
                f"today-{n}", f"Today painted after unlock, {n}-year carnet (first time)", "ms",
                Series("Today", tuple(runs["today"])), empty, TODAY_BUDGET,
                extra={"open_cheap_kdf_ms": runs["open"], "today_again_ms": runs["again"]},
            ))  # fmt: skip
        again = found[self.big]["again"]
        self.add(Measure(
            "today-again", "Today painted again (warm), 10-year carnet", "ms",
            Series("Today again", tuple(again)),
            Series("empty carnet", tuple(found["empty"]["again"])), TODAY_BUDGET,
        ))  # fmt: skip

    def g_agenda(self) -> None:
        kit = self.carnets()
        big = self.child("agenda", kit[self.big], kit.passfile)
        small = self.child("agenda", kit[f"fast-{min(self.years)}"], kit.passfile)
        opened, opened_small = [big["open_ms"]], [small["open_ms"]]
        for _ in range(max(1, self.repeats // 2)):  # more first openings, new processes
            opened.append(self.child("agenda", kit[self.big], kit.passfile, 1)["open_ms"])
            opened_small.append(
                self.child("agenda", kit[f"fast-{min(self.years)}"], kit.passfile, 1)["open_ms"]
            )
        self.add(
            Measure("agenda-open", "Agenda opened (12 weeks shown), 10-year carnet", "ms",
                    Series("agenda", tuple(opened)), Series("1-year carnet",
                    tuple(opened_small)), SCREEN_BUDGET),
            Measure("agenda-earlier", "Agenda: 12 earlier weeks, each step back to 10 years "
                    "ago", "ms", Series("Show earlier days", tuple(big["earlier_ms"])),
                    Series("same, 1-year carnet", tuple(small["earlier_ms"]) or (0.0,)),
                    CLICK_BUDGET, extra={"rows_at_the_end": big["rows"],
                                         "steps": len(big["earlier_ms"])}),
            Measure("agenda-scroll", f"Agenda: scroll one page, {big['rows']} rows loaded",
                    "ms", Series("page down + repaint", tuple(big["scroll_ms"])),
                    Series("plain QListView, same sentences", tuple(big["plain_scroll_ms"])),
                    CLICK_BUDGET),
            Measure("agenda-search", "Search shown in the agenda (typed words → list painted)",
                    "ms", Series("run_search", tuple(big["search_ms"])),
                    Series("same, 1-year carnet", tuple(small["search_ms"])), CLICK_BUDGET),
        )  # fmt: skip

    def g_speech(self) -> None:
        kit = self.carnets()
        cold, warm, delays = [], [], []
        stamps = self.work / "speech-stamps"
        for _ in range(max(2, self.repeats // 2 + 1)):
            r = self.child("speech", kit[self.big], kit.passfile, stamps, 4)
            if r["problems"] or not r["latency_ms"]:
                raise RuntimeError(f"no speech: {r['problems']}")
            cold.append(r["latency_ms"][0])
            warm += r["latency_ms"][1:]
            delays += [d for d in r["driver_delay_ms"][1:] if d is not None]
            first = r["first_sentence"]
        base = Series("espeak-ng command, first byte", tuple(
            espeak_first_byte(first) for _ in range(self.repeats)))  # fmt: skip
        self.add(
            Measure("speech", "“Lire” on Today → first audio sample at the sink", "ms",
                    Series("warm", tuple(warm)), base, Budget("≤ 300 ms", "max", high=300),
                    extra={"driver_start_delay_ms": delays}),
            Measure("speech-cold", "First “Lire” after start (engine loaded then)", "ms",
                    Series("cold", tuple(cold)), base, Budget("≤ 300 ms", "max", high=300)),
        )  # fmt: skip

    def g_stalls(self) -> None:
        kit = self.carnets()
        n = max(3, self.repeats - 2)
        idle = Series("idle event loop", tuple(self.child("stall_idle", n)["longest_ms"]))
        busy = self.child("stall_busy", n)["longest_ms"]
        r = self.child("stall_unlock", kit.real(), kit.passfile, n)
        self.add(Measure(
            "stall-unlock", "GUI stall while unlocking (real KDF, until Today is shown)", "ms",
            Series("longest gap", tuple(r["longest_ms"])),
            Series("Argon2id in a worker, GUI thread idle", tuple(busy)), STALL_BUDGET,
            extra={"idle_longest_ms": list(idle.runs)}))  # fmt: skip
        unlock = self.saved.get("unlock")
        self.add(Measure(
            "unlock-app", "Unlock in the app: Open → Today shown, 10-year carnet", "ms",
            Series("Open → Today", tuple(r["unlock_to_today_ms"])), unlock,
            store.UNLOCK_BUDGET))  # fmt: skip
        stamps = self.work / "stall-stamps"
        r = self.child("stall_speech", kit[self.big], kit.passfile, stamps, n)
        self.add(Measure(
            "stall-speech", f"GUI stall while reading {r['characters']} characters aloud (5 s, "
            "word highlighted)", "ms", Series("longest gap", tuple(r["longest_ms"])), idle,
            STALL_BUDGET, extra={"words_highlighted": r["words_highlighted"]}))  # fmt: skip
        r = self.child("stall_pdf", kit[self.big], kit.passfile, n)
        self.add(
            Measure("stall-pdf-sheet", "GUI stall: recovery sheet printed to a PDF printer",
                    "ms", Series("longest gap", tuple(r["sheet_longest_ms"])), idle,
                    STALL_BUDGET, extra={"work_ms": r["sheet_ms"]}),
            Measure("stall-pdf-choose", "GUI stall: journal extract, 12 months, chosen in the "
                    f"paper dialog (built, {r['journal_pages']} pages counted)", "ms",
                    Series("longest gap", tuple(r["choose_longest_ms"])), idle, STALL_BUDGET,
                    extra={"work_ms": r["choose_ms"]}),
            Measure("stall-pdf-save", "GUI stall: that extract saved as PDF", "ms",
                    Series("longest gap", tuple(r["save_longest_ms"])), idle, STALL_BUDGET,
                    extra={"work_ms": r["save_ms"]}),
        )  # fmt: skip
        docs = self.work / "carnets" / "docs-10"
        if not docs.exists():
            shutil.copytree(kit[self.big], docs)
        files = carnet_kit.scanned_pdfs(self.work / "scans", n)
        r = self.child("stall_import", docs, kit.passfile, *files)
        for f in files:
            f.unlink()
        self.add(Measure(
            "stall-import", f"GUI stall while importing a {carnet_kit.DOC_MB} MB PDF (Documents)",
            "ms", Series("longest gap", tuple(r["longest_ms"])), idle, STALL_BUDGET,
            extra={"import_ms": r["import_ms"]}))  # fmt: skip
        self.add(store.opening("docs", f"Open without KDF, 10-year carnet + {n} × "
                               f"{carnet_kit.DOC_MB} MB scans", docs, self.repeats))  # fmt: skip

    def g_memory(self) -> None:
        kit = self.carnets()
        runs = [self.child("memory", kit.real(), kit.passfile)
                for _ in range(max(2, self.repeats // 2))]  # fmt: skip
        bare = [self.child("bare_memory") for _ in range(2)]
        self.add(
            Measure("memory", "Memory (RSS), 10-year carnet open, after visiting every screen",
                    "MiB", Series("RSS", tuple(r["rss_after_tour_mib"] for r in runs)),
                    Series("bare PySide6 window", tuple(b["rss_mib"] for b in bare)),
                    Budget("≤ 200 MiB", "max", high=200),
                    extra={"rss_at_today_mib": [r["rss_today_mib"] for r in runs]}),
            Measure("memory-peak", "Peak memory (VmHWM) of that process (Argon2id included)",
                    "MiB", Series("peak", tuple(r["peak_mib"] for r in runs)),
                    Series("bare PySide6 window", tuple(b["peak_mib"] for b in bare)),
                    Budget("- (Argon2id alone takes 256 MiB for ~0.5 s)")),
        )  # fmt: skip

    def g_hostile(self) -> None:
        """Any single input (message, calendar, photo, PDF), process and children: ≤ 30 s and
        ≤ 600 MB, then a sentence (tests/hostile, measured by benchmarks/hostile.py)."""
        from . import hostile

        rows = hostile.measure_all()
        for kind in dict.fromkeys(str(r["kind"]) for r in rows):
            mine = [r for r in rows if r["kind"] == kind]
            worst = f"worst of {len(mine)} inputs"
            said = all(r["said"] for r in mine)
            note = "" if said else "an input did not end with its exit code and sentence"
            self.add(
                Measure(f"hostile-{kind}-time", f"Hostile {kind}s: time to the sentence", "s",
                        Series(worst, (max(float(r["seconds"]) for r in mine),)),
                        budget=Budget("≤ 30 s", "max", high=30), note=note,
                        extra={"inputs": mine}),
                Measure(f"hostile-{kind}-memory",
                        f"Hostile {kind}s: peak memory, process and children", "MiB",
                        Series(worst, (max(float(r["peak_mib"]) for r in mine),)),
                        budget=Budget("≤ 600 MB", "max", high=600 * 1e6 / 2**20), note=note),
            )  # fmt: skip
        fuzz = hostile.fuzz_parser()
        self.add(Measure("hostile-parser-fuzz", "Message parser fuzzed (Hypothesis): slowest "
                         "message", "s", Series(f"{fuzz['examples']} messages",
                                                (float(fuzz["slowest_s"]),)),
                         budget=Budget("≤ 30 s", "max", high=30), extra=fuzz))  # fmt: skip

    # -- profiles ----------------------------------------------------------------------------------
    def profiles(self) -> None:
        """pyinstrument on the slowest things, one run each (not measured: profiling slows)."""
        kit = self.carnets()
        out = self.profile_dir
        for task, args in (("today", (kit[self.big], kit.passfile)),
                           ("agenda", (kit[self.big], kit.passfile, 12)),
                           ("stall_unlock", (kit.real(), kit.passfile, 1)),
                           ("stall_pdf", (kit[self.big], kit.passfile, 1))):  # fmt: skip
            self.child(task, *args, profile_as=task)
        subprocess.run(
            [sys.executable, "-m", "pyinstrument", "-r", "text", "-o", str(out / "startup.txt"),
             "-m", "ui.launcher", "--smoke"],
            env=self.env, capture_output=True, timeout=300, check=True,
        )  # fmt: skip
        from pyinstrument import Profiler

        key, envelope = store.data_key(kit.real())
        profiler = Profiler(interval=0.0005)
        with profiler:
            store.open_without_kdf(kit.real(), key, envelope)
        (out / "open.txt").write_text(profiler.output_text(unicode=True), "utf-8")

    def close(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


def espeak_first_byte(text: str) -> float:
    """The espeak-ng command itself: start to its first byte of audio on a pipe (ms)."""
    start = time.perf_counter()
    proc = subprocess.Popen(["espeak-ng", "-v", "fr", "--stdout", text],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # fmt: skip
    assert proc.stdout is not None
    proc.stdout.read(1)
    took = (time.perf_counter() - start) * 1000
    proc.stdout.read()
    proc.wait()
    return took


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    about = " ".join((__doc__ or "").split("\n\n")[0].split())
    parser = argparse.ArgumentParser(prog="./test --bench", description=about)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results", help="results folder")
    parser.add_argument("--repeats", type=int, default=5, help="runs of each measure (>= 2)")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"of {', '.join(GROUPS)}")
    parser.add_argument("--no-profile", action="store_true", help="skip the pyinstrument pass")
    parser.add_argument("--years", default="1,5,10", help="demo carnets (the largest is used)")
    args = parser.parse_args(argv)
    args.years = tuple(sorted({int(y) for y in args.years.split(",")}))
    args.only = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = sorted(set(args.only) - set(GROUPS))
    if unknown or args.repeats < 2:
        parser.error(f"unknown groups {unknown}" if unknown else "--repeats must be >= 2")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    runner = Runner(args.out, args.repeats, not args.no_profile, args.years)
    started = time.monotonic()
    info = machine.describe(ROOT)
    try:
        for name in GROUPS:
            if name in args.only:
                runner.group(name, getattr(runner, f"g_{name}"))
        if runner.profile:
            runner.group("profiles", runner.profiles)
    finally:
        runner.close()
    info["seconds"] = round(time.monotonic() - started)
    info["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    md, js = report.write(args.out, runner.measures, info, runner.problems)
    print(md.read_text("utf-8"))
    print(f"bench: wrote {md} and {js} in {info['seconds']} s", file=sys.stderr)
    return 1 if runner.problems else 0


if __name__ == "__main__":
    sys.exit(main())
