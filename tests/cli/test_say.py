"""`reperes say TEXT --wav OUT`: real espeak-ng speech written to a file, measured with sox."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app import cli

ROOT = Path(__file__).resolve().parents[2]


def _sox_stat(path: Path) -> dict[str, float]:
    done = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True)
    stats = {}
    for line in done.stderr.splitlines():
        if ":" in line:
            key, value = line.split(":", 1)
            try:
                stats[key.strip()] = float(value.split()[0])
            except (ValueError, IndexError):
                continue
    return stats


def test_say_writes_real_french_speech_to_a_wav(tmp_path, capsys):
    out = tmp_path / "voix.wav"
    code = cli.main(["say", "Bonjour. Vous avez rendez-vous mardi à quatorze heures.", "--wav",
                     str(out)])  # fmt: skip
    assert code == 0
    stats = _sox_stat(out)
    assert stats["Length (seconds)"] > 1.5
    assert stats["RMS     amplitude"] > 0.02  # not silence
    assert "secondes" in capsys.readouterr().out


def test_longer_text_gives_longer_speech(tmp_path):
    short, long = tmp_path / "a.wav", tmp_path / "b.wav"
    assert cli.main(["say", "Bonjour.", "--wav", str(short)]) == 0
    assert cli.main(["say", "Bonjour. " * 6, "--wav", str(long)]) == 0
    assert _sox_stat(long)["Length (seconds)"] > 3 * _sox_stat(short)["Length (seconds)"]


def test_say_aloud_without_a_sound_output_says_so_and_exits_1(tmp_path):
    env = {"PATH": "/nonexistent", "LANG": "fr_FR.UTF-8", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "ui.launcher", "say", "Bonjour"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 1
    assert "aucune sortie de son" in done.stderr
    assert "Traceback" not in done.stderr
