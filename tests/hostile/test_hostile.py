"""Every hostile input of tests/hostile/inputs.py read by the real command line, in a child
process held to the budget of handbook §9 (600 MB of address space, 30 s of CPU, app.limits):
it must end with its documented exit code and its sentence, never be stopped by the limit,
never print a traceback. Time and memory are measured by the benchmark, not asserted here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.carnet import FAST_KDF, Carnet
from app.limits import BUDGET_MEMORY, BUDGET_SECONDS, can_limit, limited, stopped_by_limit

from .inputs import HOSTILE, RECEIVED, Hostile

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "Hérisson-Pistache 47 lanterne du marché"
# Words that are not Repères' own: a library's warning or log line reaching the terminal.
FOREIGN = ("Traceback", "Warning", "warning:", "icalendar", "dateutil", "pdfium", "Error")


def hostile_command(
    item: Hostile, folder: Path, root: Path | None = None
) -> tuple[list[str], dict[str, str], Path]:
    """(command, environment, folder to run in): the command line of the checkout at `root`
    (this one by default) on the input, held to the budget."""
    root = root or ROOT
    path = item.make(folder)
    args = [item.command, str(path)]
    if item.command == "parse-message":
        args += ["--received", RECEIVED]
    elif item.command == "import-ics":
        carnet = folder / "carnet"
        Carnet.create(carnet, PASSPHRASE, kdf=FAST_KDF)[0].lock()
        passfile = folder / "phrase.txt"
        passfile.write_text(PASSPHRASE, "utf-8")
        args = [item.command, str(carnet), str(path), "--passphrase-file", str(passfile)]
    env = dict(os.environ, LANG="fr_FR.UTF-8", PYTHONPATH=str(root), REPERES_FAST_KDF="1")
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    command = limited([sys.executable, "-m", "ui.launcher", *args], BUDGET_MEMORY, BUDGET_SECONDS)
    return command, env, root


def run_hostile(item: Hostile, folder: Path) -> subprocess.CompletedProcess[str]:
    command, env, cwd = hostile_command(item, folder)
    return subprocess.run(
        command,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,  # a guard for the suite only: the CPU limit above ends a loop first
    )


@pytest.mark.skipif(not can_limit(), reason="rlimits exist on POSIX only")
@pytest.mark.parametrize("item", HOSTILE, ids=lambda h: f"{h.kind}-{h.name}")
def test_a_hostile_input_ends_in_its_sentence_within_the_budget(
    item: Hostile, tmp_path: Path
) -> None:
    proc = run_hostile(item, tmp_path)
    assert not stopped_by_limit(proc.returncode), (
        f"stopped by the budget ({BUDGET_SECONDS} s CPU, {BUDGET_MEMORY >> 20} MB): "
        f"signal {-proc.returncode}"
    )
    assert proc.returncode == item.exit_code, proc.stderr[-2000:]
    assert item.says in proc.stdout + proc.stderr
    assert not [word for word in FOREIGN if word in proc.stderr], proc.stderr[-2000:]
