"""Atomic small-file writes: temp file in the same folder, fsync, os.replace, fsync the folder.

A crash or a pulled stick leaves either the old file or the new one, never a mix."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from .errors import DiskFull, StorageError


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Not possible on Windows (no O_DIRECTORY); NTFS journals renames."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno == errno.ENOSPC:
            raise DiskFull(str(exc)) from exc
        raise StorageError(str(exc)) from exc
