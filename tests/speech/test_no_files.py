"""Spoken text is personal data: speaking writes no file, anywhere (handbook §4's known trap:
pyttsx3's own Linux driver writes every utterance to a temporary WAV)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.speech.espeak_driver import EspeakDriver
from helpers import ROOT, require_tool

from .conftest import CONVOCATION, CONVOCATION_WORDS, Listener, fake_player


def snapshot(*roots: Path) -> set[str]:
    found = set()
    for root in roots:
        for folder, dirs, files in os.walk(root):
            found.update(os.path.join(folder, name) for name in dirs + files)
    return found


def test_say_creates_no_file_in_tmp_home_or_cwd(
    espeak: None, session_dirs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    roots = [session_dirs.tmp, session_dirs.home, session_dirs.runtime, cwd]
    driver = EspeakDriver(players=[fake_player()])
    assert driver.available()
    before = snapshot(*roots)
    listener = Listener(CONVOCATION)
    driver.say(CONVOCATION, on_word=listener.on_word, on_done=listener.on_done)
    assert listener.wait() is True
    assert listener.spoken == CONVOCATION_WORDS
    assert snapshot(*roots) == before


_SPEAK_IN_A_CHILD = r"""
import json, sys, threading
from app.speech.audio_output import PlayerCommand
from app.speech.espeak_driver import EspeakDriver
player = PlayerCommand("fake", (sys.executable, "-B", sys.argv[1], "--rate", "{rate}"), 0.1)
driver = EspeakDriver(players=[player])
assert driver.available(), driver.problem()
text, words, done = sys.argv[2], [], threading.Event()
result = {}
driver.say(text, on_word=lambda s, n: words.append(text[s:s + n]),
           on_done=lambda ok: (result.update(completed=ok), done.set()))
done.wait(30)
print(json.dumps({"words": words, **result}))
"""

# Opened for writing: O_WRONLY, O_RDWR or O_CREAT (creat() always creates).
_WRITE_OPEN = re.compile(r'\b(?:open|openat|creat)\((?:[^"]*)"([^"]*)"[^)]*\)')
_WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC")
_HARMLESS = ("/dev/null", "/dev/tty", "/dev/pts/", "/dev/snd/", "/dev/shm/sem.")


def written_paths(trace: str) -> list[str]:
    paths = []
    for line in trace.splitlines():
        m = _WRITE_OPEN.search(line)
        if m and ("creat(" in line or _WRITE_FLAGS.search(line)):
            paths.append(m.group(1))
    return paths


def test_written_paths_parser():
    trace = (
        '12 openat(AT_FDCWD, "/usr/lib/x.so", O_RDONLY|O_CLOEXEC) = 3\n'
        '12 openat(AT_FDCWD, "/tmp/tmpab.wav", O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC, 0600)'
        " = 4\n"
        '13 creat("/tmp/x", 0644) = 5\n'
    )
    assert written_paths(trace) == ["/tmp/tmpab.wav", "/tmp/x"]


def test_a_speaking_process_opens_no_file_for_writing(espeak: None, tmp_path: Path):
    """The whole process tree (Python, espeak-ng, the player) under strace: every file opened
    for writing is a device like /dev/null."""
    strace = require_tool("strace")
    out = tmp_path / "trace.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=open,openat,creat", "-o", str(out),
         sys.executable, "-B", "-c", _SPEAK_IN_A_CHILD,
         str(Path(__file__).with_name("fake_player.py")), CONVOCATION],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"words": CONVOCATION_WORDS, "completed": True}
    trace = out.read_text()
    assert "fake_player.py" in trace and "espeak-ng-data" in trace, "the trace saw everything"
    written = [p for p in written_paths(trace) if not p.startswith(_HARMLESS)]
    print(f"\nfiles opened for writing while speaking: {written or 'none'}")
    assert written == []
    assert sorted(os.listdir(tmp_path)) == ["trace.txt"]
