"""`reperes --smoke` as packaging and CI use it: a real process, offscreen and on real X."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.carnet import FAST_KDF, Carnet

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _smoke(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--smoke", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def _carnet(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "carnet de Léa"  # spaces and accents, as on a USB stick
    Carnet.create(folder, PASSPHRASE, owner_name="Léa", kdf=FAST_KDF)[0].lock()
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", "utf-8")
    return folder, secret


def _offscreen() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_smoke_offscreen_shows_welcome(tmp_path):
    done = _smoke({**_offscreen(), "REPERES_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("smoke: welcome")
    assert "Traceback" not in done.stderr


def test_smoke_offscreen_unlocks_to_today_and_never_prints_the_passphrase(tmp_path):
    folder, secret = _carnet(tmp_path)
    done = _smoke(_offscreen(), "--carnet", str(folder), "--passphrase-file", str(secret))
    assert done.returncode == 0, done.stderr
    assert "smoke: today" in done.stdout
    assert PASSPHRASE not in done.stdout + done.stderr


def test_smoke_wrong_passphrase_exits_3_and_leaves_the_carnet(tmp_path):
    folder, secret = _carnet(tmp_path)
    secret.write_text("pas le bon\n", "utf-8")
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "carnet.lock"}
    done = _smoke(_offscreen(), "--carnet", str(folder), "--passphrase-file", str(secret))
    assert done.returncode == 3
    assert "smoke: unlock" in done.stdout
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "carnet.lock"}
    # Only the failed-attempt counter is new beside the carnet (app/carnet/attempts.py).
    counter = after.pop("attempts.json")
    assert b'"aimed": 1' in counter and b"pas le bon" not in counter
    assert after == before


@pytest.mark.xvfb
def test_smoke_on_a_real_x_server(tmp_path, xcb_env):
    folder, secret = _carnet(tmp_path)
    done = _smoke(xcb_env, "--carnet", str(folder), "--passphrase-file", str(secret))
    assert done.returncode == 0, done.stderr
    assert "smoke: today" in done.stdout


def test_no_python_qt_message_handler_anywhere():
    """PySide6 6.12 loses a reference to None at each call of a Python Qt message handler (and
    of qWarning called from Python): an app that installed one aborted after a few thousand Qt
    warnings ("deallocating None"). Qt's own warnings must go to stderr as they are."""
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("app", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if "qInstallMessageHandler" in path.read_text("utf-8") or "qWarning(" in path.read_text(
            "utf-8")
    ]
    assert offenders == []


def test_qt_binding_does_not_leak_references_to_none():
    """PySide6 6.12.0 lost a reference to None at every call returning nothing: on Python 3.11
    the app aborted after a few thousand calls. pyproject caps the version; this shows why."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(2000): label.setText('x'); app.processEvents()\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=_offscreen(),
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-300:]
    assert int(done.stdout.split()[-1]) > -100, "the Qt binding leaks references to None"
