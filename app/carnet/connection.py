"""Open a SQLCipher database with a raw key and enforce the handbook's settings, failing closed.

Two steps: a read-only probe (key, cipher settings, page HMACs, structure, schema version) that
cannot write a byte, then the read-write connection. A wrong key, damaged pages or a newer schema
are therefore reported while the files stay byte-identical."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import shutil
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from .errors import (
    CarnetError,
    CarnetSettingsError,
    DamagedCarnet,
    DiskFull,
    HelperRefused,
    NotACarnet,
    StorageError,
)

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError
Error = sqlcipher3.Error  # also "closed connection" (ProgrammingError)


class CheckInterrupted(Exception):
    """The full check was stopped because the carnet closed: no result, nothing to say."""


def _nothing(_con: Connection) -> None:
    pass


def _uri(path: Path, mode: str) -> str:
    # as_uri() percent-encodes spaces and accents (USB sticks named "Clé de Léa").
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def _connect(path: Path, key: bytes, mode: str) -> Connection:
    con = sqlcipher3.connect(
        _uri(path, mode), uri=True, isolation_level=None, check_same_thread=False
    )
    # First, before the key: SQLCipher would otherwise print HMAC failures on stderr.
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return con


def _check_cipher(con: Connection) -> None:
    version = con.execute("PRAGMA cipher_version").fetchone()
    if not version or not str(version[0]).startswith("4."):
        raise CarnetSettingsError(f"SQLCipher 4 required, found {version}")
    header = con.execute("PRAGMA cipher_plaintext_header_size").fetchone()
    if header is None or int(header[0]) != 0:
        raise CarnetSettingsError("plaintext header must be 0")


def _remove_created(sidecars: list[Path]) -> None:
    """A read-only connection to a WAL database still creates an empty -wal and a -shm index.
    Remove the ones the probe created, so a refused carnet is left exactly as it was; a -wal
    that holds anything is never touched."""
    for side in sidecars:
        with contextlib.suppress(OSError):
            if side.name.endswith("-shm") or side.stat().st_size == 0:
                side.unlink()


def _missing_sidecars(path: Path) -> list[Path]:
    sides = (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
    return [side for side in sides if not side.exists()]


def probe(path: Path, key: bytes, *, full: bool = False) -> int:
    """Check a closed carnet read-only; return its schema version. Raises DamagedCarnet.

    Without `full`, only what does not grow with the carnet: the cipher settings, page 1 and
    the schema read with this key (a wrong key or a damaged header fails here). Every page is
    checked by `full_check`, after Today (ui/session.py) and in `reperes check`: at 1 GB of
    scans, reading every page at each opening costs many seconds."""
    path = Path(path)
    if not path.is_file():
        raise NotACarnet("no database file")
    if path.stat().st_size == 0:
        raise DamagedCarnet("empty database file")
    created = _missing_sidecars(path)
    try:
        return _probe(path, key, full)
    finally:
        _remove_created(created)


def full_check(
    path: Path,
    key: bytes,
    on_connect: Callable[[Connection], None] = _nothing,
    stopped: Callable[[], bool] = lambda: False,
) -> None:
    """Every page's HMAC and the structure (quick_check), on a read-only connection of its own,
    so that it can run beside the open carnet's connection. Stoppable: on_connect receives the
    connection (to interrupt quick_check), and `stopped` is asked between pages read.

    SQLCipher's own cipher_integrity_check cannot be interrupted (its loop runs no VDBE step):
    a carnet locked during it waited seconds for it. So the HMACs are checked here, by
    SQLCipher 4's rule, and SQLCipher's check is asked only to confirm a page found bad."""
    path = Path(path)
    created = _missing_sidecars(path)
    try:
        con = _connect(path, key, "ro")
    except DatabaseError as exc:
        _remove_created(created)
        raise _probe_error(exc, path) from exc
    try:
        on_connect(con)
        _check_cipher(con)
        page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
        if _first_bad_page(path, key, page_size, stopped) is not None:
            _check_pages(con)  # SQLCipher's word on it
        if stopped():
            raise CheckInterrupted("carnet closed")
        check = con.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise DamagedCarnet(f"quick_check: {check[:3]}")
    except DatabaseError as exc:
        if "interrupt" in str(exc).lower():
            raise CheckInterrupted(str(exc)) from exc
        raise _probe_error(exc, path) from exc
    finally:
        with contextlib.suppress(DatabaseError):
            con.close()
        _remove_created(created)


_MAC = 64  # HMAC-SHA512 at the end of each page's reserved bytes (after a 16-byte IV)
_CHUNK_PAGES = 256


def _first_bad_page(
    path: Path, key: bytes, page_size: int, stopped: Callable[[], bool]
) -> int | None:
    """SQLCipher 4 with a raw key: HMAC-SHA512 of each page's encrypted bytes and IV (page 1
    after its 16-byte salt) then the page number (4 bytes, little-endian), keyed by
    PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 rounds, 32 bytes). The page number that fails,
    0 for a cut file, None when all pass."""
    with open(path, "rb") as f:
        salt = f.read(16)
        if len(salt) < 16:
            return 0
        mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
        f.seek(0)
        number = 0
        while chunk := f.read(page_size * _CHUNK_PAGES):
            if stopped():
                raise CheckInterrupted("carnet closed")
            if len(chunk) % page_size:
                return 0
            view = memoryview(chunk)
            for offset in range(0, len(chunk), page_size):
                number += 1
                page = view[offset : offset + page_size]
                mac = hmac.new(mac_key, page[16 if number == 1 else 0 : -_MAC], "sha512")
                mac.update(number.to_bytes(4, "little"))
                if not hmac.compare_digest(mac.digest(), page[-_MAC:]):
                    return number
    return None


def _check_size(con: Connection, path: Path, has_wal: bool) -> None:
    """A cut file (a copy stopped midway, a stick pulled) is found at the opening without
    reading its pages: whole pages only, and, without a WAL, as many as page 1 says."""
    page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
    size = path.stat().st_size
    if size % page_size:
        raise DamagedCarnet(f"{size} bytes is not a whole number of pages")
    pages = int(con.execute("PRAGMA page_count").fetchone()[0])
    if not has_wal and pages * page_size != size:
        raise DamagedCarnet(f"{size // page_size} pages in the file, {pages} in its header")


def _check_pages(con: Connection) -> None:
    bad_pages = con.execute("PRAGMA cipher_integrity_check").fetchall()
    if bad_pages:
        raise DamagedCarnet(f"{len(bad_pages)} page(s) fail their HMAC")
    check = con.execute("PRAGMA quick_check").fetchall()
    if check != [("ok",)]:
        raise DamagedCarnet(f"quick_check: {check[:3]}")


def finish_wal(path: Path, key: bytes) -> bool:
    """Only after an interrupted re-key: the pages committed under the new key are all in the
    WAL while the file still holds pages under the old one, and cipher_integrity_check reads
    the file (the probe says "damaged"). If this key reads the database through its WAL, copy
    the WAL into the file. True when it did; nothing written otherwise."""
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    if not wal.is_file() or wal.stat().st_size == 0:
        return False
    try:
        con = _connect(path, key, "ro")
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
        con = _connect(path, key, "rw")
        try:
            busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            con.close()
    except DatabaseError:
        return False
    return busy == 0


def _probe_error(exc: DatabaseError, path: Path) -> CarnetError:
    """Damaged data (SQLITE_CORRUPT, SQLITE_NOTADB, failed HMACs) is not a storage fault: a full
    stick (a read-only connection still needs room for its -shm index), a pulled stick or an
    unreadable file must not be told to the person as a damaged carnet."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if name.startswith(("SQLITE_IOERR", "SQLITE_FULL", "SQLITE_CANTOPEN")):
        if name.startswith("SQLITE_FULL") or _no_space_left(path.parent):
            return DiskFull(str(exc))
        return StorageError(str(exc))
    return DamagedCarnet(str(exc))


def _no_space_left(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free == 0
    except OSError:
        return False


def _probe(path: Path, key: bytes, full: bool) -> int:
    # Without a -wal beside it the file is the whole carnet: "immutable" reads it without the
    # -shm index, so the check writes nothing at all (it works on a full or read-only stick).
    # We hold the carnet's lock file, so no other Repères can be writing meanwhile.
    has_wal = path.with_name(path.name + "-wal").exists()
    try:
        con = _connect(path, key, "ro" if has_wal else "ro&immutable=1")
    except DatabaseError as exc:
        raise _probe_error(exc, path) from exc
    try:
        _check_cipher(con)
        # Page 1 and the schema's pages, decrypted and authenticated with this key.
        con.execute("SELECT count(*), max(length(sql)) FROM sqlite_master").fetchone()
        _check_size(con, path, has_wal)
        if full:
            _check_pages(con)
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    except DatabaseError as exc:
        raise _probe_error(exc, path) from exc
    finally:
        con.close()


def _expect(con: Connection, pragma: str, wanted: object) -> None:
    row = con.execute(f"PRAGMA {pragma}").fetchone()
    got = row[0] if row else None
    if str(got).lower() != str(wanted).lower():
        raise CarnetSettingsError(f"PRAGMA {pragma} is {got!r}, expected {wanted!r}")


def configure(con: Connection) -> None:
    """Apply and verify every setting; any refusal closes the door (CarnetSettingsError)."""
    _check_cipher(con)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA temp_store = MEMORY")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA trusted_schema = OFF")
    _expect(con, "journal_mode", "wal")
    _expect(con, "synchronous", 2)
    _expect(con, "temp_store", 2)
    _expect(con, "foreign_keys", 1)
    _expect(con, "trusted_schema", 0)
    # Extension loading must stay off: SQLite answers "not authorized" before touching any file.
    try:
        con.execute("SELECT load_extension('reperes-no-such-extension')")
    except DatabaseError as exc:
        if "not authorized" not in str(exc):
            raise CarnetSettingsError("extension loading is enabled") from exc
    else:  # pragma: no cover - would mean an extension loaded
        raise CarnetSettingsError("extension loading is enabled")


def open_ro(path: Path, key: bytes) -> tuple[Connection, list[Path]]:
    """A read-only connection kept open (reperes check): the same read-only, immutable-when-
    possible opening as the probe, with writes refused by SQLite itself (query_only). Returns
    the sidecars it created, for `_remove_created` once the connection is closed. The caller
    holds the carnet's lock file, which is what makes "immutable" safe."""
    path = Path(path)
    created = _missing_sidecars(path)
    has_wal = path.with_name(path.name + "-wal").exists()
    try:
        con = _connect(path, key, "ro" if has_wal else "ro&immutable=1")
        _check_cipher(con)
        for pragma in ("query_only = ON", "trusted_schema = OFF"):
            con.execute(f"PRAGMA {pragma}")
    except DatabaseError as exc:
        _remove_created(created)
        raise _probe_error(exc, path) from exc
    except CarnetSettingsError:
        _remove_created(created)
        raise
    return con, created


def close_ro(con: Connection, created: list[Path]) -> None:
    with contextlib.suppress(DatabaseError):
        con.close()
    _remove_created(created)


def open_rw(path: Path, key: bytes, *, create: bool = False) -> Connection:
    path = Path(path)
    created = _missing_sidecars(path)
    try:
        con = _connect(path, key, "rwc" if create else "rw")
    except DatabaseError as exc:
        _remove_created(created)
        raise storage_error(exc, path.parent) from exc
    try:
        configure(con)
    except DatabaseError as exc:
        con.close()
        _remove_created(created)  # a refused opening leaves the folder as it was
        raise storage_error(exc, path.parent) from exc
    except CarnetSettingsError:
        con.close()
        _remove_created(created)
        raise
    return con


def storage_error(exc: BaseException, folder: Path | None = None) -> Exception:
    """Map a SQLite/OS error raised while writing to the carnet's typed errors. SQLite says only
    "disk I/O error" when it cannot create its -shm index on a full stick: with the folder, a
    full disk is recognised as such."""
    text = str(exc).lower()
    if HelperRefused.PREFIX in text:  # a helper session's guard said no (app/records/helper.py)
        return HelperRefused(text.split(HelperRefused.PREFIX, 1)[1].split()[0])
    if "database or disk is full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFull(str(exc))
    if "disk i/o error" in text and folder is not None and _no_space_left(folder):
        return DiskFull(str(exc))
    if "malformed" in text or "not a database" in text:
        return DamagedCarnet(str(exc))
    return StorageError(str(exc))
