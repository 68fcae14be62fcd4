"""Planted files on a shared PC account (issue 22): a symlink at a temporary name does not make a
write land outside the carnet, a symlink among the carnet folders is never tried, the carnet's
files are readable by this account only (0600, folders 0700), and the commands that open a
carnet are not dumpable. Real files, real processes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.carnet import ENVELOPE_NAME, Carnet, WrongPassphrase
from app.carnet.attempts import COUNTER_NAME
from app.carnet.finder import unlock_any
from app.locations import Locations
from app.settings import Settings, save

from .kit import NEW_PASSPHRASE, PASSPHRASE, REPO_ROOT, add_organisations, child_env, make_carnet


@pytest.fixture
def usual_umask():
    """The umask most desktops give (022): the modes below must not depend on the caller's."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_symlink_planted_at_a_temporary_name_is_not_followed(tmp_path, usual_umask):
    folder = tmp_path / "carnet"
    carnet, _code = make_carnet(folder)
    victim = tmp_path / "outside.txt"
    victim.write_text("a file of this account, outside the carnet")
    for name in (f".{COUNTER_NAME}.tmp", f".{ENVELOPE_NAME}.tmp"):
        (folder / name).symlink_to(victim)
    carnet.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)  # rewrites the envelope
    carnet.lock()
    with pytest.raises(WrongPassphrase):  # counted beside the carnet: attempts.json written
        unlock_any([folder], "pas la bonne phrase du tout")
    assert victim.read_text() == "a file of this account, outside the carnet"
    assert (folder / COUNTER_NAME).is_file() and not (folder / COUNTER_NAME).is_symlink()
    Carnet.unlock(folder, NEW_PASSPHRASE).lock()


def test_a_symlink_planted_as_the_counter_is_replaced_not_followed(tmp_path, usual_umask):
    folder = tmp_path / "carnet"
    make_carnet(folder)[0].lock()
    victim = tmp_path / "outside.txt"
    victim.write_text("untouched")
    (folder / COUNTER_NAME).symlink_to(victim)
    with pytest.raises(WrongPassphrase):
        unlock_any([folder], "pas la bonne phrase du tout")
    assert victim.read_text() == "untouched"


def test_a_symlink_among_the_carnet_folders_is_never_tried(tmp_path):
    places = Locations(tmp_path / "carnets", tmp_path / "config", portable=False)
    real = places.new_carnet_folder()
    make_carnet(real)[0].lock()
    elsewhere = tmp_path / "someone-else" / "carnet"
    make_carnet(elsewhere)[0].lock()
    (places.data_dir / "carnet-0000").symlink_to(elsewhere)
    assert places.carnets() == [real]


def test_carnet_files_and_settings_are_for_this_account_only(tmp_path, usual_umask):
    folder = tmp_path / "carnets" / "carnet-1"
    carnet, _code = make_carnet(folder)
    add_organisations(carnet, ["CAF"])  # the -wal and -shm exist now
    made = {p.name: _mode(p) for p in folder.iterdir()}
    carnet.lock()
    with pytest.raises(WrongPassphrase):
        unlock_any([folder], "pas la bonne phrase du tout")
    made[COUNTER_NAME] = _mode(folder / COUNTER_NAME)
    assert _mode(folder) == 0o700
    assert {"carnet.db", "carnet.db-wal", "carnet.db-shm", ENVELOPE_NAME} <= set(made)
    assert {name: mode for name, mode in made.items() if mode & 0o077} == {}
    config = tmp_path / "config" / "reperes"
    save(config / "reperes.ini", Settings())
    assert (_mode(config), _mode(config / "reperes.ini")) == (0o700, 0o600)


def test_a_settings_file_others_could_write_is_not_read(tmp_path):
    from app.settings import load

    path = tmp_path / "reperes.ini"
    path.write_text("[reperes]\ntheme = dark\nzoom = 200\n")
    path.chmod(0o600)
    assert load(path).theme == "dark"  # the person's own file is read
    path.chmod(0o666)
    assert load(path) == Settings()
    path.unlink()
    planted = tmp_path / "elsewhere.ini"
    planted.write_text("[reperes]\ntheme = dark\n")
    planted.chmod(0o600)
    path.symlink_to(planted)
    assert load(path) == Settings()
    save(path, Settings(zoom=150))  # saving replaces the link, never writes through it
    assert planted.read_text() == "[reperes]\ntheme = dark\n"
    assert not path.is_symlink() and load(path).zoom == 150


def _child(code: str, *argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *argv], cwd=REPO_ROOT, env=child_env(),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


PROBE = (
    "import os, sys\n"
    "from app import cli\n"
    "from app.hardening import dumpable\n"
    "os.umask(0o022)\n"
    "rc = cli.main(sys.argv[1:])\n"
    "mask = os.umask(0)\n"
    "print('RESULT', rc, dumpable(), oct(mask))\n"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
@pytest.mark.parametrize("command", ["check", "import-ics", "export-ics"])
def test_the_commands_that_open_a_carnet_are_not_dumpable(tmp_path, command):
    folder = tmp_path / "carnet"
    make_carnet(folder)[0].lock()
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", "utf-8")
    calendar = tmp_path / "in.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//FR\r\nBEGIN:VEVENT\r\nUID:u1@t\r\n"
        "DTSTART:20270105T090000Z\r\nSUMMARY:CAF\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    extra = {"check": [], "import-ics": [str(calendar)], "export-ics": [str(tmp_path / "o.ics")]}
    out = _child(PROBE, command, str(folder), *extra[command], "--passphrase-file", str(secret))
    result = next(line for line in out.splitlines() if line.startswith("RESULT"))
    assert result == "RESULT 0 False 0o77", out
