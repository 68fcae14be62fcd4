"""Shared pieces of the packaging tests: the built bundle (session fixture), the portable zip,
running the frozen program, an empty "library PC" (HOME, XDG folders, TMPDIR), and the file
tracer that lists what a run created or changed outside the places it may write.

This folder has no __init__.py and no conftest.py on purpose: a package named `packaging` would
hide the `packaging` library that pytest and PyInstaller import. Test modules import the
fixtures from here (`bundle_fixture` gives the fixture `bundle`, and so on).
"""

from __future__ import annotations

import codecs
import importlib.util
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import ROOT, in_ci, require_tool

PACKAGING = ROOT / "packaging"
PASSPHRASE = "cheval maison jardin tomate"
RUN_TIMEOUT = 120


def load(name: str):
    """A script of packaging/ as a module (packaging/ is not importable: see above)."""
    module_name = "reperes_packaging_" + name.replace("/", "_")
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _need_linux() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the tests build and run the Linux bundle")


# -- the bundle ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Bundle:
    folder: Path
    build_seconds: float

    @property
    def program(self) -> Path:
        return self.folder / "reperes"

    def size(self) -> int:
        return sum(p.lstat().st_size for p in self.folder.rglob("*") if not p.is_dir())


_BUILT: list[Bundle] = []  # one bundle per test process, whichever module asks first


@pytest.fixture(scope="session", name="bundle")
def bundle_fixture() -> Bundle:
    """The Linux bundle of the current sources: built by PyInstaller (about half a minute on
    2 cores) or taken from the cache in .venv/reperes-bundle/ when the sources did not change.
    Built once per test process, even though several modules use it."""
    if _BUILT:
        return _BUILT[0]
    _need_linux()
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed: ./test installs it (extra 'packaging')"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    builder = load("build_bundle")
    folder, seconds = builder.build()
    how = f"built in {seconds:.0f} s" if seconds else "taken from the cache (same sources)"
    print(f"\n[packaging] bundle {how}: {folder}")
    _BUILT.append(Bundle(folder, seconds))
    return _BUILT[0]


@pytest.fixture(scope="session", name="portable_zip")
def portable_zip_fixture(bundle: Bundle) -> Path:
    """The portable zip of this bundle, kept beside it in the cache (made once per build)."""
    portable = load("build_portable")
    out = bundle.folder.parent / "Reperes-portable.zip"
    if not out.is_file():
        started = time.monotonic()
        portable.make_zip(bundle.folder, out)  # written to .part, then renamed: never half
        print(f"\n[packaging] portable zip made in {time.monotonic() - started:.1f} s")
    print(f"\n[packaging] portable zip: {out.stat().st_size / 2**20:.1f} MiB")
    return out


# -- a library PC --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Pc:
    """Empty personal folders for one run: whatever appears in them was written on the PC."""

    root: Path

    @property
    def folders(self) -> dict[str, Path]:
        r = self.root
        return {
            "HOME": r / "home",
            "XDG_CONFIG_HOME": r / "home" / ".config",
            "XDG_DATA_HOME": r / "home" / ".local" / "share",
            "XDG_CACHE_HOME": r / "home" / ".cache",
            "XDG_STATE_HOME": r / "home" / ".local" / "state",
            "XDG_RUNTIME_DIR": r / "runtime",
            "TMPDIR": r / "tmp",
        }

    def make(self) -> Pc:
        for path in self.folders.values():
            path.mkdir(parents=True, exist_ok=True)
        self.folders["XDG_RUNTIME_DIR"].chmod(0o700)
        return self

    def env(self, base: dict[str, str] | None = None, **extra: str) -> dict[str, str]:
        env = dict(os.environ if base is None else base)
        env.pop("REPERES_HOME", None)  # it would override the portable marker
        env.update({k: str(v) for k, v in self.folders.items()})
        env["TEMP"] = env["TMP"] = env["TMPDIR"]
        env.setdefault("LANG", "C.UTF-8")
        env.pop("LC_ALL", None)
        env.update(extra)
        return env

    def written(self) -> list[str]:
        """Every file or folder below the personal folders (the folders themselves excepted)."""
        made = set(self.folders.values())
        parents = {p for f in made for p in f.parents}
        return sorted(
            str(p.relative_to(self.root))
            for p in self.root.rglob("*")
            if p not in made and p not in parents
        )


def no_dac_override() -> list[str]:
    """As root, file permissions do not stop writes: run the program without the capabilities
    that bypass them, so a read-only folder is read-only for it, as for a normal user."""
    if os.geteuid() != 0:
        return []
    setpriv = require_tool("setpriv")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]


def run(argv: list[str | Path], env: dict[str, str], *, timeout: float = RUN_TIMEOUT,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(
        [str(a) for a in argv],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def passphrase_file(folder: Path) -> Path:
    path = folder / "phrase.txt"
    path.write_text(PASSPHRASE + "\n", "utf-8")
    return path


# -- the file tracer -----------------------------------------------------------------------------
# strace -f -qq -e trace=%file,%desc: every call that names a file. What counts as a write: an
# open that may create or write, and every call that makes, removes, renames, links or changes
# a file. Calls that failed are kept apart (an attempt is worth knowing, not a trace left).
_CALL = re.compile(
    r"^(?:\d+\s+)?(?P<name>\w+)\((?P<args>.*)\)\s+=\s+(?P<result>-?\d+|\?)(?P<rest>.*)$"
)
_PATH = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ALWAYS_WRITES = {
    "creat", "mkdir", "mkdirat", "rename", "renameat", "renameat2", "unlink", "unlinkat",
    "rmdir", "link", "linkat", "symlink", "symlinkat", "truncate", "chmod", "fchmodat",
    "fchmodat2", "chown", "fchownat", "lchown", "utimensat", "utimes", "mknod", "mknodat",
    "setxattr", "lsetxattr", "removexattr",
}  # fmt: skip
_OPENS = {"open", "openat", "openat2"}
_WRITE_FLAGS = ("O_CREAT", "O_WRONLY", "O_RDWR", "O_TRUNC")
# Device files any program opens for writing (not files on the PC's disk).
_DEVICES = ("/dev/null", "/dev/tty", "/dev/pts/", "/dev/dri/", "/dev/snd/", "/dev/urandom")


@dataclass(frozen=True)
class Write:
    call: str
    paths: tuple[str, ...]
    ok: bool

    def __str__(self) -> str:
        return f"{self.call}({', '.join(self.paths)}){'' if self.ok else ' (failed)'}"


def _unescape(text: str) -> str:
    """strace prints non-ASCII bytes as octal escapes: \\303\\251 is 'é'."""
    return codecs.escape_decode(text.encode("ascii", "backslashreplace"))[0].decode(
        "utf-8", "replace"
    )


def writes(trace: str) -> list[Write]:
    found = []
    for line in trace.splitlines():
        m = _CALL.match(line)
        if not m:
            continue
        name, args = m["name"], m["args"]
        if name in _OPENS:
            if not any(flag in args for flag in _WRITE_FLAGS):
                continue
        elif name not in _ALWAYS_WRITES:
            continue
        paths = tuple(_unescape(p) for p in _PATH.findall(args))
        if not paths:
            continue
        found.append(Write(name, paths, m["result"] not in ("?",) and int(m["result"]) >= 0))
    return found


def outside(found: list[Write], allowed: list[Path], cwd: Path) -> list[Write]:
    """The writes that touch a path outside the allowed folders (devices excepted)."""
    roots = [str(p.resolve()) for p in allowed]
    bad = []
    for w in found:
        for raw in w.paths:
            path = raw if raw.startswith("/") else str(cwd / raw)
            if path.startswith(_DEVICES):
                continue
            if any(path == r or path.startswith(r + "/") for r in roots):
                continue
            bad.append(w)
            break
    return bad


def traced(
    argv: list[str | Path], env: dict[str, str], out: Path, *, cwd: Path,
    timeout: float = RUN_TIMEOUT,
) -> tuple[subprocess.CompletedProcess, str]:  # fmt: skip
    """Run under strace, every process and thread in its own file (-ff: no interleaved lines)."""
    strace = require_tool("strace")
    out.mkdir(parents=True, exist_ok=True)
    done = run(
        [strace, "-ff", "-qq", "-e", "trace=%file,%desc", "-o", out / "trace", *argv],
        env,
        cwd=cwd,
        timeout=timeout,
    )
    text = "\n".join(f.read_text("utf-8", "replace") for f in sorted(out.glob("trace.*")))
    return done, text
