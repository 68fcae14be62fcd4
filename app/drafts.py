"""Drafts: what a form held when the carnet locked itself, kept inside the carnet (encrypted)
and offered back after the next unlock ("You were writing… Continue / Throw away").

One draft at a time, per screen key; the content is the form's own description (a dict of
JSON values) and is only ever read back by that screen."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .carnet import Carnet
from .domain.localtime import from_storage, to_storage

MAX_BYTES = 1_000_000  # a form never holds more; a bigger draft is not kept


@dataclass(frozen=True)
class Draft:
    screen: str
    content: dict[str, Any]
    saved_at: datetime


def save_draft(carnet: Carnet, screen: str, content: dict[str, Any], *, now=None) -> bool:
    """Keep the draft of `screen` (replacing an older one). False when it is too big to keep."""
    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    if len(text.encode("utf-8")) > MAX_BYTES:
        return False
    stamp = to_storage(now or carnet.clock())
    with carnet.write() as con:
        con.execute(
            "INSERT INTO draft(screen, content, saved_at) VALUES (?, ?, ?) ON CONFLICT(screen) "
            "DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at",
            (screen, text, stamp),
        )
    return True


def latest_draft(carnet: Carnet) -> Draft | None:
    """The newest draft kept, if any (a draft that cannot be read is thrown away)."""
    row = carnet.query_one("SELECT screen, content, saved_at FROM draft ORDER BY saved_at DESC")
    if row is None:
        return None
    try:
        content = json.loads(row[1])
        if not isinstance(content, dict):
            raise ValueError("not a form")
        return Draft(row[0], content, from_storage(row[2]))
    except ValueError:
        drop_draft(carnet, row[0])
        return None


def drop_draft(carnet: Carnet, screen: str | None = None) -> None:
    """Throw away the draft of `screen` (all drafts when None)."""
    with carnet.write() as con:
        if screen is None:
            con.execute("DELETE FROM draft")
        else:
            con.execute("DELETE FROM draft WHERE screen = ?", (screen,))
