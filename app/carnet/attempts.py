"""Failed password attempts, so the person notices an intrusion: "Last opening: Tuesday at 10:12.
2 failed password attempts since." (NNEDV's safety apps show such an activity line.)

A wrong passphrase cannot write into the carnet (the key is unknown), and the envelope and the
database must stay byte-identical after a refused opening. So each failure bumps a small
counter file beside the carnet, `attempts.json`, holding only two counts and two times, no
personal data. At the next successful opening the counter moves into the encrypted
`failed_attempts` table (migration step 12) and the file is removed.

Two counts, because without a list of carnets the passphrase is tried on every carnet of the PC
(finder.unlock_any): "aimed" failures are those where this carnet was the only one tried (a USB
stick, the only carnet of a personal PC); "unaimed" ones opened none of several carnets, so they
may have been meant for someone else's carnet, and are said so.

Limits, said in code and on the "What Repères does not protect" page: the counter is outside
the encryption, so whoever can delete files can delete it. It tells of tries made in Repères,
not of copies of the carnet tried elsewhere.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..clock import Clock, system_clock
from .atomic import atomic_write_bytes
from .errors import CarnetError
from .store import Carnet, is_carnet

COUNTER_NAME = "attempts.json"
FORMAT = "reperes-attempts"
_MAX = 1_000_000  # a count beyond this is a damaged or forged file


@dataclass(frozen=True)
class Failures:
    aimed: int
    unaimed: int
    first_at: str
    last_at: str

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "version": 1, "aimed": self.aimed, "unaimed": self.unaimed,
               "first_at": self.first_at, "last_at": self.last_at}  # fmt: skip
        return (json.dumps(doc, sort_keys=True) + "\n").encode("ascii")


def read_counter(folder: Path) -> Failures | None:
    """The counter beside this carnet; None when there is none or it is not one of ours."""
    try:
        doc = json.loads((Path(folder) / COUNTER_NAME).read_text("utf-8"))
        if doc.get("format") != FORMAT:
            return None
        aimed, unaimed = int(doc["aimed"]), int(doc["unaimed"])
        first_at, last_at = str(doc["first_at"]), str(doc["last_at"])
        datetime.fromisoformat(first_at), datetime.fromisoformat(last_at)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    if not (0 <= aimed <= _MAX and 0 <= unaimed <= _MAX) or aimed + unaimed == 0:
        return None
    return Failures(aimed, unaimed, first_at, last_at)


def record_failure(folders: Iterable[Path], *, clock: Clock = system_clock) -> None:
    """A passphrase (or recovery code) opened none of `folders`: count it beside each carnet.
    Never raises: a read-only stick or a full disk must not change what the person is told."""
    carnets = [Path(f) for f in folders if is_carnet(Path(f))]
    aimed = len(carnets) == 1
    now = clock().isoformat(timespec="seconds")
    for folder in carnets:
        old = read_counter(folder)
        new = Failures(
            aimed=(old.aimed if old else 0) + (1 if aimed else 0),
            unaimed=(old.unaimed if old else 0) + (0 if aimed else 1),
            first_at=old.first_at if old else now,
            last_at=now,
        )
        with contextlib.suppress(CarnetError, OSError):
            atomic_write_bytes(folder / COUNTER_NAME, new.to_bytes())


def absorb(carnet: Carnet) -> None:
    """Move the counter into the carnet, then remove the file. INSERT OR IGNORE on the counter's
    own values: if the file could not be removed (read-only stick), the next opening does not
    count the same failures twice."""
    found = read_counter(carnet.folder)
    if found is not None:
        now = carnet.clock().isoformat(timespec="seconds")
        try:
            with carnet.write() as con:
                # `opening`: the unlock_log row of this opening, which says "since when".
                con.execute(
                    "INSERT OR IGNORE INTO failed_attempts"
                    "(first_at, last_at, aimed, unaimed, moved_at, opening)"
                    " VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM unlock_log))",
                    (found.first_at, found.last_at, found.aimed, found.unaimed, now),
                )
        except CarnetError:
            return  # a full stick: the opening matters more; the file stays for next time
    with contextlib.suppress(OSError):
        (carnet.folder / COUNTER_NAME).unlink()


@dataclass(frozen=True)
class LastOpening:
    previous_at: datetime | None  # the opening before this one; None for the first
    aimed: int  # failed attempts on this carnet since then
    unaimed: int  # wrong passphrases that opened none of the carnets of the PC since then


def last_opening(carnet: Carnet) -> LastOpening:
    """Read after absorb(): the opening before the current one, and the failures since."""
    rows = carnet.query("SELECT id, at FROM unlock_log ORDER BY id DESC LIMIT 2")
    previous = datetime.fromisoformat(rows[1][1]) if len(rows) > 1 else None
    current = rows[0][0] if rows else 0
    aimed, unaimed = carnet.query_one(
        "SELECT coalesce(sum(aimed), 0), coalesce(sum(unaimed), 0) FROM failed_attempts"
        " WHERE opening = ?",
        (current,),
    ) or (0, 0)
    return LastOpening(previous, int(aimed), int(unaimed))


def after_opening(carnet: Carnet) -> LastOpening:
    """What the app does right after each successful opening (in the worker thread)."""
    absorb(carnet)
    return last_opening(carnet)
