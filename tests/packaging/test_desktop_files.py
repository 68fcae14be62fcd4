"""Desktop integration files: the Linux menu entry and AppStream metadata (validated by the
freedesktop tools), the icons in every size they claim, the per-user Linux install script, and
the Windows installer script's promises (per user, no administrator, French first)."""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

import pytest
from bundle_kit import PACKAGING, Bundle, Pc, bundle_fixture, load, run  # noqa: F401

from app import __version__
from helpers import require_tool

LINUX = PACKAGING / "linux"
ICONS = PACKAGING / "icons"
ID = "fr.reperes.Reperes"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path.name
    return struct.unpack(">II", data[16:24])


def test_the_desktop_entry_is_valid():
    validate = require_tool("desktop-file-validate")
    done = subprocess.run([validate, str(LINUX / f"{ID}.desktop")], capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout


def test_the_appstream_metadata_is_valid():
    appstreamcli = require_tool("appstreamcli")
    metainfo = LINUX / f"{ID}.metainfo.xml"
    done = subprocess.run([appstreamcli, "validate", "--no-net", str(metainfo)],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    text = metainfo.read_text("utf-8")
    assert f'<release version="{__version__}"' in text  # bump it with app.__version__
    assert "<project_license>GPL-3.0-or-later</project_license>" in text


def test_icons_exist_in_every_size_and_in_the_windows_icon():
    for size in PNG_SIZES:
        assert _png_size(ICONS / f"reperes-{size}.png") == (size, size)
    ico = (ICONS / "reperes.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        entry = ico[6 + 16 * i : 22 + 16 * i]
        width, _h, _c, _r, _planes, _bits, _length, offset = struct.unpack("<BBBBHHII", entry)
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes
    assert "<svg" in (ICONS / "reperes.svg").read_text("utf-8")


def test_the_icons_are_what_the_script_makes_from_the_svg(qapp):
    """make_icons.py renders the committed SVG; the committed PNGs are its output (compared
    pixel by pixel, with room for antialiasing changes between Qt versions)."""
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    icons = load("icons/make_icons")
    renderer = QSvgRenderer(str(ICONS / "reperes.svg"))
    assert renderer.isValid()
    for size in (16, 48, 256):
        made = QImage.fromData(icons.render_png(renderer, size), "PNG")
        kept = QImage(str(ICONS / f"reperes-{size}.png"))
        assert (made.width(), made.height()) == (kept.width(), kept.height()) == (size, size)
        worst = max(
            abs(a - b)
            for y in range(size)
            for x in range(size)
            for a, b in zip(_rgba(made.pixel(x, y)), _rgba(kept.pixel(x, y)), strict=True)
        )
        assert worst <= 24, f"reperes-{size}.png is out of date: run packaging/icons/make_icons.py"


def _rgba(pixel: int) -> tuple[int, int, int, int]:
    return (pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255, (pixel >> 24) & 255


def test_linux_per_user_install_and_uninstall(bundle: Bundle, tmp_path: Path):
    """install.sh into a data folder with spaces and accents: the menu entry points at the
    program (quoted), validates, the icons are in hicolor, the program starts; --uninstall
    removes all of it."""
    validate = require_tool("desktop-file-validate")
    data_home = tmp_path / "Données de Léa"
    pc = Pc(tmp_path / "pc").make()
    env = pc.env()
    done = run(["bash", LINUX / "install.sh", bundle.folder, data_home], env, timeout=300)
    assert done.returncode == 0, done.stderr
    entry = data_home / "applications" / f"{ID}.desktop"
    program = data_home / "reperes" / "reperes"
    text = entry.read_text("utf-8")
    assert f'Exec="{program}"' in text and f"TryExec={program}" in text
    checked = subprocess.run([validate, str(entry)], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for size in PNG_SIZES:
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ID}.png"
        assert _png_size(icon) == (size, size)
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{ID}.svg").is_file()
    assert (data_home / "metainfo" / f"{ID}.metainfo.xml").is_file()
    started = run([program, "--smoke"], pc.env(QT_QPA_PLATFORM="offscreen",
                                               REPERES_HOME=str(tmp_path / "home")))  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "smoke: welcome"

    removed = run(["bash", LINUX / "install.sh", "--uninstall", data_home], env)
    assert removed.returncode == 0, removed.stderr
    # the desktop's own indexes of the folders (rebuilt by its tools) may stay
    caches = {"applications/mimeinfo.cache", "icons/hicolor/icon-theme.cache"}
    left = {str(p.relative_to(data_home)) for p in data_home.rglob("*") if p.is_file()}
    assert left - caches == set()


def _iss() -> str:
    return (PACKAGING / "windows" / "reperes.iss").read_text("utf-8")


def _iss_value(key: str) -> str | None:
    m = re.search(rf"^{key}=(.*)$", _iss(), re.MULTILINE)
    return m.group(1).strip() if m else None


def test_the_windows_installer_is_per_user_without_admin_and_french_first():
    """Inno Setup cannot run here; this reads what the script promises."""
    assert _iss_value("PrivilegesRequired") == "lowest"
    assert _iss_value("DefaultDirName") == r"{autopf}\{#AppName}"  # = %LOCALAPPDATA%\Programs
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile', _iss(), re.MULTILINE)
    assert languages[0] == "french"
    assert _iss_value("ShowLanguageDialog") == "no"
    assert "{group}" in _iss() and "[UninstallDelete]" in _iss()
    for path in re.findall(r'(?:Source|SetupIconFile)[:=] ?"?([^";\n]+)', _iss()):
        if "{#" in path:
            continue
        assert (PACKAGING / "windows" / path.replace("\\", "/")).exists(), path


@pytest.mark.parametrize("name", ["README.md", "reperes.spec"])
def test_packaging_docs_name_no_machine_paths(name: str):
    text = (PACKAGING / name).read_text("utf-8")
    assert "/work/" not in text and "/root/" not in text and "/tmp/" not in text
