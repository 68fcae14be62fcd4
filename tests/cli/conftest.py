"""The `reperes` admin commands, run in-process through app.cli.main on real carnet folders.

Every test here runs with REPERES_FAST_KDF=1 (demo carnets in milliseconds) and French messages.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import cli

# Distinctive, so a leak into any output is easy to see.
PASSPHRASE = "Hérisson-Pistache 47 lanterne du marché"


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPERES_FAST_KDF", "1")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    def _run(*argv: str) -> Outcome:
        capsys.readouterr()
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return _run


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "phrase.txt"
    path.write_text(PASSPHRASE + "\n", "utf-8")
    return path


@pytest.fixture
def demo_carnet(tmp_path: Path, passfile: Path, run) -> Path:
    folder = tmp_path / "demo"
    result = run("demo", folder, "--years", "2", "--passphrase-file", passfile)
    assert result.code == 0, result.err
    return folder


def folder_hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(folder).iterdir())
        if p.is_file()
    }


# A read-only SQLite open of a WAL database creates an empty -wal and a -shm index when they are
# missing (app/carnet/connection.probe); they hold no data. Everything else must be untouched.
SIDECARS = {"carnet.db-wal": hashlib.sha256(b"").hexdigest(), "carnet.db-shm": None}


def assert_untouched(folder: Path, before: dict[str, str]) -> None:
    after = folder_hashes(folder)
    for name, digest in before.items():
        assert after.get(name) == digest, f"{name} changed or disappeared"
    for name in set(after) - set(before):
        assert name in SIDECARS, f"{name} appeared"
        if SIDECARS[name] is not None:
            assert after[name] == SIDECARS[name], f"{name} is not empty"
