"""The carnet: one folder holding the encrypted database and its key envelope.

    <folder>/carnet.db       SQLCipher 4, raw 256-bit key, WAL (+ -wal/-shm while open)
    <folder>/envelope.json   the data key wrapped by the passphrase and by the recovery code
    <folder>/carnet.lock     empty; an OS lock so two copies of Repères cannot both write
    <folder>/attempts.json   only after a wrong passphrase: two counts and two times (attempts.py)

Nothing in clear says whose carnet it is. Opening errors never create, recreate or overwrite a
file: the database is probed read-only before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..clock import Clock, system_clock
from . import connection, migrations
from .atomic import copy_to_new
from .envelope import Envelope, KdfParams, check_kdf
from .errors import (
    CarnetError,
    CarnetExists,
    CarnetSettingsError,
    DamagedCarnet,
    DiskFull,
    LockedCarnet,
    StorageError,
    WeakPassphrase,
    WrongRecoveryCode,
)
from .filelock import FileLock
from .files import DB_NAME, ENVELOPE_NAME, LOCK_NAME, is_carnet
from .passphrase import assess, normalize
from .recovery import new_recovery_code, normalize_code

FULL_CHECK_DAYS = 7

__all__ = ["DB_NAME", "ENVELOPE_NAME", "LOCK_NAME", "Carnet", "is_carnet"]


def _check_new_passphrase(passphrase: str, personal: Sequence[str] = ()) -> str:
    verdict = assess(passphrase, list(personal))
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.reasons)
    return normalize(passphrase)


class Carnet:
    """An unlocked carnet. All access goes through one connection guarded by a lock, so the GUI
    thread and a worker thread may share it; long work belongs in the worker."""

    def __init__(
        self,
        folder: Path,
        con: connection.Connection,
        key: bytes,
        envelope: Envelope,
        filelock: FileLock,
        clock: Clock,
    ):
        self.folder = Path(folder)
        self._con: connection.Connection | None = con
        self._key: bytes | None = key
        self._envelope = envelope
        self._filelock = filelock
        self._mutex = threading.RLock()
        self.clock = clock
        # Called after each write transaction, committed or not (a helper session's one-act
        # permission ends with the transaction that used it: app/records/helper.py).
        self.after_write: list[Callable[[], None]] = []
        self._read_only_sidecars: list[Path] | None = None  # set by inspect()
        # Damage met by any read or by the full check: writes are refused from then on, and
        # each listener is told once, in the thread that met it (ui/session.py).
        self.damage: DamagedCarnet | None = None
        self.on_damage: list[Callable[[DamagedCarnet], None]] = []
        self._check_con: connection.Connection | None = None  # the full check's, to interrupt
        self._check_stop = threading.Event()  # set by lock(): the full check stops at once

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        owner_name: str = "",
        kdf: KdfParams | None = None,
        clock: Clock = system_clock,
    ) -> tuple[Carnet, str]:
        """Make a new carnet; return it unlocked with its recovery code (shown once, printed)."""
        folder = Path(folder)
        if (folder / ENVELOPE_NAME).exists() or (folder / DB_NAME).exists():
            raise CarnetExists(str(folder))
        passphrase = _check_new_passphrase(passphrase, [owner_name] if owner_name else [])
        kdf = kdf or KdfParams()
        try:
            check_kdf(kdf)  # the cheap test KDF only in its explicit mode
        except ValueError as exc:
            raise CarnetSettingsError(str(exc)) from exc
        data_key = os.urandom(32)
        code = new_recovery_code()
        envelope = Envelope.new(data_key, passphrase, code, kdf)
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise connection.storage_error(exc) from exc
        filelock = FileLock(folder / LOCK_NAME)
        filelock.acquire()
        if (folder / ENVELOPE_NAME).exists() or (folder / DB_NAME).exists():
            filelock.release()  # made by someone else between the first check and the lock
            raise CarnetExists(str(folder))
        try:
            _private_file(folder / DB_NAME)  # SQLite gives its -wal and -shm the same mode
            con = connection.open_rw(folder / DB_NAME, data_key, create=True)
            try:
                migrations.migrate(con)
                now = clock().isoformat(timespec="seconds")
                con.execute("BEGIN IMMEDIATE")
                con.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [
                        ("carnet_id", envelope.carnet_id),
                        ("owner_name", owner_name),
                        ("created_at", now),
                    ],
                )
                con.execute("COMMIT")
                # The envelope is written last: until it exists, nothing can open this folder.
                envelope.write(folder / ENVELOPE_NAME)
            except BaseException:
                con.close()
                raise
        except connection.DatabaseError as exc:
            _remove_unfinished(folder)
            filelock.release()
            raise connection.storage_error(exc) from exc
        except BaseException:
            _remove_unfinished(folder)
            filelock.release()
            raise
        return cls(folder, con, data_key, envelope, filelock, clock), code

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, clock: Clock = system_clock) -> Carnet:
        envelope = Envelope.read(Path(folder) / ENVELOPE_NAME)
        phrase = normalize(passphrase)
        key = envelope.unlock(phrase)
        return cls._open(Path(folder), key, envelope, clock, "ok", secret=(phrase, "passphrase"))

    @classmethod
    def unlock_with_key(cls, folder: Path, key: bytes, *, clock: Clock = system_clock) -> Carnet:
        """Open with the data key itself, as kept by the keyring of a personal PC
        (app/remembered_key.py). The probe checks the key before anything is written."""
        envelope = Envelope.read(Path(folder) / ENVELOPE_NAME)
        return cls._open(Path(folder), key, envelope, clock, "ok")

    @classmethod
    def unlock_with_recovery(
        cls,
        folder: Path,
        recovery_code: str,
        new_passphrase: str,
        *,
        rekey: bool = False,
        clock: Clock = system_clock,
    ) -> Carnet:
        """Lost passphrase: the recovery code opens the carnet and a new passphrase is set. The
        new passphrase is wrapped at the cost of the recovery wrap, whose settings the code has
        just authenticated (never at the passphrase wrap's, which may have been tampered with).
        With rekey, the database gets a new data key too (see rekey)."""
        code = normalize_code(recovery_code)
        if code is None:
            raise WrongRecoveryCode("not a recovery code")
        new_passphrase = _check_new_passphrase(new_passphrase)
        envelope = Envelope.read(Path(folder) / ENVELOPE_NAME)
        key = envelope.unlock_recovery(code)
        carnet = cls._open(
            Path(folder), key, envelope, clock, "recovery", secret=(code, "recovery")
        )
        try:
            carnet._rewrap(new_passphrase, carnet._envelope.recovery.kdf)
            if rekey:
                carnet._rekey(new_passphrase, code)
        except BaseException:
            carnet.lock()
            raise
        return carnet

    @classmethod
    def inspect(cls, folder: Path, passphrase: str, *, clock: Clock = system_clock) -> Carnet:
        """Open for reading only (`reperes check`): no unlock recorded, no migration, not a byte
        written to the carnet's files; writes fail. An older schema is read as it is."""
        folder = Path(folder)
        envelope = Envelope.read(folder / ENVELOPE_NAME)
        phrase = normalize(passphrase)
        key = envelope.unlock(phrase)
        filelock = FileLock(folder / LOCK_NAME)
        filelock.acquire()
        try:
            version, key, _settled = _settle(
                folder, key, envelope, (phrase, "passphrase"), may_write=False
            )
            migrations.pending(version)  # NewerCarnet
            con, created = connection.open_ro(folder / DB_NAME, key)
        except BaseException:
            filelock.release()
            raise
        carnet = cls(folder, con, key, envelope, filelock, clock)
        carnet._read_only_sidecars = created
        return carnet

    @classmethod
    def _open(
        cls,
        folder: Path,
        key: bytes,
        envelope: Envelope,
        clock: Clock,
        how: str,
        *,
        secret: tuple[str, str] | None = None,
    ) -> Carnet:
        """secret: (the passphrase or code that opened the envelope, its slot), to finish an
        interrupted re-key and to seal a version 1 wrap again in the version 2 form."""
        filelock = FileLock(folder / LOCK_NAME)
        filelock.acquire()
        try:
            version, key, settled = _settle(folder, key, envelope, secret)
            steps = migrations.pending(version)  # NewerCarnet before any write
            if steps and version > 0:
                _copy_before_migration(folder, version)
            con = connection.open_rw(folder / DB_NAME, key)
            try:
                migrations.migrate(con)
                _log_unlock(con, clock, how)
            except connection.DatabaseError as exc:
                con.close()
                raise connection.storage_error(exc) from exc
            except BaseException:
                con.close()
                raise
        except BaseException:
            filelock.release()
            raise
        carnet = cls(folder, con, key, envelope, filelock, clock)
        carnet._keep_envelope(settled, secret)
        return carnet

    def _keep_envelope(self, settled: Envelope, secret: tuple[str, str] | None) -> None:
        """After an opening: write the envelope as settled (an interrupted re-key finished or
        undone) and seal the wrap just used in the version 2 form if it was version 1. A
        read-only or full stick must not stop the opening: the next opening tries again."""
        key = self._require_key()
        if secret is not None:
            phrase, slot = secret
            wrap = settled.passphrase if slot == "passphrase" else settled.recovery
            if not wrap.bound:
                if slot == "passphrase":
                    settled = settled.with_passphrase(key, phrase, wrap.kdf)
                else:
                    settled = settled.with_recovery(key, phrase, wrap.kdf)
        if settled != self._envelope:
            with contextlib.suppress(StorageError):
                settled.write(self.folder / ENVELOPE_NAME)
                self._envelope = settled

    # -- keys ----------------------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str) -> None:
        """Check the old passphrase, then rewrap the data key. The database is not rewritten."""
        self._envelope.unlock(normalize(old))  # raises WrongPassphrase; authenticates the kdf
        self._rewrap(_check_new_passphrase(new, [self.owner_name]), self._envelope.passphrase.kdf)

    def _rewrap(self, new_passphrase: str, kdf: KdfParams) -> None:
        key = self._require_key()
        envelope = self._envelope.with_passphrase(key, new_passphrase, kdf)
        envelope.write(self.folder / ENVELOPE_NAME)
        self._envelope = envelope

    def rekey(self, passphrase: str, recovery_code: str) -> None:
        """Give the database a new data key (SQLCipher PRAGMA rekey on a raw key), wrapped by the
        current passphrase and recovery code, so that an old envelope.json with an old
        passphrase no longer opens this carnet. Both secrets are checked first."""
        phrase, code = normalize(passphrase), normalize_code(recovery_code)
        if code is None:
            raise WrongRecoveryCode("not a recovery code")
        self._envelope.unlock(phrase)
        self._envelope.unlock_recovery(code)
        self._rekey(phrase, code)

    def _rekey(self, passphrase: str, code: str) -> None:
        """Crash-safe: (1) the envelope gets the new key's wraps beside the current ones,
        (2) the database is rewritten under the new key in one transaction, (3) the old wraps
        go. A kill between (1) and (3) leaves an envelope whose current or next key opens the
        database; the next opening keeps the one that does (_settle)."""
        with self._mutex:
            con = self._require_con()
            new_key = os.urandom(32)
            pending = self._envelope.with_next(new_key, passphrase, code)
            pending.write(self.folder / ENVELOPE_NAME)
            self._envelope = pending
            try:
                con.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                # No frame under the old key stays in the WAL file.
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except connection.DatabaseError as exc:
                raise connection.storage_error(exc) from exc
            self._key = new_key
            final = pending.promoted()
            final.write(self.folder / ENVELOPE_NAME)
            self._envelope = final

    def new_recovery_code(self) -> str:
        """Replace the printed recovery code (the old one stops working)."""
        code = new_recovery_code()
        key = self._require_key()
        envelope = self._envelope.with_recovery(key, code, self._envelope.recovery.kdf)
        envelope = envelope.without_next()
        envelope.write(self.folder / ENVELOPE_NAME)
        self._envelope = envelope
        return code

    @property
    def kdf(self) -> KdfParams:
        return self._envelope.passphrase.kdf

    # -- data ----------------------------------------------------------------------------------
    def _require_con(self) -> connection.Connection:
        if self._con is None:
            raise LockedCarnet("carnet is locked")
        return self._con

    def _require_key(self) -> bytes:
        if self._key is None:
            raise LockedCarnet("carnet is locked")
        return self._key

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self._mutex:
            try:
                return self._require_con().execute(sql, params).fetchall()
            except connection.DatabaseError as exc:
                raise self._failure(exc) from exc

    def _failure(self, exc: BaseException) -> Exception:
        error = connection.storage_error(exc)
        if isinstance(error, DamagedCarnet):
            self._met_damage(error)
        return error

    def _met_damage(self, error: DamagedCarnet) -> None:
        """From now on nothing is written (SQLite refuses too), and the listeners are told."""
        with self._mutex:
            if self.damage is not None:
                return
            self.damage = error
            if self._con is not None:
                with contextlib.suppress(connection.DatabaseError):
                    self._con.execute("PRAGMA query_only = ON")
        for listener in list(self.on_damage):
            listener(error)

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    @contextlib.contextmanager
    def write(self) -> Iterator[connection.Connection]:
        """One transaction. When the block returns, the data is on disk (WAL, synchronous=FULL):
        only then may the screen say 'saved'."""
        with self._mutex:
            con = self._require_con()
            if self.damage is not None:
                raise DamagedCarnet(f"not written: {self.damage}")
            try:
                con.execute("BEGIN IMMEDIATE")
            except connection.DatabaseError as exc:
                raise self._failure(exc) from exc
            try:
                yield con
                con.execute("COMMIT")
            except connection.DatabaseError as exc:
                with contextlib.suppress(connection.DatabaseError):
                    con.execute("ROLLBACK")
                raise self._failure(exc) from exc
            except BaseException:
                with contextlib.suppress(connection.DatabaseError):
                    con.execute("ROLLBACK")
                raise
            finally:
                for done in list(self.after_write):
                    done()

    @property
    def owner_name(self) -> str:
        row = self.query_one("SELECT value FROM meta WHERE key = 'owner_name'")
        return row[0] if row else ""

    @property
    def carnet_id(self) -> str:
        return self._envelope.carnet_id

    @property
    def schema_version(self) -> int:
        return int(self.query("PRAGMA user_version")[0][0])

    def integrity_problems(self) -> list[str]:
        """Empty when SQLCipher's page HMACs and SQLite's structure are both sound."""
        problems = [str(r) for r in self.query("PRAGMA cipher_integrity_check")]
        check = self.query("PRAGMA integrity_check")
        if check != [("ok",)]:
            problems += [str(r[0]) for r in check]
        return problems

    # -- the full check, off the opening path ---------------------------------------------------
    def full_check_due(self) -> bool:
        """Every page is read again when the last sound check is older than FULL_CHECK_DAYS
        or the file's size changed since (new pages were written: a new scan, a migration).
        A week: a stick that starts failing is found within days, while a person opening the
        carnet several times a day on a slow PC does not pay the full read each time."""
        rows = dict(self.query(
            "SELECT key, value FROM meta WHERE key IN ('full_check_at', 'full_check_size')"
        ))  # fmt: skip
        try:
            at = datetime.fromisoformat(rows["full_check_at"])
            size = int(rows["full_check_size"])
        except (KeyError, ValueError):
            return True
        now = self.clock()
        if at.tzinfo is None and now.tzinfo is not None:
            at = at.replace(tzinfo=now.tzinfo)
        return size != self._db_size() or not (
            timedelta(0) <= now - at < timedelta(days=FULL_CHECK_DAYS)
        )

    def _db_size(self) -> int:
        try:
            return (self.folder / DB_NAME).stat().st_size
        except OSError:
            return -1

    def full_check(self) -> None:
        """Read and authenticate every page on a connection of its own (call it from a worker
        thread), then keep the time and the file's size of this sound check in the carnet.
        DamagedCarnet when a page fails (the listeners are told, writes are refused);
        CheckInterrupted when the carnet was locked meanwhile."""
        key = self._require_key()
        with self._mutex:
            # No checkpoint rewrites the file's pages while the check reads them.
            self._require_con().execute("PRAGMA wal_autocheckpoint = 0")
        size = self._db_size()
        try:
            connection.full_check(
                self.folder / DB_NAME, key, self._set_check_con, self._check_stop.is_set
            )
        except DamagedCarnet as exc:
            self._met_damage(exc)
            raise
        finally:
            with self._mutex:
                self._check_con = None
                if self._con is not None:
                    with contextlib.suppress(connection.DatabaseError):
                        self._con.execute("PRAGMA wal_autocheckpoint = 1000")
        if self.is_locked:
            raise connection.CheckInterrupted("carnet locked")
        with contextlib.suppress(CarnetError), self.write() as con:  # else: next time
            con.executemany(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                [("full_check_at", self.clock().isoformat(timespec="seconds")),
                 ("full_check_size", str(size))],
            )  # fmt: skip

    def _set_check_con(self, con: connection.Connection) -> None:
        with self._mutex:
            if self._con is None:
                con.interrupt()
            self._check_con = con

    def export_copy(self, dest: Path) -> None:
        """Write an encrypted copy (same key) of the whole database to a new file.

        sqlcipher_export into a keyed ATTACH; an empty key would write the data in clear, so the
        key is checked here, by construction, and the copy is probed before it is trusted."""
        dest = Path(dest)
        if dest.exists():
            raise CarnetExists(str(dest))
        key = self._require_key()
        if len(key) != 32:
            raise CarnetSettingsError("refusing an unkeyed export")
        with self._mutex:
            con = self._require_con()
            try:
                con.execute("ATTACH DATABASE ? AS copy KEY ?", (str(dest), f"x'{key.hex()}'"))
                try:
                    con.execute("SELECT sqlcipher_export('copy')")
                    version = int(con.execute("PRAGMA user_version").fetchone()[0])
                    con.execute(f"PRAGMA copy.user_version = {version}")
                finally:
                    con.execute("DETACH DATABASE copy")
            except connection.DatabaseError as exc:
                with contextlib.suppress(OSError):
                    dest.unlink()
                raise connection.storage_error(exc) from exc
        connection.probe(dest, key, full=True)

    # -- closing -------------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the database and forget the key object. Python may still hold copies of data it
        read: the UI ends the process on lock for a real purge (handbook §3)."""
        with self._mutex:
            self._check_stop.set()
            if self._check_con is not None:
                with contextlib.suppress(connection.Error):  # may have just ended
                    self._check_con.interrupt()
            if self._con is not None and self._read_only_sidecars is not None:
                connection.close_ro(self._con, self._read_only_sidecars)
                self._con = None
            elif self._con is not None:
                holder = self._hold_wal() if self.damage is not None else None
                with contextlib.suppress(connection.DatabaseError):
                    self._con.close()
                if holder is not None:
                    connection.close_ro(*holder)
                self._con = None
            self._key = None
            self._filelock.release()

    close = lock

    def _hold_wal(self) -> tuple[connection.Connection, list[Path]] | None:
        """Closing the last connection copies the WAL into the file (a checkpoint), which
        would write beside, or extend over, the damaged pages. A read-only connection kept open
        meanwhile stops it, and cannot checkpoint itself: the file stays as it was met, and
        what was saved before the damage stays in the WAL."""
        try:
            holder = connection.open_ro(self.folder / DB_NAME, self._require_key())
            holder[0].execute("SELECT 1").fetchone()
        except CarnetError:
            return None
        return holder

    @property
    def is_locked(self) -> bool:
        return self._con is None

    def __enter__(self) -> Carnet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def _settle(
    folder: Path,
    key: bytes,
    envelope: Envelope,
    secret: tuple[str, str] | None,
    *,
    may_write: bool = True,
) -> tuple[int, bytes, Envelope]:
    """Probe the database (read-only) with the key the envelope gave; return its schema version,
    the key that opens it and the envelope to keep. An envelope left by an interrupted re-key
    holds two keys: the one that opens the database wins, the other pair is dropped."""
    db = folder / DB_NAME
    if not envelope.rekey_pending:
        return connection.probe(db, key), key, envelope
    try:
        return connection.probe(db, key), key, envelope.without_next()  # rewrite never done
    except DamagedCarnet:
        new_key = envelope.next_key(*secret) if secret is not None else None
        if new_key is None:
            raise
        # Killed after the re-key's commit, before its checkpoint: the file still holds pages
        # under the old key (the later full check reads the file): finish it, then probe.
        if may_write:
            connection.finish_wal(db, new_key)
        return connection.probe(db, new_key), new_key, envelope.promoted()


def _private_file(path: Path) -> None:
    """Create an empty file only this account can read (0600), never through a link."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        os.close(os.open(path, flags, 0o600))
    except OSError as exc:
        raise connection.storage_error(exc) from exc


def _remove_unfinished(folder: Path) -> None:
    """A creation that failed before its envelope was written leaves a database nobody can open
    and that would block the next try (CarnetExists): remove it. Only files this creation made
    under its lock; never once the envelope exists."""
    if (folder / ENVELOPE_NAME).exists():
        return
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal"):
        with contextlib.suppress(OSError):
            (folder / name).unlink()


def _log_unlock(con: connection.Connection, clock: Clock, how: str) -> None:
    """Remember this opening (shown at the next one). On a full stick the person must still
    be able to read their carnet: the log is skipped then, never the opening."""
    try:
        con.execute(
            "INSERT INTO unlock_log(at, outcome) VALUES (?, ?)",
            (clock().isoformat(timespec="seconds"), how),
        )
    except connection.DatabaseError as exc:
        if not isinstance(connection.storage_error(exc), DiskFull):
            raise


def _copy_before_migration(folder: Path, version: int) -> None:
    """Keep the carnet as it was before upgrading: an encrypted file copy (same key)."""
    src = folder / DB_NAME
    dest = folder / f"carnet-avant-v{version + 1}.db"
    if dest.exists():
        return
    tmp = dest.with_suffix(".tmp")
    wal = src.with_name(src.name + "-wal")
    made: list[Path] = []
    try:
        if wal.exists() and wal.stat().st_size > 0:
            # A hot WAL holds committed pages; copy it too so the copy is complete.
            made.append(dest.with_name(dest.name + "-wal"))
            copy_to_new(wal, made[-1])
        made.append(tmp)
        copy_to_new(src, tmp)  # never through a link planted at the temporary name
        os.replace(tmp, dest)
    except OSError as exc:  # a full or pulled stick: no half copy left, a typed error
        for path in made:
            with contextlib.suppress(OSError):
                path.unlink()
        raise connection.storage_error(exc) from exc
