"""What a blind person hears: the real Orca screen reader runs beside Repères (./test's Xvfb and
private D-Bus with its AT-SPI bus), xdotool types as a person does, and what Orca *speaks* is
read from its debug log. A name in the accessibility tree is not enough: Qt can publish a
password's characters in its text events, and Orca ignores a label that changes.

One Orca for the module (it takes seconds to start); one Repères per test.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
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

# What Orca says after a control's name: its role (Orca's own words are in English here).
ROLES = re.compile(r"push button|toggle button|check box|password text|\btext\b|combo box|"
                   r"radio button|\blist\b|list item|spin button")  # fmt: skip

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
        # Qt hands each key to the screen reader before the widget gets it; a person waits
        # for the echo too before moving on (else a Tab can overtake the last letters).
        self.orca.wait_quiet(0.5)

    def says(self, needle: str, what: str = "", *, since: int = 0, timeout: float = 30.0):
        return self.orca.wait_for_speech(lambda s: needle in s, what or repr(needle),
                                         since=since, timeout=timeout)  # fmt: skip

    def tab_to(self, needle: str, *, tabs: int = 40) -> None:
        """Press Tab, as a blind person does, until Orca names a control containing `needle`."""
        heard: list[str] = []
        self.orca.wait_quiet(0.5)  # Orca has caught up with what the last key did
        for _ in range(tabs):
            mark = self.orca.mark()
            self.key("Tab")
            said = self.orca.wait_for_speech(lambda s: ROLES.search(s) is not None,
                                             "a control", since=mark)  # fmt: skip
            heard += said
            if any(needle in s and ROLES.search(s) for s in said):
                return
        raise AssertionError(f"Tab never reached {needle!r}; heard: {heard[-30:]}")


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
    # Characters said one by one (key echo) never spell a piece of a secret.
    echoed = "".join(s.strip() for s in orca.spoken(since) if len(s.strip()) == 1)
    for secret in secrets:
        plain = secret.replace(" ", "").replace("-", "")
        pieces = {plain[i : i + 3] for i in range(len(plain) - 2)}
        assert not any(p in echoed for p in pieces), f"Orca spelled typed characters: {echoed}"


def _open(app: App, since: int) -> None:
    """Today is there once Orca says its title, then the control that has the focus."""
    deadline = time.monotonic() + 30
    while True:
        said = app.orca.spoken(since)
        titles = [i for i, s in enumerate(said) if "Aujourd’hui, " in s]
        if titles and any(ROLES.search(s) for s in said[titles[0] + 1 :]):
            break
        if time.monotonic() > deadline:
            raise AssertionError(f"Today never came with its title; Orca said: {said[-20:]}")
        time.sleep(0.2)
    app.orca.wait_quiet()


def test_opening_says_where_i_am_and_never_the_passphrase(app):
    start = app.orca.mark()
    app.key("ctrl+o")
    app.says("Ouvrir mon carnet panel", "the unlock screen's title", since=start)
    app.says("Votre mot de passe", since=start)
    app.type(WRONG)
    app.key("Return")
    app.says(WRONG_SENTENCE, "the wrong-passphrase sentence", since=start)
    app.key("ctrl+a")
    app.type(PASSPHRASE)
    app.key("Return")
    app.says("Aujourd’hui, ", "Today's title", since=start)
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


def _unlock(app: App) -> int:
    start = app.orca.mark()
    app.key("ctrl+o")
    app.says("Votre mot de passe", since=start)
    app.type(PASSPHRASE)
    app.key("Return")
    _open(app, start)
    return start


def test_hours_by_keyboard_enter_presses_the_focused_button_and_the_saving_is_said(app):
    _unlock(app)
    mark = app.orca.mark()
    app.tab_to("Mes heures d’activité")
    app.key("Return")  # a focused button, not a default one: Enter presses it
    app.says("Mes heures d’activité panel", "the hours screen's title", since=mark)
    app.tab_to("Ajouter des heures")
    mark = app.orca.mark()
    app.key("Return")
    app.says("Date text", "the form's first field", since=mark)
    app.tab_to("Heures")
    app.type("2")
    mark = app.orca.mark()
    app.tab_to("Enregistrer")
    app.key("Return")
    app.says("C’est enregistré.", "the hours confirmation", since=mark)


def test_each_core_screen_says_its_title_and_repeated_buttons_say_what_they_act_on(app):
    _unlock(app)
    for button, title in (("Mon agenda", "Mon agenda panel"),
                          ("Ce que je dois faire", "Ce que vous avez à faire panel")):  # fmt: skip
        app.tab_to(button)
        mark = app.orca.mark()
        app.key("Return")
        app.says(title, f"the title of {button!r}", since=mark)
        if button == "Mon agenda":
            mark = app.orca.mark()
            app.key("Escape")  # back to Today, on the button that opened the agenda
            app.says("Mon agenda push button", "the way back", since=mark)
    # "Ce que je dois faire": every step has a "Fait" button; each says which step it is for.
    app.tab_to("Fait\u00a0: ")
