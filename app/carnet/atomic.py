"""Atomic small-file writes: temp file in the same folder, fsync, os.replace, fsync the folder.

A crash or a pulled stick leaves either the old file or the new one, never a mix. The temporary
file is made by mkstemp (O_CREAT | O_EXCL, a random name, mode 0600): a symlink planted at a
predictable temporary name in the carnet folder cannot make a write land outside it (a wrong
passphrase once overwrote a file elsewhere through `.attempts.json.tmp`), and nothing written here
is readable by other accounts."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
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
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)  # replaces a planted symlink itself, never its target
        fsync_dir(path.parent)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if exc.errno == errno.ENOSPC:
            raise DiskFull(str(exc)) from exc
        raise StorageError(str(exc)) from exc


def copy_to_new(src: Path, dest: Path) -> None:
    """Copy src to dest, a name of ours (a temporary or a copy): whatever is planted there, a
    symlink included, is removed first, and dest is created without following links, 0600."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(dest)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(dest, flags | getattr(os, "O_BINARY", 0), 0o600)
    with open(src, "rb") as s, os.fdopen(fd, "wb") as d:
        shutil.copyfileobj(s, d, 1024 * 1024)
        d.flush()
        os.fsync(d.fileno())
