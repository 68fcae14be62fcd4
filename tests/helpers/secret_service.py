"""A real Secret Service for keyring tests: gnome-keyring-daemon, unlocked, on the private
D-Bus session bus that ./test starts with dbus-run-session.

Tests use the `secret_service` fixture (tests/conftest.py). The daemon keeps its keyrings in the
session's isolated XDG_DATA_HOME and is stopped at the end of the session. It is never started
on a real desktop bus: without ./test's private bus the tests are skipped (failed under CI).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass

from . import need, require_tool

BUS_NAME = "org.freedesktop.secrets"
PRIVATE_BUS_ENV = "REPERES_TEST_PRIVATE_BUS"  # set by ./test inside dbus-run-session
PASSWORD_ENV = "REPERES_TEST_KEYRING_PASSWORD"  # lets a child pytest reuse the parent's daemon
START_TIMEOUT = 10.0


@dataclass(frozen=True)
class SecretService:
    password: str  # of the "login" collection, which is the default one
    pid: int  # of gnome-keyring-daemon


def _bus():
    from jeepney.io.blocking import open_dbus_connection

    return open_dbus_connection("SESSION")


def _owner_pid(conn) -> int | None:
    from jeepney.bus_messages import message_bus

    if not conn.send_and_get_reply(message_bus.NameHasOwner(BUS_NAME)).body[0]:
        return None
    return int(conn.send_and_get_reply(message_bus.GetConnectionUnixProcessID(BUS_NAME)).body[0])


@contextlib.contextmanager
def running() -> Iterator[SecretService]:
    need(
        os.environ.get(PRIVATE_BUS_ENV) == "1" and os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
        "needs the private D-Bus session of ./test",
    )
    daemon = require_tool("gnome-keyring-daemon")
    with contextlib.closing(_bus()) as conn:
        pid = _owner_pid(conn)
        if pid is not None:
            password = os.environ.get(PASSWORD_ENV)
            assert password, (
                f"{BUS_NAME} is already owned (pid {pid}) by a daemon the harness did not start:"
                " something used the keyring without the secret_service fixture"
            )
            yield SecretService(password, pid)
            return
        password = secrets.token_urlsafe(16)
        proc = subprocess.Popen(
            [daemon, "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert proc.stdin is not None
        proc.stdin.write(password.encode())
        proc.stdin.close()
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while _owner_pid(conn) != proc.pid:
                assert proc.poll() is None, f"gnome-keyring-daemon exited ({proc.returncode})"
                assert time.monotonic() < deadline, "gnome-keyring-daemon did not start"
                time.sleep(0.02)
            os.environ[PASSWORD_ENV] = password
            yield SecretService(password, proc.pid)
        finally:
            os.environ.pop(PASSWORD_ENV, None)
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
