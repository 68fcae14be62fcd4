"""The portable copy (packaging/build_portable.py), unpacked on a "stick" whose path has spaces and
accents, with a read-only program folder, run on an empty "library PC": everything Repères writes
stays on the stick. The file tracer (strace) lists every file a run creates, changes or removes
anywhere; the PC's personal folders (HOME, XDG folders, TMPDIR) must stay empty.

As root (./test in CI) permissions do not stop writes, so the program runs without the
capabilities that bypass them (setpriv): a read-only folder is read-only for it.
"""

from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from bundle_kit import (  # noqa: F401 (fixtures: bundle, portable_zip)
    Bundle,
    Pc,
    bundle_fixture,
    load,
    no_dac_override,
    outside,
    passphrase_file,
    portable_zip_fixture,
    run,
    traced,
    writes,
)

STICK = "Clé USB de Léa"
FOLDER = "Repères"


@pytest.fixture(scope="module")
def unpacked(portable_zip: Path, tmp_path_factory) -> Path:
    """The zip unpacked once (as `unzip` does); each test copies it onto its own stick."""
    portable = load("build_portable")
    return portable.extract(portable_zip, tmp_path_factory.mktemp("unpacked"))


def _stick(unpacked: Path, tmp_path: Path) -> Path:
    program = tmp_path / STICK / FOLDER
    shutil.copytree(unpacked, program, symlinks=True)
    return program


def _read_only(folder: Path, keep: Path | None = None) -> None:
    """chmod -w on a folder and everything in it, except `keep` (and what is inside it)."""
    for path in [folder, *folder.rglob("*")]:
        if keep is not None and (path == keep or keep in path.parents):
            continue
        mode = path.lstat().st_mode
        if not stat.S_ISLNK(mode):
            path.chmod(stat.S_IMODE(mode) & ~0o222)


def _writable_again(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(stat.S_IMODE(path.lstat().st_mode) | 0o200)


@pytest.fixture
def stick(unpacked: Path, tmp_path: Path):
    program = _stick(unpacked, tmp_path)
    yield program
    _writable_again(tmp_path / STICK)  # so that pytest can remove it


# -- the zip --------------------------------------------------------------------------------------
def test_the_zip_holds_the_program_the_marker_an_empty_data_folder_and_a_french_readme(
    portable_zip: Path,
):
    with zipfile.ZipFile(portable_zip) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        assert {n.split("/")[0] for n in infos} == {"Reperes"}
        program = infos["Reperes/reperes"]
        assert (program.external_attr >> 16) & 0o111, "the program must stay executable"
        assert "Reperes/reperes-portable" in infos
        assert infos["Reperes/donnees/"].is_dir()
        assert [n for n in infos if n.startswith("Reperes/donnees/")] == ["Reperes/donnees/"]
        assert not [i for i in infos.values() if stat.S_ISLNK(i.external_attr >> 16)]
        readme = zf.read("Reperes/LISEZ-MOI.txt")
    assert readme.startswith(b"\xef\xbb\xbf") and b"\r\n" in readme  # Notepad-friendly
    text = readme.decode("utf-8-sig")
    for words in ("clé USB", "donnees", "Éjectez", "France Services", "espeak-ng", "GPL"):
        assert words in text, words
    assert " :" not in text and "\u00a0:" in text  # French spacing
    assert "« donnees »".replace(" ", "\u00a0") in text


# -- running from the stick ---------------------------------------------------------------------
def _portable_session(program: Path, tmp_path: Path, pc: Pc, extra_env: dict[str, str]):
    """demo into the stick's data folder, then the app finds and opens it (no --carnet: portable
    mode looks in donnees/carnets), then check; every run traced. Returns the writes found."""
    secret = passphrase_file(tmp_path)  # read from outside the stick: reading leaves no trace
    carnet = program / "donnees" / "carnets" / "carnet-0badcafe"
    env = pc.env(**extra_env, REPERES_FAST_KDF="1")
    prefix = no_dac_override()
    runs = [
        ("demo", [*prefix, program / "reperes", "demo", carnet, "--passphrase-file", secret]),
        ("smoke", [*prefix, program / "reperes", "--smoke", "--passphrase-file", secret]),
        ("check", [*prefix, program / "reperes", "check", carnet, "--passphrase-file", secret]),
    ]
    found = []
    for name, argv in runs:
        done, trace = traced(argv, env, tmp_path / f"trace-{name}", cwd=pc.folders["HOME"])
        assert done.returncode == 0, f"{name}: {done.stderr}"
        if name == "smoke":
            assert done.stdout.strip() == "smoke: today", done.stdout
        found += writes(trace)
    assert (carnet / "envelope.json").is_file()
    return found


def _assert_nothing_written_on_the_pc(found, program: Path, pc: Pc) -> None:
    stick_root = program.parent
    bad = outside([w for w in found if w.ok], [stick_root], pc.folders["HOME"])
    on_pc = [str(w) for w in bad]
    print(f"\n[packaging] portable run: {len(found)} writes traced, "
          f"{len(on_pc)} outside the stick: {on_pc or 'none'}; "
          f"files in HOME/XDG/TMPDIR: {pc.written() or 'none'}")  # fmt: skip
    assert on_pc == []
    assert pc.written() == []
    # The program folder is read-only: nothing was even tried there, outside donnees/.
    data = program / "donnees"
    tried = [str(w) for w in found if any(
        p.startswith(str(program) + "/") and not p.startswith(str(data) + "/")
        for p in w.paths
    )]  # fmt: skip
    assert tried == []


def test_runs_from_a_read_only_folder_with_accents_and_writes_only_on_the_stick(
    stick: Path, tmp_path: Path
):
    _read_only(stick, keep=stick / "donnees")
    pc = Pc(tmp_path / "pc").make()
    found = _portable_session(stick, tmp_path, pc, {"QT_QPA_PLATFORM": "offscreen"})
    _assert_nothing_written_on_the_pc(found, stick, pc)
    # the settings file, if any, is on the stick too
    assert not list(pc.root.rglob("reperes.ini"))


@pytest.mark.xvfb
def test_on_a_real_x_server_nothing_is_written_on_the_pc_either(
    stick: Path, tmp_path: Path, xcb_env
):
    """Under X, fonts (fontconfig), the X server and the accessibility bus come into play."""
    _read_only(stick, keep=stick / "donnees")
    pc = Pc(tmp_path / "pc").make()
    names = ("DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS",
             "QT_LINUX_ACCESSIBILITY_ALWAYS_ON")  # fmt: skip
    keep = {k: xcb_env[k] for k in names if k in xcb_env}
    found = _portable_session(stick, tmp_path, pc, keep)
    _assert_nothing_written_on_the_pc(found, stick, pc)


# -- a stick Repères cannot write to --------------------------------------------------------------
def test_a_read_only_stick_is_told_plainly_with_exit_code_8(stick: Path, tmp_path: Path):
    _read_only(stick)  # the data folder too: a write-protected stick
    pc = Pc(tmp_path / "pc").make()
    secret = passphrase_file(tmp_path)
    carnet = stick / "donnees" / "carnets" / "carnet-0badcafe"
    made = run(
        [*no_dac_override(), stick / "reperes", "demo", carnet, "--passphrase-file", secret],
        pc.env(REPERES_FAST_KDF="1"),
    )
    assert made.returncode == 8
    assert made.stderr.strip() == (
        "Impossible d'écrire sur le disque ou la clé USB. Rien d'enregistré n'a été perdu."
    )
    assert "Traceback" not in made.stderr
    assert not carnet.exists()
    assert pc.written() == []


def test_a_carnet_on_a_stick_that_became_read_only_is_refused_with_exit_code_8(
    stick: Path, tmp_path: Path
):
    """The app cannot open it for writing: the unlock screen says why (StorageError: 'Repères
    cannot write here…'), the smoke run exits 8, and the carnet is unchanged."""
    pc = Pc(tmp_path / "pc").make()
    secret = passphrase_file(tmp_path)
    carnet = stick / "donnees" / "carnets" / "carnet-0badcafe"
    made = run([stick / "reperes", "demo", carnet, "--passphrase-file", secret],
               pc.env(REPERES_FAST_KDF="1"))  # fmt: skip
    assert made.returncode == 0, made.stderr
    before = {p.name: p.read_bytes() for p in carnet.iterdir() if p.name != "carnet.lock"}
    _read_only(stick)
    env = pc.env(QT_QPA_PLATFORM="offscreen")
    opened = run([*no_dac_override(), stick / "reperes", "--smoke", "--carnet", carnet,
                  "--passphrase-file", secret], env)  # fmt: skip
    assert opened.returncode == 8, opened.stdout + opened.stderr
    assert opened.stdout.strip() == "smoke: unlock"
    checked = run(
        [*no_dac_override(), stick / "reperes", "check", carnet, "--passphrase-file", secret], env
    )
    assert checked.returncode == 8
    assert "Impossible d'écrire" in checked.stderr
    after = {p.name: p.read_bytes() for p in carnet.iterdir() if p.name != "carnet.lock"}
    assert after == before


def test_starting_from_a_read_only_stick_says_so_at_once(stick: Path, tmp_path: Path):
    _read_only(stick)
    pc = Pc(tmp_path / "pc").make()
    done = run([*no_dac_override(), stick / "reperes", "--smoke"],
               pc.env(QT_QPA_PLATFORM="offscreen"))  # fmt: skip
    assert done.returncode == 8


# -- caches of the libraries ----------------------------------------------------------------------
FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir prefix="xdg">fontconfig</cachedir>
</fontconfig>
"""


def _fonts_without_cache(tmp_path: Path) -> Path:
    """A font folder fontconfig has no cache for, so it writes one (as on a PC whose system
    font cache is out of date). Only the per-user cache folder is offered: as root, fontconfig
    would otherwise write in the system's own cache folder."""
    source = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not source.is_file():
        pytest.fail("fonts-dejavu-core is missing (./run installs it)")
    fonts = tmp_path / "polices"
    fonts.mkdir()
    shutil.copy(source, fonts / source.name)
    conf = tmp_path / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=fonts), "utf-8")
    return conf


def test_a_font_cache_fontconfig_must_write_goes_on_the_stick(
    stick: Path, bundle: Bundle, tmp_path: Path
):
    conf = _fonts_without_cache(tmp_path)
    # Without the portable marker (the installed program), the cache lands in the PC's HOME:
    # the situation the runtime hook is for (this shows the test can see it).
    installed = Pc(tmp_path / "pc-installed").make()
    env = installed.env(QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(conf),
                        REPERES_HOME=str(tmp_path / "reperes-home"))  # fmt: skip
    done = run([bundle.program, "--smoke"], env)
    assert done.returncode == 0, done.stderr
    assert any("fontconfig" in p for p in installed.written()), installed.written()

    # The portable copy: the same cache goes to donnees/cache on the stick, none on the PC.
    _read_only(stick, keep=stick / "donnees")
    pc = Pc(tmp_path / "pc").make()
    done = run([*no_dac_override(), stick / "reperes", "--smoke"],
               pc.env(QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(conf)))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "smoke: welcome"
    assert pc.written() == []
    assert list((stick / "donnees" / "cache" / "fontconfig").glob("*cache*"))
