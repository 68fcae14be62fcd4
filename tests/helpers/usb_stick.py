"""A stand-in USB stick, real for the kernel: a small tmpfs (its content) bind-mounted at a
"media" folder. Full: the tmpfs is smaller than what is written. Pulled: the bind mount is
unmounted; the content stays on the tmpfs, as on a stick plugged in again.
Needs root for mount(8): skipped otherwise, saying why."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _sh(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=30)


class Stick:
    def __init__(self, root: Path, size: str):
        self.backing = root / "contenu"
        self.mount = root / "media" / "Clé USB"
        self.backing.mkdir(parents=True)
        self.mount.mkdir(parents=True)
        done = _sh("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                   str(self.backing))  # fmt: skip
        if done.returncode != 0:
            pytest.fail(f"running as root but cannot mount a tmpfs: {done.stderr.strip()}")
        self.plug()

    def plug(self) -> None:
        done = _sh("mount", "--bind", str(self.backing), str(self.mount))
        assert done.returncode == 0, done.stderr

    def pull(self) -> None:
        done = _sh("umount", str(self.mount))
        assert done.returncode == 0, done.stderr

    def plugged(self) -> bool:
        return _sh("mountpoint", "-q", str(self.mount)).returncode == 0

    def remove(self) -> None:
        if self.plugged():
            _sh("umount", "-l", str(self.mount))
        _sh("umount", "-l", str(self.backing))


@pytest.fixture
def stick_of(tmp_path: Path) -> Iterator:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a stand-in USB stick (./test runs as root in CI)")
    made: list[Stick] = []

    def make(size: str = "16m") -> Stick:
        made.append(Stick(tmp_path / f"stick{len(made)}", size))
        return made[-1]

    yield make
    for s in made:
        s.remove()
