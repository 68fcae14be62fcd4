"""How repositories reach the carnet.

Reads take a `Db`: the unlocked Carnet (its lock guards the connection) or the connection of a
transaction already open with `carnet.write()`, so a read can sit inside the write that depends
on it. Writes take only that connection: the caller owns the transaction, and "saved" is said
only after `carnet.write()` returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..carnet import Carnet
from ..carnet.connection import Connection

Db = Carnet | Connection


class RecordNotFound(LookupError):
    """The record asked for is not in this carnet (deleted, or from another carnet)."""

    code = "not_found"
    exit_code = 1


def rows(db: Db, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
    if isinstance(db, Carnet):
        return db.query(sql, params)
    return db.execute(sql, params).fetchall()


def chunks(items: Sequence[Any], size: int = 500) -> list[Sequence[Any]]:
    """SQLite caps the number of '?' per statement; stay well below it."""
    return [items[i : i + size] for i in range(0, len(items), size)]
