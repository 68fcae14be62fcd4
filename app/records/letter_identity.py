"""What the person chose to keep for their letters: identifiers (France Travail number, CAF
number…) written under their name. Kept in the carnet (encrypted), only
because they typed it there and asked to keep it; removed when they clear the box."""

from __future__ import annotations

from ..carnet import Carnet
from ..domain.validation import check_text, raise_if
from .db import Db, rows

IDENTIFIERS_KEY = "letters.identifiers"
MAX_LEN = 1000


def letter_identifiers(db: Db) -> str:
    found = rows(db, "SELECT value FROM meta WHERE key = ?", (IDENTIFIERS_KEY,))
    return found[0][0] if found else ""


def keep_letter_identifiers(carnet: Carnet, text: str) -> None:
    raise_if(check_text("identifiers", text, max_len=MAX_LEN, multiline=True))
    with carnet.write() as con:
        if text.strip():
            con.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (IDENTIFIERS_KEY, text.strip()),
            )
        else:
            con.execute("DELETE FROM meta WHERE key = ?", (IDENTIFIERS_KEY,))
