"""The names of a carnet's files, and the check that a folder holds one: apart from the store so
that listing carnets (the first screen) does not load SQLCipher."""

from __future__ import annotations

from pathlib import Path

DB_NAME = "carnet.db"
ENVELOPE_NAME = "envelope.json"
LOCK_NAME = "carnet.lock"


def is_carnet(folder: Path) -> bool:
    return (Path(folder) / ENVELOPE_NAME).is_file()
