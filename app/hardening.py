"""What the process does about its own memory on a shared PC (issue "Safe on a shared PC").

A crash must not leave a core dump holding decrypted records, and another program of the same
user must not read Repères' memory (KeePassXC does the same on Linux): `no_core_dumps()` sets the
core size limit to 0 and, on Linux, marks the process not dumpable (which also refuses ptrace and
/proc/<pid>/mem to non-root processes of the same user). Both are reset by exec, so the app calls
this at every start, including the fresh process a lock starts, and the commands that open a
carnet (`check`, `import-ics`, `export-ics`, `demo`) call `protect_process()` too. An administrator
can still read everything: Repères says so (README, Limits).

`private_files()` sets the umask to 077: every file and folder the process creates (SQLite's -wal
and -shm, backups, settings, PDFs) is readable by this account only. Children inherit the umask
and the core size limit 0, but exec makes them dumpable again: the OCR child is therefore a Python
process that protects itself and runs Tesseract's library (app/ocr/child.py); only where that
library is missing does the tesseract program read the page, unprotected (README, Limits)."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def no_core_dumps() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def dumpable() -> bool | None:
    """Linux: whether the process may be dumped (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def private_files() -> None:
    if os.name == "posix":
        os.umask(0o077)


def protect_process() -> None:
    """Everything above, for a process that opens a carnet."""
    no_core_dumps()
    private_files()
