"""Helper sessions: someone (a volunteer, a social worker) helps the person, who is present, on
the person's open carnet, for a limited time and with limited rights (Aidants Connect's grammar:
a scope, a duration, a trace, revocation at any time; offline and without any password given).

    start_helper_session(carnet, first_name, organisation, rights, minutes)
    end_helper_session(carnet, session_id, how, summary)
    open_helper_session(carnet) / helper_session(carnet, id) / helper_actions(carnet, id)
    HelperGuard(carnet, session).install() / .remove() / .allow_for(seconds)

The guard lives in the carnet's own connection as TEMP triggers on every record table, so no
screen can forget it: BEFORE triggers refuse what the rights do not allow (SQLite aborts with
"reperes-helper:<what>", which the carnet reports as HelperRefused), AFTER triggers tag every row
written with the session in `helper_action`. TEMP triggers are never stored in the file and
disappear when the connection closes (a lock ends the process). Tables added later are guarded
too: the list is read from the schema when the session starts.

Sentences are the UI's: the journal entries at start and end are written in the person's language
by the screen, from the facts returned here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from ..carnet import Carnet
from ..carnet.connection import Connection
from ..carnet.envelope import Envelope
from ..carnet.errors import HelperRefused, WrongPassphrase
from ..carnet.passphrase import normalize
from ..carnet.store import ENVELOPE_NAME
from ..domain.journal import ExchangeKind, JournalDraft
from ..domain.localtime import from_storage, to_storage
from ..domain.validation import Problem, check_text, raise_if
from .db import Db, rows
from .journal import write_journal_entry

FIRST_NAME_MAX = 60
ORGANISATION_MAX = 120
MAX_MINUTES = 120  # at most two hours: a helper session is a visit, not a mandate
REFUSAL = HelperRefused.PREFIX  # the carnet turns the trigger message into HelperRefused

# Tables never guarded nor tagged: the carnet's own bookkeeping, the search index the triggers
# keep, the session tables, drafts. (`meta` is guarded for the person's rows only, below.)
_UNGUARDED_PREFIXES = ("sqlite_", "search_index", "helper_", "draft", "unlock_log")
# Rows the app makes by itself (obligation occurrences follow the rules each time a screen shows
# them): only what the person marks on them counts as a change.
_PERSON_COLUMNS = {
    "obligation_occurrence": ("status", "status_at", "done_how", "proof_document_id", "note"),
}
# Tables where only some rows are the person's ({r}: NEW or OLD): the obligations they write
# (custom ones, letter steps, a change of situation reported), and in `meta` the numbers kept
# for letters (the rest of meta is the carnet's bookkeeping, moved by every journal entry).
_PERSON_ROWS = {
    "obligation_occurrence": "({r}.template_id = 'custom' OR instr({r}.period, '#') > 0)",
    "meta": "({r}.key LIKE 'letters.%')",
}


class HelperRights(StrEnum):
    LOOK = "look"  # reads only
    ADD = "add"  # adds new records; changes nothing that exists
    CHANGE = "change"  # adds and changes; removing needs the person's password


class EndedHow(StrEnum):
    PERSON = "person"  # the person pressed End
    TIME = "time"  # the time agreed is over
    LOCK = "lock"  # the carnet was locked (auto-lock, Lock, Quick exit)
    INTERRUPTED = "interrupted"  # found open at the next unlock (the PC was switched off...)


@dataclass(frozen=True)
class HelperSession:
    id: int
    first_name: str
    organisation: str
    rights: HelperRights
    started_at: datetime
    until: datetime
    ended_at: datetime | None = None
    ended_how: str = ""

    @property
    def open(self) -> bool:
        return self.ended_at is None

    def over(self, now: datetime) -> bool:
        return now >= self.until


@dataclass(frozen=True)
class ActionCount:
    """How many records of one kind were added, changed or removed during a session."""

    record_table: str
    action: str  # add | change | remove
    count: int


def validate(first_name: str, organisation: str, rights: object, minutes: object) -> list[Problem]:
    problems = check_text("first_name", first_name, max_len=FIRST_NAME_MAX, required=True)
    problems += check_text("organisation", organisation, max_len=ORGANISATION_MAX)
    try:
        HelperRights(rights)
    except ValueError:
        problems.append(Problem("rights", "unknown_value"))
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 1:
        problems.append(Problem("minutes", "required"))
    elif minutes > MAX_MINUTES:
        problems.append(Problem("minutes", "too_long", MAX_MINUTES))
    return problems


_SELECT = (
    "SELECT id, first_name, organisation, rights, started_at, until, ended_at, ended_how "
    "FROM helper_session"
)


def _from_row(row: tuple) -> HelperSession:
    id_, first, org, rights, started, until, ended, how = row
    return HelperSession(
        id_, first, org, HelperRights(rights), from_storage(started), from_storage(until),
        from_storage(ended) if ended else None, how,
    )  # fmt: skip


def helper_session(db: Db, session_id: int) -> HelperSession | None:
    found = rows(db, f"{_SELECT} WHERE id = ?", (session_id,))
    return _from_row(found[0]) if found else None


def open_helper_session(db: Db) -> HelperSession | None:
    """The session not ended yet, if any (after a crash: the one to close at unlock)."""
    found = rows(db, f"{_SELECT} WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1")
    return _from_row(found[0]) if found else None


def last_helper_session(db: Db) -> HelperSession | None:
    """The session that ended last, if any (its receipt can be printed after the unlock)."""
    found = rows(db, f"{_SELECT} WHERE ended_at IS NOT NULL ORDER BY id DESC LIMIT 1")
    return _from_row(found[0]) if found else None


def start_helper_session(
    carnet: Carnet,
    first_name: str,
    organisation: str,
    rights: HelperRights | str,
    minutes: int,
    *,
    journal_text: str,
    now: datetime | None = None,
    until: datetime | None = None,
) -> HelperSession:
    """Record the session and its journal entry (with the person's consent: the screen asks it
    first). The guard is installed by the caller (HelperGuard), once this returned. `until`:
    a session going on in a restored carnet keeps the end it was agreed with."""
    raise_if(validate(first_name, organisation, rights, minutes))
    now = (now or carnet.clock()).replace(microsecond=0)
    if until is None or not now < until <= now + timedelta(minutes=MAX_MINUTES):
        until = now + timedelta(minutes=minutes)
    with carnet.write() as con:
        if open_helper_session(con) is not None:
            raise_if([Problem("session", "already_open")])
        cur = con.execute(
            "INSERT INTO helper_session(first_name, organisation, rights, started_at, until) "
            "VALUES (?, ?, ?, ?, ?)",
            (first_name.strip(), organisation.strip(), str(HelperRights(rights)),
             to_storage(now), to_storage(until)),
        )  # fmt: skip
        session_id = int(cur.lastrowid)
    write_journal_entry(
        carnet, JournalDraft(ExchangeKind.OTHER, journal_text, with_whom=_who(first_name,
                             organisation)), now=now,
    )  # fmt: skip
    found = helper_session(carnet, session_id)
    assert found is not None
    return found


def _who(first_name: str, organisation: str) -> str:
    first, org = first_name.strip(), organisation.strip()
    return f"{first} ({org})" if org else first


def helper_actions(db: Db, session_id: int) -> list[ActionCount]:
    """What was done during the session, per kind of record and action (rows written several
    times count once per action)."""
    found = rows(
        db,
        "SELECT record_table, action, count(DISTINCT record_id) FROM helper_action "
        "WHERE session_id = ? GROUP BY record_table, action ORDER BY min(id)",
        (session_id,),
    )
    return [ActionCount(t, a, int(n)) for t, a, n in found]


def written_during(db: Db, record_table: str, record_id: int) -> list[HelperSession]:
    """The helper sessions during which this record was written (its tag)."""
    found = rows(
        db,
        f"{_SELECT} WHERE id IN (SELECT session_id FROM helper_action WHERE record_table = ? "
        "AND record_id = ?) ORDER BY id",
        (record_table, record_id),
    )
    return [_from_row(r) for r in found]


def end_helper_session(
    carnet: Carnet,
    session_id: int,
    how: EndedHow | str,
    *,
    journal_text: str,
    now: datetime | None = None,
) -> HelperSession:
    """Close the session and write the journal entry that lists what was done. Call it after
    HelperGuard.remove(): the entry is the person's, not the helper's."""
    now = (now or carnet.clock()).replace(microsecond=0)
    session = helper_session(carnet, session_id)
    if session is None or not session.open:
        raise_if([Problem("session", "not_open")])
    assert session is not None
    with carnet.write() as con:
        con.execute(
            "UPDATE helper_session SET ended_at = ?, ended_how = ? WHERE id = ? "
            "AND ended_at IS NULL",
            (to_storage(now), str(EndedHow(how)), session_id),
        )
    write_journal_entry(
        carnet,
        JournalDraft(ExchangeKind.OTHER, journal_text,
                     with_whom=_who(session.first_name, session.organisation)),
        now=now,
    )  # fmt: skip
    ended = helper_session(carnet, session_id)
    assert ended is not None
    return ended


def verify_passphrase(carnet: Carnet, passphrase: str) -> None:
    """Raises WrongPassphrase unless this is the carnet's passphrase. Slow (the real KDF): call
    it off the GUI thread."""
    try:
        Envelope.read(carnet.folder / ENVELOPE_NAME).unlock(normalize(passphrase))
    except WrongPassphrase:
        raise
    except ValueError as exc:  # nothing a person typed can be a passphrase here
        raise WrongPassphrase(str(exc)) from exc


class HelperGuard:
    """The rights of one open session, enforced inside the carnet's connection."""

    def __init__(self, carnet: Carnet, session: HelperSession):
        self.carnet, self.session = carnet, session
        self._allowed_until: datetime | None = None
        self._names: list[str] = []
        self._person_writing = False  # the person's own entry (after their password)
        self._used = False  # the permission was used by the write going on

    # -- what the triggers ask -------------------------------------------------------------
    def _person_ok(self) -> int:
        until = self._allowed_until
        ok = until is not None and self.carnet.clock() < until
        self._used = self._used or ok
        return int(ok)

    def _write_ended(self) -> None:
        """One password, one act: the permission ends with the write that used it."""
        if self._used:
            self._used = False
            self.disallow()

    def _now(self) -> str:
        return to_storage(self.carnet.clock())

    def allow_for(self, seconds: int = 120) -> None:
        """The person typed their password: the next write that needs it is allowed (one act:
        the permission ends with that write's transaction), within a short while."""
        self._used = False
        self._allowed_until = self.carnet.clock() + timedelta(seconds=seconds)

    def disallow(self) -> None:
        self._allowed_until = None

    @property
    def person_allows(self) -> bool:
        return bool(self._person_ok())

    def _person_writes(self) -> int:
        return int(self._person_writing)

    @contextlib.contextmanager
    def person_writes(self) -> Iterator[None]:
        """A journal entry the person confirmed with their password ("I typed my password
        to…"): neither refused nor counted as the helper's."""
        self._person_writing = True
        try:
            yield
        finally:
            self._person_writing = False

    @contextlib.contextmanager
    def allowed(self) -> Iterator[None]:
        """For a write the person just confirmed with their password (e.g. a removal)."""
        self.allow_for()
        try:
            yield
        finally:
            self.disallow()

    # -- installing ------------------------------------------------------------------------
    def install(self) -> None:
        self.carnet.after_write.append(self._write_ended)
        with self.carnet.write() as con:
            con.create_function("reperes_person_ok", 0, self._person_ok)
            con.create_function("reperes_helper_now", 0, self._now)
            con.create_function("reperes_person_writes", 0, self._person_writes)
            for table in _guarded_tables(con):
                for name, sql in self._triggers(table):
                    con.execute(sql)
                    self._names.append(name)

    def remove(self) -> None:
        with contextlib.suppress(ValueError):
            self.carnet.after_write.remove(self._write_ended)
        if not self._names:
            return
        with self.carnet.write() as con:
            for name in self._names:
                con.execute(f'DROP TRIGGER IF EXISTS temp."{name}"')
        self._names = []

    @property
    def installed(self) -> bool:
        return bool(self._names)

    def _triggers(self, table: str) -> list[tuple[str, str]]:
        sid = int(self.session.id)
        rights = self.session.rights
        person = _PERSON_COLUMNS.get(table)
        touched = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in person) if person else "1"
        made: list[tuple[str, str]] = []
        # Only some rows are the person's in these tables: the rest is the app's bookkeeping.
        mine = _PERSON_ROWS.get(table)

        def trigger(when: str, event: str, condition: str, body: str) -> None:
            name = f"reperes_helper_{when.lower()}_{event.lower()}_{table}"
            own = "NOT reperes_person_writes()"
            condition = f"({condition}) AND {own}" if condition else own
            sql = (f'CREATE TEMP TRIGGER "{name}" {when} {event} ON main."{table}" '
                   f"WHEN {condition} BEGIN {body}; END")  # fmt: skip
            made.append((name, sql))

        def refuse(what: str) -> str:
            return f"SELECT RAISE(ABORT, '{REFUSAL}{what}')"

        def tag(action: str, row: str) -> str:
            return (
                "INSERT INTO main.helper_action(session_id, at, record_table, record_id, action) "
                f"VALUES ({sid}, reperes_helper_now(), '{table}', {row}.rowid, '{action}')"
            )

        new_row = mine.format(r="NEW") if mine else ""
        old_row = mine.format(r="OLD") if mine else ""
        if mine and person is None:  # meta: the person's rows are the only ones guarded
            touched = new_row
        if rights == HelperRights.LOOK:
            trigger("BEFORE", "INSERT", new_row, refuse("look"))
            trigger("BEFORE", "UPDATE", touched, refuse("look"))
        elif rights == HelperRights.ADD:
            trigger("BEFORE", "UPDATE", f"({touched}) AND NOT reperes_person_ok()",
                    refuse("change"))  # fmt: skip
        # Removing needs the person's password, whatever the rights; rows the app made by
        # itself too (future obligations that a new situation answer would remove).
        removable = old_row if person is None and mine else ""
        trigger("BEFORE", "DELETE", f"{removable or '1'} AND NOT reperes_person_ok()",
                refuse("remove"))  # fmt: skip
        trigger("AFTER", "INSERT", new_row, tag("add", "NEW"))
        trigger("AFTER", "DELETE", old_row, tag("remove", "OLD"))
        trigger("AFTER", "UPDATE", touched, tag("change", "NEW"))
        return made


def _guarded_tables(con: Connection) -> list[str]:
    found = con.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE "
        "'CREATE VIRTUAL TABLE%' AND sql NOT LIKE '%WITHOUT ROWID%' ORDER BY name"
    ).fetchall()
    return [name for (name,) in found if not name.startswith(_UNGUARDED_PREFIXES)]
