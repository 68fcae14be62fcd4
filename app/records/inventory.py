"""What `reperes check` reports about a carnet's contents: counts per table, cipher version."""

from __future__ import annotations

from .db import Db, rows


def table_counts(db: Db) -> dict[str, int]:
    """Rows per table, every table of the schema (new record types appear without code here).
    The search index's own storage (FTS5 shadow tables) is not a record type: left out."""
    names = [
        r[1]
        for r in rows(db, "PRAGMA main.table_list")
        if r[2] in ("table", "virtual") and not r[1].startswith("sqlite_")
    ]
    names.sort()
    # Names come from the schema itself, quoted as identifiers.
    return {
        name: int(rows(db, f'SELECT count(*) FROM "{name.replace(chr(34), chr(34) * 2)}"')[0][0])
        for name in names
    }


def cipher_version(db: Db) -> str:
    found = rows(db, "PRAGMA cipher_version")
    return str(found[0][0]) if found else ""
