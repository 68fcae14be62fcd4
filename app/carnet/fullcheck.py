"""The full check (every page's HMAC and the structure) run after the opening, in a thread of
its own at the lowest priority, so that Today comes at the same speed at 1 MB or 1 GB."""

from __future__ import annotations

import contextlib
import os
import threading

from .connection import CheckInterrupted
from .errors import CarnetError, DamagedCarnet
from .store import Carnet


def _lowest_priority() -> None:
    """On Linux a thread's id names that thread alone for setpriority: the GUI thread keeps its
    priority. Elsewhere, or if refused, the check simply runs at the normal one."""
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


def run_if_due(carnet: Carnet) -> str:
    """In the worker. "skipped" (a sound check is recent), "ok", "damaged" (the carnet's
    listeners were told), or "not_done" (locked meanwhile, or the disk refused a read)."""
    try:
        if not carnet.full_check_due():
            return "skipped"
        carnet.full_check()
    except DamagedCarnet:
        return "damaged"
    except (CheckInterrupted, CarnetError):
        return "not_done"
    return "ok"


def start(carnet: Carnet) -> threading.Thread:
    """Start the check in a daemon thread: a lock interrupts it; the process may end without
    waiting for it."""

    def work() -> None:
        _lowest_priority()
        run_if_due(carnet)

    thread = threading.Thread(target=work, name="reperes-full-check", daemon=True)
    thread.start()
    return thread
