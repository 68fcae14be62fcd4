"""The helper session of the open carnet, for the whole window: its guard in the carnet, the
banner shown above every screen, the end (by the person, by itself when the time is over, on
lock), and the password check for what only the person may do.

Other screens ask for the person's password with `person_confirms(widget, session, then)`: with
no helper session it calls `then()` at once (export, print the whole carnet, change the
passphrase, remove something)."""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.carnet import CarnetError, WrongPassphrase
from app.domain.journal import ExchangeKind, JournalDraft
from app.records.helper import (
    ActionCount,
    EndedHow,
    HelperGuard,
    HelperRights,
    HelperSession,
    end_helper_session,
    helper_actions,
    last_helper_session,
    open_helper_session,
    start_helper_session,
    verify_passphrase,
)
from app.records.journal import write_journal_entry

from . import appearance
from .formatting import time_text
from .messages import error_text
from .tasks import run_in_background
from .widgets import Button, Message, PassphraseEdit, Text


def _t(text: str) -> str:
    return QCoreApplication.translate("HelperSession", text)


# -- words ----------------------------------------------------------------------------------------
def who_words(session: HelperSession) -> str:
    if session.organisation:
        return _t("%1 (%2)").replace("%1", session.first_name).replace("%2", session.organisation)
    return session.first_name


def rights_words(rights: HelperRights | str) -> str:
    return {
        HelperRights.LOOK: _t("look at your carnet, without changing anything"),
        HelperRights.ADD: _t("look, and add new things to your carnet"),
        HelperRights.CHANGE: _t("look, add new things and change what is written"),
    }[HelperRights(rights)]


_KINDS = {
    "appointment": "appointments",
    "journal": "journal entries",
    "activity": "hours entries",
    "contact": "contacts",
    "organisation": "organisations",
    "document": "papers",
    "document_link": "papers attached",
    "obligation_occurrence": "things to do",
    "situation": "answers about your situation",
    "hours_target": "hours targets",
    "meta": "numbers kept for letters",
}


def action_words(action: ActionCount) -> str:
    kind = {
        "appointments": _t("appointments"),
        "journal entries": _t("journal entries"),
        "hours entries": _t("hours entries"),
        "contacts": _t("contacts"),
        "organisations": _t("organisations"),
        "papers": _t("papers"),
        "papers attached": _t("papers attached"),
        "things to do": _t("things to do"),
        "answers about your situation": _t("answers about your situation"),
        "hours targets": _t("hours targets"),
        "numbers kept for letters": _t("numbers kept for letters"),
    }.get(_KINDS.get(action.record_table, ""), _t("other records"))
    text = {
        "add": _t("%1 added: %2."),
        "change": _t("%1 changed: %2."),
        "remove": _t("%1 removed: %2."),
    }[action.action]
    words = text.replace("%1", kind).replace("%2", str(action.count))
    return words[:1].upper() + words[1:]


def done_words(actions: list[ActionCount]) -> list[str]:
    return [action_words(a) for a in actions] or [_t("Nothing was added or changed.")]


def start_text(first_name: str, organisation: str, rights: HelperRights, until: datetime) -> str:
    who = f"{first_name} ({organisation})" if organisation else first_name
    return (
        _t("Help session started. %1 may %2, until %3. I agreed.")
        .replace("%1", who)
        .replace("%2", rights_words(rights))
        .replace("%3", time_text(until))
    )


# Why a session ended, as the journal tells it. The End button can be pressed by the helper as
# well as by the person: the entry says what happened, never who did it.
BUTTON = "button"
RESTORED = "restored"  # a copy was put in place of the carnet: the session goes on in it
WRONG = "wrong"  # the person's password was typed wrong too many times
MAX_WRONG = 3  # wrong passwords in one help session before the carnet closes


def end_text(session: HelperSession, how: str, actions: list[ActionCount]) -> str:
    reason = {
        EndedHow.PERSON: _t("I ended the help session."),
        BUTTON: _t(
            "The help session ended: “End the help” was pressed. The carnet was "
            "closed: it opens again with the password."
        ),
        EndedHow.TIME: _t(
            "The help session ended: the time was over. The carnet was closed: "
            "it opens again with the password."
        ),
        WRONG: _t(
            "The help session ended: a wrong password was typed 3 times. The carnet was "
            "closed: it opens again with the password."
        ),
        RESTORED: _t(
            "The help session ended here: a copy was put in place of this carnet. "
            "The help goes on in the copy."
        ),
        EndedHow.LOCK: _t("The help session ended: the carnet was closed."),
        EndedHow.INTERRUPTED: _t("The help session ended: Repères was stopped."),
    }[how]
    return " ".join([reason, _t("What was done:"), *done_words(actions)])


RECALL_MINUTES = 30

# -- the session of the window --------------------------------------------------------------------
_controllers: weakref.WeakSet[HelperController] = weakref.WeakSet()


class HelperController(QObject):
    """One per window session. `changed` is emitted when a session starts or ends."""

    changed = Signal()
    ended = Signal(object)  # the HelperSession as it ended

    def __init__(self, session) -> None:
        super().__init__()
        _controllers.add(self)
        self.session = session  # ui.session.Session
        self.guard: HelperGuard | None = None
        self.last: HelperSession | None = None  # the last one that ended, for its receipt
        # How the carnet is closed when the help ends by the button or the time (the window's
        # lock: re-execution to the unlock screen). Without a window: the session's lock.
        self.close_carnet: Callable[[], None] | None = None
        self._why: str | None = None  # why the coming end happens, for its journal entry
        self.wrong = 0  # wrong passwords typed in the person's-password dialog this session
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check_time)
        session.locked.connect(self._forget)  # closed under us: nothing left to guard

    def _forget(self) -> None:
        if self.guard is not None:
            self.guard = None
            self._timer.stop()
            self.changed.emit()

    @property
    def current(self) -> HelperSession | None:
        return self.guard.session if self.guard is not None else None

    def start(self, first_name: str, organisation: str, rights: HelperRights, minutes: int):
        carnet = self.session.carnet
        if carnet is None or self.guard is not None:
            return None
        now = self.session.clock().replace(microsecond=0)
        text = start_text(first_name.strip(), organisation.strip(), HelperRights(rights),
                          now + timedelta(minutes=minutes))  # fmt: skip
        started = start_helper_session(
            carnet, first_name, organisation, rights, minutes, journal_text=text, now=now
        )
        self.guard = HelperGuard(carnet, started)
        self.guard.install()
        self.wrong = 0
        self._timer.start()
        self.changed.emit()
        return started

    def end_and_close(self, why: str = BUTTON) -> None:
        """The End button or the time over: the limits are lifted only with the carnet closed.
        Nobody knows who pressed End, so the person's own password opens the carnet again."""
        if self.guard is None:
            return
        self._why = why
        try:
            if self.close_carnet is not None:
                self.close_carnet()  # ends the session (EndedHow.LOCK) on its way
            if self.guard is not None:  # no window, or its lock did not end it
                self.end(EndedHow.LOCK)
            if self.session.carnet is not None:
                self.session.lock()
        finally:
            self._why = None

    def end(self, how: EndedHow = EndedHow.LOCK) -> HelperSession | None:
        guard = self.guard
        carnet = self.session.carnet
        if guard is None:
            return None
        why = self._why or how
        stored = EndedHow.TIME if why == EndedHow.TIME else how
        self.guard = None
        self._timer.stop()
        ended = None
        if carnet is not None:
            try:
                guard.remove()
                actions = helper_actions(carnet, guard.session.id)
                ended = end_helper_session(
                    carnet, guard.session.id, stored,
                    journal_text=end_text(guard.session, why, actions),
                    now=self.session.clock(),
                )  # fmt: skip
            except CarnetError:
                ended = None  # a pulled stick: closed at the next unlock ("interrupted")
        self.last = ended
        self.changed.emit()
        if ended is not None:
            self.ended.emit(ended)
        return ended

    def close_interrupted(self) -> None:
        """At unlock: a session left open (power cut, killed process) is closed and said."""
        carnet = self.session.carnet
        if carnet is None:
            return
        found = open_helper_session(carnet)
        if found is None:
            self._recall(carnet)
            return
        with contextlib.suppress(CarnetError):  # read-only stick: again at the next unlock
            end_helper_session(
                carnet, found.id, EndedHow.INTERRUPTED,
                journal_text=end_text(found, EndedHow.INTERRUPTED,
                                      helper_actions(carnet, found.id)),
                now=self.session.clock(),
            )  # fmt: skip

    def before_restore(self) -> tuple[HelperSession, list[ActionCount]] | None:
        """A copy is about to take the carnet's place: the session ends in the carnet of now
        (kept aside whole, with its trace), to go on in the restored one (after_restore)."""
        guard, carnet = self.guard, self.session.carnet
        if guard is None or carnet is None:
            return None
        actions = helper_actions(carnet, guard.session.id)
        self._why = RESTORED
        try:
            self.end(EndedHow.LOCK)
        finally:
            self._why = None
        self.last = None
        return guard.session, actions

    def after_restore(self, going_on: tuple[HelperSession, list[ActionCount]], kept: str) -> None:
        """The same helper, rights and end time, guarded in the carnet open now; its journal
        says where the carnet of before (and the trace of the session so far) is kept."""
        carnet = self.session.carnet
        if carnet is None or self.guard is not None:
            return
        session, actions = going_on
        now = self.session.clock().replace(microsecond=0)
        if session.over(now):
            return
        first = (
            _t("The help session goes on: a copy was put in place of the carnet. "
               "The carnet of before is kept, in “%1”.").replace("%1", kept)
            if kept
            else _t("The help session goes on: the copy could not take the place of the "
                    "carnet. Nothing was changed.")
        )  # fmt: skip
        text = " ".join([
            first,
            start_text(session.first_name, session.organisation, session.rights, session.until),
            _t("What was done before:"), *done_words(actions),
        ])  # fmt: skip
        started = start_helper_session(
            carnet, session.first_name, session.organisation, session.rights,
            max(1, int((session.until - now).total_seconds() // 60)),
            journal_text=text, now=now, until=session.until,
        )  # fmt: skip
        self.guard = HelperGuard(carnet, started)
        self.guard.install()
        self._timer.start()
        self.changed.emit()

    def _recall(self, carnet) -> None:
        """A help that ended a short while ago (its end closed the carnet): what was done stays
        to see on the helper screen, with its receipt."""
        ended = last_helper_session(carnet)
        now = self.session.clock()
        if (
            ended is not None
            and ended.ended_at is not None
            and (timedelta(0) <= now - ended.ended_at <= timedelta(minutes=RECALL_MINUTES))
        ):
            self.last = ended

    def check_time(self) -> None:
        current = self.current
        if current is not None and current.over(self.session.clock()):
            self.end_and_close(EndedHow.TIME)

    def actions(self) -> list[ActionCount]:
        carnet, current = self.session.carnet, self.current or self.last
        if carnet is None or current is None:
            return []
        return helper_actions(carnet, current.id)

    def allow_for_a_while(self) -> None:
        if self.guard is not None:
            self.guard.allow_for()

    def person_did(self, act: str) -> None:
        """The person typed their password for `act`: said in the journal, as the person's own
        entry (not counted as the helper's, allowed whatever the helper's rights)."""
        guard, carnet = self.guard, self.session.carnet
        if guard is None or carnet is None:
            return
        self._note(_t("During the help, I typed my password to %1.").replace("%1", act))

    def wrong_password(self) -> bool:
        """A wrong password in the person's-password dialog: counted and said in the journal;
        the third one ends the help and closes the carnet. True when it closed."""
        if self.guard is None:
            return False
        self.wrong += 1
        if self.wrong >= MAX_WRONG:
            self.end_and_close(WRONG)
            return True
        self._note(
            _t("During the help, a wrong password was typed (%1 of %2).")
            .replace("%1", str(self.wrong))
            .replace("%2", str(MAX_WRONG))
        )
        return False

    def _note(self, text: str) -> None:
        guard, carnet = self.guard, self.session.carnet
        if guard is None or carnet is None:
            return
        who = who_words(guard.session)
        with (
            contextlib.suppress(CarnetError),
            guard.person_writes(),
        ):  # a pulled stick: the act goes on
            write_journal_entry(
                carnet, JournalDraft(ExchangeKind.OTHER, text, with_whom=who),
                now=self.session.clock(),
            )  # fmt: skip


def helper_controller(session) -> HelperController:
    """The controller of this Session (made on first use, kept on it)."""
    found = getattr(session, "_helper_controller", None)
    if found is None:
        found = HelperController(session)
        found.setParent(session)
        session._helper_controller = found
    return found


# -- the banner above every screen ----------------------------------------------------------------
class HelperBanner(QFrame):
    """ "Karima (Secours populaire) helps you until 15:40 — End", on every screen."""

    def __init__(self, controller: HelperController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setProperty("role", "card")
        column = QVBoxLayout(self)
        pad = appearance.current().px(8)
        column.setContentsMargins(pad, pad, pad, pad)
        self.text = Text()
        column.addWidget(self.text)
        self.end_button = Button(_t("End the help"), "stop", primary=True)
        self.end_button.clicked.connect(lambda: controller.end_and_close(BUTTON))
        # The buttons wrap under each other at 200 %, never cut.
        column.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignLeft)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        current = self.controller.current
        self.setVisible(current is not None)
        if current is None:
            self.text.setText("")
            return
        self.text.setText(
            _t("%1 helps you until %2.")
            .replace("%1", who_words(current))
            .replace("%2", time_text(current.until))
        )


# -- the person's password ------------------------------------------------------------------------
class PersonPasswordDialog(QDialog):
    """Only the person types it; it is checked off the GUI thread (the real KDF takes ~0.5 s)."""

    def __init__(self, parent: QWidget, session, then: Callable[[], None], act: str = ""):
        super().__init__(parent)
        self.session, self.then, self.act = session, then, act
        self.setWindowTitle(_t("Your password"))
        self.setAccessibleName(_t("Your password"))
        self.setModal(True)
        box = QVBoxLayout(self)
        pad = appearance.current().px(16)
        box.setContentsMargins(pad, pad, pad, pad)
        box.setSpacing(pad)
        self.intro = Text(_t("Someone is helping you. This needs your password. Only you type it."))
        box.addWidget(self.intro)
        self.password = PassphraseEdit(_t("Your password"), _t("Show"), _t("Hide"))
        self.password.toggle.hide()  # someone sits beside: the password is never shown here
        box.addWidget(self.password)
        self.message = Message()
        box.addWidget(self.message)
        row = QHBoxLayout()
        self.ok_button = Button(_t("Confirm"), "check", primary=True)
        self.ok_button.clicked.connect(self.check)
        self.cancel_button = Button(_t("Cancel"), "back")
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.ok_button)
        row.addWidget(self.cancel_button)
        box.addLayout(row)
        self.password.edit.returnPressed.connect(self.check)
        self.busy = False

    def check(self) -> None:
        carnet = self.session.carnet
        if carnet is None or self.busy:
            return
        typed = self.password.text()
        self.password.clear()  # not kept in the field while the check runs
        self.busy = True
        self.ok_button.setEnabled(False)
        self.message.show_ok(_t("Checking…"))
        run_in_background(lambda: verify_passphrase(carnet, typed), self._right, self._wrong)

    def _right(self, _result: object) -> None:
        self.busy = False
        self.accept()
        if self.act:
            helper_controller(self.session).person_did(self.act)
        self.then()

    def _wrong(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase) and helper_controller(self.session).wrong_password():
            self.busy = False
            self.reject()  # the carnet is closed: the unlock screen asks for it
            return
        self.busy = False
        self.ok_button.setEnabled(True)
        self.message.show_error(error_text(exc))
        self.password.edit.setFocus(Qt.FocusReason.OtherFocusReason)


def person_confirms(
    parent: QWidget, session, then: Callable[[], None], act: str = ""
) -> QDialog | None:
    """`then()` now when nobody is helping; otherwise once the person typed their password,
    and the journal says so ("I typed my password to `act`"). Returns the dialog (tests)."""
    if helper_controller(session).current is None:
        then()
        return None
    dialog = PersonPasswordDialog(parent.window(), session, then, act)
    dialog.open()
    return dialog


def helping() -> HelperController | None:
    """The controller whose help session is going on, if any (dialogs that do not know the
    window's Session ask here)."""
    return next(
        (c for c in list(_controllers) if c.current is not None and c.session.carnet is not None),
        None,
    )


def confirm_if_helped(parent: QWidget, then: Callable[[], None], act: str = "") -> QDialog | None:
    """For dialogs without the Session at hand (paper): `then()` at once when nobody helps."""
    controller = helping()
    if controller is None:
        then()
        return None
    return person_confirms(parent, controller.session, then, act)


# What the person allows with their password, as the journal says it ("… to %1.").
def act_words(act: str, title: str = "") -> str:
    return {
        "personal": _t("say that this computer is my own computer"),
        "shared": _t("say that this computer is a shared computer"),
        "remember": _t("keep my key on this computer"),
        "forget": _t("forget my key on this computer"),
        "copy": _t("copy my carnet to a USB stick"),
        "restore": _t("put a copy in place of my carnet"),
        "print": _t("print the sheet “%1”"),
        "pdf": _t("save the sheet “%1” as a PDF file"),
        "remove": _t("remove one thing"),
    }[act].replace("%1", title)
