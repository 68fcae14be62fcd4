"""The accessibility tree of the running app, read from another process as Orca reads it, while
real key presses (xdotool, on ./test's X server) walk through the first screens."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.carnet import FAST_KDF, Carnet

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
DUMP = ROOT / "tests" / "helpers" / "atspi_dump.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # PyGObject and the Atspi typelib live there, not in .venv
SECRET_TYPED = "zebre-marqueur-42"
INTERACTIVE = {"push button", "toggle button", "check box", "text", "password text", "combo box",
               "spin button", "radio button", "list", "slider"}  # fmt: skip

pytestmark = pytest.mark.xvfb


def _need_tools() -> None:
    missing = [t for t in ("xdotool",) if shutil.which(t) is None]
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    if missing:
        pytest.fail(f"missing {missing}: ./test installs them (Debian packages in ./run)")


def _dump() -> list[dict]:
    done = subprocess.run([SYSTEM_PYTHON, str(DUMP), "Reperes", "20"], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": ""})  # fmt: skip
    tree = json.loads(done.stdout)
    assert tree["found"], f"the app is not on the accessibility bus: {done.stderr[-500:]}"
    return tree["nodes"]


def _key(*keys: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True, timeout=10)
    time.sleep(0.6)  # a button shortcut animates its click for ~100 ms, then the screen changes


def _type(text: str) -> None:
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True, timeout=30)
    time.sleep(0.3)


def _showing(nodes: list[dict]) -> list[dict]:
    return [n for n in nodes if n["showing"]]


def _unnamed(nodes: list[dict]) -> list[dict]:
    return [n for n in _showing(nodes) if n["role"] in INTERACTIVE and not n["name"].strip()]


def _names(nodes: list[dict]) -> set[str]:
    return {n["name"] for n in _showing(nodes)}


def _wait_for(predicate, what: str, timeout: float = 20.0) -> list[dict]:
    deadline = time.monotonic() + timeout
    while True:
        nodes = _dump()
        if predicate(nodes):
            return nodes
        if time.monotonic() > deadline:
            shown = sorted(_names(nodes))[:40]
            raise AssertionError(f"{what} never appeared; showing: {shown}")
        time.sleep(0.3)


@pytest.fixture
def running_app(tmp_path, xcb_env):
    _need_tools()
    home = tmp_path / "home"
    places_carnets = home / "carnets"
    Carnet.create(places_carnets / "carnet-0a1b2c3d", PASSPHRASE, owner_name="Léa",
                  kdf=FAST_KDF)[0].lock()  # fmt: skip
    env = {**xcb_env, "REPERES_HOME": str(home), "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    app = subprocess.Popen([sys.executable, "-m", "ui.launcher"], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        # No window manager on Xvfb: give the window the keyboard focus directly, once it is
        # mapped (a window found before it is viewable refuses the focus: BadMatch).
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Repères",
                        "windowfocus", "--sync"], timeout=30, check=False,
                       capture_output=True)  # fmt: skip
        yield app
    finally:
        app.kill()
        out, err = app.communicate(timeout=10)
        assert PASSPHRASE not in out + err and SECRET_TYPED not in out + err


def test_screen_reader_tree_names_every_control_and_hides_secrets(running_app):
    # Welcome: a carnet exists, so "Ouvrir mon carnet" comes first.
    nodes = _wait_for(lambda n: "Bienvenue dans Repères" in _names(n), "the welcome title")
    assert not _unnamed(nodes), _unnamed(nodes)
    assert {"Ouvrir mon carnet", "Créer mon carnet", "Texte plus grand"} <= _names(nodes)

    # Create: type a name and a password with real key presses.
    _key("ctrl+n")
    nodes = _wait_for(lambda n: "Choisissez un mot de passe" in _names(n), "the create screen")
    _type("Lea")
    _key("Tab")
    _type(SECRET_TYPED)
    nodes = _dump()
    assert not _unnamed(nodes), _unnamed(nodes)
    secrets = [n for n in _showing(nodes) if n["role"] == "password text"]
    assert len(secrets) == 2
    for node in nodes:  # the typed password is never exposed, in any node or attribute
        blob = json.dumps(node, ensure_ascii=False)
        assert SECRET_TYPED not in blob, node
    typed = [n for n in secrets if n["text"]]
    assert typed and all(set(n["text"]) <= {"●", "•", "*"} for n in typed), typed

    # Back to the welcome screen with Escape, then open the carnet by keyboard only.
    _key("Escape")
    _wait_for(lambda n: "Bienvenue dans Repères" in _names(n), "the welcome screen again")
    _key("ctrl+o")
    nodes = _wait_for(lambda n: "Votre mot de passe" in _names(n), "the unlock screen")
    assert not _unnamed(nodes), _unnamed(nodes)
    _type(PASSPHRASE)
    _key("Return")
    nodes = _wait_for(lambda n: any("Bonjour Léa" in x for x in _names(n)), "Today")
    assert not _unnamed(nodes), _unnamed(nodes)
    assert "Verrouiller" in _names(nodes)
