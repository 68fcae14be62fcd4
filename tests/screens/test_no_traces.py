"""No traces on a shared PC: a scripted session of the real app (create a carnet, records holding a
marker, a document through the file dialog, a PDF through the paper dialog, a calendar export,
Lock, then Ctrl+Q on the unlock screen of the re-executed process), in a fresh HOME, XDG folders
and TMPDIR, traced with strace. Every file the process created or wrote, anywhere, is listed:
outside the carnet's folder and the person's own stick, only the settings file is allowed, and
it holds no marker; no window title holds it either."""

from __future__ import annotations

import json
import re
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability.plaintext_scan import encodings

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "helpers" / "scripted_session.py"
pytestmark = pytest.mark.xvfb

# Only the calls that make or change a file: strace then stops nothing else (seccomp-bpf), so
# the app runs at nearly its own speed on a loaded machine.
_CALLS = ("open", "openat", "creat", "mkdir", "mkdirat", "rename", "renameat", "renameat2",
          "link", "linkat", "symlink", "symlinkat", "truncate")  # fmt: skip
_WRITE = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC")
_PATH = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _written(trace: Path) -> set[str]:
    """Paths opened for writing, made, renamed or linked — successful calls only."""
    found: set[str] = set()
    for line in trace.read_text("utf-8", "replace").splitlines():
        if "= -1" in line or ("resumed>" in line and "= -1" in line):
            continue
        call = line.split("(", 1)[0].split()[-1] if "(" in line else ""
        if call in ("open", "openat", "creat") and not _WRITE.search(line):
            continue
        if call not in _CALLS:
            continue
        paths = _PATH.findall(line)
        if call.startswith("rename") or call.startswith("link") or call.startswith("symlink"):
            paths = paths[-1:]  # where it went
        found.update(p for p in paths[:1] if p.startswith("/"))
    return {p for p in found if not p.startswith(("/proc/", "/dev/", "/sys/"))}


def _window_of(pid: int) -> str | None:
    done = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name",
                           "Repères"], capture_output=True, text=True, timeout=10)  # fmt: skip
    ids = done.stdout.split()
    return ids[-1] if ids else None


def _wait(predicate, what: str, timeout: float = 120.0):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not after {timeout:.0f} s")
        time.sleep(0.2)


def _holding(files: list[Path], needles: set[bytes]) -> list[str]:
    hits = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(n in data for n in needles):
            hits.append(str(path))
    return hits


def test_a_scripted_session_leaves_only_the_settings_file(tmp_path, xcb_env):
    if shutil.which("strace") is None:
        pytest.fail("strace is missing: ./run installs it")
    marker = "TRACE" + secrets.token_hex(6)
    pc = tmp_path / "pc"  # the shared PC's user folders, empty at the start
    home, tmp, usb = pc / "home", pc / "tmp", tmp_path / "usb"
    for folder in (home, tmp, usb, pc / "runtime"):
        folder.mkdir(parents=True)
    (pc / "runtime").chmod(0o700)
    env = {k: v for k, v in xcb_env.items() if k != "REPERES_HOME"}
    env.update(
        HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"), XDG_STATE_HOME=str(home / ".local/state"),
        XDG_RUNTIME_DIR=str(pc / "runtime"), TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp),
        PYTHONDONTWRITEBYTECODE="1", LANG="fr_FR.UTF-8",
    )  # fmt: skip
    trace, log = tmp_path / "trace.txt", tmp_path / "session.log"
    before = {p for p in pc.rglob("*")}
    with log.open("w") as out:
        app = subprocess.Popen(
            ["strace", "-f", "-qq", "--seccomp-bpf", "-e", f"trace={','.join(_CALLS)}",
             "-o", str(trace),
             sys.executable, str(SCRIPT), marker, str(usb)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            # strace's pid is not the app's: find the app by its command line.
            def app_pid() -> int | None:
                for proc in Path("/proc").iterdir():
                    if not proc.name.isdigit():
                        continue
                    try:
                        argv = (proc / "cmdline").read_bytes().split(b"\0")
                        if int((proc / "stat").read_text().split()[3]) != app.pid:
                            continue
                    except (OSError, ValueError, IndexError):
                        continue
                    if argv and b"python" in argv[0]:
                        return int(proc.name)
                return None

            pid = _wait(app_pid, "the app process")
            # Locked: the same pid re-executed itself as the launcher, on the unlock screen.
            _wait(lambda: b"ui.launcher" in Path(f"/proc/{pid}/cmdline").read_bytes(),
                  "the lock (re-execution)", timeout=300)  # fmt: skip
            window = _wait(lambda: _window_of(pid), "the unlock screen")
            titles = subprocess.run(["xdotool", "getwindowname", window], capture_output=True,
                                    text=True, timeout=10).stdout  # fmt: skip
            subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "--clearmodifiers",
                            "ctrl+q"], check=True, timeout=30)  # fmt: skip
            assert app.wait(timeout=120) == 0, log.read_text("utf-8", "replace")[-3000:]
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    said = [json.loads(line) for line in log.read_text("utf-8").splitlines()
            if line.startswith("{")]  # fmt: skip
    steps = [s["step"] for s in said if "step" in s]
    assert steps[-1] == "lock", log.read_text("utf-8")[-3000:]
    carnet = Path(next(s["carnet"] for s in said if "carnet" in s))
    assert carnet.is_relative_to(home)  # the platform's user data folder, in this HOME

    written = _written(trace)
    assert str(carnet / "carnet.db") in written  # the trace sees what is written
    outside = sorted(
        p for p in written if not (Path(p).is_relative_to(carnet) or Path(p).is_relative_to(usb))
    )
    after = {p for p in pc.rglob("*") if p.is_file()} - before
    left = sorted(str(p.relative_to(pc)) for p in after if not p.is_relative_to(carnet))
    shown = [str(Path(p).relative_to(pc)) if Path(p).is_relative_to(pc) else p for p in outside]
    print("written outside the carnet and the stick (files and folders):", shown)
    print("files left in the PC's folders outside the carnet:", left)
    settings_file = home / ".config" / "Reperes" / "reperes.ini"
    allowed = {str(settings_file.relative_to(pc))}
    assert set(left) == allowed, left  # the text size was changed: the settings were saved
    files_outside = [Path(p) for p in outside if Path(p).is_file()]
    assert [p for p in files_outside if p != settings_file] == [], outside
    code = next(s["code"] for s in said if "code" in s)  # the recovery code: a secret too
    needles = encodings(marker) | encodings(code) | encodings(code.replace("-", ""))
    assert "zoom" in settings_file.read_text("utf-8").lower()
    assert _holding([*after, *files_outside], needles) == []
    assert not any(marker in s.get("title", "") for s in said) and marker not in titles
    assert all(s.get("title") in ("Repères", "", None) or "Repères" in s["title"] for s in said)
    # The document, the PDF and the calendar went to the stick, as the person chose.
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        [f"courrier-{marker}.jpg", "ma-semaine.pdf", "rendez-vous.ics"]
    )
    assert _holding([usb / "rendez-vous.ics"], needles)  # the scan can find the marker
