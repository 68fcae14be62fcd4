"""C15, keyring policy: a carnet key is kept only in an allow-listed system keyring, on a personal
PC; "Forget" removes it (read back from the real gnome-keyring); a locked keyring and a missing
one each give their own outcome, never "wrong passphrase"."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from app import remembered_key as rk
from app.carnet import FAST_KDF, Carnet
from app.pc_mode import PERSONAL, SHARED

KEY = bytes(range(32))
CARNET_ID = "0123456789abcdef0123456789abcdef"


# -- the real Secret Service, seen from the side (no Repères code in between) ----------------------
def _items(carnet_id: str = CARNET_ID) -> list:
    import secretstorage

    with contextlib.closing(secretstorage.dbus_init()) as bus:
        collection = secretstorage.get_default_collection(bus)
        found = list(collection.search_items({"service": rk.SERVICE, "username": carnet_id}))
        return [(i.get_label(), i.get_attributes(), i.get_secret()) for i in found]


def _set_prompter_display(value: str) -> None:
    """The unlock prompt (gcr-prompter) is started by the bus with the bus's environment; on
    ./test's Xvfb it would open a window and wait for an answer. With no display it cannot open
    and the prompt counts as dismissed, as when a person presses Cancel."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus_address = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    with contextlib.closing(open_dbus_connection("SESSION")) as conn:
        conn.send_and_get_reply(
            new_method_call(
                bus_address, "UpdateActivationEnvironment", "a{ss}", ({"DISPLAY": value},)
            )
        )


@contextlib.contextmanager
def _locked_keyring(password: str):
    """Lock the default collection for real, then unlock it again with its password (gnome-
    keyring's own interface for that), whatever the test did."""
    import secretstorage
    from jeepney import DBusAddress, new_method_call
    from secretstorage.util import format_secret, open_session

    _set_prompter_display("")
    with contextlib.closing(secretstorage.dbus_init()) as bus:
        collection = secretstorage.get_default_collection(bus)
        collection.lock()
        assert collection.is_locked()
        path = collection.collection_path
    try:
        yield
    finally:
        with contextlib.closing(secretstorage.dbus_init()) as bus:
            session = open_session(bus)
            guilt = DBusAddress(
                "/org/freedesktop/secrets",
                bus_name="org.freedesktop.secrets",
                interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
            )
            secret = format_secret(session, password.encode(), "text/plain")
            bus.send_and_get_reply(
                new_method_call(guilt, "UnlockWithMasterPassword", "o(oayays)", (path, secret))
            )
            assert not secretstorage.Collection(bus, path).is_locked()
        _set_prompter_display(os.environ.get("DISPLAY", ""))


# -- allowlist -------------------------------------------------------------------------------------
def test_plaintext_file_null_and_chainer_backends_are_refused(tmp_path: Path, session_dirs):
    from keyring.backends.chainer import ChainerBackend
    from keyring.backends.fail import Keyring as FailKeyring
    from keyring.backends.null import Keyring as NullKeyring
    from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    # The encrypted file backend needs PyCryptodome to be built; refusing it is by class.
    encrypted = EncryptedKeyring.__new__(EncryptedKeyring)
    for backend in (plaintext, encrypted, NullKeyring(), FailKeyring(), ChainerBackend()):
        assert not rk.allowed(backend), type(backend)
        outcome = rk.remember(CARNET_ID, KEY, mode=PERSONAL, backend=backend)
        assert outcome == rk.Outcome.REFUSED
        assert rk.recall(CARNET_ID, backend=backend).outcome == rk.Outcome.REFUSED
        assert rk.forget(CARNET_ID, backend=backend) == rk.Outcome.REFUSED
    assert not (tmp_path / "keyring_pass.cfg").exists()
    assert not (session_dirs.data / "python_keyring").exists()  # the backend's default place
    # A plaintext backend holds what it is given; refusing it is what keeps the key off disk.
    plaintext.set_password("probe", "probe", "visible")
    assert "probe" in (tmp_path / "keyring_pass.cfg").read_text()


def test_a_subclass_of_an_allowed_backend_is_refused():
    from keyring.backends.SecretService import Keyring

    class Lookalike(Keyring):
        pass

    assert rk.allowed(Keyring())
    assert not rk.allowed(Lookalike())


def test_environment_and_keyringrc_are_ignored(secret_service, session_dirs, monkeypatch):
    """What keyring.get_keyring() would pick here is the plaintext file; Repères does not."""
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    rc = session_dirs.config / "python_keyring" / "keyringrc.cfg"
    rc.parent.mkdir(parents=True, exist_ok=True)
    rc.write_text("[backend]\ndefault-keyring=keyrings.alt.file.PlaintextKeyring\n")
    try:
        assert type(keyring.core.load_env()).__name__ == "PlaintextKeyring"
        backend = rk.secure_backend()
        assert rk.qualified_name(backend) == "keyring.backends.SecretService.Keyring"
        assert rk.remember(CARNET_ID, KEY, mode=PERSONAL) == rk.Outcome.STORED
        assert _items() != []
        assert not (session_dirs.data / "python_keyring").exists()
    finally:
        rc.unlink()
        rk.forget(CARNET_ID)


# -- the real gnome-keyring ------------------------------------------------------------------------
def test_remember_recall_and_forget_for_real(secret_service):
    assert rk.remember(CARNET_ID, KEY, mode=PERSONAL) == rk.Outcome.STORED
    [(_label, attributes, secret)] = _items()
    assert attributes["service"] == rk.SERVICE and attributes["username"] == CARNET_ID
    assert KEY not in secret  # encoded, and only the key: no passphrase, no name
    recalled = rk.recall(CARNET_ID)
    assert recalled == rk.Recalled(rk.Outcome.FOUND, KEY)

    assert rk.forget(CARNET_ID) == rk.Outcome.FORGOTTEN
    assert _items() == []  # read back from the keyring itself: the item is gone
    assert rk.recall(CARNET_ID).outcome == rk.Outcome.NOT_FOUND
    assert rk.forget(CARNET_ID) == rk.Outcome.FORGOTTEN  # forgetting twice is fine


def test_shared_mode_never_stores(secret_service):
    assert rk.remember(CARNET_ID, KEY, mode=SHARED) == rk.Outcome.REFUSED
    assert _items() == []


def test_forget_all_reads_the_ids_from_the_carnets_of_this_pc(secret_service, tmp_path: Path):
    folders, ids = [], []
    for n in range(2):
        carnet, _ = Carnet.create(tmp_path / f"c{n}", "girafe citron 83 boussole", kdf=FAST_KDF)
        folders.append(carnet.folder)
        ids.append(carnet.carnet_id)
        assert rk.remember(carnet.carnet_id, KEY, mode=PERSONAL) == rk.Outcome.STORED
        carnet.lock()
    assert rk.forget_all([*folders, tmp_path / "not-a-carnet"]) == rk.Outcome.FORGOTTEN
    assert all(_items(i) == [] for i in ids)


def test_a_locked_keyring_is_said_as_locked(secret_service):
    assert rk.remember(CARNET_ID, KEY, mode=PERSONAL) == rk.Outcome.STORED
    try:
        with _locked_keyring(secret_service.password):
            assert rk.recall(CARNET_ID) == rk.Recalled(rk.Outcome.LOCKED)
            assert rk.remember(CARNET_ID, KEY, mode=PERSONAL) == rk.Outcome.LOCKED
        assert rk.recall(CARNET_ID).outcome == rk.Outcome.FOUND  # unlocked again: still there
    finally:
        rk.forget(CARNET_ID)


def test_a_missing_keyring_is_said_as_unavailable(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    assert rk.secure_backend() is None
    assert rk.recall(CARNET_ID) == rk.Recalled(rk.Outcome.UNAVAILABLE)
    assert rk.remember(CARNET_ID, KEY, mode=PERSONAL) == rk.Outcome.UNAVAILABLE
    assert rk.forget(CARNET_ID) == rk.Outcome.UNAVAILABLE


@pytest.mark.parametrize("stored", ["", "not ours", "reperes-key-v1:!!!", "reperes-key-v1:AAAA"])
def test_a_strange_item_is_not_a_key(secret_service, stored):
    from keyring.backends.SecretService import Keyring

    Keyring().set_password(rk.SERVICE, CARNET_ID, stored)
    try:
        assert rk.recall(CARNET_ID).outcome == rk.Outcome.NOT_FOUND
    finally:
        rk.forget(CARNET_ID)


def test_a_keyring_path_in_keyringrc_is_never_loaded(secret_service, session_dirs, tmp_path):
    """keyringrc.cfg's keyring-path is put on sys.path by keyring itself, and its backend
    imported: code anyone could drop in the home folder. Repères never reads that file."""
    import sys

    import keyring.core

    evil = tmp_path / "evil"
    evil.mkdir()
    mark = tmp_path / "it-ran"
    (evil / "evil_backend.py").write_text(
        f"open({str(mark)!r}, 'w').write('ran')\n"
        "from keyring.backends.null import Keyring\n"
    )
    rc = session_dirs.config / "python_keyring" / "keyringrc.cfg"
    rc.parent.mkdir(parents=True, exist_ok=True)
    rc.write_text(f"[backend]\ndefault-keyring=evil_backend.Keyring\nkeyring-path={evil}\n")
    try:
        assert rk.remember(CARNET_ID, KEY, mode=PERSONAL) == rk.Outcome.STORED
        assert rk.recall(CARNET_ID).outcome == rk.Outcome.FOUND
        assert rk.forget(CARNET_ID) == rk.Outcome.FORGOTTEN
        assert not mark.exists() and "evil_backend" not in sys.modules
        # The control: keyring's own loader does run it.
        keyring.core.load_config()
        assert mark.exists()
    finally:
        rc.unlink()
        sys.modules.pop("evil_backend", None)
        while str(evil) in sys.path:
            sys.path.remove(str(evil))


def test_a_rekey_after_recovery_replaces_the_kept_key(secret_service, tmp_path: Path, qtbot):
    """Issue 22: after a recovery with a new data key, the key this personal PC kept is the old
    one; the new one replaces it, so "Open without my password" still opens the carnet."""
    from app.locations import Locations
    from ui.session import Session

    places = Locations(tmp_path / "carnets", tmp_path / "config", portable=False)
    folder = places.new_carnet_folder()
    carnet, code = Carnet.create(folder, "girafe citron 83 boussole du canal", kdf=FAST_KDF)
    assert rk.remember_carnet(carnet, mode=PERSONAL) == rk.Outcome.STORED
    old_key, carnet_id = carnet._key, carnet.carnet_id
    carnet.lock()
    session = Session(places, kdf=FAST_KDF)
    session.unlock_with_recovery(code, "tortue violette 41 sous le pont", rekey=True,
                                 remembered=True)  # fmt: skip
    qtbot.waitUntil(lambda: session.carnet is not None, timeout=20000)
    new_key = session.carnet._key
    session.lock()
    assert new_key != old_key
    assert rk.recall(carnet_id) == rk.Recalled(rk.Outcome.FOUND, new_key)
    with Carnet.unlock_with_key(folder, new_key):
        pass
    rk.forget(carnet_id)
