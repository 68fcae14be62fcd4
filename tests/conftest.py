"""The test session: no network, a throw-away home, Qt offscreen (or on X for `xvfb` tests).

This file is loaded before any test module, so what it sets up holds for the whole session:

- AF_INET/AF_INET6 sockets cannot be created (AF_UNIX still works for X11 and D-Bus);
- HOME, the XDG folders, TMPDIR and REPERES_HOME point into one temporary folder, removed at the
  end (set REPERES_TEST_KEEP=1 to keep it); tests never write into the real home;
- QT_QPA_PLATFORM=offscreen, except for tests marked `xvfb`, which run in a child process on the
  X server that ./test starts (see helpers/xserver.py);
- fixtures: `fast_kdf` (carnets in milliseconds: pass `kdf=fast_kdf` explicitly),
  `session_dirs`, `secret_service` (an unlocked gnome-keyring-daemon), `xcb_env`;
  `qapp`/`qtbot` come from pytest-qt;
- hypothesis profile "reperes": no deadline, example database in the throw-away folder.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.database import DirectoryBasedExampleDatabase

TESTS_DIR = Path(__file__).resolve().parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from helpers import need, network, xserver  # noqa: E402
from helpers import secret_service as keyring_daemon  # noqa: E402

# -- the cheap test KDF ------------------------------------------------------------------------
# Carnets below the handbook's Argon2id floor (64 MiB) are refused unless this explicit mode is on
# (app/carnet/envelope.py); test carnets use FAST_KDF, and children inherit the environment.
os.environ["REPERES_FAST_KDF"] = "1"

# -- no network -----------------------------------------------------------------------------------
network.block_network()


# -- a throw-away home -----------------------------------------------------------------------------
@dataclass(frozen=True)
class SessionDirs:
    root: Path
    home: Path
    config: Path
    data: Path
    cache: Path
    state: Path
    runtime: Path
    tmp: Path
    reperes_home: Path

    def all(self) -> list[Path]:
        return [self.home, self.config, self.data, self.cache, self.state, self.runtime,
                self.tmp, self.reperes_home]  # fmt: skip


def _isolate() -> SessionDirs:
    root = Path(tempfile.mkdtemp(prefix="reperes-tests-")).resolve()
    dirs = SessionDirs(
        root=root,
        home=root / "home",
        config=root / "home" / ".config",
        data=root / "home" / ".local" / "share",
        cache=root / "home" / ".cache",
        state=root / "home" / ".local" / "state",
        runtime=root / "runtime",
        tmp=root / "tmp",
        reperes_home=root / "reperes",
    )
    for d in dirs.all():
        d.mkdir(parents=True, exist_ok=True)
    dirs.runtime.chmod(0o700)  # Qt and D-Bus refuse a runtime folder others can read
    os.environ.update(
        HOME=str(dirs.home),
        XDG_CONFIG_HOME=str(dirs.config),
        XDG_DATA_HOME=str(dirs.data),
        XDG_CACHE_HOME=str(dirs.cache),
        XDG_STATE_HOME=str(dirs.state),
        XDG_RUNTIME_DIR=str(dirs.runtime),
        TMPDIR=str(dirs.tmp),
        TEMP=str(dirs.tmp),
        TMP=str(dirs.tmp),
        REPERES_HOME=str(dirs.reperes_home),
    )
    tempfile.tempdir = str(dirs.tmp)  # pytest's tmp_path lands here too
    return dirs


DIRS = _isolate()

# -- hypothesis -----------------------------------------------------------------------------------
# No per-example deadline (a 2-core CI machine is slow and uneven); the example database lives in
# the throw-away folder, not in the checkout; a failure prints the blob that reproduces it.
settings.register_profile(
    "reperes",
    deadline=None,
    database=DirectoryBasedExampleDatabase(str(DIRS.root / "hypothesis")),
    print_blob=True,
)
settings.load_profile("reperes")

# -- Qt -------------------------------------------------------------------------------------------
os.environ["QT_QPA_PLATFORM"] = xserver.qt_platform()
os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
os.environ.pop("WAYLAND_DISPLAY", None)


# -- hooks ----------------------------------------------------------------------------------------
_delegator: xserver.Delegator | None = None
_config: pytest.Config | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _delegator, _config
    _config = config
    if not xserver.in_child():
        _delegator = xserver.Delegator(config)


def pytest_unconfigure(config: pytest.Config) -> None:
    if os.environ.get("REPERES_TEST_KEEP"):
        print(f"\ntest files kept in {DIRS.root}", file=sys.stderr)
        return
    shutil.rmtree(DIRS.root, ignore_errors=True)


def pytest_report_header(config: pytest.Config) -> list[str]:
    display = os.environ.get("DISPLAY") or "none (xvfb tests skipped)"
    bus = "private (./test)" if os.environ.get(keyring_daemon.PRIVATE_BUS_ENV) else "none"
    return [f"reperes: Qt {os.environ['QT_QPA_PLATFORM']}, X display {display}, D-Bus {bus}"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if xserver.in_child():
        return
    for item in items:
        if xserver.wants_x(item) and xserver.has_display():
            item.add_marker(pytest.mark.timeout(0))  # the child process enforces the timeout


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> bool | None:
    if _delegator is None or not xserver.wants_x(item) or not xserver.has_display():
        return None
    _delegator.run(item, nextitem)
    return True


def pytest_runtest_setup(item: pytest.Item) -> None:
    reason = xserver.skip_reason(item)
    if reason:
        need(False, reason)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if xserver.in_child() and _config is not None:
        xserver.record_report(_config, report)


# -- fixtures -------------------------------------------------------------------------------------
@pytest.fixture
def fast_kdf():
    """Cheap Argon2id parameters: tests create carnets with `kdf=fast_kdf`, never the default."""
    from app.carnet import FAST_KDF

    return FAST_KDF


@pytest.fixture(scope="session")
def session_dirs() -> SessionDirs:
    """The isolated HOME/XDG/TMPDIR/REPERES_HOME of this test session."""
    return DIRS


@pytest.fixture(scope="session")
def secret_service():
    """An unlocked gnome-keyring-daemon on ./test's private session bus (keyring's
    SecretService backend finds it). Skipped without ./test, failed under CI."""
    with keyring_daemon.running() as svc:
        yield svc


@pytest.fixture
def xcb_env() -> dict[str, str]:
    """Environment for a subprocess that shows real windows on ./test's Xvfb."""
    need(xserver.has_display(), "needs an X server: run it with ./test (starts Xvfb)")
    return xserver.xcb_env()
