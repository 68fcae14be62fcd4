"""Never a network socket (handbook §1): blocked in tests, absent from the real app, absent
from the code."""

from __future__ import annotations

import ast
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, network, require_tool, xserver

PASSPHRASE = "cheval orange parapluie lointain 42"

# Modules that talk to the network, or exist only to. urllib.parse is pure string work.
FORBIDDEN_MODULES = (
    "socket", "ssl", "socketserver", "asyncio.streams", "urllib", "http.client", "http.server",
    "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "requests", "httpx",
    "aiohttp", "urllib3", "websocket", "websockets", "PySide6.QtNetwork", "PySide6.QtWebSockets",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtNetworkAuth",
    "PySide6.QtRemoteObjects",
)  # fmt: skip
ALLOWED_MODULES = ("urllib.parse",)


# -- (a) the guard of this test session -----------------------------------------------------------
@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_internet_sockets_are_blocked(family):
    with pytest.raises(network.NetworkBlocked):
        socket.socket(family, socket.SOCK_STREAM)


def test_default_socket_and_create_connection_are_blocked():
    with pytest.raises(network.NetworkBlocked):
        socket.socket()
    with pytest.raises(network.NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)


def test_unix_sockets_still_work():
    a, b = socket.socketpair(socket.AF_UNIX)
    with a, b:
        a.sendall(b"ok")
        assert b.recv(2) == b"ok"


# -- (b) the real program, traced -----------------------------------------------------------------
def _reperes() -> list[str]:
    script = Path(sys.executable).with_name("reperes")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "ui.launcher"]


def _traced(argv: list[str], tmp_path: Path, env: dict[str, str] | None = None):
    strace = require_tool("strace")
    out = tmp_path / f"strace-{len(list(tmp_path.glob('strace-*')))}.txt"
    proc = subprocess.run(
        network.strace_command(strace, out, argv),
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    trace = out.read_text("utf-8", errors="replace")
    return proc, trace


def test_strace_sees_an_internet_socket(tmp_path):
    """The detector itself: a child that only creates (never connects) an AF_INET socket."""
    code = "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()"
    proc, trace = _traced([sys.executable, "-c", code], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert network.inet_calls(trace), trace


def test_app_smoke_opens_no_internet_socket(tmp_path):
    proc, trace = _traced([*_reperes(), "--smoke"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert network.inet_calls(trace) == []


@pytest.mark.xvfb
def test_app_smoke_on_x_opens_no_internet_socket(tmp_path):
    proc, trace = _traced([*_reperes(), "--smoke"], tmp_path, env=xserver.xcb_env())
    assert proc.returncode == 0, proc.stderr
    assert network.inet_calls(trace) == []
    # It did talk to the X server, over a local socket.
    assert any("AF_UNIX" in line for line in network.socket_calls(trace)), trace


def test_cli_check_opens_no_internet_socket(tmp_path, fast_kdf):
    from app.carnet import Carnet

    folder = tmp_path / "carnet"
    carnet, _code = Carnet.create(folder, PASSPHRASE, kdf=fast_kdf)
    carnet.lock()
    secret = tmp_path / "phrase.txt"
    secret.write_text(PASSPHRASE + "\n", "utf-8")
    proc, trace = _traced(
        [*_reperes(), "check", str(folder), "--passphrase-file", str(secret)], tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)  # the JSON summary
    assert PASSPHRASE not in proc.stdout + proc.stderr
    assert network.inet_calls(trace) == []


# -- (c) the code ---------------------------------------------------------------------------------
def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def _forbidden(module: str) -> bool:
    if any(module == ok or module.startswith(ok + ".") for ok in ALLOWED_MODULES):
        return False
    return any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN_MODULES)


def test_forbidden_detector():
    assert _forbidden("socket")
    assert _forbidden("PySide6.QtNetwork")
    assert _forbidden("urllib.request")
    assert not _forbidden("urllib.parse")
    assert not _forbidden("socketlike")


def test_no_network_module_is_imported_by_app_or_ui():
    offenders = []
    files = [p for d in ("app", "ui") for p in sorted((ROOT / d).rglob("*.py"))]
    assert files
    for path in files:
        for lineno, module in _imports(path):
            if _forbidden(module):
                offenders.append(f"{path.relative_to(ROOT)}:{lineno}: {module}")
    assert offenders == []


def test_no_network_module_in_sources_via_strings():
    """Dynamic imports (importlib, __import__) of network modules, by name."""
    offenders = []
    for d in ("app", "ui"):
        for path in sorted((ROOT / d).rglob("*.py")):
            text = path.read_text("utf-8")
            for word in ("QtNetwork", 'import_module("socket', '__import__("socket'):
                if word in text:
                    offenders.append(f"{path.relative_to(ROOT)}: {word}")
    assert offenders == []
