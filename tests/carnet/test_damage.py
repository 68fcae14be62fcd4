"""C3: a damaged carnet, a folder that is not a carnet, a carnet from a newer Repères.

Each is told apart by a typed error (DamagedCarnet / NotACarnet / NewerCarnet), and the failed
open leaves every file of the folder byte-identical: nothing is recreated, repaired, overwritten,
and no new file appears. Loops with a fixed random seed, no hypothesis (reproducible as is)."""

from __future__ import annotations

import json
import os
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.carnet import (
    DB_NAME,
    ENVELOPE_NAME,
    Carnet,
    CarnetError,
    DamagedCarnet,
    NewerCarnet,
    NotACarnet,
    WrongPassphrase,
    fullcheck,
    migrations,
)

from .kit import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    add_organisations,
    data_key,
    folder_state,
    make_carnet,
    raw_connect,
)

PAGE = 4096
SEED = 1789
FLIPS = 48


@dataclass(frozen=True)
class Base:
    folder: Path
    key: bytes
    code: str
    pages: int


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Base:
    folder = tmp_path_factory.mktemp("damage") / "carnet"
    carnet, code = make_carnet(folder)
    add_organisations(carnet, [f"Organisme {i:03d}" for i in range(400)], notes="n" * 120)
    key = data_key(carnet)
    carnet.lock()
    size = (folder / DB_NAME).stat().st_size
    assert size % PAGE == 0 and size // PAGE >= 20, size
    assert sorted(p.name for p in folder.iterdir()) == ["carnet.db", "carnet.lock", ENVELOPE_NAME]
    return Base(folder, key, code, size // PAGE)


@pytest.fixture(autouse=True)
def nothing_on_stderr(capfd):
    """SQLCipher reports HMAC failures on stderr unless told not to: a refused open is silent."""
    yield
    _out, err = capfd.readouterr()
    assert err == "", f"stderr: {err[:300]!r}"


def _copy(base: Base, dest: Path) -> Path:
    shutil.copytree(base.folder, dest)
    return dest


def _edit_db(folder: Path, change: Callable[[bytearray], bytes | bytearray]) -> None:
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    new = bytes(change(data))
    assert new != bytes(path.read_bytes()), "the damage must change the file"
    path.write_bytes(new)


def _bad_pages(folder: Path, key: bytes) -> list:
    """The pages failing their HMAC, read by bare sqlcipher3 (read-only, no Repères code)."""
    con = raw_connect(folder / DB_NAME, key, readonly=True)
    try:
        return con.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        con.close()


def _expect_refused(
    folder: Path, error: type[CarnetError], code: str | None = None, key: bytes | None = None
) -> str:
    """Open with the passphrase (and the recovery code when given): `error`, nothing changed.

    With the data key (damage inside the database file), the opening reads only the header
    and the schema: damage in a later page may let the carnet open, and then the full check
    (run after Today, in the background) must find it, with nothing written from then on and
    the damaged pages left as they were. Returns "open" or "later": where it was found."""
    state = folder_state(folder)
    found = _refused_or_found_later(
        folder, error, state, key, lambda: Carnet.unlock(folder, PASSPHRASE)
    )
    if code is not None:
        state = folder_state(folder)
        _refused_or_found_later(
            folder, error, state, key,
            lambda: Carnet.unlock_with_recovery(folder, code, NEW_PASSPHRASE),
        )  # fmt: skip
    return found


def _refused_or_found_later(
    folder: Path,
    error: type[CarnetError],
    state: dict[str, str],
    key: bytes | None,
    opening: Callable[[], Carnet],
) -> str:
    bad_before = _bad_pages(folder, key) if key is not None else None
    try:
        carnet = opening()
    except CarnetError as exc:
        assert type(exc) is error, f"{type(exc).__name__}: {exc}"
        assert folder_state(folder) == state, "a failed open changed or added a file"
        return "open"
    with carnet:
        assert key is not None and error is DamagedCarnet, "opened a carnet it should refuse"
        told: list[DamagedCarnet] = []
        carnet.on_damage.append(told.append)
        # What the worker started after Today runs (ui/session.py); a damaged page met by one
        # of its reads (the check's bookkeeping) takes the same path.
        assert fullcheck.run_if_due(carnet) == "damaged"
        assert len(told) == 1 and carnet.damage is told[0]
        with pytest.raises(DamagedCarnet), carnet.write() as con:
            con.execute("INSERT INTO organisation(name) VALUES ('après')")
    assert _bad_pages(folder, key) == bad_before, "the damaged pages were written over"
    return "later"


# -- the database file --------------------------------------------------------------------------
def test_flipped_bytes_anywhere_are_detected(base: Base, tmp_path: Path):
    rng = random.Random(SEED)
    size = base.pages * PAGE
    offsets = [rng.randrange(size) for _ in range(FLIPS - 4)]
    offsets += [0, 20, PAGE - 1, size - 1]  # salt, page 1 header, page 1 reserve, last byte
    detected = later = 0
    for i, offset in enumerate(offsets):
        folder = _copy(base, tmp_path / f"flip{i}")
        mask = rng.randrange(1, 256)

        def flip(data: bytearray, offset=offset, mask=mask) -> bytearray:
            data[offset] ^= mask
            return data

        _edit_db(folder, flip)
        where = _expect_refused(folder, DamagedCarnet, base.code if i % 8 == 0 else None, base.key)
        detected += 1
        later += where == "later"
        shutil.rmtree(folder)
    print(
        f"flipped bytes: {detected}/{len(offsets)} detected as DamagedCarnet "
        f"({later} by the full check after the opening)"
    )
    assert detected == len(offsets) >= 40


def _zero_page(n: int):
    def change(data: bytearray) -> bytearray:
        data[n * PAGE : (n + 1) * PAGE] = bytes(PAGE)
        return data

    return change


def _zero_half_page(n: int):
    def change(data: bytearray) -> bytearray:
        data[n * PAGE + PAGE // 2 : (n + 1) * PAGE] = bytes(PAGE // 2)
        return data

    return change


def _swap_pages(a: int, b: int):
    def change(data: bytearray) -> bytearray:
        pa, pb = data[a * PAGE : (a + 1) * PAGE], data[b * PAGE : (b + 1) * PAGE]
        data[a * PAGE : (a + 1) * PAGE], data[b * PAGE : (b + 1) * PAGE] = pb, pa
        return data

    return change


DB_DAMAGE: dict[str, Callable[[bytearray], bytes | bytearray]] = {
    "zero-page-1": _zero_page(0),
    "zero-page-2": _zero_page(1),
    "zero-page-middle": lambda d: _zero_page(len(d) // PAGE // 2)(d),
    "zero-page-last": lambda d: _zero_page(len(d) // PAGE - 1)(d),
    "torn-page": lambda d: _zero_half_page(len(d) // PAGE // 3)(d),
    "truncated-half": lambda d: d[: (len(d) // PAGE // 2) * PAGE],
    "truncated-one-page": lambda d: d[:PAGE],
    "truncated-mid-page": lambda d: d[: len(d) - 1000],
    "truncated-100-bytes": lambda d: d[:100],
    "empty": lambda d: b"",
    "swapped-2-3": _swap_pages(1, 2),
    "swapped-first-last": lambda d: _swap_pages(0, len(d) // PAGE - 1)(d),
    "swapped-middle": lambda d: _swap_pages(5, len(d) // PAGE - 3)(d),
    "random-garbage": lambda d: random.Random(SEED).randbytes(len(d)),
    "plain-text": lambda d: b"Rendez-vous France Travail mardi 10 h\n" * 200,
    "sqlite-header-only": lambda d: b"SQLite format 3\x00" + bytes(len(d) - 16),
}


@pytest.mark.parametrize("kind", DB_DAMAGE)
def test_damaged_database_is_refused_untouched(base: Base, tmp_path: Path, kind: str):
    folder = _copy(base, tmp_path / "carnet")
    _edit_db(folder, DB_DAMAGE[kind])
    _expect_refused(folder, DamagedCarnet, base.code, base.key)


def test_an_unencrypted_sqlite_file_is_not_opened(base: Base, tmp_path: Path):
    import sqlite3

    folder = _copy(base, tmp_path / "carnet")
    (folder / DB_NAME).unlink()
    plain = sqlite3.connect(folder / DB_NAME)
    plain.execute("CREATE TABLE organisation(id INTEGER PRIMARY KEY, name TEXT)")
    plain.execute("INSERT INTO organisation(name) VALUES ('mis là par quelqu’un')")
    plain.commit()
    plain.close()
    _expect_refused(folder, DamagedCarnet, base.code)


def test_a_missing_database_is_refused_and_not_recreated(base: Base, tmp_path: Path):
    folder = _copy(base, tmp_path / "carnet")
    (folder / DB_NAME).unlink()
    _expect_refused(folder, NotACarnet, base.code)
    assert not (folder / DB_NAME).exists()


def test_a_database_from_a_newer_repères_is_refused_untouched(base: Base, tmp_path: Path):
    folder = _copy(base, tmp_path / "carnet")
    con = raw_connect(folder / DB_NAME, base.key)
    assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    con.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    con.execute("CREATE TABLE from_the_future(x TEXT)")
    con.close()
    assert not (folder / (DB_NAME + "-wal")).exists()
    _expect_refused(folder, NewerCarnet, base.code)
    assert not list(folder.glob("carnet-avant-*")), "no migration copy for a newer carnet"


# -- the envelope and the folder ------------------------------------------------------------------
def _envelope_doc(folder: Path) -> dict:
    return json.loads((folder / ENVELOPE_NAME).read_text())


def _write_doc(folder: Path, doc) -> None:
    (folder / ENVELOPE_NAME).write_text(json.dumps(doc))


def _edit_doc(edit: Callable[[dict], object]):
    def change(folder: Path) -> None:
        doc = _envelope_doc(folder)
        result = edit(doc)
        _write_doc(folder, doc if result is None else result)

    return change


def _set(path: str, value):
    def edit(doc: dict) -> None:
        *parents, last = path.split(".")
        node = doc
        for p in parents:
            node = node[p]
        if value is _DELETE:
            del node[last]
        else:
            node[last] = value

    return _edit_doc(edit)


_DELETE = object()


def _flip_b64(field: str):
    def edit(doc: dict) -> None:
        import base64

        raw = bytearray(base64.b64decode(doc["wraps"]["passphrase"][field]))
        raw[0] ^= 0x01
        doc["wraps"]["passphrase"][field] = base64.b64encode(bytes(raw)).decode()

    return _edit_doc(edit)


ENVELOPE_DAMAGE: dict[str, tuple[Callable[[Path], None], type[CarnetError]]] = {
    "missing": (lambda f: (f / ENVELOPE_NAME).unlink(), NotACarnet),
    "a-folder": (
        lambda f: ((f / ENVELOPE_NAME).unlink(), (f / ENVELOPE_NAME).mkdir()),
        NotACarnet,
    ),
    "empty": (lambda f: (f / ENVELOPE_NAME).write_bytes(b""), NotACarnet),
    "random-bytes": (
        lambda f: (f / ENVELOPE_NAME).write_bytes(random.Random(SEED).randbytes(700)),
        NotACarnet,
    ),
    "plain-text": (lambda f: (f / ENVELOPE_NAME).write_text("liste de courses\n"), NotACarnet),
    "json-list": (lambda f: _write_doc(f, [1, 2, 3]), NotACarnet),
    "other-format": (_set("format", "keepass"), NotACarnet),
    "truncated-json": (
        lambda f: (f / ENVELOPE_NAME).write_bytes((f / ENVELOPE_NAME).read_bytes()[:300]),
        DamagedCarnet,
    ),
    "no-wraps": (_set("wraps", _DELETE), DamagedCarnet),
    "no-recovery-wrap": (_set("wraps.recovery", _DELETE), DamagedCarnet),
    "bad-base64": (_set("wraps.passphrase.salt", "***"), DamagedCarnet),
    "short-salt": (_set("wraps.passphrase.salt", "AAAA"), DamagedCarnet),
    "kdf-below-floor": (_set("wraps.passphrase.kdf.memory_cost", 1024), DamagedCarnet),
    "kdf-unknown": (_set("wraps.passphrase.kdf.name", "pbkdf2"), DamagedCarnet),
    "version-as-text": (_set("version", "1"), DamagedCarnet),
    "version-0": (_set("version", 0), DamagedCarnet),
    "version-3": (_set("version", 3), NewerCarnet),
    # A version 2 envelope read as version 1: the associated data differs, the wrap stays shut.
    "version-1": (_set("version", 1), WrongPassphrase),
    "aad-v1": (_set("wraps.passphrase.aad", "v1"), WrongPassphrase),
    # A planted or edited envelope asking for terabytes or days is refused before deriving.
    "kdf-above-ceiling": (_set("wraps.passphrase.kdf.memory_cost", 2**31), DamagedCarnet),
    "kdf-time-absurd": (_set("wraps.passphrase.kdf.time_cost", 10**9), DamagedCarnet),
    "kdf-parallelism-absurd": (_set("wraps.recovery.kdf.parallelism", 2**20), DamagedCarnet),
    "version-99": (_set("version", 99), NewerCarnet),
    # A changed wrap cannot be told from a wrong passphrase: AES-GCM only says "does not open".
    "flipped-ciphertext": (_flip_b64("ciphertext"), WrongPassphrase),
    "flipped-salt": (_flip_b64("salt"), WrongPassphrase),
    "other-carnet-id": (_set("carnet_id", "0" * 32), WrongPassphrase),
}


@pytest.mark.parametrize("kind", ENVELOPE_DAMAGE)
def test_damaged_envelope_is_refused_untouched(base: Base, tmp_path: Path, kind: str):
    folder = _copy(base, tmp_path / "carnet")
    damage, error = ENVELOPE_DAMAGE[kind]
    damage(folder)
    _expect_refused(folder, error)


def test_an_envelope_from_another_carnet_is_refused(base: Base, tmp_path: Path):
    """Same passphrase, another carnet's envelope: the key it gives does not open this database."""
    other, _ = make_carnet(tmp_path / "other")
    other.lock()
    folder = _copy(base, tmp_path / "carnet")
    shutil.copyfile(tmp_path / "other" / ENVELOPE_NAME, folder / ENVELOPE_NAME)
    _expect_refused(folder, DamagedCarnet)


@pytest.mark.parametrize("layout", ["no-envelope", "empty-folder", "absent", "a-file", "text-file"])
def test_a_folder_that_holds_no_carnet(base: Base, tmp_path: Path, layout: str):
    if layout == "no-envelope":
        target = _copy(base, tmp_path / "carnet")
        (target / ENVELOPE_NAME).unlink()
    elif layout == "empty-folder":
        target = tmp_path / "empty"
        target.mkdir()
    elif layout == "absent":
        target = tmp_path / "nothing-here"
    elif layout == "a-file":
        target = tmp_path / "carnet.db"
        shutil.copyfile(base.folder / DB_NAME, target)
    else:
        target = tmp_path / "notes.txt"
        target.write_text("rendez-vous mardi\n")
    before = folder_state(tmp_path)
    with pytest.raises(NotACarnet):
        Carnet.unlock(target, PASSPHRASE)
    with pytest.raises(NotACarnet):
        Carnet.unlock_with_recovery(target, base.code, NEW_PASSPHRASE)
    assert folder_state(tmp_path) == before
    assert os.path.exists(target) == (layout != "absent")


def test_an_unreadable_envelope_is_a_storage_error(base: Base, tmp_path: Path, monkeypatch):
    """A stick that fails while reading (EIO) is a storage problem, not a crash nor "no carnet"."""
    import errno
    import pathlib

    from app.carnet import StorageError

    folder = _copy(base, tmp_path / "carnet")
    real = pathlib.Path.read_bytes

    def failing(self):
        if self.name == ENVELOPE_NAME:
            raise OSError(errno.EIO, "Input/output error")
        return real(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", failing)
    with pytest.raises(StorageError):
        Carnet.unlock(folder, PASSPHRASE)
