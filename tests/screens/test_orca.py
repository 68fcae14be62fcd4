"""What a blind person hears: the real Orca screen reader runs beside Repères (./test's Xvfb and
private D-Bus with its AT-SPI bus), xdotool types as a person does, and what Orca *speaks* is
read from its debug log. A name in the accessibility tree is not enough: Qt can publish a
password's characters in its text events, and Orca ignores a label that changes.

One Orca for the module (it takes seconds to start); one Repères per test.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app import demo
from app.carnet import FAST_KDF, Carnet
from helpers.screen_reader import Orca, missing_tools
from ui.secret_edit import MASK

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
WRONG = "kiwi zoulou quartz"  # a wrong passphrase typed by the person: never said either
WRONG_SENTENCE = "Ce mot de passe n’ouvre pas le carnet."

pytestmark = pytest.mark.xvfb


@pytest.fixture(scope="module")
def orca(tmp_path_factory):
    missing = missing_tools()
    if missing:
        pytest.fail(f"missing {missing}: ./test installs them (Debian packages in ./run)")
    reader = Orca.start(tmp_path_factory.mktemp("orca"))
    try:
        yield reader
    finally:
        reader.stop()


class App:
    def __init__(self, orca: Orca, proc: subprocess.Popen, code: str):
        self.orca, self.proc, self.recovery_code = orca, proc, code

    def key(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", "--delay", "80", "--clearmodifiers", *keys],
                       check=True, timeout=20)  # fmt: skip

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "60", text], check=True, timeout=60)

    def says(self, needle: str, what: str = "", *, since: int = 0, timeout: float = 30.0):
        return self.orca.wait_for_speech(lambda s: needle in s, what or repr(needle),
                                         since=since, timeout=timeout)  # fmt: skip


@pytest.fixture
def app(orca, tmp_path, xcb_env):
    home = tmp_path / "home"
    carnet, code = Carnet.create(home / "carnets" / "carnet-0a1b2c3d", PASSPHRASE,
                                 owner_name="Léa", kdf=FAST_KDF)  # fmt: skip
    demo.populate(carnet, 1, today=date.today())
    carnet.lock()
    env = {**xcb_env, "REPERES_HOME": str(home), "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    mark = orca.mark()
    proc = subprocess.Popen([sys.executable, "-m", "ui.launcher"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        # No window manager on Xvfb: give the window the keyboard focus, once it is mapped.
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Repères",
                        "windowfocus", "--sync"], timeout=30, check=False,
                       capture_output=True)  # fmt: skip
        orca.wait_for_speech(lambda s: "Repères" in s, "the window's name", since=mark)
        yield App(orca, proc, code)
    finally:
        proc.kill()
        out, err = proc.communicate(timeout=10)
        assert PASSPHRASE not in out + err
        orca.wait_quiet(0.5)


def _never_said(orca: Orca, since: int, *secrets: str) -> None:
    log = orca.text()[since:]
    for secret in secrets:
        for word in secret.replace("-", " ").split():
            assert word not in log, f"{word!r} is in Orca's log"
    for event in orca.text_events(since):
        if event.role == "password text":
            assert set(event.data) <= {MASK}, event  # what Qt told Orca was typed
    letters = {c for s in secrets for c in s if c.isalnum()}
    single = [s for s in orca.spoken(since) if len(s.strip()) == 1 and s.strip() in letters]
    assert not single, f"Orca spoke typed characters: {single}"


def _open(app: App, since: int) -> None:
    """Today is there once Orca says the first button of its first card."""
    app.says("Lire les rappels", "Today's first button", since=since)


def test_the_passphrase_is_never_spoken(app):
    start = app.orca.mark()
    app.key("ctrl+o")
    app.says("Votre mot de passe", since=start)
    app.type(WRONG)
    app.key("Return")
    app.says("black circle characters", "the wrong passphrase selected", since=start)
    app.key("ctrl+a")
    app.type(PASSPHRASE)
    app.key("Return")
    _open(app, start)
    app.orca.wait_quiet()
    _never_said(app.orca, start, PASSPHRASE, WRONG)


def test_the_recovery_code_is_never_spoken(app):
    start = app.orca.mark()
    app.key("ctrl+o")
    app.says("Votre mot de passe", since=start)
    for _ in range(6):  # field, Montrer, Ouvrir, ... then "I forgot my password"
        mark = app.orca.mark()
        app.key("Tab")
        said = app.orca.wait_for_speech(lambda s: "button" in s or "box" in s, "a button",
                                        since=mark)  # fmt: skip
        if any("oublié" in s for s in said):
            break
    app.key("space")
    app.says("code de secours", "the recovery-code field", since=start)
    new = "ortie gingembre wapiti yaourt"
    app.type(app.recovery_code)
    app.key("Tab", "Tab")
    app.type(new)
    app.key("Tab", "Tab")
    app.type(new)
    app.key("Return")
    _open(app, start)
    app.orca.wait_quiet()
    _never_said(app.orca, start, app.recovery_code, new)
