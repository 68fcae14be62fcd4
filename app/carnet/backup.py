"""Copies of a carnet on a USB stick, and restoring one.

A copy is a folder "Repères copie 2026-11-29 10h30" holding the carnet's database, encrypted with
the same key (sqlcipher_export into a keyed ATTACH, `Carnet.export_copy`), and its key envelope:
it opens with the same password and the same recovery code. There is no other way to write a
copy: nothing here can write the data without the key.

    copy_carnet(carnet, stick_folder, now)    write under a temporary name, fsync, check it
                                              (envelope, HMAC of every page, integrity, rows),
                                              then rename; any failure removes the partial copy
    open_copy(copy_folder, passphrase)        check that a copy opens with this password
    restore_copy(carnet_folder, copy_folder, passphrase, now)
                                              the carnet of now is kept in a subfolder (never
                                              deleted), then the copy takes its place

A full stick or a pulled stick raises DiskFull or StorageError; the current carnet is never
touched by a copy, and by a restore only once the copy is checked and the old one kept.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import connection, migrations
from .atomic import fsync_dir
from .envelope import Envelope
from .errors import CarnetError, DamagedCarnet, DiskFull, NotACarnet, StorageError
from .filelock import FileLock
from .passphrase import normalize
from .store import DB_NAME, ENVELOPE_NAME, LOCK_NAME, Carnet

COPY_PREFIX = "Repères copie"
PARTIAL_SUFFIX = ".partial"
ASIDE_PREFIX = "avant-restauration"


@dataclass(frozen=True)
class CopyCheck:
    """What was checked on a copy: its schema version and its rows, table by table."""

    schema_version: int
    rows: dict[str, int]


def _os_error(exc: OSError) -> CarnetError:
    if exc.errno == errno.ENOSPC:
        return DiskFull(str(exc))
    return StorageError(str(exc))


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _copy_file(src: Path, dest: Path) -> None:
    """A plain byte copy made durable; never over an existing file."""
    with open(src, "rb") as s, open(dest, "xb") as d:
        shutil.copyfileobj(s, d, 1024 * 1024)
        d.flush()
        os.fsync(d.fileno())


def _row_counts(query: Callable[[str], list[tuple]]) -> dict[str, int]:
    names = sorted(
        r[0]
        for r in query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    )
    return {n: int(query(f'SELECT count(*) FROM "{n.replace(chr(34), chr(34) * 2)}"')[0][0])
            for n in names}  # fmt: skip


def check_copy_file(db: Path, key: bytes) -> CopyCheck:
    """Open a copied database read-only (writes nothing) and check every page's HMAC and the
    structure; DamagedCarnet if anything is wrong."""
    version = connection.probe(db, key, full=True)  # every page's HMAC + quick_check
    con, created = connection.open_ro(db, key)
    try:
        check = con.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            raise DamagedCarnet(f"integrity_check: {check[:3]}")
        return CopyCheck(version, _row_counts(lambda sql: con.execute(sql).fetchall()))
    except connection.DatabaseError as exc:
        raise DamagedCarnet(str(exc)) from exc
    finally:
        connection.close_ro(con, created)


def copy_name(now: datetime) -> str:
    return f"{COPY_PREFIX} {now:%Y-%m-%d %Hh%M}"


def _free_name(folder: Path, name: str) -> Path:
    candidate, n = folder / name, 2
    while candidate.exists() or (folder / f".{candidate.name}{PARTIAL_SUFFIX}").exists():
        candidate, n = folder / f"{name} ({n})", n + 1
    return candidate


def remove_partial(path: Path) -> None:
    """Remove a copy that was not finished (only our own temporary folder)."""
    if path.name.endswith(PARTIAL_SUFFIX):
        shutil.rmtree(path, ignore_errors=True)


def copy_carnet(
    carnet: Carnet,
    target: Path,
    now: datetime,
    *,
    on_step: Callable[[str], None] | None = None,  # "database", "envelope", "check"
) -> Path:
    """Copy the open carnet into a new folder inside `target` (the stick); return that folder.
    Only a checked copy gets its final name: a partial one is removed, and if the stick is
    pulled before that, what stays on it is a hidden ".…partial" folder that nothing opens."""
    step = on_step or (lambda _name: None)
    target = Path(target)
    if not target.is_dir():
        raise StorageError("no such folder")
    for stale in target.glob(f".{COPY_PREFIX}*{PARTIAL_SUFFIX}"):
        remove_partial(stale)  # left by a stick pulled during an earlier copy
    final = _free_name(target, copy_name(now))
    partial = target / f".{final.name}{PARTIAL_SUFFIX}"
    try:
        partial.mkdir()
        step("database")
        with carnet._mutex:  # nobody writes between the copy and the count of its rows
            carnet.export_copy(partial / DB_NAME)  # keyed; refuses to run without the key
            source = _row_counts(carnet.query)
        _fsync_file(partial / DB_NAME)
        step("envelope")
        envelope_bytes = (carnet.folder / ENVELOPE_NAME).read_bytes()
        with open(partial / ENVELOPE_NAME, "xb") as f:
            f.write(envelope_bytes)
            f.flush()
            os.fsync(f.fileno())
        fsync_dir(partial)
        step("check")
        if (partial / ENVELOPE_NAME).read_bytes() != envelope_bytes:
            raise DamagedCarnet("the envelope read back differs")
        if Envelope.read(partial / ENVELOPE_NAME).carnet_id != carnet.carnet_id:
            raise DamagedCarnet("the envelope read back is another carnet's")
        checked = check_copy_file(partial / DB_NAME, carnet._require_key())
        if checked.rows != source:
            raise DamagedCarnet("the copy does not hold the same rows")
        os.rename(partial, final)
        fsync_dir(target)
    except OSError as exc:
        remove_partial(partial)
        raise _os_error(exc) from exc
    except BaseException:
        remove_partial(partial)
        raise
    return final


def is_copy(folder: Path) -> bool:
    folder = Path(folder)
    return (
        not folder.name.endswith(PARTIAL_SUFFIX)
        and (folder / ENVELOPE_NAME).is_file()
        and (folder / DB_NAME).is_file()
    )


def open_copy(folder: Path, passphrase: str) -> tuple[bytes, CopyCheck]:
    """The copy's key if this password opens it, and its check. Writes nothing on the stick.
    WrongPassphrase, NotACarnet, DamagedCarnet or NewerCarnet otherwise."""
    folder = Path(folder)
    if not is_copy(folder):
        raise NotACarnet("not a copy of a carnet")
    key = Envelope.read(folder / ENVELOPE_NAME).unlock(normalize(passphrase))
    checked = check_copy_file(folder / DB_NAME, key)
    migrations.pending(checked.schema_version)  # NewerCarnet: refused, left unchanged
    return key, checked


def copy_carnet_id(folder: Path) -> str:
    """The id of the carnet this copy was made of (authenticated once open_copy succeeded: it
    is in the associated data of the key's wrapping)."""
    return Envelope.read(Path(folder) / ENVELOPE_NAME).carnet_id


def aside_name(now: datetime) -> str:
    return f"{ASIDE_PREFIX}-{now:%Y-%m-%d-%Hh%M%S}"


def restore_copy(carnet_folder: Path, copy_folder: Path, passphrase: str, now: datetime) -> Path:
    """Put a checked copy in place of the carnet in `carnet_folder` (which must be closed).
    The carnet of now is first copied, whole, into a subfolder `avant-restauration-…` of the
    carnet's folder; it is never deleted. Returns that subfolder."""
    carnet_folder, copy_folder = Path(carnet_folder), Path(copy_folder)
    if carnet_folder.resolve() == copy_folder.resolve():
        raise NotACarnet("the copy is the carnet itself")
    key, _checked = open_copy(copy_folder, passphrase)
    lock = FileLock(carnet_folder / LOCK_NAME)
    lock.acquire()  # CarnetInUse if another Repères has it open
    aside = carnet_folder / aside_name(now)
    tmp_db = carnet_folder / f".{DB_NAME}.restore"
    tmp_env = carnet_folder / f".{ENVELOPE_NAME}.restore"
    kept = False
    try:
        aside.mkdir()
        for name in (DB_NAME, DB_NAME + "-wal", ENVELOPE_NAME):
            if (carnet_folder / name).exists():
                _copy_file(carnet_folder / name, aside / name)
        fsync_dir(aside)
        kept = True
        _copy_file(copy_folder / DB_NAME, tmp_db)
        _copy_file(copy_folder / ENVELOPE_NAME, tmp_env)
        check_copy_file(tmp_db, key)  # what was written here, read back
        # The old -wal belongs to the old database (it is kept aside): it must not be replayed
        # into the new one.
        for side in (DB_NAME + "-wal", DB_NAME + "-shm"):
            with contextlib.suppress(FileNotFoundError):
                (carnet_folder / side).unlink()
        os.replace(tmp_db, carnet_folder / DB_NAME)
        os.replace(tmp_env, carnet_folder / ENVELOPE_NAME)
        fsync_dir(carnet_folder)
    except BaseException as exc:
        for tmp in (tmp_db, tmp_env):
            with contextlib.suppress(OSError):
                tmp.unlink()
        if not kept:
            shutil.rmtree(aside, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _os_error(exc) from exc
        raise
    finally:
        lock.release()
    return aside
