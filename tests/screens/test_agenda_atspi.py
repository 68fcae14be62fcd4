"""The agenda as a screen reader reads it, from another process (AT-SPI, as Orca): the list is
named, and each row is an item whose name is its whole sentence — read item by item."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from app import demo
from app.carnet import FAST_KDF, Carnet

from .conftest import PASSPHRASE
from .test_atspi import ROOT, SYSTEM_PYTHON, _key, _need_tools, _type, _unnamed, _wait_for

PRESS = ROOT / "tests" / "helpers" / "atspi_press.py"

pytestmark = pytest.mark.xvfb


def _press(button: str) -> None:
    done = subprocess.run([SYSTEM_PYTHON, str(PRESS), "Reperes", button, "20"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": ""})  # fmt: skip
    assert json.loads(done.stdout)["pressed"], f"no button {button!r}: {done.stderr[-500:]}"


@pytest.fixture
def app_with_a_year(tmp_path, xcb_env):
    _need_tools()
    home = tmp_path / "home"
    carnet, _ = Carnet.create(home / "carnets" / "carnet-0a1b2c3d", PASSPHRASE,
                              owner_name="Camille", kdf=FAST_KDF)  # fmt: skip
    demo.populate(carnet, 1, today=date.today())
    carnet.lock()
    env = {**xcb_env, "REPERES_HOME": str(home), "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    app = subprocess.Popen([sys.executable, "-m", "ui.launcher"], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Repères",
                        "windowfocus", "--sync"], timeout=30, check=False,
                       capture_output=True)  # fmt: skip
        yield app
    finally:
        app.kill()
        app.communicate(timeout=10)


def test_the_agenda_is_read_item_by_item(app_with_a_year):
    _wait_for(lambda n: any(x["name"] == "Ouvrir mon carnet" for x in n), "the welcome screen")
    _key("ctrl+o")
    _wait_for(lambda n: any(x["name"] == "Votre mot de passe" for x in n), "the unlock screen")
    _type(PASSPHRASE)
    _key("Return")
    _wait_for(lambda n: any(x["name"] == "Mon agenda" for x in n), "Today's agenda button")
    _press("Mon agenda")
    nodes = _wait_for(
        lambda n: any(x["role"] == "list" and x["name"] == "Agenda" for x in n), "the agenda"
    )
    assert not _unnamed(nodes), _unnamed(nodes)
    [view] = [n for n in nodes if n["role"] == "list" and n["name"] == "Agenda"]
    assert view["focusable"]
    names = [n["name"] for n in nodes if n["role"] == "list item"]
    showing = [n["name"] for n in nodes if n["role"] == "list item" and n["showing"]]
    assert any(x.startswith("Aujourd’hui, ") for x in showing), showing  # today, in view
    sentences = [x for x in names if " — " in x]  # "9 h 30 — Atelier CV. À apporter : CV."
    assert len(sentences) > 5 and all(x.endswith(".") for x in sentences), names[:12]
