"""The real entry point, in a child process: `python -m ui.launcher <subcommand>` needs no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def launch(*args: object, extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, REPERES_FAST_KDF="1", LANG="fr_FR.UTF-8", PYTHONPATH=str(ROOT))
    env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, *extra, "-m", "ui.launcher", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_demo_check_and_calendar_through_the_launcher(tmp_path: Path, passfile: Path) -> None:
    folder = tmp_path / "formation"
    made = launch("demo", folder, "--years", "1", "--passphrase-file", passfile)
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    checked = launch("--passphrase-file", passfile, "check", folder)
    assert checked.returncode == 0 and checked.stderr == ""
    summary = json.loads(checked.stdout)
    assert summary["ok"] and summary["counts"]["appointment"] > 10
    out = tmp_path / "agenda.ics"
    exported = launch("export-ics", folder, out, "--passphrase-file", passfile)
    assert exported.returncode == 0 and out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("une autre phrase de passe 12 fois")
    refused = launch("check", folder, "--passphrase-file", wrong)
    assert refused.returncode == 3
    assert refused.stderr == "Cette phrase de passe n'ouvre pas ce carnet.\n"
    assert json.loads(refused.stdout)["error"] == "wrong_passphrase"
    for proc in (made, checked, exported, refused):
        assert PASSPHRASE not in proc.stdout + proc.stderr
        assert "Traceback" not in proc.stderr


def test_subcommands_never_import_qt(tmp_path: Path, passfile: Path) -> None:
    absent = tmp_path / "absent"
    proc = launch("check", absent, "--passphrase-file", passfile, extra=("-X", "importtime"))
    assert proc.returncode == 6
    imported = proc.stderr
    assert "app.commands" in imported  # the import log is really there
    assert "PySide6" not in imported and " ui.application" not in imported
