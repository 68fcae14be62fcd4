"""The real Orca screen reader, for tests: started on ./test's private D-Bus (where the AT-SPI bus
lives) and X server, speaking through speech-dispatcher to a silent ALSA device, with its debug
log in a file. What Orca says is read back from the log's `SPEECH OUTPUT` lines.

Orca and speech-dispatcher are Debian packages (DEB_PACKAGES in ./run). One Orca per test module
(`Orca.start` takes a few seconds); `mark()` then `spoken(since=...)` reads what was said after a
point, `wait_for_speech()` waits until Orca says something that matches.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# `SPEECH OUTPUT: 'text'{voice}` or `SPEECH OUTPUT: 'char' {voice}`; the text may span lines.
_SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'(?: voice=\w+)? ?\{", re.DOTALL)
# `object:text-changed:insert for [password text | Votre mot de passe] in [...] (0, 1, m)`
_TEXT_EVENT = re.compile(
    r"EVENT MANAGER: object:text-changed:(insert|delete) for \[([^|\]]*)\|([^\]]*)\] "
    r"in \[[^\]]*\] \((\d+), (\d+), (.*)\)$",
    re.MULTILINE,
)

LAUNCH = Path(__file__).with_name("orca_launch.py")
SPEECHD_CONF = """\
# Orca's voice for the tests: the dummy module, to a null ALSA device. Nothing is heard;
# what Orca says is in its debug log. Orca starts this server itself (speechd's autospawn);
# it ends 5 seconds after Orca is gone, and Orca.stop() ends it at once.
Timeout 5
AudioOutputMethod "alsa"
AddModule "dummy" "sd_dummy" "dummy.conf"
DefaultModule dummy
"""
ASOUNDRC = "pcm.!default { type null }\nctl.!default { type hw card 0 }\n"


def missing_tools() -> list[str]:
    return [t for t in ("orca", "speech-dispatcher", "xdotool") if shutil.which(t) is None]


@dataclass
class TextEvent:
    kind: str  # insert | delete
    role: str
    name: str
    data: str


@dataclass
class Orca:
    home: Path
    log: Path
    procs: list[subprocess.Popen] = field(default_factory=list)

    @classmethod
    def start(cls, folder: Path, timeout: float = 60.0) -> Orca:
        home = folder / "orca-home"
        (home / ".config" / "speech-dispatcher").mkdir(parents=True, exist_ok=True)
        (home / ".config" / "speech-dispatcher" / "speechd.conf").write_text(SPEECHD_CONF)
        (home / ".asoundrc").write_text(ASOUNDRC)
        orca = cls(home=home, log=folder / "orca-debug.log")
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "LANG": "C.UTF-8",  # Orca's own words in English; Repères speaks French anyway
        }
        env.pop("QT_QPA_PLATFORM", None)
        run = {"env": env, "stdin": subprocess.DEVNULL, "start_new_session": True}
        orca.procs.append(subprocess.Popen(
            ["/usr/bin/python3", str(LAUNCH), "-u", str(home / "orca-prefs"),
             "--debug-file", str(orca.log)],
            stdout=(folder / "orca.out").open("w"), stderr=subprocess.STDOUT, **run))  # fmt: skip
        orca.wait_for_speech(lambda s: "Screen reader on." in s, "Orca starting", timeout=timeout)
        return orca

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        self._stop_speech_server()

    def _stop_speech_server(self) -> None:
        """The speech server Orca started for itself (a daemon: not our child)."""
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        for pid_file in (Path(runtime) / "speech-dispatcher" / "pid").glob("*.pid"):
            try:
                pid = int(pid_file.read_text().strip())
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except (OSError, ValueError):
                continue
            if b"speech-dispatcher" in cmdline:
                os.kill(pid, signal.SIGTERM)

    # -- reading the log -------------------------------------------------------------------------
    def text(self) -> str:
        try:
            return self.log.read_text("utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def mark(self) -> int:
        return len(self.text())

    def spoken(self, since: int = 0) -> list[str]:
        return [m.group(1) for m in _SPEECH.finditer(self.text()[since:])]

    def text_events(self, since: int = 0) -> list[TextEvent]:
        return [
            TextEvent(m.group(1), m.group(2).strip(), m.group(3).strip(), m.group(6))
            for m in _TEXT_EVENT.finditer(self.text()[since:])
        ]

    def wait_for_speech(self, predicate: Callable[[str], bool], what: str, *, since: int = 0,
                        timeout: float = 30.0) -> list[str]:  # fmt: skip
        """Wait until one utterance after `since` matches; returns all utterances so far."""
        deadline = time.monotonic() + timeout
        while True:
            said = self.spoken(since)
            if any(predicate(s) for s in said):
                return said
            for proc in self.procs:
                if proc.poll() is not None:
                    raise AssertionError(f"{proc.args[0]} stopped while waiting for {what}")
            if time.monotonic() > deadline:
                raise AssertionError(f"Orca never said {what}; it said: {said[-25:]}")
            time.sleep(0.2)

    def wait_quiet(self, quiet: float = 1.0, timeout: float = 20.0) -> None:
        """Wait until the log stops growing for `quiet` seconds (Orca has handled the events)."""
        deadline = time.monotonic() + timeout
        size, since = -1, time.monotonic()
        while time.monotonic() < deadline:
            now = self.log.stat().st_size if self.log.exists() else 0
            if now != size:
                size, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return
            time.sleep(0.1)
