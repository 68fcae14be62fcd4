"""One thread that runs calls in order, for engines that must be created and used in a single
thread (espeak-ng's global state, SAPI's COM apartment). A call that raises fails its own
Future; the thread goes on with the next one."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

log = logging.getLogger("reperes.speech")

T = TypeVar("T")

_STOP = object()


class SerialWorker:
    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((fn, args, future))
        return future

    def call(self, fn: Callable[..., T], *args: Any, timeout: float | None = 30.0) -> T:
        """Run in the worker and wait for the result (re-raises the worker's exception)."""
        if threading.current_thread() is self._thread:
            return fn(*args)  # already in the worker: waiting on ourselves would deadlock
        return self.submit(fn, *args).result(timeout)

    def in_worker(self) -> bool:
        return threading.current_thread() is self._thread

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def close(self) -> None:
        self._jobs.put(_STOP)

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is _STOP:
                return
            fn, args, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn(*args)
            except Exception as exc:  # reported through the Future; the worker survives
                log.debug("speech worker call failed", exc_info=True)
                future.set_exception(exc)
            else:
                future.set_result(result)
