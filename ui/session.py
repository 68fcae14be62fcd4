"""The open carnet of this window, and the slow operations on it, run off the GUI thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.carnet.errors import CarnetError, NotACarnet, WrongRecoveryCode
from app.clock import Clock, system_clock
from app.locations import Locations

from .tasks import run_in_background

# The store (SQLCipher, cryptography, the migrations) is imported when a carnet is created or
# opened, not to show the first screen.
if TYPE_CHECKING:
    from app.carnet import Carnet, KdfParams, attempts


class Session(QObject):
    busy_changed = Signal(bool)
    created = Signal(str)  # the recovery code, to show once
    unlocked = Signal()
    failed = Signal(object)  # the exception, for the screen to put in words
    locked = Signal()
    # Damage met after the opening (the full check in the background, or any read): the
    # DamagedCarnet, delivered on the GUI thread; the window closes the carnet and says it.
    damaged = Signal(object)

    def __init__(
        self,
        locations: Locations,
        *,
        carnet_path: Path | None = None,
        clock: Clock = system_clock,
        kdf: KdfParams | None = None,
    ):
        super().__init__()
        self.locations = locations
        self.carnet_path = carnet_path  # a folder chosen on the command line or by the person
        self.clock = clock
        self.kdf = kdf  # None: the real cost; tests pass a cheap one
        self.carnet: Carnet | None = None
        self.busy = False
        # The opening before this one and the failed attempts since (shown on Today).
        self.last_opening: attempts.LastOpening | None = None
        self.full_check: threading.Thread | None = None  # after each opening, if due
        self._damaged: set[Path] = set()  # carnet folders found damaged in this run

    def _run(self, work: Callable[[], Carnet], on_done: Callable[[Carnet], None]) -> None:
        if self.busy:
            return  # one slow operation at a time; the screen shows the wait
        self._set_busy(True)

        def done(carnet: Carnet) -> None:
            self._set_busy(False)
            self.carnet = carnet
            on_done(carnet)

        def error(exc: BaseException) -> None:
            self._set_busy(False)
            self.failed.emit(exc)

        run_in_background(work, done, error)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def candidates(self) -> list[Path]:
        if self.carnet_path is not None:
            return [self.carnet_path]
        return self.locations.carnets()

    def has_carnet(self) -> bool:
        return bool(self.candidates())

    def create(self, owner_name: str, passphrase: str, folder: Path | None = None) -> None:
        target = folder or self.carnet_path or self.locations.new_carnet_folder()
        codes: list[str] = []

        def work() -> Carnet:
            from app.carnet import Carnet

            carnet, code = Carnet.create(
                target, passphrase, owner_name=owner_name, kdf=self.kdf, clock=self.clock
            )
            codes.append(code)
            return carnet

        def done(_carnet: Carnet) -> None:
            self.carnet_path = target
            self.created.emit(codes[0])

        self._run(work, done)

    def unlock(self, passphrase: str) -> None:
        from app.carnet.finder import unlock_any

        folders = self.candidates()
        self._run(
            lambda: self._after_opening(unlock_any(folders, passphrase, clock=self.clock)),
            lambda carnet: self._opened(carnet),
        )

    def unlock_with_key(self, folder: Path, key: bytes) -> None:
        """With the key kept by the keyring of a personal PC (app/remembered_key.py)."""
        from app.carnet import Carnet

        self._run(
            lambda: self._after_opening(Carnet.unlock_with_key(folder, key, clock=self.clock)),
            self._opened,
        )

    def _after_opening(self, carnet: Carnet) -> Carnet:
        """In the worker: move the failed-attempt counter into the carnet and read the last
        opening. A full stick must not stop the opening: then nothing is said."""
        from app.carnet import attempts

        if carnet.folder.resolve() in self._damaged:
            # Found damaged earlier in this run: every page is checked now, before Today, so
            # that Today does not flash up again before the same sentence.
            try:
                carnet.full_check()
            except BaseException:
                carnet.lock()
                raise
            self._damaged.discard(carnet.folder.resolve())  # a sound copy put in its place
        try:
            self.last_opening = attempts.after_opening(carnet)
        except CarnetError:
            self.last_opening = None
        return carnet

    def unlock_with_recovery(
        self, code: str, new_passphrase: str, *, rekey: bool = False, remembered: bool = False
    ) -> None:
        """rekey: give the carnet a new data key too (the old password then opens nothing, even
        with an old copy of envelope.json); it rewrites the database, so it takes longer.
        remembered: this personal PC may keep a key in its keyring; after a re-key the kept key
        is the old one, so the new one replaces it (else "Open without my password" fails)."""
        from app.carnet import Carnet, attempts

        folders = self.candidates()

        def work() -> Carnet:
            if not folders:
                raise NotACarnet("no carnet here")
            # A recovery code belongs to one carnet; without a list, try each folder.
            for folder in folders:
                try:
                    carnet = Carnet.unlock_with_recovery(
                        folder, code, new_passphrase, rekey=rekey, clock=self.clock
                    )
                except WrongRecoveryCode:
                    continue
                if rekey and remembered:
                    _keep_new_key(carnet)
                return self._after_opening(carnet)
            attempts.record_failure(folders, clock=self.clock)  # a wrong code is a try too
            raise WrongRecoveryCode("no carnet opens with this code")

        self._run(work, self._opened)

    def _opened(self, carnet: Carnet) -> None:
        # Emitted from whichever thread met the damage: Qt queues it to the GUI thread.
        carnet.on_damage.append(
            lambda _exc, folder=carnet.folder: self._damaged.add(folder.resolve())
        )
        carnet.on_damage.append(self.damaged.emit)
        self.unlocked.emit()
        # After Today is on screen: the opening read only the header and the schema.
        from app.carnet import fullcheck

        self.full_check = fullcheck.start(carnet)

    def lock(self) -> None:
        self.last_opening = None
        if self.carnet is not None:
            self.carnet.lock()  # interrupts the full check
            self.carnet = None
        if self.full_check is not None:
            # Its SQLite call must be over before the process ends or re-executes itself.
            self.full_check.join(timeout=10)
            self.full_check = None
        self.locked.emit()


def _keep_new_key(carnet: Carnet) -> None:
    """In the worker, after a re-key on a personal PC: replace a key kept by the keyring."""
    from app import remembered_key

    with contextlib.suppress(Exception):  # the keyring's trouble must not stop the opening
        if remembered_key.recall(carnet.carnet_id).outcome is remembered_key.Outcome.FOUND:
            remembered_key.remember_carnet(carnet, mode=remembered_key.PERSONAL)
