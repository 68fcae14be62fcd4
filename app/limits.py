"""Limits for work on files from outside: a child process with a memory and a CPU-time limit.

A hostile photo, PDF or calendar must end in a sentence, never in a frozen window or a PC out
of memory (handbook §9: any single input at most 30 s and 600 MB, process and children). OCR
and PDF rendering run in child processes started through `limited()`: on Linux and macOS the
child sets RLIMIT_AS (address space) and RLIMIT_CPU on itself before it starts the real
program, so the kernel stops it, whatever the file holds. Windows has no rlimits: there the
wall-clock timeout of the caller is the only bound (said in the handbook).

The limits are set by a tiny Python trampoline that then exec()s the program, rather than by
`preexec_fn`, which is unsafe in a process with threads (the GUI has several)."""

from __future__ import annotations

import os
import signal
import stat
import sys

CHILD_MEMORY = 500 * 1024 * 1024  # bytes of address space for one child (OCR, PDF pages)
CHILD_SECONDS = 25  # CPU seconds for one child
BUDGET_MEMORY = 600 * 1024 * 1024  # one input, process and children (handbook §9)
BUDGET_SECONDS = 30

# Run as `python -I -S -c TRAMPOLINE MEMORY SECONDS PROGRAM ARGS...`.
_TRAMPOLINE = (
    "import os,resource,sys\n"
    "m,s=int(sys.argv[1]),int(sys.argv[2])\n"
    "resource.setrlimit(resource.RLIMIT_AS,(m,m))\n"
    "resource.setrlimit(resource.RLIMIT_CPU,(s,s+1))\n"
    "resource.setrlimit(resource.RLIMIT_CORE,(0,0))\n"
    "os.execv(sys.argv[3],sys.argv[3:])\n"
)


def can_limit() -> bool:
    """True where a child's memory and CPU can be capped (POSIX, not a frozen bundle without
    a Python to run the trampoline)."""
    return os.name == "posix" and not getattr(sys, "frozen", False)


def limited(args: list[str], memory: int = CHILD_MEMORY, seconds: int = CHILD_SECONDS) -> list[str]:
    """The command line that runs `args` (args[0] a full path) under the limits; `args` itself
    where limits cannot be set."""
    if not can_limit():
        return list(args)
    return [sys.executable, "-I", "-S", "-c", _TRAMPOLINE, str(memory), str(seconds), *args]


def set_own_limits(memory: int, seconds: int) -> None:
    """Cap the calling process itself (used by the Python children of Repères)."""
    if os.name != "posix":
        return
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def stopped_by_limit(returncode: int | None) -> bool:
    """True when a child ended because it hit a limit: killed for CPU time (SIGXCPU, SIGKILL),
    or aborted / crashed after an allocation was refused (SIGABRT, SIGSEGV, SIGBUS)."""
    if returncode is None or returncode >= 0:
        return False
    return -returncode in {
        getattr(signal, name)
        for name in ("SIGXCPU", "SIGKILL", "SIGABRT", "SIGSEGV", "SIGBUS")
        if hasattr(signal, name)
    }


class InputRefused(Exception):
    """A file refused before a byte of it is read: code "not_a_file" (a folder, a named pipe,
    a device such as /dev/zero, even through a link) or "too_large"."""

    def __init__(self, code: str, limit: int = 0):
        super().__init__(code)
        self.code = code
        self.limit = limit


def read_regular_file(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`, or InputRefused; OSError as usual.

    Opened without blocking (a named pipe with no writer would wait forever), then checked on
    the open file itself (fstat: no swap between the check and the read), then read up to
    the limit only (a file that grows while read is still refused)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputRefused("not_a_file")
        if info.st_size > max_bytes:
            raise InputRefused("too_large", max_bytes)
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, max_bytes + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise InputRefused("too_large", max_bytes)
        return b"".join(chunks)
    finally:
        os.close(fd)


__all__ = [
    "BUDGET_MEMORY",
    "BUDGET_SECONDS",
    "CHILD_MEMORY",
    "CHILD_SECONDS",
    "InputRefused",
    "can_limit",
    "limited",
    "read_regular_file",
    "set_own_limits",
    "stopped_by_limit",
]
