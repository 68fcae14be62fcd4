"""One way for a screen to write to the carnet (Anki's CollectionOp is the model).

`write(message, op, ...)` runs the operation, on a worker when it is slow, then either calls
`done(result)` or puts the refusal in words:

- InvalidRecord: each problem beside its field (`beside(...)`), or its first problem in
  `message`;
- RecordNotFound: "This is no longer in your carnet." (written here, once);
- any other CarnetError: the carnet's own sentence (storage, disk full, stick pulled, a help
  session's refusal), from ui/messages.py.

Nothing else is caught: a bug stays a bug. The operation must not touch widgets: when slow it
runs on a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication

from app.carnet.errors import CarnetError
from app.domain import InvalidRecord, Problem
from app.records.db import RecordNotFound

from .messages import error_text
from .tasks import run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

    from .widgets import Message

T = TypeVar("T")
REFUSALS = (InvalidRecord, RecordNotFound, CarnetError)  # what a write may say no with


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def gone_text() -> str:
    """What a screen says when the record it shows was removed meanwhile (another window, an
    undo, a helper): the one sentence for RecordNotFound."""
    return _t("This is no longer in your carnet.")


def refusal_text(exc: BaseException, invalid: Callable[[InvalidRecord], str] | None = None) -> str:
    """The sentence for a write that did not happen."""
    if isinstance(exc, InvalidRecord):
        if invalid is not None:
            return invalid(exc)
        from .screens.record_kit import refusal_words  # the problem sentences of the records

        return refusal_words(exc)
    if isinstance(exc, RecordNotFound):
        return gone_text()
    return error_text(exc)


def beside(
    fields: dict,
    order: list[str],
    words: Callable[[Problem], str],
    general: Message,
    scroll: QScrollArea | None = None,
) -> Callable[[InvalidRecord], None]:
    """Put each problem beside its field (ui/screens/record_form.show_problems)."""
    from .screens.record_form import show_problems

    def show(exc: InvalidRecord) -> None:
        show_problems(exc.problems, fields, order, words, general, scroll)

    return show


def write(
    message: Message,
    op: Callable[[], T],
    *,
    done: Callable[[T], None] | None = None,
    problems: Callable[[InvalidRecord], None] | None = None,
    invalid: Callable[[InvalidRecord], str] | None = None,
    refused: Callable[[BaseException], None] | None = None,
    slow: bool = False,
    busy: Callable[[bool], None] | None = None,
) -> bool:
    """Run `op` and say how it went. Returns True when it ran and succeeded at once (always
    False when `slow`: then `done` says it later).

    problems: shows an InvalidRecord beside the fields (see `beside`); otherwise `invalid`
    turns it into one sentence for `message` (default: its first problem, in plain words).
    refused: called after the sentence is shown (e.g. to hide a card, move the focus).
    slow: on a worker; `busy(True)` before, `busy(False)` after."""

    def fail(exc: BaseException) -> None:
        if busy is not None:
            busy(False)
        if not isinstance(exc, REFUSALS):
            raise exc  # not a refusal: a bug, reported as one
        if isinstance(exc, InvalidRecord) and problems is not None:
            message.clear_message()
            problems(exc)
        else:
            message.show_error(refusal_text(exc, invalid))
        if refused is not None:
            refused(exc)

    def succeed(result: T) -> None:
        if busy is not None:
            busy(False)
        if done is not None:
            done(result)

    if slow:
        if busy is not None:
            busy(True)
        run_in_background(op, succeed, fail)
        return False
    try:
        result = op()
    except REFUSALS as exc:
        fail(exc)
        return False
    succeed(result)
    return True
