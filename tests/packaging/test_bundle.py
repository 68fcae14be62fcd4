"""The Linux bundle, built by PyInstaller from packaging/reperes.spec, run as people run it.

The build is cached in .venv/reperes-bundle/ by a hash of the sources (see
packaging/build_bundle.py): the first run builds (about half a minute on 2 cores), the next ones
reuse it. Numbers for the note (size, start time) are printed: run with -s to see them.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bundle_kit import (  # noqa: F401 (bundle_fixture: the fixture `bundle`)
    PASSPHRASE,
    Bundle,
    Pc,
    bundle_fixture,
    passphrase_file,
    run,
)

from helpers import ROOT, require_tool

MIB = 2**20
# Qt's offscreen platform prints this notice when a window is shown (harmless; the app no
# longer filters Qt's messages, see ui/application.py). Anything else on stderr is a fault.
OFFSCREEN_NOTICES = ("This plugin does not support propagateSizeHints()",)


def _stderr(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() not in OFFSCREEN_NOTICES]


def _offscreen(pc: Pc, **extra: str) -> dict[str, str]:
    return pc.env(QT_QPA_PLATFORM="offscreen", **extra)


def _demo(bundle: Bundle, tmp_path: Path, pc: Pc) -> tuple[Path, Path]:
    folder = tmp_path / "carnet de Léa"  # spaces and accents
    secret = passphrase_file(tmp_path)
    made = run(
        [bundle.program, "demo", folder, "--passphrase-file", secret],
        pc.env(REPERES_FAST_KDF="1"),
    )
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    return folder, secret


# -- what is inside -----------------------------------------------------------------------------
def test_the_bundle_holds_what_repères_needs_and_nothing_for_the_network(bundle: Bundle):
    internal = bundle.folder / "_internal"
    assert bundle.program.is_file() and bundle.program.stat().st_mode & 0o111
    # resources, without the README screenshots and the .ts sources
    resources = internal / "resources"
    for needed in ("translations/reperes_fr.qm", "translations/reperes_en.qm",
                   "icons/speaker.svg", "wordlists/fr-courants.txt"):  # fmt: skip
        assert (resources / needed).is_file(), needed
    assert list((resources / "content").rglob("*.*")), "content packs are missing"
    assert not (resources / "screenshots").exists()
    assert not list(resources.rglob("*.ts"))
    # Qt's own French and English translations, and only those
    qt_qm = sorted(p.name for p in internal.rglob("*.qm") if p.parent.name == "translations"
                   and not p.name.startswith("reperes_"))  # fmt: skip
    assert qt_qm == ["qtbase_en.qm", "qtbase_fr.qm"]
    # one Qt binding; no network module, library or plugin of Qt; no Tk
    names = {p.name for p in internal.rglob("*")}
    assert not any(n.startswith(("PyQt5", "PyQt6", "PySide2")) for n in names)
    for forbidden in ("libQt6Network.so.6", "QtNetwork.abi3.so", "libqvnc.so", "libQt6Qml.so.6",
                      "libQt6Quick.so.6", "libQt6OpenGL.so.6"):  # fmt: skip
        assert forbidden not in names, forbidden
    assert not any(n.startswith("_tkinter") for n in names)
    assert not (internal / "PySide6" / "Qt" / "plugins" / "networkinformation").exists()
    assert not (internal / "PySide6" / "Qt" / "plugins" / "tls").exists()
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so",
                   "platforms/libqwayland.so", "printsupport/libcupsprintersupport.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):  # fmt: skip
        assert (internal / "PySide6" / "Qt" / "plugins" / plugin).is_file(), plugin
    # no link left pointing at a file that was dropped
    dangling = [str(p) for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_every_library_of_the_bundle_finds_what_it_links_to(bundle: Bundle):
    """ldd on each shared object: nothing 'not found' (a library the spec dropped but another
    one needs would fail only on the PC that loads it)."""
    ldd = require_tool("ldd")
    internal = bundle.folder / "_internal"
    missing = {}
    for path in [bundle.program, *internal.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        done = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=60)
        lost = [line.split()[0] for line in done.stdout.splitlines() if "not found" in line]
        if lost:
            missing[str(path.relative_to(bundle.folder))] = lost
    assert missing == {}


def test_bundle_size_is_reported(bundle: Bundle):
    """The weight, and what makes it (printed for the note; a budget guards against a
    dependency that drags half of Qt back in)."""
    internal = bundle.folder / "_internal"
    total = bundle.size()
    parts: dict[str, int] = {}
    for path in internal.rglob("*"):
        if path.is_dir() or path.is_symlink():
            continue
        rel = path.relative_to(internal).parts
        if rel[:3] == ("PySide6", "Qt", "lib"):
            key = f"Qt library {rel[3]}"
        elif rel[:3] == ("PySide6", "Qt", "plugins"):
            key = "Qt plugins"
        elif rel[0] == "PySide6":
            key = "PySide6 (Python bindings)"
        else:
            key = rel[0]
        parts[key] = parts.get(key, 0) + path.stat().st_size
    biggest = sorted(parts.items(), key=lambda kv: -kv[1])[:12]
    print(f"\n[packaging] bundle size: {total / MIB:.0f} MiB ({bundle.folder})")
    for key, size in biggest:
        print(f"[packaging]   {size / MIB:6.1f} MiB  {key}")
    assert total < 220 * MIB, "the bundle grew: see what dominates it above"


# -- it runs ------------------------------------------------------------------------------------
def test_smoke_offscreen_shows_the_welcome_screen(bundle: Bundle, tmp_path: Path):
    pc = Pc(tmp_path / "pc").make()
    done = run([bundle.program, "--smoke"], _offscreen(pc, REPERES_HOME=str(tmp_path / "home")))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "smoke: welcome"
    assert _stderr(done.stderr) == []


def test_demo_then_smoke_unlocks_to_today(bundle: Bundle, tmp_path: Path):
    pc = Pc(tmp_path / "pc").make()
    folder, secret = _demo(bundle, tmp_path, pc)
    done = run([bundle.program, "--smoke", "--carnet", folder, "--passphrase-file", secret],
               _offscreen(pc))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "smoke: today"
    assert _stderr(done.stderr) == []
    assert PASSPHRASE not in done.stdout + done.stderr
    checked = run([bundle.program, "check", folder, "--passphrase-file", secret], pc.env())
    assert checked.returncode == 0, checked.stderr
    summary = json.loads(checked.stdout)
    assert summary["ok"] and summary["counts"]["appointment"] > 10
    assert summary["cipher_version"].startswith("4.")


def test_the_frozen_program_speaks_french_and_refuses_a_wrong_passphrase(bundle, tmp_path):
    pc = Pc(tmp_path / "pc").make()
    folder, _secret = _demo(bundle, tmp_path, pc)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("une autre phrase de passe 12 fois\n", "utf-8")
    refused = run([bundle.program, "check", folder, "--passphrase-file", wrong], pc.env())
    assert refused.returncode == 3
    assert refused.stderr == "Cette phrase de passe n'ouvre pas ce carnet.\n"


def test_say_writes_a_wav_through_the_system_espeak_ng(bundle: Bundle, tmp_path: Path):
    """Speech in the bundle: pyttsx3's ctypes binding finds the PC's libespeak-ng."""
    require_tool("espeak-ng")
    pc = Pc(tmp_path / "pc").make()
    out = tmp_path / "voix.wav"
    done = run([bundle.program, "say", "Bonjour, je suis Repères.", "--wav", out], pc.env())
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:4] == b"RIFF" and out.stat().st_size > 10_000


def _median_start(argv: list, env: dict[str, str], cwd: Path | None = None, n: int = 3) -> float:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        done = run(argv, env, cwd=cwd)
        times.append(time.perf_counter() - started)
        assert done.returncode == 0, done.stderr
        assert "smoke: today" in done.stdout
    return statistics.median(times)


def test_start_time_bundle_versus_source(bundle: Bundle, tmp_path: Path):
    """Start to the Today screen of a demo carnet (unlock included, cheap KDF), offscreen,
    median of 3; printed for the note. A loose guard only: budgets belong to the benchmark."""
    pc = Pc(tmp_path / "pc").make()
    folder, secret = _demo(bundle, tmp_path, pc)
    args = ["--smoke", "--carnet", folder, "--passphrase-file", secret]
    env = _offscreen(pc)
    frozen = _median_start([bundle.program, *args], env)
    source = _median_start([sys.executable, "-m", "ui.launcher", *args], env, cwd=ROOT)
    print(f"\n[packaging] start to Today (offscreen, median of 3): bundle {frozen:.2f} s, "
          f"source (python -m ui.launcher) {source:.2f} s")  # fmt: skip
    assert frozen < max(3 * source, 5.0)


@pytest.mark.xvfb
def test_smoke_on_a_real_x_server(bundle: Bundle, tmp_path: Path, xcb_env):
    pc = Pc(tmp_path / "pc").make()
    folder, secret = _demo(bundle, tmp_path, pc)
    env = pc.env(xcb_env)
    started = time.perf_counter()
    done = run([bundle.program, "--smoke", "--carnet", folder, "--passphrase-file", secret], env)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "smoke: today"
    assert done.stderr == ""  # on X, not even the offscreen notice
    print(f"\n[packaging] bundle under Xvfb: start to Today {seconds:.2f} s")
