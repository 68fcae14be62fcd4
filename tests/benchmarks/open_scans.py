"""Start + unlock + Today with and without ~200 MB of scans (issue 17, part 2), by hand:

    .venv/bin/python -m tests.benchmarks.open_scans WORKDIR [--mb 200] [--runs 5] [--code DIR]

Two copies of one 10-year demo carnet (cheap KDF, REPERES_FAST_KDF=1): "plain", and "scans"
with photo-like JPEG scans (noise images encoded by Qt, about 2.5 MB each) added through the
documents operation. Each run is `reperes --smoke --carnet C --passphrase-file F` (start, unlock,
Today painted, exit), the two carnets alternated; the median wall time of each is printed with
the load average. --code runs another checkout of Repères (e.g. an older main) on the same
carnets."""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

PASSPHRASE = "cheval orange parapluie lointain 42"


def _scan(index: int, width: int = 1400, height: int = 1900) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    pixels = os.urandom(width * height * 3)
    image = QImage(pixels, width, height, width * 3, QImage.Format.Format_RGB888)
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(out.data()) + index.to_bytes(4, "big")  # distinct bytes, stored once each


def build(work: Path, megabytes: int) -> tuple[Path, Path, Path]:
    env = dict(os.environ, REPERES_FAST_KDF="1")
    passfile = work / "pass.txt"
    plain, scans = work / "plain", work / "scans"
    if not plain.exists():
        work.mkdir(parents=True, exist_ok=True)
        passfile.write_text(PASSPHRASE + "\n", "utf-8")
        subprocess.run(
            [sys.executable, "-m", "ui.launcher", "demo", str(plain), "--years", "10",
             "--passphrase-file", str(passfile)],
            env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    if not scans.exists():
        # The scans go in by `reperes add-documents`, as an association would bring a box in.
        files = work / "scan-files"
        files.mkdir(exist_ok=True)
        total, i = 0, 0
        while total < megabytes * 1_000_000:
            path = files / f"scan-{i:03d}.jpg"
            if not path.exists():
                path.write_bytes(_scan(i))
            total += path.stat().st_size
            i += 1
        shutil.copytree(plain, scans)
        subprocess.run(
            [sys.executable, "-m", "ui.launcher", "add-documents", str(scans),
             *sorted(str(p) for p in files.iterdir())[:i], "--passphrase-file", str(passfile)],
            env=env, check=True, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        print(f"scans: {i} documents, {total / 1e6:.0f} MB", file=sys.stderr)
    return plain, scans, passfile


def _once(code: Path, carnet: Path, passfile: Path) -> tuple[float, float]:
    """(wall ms, CPU ms of the child): the CPU time moves less with the others' load."""
    env = dict(os.environ, REPERES_FAST_KDF="1", QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(code)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--smoke", "--carnet", str(carnet),
         "--passphrase-file", str(passfile)],
        env=env, cwd=code, capture_output=True, text=True,
    )  # fmt: skip
    ms = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    if done.returncode != 0 or "smoke: today" not in done.stdout:
        raise SystemExit(f"{carnet.name}: {done.returncode} {done.stdout} {done.stderr[-500:]}")
    return ms, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("work", type=Path)
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parents[2])
    args = parser.parse_args()
    plain, scans, passfile = build(args.work, args.mb)
    sizes = {c.name: sum(p.stat().st_size for p in c.iterdir()) / 1e6 for c in (plain, scans)}
    times: dict[str, list[float]] = {"plain": [], "scans": []}
    cpus: dict[str, list[float]] = {"plain": [], "scans": []}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        for carnet in (plain, scans):
            wall, cpu = _once(args.code, carnet, passfile)
            times[carnet.name].append(wall)
            cpus[carnet.name].append(cpu)
        loads.append(os.getloadavg()[0])
    med = {name: statistics.median(values) for name, values in times.items()}
    cpu_med = {name: statistics.median(values) for name, values in cpus.items()}
    for name, values in times.items():
        print(f"{name} ({sizes[name]:.0f} MB): median {med[name]:.0f} ms wall, "
              f"{cpu_med[name]:.0f} ms CPU; runs {[round(v) for v in values]}")  # fmt: skip
    print(f"ratio scans/plain: wall {med['scans'] / med['plain']:.2f}, "
          f"CPU {cpu_med['scans'] / cpu_med['plain']:.2f}; "
          f"load average {min(loads):.1f}-{max(loads):.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
