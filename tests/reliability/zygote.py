"""Child side of the kill tests: a process that has imported the carnet once and forks a fresh
worker per trial, so hundreds of SIGKILLs fit in a short test (no interpreter start per kill).

Usage: python zygote.py   (reads one JSON command per line on stdin)
Output, one line each, written with os.write so nothing sits in a buffer at the kill:
    PID <pid>            a worker was forked
    ACK <n>              row n is committed: Carnet.write() returned
    READY <info>         the worker reached the point the test waits for
    DONE <seconds>       a passphrase change returned
    ERR <type> <text>    the worker failed on its own (a bug: the test fails)
    DEAD <pid> <status>  the worker is gone; every line it wrote is above this one
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback

from app.carnet import Carnet

PAYLOAD = "Pièces à apporter : lettre de convocation, CV, attestation. " * 3
WHEN = "2026-03-20T10:00:00+01:00"


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def write_loop(folder: str, passphrase: str, stop_after: int | None, checkpoint: bool) -> None:
    carnet = Carnet.unlock(folder, passphrase)
    if not checkpoint:
        carnet.query("PRAGMA wal_autocheckpoint = 0")  # keep every commit in the WAL
    n = carnet.query("SELECT coalesce(max(id), 0) FROM organisation")[0][0]
    written = 0
    while stop_after is None or written < stop_after:
        n += 1
        # Two rows in one transaction: after any kill, both are there or neither.
        with carnet.write() as con:
            con.execute(
                "INSERT INTO organisation(id, name, notes) VALUES (?, ?, ?)",
                (n, f"org-{n}", PAYLOAD),
            )
            con.execute(
                "INSERT INTO appointment(uid, title, organisation_id, starts_at, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (f"uid-{n}", f"rendez-vous {n}", n, WHEN, WHEN, WHEN),
            )
        say(f"ACK {n}")  # only once write() has returned, i.e. after COMMIT
        written += 1
    say(f"READY {n}")
    time.sleep(3600)


def change_passphrase(folder: str, old: str, new: str) -> None:
    carnet = Carnet.unlock(folder, old)
    say("READY")
    t0 = time.perf_counter()
    carnet.change_passphrase(old, new)
    say(f"DONE {time.perf_counter() - t0:.6f}")
    time.sleep(3600)


def rekey_data(folder: str, passphrase: str, code: str) -> None:
    carnet = Carnet.unlock(folder, passphrase)
    say("READY")
    t0 = time.perf_counter()
    carnet.rekey(passphrase, code)
    say(f"DONE {time.perf_counter() - t0:.6f}")
    time.sleep(3600)


def unlock(folder: str, passphrase: str) -> None:
    Carnet.unlock(folder, passphrase)
    say("READY")
    time.sleep(3600)


def worker(cmd: dict) -> None:
    try:
        if cmd["op"] == "unlock":
            unlock(cmd["folder"], cmd["passphrase"])
        elif cmd["op"] == "write":
            write_loop(cmd["folder"], cmd["passphrase"], cmd.get("stop_after"), cmd["checkpoint"])
        elif cmd["op"] == "rekey":
            change_passphrase(cmd["folder"], cmd["old"], cmd["new"])
        elif cmd["op"] == "rekey_data":
            rekey_data(cmd["folder"], cmd["passphrase"], cmd["code"])
        else:
            raise ValueError(cmd["op"])
    except BaseException as exc:
        text = " ".join(traceback.format_exception_only(exc)).replace("\n", " ")
        say(f"ERR {type(exc).__name__} {text}")
    finally:
        os._exit(1)


def main() -> None:
    for line in sys.stdin:
        cmd = json.loads(line)
        pid = os.fork()
        if pid == 0:
            worker(cmd)
        say(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"DEAD {pid} {status}")


if __name__ == "__main__":
    main()
