"""Build the one-folder bundle with PyInstaller, or reuse the one built from the same sources.

    .venv/bin/python packaging/build_bundle.py                 # prints the bundle folder
    .venv/bin/python packaging/build_bundle.py --cache DIR     # where built bundles are kept

The bundle is kept in `<cache>/<key>/reperes/`, where the key is a hash of everything that goes
into it: the code (app/, ui/), resources/, the spec and its helpers, pyproject.toml, the Python
version and the versions of PyInstaller and PySide6. A second run with the same sources takes no
time; a change anywhere builds again. The three newest bundles are kept (each weighs ~150 MB;
a test run that started on an older one may still be using it). The default cache is
`.venv/reperes-bundle/` (a fresh clone, as in CI, builds once).

Two builds at once (two ./test in one checkout) wait for each other on a lock file.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "reperes.spec"
DEFAULT_CACHE = ROOT / ".venv" / "reperes-bundle"
NAME = "reperes"
KEEP = 3  # bundles kept in the cache
# What goes into the bundle (folders are walked; __pycache__ and screenshots are not inputs).
INPUTS = (
    "app", "ui", "resources", "pyproject.toml", "packaging/reperes.spec",
    "packaging/reperes_entry.py", "packaging/rthook_reperes.py", "packaging/icons",
)  # fmt: skip
SKIP_PARTS = {"__pycache__", "screenshots"}
SKIP_SUFFIXES = {".pyc", ".pyo"}


def _inputs() -> Iterator[Path]:
    for name in INPUTS:
        path = ROOT / name
        if path.is_file():
            yield path
            continue
        for file in sorted(path.rglob("*")):
            rel = file.relative_to(ROOT)
            if not file.is_file() or SKIP_PARTS.intersection(rel.parts):
                continue
            if file.suffix in SKIP_SUFFIXES:
                continue
            yield file


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def source_key() -> str:
    digest = hashlib.sha256()
    tools = (
        f"{sys.version}|{sys.platform}|pyinstaller {_version('pyinstaller')}|"
        f"hooks {_version('pyinstaller-hooks-contrib')}|"
        f"pyside6 {_version('PySide6-Essentials')}"
    )
    digest.update(tools.encode())
    for file in _inputs():
        digest.update(str(file.relative_to(ROOT)).encode() + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()[:16]


class _Lock:
    """An OS lock on a file: released by the OS if the build is killed."""

    def __init__(self, path: Path):
        self.path = path
        self.fd: int | None = None

    def __enter__(self) -> _Lock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.name == "nt":  # pragma: no cover - Windows
            import msvcrt

            while True:
                try:
                    msvcrt.locking(self.fd, msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(1)
        else:
            import fcntl

            fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing drops the lock
            self.fd = None


def _prune(cache: Path, keep: int) -> None:
    """Remove all but the `keep` newest finished bundles, and unfinished folders (called under
    the lock: no other build is running)."""
    for p in cache.iterdir():
        if p.is_dir() and not (p / "complete").is_file():
            shutil.rmtree(p, ignore_errors=True)
    done = sorted(
        (p for p in cache.iterdir() if (p / "complete").is_file()),
        key=lambda p: (p / "complete").stat().st_mtime,
        reverse=True,
    )
    for old in done[keep:]:
        shutil.rmtree(old, ignore_errors=True)


def build(cache: Path = DEFAULT_CACHE, *, log=None) -> tuple[Path, float]:
    """The bundle folder for the current sources, and the seconds spent building it (0 when
    it was already built)."""
    key = source_key()
    target = cache / key
    bundle = target / NAME
    with _Lock(cache / ".lock"):
        if (target / "complete").is_file() and (bundle / NAME).exists():
            return bundle, 0.0
        _prune(cache, keep=KEEP - 1)
        work = cache / f"work-{key}"
        started = time.monotonic()
        cmd = [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC),
        ]  # fmt: skip
        done = subprocess.run(
            cmd, cwd=ROOT, capture_output=True, text=True, errors="replace", timeout=1800
        )
        if done.returncode != 0:
            raise RuntimeError(
                f"PyInstaller failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
            )
        if log is not None:
            log(done.stderr)
        target.mkdir(parents=True)
        (work / "dist" / NAME).rename(bundle)
        shutil.rmtree(work, ignore_errors=True)
        (target / "complete").write_text(key + "\n", "utf-8")
        return bundle, time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args(argv)
    bundle, seconds = build(args.cache, log=lambda text: print(text, file=sys.stderr))
    if seconds:
        print(f"built in {seconds:.0f} s", file=sys.stderr)
    print(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
