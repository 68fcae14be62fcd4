"""The OCR child is not dumpable (issue 22): another program of the same account cannot read the
page from its memory. Tesseract's program cannot be protected (starting a program makes it
dumpable again), so the app reads through app/ocr/child.py, Tesseract's library in a Python
child that marks itself first. Checked for real: two processes of one unprivileged account, one
reading the other's /proc/<pid>/mem (the check needs root to make that account)."""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import os
import sys
import time

import pytest

from app.ocr import child as ocr_child
from app.ocr import engine_status, read_document

from .letters import letter_png

NOBODY = 65534
PR_SET_DUMPABLE = 4

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0,
    reason="two processes of another account: Linux, as root",
)


def _as_nobody_then(run) -> int:
    """Fork a child that drops to an unprivileged account, then runs `run()`; return its pid."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            run()
        finally:
            os._exit(0)
    return pid


def _can_read_memory_of(target: int) -> bool:
    """From another process of the same unprivileged account: may it open the target's memory?"""
    read_end, write_end = os.pipe()

    def look() -> None:
        try:
            with open(f"/proc/{target}/mem", "rb"):
                os.write(write_end, b"1")
        except OSError:
            os.write(write_end, b"0")

    watcher = _as_nobody_then(look)
    os.waitpid(watcher, 0)
    os.close(write_end)
    answer = os.read(read_end, 1)
    os.close(read_end)
    return answer == b"1"


def _waiting_on_stdin(protect: bool) -> tuple[int, int]:
    """A process of that account waiting for its image on a pipe, as the OCR child does."""
    read_end, write_end = os.pipe()

    def wait() -> None:
        os.close(write_end)  # else this process holds its own pipe open and never sees its end
        os.dup2(read_end, 0)
        # Changing the account made this process undumpable; a program started by that account
        # is dumpable, as is the tesseract program: make it so, then protect it or not.
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
        if protect:  # the child's own main(): protect, load the library, wait for the image
            sys.stdin = io.TextIOWrapper(os.fdopen(0, "rb"))
            ocr_child.main(["tesseract"])
            return
        while os.read(0, 65536):  # the image, until the parent closes the pipe
            pass

    pid = _as_nobody_then(wait)
    os.close(read_end)
    # Look only once it waits for the image (blocked reading the pipe): protected by then.
    for _ in range(600):
        with open(f"/proc/{pid}/wchan") as wchan:
            if "pipe_read" in wchan.read():
                break
        time.sleep(0.05)
    return pid, write_end


@pytest.mark.parametrize("protect", [False, True])
def test_another_program_of_the_account_cannot_read_the_ocr_childs_memory(protect):
    pid, stdin = _waiting_on_stdin(protect)
    try:
        readable = _can_read_memory_of(pid)
    finally:
        os.close(stdin)
        os.waitpid(pid, 0)
    assert readable is (not protect)  # unprotected, the same test reads it: it can fail


def test_the_engine_found_on_its_own_reads_through_the_private_child(qapp):
    engine, status = engine_status()
    assert status == "ok"
    assert engine is not None and engine.private
    assert ocr_child.libraries() is not None
    result = read_document(letter_png("Vous êtes convoqué le 8 décembre 2026."), engine=engine)
    assert "8 décembre" in result.text
