"""The test harness itself: isolation, Qt platforms, the Secret Service."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest


def _inside(path: Path, root: Path) -> bool:
    return Path(path).resolve().is_relative_to(root)


def test_home_and_temp_are_isolated(session_dirs, tmp_path):
    root = session_dirs.root
    assert _inside(Path.home(), root)
    assert _inside(Path(tempfile.gettempdir()), root)
    assert _inside(tmp_path, root)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        assert _inside(Path(os.environ[var]), root), var


def test_reperes_home_is_isolated(session_dirs):
    from app.locations import locate

    where = locate()
    assert _inside(where.data_dir, session_dirs.root)
    assert _inside(where.config_dir, session_dirs.root)


def test_fast_kdf_is_the_cheap_one(fast_kdf):
    from app.carnet import FAST_KDF, KdfParams

    assert fast_kdf is FAST_KDF
    assert fast_kdf.memory_cost < KdfParams().memory_cost


def test_qt_runs_offscreen_by_default(qapp):
    assert qapp.platformName() == "offscreen"
    assert os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] == "1"


def test_secret_service_stores_and_forgets(secret_service):
    from keyring.backends.SecretService import Keyring

    backend = Keyring()
    backend.set_password("reperes-test", "carnet-1234", "clé de test")
    assert backend.get_password("reperes-test", "carnet-1234") == "clé de test"
    backend.delete_password("reperes-test", "carnet-1234")
    assert backend.get_password("reperes-test", "carnet-1234") is None
    assert secret_service.pid > 0


# Last in the module on purpose: the module after it must still set up cleanly (the
# delegated item does the teardown pytest would have done; see helpers/xserver.py).
@pytest.mark.xvfb
def test_xvfb_tests_run_on_a_real_x_server(qapp, qtbot):
    from PySide6.QtWidgets import QPushButton

    assert qapp.platformName() == "xcb"
    button = QPushButton("Bonjour")
    qtbot.addWidget(button)
    with qtbot.waitExposed(button):
        button.show()
    assert button.isVisible()
    assert button.windowHandle().isExposed()
