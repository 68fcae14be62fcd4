"""Parent side of the kill tests: start zygote.py, ask it for workers, read their lines."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import threading
import time
from pathlib import Path

from carnet.kit import PYTHON, REPO_ROOT, child_env

ZYGOTE = Path(__file__).with_name("zygote.py")


class WorkerFailed(AssertionError):
    pass


class ForkServer:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [PYTHON, str(ZYGOTE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=child_env(),
            cwd=REPO_ROOT,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def start(self, **cmd) -> int:
        """Fork a worker; return its pid. Lines it wrote before 'PID' are kept for next()."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        self._early: list[str] = []
        while True:
            line = self.next(timeout=60)
            if line.startswith("PID "):
                return int(line.split()[1])
            self._early.append(line)

    def next(self, timeout: float) -> str:
        early = getattr(self, "_early", None)
        if early:
            return early.pop(0)
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise WorkerFailed(f"no line from the zygote within {timeout} s") from None
        if line is None:
            raise WorkerFailed(f"the zygote ended (exit {self.proc.poll()})")
        if line.startswith("ERR "):
            raise WorkerFailed(f"worker failed on its own: {line}")
        return line

    def kill_and_drain(self, pid: int) -> list[str]:
        """SIGKILL the worker; return every line it wrote that was not read yet."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        rest = []
        while True:
            line = self.next(timeout=60)
            if line.startswith("DEAD "):
                assert int(line.split()[1]) == pid
                return rest
            rest.append(line)

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        deadline = time.monotonic() + 5
        self._reader.join(timeout=max(0.0, deadline - time.monotonic()))
